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

    /// The finished file: header, string table, then the body.
    func finished(header: [UInt8]) -> [UInt8] {
        var file = header
        var table = BinaryWriter()
        table.integer(UInt32(strings.count))
        for string in strings { table.byteString(Array(string.utf8)) }
        file.append(contentsOf: table.bytes)
        file.append(contentsOf: bytes)
        return file
    }
}

/// Reads what ``BinaryWriter`` wrote. Every read is bounds-checked: a truncated or damaged cache file makes the
/// reader fail (nil), and the lexicon is compiled afresh instead.
struct BinaryReader {
    private let bytes: [UInt8]
    private(set) var position: Int
    private var strings: [String] = []
    private(set) var failed = false

    init(bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func integer<T: FixedWidthInteger>(_ type: T.Type = T.self) -> T {
        let size = MemoryLayout<T>.size
        guard !failed, position + size <= bytes.count else {
            failed = true
            return 0
        }
        var value: T = 0
        withUnsafeMutableBytes(of: &value) { destination in
            for offset in 0..<size { destination[offset] = bytes[position + offset] }
        }
        position += size
        return T(littleEndian: value)
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
        guard !failed, value * max(1, elementSize) <= bytes.count - position else {
            failed = true
            return 0
        }
        return value
    }

    mutating func byteString() -> [UInt8] {
        let length = count()
        guard !failed else { return [] }
        defer { position += length }
        return Array(bytes[position..<(position + length)])
    }

    mutating func readStringTable() {
        let total = count(elementSize: 4)
        strings.reserveCapacity(total)
        for _ in 0..<total where !failed {
            let length = count()
            guard !failed else { return }
            strings.append(String(decoding: bytes[position..<(position + length)], as: UTF8.self))
            position += length
        }
    }

    mutating func string() -> String {
        let index = Int(integer(UInt32.self))
        guard !failed, index < strings.count else {
            failed = true
            return ""
        }
        return strings[index]
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
        let values = bytes.withUnsafeBytes { raw in
            [T](unsafeUninitializedCapacity: total) { buffer, initialized in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[start..<(start + byteCount)]))
                initialized = total
            }
        }
        position += byteCount
        #if _endian(big)
        return values.map { T(littleEndian: $0) }
        #else
        return values
        #endif
    }
}
