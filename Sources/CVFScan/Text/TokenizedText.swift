/// A text with its tokens and sentences.
public struct TokenizedText: Sendable {
    /// The text that was tokenised.
    public let text: String
    /// The tokens in text order.
    public var tokens: [Token]

    /// Creates a tokenised text from its tokens.
    public init(text: String, tokens: [Token]) {
        self.text = text
        self.tokens = tokens
    }

    /// Ranges of token indices, one per sentence, in order. Every token belongs to exactly one sentence.
    public var sentences: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (position, token) in tokens.enumerated() where token.flags.contains(.sentenceStart) && position > start {
            ranges.append(start..<position)
            start = position
        }
        if start < tokens.count { ranges.append(start..<tokens.count) }
        return ranges
    }

    /// The text of one token.
    public func text(of token: Token) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: token.utf8Range.lowerBound)
        let end = utf8.index(start, offsetBy: token.utf8Range.count)
        return text[start..<end]
    }
}
