/// The word unification tables of `Lexicons/`: `word-forms.txt` (irregular verb forms, irregular plurals, common
/// misspellings → one form) and `spelling-variants.txt` (American → British spelling). Applied to every word of
/// patterns and answers alike before stemming, so variants meet: `took` and `take`, `organization` and
/// `organisation`, `recieved` and `received`.
struct WordTables: Sendable {
    private(set) var wordForms: [[UInt8]: [UInt8]] = [:]
    private(set) var spellingVariants: [[UInt8]: [UInt8]] = [:]

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
    @inline(__always)
    func canonical(_ word: [UInt8]) -> [UInt8] {
        let form = wordForms[word] ?? word
        return spellingVariants[form] ?? form
    }

    /// Parses a `variant canonical` table, returning the pairs and a diagnostic per malformed line.
    static func parse(_ text: String, file: String) -> (table: [[UInt8]: [UInt8]], diagnostics: [LexiconDiagnostic]) {
        var table: [[UInt8]: [UInt8]] = [:]
        var firstLine: [[UInt8]: Int] = [:]
        var diagnostics: [LexiconDiagnostic] = []
        var lineNumber = 0
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var bytes = Array(line)
            if bytes.last == 0x0D { bytes.removeLast() }
            let fields = bytes.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 })
            guard let first = fields.first, first.first != UInt8(ascii: "#") else { continue }
            guard fields.count == 2 else {
                diagnostics.append(LexiconDiagnostic(.error, at: SourceLocation(file: file, line: lineNumber, column: 1),
                    "expected 'variant canonical' (two words), found \(fields.count) word\(fields.count == 1 ? "" : "s")"))
                continue
            }
            let variant = Array(fields[0])
            if let previous = firstLine[variant] {
                diagnostics.append(LexiconDiagnostic(.error, at: SourceLocation(file: file, line: lineNumber, column: 1),
                    "duplicate variant '\(String(decoding: variant, as: UTF8.self))' (first given at line \(previous))"))
                continue
            }
            firstLine[variant] = lineNumber
            table[variant] = Array(fields[1])
        }
        return (table, diagnostics)
    }
}
