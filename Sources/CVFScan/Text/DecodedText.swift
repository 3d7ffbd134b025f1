/// The result of decoding raw input bytes into text.
public struct DecodedText: Sendable, Equatable {
    /// The decoded text, without any byte order mark.
    public var text: String
    /// The encoding the bytes were decoded from.
    public var encoding: TextEncoding
    /// How many invalid byte sequences (or lone UTF-16 surrogates, or a trailing odd byte of UTF-16)
    /// were replaced with U+FFFD REPLACEMENT CHARACTER. Zero for clean input.
    public var replacedInvalidSequences: Int
    /// True when the input is most likely not text at all (NUL bytes outside UTF-16, or many
    /// control characters), so a caller can refuse it with a clear message instead of scoring noise.
    public var looksBinary: Bool

    /// Creates a decoded text value.
    public init(text: String, encoding: TextEncoding, replacedInvalidSequences: Int, looksBinary: Bool) {
        self.text = text
        self.encoding = encoding
        self.replacedInvalidSequences = replacedInvalidSequences
        self.looksBinary = looksBinary
    }
}
