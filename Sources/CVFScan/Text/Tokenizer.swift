/// Splits text into tokens, sentences and clauses in one pass over its UTF-8 bytes.
///
/// ASCII takes a table-driven fast path; other characters are classified by their Unicode properties.
/// Sentences end at `.` `!` `?`, at line breaks, before bullets and after headings such as `Situation:`, but not
/// after abbreviations (`e.g.`, `Mr.`, `PC`, `No.`) or inside decimals. Clause boundaries (`,` `;` `:`, brackets,
/// dashes, ellipses) are flagged on the punctuation token; clause words such as `but` are flagged later, by
/// ``TextAnalyzer``, because that needs the word's normalised form.
public struct Tokenizer: Sendable {
    /// Creates a tokeniser.
    public init() {}

    /// Tokenises `text`.
    public func tokenize(_ text: String) -> TokenizedText {
        var tokens: [Token] = []
        withUTF8Bytes(of: text) { bytes in
            tokenize(utf8: bytes, into: &tokens)
        }
        return TokenizedText(text: text, tokens: tokens)
    }

    /// Tokenises UTF-8 bytes, appending to `tokens` (which is emptied first, keeping its capacity).
    func tokenize(utf8 bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        var scanner = TokenizerState(bytes: bytes)
        var buffer = TokenBuffer(capacity: min(bytes.count / 4, 1 << 16))
        scanner.run(into: &buffer)
        buffer.moveAll(to: &tokens)
    }
}

/// Calls `body` with the contiguous UTF-8 bytes of `text`, copying only if the string is not stored natively.
func withUTF8Bytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    if let result = try text.utf8.withContiguousStorageIfAvailable(body) {
        return result
    }
    var copy = text
    copy.makeContiguousUTF8()
    return try copy.withUTF8(body)
}

/// The tokens of one text as they are found: growable storage written without `Array`'s per-append uniqueness
/// check, which cost more than the rest of writing a token. Moved into an array once the text is done.
private struct TokenBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<Token>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = UnsafeMutablePointer<Token>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    @inline(__always)
    mutating func append(_ token: Token) {
        if count == capacity { grow() }
        (base + count).initialize(to: token)
        count += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    var last: Token? {
        count > 0 ? base[count - 1] : nil
    }

    subscript(position: Int) -> Token {
        get { base[position] }
        set { base[position] = newValue }
    }

    /// Appends every token to `tokens` and leaves this buffer empty.
    mutating func moveAll(to tokens: inout [Token]) {
        tokens.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        count = 0
    }
}

/// The tokeniser's working state: a cursor over the bytes plus what it has to remember between tokens.
private struct TokenizerState {
    let bytes: UnsafeBufferPointer<UInt8>
    /// `CharacterClass.asciiTable`, held here because reaching a global from the hot loop costs a call each time.
    let table: [CharacterClass]
    var index = 0
    var codePoint = 0
    /// The next token starts a sentence.
    var sentencePending = true
    /// Only spaces since the last line break: bullets are recognised here.
    var atLineStart = true
    /// Word and number tokens in the current sentence, for recognising headings.
    var wordsInSentence = 0
    /// The current sentence began at the start of a line.
    var sentenceBeganOnNewLine = true

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.table = CharacterClass.asciiTable
    }

    mutating func run(into tokens: inout TokenBuffer) {
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            // One space between words is most of what is not a word.
            if byte == UInt8(ascii: " ") {
                index += 1
                codePoint += 1
                continue
            }
            var characterClass = table[Int(byte)]
            // Words next: a plain branch here is predicted far better than the jump table below.
            if characterClass == .lowerLetter || characterClass == .upperLetter {
                if !scanPlainWord(into: &tokens) { scanWord(into: &tokens) }
                continue
            }
            var scalarLength = 1
            if characterClass == .nonASCII {
                let decoded = decodeScalar(bytes, at: index)
                scalarLength = decoded.length
                characterClass = CharacterClass.classify(scalarValue: decoded.value)
            }
            switch characterClass {
            case .space, .ignorable:
                index += scalarLength
                codePoint += 1
            case .lineFeed, .carriageReturn:
                if characterClass == .carriageReturn, index + 1 < count, bytes[index + 1] == 0x0A {
                    index += 1
                    codePoint += 1
                }
                index += scalarLength
                codePoint += 1
                breakSentence()
                atLineStart = true
            case .upperLetter, .lowerLetter, .digit:
                scanWord(into: &tokens)
            case .fullStop:
                scanFullStop(into: &tokens)
            case .sentencePunctuation:
                let start = (index, codePoint)
                repeat {
                    advanceOneScalar()
                } while index < count && (classAt(index) == .sentencePunctuation)
                emit(.punctuation, [.sentenceEnd], from: start, into: &tokens)
                sentencePending = true
            case .clausePunctuation, .bracket:
                let start = (index, codePoint)
                advanceOneScalar()
                emit(.punctuation, [.clauseBoundary], from: start, into: &tokens)
            case .colon:
                let start = (index, codePoint)
                advanceOneScalar()
                if isHeadingColon(tokens: tokens) {
                    markSentenceAsHeading(&tokens)
                    emit(.punctuation, [.sentenceEnd, .heading], from: start, into: &tokens)
                    sentencePending = true
                } else {
                    emit(.punctuation, [.clauseBoundary], from: start, into: &tokens)
                }
            case .quotation, .apostrophe:
                let start = (index, codePoint)
                advanceOneScalar()
                // A closing quote right after a sentence's full stop belongs to that sentence: "Stop." Then...
                if sentencePending, let previous = tokens.last, previous.flags.contains(.sentenceEnd),
                   previous.storedUTF8End == Int32(truncatingIfNeeded: start.0) {
                    tokens.append(Token(kind: .punctuation, flags: [.quotation], utf8Range: start.0..<index,
                                        codePointRange: start.1..<codePoint))
                } else {
                    emit(.punctuation, [.quotation], from: start, into: &tokens)
                }
            case .hyphen, .asterisk, .dash, .bullet:
                scanDashOrBullet(characterClass, into: &tokens)
            case .ellipsis:
                let start = (index, codePoint)
                advanceOneScalar()
                emit(.punctuation, [.clauseBoundary], from: start, into: &tokens)
            case .otherPunctuation:
                let start = (index, codePoint)
                advanceOneScalar()
                emit(.punctuation, [], from: start, into: &tokens)
            case .letterContinuation, .symbol, .nonASCII:
                scanSymbols(into: &tokens)
            }
        }
    }

    // MARK: Cursor helpers

    @inline(__always)
    func classAt(_ position: Int) -> CharacterClass {
        let characterClass = table[Int(bytes[position])]
        if characterClass != .nonASCII { return characterClass }
        return CharacterClass.classify(scalarValue: decodeScalar(bytes, at: position).value)
    }

    @inline(__always)
    mutating func advanceOneScalar() {
        if bytes[index] < 0x80 {
            index += 1
        } else {
            index += decodeScalar(bytes, at: index).length
        }
        codePoint += 1
    }

    /// The class of the scalar at `position` and the position after it, or nil at the end.
    @inline(__always)
    func peek(_ position: Int) -> (characterClass: CharacterClass, next: Int)? {
        guard position < bytes.count else { return nil }
        let byte = bytes[position]
        let characterClass = table[Int(byte)]
        if characterClass != .nonASCII { return (characterClass, position + 1) }
        let decoded = decodeScalar(bytes, at: position)
        return (CharacterClass.classify(scalarValue: decoded.value), position + decoded.length)
    }

    mutating func breakSentence() {
        sentencePending = true
    }

    mutating func emit(
        _ kind: Token.Kind, _ flags: Token.Flags, from start: (byte: Int, codePoint: Int), into tokens: inout TokenBuffer
    ) {
        var flags = flags
        if sentencePending {
            flags.insert(.sentenceStart)
            sentencePending = false
            wordsInSentence = 0
            sentenceBeganOnNewLine = atLineStart
        }
        if kind == .word || kind == .number { wordsInSentence += 1 }
        atLineStart = false
        tokens.append(Token(kind: kind, flags: flags, utf8Range: start.byte..<index, codePointRange: start.codePoint..<codePoint))
    }

    // MARK: Words and numbers

    mutating func scanWord(into tokens: inout TokenBuffer) {
        let start = (index, codePoint)
        let count = bytes.count
        var flags: Token.Flags = []
        var allDigits = true
        var letterCount = 0
        var first = true
        while index < count {
            let byte = bytes[index]
            // Runs of ASCII lower-case letters are most of any English answer: no table, no switch.
            if byte &- UInt8(ascii: "a") < 26 {
                // Eight bytes at a time while they can be read, so the end of a word costs no mispredicted branch.
                let position = lowercaseRunEnd(from: index + 1)
                let run = position - index
                allDigits = false
                letterCount += run
                first = false
                index = position
                codePoint += run
                // The word ends at a space far more often than anywhere else.
                if position < count, bytes[position] == UInt8(ascii: " ") {
                    finishWord(start: start, flags: flags, allDigits: false, letterCount: letterCount, into: &tokens)
                    return
                }
                continue
            }
            var characterClass = table[Int(byte)]
            var length = 1
            if characterClass == .nonASCII {
                let decoded = decodeScalar(bytes, at: index)
                length = decoded.length
                characterClass = CharacterClass.classify(scalarValue: decoded.value)
                if characterClass == .upperLetter || characterClass == .lowerLetter || characterClass == .digit
                    || characterClass == .letterContinuation || characterClass == .apostrophe
                    || characterClass == .hyphen {
                    flags.insert(.nonASCII)
                }
            }
            switch characterClass {
            case .upperLetter, .lowerLetter:
                if first && characterClass == .upperLetter { flags.insert(.capitalised) }
                allDigits = false
                letterCount += 1
            case .digit:
                break
            case .letterContinuation:
                break
            case .apostrophe, .hyphen:
                // Internal apostrophes and hyphens join: didn't, officer's, multi-agency, co-ordinated.
                guard let after = peek(index + length), isWordCharacter(after.characterClass) else {
                    // A trailing apostrophe after s is a plural possessive: colleagues'.
                    if characterClass == .apostrophe, !allDigits, index > start.0,
                       bytes[index - 1] | 0x20 == UInt8(ascii: "s"),
                       peek(index + length).map({ !isWordCharacter($0.characterClass) }) ?? true {
                        flags.insert(.apostrophe)
                        index += length
                        codePoint += 1
                    }
                    finishWord(start: start, flags: flags, allDigits: allDigits, letterCount: letterCount, into: &tokens)
                    return
                }
                flags.insert(characterClass == .apostrophe ? .apostrophe : .hyphen)
                allDigits = false
            case .fullStop, .clausePunctuation:
                // Decimals (3.5) and thousands separators (1,000) stay in one number.
                if allDigits, let after = peek(index + 1), after.characterClass == .digit,
                   byte == UInt8(ascii: ".") || hasThreeDigitsThenBoundary(after: index + 1) {
                    break
                }
                // Abbreviations written with internal full stops: e.g., i.e., a.m., U.K.
                if byte == UInt8(ascii: "."), letterCount <= 2, !allDigits, isDottedAbbreviationAhead(from: start.0) {
                    consumeDottedAbbreviation()
                    finishWord(start: start, flags: flags.union(.abbreviation), allDigits: false,
                               letterCount: letterCount, into: &tokens)
                    return
                }
                finishWord(start: start, flags: flags, allDigits: allDigits, letterCount: letterCount, into: &tokens)
                return
            default:
                finishWord(start: start, flags: flags, allDigits: allDigits, letterCount: letterCount, into: &tokens)
                return
            }
            first = false
            index += length
            codePoint += 1
        }
        finishWord(start: start, flags: flags, allDigits: allDigits, letterCount: letterCount, into: &tokens)
    }

    /// The position of the first byte at or after `position` that is not an ASCII lower-case letter.
    @inline(__always)
    func lowercaseRunEnd(from start: Int) -> Int {
        var position = start
        let count = bytes.count
        guard let base = bytes.baseAddress else { return position }
        let high: UInt64 = 0x8080_8080_8080_8080
        while position + 8 <= count {
            let chunk = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
            // Per byte, bit 7 set when the byte is in a...z: at least "a" and not above "z", and ASCII.
            let low7 = chunk & 0x7F7F_7F7F_7F7F_7F7F
            let atLeastA = (low7 &+ 0x1F1F_1F1F_1F1F_1F1F) & high
            let aboveZ = (low7 &+ 0x0505_0505_0505_0505) & high
            let lowercase = atLeastA & ~aboveZ & ~(chunk & high)
            let other = ~lowercase & high
            if other != 0 {
                return position + other.trailingZeroBitCount / 8
            }
            position += 8
        }
        while position < count, bytes[position] &- UInt8(ascii: "a") < 26 { position += 1 }
        return position
    }

    /// Most words are ASCII letters, lower case after the first, ended by a space or punctuation that cannot join
    /// them to more: this takes those in one step and returns false, consuming nothing, for anything else.
    @inline(__always)
    mutating func scanPlainWord(into tokens: inout TokenBuffer) -> Bool {
        let start = index
        let end = lowercaseRunEnd(from: start + 1)
        var endsAtSpace = false
        if end < bytes.count {
            let terminator = bytes[end]
            if terminator == UInt8(ascii: " ") {
                endsAtSpace = true
            } else {
                switch table[Int(terminator)] {
                case .upperLetter, .lowerLetter, .digit, .apostrophe, .hyphen, .nonASCII:
                    return false
                case .fullStop:
                    // e.g. and i.e. are read by scanWord.
                    if end - start <= 2 { return false }
                default:
                    break
                }
            }
        }
        let flags: Token.Flags = bytes[start] &- UInt8(ascii: "A") < 26 ? [.capitalised] : []
        let length = end - start
        index = end
        codePoint += length
        emit(.word, flags, from: (start, codePoint - length), into: &tokens)
        if endsAtSpace {
            index += 1
            codePoint += 1
        }
        return true
    }

    /// The byte at `position`, lower-cased if it is an ASCII capital.
    func lowercased(_ position: Int) -> UInt8 {
        bytes[position] | (table[Int(bytes[position])] == .upperLetter ? 0x20 : 0)
    }

    @inline(__always)
    func isWordCharacter(_ characterClass: CharacterClass) -> Bool {
        characterClass == .upperLetter || characterClass == .lowerLetter || characterClass == .digit
    }

    func hasThreeDigitsThenBoundary(after position: Int) -> Bool {
        guard position + 3 <= bytes.count else { return false }
        for offset in 0..<3 where table[Int(bytes[position + offset])] != .digit {
            return false
        }
        guard position + 3 < bytes.count else { return true }
        return table[Int(bytes[position + 3])] != .digit
    }

    /// True when the bytes from `wordStart` read like `e.g.` / `i.e.` / `U.K.`: one or two letters, a full stop,
    /// then one or two letters and a full stop.
    func isDottedAbbreviationAhead(from wordStart: Int) -> Bool {
        var position = index + 1
        var letters = 0
        while position < bytes.count, letters < 3 {
            let characterClass = table[Int(bytes[position])]
            guard characterClass == .upperLetter || characterClass == .lowerLetter else { break }
            letters += 1
            position += 1
        }
        return letters >= 1 && letters <= 2 && position < bytes.count && bytes[position] == UInt8(ascii: ".")
    }

    mutating func consumeDottedAbbreviation() {
        // Consume ".x." groups (and a further one for forms such as "a.s.a.p.").
        while index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            var position = index + 1
            var letters = 0
            while position < bytes.count {
                let characterClass = table[Int(bytes[position])]
                guard characterClass == .upperLetter || characterClass == .lowerLetter else { break }
                letters += 1
                position += 1
            }
            if letters >= 1, letters <= 2, position < bytes.count, bytes[position] == UInt8(ascii: ".") {
                codePoint += position - index
                index = position
            } else {
                break
            }
        }
        // The final full stop belongs to the abbreviation.
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            codePoint += 1
        }
    }

    mutating func finishWord(
        start: (Int, Int), flags: Token.Flags, allDigits: Bool, letterCount: Int, into tokens: inout TokenBuffer
    ) {
        let startsLine = atLineStart
        // "1." or "2)" at the start of a line is a list bullet, not a number ending a sentence.
        if allDigits, startsLine, index - start.0 <= 3, index < bytes.count,
           bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")"),
           index + 1 >= bytes.count || table[Int(bytes[index + 1])] == .space {
            index += 1
            codePoint += 1
            breakSentence()
            emit(.punctuation, [.bullet], from: start, into: &tokens)
            return
        }
        emit(allDigits ? .number : .word, flags, from: start, into: &tokens)
    }

    // MARK: Full stops

    mutating func scanFullStop(into tokens: inout TokenBuffer) {
        let start = (index, codePoint)
        var length = 0
        while index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            codePoint += 1
            length += 1
        }
        if length >= 2 {
            // An ellipsis trails off mid-thought more often than it ends a sentence.
            emit(.punctuation, [.clauseBoundary], from: start, into: &tokens)
            return
        }
        if let previous = tokens.last, previous.storedUTF8End == Int32(truncatingIfNeeded: start.0),
           previous.kind == .word, isAbbreviation(previous, followedByNumber: nextNonSpaceIsDigit()) {
            tokens[tokens.count - 1].flags.insert(.abbreviation)
            emit(.punctuation, [], from: start, into: &tokens)
            return
        }
        emit(.punctuation, [.sentenceEnd], from: start, into: &tokens)
        sentencePending = true
    }

    func nextNonSpaceIsDigit() -> Bool {
        var position = index
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
        return position < bytes.count && table[Int(bytes[position])] == .digit
    }

    /// Abbreviations after which a full stop does not end the sentence.
    func isAbbreviation(_ token: Token, followedByNumber: Bool) -> Bool {
        let range = token.utf8Range
        let length = range.count
        guard length <= 6 else { return false }
        // A single capital letter is an initial (J. Smith), except the pronoun I.
        if length == 1 {
            let byte = bytes[range.lowerBound]
            return table[Int(byte)] == .upperLetter && byte != UInt8(ascii: "I")
        }
        let lowered = PackedWordSet.pack(range.lazy.map(lowercased))
        if Abbreviations.words.contains(lowered) { return true }
        return followedByNumber && Abbreviations.beforeNumbers.contains(lowered)
    }

    // MARK: Headings

    /// A colon after one word starting a sentence (`Situation:`) ends a heading; so does one after two or three
    /// words starting a line when the colon ends the line or a word is a STAR heading word (`What I did:`,
    /// `Action taken:`), but not "Then he said: stop".
    func isHeadingColon(tokens: borrowing TokenBuffer) -> Bool {
        guard wordsInSentence >= 1, wordsInSentence <= 3, !sentencePending else { return false }
        if wordsInSentence > 1 {
            guard sentenceBeganOnNewLine, colonEndsLine() || sentenceHasHeadingWord(tokens) else { return false }
        }
        // Only words since the sentence started.
        var position = tokens.count - 1
        while position >= 0 {
            let token = tokens[position]
            if token.kind != .word { return false }
            if token.flags.contains(.sentenceStart) { break }
            position -= 1
        }
        // A heading stands at the end of its line or is followed by text on the same line; either way the colon
        // must follow the heading word directly.
        guard let last = tokens.last, last.storedUTF8End == Int32(truncatingIfNeeded: index - 1) else { return false }
        return true
    }

    func colonEndsLine() -> Bool {
        var position = index
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == 0x09 { position += 1 }
        return position >= bytes.count || bytes[position] == 0x0A || bytes[position] == 0x0D
    }

    func sentenceHasHeadingWord(_ tokens: borrowing TokenBuffer) -> Bool {
        var position = tokens.count - 1
        while position >= 0 {
            let range = tokens[position].utf8Range
            if range.count <= 10 {
                if Abbreviations.headingWords.contains(range.map(lowercased)) { return true }
            }
            if tokens[position].flags.contains(.sentenceStart) { break }
            position -= 1
        }
        return false
    }

    func markSentenceAsHeading(_ tokens: inout TokenBuffer) {
        var position = tokens.count - 1
        while position >= 0 {
            tokens[position].flags.insert(.heading)
            if tokens[position].flags.contains(.sentenceStart) { break }
            position -= 1
        }
    }

    // MARK: Dashes and bullets

    mutating func scanDashOrBullet(_ characterClass: CharacterClass, into tokens: inout TokenBuffer) {
        let start = (index, codePoint)
        let startsLine = atLineStart
        advanceOneScalar()
        // Runs such as "--" or "**" are one mark.
        while index < bytes.count, classAt(index) == characterClass {
            advanceOneScalar()
        }
        let followedBySpace = index >= bytes.count || classAt(index) == .space
        if characterClass == .bullet || (startsLine && followedBySpace) {
            breakSentence()
            emit(.punctuation, [.bullet], from: start, into: &tokens)
            return
        }
        if characterClass == .asterisk {
            emit(.symbol, [], from: start, into: &tokens)
            return
        }
        // A dash between words marks a clause: "I stayed calm - he was shouting".
        emit(.punctuation, [.clauseBoundary], from: start, into: &tokens)
    }

    // MARK: Symbols

    /// A run of symbols (an emoji with its joiners and modifiers, a currency sign) is one token.
    mutating func scanSymbols(into tokens: inout TokenBuffer) {
        let start = (index, codePoint)
        advanceOneScalar()
        while let next = peek(index),
              next.characterClass == .symbol || next.characterClass == .letterContinuation {
            index = next.next
            codePoint += 1
        }
        emit(.symbol, [], from: start, into: &tokens)
    }
}

/// Abbreviations whose full stop does not end a sentence (lower case, without the stop). Words that are also
/// ordinary English words (`no`, `sat`, `sun`, `may`) are left out, or only count before a number (`No. 5`).
enum Abbreviations {
    /// Every sentence-final word is looked up here, so the words are packed into integers: no allocation, no hashing.
    static let words = PackedWordSet([
        "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "pc", "pcs", "pcso", "dc", "ds", "dci", "sgt", "insp",
        "supt", "vs", "approx", "jr", "sr", "prof", "capt", "lt", "cpl", "dept", "inc", "ltd", "jan", "feb",
        "apr", "jun", "jul", "aug", "sept", "oct", "nov", "cf", "al", "hrs", "yrs", "mins", "esp", "govt",
    ])
    /// Words that make a short line ending in a colon a STAR heading.
    static let headingWords: Set<[UInt8]> = Set([
        "situation", "task", "action", "actions", "result", "results", "outcome", "outcomes", "reflection",
        "learning", "background", "context", "approach", "impact", "what", "how", "why", "star",
    ].map { Array($0.utf8) })
    static let beforeNumbers = PackedWordSet(["no", "nos", "fig", "ref", "tel", "st", "p", "pp", "vol"])
}

/// A set of words of at most eight ASCII bytes, each packed little-endian into a `UInt64`, searched by bisection.
struct PackedWordSet: Sendable {
    private let sorted: [UInt64]
    /// One bit per bucket of ``bucket(_:)`` that holds a word: most words are ruled out by this alone.
    private let buckets: UInt64

    init(_ words: [String]) {
        sorted = words.map { Self.pack($0.utf8) }.sorted()
        buckets = sorted.reduce(0) { $0 | 1 << Self.bucket($1) }
    }

    /// Up to eight bytes packed little-endian: the form ``contains(_:)`` looks up.
    static func pack(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var packed: UInt64 = 0
        for (offset, byte) in bytes.prefix(8).enumerated() { packed |= UInt64(byte) << UInt64(offset * 8) }
        return packed
    }

    @inline(__always)
    private static func bucket(_ packed: UInt64) -> UInt64 {
        (packed &* 0x9E37_79B9_7F4A_7C15) >> 58
    }

    @inline(__always)
    func contains(_ packed: UInt64) -> Bool {
        guard buckets & (1 << Self.bucket(packed)) != 0 else { return false }
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < packed { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == packed
    }
}
