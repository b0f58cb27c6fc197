import Dispatch
import Foundation

/// Work split over the machine's cores with the results kept in order, so that what runs concurrently gives
/// exactly what running it in sequence would: the same values, the same diagnostics, in the same order.
///
/// Used where a file's resources are handled one by one and independently (decoding, planning, rendering).
package enum Concurrently {
    /// `body` of consecutive ranges covering `0..<count`, in order. The ranges run on all cores at once when
    /// there are enough indices (at least `minimumChunk` per range); otherwise `body(0..<count)` runs here.
    /// `body` must only read shared state.
    package static func map<Chunk: Sendable>(
        over count: Int, minimumChunk: Int, _ body: @Sendable (Range<Int>) -> Chunk
    ) -> [Chunk] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        // A few ranges per core even out ranges that take longer than others.
        let chunks = min(count / max(1, minimumChunk), 4 * cores)
        guard cores > 1, chunks > 1 else { return [body(0..<count)] }
        let ranges = (0..<chunks).map { index in (count * index / chunks)..<(count * (index + 1) / chunks) }
        var results = [Chunk?](repeating: nil, count: chunks)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { index in
                slots.buffer[index] = body(ranges[index])
            }
        }
        return results.map { $0! }
    }

    /// The results' storage, shared by the iterations: each writes its own slot only, and the caller reads
    /// them once all are done.
    private struct Slots<Chunk>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Chunk?>
    }
}
