#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading a desired-state file's text. Files are almost always ASCII: such a file is read straight into
/// the string's own memory, with no buffer to read into first and copy out of (a 10 MB file spends
/// milliseconds on each). Anything else is left to the general path, which checks the UTF-8.
enum FileText {
    /// The text of the file at `path` if it is all ASCII and reads whole; nil otherwise (also when the file
    /// changes size while it is read).
    static func ascii(atPath path: String) -> String? {
        let file = open(path, O_RDONLY)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var status = stat()
        guard fstat(file, &status) == 0, status.st_size > 0, status.st_size < Int.max / 2 else { return nil }
        let size = Int(status.st_size)
        var whole = false
        let text = String(unsafeUninitializedCapacity: size) { buffer in
            var count = 0
            while count < size {
                let got = read(file, buffer.baseAddress! + count, size - count)
                guard got > 0 else { break }
                count += got
            }
            var extra: UInt8 = 0
            whole = count == size && read(file, &extra, 1) == 0 && isASCII(UnsafeBufferPointer(buffer))
            return whole ? count : 0
        }
        return whole ? text : nil
    }

    /// Whether every byte is below 0x80, eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var index = 0
        var high: UInt64 = 0
        while index + 8 <= raw.count {
            high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < raw.count {
            high |= UInt64(raw[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }
}
