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

    /// The pattern as written in the lexicon, without its weight. A pattern restored from the compiled-lexicon
    /// cache makes it from the file at each read (only the patterns a report shows are ever read).
    public var text: String {
        get { textStorage.text }
        set { textStorage = .string(newValue) }
    }
    /// How its match counts.
    public var role: Role
    /// The weight given after `@`, or the role's default.
    public var weight: Double
    /// The full id of the behaviour it belongs to.
    public var behaviourID: String
    /// The parsed pattern.
    ///
    /// A pattern restored from the compiled-lexicon cache keeps its elements encoded and decodes them at each
    /// read: scanning never reads them, and decoding thousands of element trees was most of a warm start-up.
    public var elements: [PatternElement] {
        get { elementStorage.elements }
        set { elementStorage = .parsed(newValue) }
    }
    /// Where the pattern is written.
    public var location: SourceLocation
    var elementStorage: PatternElementStorage
    var textStorage: PatternTextStorage

    /// Creates a pattern.
    public init(
        text: String, role: Role, weight: Double, behaviourID: String, elements: [PatternElement],
        location: SourceLocation
    ) {
        self.textStorage = .string(text)
        self.role = role
        self.weight = weight
        self.behaviourID = behaviourID
        self.elementStorage = .parsed(elements)
        self.location = location
    }

    /// A pattern whose text and elements may still be encoded (see ``text`` and ``elements``).
    init(
        textStorage: PatternTextStorage, role: Role, weight: Double, behaviourID: String,
        elementStorage: PatternElementStorage, location: SourceLocation
    ) {
        self.textStorage = textStorage
        self.role = role
        self.weight = weight
        self.behaviourID = behaviourID
        self.elementStorage = elementStorage
        self.location = location
    }

    /// Two patterns are equal when everything written about them is, however their elements are stored.
    public static func == (left: Pattern, right: Pattern) -> Bool {
        left.text == right.text && left.role == right.role && left.weight == right.weight
            && left.behaviourID == right.behaviourID && left.location == right.location && left.elements == right.elements
    }

    /// Hashes what ``==`` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(role)
        hasher.combine(weight)
        hasher.combine(behaviourID)
        hasher.combine(location)
        hasher.combine(elements)
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
