import Testing
@testable import CVFScan

@Suite("Byte string table")
struct ByteStringTableTests {
    static let text = "# comment\ncolor colour\ntook take\n\ncolor other\nrecieved received\n"

    static func parsed() -> ByteStringTable {
        WordTables.parse(text, file: "test.txt").table
    }

    @Test("the cache form keeps only the pairs' bytes and restores every lookup")
    func encodedRoundTrip() throws {
        let table = Self.parsed()
        let parts = table.encodedParts
        #expect(String(decoding: parts.bytes, as: UTF8.self) == "colorcolourtooktakerecievedreceived")
        #expect(parts.entryFields.count == 15)
        let restored = try #require(ByteStringTable(bytes: parts.bytes, entryFields: parts.entryFields))
        #expect(restored.count == 3)
        for word in ["color", "took", "recieved", "colour", "take", "", "#"] {
            #expect(restored.value(for: Array(word.utf8)) == table.value(for: Array(word.utf8)), "\(word)")
        }
        #expect(restored.value(for: Array("color".utf8)) == Array("colour".utf8))
        #expect(restored.pairs.map(\.key) == table.pairs.map(\.key))
        #expect(restored.pairs.map(\.value) == table.pairs.map(\.value))
    }

    /// Entry fields a damaged cache file might hold: a value running past the end of the bytes, a key starting
    /// past it, four fields instead of five.
    static let damagedFields: [[UInt32]] = [[0, 0, 3, 3, 9], [0, 9, 1, 0, 1], [0, 0, 1, 1]]

    @Test("entries pointing outside the bytes, or a partial entry, are refused", arguments: damagedFields)
    func refused(fields: [UInt32]) {
        #expect(ByteStringTable(bytes: Array("abcdefgh".utf8), entryFields: fields) == nil)
    }
}
