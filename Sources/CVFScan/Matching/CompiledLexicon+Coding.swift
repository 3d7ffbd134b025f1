/// Writing a compiled lexicon to bytes and reading it back, for ``CompiledLexiconCache``. The read side validates
/// every index it restores, so a damaged file gives nil (and a fresh compilation), never an out-of-range access.
extension CompiledLexicon {
    static let cacheMagic: [UInt8] = Array("CVFSCAN-COMPILED".utf8)
    /// Bump when the layout or anything it depends on (matching, word tables' use) changes meaning.
    static let cacheFormatVersion: UInt32 = 4

    func encoded() -> [UInt8] {
        var writer = BinaryWriter()
        Self.encode(lexicon, into: &writer)
        writer.integer(UInt32(frameworkIDs.count))
        for id in frameworkIDs { writer.string(id) }
        let dimensionPositions = Dictionary(lexicon.dimensions.enumerated().map { ($1.id, UInt32($0)) }, uniquingKeysWith: { first, _ in first })
        writer.array(dimensions.map { dimensionPositions[$0.id] ?? UInt32.max })
        let behaviourPositions = Dictionary(lexicon.behaviours.enumerated().map { ($1.id, UInt32($0)) }, uniquingKeysWith: { first, _ in first })
        writer.array(behaviours.map { behaviourPositions[$0.id] ?? UInt32.max })
        writer.integer(UInt32(patterns.count))
        for pattern in patterns {
            writer.integer(UInt32(pattern.patternIndex))
            writer.integer(pattern.behaviourIndex)
            writer.integer(pattern.dimensionIndex)
            writer.bool(pattern.polarity == .counter)
            writer.string(pattern.role.rawValue)
            writer.double(pattern.weight)
            writer.integer(UInt32(pattern.length))
        }
        let entries = vocabulary.orderedEntries
        for list in [entries.stems, entries.exactForms, entries.prefixes] {
            writer.integer(UInt32(list.count))
            for entry in list { writer.byteString(entry) }
        }
        writer.array(automaton.rootTransitions)
        let table = automaton.transitions.storage
        writer.array(table.keys)
        writer.array(table.values)
        writer.integer(UInt32(table.count))
        writer.array(automaton.multipleStarts)
        writer.array(automaton.multipleTargets)
        writer.array(automaton.outputStarts)
        writer.array(automaton.outputs)
        writer.array(automaton.gapStarts)
        writer.array(automaton.gapEdges.map(\.width))
        writer.array(automaton.gapEdges.map(\.target))
        writer.array(automaton.hasWordEdges.map { $0 ? UInt8(1) : 0 })
        var header = Self.cacheMagic
        withUnsafeBytes(of: Self.cacheFormatVersion.littleEndian) { header.append(contentsOf: $0) }
        var file = writer.finished(header: header)
        withUnsafeBytes(of: Self.checksum(of: file[...]).littleEndian) { file.append(contentsOf: $0) }
        return file
    }

    /// A 64-bit checksum of the file's bytes, so a damaged or half-copied cache file is rejected as a whole rather
    /// than decoded into automaton states that point nowhere.
    static func checksum(of bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset + 8 <= raw.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 32
                offset += 8
            }
            while offset < raw.count {
                hash = (hash ^ UInt64(raw[offset])) &* 0x0000_0100_0000_01B3
                offset += 1
            }
        }
        return hash
    }

    static func decoded(from file: [UInt8], analyzer: WordAnalyzer) -> CompiledLexicon? {
        guard file.count > cacheMagic.count + 4 + 8, Array(file[0..<cacheMagic.count]) == cacheMagic else { return nil }
        var stored: UInt64 = 0
        for (shift, byte) in file.suffix(8).enumerated() { stored |= UInt64(byte) << (8 * UInt64(shift)) }
        let bytes = Array(file.dropLast(8))
        guard checksum(of: bytes[...]) == stored else { return nil }
        var reader = BinaryReader(bytes: bytes, position: cacheMagic.count)
        guard reader.integer(UInt32.self) == cacheFormatVersion else { return nil }
        reader.readStringTable()
        guard let lexicon = decodeLexicon(&reader) else { return nil }
        var frameworkIDs: [String] = []
        for _ in 0..<reader.count(elementSize: 4) { frameworkIDs.append(reader.string()) }
        let dimensionPositions = reader.array(UInt32.self)
        let behaviourPositions = reader.array(UInt32.self)
        guard !reader.failed,
              dimensionPositions.allSatisfy({ Int($0) < lexicon.dimensions.count }),
              behaviourPositions.allSatisfy({ Int($0) < lexicon.behaviours.count }) else { return nil }
        let dimensions = dimensionPositions.map { lexicon.dimensions[Int($0)] }
        let behaviours = behaviourPositions.map { lexicon.behaviours[Int($0)] }
        var patterns: [CompiledPattern] = []
        for _ in 0..<reader.count(elementSize: 20) {
            let patternIndex = Int(reader.integer(UInt32.self))
            let behaviourIndex = reader.integer(Int32.self)
            let dimensionIndex = reader.integer(Int32.self)
            let polarity: Polarity = reader.bool() ? .counter : .support
            let role = Pattern.Role(rawValue: reader.string())
            let weight = reader.double()
            let length = Int(reader.integer(UInt32.self))
            guard !reader.failed, let role, patternIndex < lexicon.patterns.count,
                  behaviourIndex >= 0, Int(behaviourIndex) < behaviours.count,
                  dimensionIndex >= 0, Int(dimensionIndex) < dimensions.count else { return nil }
            patterns.append(CompiledPattern(
                patternIndex: patternIndex, behaviourIndex: behaviourIndex, dimensionIndex: dimensionIndex,
                polarity: polarity, role: role, weight: weight, length: length))
        }
        var lists: [[[UInt8]]] = []
        for _ in 0..<3 {
            var list: [[UInt8]] = []
            for _ in 0..<reader.count(elementSize: 4) { list.append(reader.byteString()) }
            lists.append(list)
        }
        let vocabulary = TermVocabulary(stems: lists[0], exactForms: lists[1], prefixes: lists[2])
        let rootTransitions = reader.array(Int32.self)
        let keys = reader.array(UInt64.self)
        let values = reader.array(Int32.self)
        let tableCount = Int(reader.integer(UInt32.self))
        let multipleStarts = reader.array(Int32.self)
        let multipleTargets = reader.array(Int32.self)
        let outputStarts = reader.array(Int32.self)
        let outputs = reader.array(Int32.self)
        let gapStarts = reader.array(Int32.self)
        let gapWidths = reader.array(Int32.self)
        let gapTargets = reader.array(Int32.self)
        let hasWordEdges = reader.array(UInt8.self).map { $0 != 0 }
        guard !reader.failed, reader.isAtEnd, gapWidths.count == gapTargets.count,
              rootTransitions.count == vocabulary.symbolCount,
              outputs.allSatisfy({ $0 >= 0 && Int($0) < patterns.count }),
              let transitions = TransitionTable(keys: keys, values: values, count: tableCount),
              let automaton = PhraseAutomaton(
                  rootTransitions: rootTransitions, transitions: transitions, multipleStarts: multipleStarts,
                  multipleTargets: multipleTargets, outputStarts: outputStarts,
                  outputs: outputs, gapStarts: gapStarts,
                  gapEdges: zip(gapWidths, gapTargets).map { PhraseAutomaton.GapEdge(width: $0, target: $1) },
                  hasWordEdges: hasWordEdges) else { return nil }
        return CompiledLexicon(
            lexicon: lexicon, frameworkIDs: frameworkIDs, dimensions: dimensions, behaviours: behaviours,
            patterns: patterns, vocabulary: vocabulary, automaton: automaton, analyzer: analyzer)
    }

    // MARK: The lexicon model

    private static func encode(_ location: SourceLocation, into writer: inout BinaryWriter) {
        writer.string(location.file)
        writer.integer(UInt32(location.line))
        writer.integer(UInt32(location.column))
    }

    private static func decodeLocation(_ reader: inout BinaryReader) -> SourceLocation {
        SourceLocation(file: reader.string(), line: Int(reader.integer(UInt32.self)), column: Int(reader.integer(UInt32.self)))
    }

    private static func encode(_ lexicon: Lexicon, into writer: inout BinaryWriter) {
        writer.integer(UInt32(lexicon.frameworks.count))
        for framework in lexicon.frameworks {
            writer.string(framework.id)
            writer.string(framework.name)
            writer.optionalString(framework.edition)
            writer.optionalString(framework.source)
            writer.integer(UInt32(framework.sharedDimensionIDs.count))
            for id in framework.sharedDimensionIDs { writer.string(id) }
            encode(framework.location, into: &writer)
            writer.integer(UInt32(framework.shareLocations.count))
            for location in framework.shareLocations { encode(location, into: &writer) }
        }
        writer.integer(UInt32(lexicon.dimensions.count))
        for dimension in lexicon.dimensions {
            writer.string(dimension.id)
            writer.string(dimension.frameworkID)
            writer.string(dimension.kind.rawValue)
            writer.string(dimension.name)
            writer.optionalString(dimension.description)
            encode(dimension.location, into: &writer)
        }
        writer.integer(UInt32(lexicon.behaviours.count))
        for behaviour in lexicon.behaviours {
            writer.string(behaviour.id)
            writer.string(behaviour.dimensionID)
            writer.string(behaviour.statement)
            writer.string(behaviour.source)
            writer.bool(behaviour.polarity == .counter)
            writer.optionalString(behaviour.level)
            writer.optionalString(behaviour.note)
            encode(behaviour.location, into: &writer)
        }
        writer.integer(UInt32(lexicon.patterns.count))
        for pattern in lexicon.patterns {
            writer.string(pattern.text)
            writer.string(pattern.role.rawValue)
            writer.double(pattern.weight)
            writer.string(pattern.behaviourID)
            encode(pattern.elements, into: &writer)
            encode(pattern.location, into: &writer)
        }
    }

    private static func encode(_ elements: [PatternElement], into writer: inout BinaryWriter) {
        writer.integer(UInt32(elements.count))
        for element in elements {
            switch element {
            case .word(let word):
                writer.integer(UInt8(0))
                writer.string(word)
            case .exact(let words):
                writer.integer(UInt8(1))
                writer.integer(UInt32(words.count))
                for word in words { writer.string(word) }
            case .prefix(let prefix):
                writer.integer(UInt8(2))
                writer.string(prefix)
            case .optional(let alternatives), .alternatives(let alternatives):
                if case .optional = element { writer.integer(UInt8(3)) } else { writer.integer(UInt8(4)) }
                writer.integer(UInt32(alternatives.count))
                for alternative in alternatives { encode(alternative, into: &writer) }
            case .gap(let width):
                writer.integer(UInt8(5))
                writer.integer(UInt32(width))
            }
        }
    }

    /// Pattern elements nest at most ``PatternParser/maximumNesting`` deep; a deeper file is damaged.
    private static func decodeElements(_ reader: inout BinaryReader, depth: Int = 0) -> [PatternElement]? {
        guard depth <= PatternParser.maximumNesting + 1 else { return nil }
        let count = reader.count(elementSize: 5)
        var elements: [PatternElement] = []
        elements.reserveCapacity(count)
        for _ in 0..<count {
            switch reader.integer(UInt8.self) {
            case 0: elements.append(.word(reader.string()))
            case 1:
                var words: [String] = []
                for _ in 0..<reader.count(elementSize: 4) { words.append(reader.string()) }
                elements.append(.exact(words))
            case 2: elements.append(.prefix(reader.string()))
            case let tag where tag == 3 || tag == 4:
                let alternativeCount = reader.count(elementSize: 4)
                var alternatives: [[PatternElement]] = []
                alternatives.reserveCapacity(alternativeCount)
                for _ in 0..<alternativeCount {
                    guard let alternative = decodeElements(&reader, depth: depth + 1) else { return nil }
                    alternatives.append(alternative)
                }
                elements.append(tag == 3 ? .optional(alternatives) : .alternatives(alternatives))
            case 5: elements.append(.gap(Int(reader.integer(UInt32.self))))
            default: return nil
            }
            if reader.failed { return nil }
        }
        return reader.failed ? nil : elements
    }

    private static func decodeLexicon(_ reader: inout BinaryReader) -> Lexicon? {
        var lexicon = Lexicon()
        for _ in 0..<reader.count(elementSize: 16) {
            let id = reader.string()
            let name = reader.string()
            let edition = reader.optionalString()
            let source = reader.optionalString()
            var shared: [String] = []
            for _ in 0..<reader.count(elementSize: 4) { shared.append(reader.string()) }
            var framework = Framework(id: id, name: name, edition: edition, source: source, sharedDimensionIDs: shared,
                                      location: decodeLocation(&reader))
            for _ in 0..<reader.count(elementSize: 12) { framework.shareLocations.append(decodeLocation(&reader)) }
            lexicon.frameworks.append(framework)
        }
        for _ in 0..<reader.count(elementSize: 20) {
            let id = reader.string()
            let frameworkID = reader.string()
            guard let kind = Dimension.Kind(rawValue: reader.string()) else { return nil }
            let name = reader.string()
            let description = reader.optionalString()
            lexicon.dimensions.append(Dimension(id: id, frameworkID: frameworkID, kind: kind, name: name,
                                                description: description, location: decodeLocation(&reader)))
        }
        for _ in 0..<reader.count(elementSize: 20) {
            let id = reader.string()
            let dimensionID = reader.string()
            let statement = reader.string()
            let source = reader.string()
            let polarity: Polarity = reader.bool() ? .counter : .support
            let level = reader.optionalString()
            let note = reader.optionalString()
            lexicon.behaviours.append(Behaviour(
                id: id, dimensionID: dimensionID, statement: statement, source: source, polarity: polarity,
                level: level, note: note, location: decodeLocation(&reader)))
        }
        for _ in 0..<reader.count(elementSize: 20) {
            let text = reader.string()
            guard let role = Pattern.Role(rawValue: reader.string()) else { return nil }
            let weight = reader.double()
            let behaviourID = reader.string()
            guard let elements = decodeElements(&reader) else { return nil }
            lexicon.patterns.append(Pattern(text: text, role: role, weight: weight, behaviourID: behaviourID,
                                            elements: elements, location: decodeLocation(&reader)))
        }
        return reader.failed ? nil : lexicon
    }
}
