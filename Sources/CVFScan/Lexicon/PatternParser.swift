/// Parses one pattern (the value of a `pattern:`, `against:` or `vocabulary:` line) into elements, reporting
/// every problem with the column it is at. Patterns are short and parsed once, so this works on scalars.
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

    private let scalars: [Unicode.Scalar]
    private let location: SourceLocation
    private var position = 0
    private var nesting = 0
    private(set) var diagnostics: [LexiconDiagnostic] = []

    init(text: String, location: SourceLocation) {
        self.scalars = Array(text.unicodeScalars)
        self.location = location
    }

    mutating func parse() -> Parsed? {
        let weightStart = findWeight()
        var weight: Double?
        var end = scalars.count
        if let weightStart {
            weight = parseWeight(from: weightStart)
            end = weightStart
            while end > 0, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
        }
        let elements = parseSequence(until: end, closing: nil)
        if position < end {
            // parseSequence only stops early at a stray closing bracket or bar.
            report(at: position, "unexpected '\(scalars[position])' with no matching opening bracket before it")
        }
        guard diagnostics.isEmpty else { return nil }
        validate(elements, columnOfEnd: end)
        guard diagnostics.isEmpty else { return nil }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[0..<end])
        return Parsed(text: text, elements: elements, weight: weight)
    }

    // MARK: Weight

    /// The `@` that starts the weight, if the pattern ends with one.
    private func findWeight() -> Int? {
        guard let at = scalars.lastIndex(of: "@") else { return nil }
        return at
    }

    private mutating func parseWeight(from at: Int) -> Double? {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[(at + 1)...])
        let trimmed = Substring(text).trimmingSpaces()
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
        var place = location
        place.column += index
        diagnostics.append(LexiconDiagnostic(.error, at: place, message))
    }

    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    private mutating func skipSpaces(until end: Int) {
        while position < end, scalars[position] == " " || scalars[position] == "\t" { position += 1 }
    }

    /// Parses elements until `end`, a `|`, or a closing bracket.
    private mutating func parseSequence(until end: Int, closing: Unicode.Scalar?) -> [PatternElement] {
        var elements: [PatternElement] = []
        while true {
            skipSpaces(until: end)
            guard position < end else { return elements }
            let scalar = scalars[position]
            switch scalar {
            case "|", ")", "]":
                return elements
            case "(", "[":
                if let element = parseGroup(until: end) { elements.append(element) }
            case "\"", "\u{201C}", "\u{201D}":
                if let element = parseExact(until: end) { elements.append(element) }
            case ".", "\u{2026}":
                if let element = parseGap(until: end) { elements.append(element) }
            default:
                if isWordScalar(scalar) {
                    elements.append(parseWord(until: end))
                } else {
                    report(at: position, "unexpected character '\(scalar)': patterns hold words, \"exact words\", prefix*, [optional words], (alternatives | ...), ... gaps and a final @weight")
                    position += 1
                }
            }
        }
    }

    private mutating func parseWord(until end: Int) -> PatternElement {
        let start = position
        while position < end {
            let scalar = scalars[position]
            if isWordScalar(scalar) {
                position += 1
            } else if isJoiner(scalar), position + 1 < end, isWordScalar(scalars[position + 1]) {
                position += 1
            } else {
                break
            }
        }
        var word = ""
        word.unicodeScalars.append(contentsOf: scalars[start..<position])
        if position < end, scalars[position] == "*" {
            position += 1
            let letters = word.unicodeScalars.filter(isWordScalar).count
            if letters < 3 {
                report(at: start, "prefix '\(word)*' is too short: give at least 3 letters before '*' so it cannot match most words")
            }
            return .prefix(word)
        }
        return .word(word)
    }

    private mutating func parseExact(until end: Int) -> PatternElement? {
        let open = position
        position += 1
        var words: [String] = []
        while true {
            skipSpaces(until: end)
            guard position < end else {
                report(at: open, "unterminated quote: expected a closing '\"' before the end of the pattern")
                return nil
            }
            let scalar = scalars[position]
            if scalar == "\"" || scalar == "\u{201D}" || scalar == "\u{201C}" {
                position += 1
                break
            }
            guard isWordScalar(scalar) else {
                report(at: position, "unexpected '\(scalar)' inside quotes: quote only words, e.g. \"sorry\"")
                position += 1
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
        if scalars[position] == "\u{2026}" {
            position += 1
        } else {
            var dots = 0
            while position < end, scalars[position] == "." { dots += 1; position += 1 }
            guard dots == 3 else {
                report(at: start, "unexpected '\(String(repeating: ".", count: dots))': a gap is written '...' or '...N' (N words at most)")
                return nil
            }
        }
        var digits = ""
        while position < end, let value = scalars[position].properties.numericType, value == .decimal,
              scalars[position].isASCII {
            digits.unicodeScalars.append(scalars[position])
            position += 1
        }
        guard !digits.isEmpty else { return .gap(Self.defaultGap) }
        guard let width = Int(digits), width >= 1, width <= Self.maximumGap else {
            report(at: start, "gap of \(digits) words is out of range: gaps allow 1 to \(Self.maximumGap) words")
            return nil
        }
        return .gap(width)
    }

    private mutating func parseGroup(until end: Int) -> PatternElement? {
        let open = position
        let opening = scalars[position]
        let expectedClosing: Unicode.Scalar = opening == "(" ? ")" : "]"
        position += 1
        nesting += 1
        defer { nesting -= 1 }
        if nesting > Self.maximumNesting {
            report(at: open, "brackets nested too deeply: at most \(Self.maximumNesting) levels")
        }
        var alternatives: [[PatternElement]] = []
        while true {
            let alternativeStart = position
            let sequence = parseSequence(until: end, closing: expectedClosing)
            guard position < end else {
                report(at: open, "unbalanced '\(opening)': expected '\(expectedClosing)' before the end of the pattern")
                return nil
            }
            let scalar = scalars[position]
            if sequence.isEmpty {
                report(at: alternativeStart, "empty alternative in '\(opening)…\(expectedClosing)': put words on both sides of every '|'")
            }
            alternatives.append(sequence)
            if scalar == "|" {
                position += 1
                continue
            }
            if scalar != expectedClosing {
                report(at: position, "expected '\(expectedClosing)' to close the '\(opening)' at column \(location.column + open), found '\(scalar)'")
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
