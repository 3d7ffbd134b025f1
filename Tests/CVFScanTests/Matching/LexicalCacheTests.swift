import Testing
@testable import CVFScan

/// The cache finds a word by its first eight bytes and a hash: spellings that share a prefix, differ only in
/// length, or sit at the very end of the text must still get entries of their own, and the same entry every time.
@Suite("Lexical cache")
struct LexicalCacheTests {
    static let compiled: CompiledLexicon? = try? PatternCompiler(analyzer: WordAnalyzer())
        .compile(TestLexicon.lexicon, frameworks: ["test"])

    /// The cache entry of `word` looked up inside `text` at `offset`, so the bytes after it (or their absence) are real.
    static func entry(
        _ cache: inout LexicalCache, _ word: String, in text: String, at offset: Int, lexicon: CompiledLexicon
    ) -> LexicalCache.Found {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let slice = UnsafeBufferPointer(rebasing: buffer[offset..<(offset + word.utf8.count)])
            return cache.entry(for: slice, readable: buffer.count - offset, hasNonASCII: false, lexicon: lexicon)
        }
    }

    @Test("words sharing their first eight bytes, or a prefix, get different entries, found again wherever they stand")
    func sharedPrefixes() throws {
        let lexicon = try #require(Self.compiled)
        var cache = LexicalCache()
        let words = ["responsibility", "responsible", "responsibly", "respons", "responsi", "responsib", "I",
                     "it", "its", "it's", "didn't", "a", "accountability", "accountable"]
        var first: [String: Int32] = [:]
        for word in words {
            // At the end of the text (fewer than eight bytes readable after short words) ...
            first[word] = Self.entry(&cache, word, in: "x " + word, at: 2, lexicon: lexicon).entry
        }
        #expect(Set(first.values).count == words.count)
        for word in words {
            // ... and in the middle of a longer one, with other letters right after it.
            let text = "xx " + word + " and more text after it"
            #expect(Self.entry(&cache, word, in: text, at: 3, lexicon: lexicon).entry == first[word])
        }
        #expect(cache.entryCount == words.count)
    }

    @Test("a contraction has two parts, a plain word one", arguments: [("didn't", 2), ("it's", 2), ("took", 1), ("responsibility", 1)])
    func partCounts(word: String, parts: Int) throws {
        let lexicon = try #require(Self.compiled)
        var cache = LexicalCache()
        #expect(Self.entry(&cache, word, in: word, at: 0, lexicon: lexicon).partCount == parts)
        // Found again: the part count comes from the table slot this time.
        #expect(Self.entry(&cache, word, in: word + " ", at: 0, lexicon: lexicon).partCount == parts)
    }

    @Test("growing the table keeps every entry where a lookup finds it")
    func growth() throws {
        let lexicon = try #require(Self.compiled)
        var cache = LexicalCache()
        // Enough spellings for the 4,096-slot table to grow twice, short and long.
        let words = (0..<5_000).map { number in number.isMultiple(of: 2) ? "w\(number)" : "longerword\(number)" }
        let entries = words.map { Self.entry(&cache, $0, in: $0, at: 0, lexicon: lexicon).entry }
        #expect(entries == (0..<5_000).map { Int32($0) })
        for (word, entry) in zip(words, entries) {
            #expect(Self.entry(&cache, word, in: word + ".", at: 0, lexicon: lexicon).entry == entry)
        }
        #expect(cache.entryCount == 5_000)
    }
}

@Suite("Packed word set")
struct PackedWordSetTests {
    /// Packed here by hand rather than with `PackedWordSet.pack`, so a fault in that would show.
    static func packed(_ word: String) -> UInt64 {
        var value: UInt64 = 0
        for (offset, byte) in word.utf8.enumerated() { value |= UInt64(byte) << UInt64(offset * 8) }
        return value
    }

    @Test("finds exactly its own words", arguments: [
        ("e.g", true), ("mr", true), ("pcso", true), ("approx", true), ("govt", true),
        ("m", false), ("mrs.", false), ("me", false), ("pc s", false), ("approxi", false), ("", false),
    ])
    func membership(word: String, expected: Bool) {
        #expect(Abbreviations.words.contains(Self.packed(word)) == expected)
    }

    @Test("every word of a set is found, whatever bucket it falls in")
    func everyWordFound() {
        let words = (0..<200).map { "w\($0)" }
        let set = PackedWordSet(words)
        for word in words { #expect(set.contains(Self.packed(word))) }
        #expect(!set.contains(Self.packed("w200")))
        #expect(!set.contains(Self.packed("x1")))
    }
}
