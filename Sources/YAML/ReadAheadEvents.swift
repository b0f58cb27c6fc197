import Dispatch
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where `DocumentBuilder` takes its events from: libyaml directly (`EventReader`) or through a pipe.
protocol EventSource: ~Copyable {
    /// The next event with the 1-based location where it starts.
    mutating func next() throws(SyntaxError) -> (Event, SourceLocation)
}

extension EventReader: EventSource {}

/// libyaml's events read ahead on a thread of their own, a batch at a time, so that libyaml's parse and the
/// building of the document run on two cores at once: the same events with the same locations, the same
/// error, in the same order as reading them here. The reading thread only records each event's texts as
/// bytes (`RecordedEvent`); they become strings here, on the thread that keeps them.
///
/// `withReadAhead(over:_:)` starts the reading thread and does not return before it has stopped, so the
/// buffer it reads only has to outlive the call.
struct ReadAheadEvents: EventSource, ~Copyable {
    /// What the reading thread hands over: events, or libyaml's error (after which there is nothing more).
    private enum Item: Sendable {
        case events(Batch)
        case failure(SyntaxError)
    }

    /// Events and the buffer their texts are in.
    private struct Batch: Sendable {
        var events: [RecordedEvent] = []
        var texts: [UInt8] = []

        init() {
            events.reserveCapacity(ReadAheadEvents.batchSize)
            texts.reserveCapacity(ReadAheadEvents.batchSize * 16)
        }
    }

    /// The state the two threads share.
    private final class Pipe: Sendable {
        let items = Mutex<[Item]>([])
        /// Batches the builder is done with, emptied, for the reading thread to fill again: their memory is
        /// already mapped and warm, where a new batch's would fault in page by page.
        let spares = Mutex<[Batch]>([])
        /// Signalled once per item added.
        let available = DispatchSemaphore(value: 0)
        /// Set when the builder stops early (a fatal problem): the reading thread stops at its next batch.
        let cancelled = Atomic<Bool>(false)
        /// Signalled when the reading thread has stopped.
        let finished = DispatchSemaphore(value: 0)
    }

    /// The text libyaml reads, handed to the reading thread; `withReadAhead` keeps it alive meanwhile.
    private struct Text: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
    }

    /// Events per batch: enough that handing batches over costs nothing next to making them.
    private static let batchSize = 4096

    private let pipe: Pipe
    private var batch = Batch()
    private var position = 0
    private var failure: SyntaxError?

    private init(pipe: Pipe) {
        self.pipe = pipe
    }

    /// Runs `body` with events read ahead from `bytes` (whose base address must not be nil), and waits for
    /// the reading thread to stop before returning.
    static func withReadAhead<Result>(
        over bytes: UnsafeBufferPointer<UInt8>, _ body: (inout ReadAheadEvents) -> Result
    ) -> Result {
        let pipe = Pipe()
        let text = Text(bytes: bytes)
        // A thread of its own, not one of Dispatch's: the caller may itself be on Dispatch's pool (Swift's
        // concurrency runs there), and on a one-core machine that pool would start the reader only after
        // noticing, a second later, that the caller is blocked.
        startThread {
            read(text, into: pipe)
            pipe.finished.signal()
        }
        var events = ReadAheadEvents(pipe: pipe)
        let result = body(&events)
        pipe.cancelled.store(true, ordering: .relaxed)
        pipe.finished.wait()
        return result
    }

    /// The reading thread: batches of events until the stream ends, libyaml fails or the builder stops.
    private static func read(_ text: Text, into pipe: Pipe) {
        var reader = EventReader(buffer: text.bytes)
        var batch = Batch()
        while !pipe.cancelled.load(ordering: .relaxed) {
            do {
                let event = try reader.next(recordingTextsIn: &batch.texts)
                batch.events.append(event)
                let ended = event.kind == .streamEnd
                guard ended || batch.events.count == batchSize else { continue }
                hand(.events(batch), to: pipe)
                if ended { return }
                batch = pipe.spares.withLock { $0.popLast() } ?? Batch()
            } catch {
                if !batch.events.isEmpty { hand(.events(batch), to: pipe) }
                hand(.failure(error), to: pipe)
                return
            }
        }
    }

    /// Runs `body` on a new detached thread.
    private static func startThread(_ body: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
        #if canImport(Darwin)
            var thread: pthread_t?
        #else
            var thread = pthread_t()
        #endif
        let started = pthread_create(
            &thread, nil,
            { context in
                let body = Unmanaged<ThreadBody>.fromOpaque(context!).takeRetainedValue()
                body.run()
                return nil
            }, context)
        guard started == 0 else {
            // No thread to be had: read here instead, before the builder starts taking events.
            Unmanaged<ThreadBody>.fromOpaque(context).takeRetainedValue().run()
            return
        }
        pthread_detach(thread)
    }

    private final class ThreadBody: Sendable {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    private static func hand(_ item: Item, to pipe: Pipe) {
        pipe.items.withLock { $0.append(item) }
        pipe.available.signal()
    }

    mutating func next() throws(SyntaxError) -> (Event, SourceLocation) {
        while position == batch.events.count {
            if let failure { throw failure }
            pipe.available.wait()
            let item = pipe.items.withLock { $0.removeFirst() }
            switch item {
            case .events(let events):
                var spare = batch
                batch = events
                position = 0
                if spare.events.capacity > 0 {
                    spare.events.removeAll(keepingCapacity: true)
                    spare.texts.removeAll(keepingCapacity: true)
                    pipe.spares.withLock { $0.append(spare) }
                }
            case .failure(let error):
                failure = error
            }
        }
        defer { position += 1 }
        let recorded = batch.events[position]
        return (recorded.event(texts: batch.texts), recorded.location)
    }
}
