/// The forms one written word is compared in: what a lexicon author needs to see to know why a pattern does or
/// does not match.
public struct Term: Sendable, Hashable {
    /// Lower case, diacritics folded, hyphens removed (what `"exact"` patterns and `prefix*` compare).
    public var form: String
    /// After the word tables: irregular verb forms, misspellings and American spellings unified.
    public var canonical: String
    /// The Snowball stem of `canonical` (what ordinary pattern words compare).
    public var stem: String
}

/// A text as the scanner sees it: tokens with sentence and clause marks, and the terms of every word.
public struct AnalysedText: Sendable {
    /// The text.
    public var text: String
    /// Its tokens, with clause-boundary words (`but`, `however`) flagged as well as punctuation.
    public var tokens: [Token]
    /// Token index ranges, one per sentence.
    public var sentences: [Range<Int>]
    /// The terms of each token (empty for punctuation); a contraction has two.
    public var terms: [[Term]]
}

/// Tokenises and normalises text the way the scanner does, for inspection (`cvfscan tokens`, `cvfscan stem
/// --normalise`) and for programs that want the pipeline's first stages on their own.
public struct TextAnalyzer: Sendable {
    private let analyzer = WordAnalyzer()
    private let scanner: EvidenceScanner?

    /// Creates an analyser.
    public init() {
        scanner = try? EvidenceScanner(lexicon: Lexicon(), frameworks: [])
    }

    /// The terms of one word as written (`didn't` gives `did` and `not`).
    public func terms(of word: String) -> [Term] {
        analyzer.parts(of: word).map(Self.term)
    }

    /// Tokens, sentences and terms of a text.
    public func analyse(_ text: String) -> AnalysedText {
        var tokens: [Token]
        if let scanner {
            let session = scanner.makeSession()
            session.analyse(text)
            tokens = session.state.tokens
        } else {
            tokens = Tokenizer().tokenize(text).tokens
        }
        let tokenized = TokenizedText(text: text, tokens: tokens)
        let terms: [[Term]] = tokens.map { token in
            guard token.kind == .word || token.kind == .number else { return [] }
            return analyzer.parts(of: String(tokenized.text(of: token))).map(Self.term)
        }
        return AnalysedText(text: text, tokens: tokens, sentences: tokenized.sentences, terms: terms)
    }

    private static func term(_ part: WordPart) -> Term {
        Term(form: String(decoding: part.form, as: UTF8.self), canonical: String(decoding: part.canonical, as: UTF8.self),
             stem: String(decoding: part.stem, as: UTF8.self))
    }
}
