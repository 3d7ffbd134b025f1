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
        let decoded = try #require(CompiledLexicon.decoded(from: bytes, analyzer: WordAnalyzer()))
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

    @Test("truncated, corrupted or foreign bytes are rejected, never trusted")
    func damagedBytes() throws {
        let bytes = try Self.freshScanner().compiled.encoded()
        #expect(CompiledLexicon.decoded(from: [], analyzer: WordAnalyzer()) == nil)
        #expect(CompiledLexicon.decoded(from: Array("not a cache file".utf8), analyzer: WordAnalyzer()) == nil)
        for length in [1, 16, 20, bytes.count / 3, bytes.count / 2, bytes.count - 1] {
            #expect(CompiledLexicon.decoded(from: Array(bytes.prefix(length)), analyzer: WordAnalyzer()) == nil)
        }
        var wrongVersion = bytes
        wrongVersion[CompiledLexicon.cacheMagic.count] &+= 1
        #expect(CompiledLexicon.decoded(from: wrongVersion, analyzer: WordAnalyzer()) == nil)
        // The checksum catches a flipped byte anywhere, so damage never reaches the automaton.
        for position in stride(from: CompiledLexicon.cacheMagic.count, to: bytes.count, by: max(1, bytes.count / 211)) {
            var damaged = bytes
            damaged[position] ^= 0xFF
            #expect(CompiledLexicon.decoded(from: damaged, analyzer: WordAnalyzer()) == nil)
        }
    }

    @Test("extra bytes after a valid cache are rejected")
    func trailingBytes() throws {
        let bytes = try Self.freshScanner().compiled.encoded()
        #expect(CompiledLexicon.decoded(from: bytes + [0], analyzer: WordAnalyzer()) == nil)
    }
}
