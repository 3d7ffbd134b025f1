/// Writes the compiled-lexicon cache: little-endian integers, length-prefixed byte strings, and a table of
/// distinct strings referred to by index (file names and ids repeat thousands of times).
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []
    private var stringIndex: [String: UInt32] = [:]
    private(set) var strings: [String] = []

    mutating func integer<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func double(_ value: Double) {
        integer(value.bitPattern)
    }

    mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func byteString(_ value: [UInt8]) {
        integer(UInt32(value.count))
        bytes.append(contentsOf: value)
    }

    /// A string, as an index into the string table written at the end.
    mutating func string(_ value: String) {
        if let index = stringIndex[value] {
            integer(index)
            return
        }
        let index = UInt32(strings.count)
        stringIndex[value] = index
        strings.append(value)
        integer(index)
    }

    mutating func optionalString(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func array<T: FixedWidthInteger>(_ values: [T]) {
        integer(UInt32(values.count))
        for value in values { integer(value) }
    }

    /// A run of integers the reader can use in place (``BinaryReader/run(_:)``): its count, zeros up to the
    /// element's alignment (counted from the body's start, which ``finished(header:)`` puts at a multiple of 8),
    /// then the elements.
    mutating func run<T: FixedWidthInteger>(_ values: IntegerRun<T>) {
        integer(UInt32(values.count))
        while bytes.count % MemoryLayout<T>.alignment != 0 { bytes.append(0) }
        values.withUnsafeBufferPointer { buffer in
            for value in buffer { integer(value) }
        }
    }

    /// The finished file: header, string table, zeros up to a multiple of 8, then the body. The string table is
    /// the strings' end offsets followed by their bytes, so a reader can make each string on demand instead of all
    /// of them up front.
    func finished(header: [UInt8]) -> [UInt8] {
        var file = header
        var table = BinaryWriter()
        var ends: [UInt32] = []
        ends.reserveCapacity(strings.count)
        var blob: [UInt8] = []
        for string in strings {
            blob.append(contentsOf: string.utf8)
            ends.append(UInt32(blob.count))
        }
        table.array(ends)
        table.byteString(blob)
        file.append(contentsOf: table.bytes)
        while file.count % 8 != 0 { file.append(0) }
        file.append(contentsOf: bytes)
        return file
    }
}

/// The string table of a cache file: where each string's bytes are, made into `String`s only when asked for.
/// Immutable, so pattern elements decoded later (``EncodedPatternElements``) can share it between threads.
final class BinaryStringTable: Sendable {
    /// The cache file; the strings' bytes are at `blobStart + ends[i - 1]..<blobStart + ends[i]`.
    let file: CacheFileBytes
    let ends: [UInt32]
    let blobStart: Int

    init(file: CacheFileBytes, ends: [UInt32], blobStart: Int) {
        self.file = file
        self.ends = ends
        self.blobStart = blobStart
    }

    var count: Int { ends.count }

    /// String `index`; the caller has checked `index < count`, and the table's ends against the file.
    func string(at index: Int) -> String {
        let start = blobStart + (index == 0 ? 0 : Int(ends[index - 1]))
        let end = blobStart + Int(ends[index])
        return String(decoding: UnsafeRawBufferPointer(rebasing: file.buffer[start..<end]), as: UTF8.self)
    }
}

/// Reads what ``BinaryWriter`` wrote. Every read is bounds-checked: a truncated or damaged cache file makes the
/// reader fail (nil), and the lexicon is compiled afresh instead.
struct BinaryReader {
    let file: CacheFileBytes
    private(set) var position: Int
    /// Reads stop here (the cache file's checksum follows the body).
    let end: Int
    private(set) var strings: BinaryStringTable
    /// Strings already made, so an id used by a thousand patterns is one `String`.
    private var madeStrings: [String?] = []
    private(set) var failed = false

    init(file: CacheFileBytes, position: Int = 0, end: Int? = nil) {
        self.file = file
        self.position = position
        self.end = min(end ?? file.count, file.count)
        strings = BinaryStringTable(file: file, ends: [], blobStart: 0)
    }

    /// A reader of a copy of `bytes`.
    init(bytes: [UInt8], position: Int = 0, end: Int? = nil) {
        self.init(file: CacheFileBytes(copying: bytes), position: position, end: end)
    }

    /// A reader of the same file at `position`, sharing `strings`, with no strings made yet.
    init(strings: BinaryStringTable, position: Int, end: Int) {
        self.file = strings.file
        self.position = position
        self.end = min(end, strings.file.count)
        self.strings = strings
    }

    var isAtEnd: Bool { position == end }

    mutating func integer<T: FixedWidthInteger>(_ type: T.Type = T.self) -> T {
        let size = MemoryLayout<T>.size
        guard !failed, position >= 0, position + size <= end else {
            failed = true
            return 0
        }
        let start = position
        position += size
        return T(littleEndian: file.buffer.loadUnaligned(fromByteOffset: start, as: T.self))
    }

    mutating func double() -> Double {
        Double(bitPattern: integer(UInt64.self))
    }

    mutating func bool() -> Bool {
        integer(UInt8.self) != 0
    }

    /// A count, refused when larger than what is left of the file could hold.
    mutating func count(elementSize: Int = 1) -> Int {
        let value = Int(integer(UInt32.self))
        guard !failed, value * max(1, elementSize) <= end - position else {
            failed = true
            return 0
        }
        return value
    }

    /// Moves past `length` bytes, failing if there are not that many.
    mutating func skip(_ length: Int) {
        guard !failed, length >= 0, length <= end - position else {
            failed = true
            return
        }
        position += length
    }

    mutating func byteString() -> [UInt8] {
        let length = count()
        guard !failed else { return [] }
        defer { position += length }
        return Array(file.buffer[position..<(position + length)])
    }

    /// Reads the string table (see ``BinaryWriter/finished(header:)``); its strings are made on first use.
    mutating func readStringTable() {
        let ends = array(UInt32.self)
        let blobLength = count()
        guard !failed, zip([0] + ends, ends).allSatisfy({ $0 <= $1 }), Int(ends.last ?? 0) == blobLength else {
            failed = true
            return
        }
        strings = BinaryStringTable(file: file, ends: ends, blobStart: position)
        madeStrings = [String?](repeating: nil, count: ends.count)
        position += blobLength
        alignPosition(to: 8)
    }

    /// Moves past the zeros the writer put before an aligned part.
    private mutating func alignPosition(to alignment: Int) {
        let misalignment = position % alignment
        if misalignment != 0 { skip(alignment - misalignment) }
    }

    /// A run written by ``BinaryWriter/run(_:)``, used where it lies in the file (copied on a big-endian machine).
    mutating func run<T: FixedWidthInteger & Sendable>(_ type: T.Type) -> IntegerRun<T> {
        let total = Int(integer(UInt32.self))
        alignPosition(to: MemoryLayout<T>.alignment)
        guard !failed, total <= (end - position) / MemoryLayout<T>.size,
              let base = file.buffer.baseAddress, Int(bitPattern: base + position) % MemoryLayout<T>.alignment == 0 else {
            failed = true
            return IntegerRun()
        }
        let start = position
        position += total * MemoryLayout<T>.size
        #if _endian(big)
        return IntegerRun(IntegerRun<T>(file: file, offset: start, count: total).array.map { T(littleEndian: $0) })
        #else
        return IntegerRun(file: file, offset: start, count: total)
        #endif
    }

    /// A string index, checked against the table, without making the string.
    mutating func stringIndex() -> Int {
        let index = Int(integer(UInt32.self))
        guard !failed, index < strings.count else {
            failed = true
            return 0
        }
        return index
    }

    mutating func string() -> String {
        let index = stringIndex()
        guard !failed else { return "" }
        if index < madeStrings.count, let made = madeStrings[index] { return made }
        let made = strings.string(at: index)
        if index < madeStrings.count { madeStrings[index] = made }
        return made
    }

    mutating func optionalString() -> String? {
        bool() ? string() : nil
    }

    mutating func array<T: FixedWidthInteger>(_ type: T.Type) -> [T] {
        let total = count(elementSize: MemoryLayout<T>.size)
        guard !failed else { return [] }
        // One copy of the whole run (the cache holds automaton tables of a megabyte or more): reading element by
        // element was most of the start-up time.
        let start = position
        let byteCount = total * MemoryLayout<T>.size
        let values = [T](unsafeUninitializedCapacity: total) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: file.buffer[start..<(start + byteCount)]))
            initialized = total
        }
        position += byteCount
        #if _endian(big)
        return values.map { T(littleEndian: $0) }
        #else
        return values
        #endif
    }
}
