import DesiredState
import Reconcile

/// libFuzzer target: any bytes as a desired-state file, read with every kind Warden manages (`Kinds.layout`, as
/// every command reads files). The YAML reader and the loader must answer with a state or diagnostics, never
/// crash or hang; a file that loads has no error diagnostics, and every diagnostic's position lies within the
/// text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDesiredState(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else {
        return 0
    }
    let result = DesiredState.load(text: text, file: "fuzz.yaml", layout: Kinds.layout)
    if result.state != nil, result.diagnostics.hasErrors {
        fatalError("a state was loaded despite error diagnostics: \(result.diagnostics)")
    }
    if result.state == nil, !result.diagnostics.hasErrors {
        fatalError("no state and no error diagnostic")
    }
    // YAML 1.1 (libyaml) breaks lines at CR, LF, NEL, LS and PS; counting each as one bounds every line number.
    let breaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
    let lines = text.unicodeScalars.reduce(1) { $0 + (breaks.contains($1) ? 1 : 0) }
    for diagnostic in result.diagnostics {
        guard let location = diagnostic.location else { continue }
        if location.line < 1 || location.line > lines + 1 || location.column < 1 {
            fatalError("diagnostic outside the text (\(lines) lines): \(diagnostic)")
        }
    }
    return 0
}
