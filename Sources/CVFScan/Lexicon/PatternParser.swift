/// Parses one pattern (the value of a `pattern:`, `against:` or `vocabulary:` line) into elements, reporting
/// every problem with the column it is at. Works on UTF-8 bytes: the built-in lexicons' thousands of patterns are
/// parsed at every start-up. Columns are counted in characters, and only when a problem is reported.
struct PatternParser {
    struct Parsed {
        var text: String
        var elements: [PatternElement]
        var weight: Double?
    }

    static let maximumExpansions = 256
    static let maximumGap = 12
    static let defaultGap = 4
    static let maximumNesting = 6
    static let weightRange = 0.05...5.0
    /// Errors reported for one pattern before the rest of it is skipped: a line of junk would otherwise give one
    /// error per character, each costing a pass over the line for its column.
    static let maximumDiagnostics = 10

    private let bytes: [UInt8]
    private let location: SourceLocation
    private var position = 0
    private var nesting = 0
    /// Set when the rest of the pattern is skipped (too deep, too many errors); every level then unwinds quietly.
    private var abandoned = false
    private(set) var diagnostics: [LexiconDiagnostic] = []

    init(text: String, location: SourceLocation) {
        self.bytes = Array(text.utf8)
        self.location = location
    }

    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    /// The text of a byte range of the pattern.
    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The character (not byte) offset of a byte offset, for columns in messages.
    private func characterOffset(of byteOffset: Int) -> Int {
        var count = 0
        for index in 0..<min(byteOffset, bytes.count) where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The scalar at a byte offset and its length in bytes.
    private func scalar(at index: Int) -> (value: UInt32, length: Int) {
        bytes.withUnsafeBufferPointer { decodeScalar($0, at: index) }
    }

    /// The character at a byte offset, for messages; one a terminal would act on (an escape, a control, a
    /// direction override) is named by its code point instead, so the message shows what is there.
    private func character(at index: Int) -> String {
        let decoded = scalar(at: index)
        let character = text(index..<min(bytes.count, index + decoded.length))
        guard TerminalSanitizer.sanitize(character, keepNewlines: false) != character else { return character }
        let hex = String(decoded.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    mutating func parse() -> Parsed? {
        let weightStart = findWeight()
        var weight: Double?
        var end = bytes.count
        if let weightStart {
            weight = parseWeight(from: weightStart)
            end = weightStart
            while end > 0, bytes[end - 1] == Self.space || bytes[end - 1] == Self.tab { end -= 1 }
        }
        let elements = parseSequence(until: end)
        if position < end, !abandoned {
            // parseSequence only stops early at a stray closing bracket or bar.
            report(at: position, "unexpected '\(character(at: position))' with no matching opening bracket before it")
        }
        guard diagnostics.isEmpty else { return nil }
        validate(elements, columnOfEnd: end)
        guard diagnostics.isEmpty else { return nil }
        return Parsed(text: text(0..<end), elements: elements, weight: weight)
    }

    // MARK: Weight

    /// The `@` that starts the weight, if the pattern ends with one.
    private func findWeight() -> Int? {
        bytes.lastIndex(of: UInt8(ascii: "@"))
    }

    private mutating func parseWeight(from at: Int) -> Double? {
        let trimmed = Substring(text((at + 1)..<bytes.count)).trimmingSpaces()
        guard let value = Double(trimmed), value.isFinite else {
            report(at: at, "invalid weight '@\(trimmed)': expected a number such as '@1.5' at the end of the pattern")
            return nil
        }
        guard Self.weightRange.contains(value) else {
            report(at: at, "weight \(trimmed) is out of range: weights go from 0.05 to 5")
            return nil
        }
        return value
    }

    // MARK: Elements

    private mutating func report(at index: Int, _ message: String) {
        guard !abandoned else { return }
        var place = location
        place.column += characterOffset(of: index)
        diagnostics.append(LexiconDiagnostic(.error, at: place, message))
        if diagnostics.count >= Self.maximumDiagnostics {
            abandon(at: index, "too many errors in this pattern; the rest of it was not checked")
        }
    }

    /// Reports why the rest of the pattern is skipped and moves to its end, so parsing stops at once: brackets
    /// nested without limit would otherwise recurse until the stack overflows.
    private mutating func abandon(at index: Int, _ message: String) {
        guard !abandoned else { return }
        var place = location
        place.column += characterOffset(of: index)
        diagnostics.append(LexiconDiagnostic(.error, at: place, message))
        abandoned = true
        position = bytes.count
    }

    /// The length in bytes of the word character at `index`, or 0 if it is not one.
    private func wordCharacterLength(at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 {
            let isWord = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            return isWord ? 1 : 0
        }
        let decoded = scalar(at: index)
        guard let value = Unicode.Scalar(decoded.value) else { return 0 }
        return value.properties.isAlphabetic || value.properties.numericType != nil ? decoded.length : 0
    }

    /// The length in bytes of the joiner (apostrophe or hyphen) at `index`, or 0 if it is not one.
    private func joinerLength(at index: Int) -> Int {
        let byte = bytes[index]
        if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-") { return 1 }
        guard byte == 0xE2 else { return 0 }
        let value = scalar(at: index).value
        return value == 0x2019 || value == 0x2010 || value == 0x2011 ? 3 : 0
    }

    private mutating func skipSpaces(until end: Int) {
        while position < end, bytes[position] == Self.space || bytes[position] == Self.tab { position += 1 }
    }

    /// Parses elements until `end`, a `|`, or a closing bracket.
    private mutating func parseSequence(until end: Int) -> [PatternElement] {
        var elements: [PatternElement] = []
        while true {
            skipSpaces(until: end)
            guard position < end else { return elements }
            let byte = bytes[position]
            let value = byte < 0x80 ? UInt32(byte) : scalar(at: position).value
            switch value {
            case 0x7C, 0x29, 0x5D:
                return elements
            case 0x28, 0x5B:
                if let element = parseGroup(until: end) { elements.append(element) }
            case 0x22, 0x201C, 0x201D:
                if let element = parseExact(until: end) { elements.append(element) }
            case 0x2E, 0x2026:
                if let element = parseGap(until: end) { elements.append(element) }
            default:
                if wordCharacterLength(at: position) > 0 {
                    elements.append(parseWord(until: end))
                } else {
                    let length = max(1, scalar(at: position).length)
                    report(at: position, "unexpected character '\(character(at: position))': patterns hold words, \"exact words\", prefix*, [optional words], (alternatives | ...), ... gaps and a final @weight")
                    if !abandoned { position += length }
                }
            }
        }
    }

    private mutating func parseWord(until end: Int) -> PatternElement {
        let start = position
        var letters = 0
        while position < end {
            let length = wordCharacterLength(at: position)
            if length > 0 {
                position += length
                letters += 1
                continue
            }
            let joiner = joinerLength(at: position)
            if joiner > 0, position + joiner < end, wordCharacterLength(at: position + joiner) > 0 {
                position += joiner
            } else {
                break
            }
        }
        let word = text(start..<position)
        if position < end, bytes[position] == UInt8(ascii: "*") {
            position += 1
            if letters < 3 {
                report(at: start, "prefix '\(word)*' is too short: give at least 3 letters before '*' so it cannot match most words")
            }
            return .prefix(word)
        }
        return .word(word)
    }

    private mutating func parseExact(until end: Int) -> PatternElement? {
        let open = position
        position += bytes[position] == 0x22 ? 1 : 3
        var words: [String] = []
        while true {
            skipSpaces(until: end)
            guard position < end else {
                report(at: open, "unterminated quote: expected a closing '\"' before the end of the pattern")
                return nil
            }
            let value = bytes[position] < 0x80 ? UInt32(bytes[position]) : scalar(at: position).value
            if value == 0x22 || value == 0x201D || value == 0x201C {
                position += value == 0x22 ? 1 : 3
                break
            }
            guard wordCharacterLength(at: position) > 0 else {
                let length = max(1, scalar(at: position).length)
                report(at: position, "unexpected '\(character(at: position))' inside quotes: quote only words, e.g. \"sorry\"")
                if !abandoned { position += length }
                continue
            }
            if case .word(let word) = parseWord(until: end) {
                words.append(word)
            } else {
                report(at: position - 1, "'*' inside quotes: a quoted word is matched exactly, so it cannot be a prefix")
            }
        }
        guard !words.isEmpty else {
            report(at: open, "empty quotes: put at least one word between them")
            return nil
        }
        return .exact(words)
    }

    private mutating func parseGap(until end: Int) -> PatternElement? {
        let start = position
        if bytes[position] != UInt8(ascii: ".") {
            position += 3
        } else {
            var dots = 0
            while position < end, bytes[position] == UInt8(ascii: ".") { dots += 1; position += 1 }
            guard dots == 3 else {
                report(at: start, "unexpected '\(String(repeating: ".", count: dots))': a gap is written '...' or '...N' (N words at most)")
                return nil
            }
        }
        let digitStart = position
        while position < end, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
            position += 1
        }
        let digits = text(digitStart..<position)
        guard !digits.isEmpty else { return .gap(Self.defaultGap) }
        guard let width = Int(digits), width >= 1, width <= Self.maximumGap else {
            report(at: start, "gap of \(digits) words is out of range: gaps allow 1 to \(Self.maximumGap) words")
            return nil
        }
        return .gap(width)
    }

    private mutating func parseGroup(until end: Int) -> PatternElement? {
        let open = position
        let opening: Character = bytes[position] == UInt8(ascii: "(") ? "(" : "["
        let expectedClosing: Character = opening == "(" ? ")" : "]"
        position += 1
        nesting += 1
        defer { nesting -= 1 }
        if nesting > Self.maximumNesting {
            abandon(at: open, "brackets nested too deeply: at most \(Self.maximumNesting) levels")
            return nil
        }
        var alternatives: [[PatternElement]] = []
        while true {
            let alternativeStart = position
            let sequence = parseSequence(until: end)
            guard position < end else {
                report(at: open, "unbalanced '\(opening)': expected '\(expectedClosing)' before the end of the pattern")
                return nil
            }
            let found = Character(Unicode.Scalar(bytes[position]))
            if sequence.isEmpty {
                report(at: alternativeStart, "empty alternative in '\(opening)…\(expectedClosing)': put words on both sides of every '|'")
            }
            alternatives.append(sequence)
            if found == "|" {
                position += 1
                continue
            }
            if found != expectedClosing {
                report(at: position, "expected '\(expectedClosing)' to close the '\(opening)' at column \(location.column + characterOffset(of: open)), found '\(found)'")
            }
            position += 1
            break
        }
        for alternative in alternatives where alternative.contains(where: { if case .gap = $0 { true } else { false } }) {
            _ = alternative
            report(at: open, "a gap can only stand in the pattern's main sequence, not inside '\(opening)…\(expectedClosing)'")
            break
        }
        return opening == "(" ? .alternatives(alternatives) : .optional(alternatives)
    }

    // MARK: Whole-pattern checks

    private mutating func validate(_ elements: [PatternElement], columnOfEnd end: Int) {
        guard Self.minimumWords(elements) >= 1 else {
            report(at: 0, "pattern with no words: at least one word must be required, not only optional parts or gaps")
            return
        }
        if case .gap = elements.first {
            report(at: 0, "a gap cannot start a pattern: put a word before '...'")
        }
        if case .gap = elements.last {
            report(at: max(0, end - 1), "a gap cannot end a pattern: put a word after '...'")
        }
        for index in elements.indices.dropFirst() {
            if case .gap = elements[index], case .gap = elements[index - 1] {
                report(at: 0, "two gaps in a row: write one gap with the total width, e.g. '...6'")
            }
        }
        let expansions = Self.expansionCount(elements)
        if expansions > Self.maximumExpansions {
            report(at: 0, "pattern expands to \(expansions) word sequences, more than \(Self.maximumExpansions): split it into several patterns")
        }
    }

    static func minimumWords(_ elements: [PatternElement]) -> Int {
        elements.reduce(0) { total, element in
            switch element {
            case .word, .prefix: total + 1
            case .exact(let words): total + words.count
            case .optional, .gap: total
            case .alternatives(let alternatives): total + (alternatives.map(minimumWords).min() ?? 0)
            }
        }
    }

    /// How many word sequences the pattern stands for, saturating so huge patterns cannot overflow.
    static func expansionCount(_ elements: [PatternElement]) -> Int {
        var product = 1
        for element in elements {
            let count: Int
            switch element {
            case .word(let word): count = word.unicodeScalars.contains { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" } ? 2 : 1
            case .exact, .prefix, .gap: count = 1
            case .optional(let alternatives): count = 1 + alternatives.reduce(0) { min($0 + expansionCount($1), 1 << 20) }
            case .alternatives(let alternatives): count = alternatives.reduce(0) { min($0 + expansionCount($1), 1 << 20) }
            }
            product = min(product * count, 1 << 20)
        }
        return product
    }
}
