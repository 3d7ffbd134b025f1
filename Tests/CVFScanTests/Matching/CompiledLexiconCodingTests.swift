import Foundation
import Testing
@testable import CVFScan

/// The on-disk cache must give exactly the scanner a fresh compilation gives, and a damaged cache file must be
/// ignored rather than trusted or crashed on.
@Suite("Compiled lexicon cache encoding")
struct CompiledLexiconCodingTests {
    static let answers = [
        "I took responsibility and owned up to my mistake, then put it right.",
        "I didn't stay calm and I never asked for feedback.",
        "We liaised with the council and I would have rung social services.",
        "My colleague challenged his behaviour; I wasn't sure what to do.",
        "I listened to her concerns, treated everyone fairly and reported it to my manager.",
    ]

    static func freshScanner() throws -> EvidenceScanner {
        try EvidenceScanner(lexicon: try Lexicon.builtIn(frameworks: ["cvf", "wmp-values"]), frameworks: ["cvf", "wmp-values"])
    }

    @Test("a decoded lexicon scans every answer to the same bytes as the compiled one")
    func roundTrip() throws {
        let fresh = try Self.freshScanner()
        let bytes = fresh.compiled.encoded()
        let decoded = try #require(CompiledLexicon.decoded(from: bytes))
        let restored = EvidenceScanner(compiled: decoded, options: fresh.options)
        #expect(restored.frameworks == ["cvf", "wmp-values"])
        #expect(restored.patternCount == fresh.patternCount)
        #expect(restored.lexicon.behaviours.count == fresh.lexicon.behaviours.count)
        let writer = JSONReportWriter(explain: true, lexicon: fresh.lexicon)
        for answer in Self.answers {
            #expect(writer.string(for: restored.scan(answer)) == writer.string(for: fresh.scan(answer)))
        }
        #expect(decoded.encoded() == bytes)
    }

    @Test("patterns restored from the cache keep their elements encoded and decode them to the parsed ones")
    func lazyElements() throws {
        let fresh = try Self.freshScanner()
        let decoded = try #require(CompiledLexicon.decoded(from: fresh.compiled.encoded()))
        let parsed = fresh.lexicon.patterns
        let restored = decoded.lexicon.patterns
        #expect(restored.count == parsed.count)
        #expect(parsed.allSatisfy { if case .parsed = $0.elementStorage { true } else { false } })
        #expect(restored.allSatisfy { if case .encoded = $0.elementStorage { true } else { false } })
        #expect(restored.allSatisfy { if case .encoded = $0.textStorage { true } else { false } })
        for (restoredPattern, parsedPattern) in zip(restored, parsed) {
            #expect(restoredPattern.elements == parsedPattern.elements, "\(parsedPattern.location)")
            #expect(restoredPattern.text == parsedPattern.text)
            #expect(restoredPattern.location == parsedPattern.location)
            #expect(restoredPattern == parsedPattern)
            #expect(restoredPattern.hashValue == parsedPattern.hashValue)
        }
        // Setting elements or text replaces the encoded ones.
        var edited = try #require(restored.first)
        edited.elements = [.gap(2)]
        #expect(edited.elements == [.gap(2)])
        #expect(edited != parsed[0])
        edited.text = "edited ...2"
        #expect(edited.text == "edited ...2")
        if case .string("edited ...2") = edited.textStorage {} else { Issue.record("text not stored as a string") }
    }

    @Test("each compiled pattern's text and location are its lexicon pattern's, restored or fresh")
    func patternTextsAndLocations() throws {
        let fresh = try Self.freshScanner().compiled
        let decoded = try #require(CompiledLexicon.decoded(from: fresh.encoded()))
        #expect(decoded.patterns.count == fresh.patterns.count)
        for index in fresh.patterns.indices {
            let pattern = fresh.lexicon.patterns[fresh.patterns[index].patternIndex]
            #expect(fresh.patternText(index) == pattern.text)
            #expect(decoded.patternText(index) == pattern.text)
            #expect(decoded.patternLocation(index) == pattern.location)
        }
    }

    @Test("the word tables and vocabulary restored from the cache give the same forms and symbols", arguments: [
        "took", "organization", "recieved", "responsibility", "owned", "didn't", "multi-agency", "colour", "safeguarded",
    ])
    func restoredTables(word: String) throws {
        let fresh = try Self.freshScanner().compiled
        let decoded = try #require(CompiledLexicon.decoded(from: fresh.encoded()))
        let freshParts = fresh.analyzer.parts(of: word)
        #expect(decoded.analyzer.parts(of: word) == freshParts)
        for part in freshParts {
            var freshSymbols: [Int32] = []
            var decodedSymbols: [Int32] = []
            fresh.vocabulary.symbols(of: part, into: &freshSymbols)
            decoded.vocabulary.symbols(of: part, into: &decodedSymbols)
            #expect(decodedSymbols == freshSymbols)
        }
        #expect(decoded.vocabulary.symbolCount == fresh.vocabulary.symbolCount)
    }

    @Test("an element tree is skipped exactly as far as it decodes; a damaged one is refused", arguments: [
        [PatternElement.word("took"), .gap(3), .exact(["put", "it"]), .prefix("respons")],
        [.alternatives([[.word("a")], [.optional([[.word("b"), .gap(1)]])]]), .word("c")],
        [],
    ])
    func elementTrees(elements: [PatternElement]) {
        var writer = BinaryWriter()
        CompiledLexicon.encode(elements, into: &writer)
        let bytes = writer.finished(header: [])
        var skipping = BinaryReader(bytes: bytes)
        skipping.readStringTable()
        let start = skipping.position
        #expect(CompiledLexicon.skipElements(&skipping))
        #expect(skipping.isAtEnd)
        var reader = BinaryReader(strings: skipping.strings, position: start, end: bytes.count)
        #expect(CompiledLexicon.decodeElements(&reader) == elements)
        #expect(reader.isAtEnd)
        // Cut short anywhere inside the tree, it is refused by both.
        for cut in stride(from: start + 1, to: bytes.count, by: 1) {
            var truncated = BinaryReader(strings: skipping.strings, position: start, end: cut)
            #expect(!CompiledLexicon.skipElements(&truncated))
            truncated = BinaryReader(strings: skipping.strings, position: start, end: cut)
            #expect(CompiledLexicon.decodeElements(&truncated) == nil)
        }
    }

    @Test("an unknown element tag or string index is refused")
    func damagedElementTree() {
        var writer = BinaryWriter()
        CompiledLexicon.encode([.word("took")], into: &writer)
        let bytes = writer.finished(header: [])
        var reader = BinaryReader(bytes: bytes)
        reader.readStringTable()
        let start = reader.position
        var badTag = bytes
        badTag[start + 4] = 9
        var badIndex = bytes
        badIndex[start + 5] = 7
        for damaged in [badTag, badIndex] {
            var skipping = BinaryReader(bytes: damaged)
            skipping.readStringTable()
            #expect(!CompiledLexicon.skipElements(&skipping))
        }
    }

    @Test("the checksum changes when any one byte does", arguments: [0, 1, 7, 8, 31, 32, 33, 100, 257])
    func checksum(position: Int) {
        let bytes = (0..<260).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        var damaged = bytes
        damaged[position] ^= 0x01
        let original = bytes.withUnsafeBytes { CompiledLexicon.checksum(of: $0) }
        #expect(damaged.withUnsafeBytes { CompiledLexicon.checksum(of: $0) } != original)
        #expect(bytes.dropLast().withUnsafeBytes { CompiledLexicon.checksum(of: $0) } != original)
    }

    @Test("truncated, corrupted or foreign bytes are rejected, never trusted")
    func damagedBytes() throws {
        let bytes = try Self.freshScanner().compiled.encoded()
        #expect(CompiledLexicon.decoded(from: []) == nil)
        #expect(CompiledLexicon.decoded(from: Array("not a cache file".utf8)) == nil)
        for length in [1, 16, 20, bytes.count / 3, bytes.count / 2, bytes.count - 1] {
            #expect(CompiledLexicon.decoded(from: Array(bytes.prefix(length))) == nil)
        }
        var wrongVersion = bytes
        wrongVersion[CompiledLexicon.cacheMagic.count] &+= 1
        #expect(CompiledLexicon.decoded(from: wrongVersion) == nil)
        // The checksum catches a flipped byte anywhere, so damage never reaches the automaton.
        for position in stride(from: CompiledLexicon.cacheMagic.count, to: bytes.count, by: max(1, bytes.count / 211)) {
            var damaged = bytes
            damaged[position] ^= 0xFF
            #expect(CompiledLexicon.decoded(from: damaged) == nil)
        }
    }

    @Test("extra bytes after a valid cache are rejected")
    func trailingBytes() throws {
        let bytes = try Self.freshScanner().compiled.encoded()
        #expect(CompiledLexicon.decoded(from: bytes + [0]) == nil)
    }
}
