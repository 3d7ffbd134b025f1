/// The word unification tables of `Lexicons/`: `word-forms.txt` (irregular verb forms, irregular plurals, common
/// misspellings → one form) and `spelling-variants.txt` (American → British spelling). Applied to every word of
/// patterns and answers alike before stemming, so variants meet: `took` and `take`, `organization` and
/// `organisation`, `recieved` and `received`.
struct WordTables: Sendable {
    private(set) var wordForms = ByteStringTable()
    private(set) var spellingVariants = ByteStringTable()

    /// Tables restored from the compiled-lexicon cache.
    init(wordForms: ByteStringTable, spellingVariants: ByteStringTable) {
        self.wordForms = wordForms
        self.spellingVariants = spellingVariants
    }

    init() {}

    /// The built-in tables, parsed once per process.
    static let builtIn: WordTables = {
        var tables = WordTables()
        for file in EmbeddedLexicons.files {
            switch file.name {
            case "word-forms.txt": tables.wordForms = parse(file.contents, file: "Lexicons/" + file.name).table
            case "spelling-variants.txt": tables.spellingVariants = parse(file.contents, file: "Lexicons/" + file.name).table
            default: break
            }
        }
        return tables
    }()

    /// The canonical form of a folded word: word forms first, then spelling.
    func canonical(_ word: [UInt8]) -> [UInt8] {
        let form = wordForms.value(for: word) ?? word
        return spellingVariants.value(for: form) ?? form
    }

    /// Parses a `variant canonical` table, returning the pairs and a diagnostic per malformed line. One pass over the
    /// UTF-8 bytes with no allocation per line: the built-in tables (thousands of lines) load at every start-up.
    static func parse(_ text: String, file: String) -> (table: ByteStringTable, diagnostics: [LexiconDiagnostic]) {
        let bytes = Array(text.utf8)
        var pairs: [(key: Range<Int>, value: Range<Int>)] = []
        pairs.reserveCapacity(bytes.count / 16)
        var diagnostics: [LexiconDiagnostic] = []
        var lineNumber = 0
        var lineStart = 0
        @inline(__always) func isSeparator(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }
        while lineStart < bytes.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var fields: (Range<Int>, Range<Int>) = (0..<0, 0..<0)
            var fieldCount = 0
            var position = lineStart
            while position < lineEnd {
                while position < lineEnd, isSeparator(bytes[position]) { position += 1 }
                let start = position
                while position < lineEnd, !isSeparator(bytes[position]) { position += 1 }
                guard position > start else { continue }
                if fieldCount == 0 { fields.0 = start..<position } else if fieldCount == 1 { fields.1 = start..<position }
                fieldCount += 1
            }
            guard fieldCount > 0, bytes[fields.0.lowerBound] != UInt8(ascii: "#") else { continue }
            guard fieldCount == 2 else {
                diagnostics.append(LexiconDiagnostic(.error, at: SourceLocation(file: file, line: lineNumber, column: 1),
                    "expected 'variant canonical' (two words), found \(fieldCount) word\(fieldCount == 1 ? "" : "s")"))
                continue
            }
            pairs.append((fields.0, fields.1))
        }
        let table = ByteStringTable(text: bytes, pairs: pairs)
        if table.count < pairs.count {
            // Report duplicates with their lines; only the rare broken table pays for this.
            var firstLine: [[UInt8]: Int] = [:]
            var line = 0
            for rawLine in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                line += 1
                let words = rawLine.split(whereSeparator: isSeparator)
                guard words.count == 2, words[0].first != UInt8(ascii: "#") else { continue }
                let variant = Array(words[0])
                if let previous = firstLine[variant] {
                    diagnostics.append(LexiconDiagnostic(.error, at: SourceLocation(file: file, line: line, column: 1),
                        "duplicate variant '\(String(decoding: variant, as: UTF8.self))' (first given at line \(previous))"))
                } else {
                    firstLine[variant] = line
                }
            }
            diagnostics.sort { $0.location < $1.location }
        }
        return (table, diagnostics)
    }
}
