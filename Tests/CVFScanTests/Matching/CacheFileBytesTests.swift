import Foundation
import Testing
@testable import CVFScan

@Suite("Cache file bytes (mapped or copied)")
struct CacheFileBytesTests {
    static func temporaryPath(_ name: String) -> String {
        NSTemporaryDirectory() + "cvfscan-cache-file-bytes-\(getpid())-\(name)"
    }

    @Test("a mapped file holds exactly the file's bytes, like a copy")
    func mappedEqualsCopied() throws {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = Self.temporaryPath("bytes")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let mapped = try #require(CacheFileBytes(mappingFileAt: path))
        let copied = CacheFileBytes(copying: bytes)
        #expect(mapped.count == bytes.count)
        #expect(Array(mapped.buffer) == bytes)
        #expect(Array(copied.buffer) == bytes)
    }

    @Test("a missing or empty file is not mapped")
    func missingOrEmpty() throws {
        #expect(CacheFileBytes(mappingFileAt: Self.temporaryPath("missing")) == nil)
        let path = Self.temporaryPath("empty")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data().write(to: URL(fileURLWithPath: path))
        #expect(CacheFileBytes(mappingFileAt: path) == nil)
        #expect(CacheFileBytes(copying: []).count == 0)
    }

    @Test("a lexicon decoded from a mapped cache file scans like the compiled one, after the file is removed")
    func decodedFromMappedFile() throws {
        let fresh = try EvidenceScanner(lexicon: try Lexicon.builtIn(frameworks: ["cvf"]), frameworks: ["cvf"])
        let path = Self.temporaryPath("lexicon")
        try Data(fresh.compiled.encoded()).write(to: URL(fileURLWithPath: path))
        let file = try #require(CacheFileBytes(mappingFileAt: path))
        // Removing the file (as the cache does with old files) leaves the mapping valid.
        try FileManager.default.removeItem(atPath: path)
        let decoded = try #require(CompiledLexicon.decoded(from: file))
        let restored = EvidenceScanner(compiled: decoded, options: fresh.options)
        let writer = JSONReportWriter(explain: true, lexicon: fresh.lexicon)
        for answer in CompiledLexiconCodingTests.answers {
            #expect(writer.string(for: restored.scan(answer)) == writer.string(for: fresh.scan(answer)))
        }
    }
}
