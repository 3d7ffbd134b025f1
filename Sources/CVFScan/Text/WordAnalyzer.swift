/// The words one written word stands for, each in the three forms matching uses.
struct WordPart: Sendable, Hashable {
    /// Lower case, diacritics folded, hyphens removed: what exact (`"quoted"`) patterns and prefixes compare.
    var form: [UInt8]
    /// `form` after the word tables: irregular forms, misspellings and American spellings unified.
    var canonical: [UInt8]
    /// The Snowball stem of `canonical`, with a final double `l` made single: what ordinary pattern words compare.
    var stem: [UInt8]
}

/// Runs one written word through folding, contraction expansion, the word tables and the stemmer. Patterns and
/// answers both go through here, which is what guarantees that a pattern word and the same word in an answer meet.
struct WordAnalyzer: Sendable {
    let normalizer = WordNormalizer()
    let stemmer = SnowballEnglishStemmer()
    let tables: WordTables

    init(tables: WordTables = .builtIn) {
        self.tables = tables
    }

    /// The parts of a written word (`didn't` gives `did` and `not`); empty if nothing of it is left after folding.
    func parts(of word: UnsafeBufferPointer<UInt8>, hasNonASCII: Bool) -> [WordPart] {
        var folded: [UInt8] = []
        guard normalizer.fold(word, hasNonASCII: hasNonASCII, into: &folded) else { return [] }
        let (first, second) = normalizer.expandContraction(folded)
        var parts = [part(first)]
        if let second { parts.append(part(second)) }
        return parts
    }

    /// The parts of a word given as a string (pattern words, the `stem` command).
    func parts(of word: String) -> [WordPart] {
        withUTF8Bytes(of: word) { bytes in
            parts(of: bytes, hasNonASCII: bytes.contains { $0 >= 0x80 } || bytes.contains(UInt8(ascii: "`")))
        }
    }

    private func part(_ folded: [UInt8]) -> WordPart {
        let joined = folded.contains(UInt8(ascii: "-")) ? folded.filter { $0 != UInt8(ascii: "-") } : folded
        let canonical = tables.canonical(joined)
        var stem: [UInt8] = []
        canonical.withUnsafeBufferPointer { stemmer.stem(utf8: $0, into: &stem) }
        // Snowball keeps the doubled l of British inflections (travelled → travell, trialled → triall) but not of
        // the base word (travel): undoubling every final ll makes them meet, and "fill"/"filled" still agree.
        if stem.count > 3, stem[stem.count - 1] == UInt8(ascii: "l"), stem[stem.count - 2] == UInt8(ascii: "l") {
            stem.removeLast()
        }
        return WordPart(form: joined, canonical: canonical, stem: stem)
    }
}
