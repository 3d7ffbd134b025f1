import Testing
@testable import CVFScan

@Suite("Byte symbol table")
struct ByteSymbolTableTests {
    static let keys: [[UInt8]] = ["respons", "took", "", "respons", "t", "owner"].map { Array($0.utf8) }

    @Test("keys are numbered from the first symbol in first-occurrence order; a repeat keeps its number")
    func numbering() {
        let table = ByteSymbolTable(keys: Self.keys, firstSymbol: 7)
        #expect(table.count == 5)
        #expect(table.symbol(for: Array("respons".utf8)) == 7)
        #expect(table.symbol(for: Array("took".utf8)) == 8)
        #expect(table.symbol(for: []) == 9)
        #expect(table.symbol(for: Array("t".utf8)) == 10)
        #expect(table.symbol(for: Array("owner".utf8)) == 11)
        #expect(table.symbol(for: Array("respon".utf8)) == nil)
        #expect(table.symbol(for: Array("tookk".utf8)) == nil)
        #expect(table.key(at: 3) == Array("t".utf8))
        #expect(table.keyLengths == [0, 1, 4, 5, 7])
    }

    static let prefixLookups: [(word: String, length: Int, expected: Int32?)] = [
        ("responsibility", 7, 0), ("responsibility", 6, nil), ("tookhold", 4, 1), ("tookhold", 1, 3),
    ]

    @Test("a prefix of a longer buffer is looked up without copying it", arguments: prefixLookups)
    func bufferLookup(word: String, length: Int, expected: Int32?) {
        let table = ByteSymbolTable(keys: Self.keys, firstSymbol: 0)
        let bytes = Array(word.utf8)
        let found = bytes.withUnsafeBufferPointer { table.symbol(for: UnsafeBufferPointer(rebasing: $0[0..<length])) }
        #expect(found == expected)
    }

    @Test("a table restored from its bytes and ends finds every key at the same symbol")
    func restored() throws {
        let table = ByteSymbolTable(keys: Self.keys, firstSymbol: 3)
        let restored = try #require(ByteSymbolTable(bytes: table.bytes, ends: table.ends, firstSymbol: 3))
        for key in Self.keys {
            #expect(restored.symbol(for: key) == table.symbol(for: key))
        }
        #expect(restored.bytes == table.bytes)
        #expect(restored.ends == table.ends)
    }

    /// Parts a damaged cache file might hold, and what is wrong with them.
    struct DamagedParts: Sendable, CustomTestStringConvertible {
        let bytes: String
        let ends: [Int32]
        let firstSymbol: Int32
        let testDescription: String
    }

    static let damaged: [DamagedParts] = [
        DamagedParts(bytes: "abcd", ends: [2, 1, 4], firstSymbol: 0, testDescription: "ends go backwards"),
        DamagedParts(bytes: "abcd", ends: [2, 3], firstSymbol: 0, testDescription: "bytes left over"),
        DamagedParts(bytes: "abcd", ends: [2, 5], firstSymbol: 0, testDescription: "an end past the bytes"),
        DamagedParts(bytes: "abab", ends: [2, 4], firstSymbol: 0, testDescription: "a repeated key"),
        DamagedParts(bytes: "abcd", ends: [2, 4], firstSymbol: -1, testDescription: "a negative symbol"),
    ]

    @Test("inconsistent parts are refused", arguments: damaged)
    func refused(parts: DamagedParts) {
        #expect(ByteSymbolTable(bytes: Array(parts.bytes.utf8), ends: parts.ends, firstSymbol: parts.firstSymbol) == nil)
    }
}
