/// Scores answers against the frameworks of a lexicon.
///
/// A scanner compiles its frameworks' patterns once; it is immutable and `Sendable`, so one scanner serves any
/// number of threads. ``scan(_:id:)`` is the whole pipeline for one answer. For many answers on one thread, a
/// ``ScanSession`` reuses its buffers and its cache of analysed words.
///
/// ```swift
/// let scanner = try EvidenceScanner.builtIn(frameworks: ["cvf"])
/// let report = scanner.scan("I owned up to my mistake and put it right.")
/// print(report.dimension("cvf/take-ownership")?.band ?? .none)
/// ```
public struct EvidenceScanner: Sendable {
    let compiled: CompiledLexicon
    /// Thresholds and other settings.
    public let options: ScanOptions

    /// Compiles the given frameworks of a lexicon.
    ///
    /// - Parameter frameworks: framework ids in report order; an empty list means every framework.
    /// - Throws: ``LexiconError/unknownFramework(id:available:)`` for an id the lexicon lacks.
    public init(lexicon: Lexicon, frameworks: [String], options: ScanOptions = ScanOptions()) throws(LexiconError) {
        let selected = frameworks.isEmpty ? lexicon.frameworks.map(\.id) : frameworks
        compiled = try PatternCompiler(analyzer: WordAnalyzer()).compile(lexicon, frameworks: selected)
        self.options = options
    }

    /// A scanner over the built-in lexicons. The compiled lexicons are cached on disk between runs (see the
    /// README), so after the first run this costs milliseconds; the result is the same either way.
    ///
    /// - Parameter frameworks: framework ids in report order; an empty list means every built-in framework.
    public static func builtIn(frameworks: [String] = ["cvf"], options: ScanOptions = ScanOptions()) throws(LexiconError) -> EvidenceScanner {
        let selected = frameworks.isEmpty ? Lexicon.builtInFrameworkIDs : frameworks
        let key = CompiledLexiconCache.key(frameworks: selected)
        // The cache holds the word tables too, so a warm start never parses them.
        if let compiled = CompiledLexiconCache.load(key: key), compiled.frameworkIDs == selected {
            return EvidenceScanner(compiled: compiled, options: options)
        }
        let scanner = try EvidenceScanner(lexicon: try Lexicon.builtIn(frameworks: selected), frameworks: selected, options: options)
        CompiledLexiconCache.store(scanner.compiled, key: key)
        return scanner
    }

    init(compiled: CompiledLexicon, options: ScanOptions) {
        self.compiled = compiled
        self.options = options
    }

    /// The lexicon the scanner was compiled from.
    public var lexicon: Lexicon { compiled.lexicon }
    /// The frameworks scored, in report order.
    public var frameworks: [String] { compiled.frameworkIDs }
    /// The dimensions reported, in report order.
    public var dimensions: [Dimension] { compiled.dimensions }
    /// How many patterns were compiled.
    public var patternCount: Int { compiled.patterns.count }

    /// Scans one answer.
    public func scan(_ text: String, id: String? = nil) -> Report {
        makeSession().scan(text, id: id)
    }

    /// A session for scanning many answers on one thread.
    public func makeSession() -> ScanSession {
        ScanSession(scanner: self)
    }
}
