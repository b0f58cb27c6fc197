/// An array that only grows, whose memory is handed over whole when done (`finish()`): what the
/// document's buffers are built in.
final class GrowingBuffer<Element> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count, "index out of range")
        return base[index]
    }

    func append(_ element: Element) {
        if count == capacity { grow(to: 2 * capacity) }
        (base + count).initialize(to: element)
        count += 1
    }

    func append(contentsOf elements: ArraySlice<Element>) {
        if count + elements.count > capacity { grow(to: max(2 * capacity, count + elements.count)) }
        elements.withUnsafeBufferPointer { elements in
            guard let start = elements.baseAddress else { return }
            (base + count).initialize(from: start, count: elements.count)
        }
        count += elements.count
    }

    private func grow(to newCapacity: Int) {
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        grown.moveInitialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    /// The elements' memory, from now on the caller's to deinitialize and deallocate; the buffer is left
    /// empty.
    func finish() -> UnsafeBufferPointer<Element> {
        let buffer = UnsafeBufferPointer(start: base, count: count)
        capacity = 0
        count = 0
        base = .allocate(capacity: 0)
        return buffer
    }
}
