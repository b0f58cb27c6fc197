import Foundation
import Plan
import Render

/// libFuzzer target: any bytes as a saved plan (`warden apply PLAN`, `warden show PLAN`). Decoding answers
/// with a plan or a `PlanDecodingError`; a plan that decodes renders in every format, and its JSON form decodes
/// to the same plan.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSavedPlan(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let plan: Plan
    do {
        plan = try Plan.decode(bytes)
    } catch is PlanDecodingError {
        return 0
    } catch {
        fatalError("Plan.decode threw something other than a PlanDecodingError: \(error)")
    }
    for format in PlanFormat.allCases {
        _ = format.view(colour: true).rendered(plan)
    }
    let again: Plan
    do {
        again = try Plan.decode(plan.jsonData())
    } catch {
        fatalError("a decoded plan's own JSON does not decode: \(error)")
    }
    if again != plan { fatalError("a decoded plan's JSON decodes to another plan") }
    return 0
}
