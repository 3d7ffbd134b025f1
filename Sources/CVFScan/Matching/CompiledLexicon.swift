/// A pattern as the scanner uses it: where it comes from, what it evidences and how much.
struct CompiledPattern: Sendable {
    /// Index into the lexicon's patterns.
    var patternIndex: Int
    /// Index into ``CompiledLexicon/behaviours``.
    var behaviourIndex: Int32
    /// Index into ``CompiledLexicon/dimensions``.
    var dimensionIndex: Int32
    /// The polarity a match counts with before negation: the behaviour's for `pattern:` and `vocabulary:`,
    /// the opposite for `against:`.
    var polarity: Polarity
    var role: Pattern.Role
    var weight: Double
    /// Words in the shortest expansion, to prefer longer matches of the same behaviour.
    var length: Int
}

/// The selected frameworks compiled for scanning: immutable, shared by every thread.
final class CompiledLexicon: Sendable {
    let lexicon: Lexicon
    let frameworkIDs: [String]
    /// The dimensions reported, in report order: each selected framework's own, then those it shares.
    let dimensions: [Dimension]
    let behaviours: [Behaviour]
    let patterns: [CompiledPattern]
    let vocabulary: TermVocabulary
    let automaton: PhraseAutomaton
    let analyzer: WordAnalyzer
    /// Per behaviour: its id, its dimension's id, its polarity (copied out so reports never copy `Behaviour`).
    let behaviourIDs: [String]
    let behaviourDimensionIDs: [String]
    let behaviourPolarities: [Polarity]
    let behaviourDimensionIndices: [Int32]

    /// The text of compiled pattern `index`, as written in the lexicon. Looked up per match rather than copied out
    /// for every pattern: a pattern restored from the cache makes its text only when asked.
    func patternText(_ index: Int) -> String {
        lexicon.patterns[patterns[index].patternIndex].text
    }

    /// Where compiled pattern `index` is written.
    func patternLocation(_ index: Int) -> SourceLocation {
        lexicon.patterns[patterns[index].patternIndex].location
    }

    init(
        lexicon: Lexicon, frameworkIDs: [String], dimensions: [Dimension], behaviours: [Behaviour],
        patterns: [CompiledPattern], vocabulary: TermVocabulary, automaton: PhraseAutomaton, analyzer: WordAnalyzer
    ) {
        self.lexicon = lexicon
        self.frameworkIDs = frameworkIDs
        self.dimensions = dimensions
        self.behaviours = behaviours
        self.patterns = patterns
        self.vocabulary = vocabulary
        self.automaton = automaton
        self.analyzer = analyzer
        behaviourIDs = behaviours.map(\.id)
        behaviourDimensionIDs = behaviours.map(\.dimensionID)
        behaviourPolarities = behaviours.map(\.polarity)
        let dimensionIndex = Dictionary(dimensions.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        behaviourDimensionIndices = behaviours.map { dimensionIndex[$0.dimensionID] ?? -1 }
    }
}
