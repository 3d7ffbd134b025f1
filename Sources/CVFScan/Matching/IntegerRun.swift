/// A read-only run of integers: an array, or a stretch of a mapped compiled-lexicon cache file used in place.
///
/// The automaton's tables are a megabyte or more; copying them out of the cache file at every start-up cost a
/// zero-filled page fault per 4 KB of copy. The scan loop reads them through ``withUnsafeBufferPointer(_:)``
/// either way, so where they live costs nothing there.
struct IntegerRun<Element: FixedWidthInteger & Sendable>: Sendable {
    private enum Storage: Sendable {
        case array([Element])
        /// `count` elements at byte `offset` of the file, which is aligned for `Element`.
        case file(CacheFileBytes, offset: Int, count: Int)
    }

    private var storage: Storage

    init(_ array: [Element] = []) {
        storage = .array(array)
    }

    /// The run at byte `offset` of `file`; the caller has checked that it lies inside the file and is aligned.
    init(file: CacheFileBytes, offset: Int, count: Int) {
        storage = .file(file, offset: offset, count: count)
    }

    var count: Int {
        switch storage {
        case .array(let array): array.count
        case .file(_, _, let count): count
        }
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result {
        switch storage {
        case .array(let array):
            return try array.withUnsafeBufferPointer(body)
        case .file(let file, let offset, let count):
            let start = file.buffer.baseAddress.map { ($0 + offset).assumingMemoryBound(to: Element.self) }
            return try body(UnsafeBufferPointer(start: count == 0 ? nil : start, count: count))
        }
    }

    /// The elements as an array (a copy, for a file run).
    var array: [Element] {
        switch storage {
        case .array(let array): array
        case .file: withUnsafeBufferPointer { Array($0) }
        }
    }

    var first: Element? { withUnsafeBufferPointer { $0.first } }
    var last: Element? { withUnsafeBufferPointer { $0.last } }
}
