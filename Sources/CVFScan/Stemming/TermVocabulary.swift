/// Interns the words patterns compare — stems, exact forms and prefixes — as integer symbols, so matching compares
/// integers, never strings. Stems take the symbols 0..<stemCount, then exact forms, then prefixes.
struct TermVocabulary: Sendable {
    private(set) var stems: [[UInt8]: Int32] = [:]
    private(set) var exactForms: [[UInt8]: Int32] = [:]
    private(set) var prefixes: [[UInt8]: Int32] = [:]
    private(set) var prefixLengths: [Int] = []
    /// The text of each symbol, for explanations and debugging.
    private(set) var symbolNames: [String] = []

    private var pendingExact: [[UInt8]] = []
    private var pendingPrefixes: [[UInt8]] = []
    private var sealed = false

    /// Interns a stem. All stems must be added before exact forms and prefixes are sealed into symbols.
    mutating func stemSymbol(_ stem: [UInt8]) -> Int32 {
        if let symbol = stems[stem] { return symbol }
        let symbol = Int32(stems.count)
        stems[stem] = symbol
        symbolNames.append(String(decoding: stem, as: UTF8.self))
        return symbol
    }

    /// Registers an exact form; its symbol is known after ``seal()``.
    mutating func addExactForm(_ form: [UInt8]) {
        pendingExact.append(form)
    }

    /// Registers a prefix; its symbol is known after ``seal()``.
    mutating func addPrefix(_ prefix: [UInt8]) {
        pendingPrefixes.append(prefix)
    }

    /// Assigns symbols to exact forms and prefixes, after every stem.
    mutating func seal() {
        guard !sealed else { return }
        sealed = true
        for form in pendingExact where exactForms[form] == nil {
            exactForms[form] = Int32(symbolNames.count)
            symbolNames.append("\"" + String(decoding: form, as: UTF8.self) + "\"")
        }
        for prefix in pendingPrefixes where prefixes[prefix] == nil {
            prefixes[prefix] = Int32(symbolNames.count)
            symbolNames.append(String(decoding: prefix, as: UTF8.self) + "*")
        }
        prefixLengths = Array(Set(prefixes.keys.map(\.count))).sorted()
        pendingExact = []
        pendingPrefixes = []
    }

    var symbolCount: Int { symbolNames.count }

    /// Stems, exact forms and prefixes in symbol order, for the compiled-lexicon cache.
    var orderedEntries: (stems: [[UInt8]], exactForms: [[UInt8]], prefixes: [[UInt8]]) {
        (stems.sorted { $0.value < $1.value }.map(\.key),
         exactForms.sorted { $0.value < $1.value }.map(\.key),
         prefixes.sorted { $0.value < $1.value }.map(\.key))
    }

    /// A vocabulary with these entries in this order, so every symbol gets the number it had when written.
    init(stems: [[UInt8]], exactForms: [[UInt8]], prefixes: [[UInt8]]) {
        for stem in stems { _ = stemSymbol(stem) }
        for form in exactForms { addExactForm(form) }
        for prefix in prefixes { addPrefix(prefix) }
        seal()
    }

    init() {}

    /// The symbols a word part carries: its stem, its exact form, and every prefix its form starts with.
    func symbols(of part: WordPart, into symbols: inout [Int32]) {
        if let stem = stems[part.stem] { symbols.append(stem) }
        if let exact = exactForms[part.form] { symbols.append(exact) }
        guard !prefixes.isEmpty else { return }
        for length in prefixLengths {
            for candidate in [part.form, part.canonical] where candidate.count >= length {
                if let prefix = prefixes[Array(candidate.prefix(length))], !symbols.contains(prefix) {
                    symbols.append(prefix)
                }
            }
        }
    }
}
