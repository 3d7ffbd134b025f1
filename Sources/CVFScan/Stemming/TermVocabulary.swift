/// The symbols a lexicon's patterns use: stems first (`0..<stems.count`), then exact forms, then prefixes. A word
/// of an answer carries the symbols of its stem, its exact form and every prefix it starts with.
struct TermVocabulary: Sendable {
    private(set) var stems: ByteSymbolTable
    private(set) var exactForms: ByteSymbolTable
    private(set) var prefixes: ByteSymbolTable
    private(set) var prefixLengths: [Int]

    /// A vocabulary numbering `stems`, then `exactForms`, then `prefixes`, each in first-occurrence order (a repeat
    /// keeps its first number).
    init(stems: [[UInt8]], exactForms: [[UInt8]], prefixes: [[UInt8]]) {
        let stemTable = ByteSymbolTable(keys: stems, firstSymbol: 0)
        let exactTable = ByteSymbolTable(keys: exactForms, firstSymbol: Int32(stemTable.count))
        let prefixTable = ByteSymbolTable(keys: prefixes, firstSymbol: Int32(stemTable.count + exactTable.count))
        self.init(stems: stemTable, exactForms: exactTable, prefixes: prefixTable)
    }

    /// A vocabulary from tables restored from the compiled-lexicon cache; nil if their numbers do not follow on.
    init?(restoring stems: ByteSymbolTable, exactForms: ByteSymbolTable, prefixes: ByteSymbolTable) {
        guard stems.firstSymbol == 0, Int(exactForms.firstSymbol) == stems.count,
              Int(prefixes.firstSymbol) == stems.count + exactForms.count else { return nil }
        self.init(stems: stems, exactForms: exactForms, prefixes: prefixes)
    }

    private init(stems: ByteSymbolTable, exactForms: ByteSymbolTable, prefixes: ByteSymbolTable) {
        self.stems = stems
        self.exactForms = exactForms
        self.prefixes = prefixes
        prefixLengths = prefixes.keyLengths
    }

    var symbolCount: Int { stems.count + exactForms.count + prefixes.count }

    /// The symbol of an exact form, or nil.
    func exactFormSymbol(_ form: [UInt8]) -> Int32? {
        exactForms.symbol(for: form)
    }

    /// The symbol of a prefix, or nil.
    func prefixSymbol(_ prefix: [UInt8]) -> Int32? {
        prefixes.symbol(for: prefix)
    }

    /// The symbols a word part carries: its stem, its exact form, and every prefix its form starts with.
    func symbols(of part: WordPart, into symbols: inout [Int32]) {
        if let stem = stems.symbol(for: part.stem) { symbols.append(stem) }
        if let exact = exactForms.symbol(for: part.form) { symbols.append(exact) }
        guard prefixes.count > 0 else { return }
        for length in prefixLengths {
            for candidate in [part.form, part.canonical] where candidate.count >= length {
                let prefix = candidate.withUnsafeBufferPointer { prefixes.symbol(for: UnsafeBufferPointer(rebasing: $0[0..<length])) }
                if let prefix, !symbols.contains(prefix) {
                    symbols.append(prefix)
                }
            }
        }
    }
}
