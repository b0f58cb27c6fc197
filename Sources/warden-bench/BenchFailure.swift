/// Why a benchmark could not be run or its run is not valid (a wrong exit status, a wrong plan).
struct BenchFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
