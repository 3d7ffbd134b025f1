/// Reads the lexicon format of `Lexicons/FORMAT.md`, collecting every error of a file rather than stopping at the
/// first, so an author fixes them all in one round.
///
/// Lines are split and keywords recognised on UTF-8 bytes: the built-in lexicons are parsed at every start-up.
struct LexiconParser {
    let file: String
    private(set) var diagnostics: [LexiconDiagnostic] = []
    private var lexicon = Lexicon()

    private var framework: FrameworkDraft?
    private var dimension: DimensionDraft?
    private var behaviour: BehaviourDraft?
    private var frameworkLocations: [String: SourceLocation] = [:]
    private var dimensionLocations: [String: SourceLocation] = [:]
    private var behaviourLocations: [String: SourceLocation] = [:]

    init(file: String) {
        self.file = file
    }

    /// Parses a whole file. The lexicon holds everything that parsed cleanly; `diagnostics` says what did not.
    mutating func parse(_ text: String) -> Lexicon {
        let bytes = Array(text.utf8)
        var lineNumber = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            lineNumber += 1
            var contentEnd = lineEnd
            if contentEnd > lineStart, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            parseLine(bytes[lineStart..<contentEnd], number: lineNumber)
            if lineEnd >= bytes.count { break }
            lineStart = lineEnd + 1
        }
        finishBehaviour()
        finishDimension()
        finishFramework()
        return lexicon
    }

    // MARK: Lines

    private mutating func parseLine(_ line: ArraySlice<UInt8>, number: Int) {
        var start = line.startIndex
        while start < line.endIndex, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
        var end = line.endIndex
        while end > start, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        guard start < end, line[start] != UInt8(ascii: "#") else { return }
        let content = line[start..<end]
        let column = columnOf(start, in: line)
        let location = SourceLocation(file: file, line: number, column: column)

        // A keyword is the run of ASCII letters at the start of the line.
        var keywordEnd = start
        while keywordEnd < end, isASCIILetter(line[keywordEnd]) { keywordEnd += 1 }
        let keyword = String(decoding: line[start..<keywordEnd], as: UTF8.self)

        if keywordEnd < end, line[keywordEnd] == UInt8(ascii: ":") {
            var valueStart = keywordEnd + 1
            while valueStart < end, line[valueStart] == 0x20 || line[valueStart] == 0x09 { valueStart += 1 }
            let value = String(decoding: line[valueStart..<end], as: UTF8.self)
            let valueLocation = SourceLocation(file: file, line: number, column: columnOf(valueStart, in: line))
            parseProperty(keyword, value: value, keyLocation: location, valueLocation: valueLocation)
            return
        }

        let isHeader = ["framework", "dimension", "behaviour", "behavior"].contains(keyword)
        guard isHeader, keywordEnd == end || line[keywordEnd] == 0x20 || line[keywordEnd] == 0x09 else {
            if keyword.isEmpty {
                report(at: location, "expected a 'framework', 'dimension' or 'behaviour' line or a 'key: value' property, found '\(String(decoding: content.prefix(20), as: UTF8.self))'")
            } else {
                report(at: location, "unknown keyword '\(keyword)': expected 'framework', 'dimension', 'behaviour' or a property such as 'pattern:'")
            }
            return
        }
        var idStart = keywordEnd
        while idStart < end, line[idStart] == 0x20 || line[idStart] == 0x09 { idStart += 1 }
        let id = String(decoding: line[idStart..<end], as: UTF8.self)
        let idLocation = SourceLocation(file: file, line: number, column: columnOf(idStart, in: line))
        guard !id.isEmpty else {
            report(at: location, "'\(keyword)' needs an id, e.g. '\(keyword) take-ownership'")
            return
        }
        guard Self.isValidID(id) else {
            report(at: idLocation, "invalid id '\(id)': ids are lower-case letters, digits and single hyphens, e.g. 'take-ownership'")
            return
        }
        switch keyword {
        case "framework": startFramework(id, at: location)
        case "dimension": startDimension(id, at: location)
        default: startBehaviour(id, at: location)
        }
    }

    private func columnOf(_ index: Int, in line: ArraySlice<UInt8>) -> Int {
        var column = 1
        var position = line.startIndex
        while position < index {
            if line[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        // Continuation bytes at `index` itself never start a character, so this counts whole characters.
        return column
    }

    private func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    static func isValidID(_ id: String) -> Bool {
        var previousWasHyphen = true
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !previousWasHyphen
    }

    private mutating func report(_ severity: LexiconDiagnostic.Severity = .error, at location: SourceLocation, _ message: String) {
        diagnostics.append(LexiconDiagnostic(severity, at: location, message))
    }

    // MARK: Blocks

    private mutating func startFramework(_ id: String, at location: SourceLocation) {
        finishBehaviour()
        finishDimension()
        finishFramework()
        if let first = frameworkLocations[id] {
            report(at: location, "duplicate framework id '\(id)' (first defined at line \(first.line))")
        } else {
            frameworkLocations[id] = location
        }
        framework = FrameworkDraft(id: id, location: location)
    }

    private mutating func startDimension(_ localID: String, at location: SourceLocation) {
        finishBehaviour()
        finishDimension()
        guard let framework else {
            report(at: location, "dimension '\(localID)' has no framework: add a 'framework ID' line above it")
            dimension = nil
            return
        }
        let id = "\(framework.id)/\(localID)"
        if let first = dimensionLocations[id] {
            report(at: location, "duplicate dimension id '\(id)' (first defined at line \(first.line))")
        } else {
            dimensionLocations[id] = location
        }
        dimension = DimensionDraft(id: id, frameworkID: framework.id, location: location)
    }

    private mutating func startBehaviour(_ localID: String, at location: SourceLocation) {
        finishBehaviour()
        guard let dimension else {
            report(at: location, "behaviour '\(localID)' has no dimension: add a 'dimension ID' line above it")
            behaviour = BehaviourDraft(id: "", dimensionID: "", location: location, orphan: true)
            return
        }
        let id = "\(dimension.id)/\(localID)"
        if let first = behaviourLocations[id] {
            report(at: location, "duplicate behaviour id '\(id)' (first defined at line \(first.line))")
        } else {
            behaviourLocations[id] = location
        }
        behaviour = BehaviourDraft(id: id, dimensionID: dimension.id, location: location, orphan: false)
    }

    private mutating func finishFramework() {
        guard let draft = framework else { return }
        framework = nil
        guard let name = draft.name else {
            report(at: draft.location, "framework '\(draft.id)' has no 'name:'")
            return
        }
        var framework = Framework(
            id: draft.id, name: name, edition: draft.edition, source: draft.source,
            sharedDimensionIDs: draft.shares.map(\.id), location: draft.location)
        framework.shareLocations = draft.shares.map(\.location)
        lexicon.frameworks.append(framework)
    }

    private mutating func finishDimension() {
        guard let draft = dimension else { return }
        dimension = nil
        var missing: [String] = []
        if draft.kind == nil { missing.append("'kind:' (value, competency or area)") }
        if draft.name == nil { missing.append("'name:'") }
        guard missing.isEmpty, let kind = draft.kind, let name = draft.name else {
            report(at: draft.location, "dimension '\(draft.id)' has no \(missing.joined(separator: " and no "))")
            return
        }
        lexicon.dimensions.append(Dimension(
            id: draft.id, frameworkID: draft.frameworkID, kind: kind, name: name, description: draft.description,
            location: draft.location))
    }

    private mutating func finishBehaviour() {
        guard let draft = behaviour else { return }
        behaviour = nil
        guard !draft.orphan else { return }
        var missing: [String] = []
        if draft.statement == nil { missing.append("'statement:'") }
        if draft.source == nil { missing.append("'source:'") }
        if draft.polarity == nil { missing.append("'polarity:' (support or counter)") }
        guard missing.isEmpty, let statement = draft.statement, let source = draft.source,
              let polarity = draft.polarity else {
            report(at: draft.location, "behaviour '\(draft.id)' has no \(missing.joined(separator: ", no "))")
            return
        }
        lexicon.behaviours.append(Behaviour(
            id: draft.id, dimensionID: draft.dimensionID, statement: statement, source: source, polarity: polarity,
            level: draft.level, note: draft.note, location: draft.location))
        lexicon.patterns.append(contentsOf: draft.patterns)
    }

    // MARK: Properties

    private mutating func parseProperty(
        _ key: String, value: String, keyLocation: SourceLocation, valueLocation: SourceLocation
    ) {
        guard !value.isEmpty else {
            report(at: valueLocation, "'\(key):' has no value")
            return
        }
        if behaviour != nil {
            parseBehaviourProperty(key, value: value, keyLocation: keyLocation, valueLocation: valueLocation)
        } else if dimension != nil {
            parseDimensionProperty(key, value: value, keyLocation: keyLocation, valueLocation: valueLocation)
        } else if framework != nil {
            parseFrameworkProperty(key, value: value, keyLocation: keyLocation, valueLocation: valueLocation)
        } else {
            report(at: keyLocation, "'\(key):' stands outside any framework, dimension or behaviour: start the file with a 'framework ID' line")
        }
    }

    private mutating func set(
        _ field: inout String?, _ key: String, _ value: String, _ keyLocation: SourceLocation,
        firstLines: inout [String: Int]
    ) {
        if let first = firstLines[key] {
            report(at: keyLocation, "duplicate '\(key):' (first given at line \(first))")
            return
        }
        firstLines[key] = keyLocation.line
        field = value
    }

    private mutating func parseFrameworkProperty(
        _ key: String, value: String, keyLocation: SourceLocation, valueLocation: SourceLocation
    ) {
        guard var draft = framework else { return }
        switch key {
        case "name": set(&draft.name, key, value, keyLocation, firstLines: &draft.seen)
        case "edition": set(&draft.edition, key, value, keyLocation, firstLines: &draft.seen)
        case "source": set(&draft.source, key, value, keyLocation, firstLines: &draft.seen)
        case "shares":
            var column = valueLocation.column
            for part in value.split(separator: ",", omittingEmptySubsequences: false) {
                let id = part.trimmingSpaces()
                let leading = part.prefix { $0 == " " }.count
                let location = SourceLocation(file: file, line: valueLocation.line, column: column + leading)
                let pieces = id.split(separator: "/", omittingEmptySubsequences: false)
                if pieces.count == 2, Self.isValidID(String(pieces[0])), Self.isValidID(String(pieces[1])) {
                    draft.shares.append((id, location))
                } else {
                    report(at: location, "invalid shared dimension '\(id)': expected a full dimension id such as 'cvf/take-ownership'")
                }
                column += part.count + 1
            }
        default:
            report(at: keyLocation, "unknown framework property '\(key):': expected name, edition, source or shares")
        }
        framework = draft
    }

    private mutating func parseDimensionProperty(
        _ key: String, value: String, keyLocation: SourceLocation, valueLocation: SourceLocation
    ) {
        guard var draft = dimension else { return }
        switch key {
        case "kind":
            if draft.seen["kind"] != nil {
                report(at: keyLocation, "duplicate 'kind:' (first given at line \(draft.seen["kind"] ?? 0))")
            } else if let kind = Dimension.Kind(rawValue: value) {
                draft.kind = kind
                draft.seen["kind"] = keyLocation.line
            } else {
                report(at: valueLocation, "invalid kind '\(value)': expected value, competency or area")
            }
        case "name": set(&draft.name, key, value, keyLocation, firstLines: &draft.seen)
        case "description": set(&draft.description, key, value, keyLocation, firstLines: &draft.seen)
        case "pattern", "against", "vocabulary":
            report(at: keyLocation, "'\(key):' outside a behaviour: patterns belong to a behaviour; add a 'behaviour ID' line above it")
        default:
            report(at: keyLocation, "unknown dimension property '\(key):': expected kind, name or description")
        }
        dimension = draft
    }

    private mutating func parseBehaviourProperty(
        _ key: String, value: String, keyLocation: SourceLocation, valueLocation: SourceLocation
    ) {
        guard var draft = behaviour else { return }
        // The draft's patterns move out and back: with a second reference left behind, every append would copy
        // them all, and a behaviour with thousands of patterns would take time quadratic in their number.
        behaviour = nil
        switch key {
        case "statement": set(&draft.statement, key, value, keyLocation, firstLines: &draft.seen)
        case "source": set(&draft.source, key, value, keyLocation, firstLines: &draft.seen)
        case "level": set(&draft.level, key, value, keyLocation, firstLines: &draft.seen)
        case "note": set(&draft.note, key, value, keyLocation, firstLines: &draft.seen)
        case "polarity":
            if draft.seen["polarity"] != nil {
                report(at: keyLocation, "duplicate 'polarity:' (first given at line \(draft.seen["polarity"] ?? 0))")
            } else if let polarity = Polarity(rawValue: value) {
                draft.polarity = polarity
                draft.seen["polarity"] = keyLocation.line
            } else {
                report(at: valueLocation, "invalid polarity '\(value)': expected support or counter")
            }
        case "pattern", "against", "vocabulary":
            let role = Pattern.Role(rawValue: key) ?? .evidence
            var parser = PatternParser(text: value, location: valueLocation)
            if let parsed = parser.parse() {
                let weight = parsed.weight ?? (role == .vocabulary ? Pattern.defaultVocabularyWeight : 1)
                draft.patterns.append(Pattern(
                    text: parsed.text, role: role, weight: weight, behaviourID: draft.id, elements: parsed.elements,
                    location: valueLocation))
            }
            diagnostics.append(contentsOf: parser.diagnostics)
        default:
            report(at: keyLocation, "unknown behaviour property '\(key):': expected statement, source, polarity, level, note, pattern, against or vocabulary")
        }
        behaviour = draft
    }
}

private struct FrameworkDraft {
    var id: String
    var location: SourceLocation
    var name: String?
    var edition: String?
    var source: String?
    var shares: [(id: String, location: SourceLocation)] = []
    var seen: [String: Int] = [:]
}

private struct DimensionDraft {
    var id: String
    var frameworkID: String
    var location: SourceLocation
    var kind: Dimension.Kind?
    var name: String?
    var description: String?
    var seen: [String: Int] = [:]
}

private struct BehaviourDraft {
    var id: String
    var dimensionID: String
    var location: SourceLocation
    var orphan: Bool
    var statement: String?
    var source: String?
    var polarity: Polarity?
    var level: String?
    var note: String?
    var patterns: [Pattern] = []
    var seen: [String: Int] = [:]
}

extension Substring {
    func trimmingSpaces() -> String {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
