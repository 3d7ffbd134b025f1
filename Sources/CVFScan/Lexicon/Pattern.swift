/// A pattern of words whose match in an answer evidences a behaviour (or evidences against it).
public struct Pattern: Sendable, Hashable {
    /// How a pattern's match counts.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// Evidence of the behaviour, with the behaviour's polarity (`pattern:`).
        case evidence = "pattern"
        /// Evidence against the behaviour, with the opposite polarity (`against:`).
        case against
        /// The framework's own words (`vocabulary:`): shown, counted for the buzzwords flag, weighted lightly.
        case vocabulary
    }

    /// The pattern as written in the lexicon, without its weight.
    public var text: String
    /// How its match counts.
    public var role: Role
    /// The weight given after `@`, or the role's default.
    public var weight: Double
    /// The full id of the behaviour it belongs to.
    public var behaviourID: String
    /// The parsed pattern.
    public var elements: [PatternElement]
    /// Where the pattern is written.
    public var location: SourceLocation

    /// Creates a pattern.
    public init(
        text: String, role: Role, weight: Double, behaviourID: String, elements: [PatternElement],
        location: SourceLocation
    ) {
        self.text = text
        self.role = role
        self.weight = weight
        self.behaviourID = behaviourID
        self.elements = elements
        self.location = location
    }
}

// Not `indirect`: the nested cases hold arrays, which are references already, so no element needs a box of its own
// (thousands of small allocations when a lexicon is parsed or read from the cache).
/// One element of a pattern (see `Lexicons/FORMAT.md`).
public enum PatternElement: Sendable, Hashable {
    /// A word matched on its normalised, stemmed term.
    case word(String)
    /// Words matched on their exact (lower-cased) form, from a quoted part.
    case exact([String])
    /// Any word whose form starts with these letters (`respons*`).
    case prefix(String)
    /// One of these sequences, or nothing (`[...]`).
    case optional([[PatternElement]])
    /// One of these sequences (`(... | ...)`).
    case alternatives([[PatternElement]])
    /// Up to this many other words (`...N`).
    case gap(Int)
}

extension Pattern {
    /// Weight of a `vocabulary:` pattern without an explicit `@weight`: the framework's own words are shown, but
    /// pasting them is not evidence of doing what they describe.
    public static let defaultVocabularyWeight = 0.2
}
