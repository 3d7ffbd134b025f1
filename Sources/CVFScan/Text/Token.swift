/// One token of an answer: a word, a number, a punctuation mark or a symbol, with its place in the text.
///
/// Offsets are stored as 32-bit integers because a scan holds every token of an answer at once; the
/// public ranges are plain `Int` ranges. Answers are limited far below 2 GB (see ``ScanLimits``).
public struct Token: Sendable, Hashable {
    /// What kind of token this is.
    public enum Kind: UInt8, Sendable, Hashable, CustomStringConvertible {
        /// Letters and digits with internal apostrophes and hyphens: `didn't`, `multi-agency`, `1st`.
        case word
        /// Digits, with decimal points and thousands separators: `3.5`, `1,000`.
        case number
        /// Punctuation: `. , ; : ! ? ( ) " -` and their typographic forms, bullets and ellipses.
        case punctuation
        /// Anything else that is not a space: emoji, currency and maths signs.
        case symbol

        public var description: String {
            switch self {
            case .word: "word"
            case .number: "number"
            case .punctuation: "punctuation"
            case .symbol: "symbol"
            }
        }
    }

    /// Facts about a token that later stages (matching, negation scope, agency) rely on.
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }

        /// The first token of a sentence.
        public static let sentenceStart = Flags(rawValue: 1 << 0)
        /// The token ends a clause: `,` `;` `:`, brackets, dashes, an ellipsis, or a word such as `but`,
        /// `however`, `although`. Negation scope stops here.
        public static let clauseBoundary = Flags(rawValue: 1 << 1)
        /// A quotation mark, which matching looks through.
        public static let quotation = Flags(rawValue: 1 << 2)
        /// A list bullet (`•`, `-`, `*`, `1.` at the start of a line).
        public static let bullet = Flags(rawValue: 1 << 3)
        /// Part of a heading such as `Situation:` or `Action:`.
        public static let heading = Flags(rawValue: 1 << 4)
        /// The word starts with an upper-case letter.
        public static let capitalised = Flags(rawValue: 1 << 5)
        /// An abbreviation whose full stop does not end the sentence: `e.g.`, `Mr`, `PC`.
        public static let abbreviation = Flags(rawValue: 1 << 6)
        /// The token contains characters outside ASCII.
        public static let nonASCII = Flags(rawValue: 1 << 7)
        /// The word contains an apostrophe (straight or typographic).
        public static let apostrophe = Flags(rawValue: 1 << 8)
        /// The word contains a hyphen.
        public static let hyphen = Flags(rawValue: 1 << 9)
        /// The token ends a sentence (`.`, `!`, `?`, or the colon of a heading).
        public static let sentenceEnd = Flags(rawValue: 1 << 10)
    }

    /// The kind of token.
    public var kind: Kind
    /// Facts about the token.
    public var flags: Flags
    @usableFromInline var storedUTF8Start: Int32
    @usableFromInline var storedUTF8End: Int32
    @usableFromInline var storedCodePointStart: Int32
    @usableFromInline var storedCodePointEnd: Int32

    /// Creates a token.
    public init(kind: Kind, flags: Flags = [], utf8Range: Range<Int>, codePointRange: Range<Int>) {
        self.kind = kind
        self.flags = flags
        self.storedUTF8Start = Int32(truncatingIfNeeded: utf8Range.lowerBound)
        self.storedUTF8End = Int32(truncatingIfNeeded: utf8Range.upperBound)
        self.storedCodePointStart = Int32(truncatingIfNeeded: codePointRange.lowerBound)
        self.storedCodePointEnd = Int32(truncatingIfNeeded: codePointRange.upperBound)
    }

    /// Byte offsets of the token in the UTF-8 encoding of the text, end exclusive.
    public var utf8Range: Range<Int> { Int(storedUTF8Start)..<Int(storedUTF8End) }

    /// Unicode code-point offsets of the token in the text, end exclusive (Python's `text[start:end]`).
    public var codePointRange: Range<Int> { Int(storedCodePointStart)..<Int(storedCodePointEnd) }
}
