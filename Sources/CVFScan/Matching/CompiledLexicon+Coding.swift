/// Writing a compiled lexicon to bytes and reading it back, for ``CompiledLexiconCache``. The read side validates
/// every index it restores, so a damaged file gives nil (and a fresh compilation), never an out-of-range access.
///
/// A warm start-up reads this file at every run, so the layout is made for reading: big tables (automaton, word
/// tables, vocabulary) are runs of integers copied in one go, strings are made only when used, and pattern element
/// trees are only checked, not decoded, until something asks for them (``EncodedPatternElements``).
extension CompiledLexicon {
    static let cacheMagic: [UInt8] = Array("CVFSCAN-COMPILED".utf8)
    /// Bump when the layout or anything it depends on (matching, word tables' use) changes meaning.
    static let cacheFormatVersion: UInt32 = 6

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
            writer.integer(Self.code(of: pattern.role))
            writer.double(pattern.weight)
            writer.integer(UInt32(pattern.length))
        }
        for table in [vocabulary.stems, vocabulary.exactForms, vocabulary.prefixes] {
            writer.array(table.bytes)
            writer.array(table.ends)
        }
        for table in [analyzer.tables.wordForms, analyzer.tables.spellingVariants] {
            let parts = table.encodedParts
            writer.array(parts.bytes)
            writer.array(parts.entryFields)
        }
        writer.run(automaton.rootTransitions)
        let table = automaton.transitions.storage
        writer.run(table.keys)
        writer.run(table.values)
        writer.integer(UInt32(table.count))
        writer.run(automaton.multipleStarts)
        writer.run(automaton.multipleTargets)
        writer.run(automaton.outputStarts)
        writer.run(automaton.outputs)
        writer.run(automaton.gapStarts)
        writer.array(automaton.gapEdges.map(\.width))
        writer.array(automaton.gapEdges.map(\.target))
        writer.run(automaton.wordEdgeFilters)
        var header = Self.cacheMagic
        withUnsafeBytes(of: Self.cacheFormatVersion.littleEndian) { header.append(contentsOf: $0) }
        var file = writer.finished(header: header)
        let checksum = file.withUnsafeBytes { Self.checksum(of: $0) }
        withUnsafeBytes(of: checksum.littleEndian) { file.append(contentsOf: $0) }
        return file
    }

    /// A 64-bit checksum of the file's bytes, so a damaged or half-copied cache file is rejected as a whole rather
    /// than decoded into automaton states that point nowhere. It runs over the whole file at every start-up, so it
    /// is four independent lanes of 8-byte words (the multiplications overlap), each step `(lane ^ word) * odd`;
    /// every step is invertible, so a change to any one word changes its lane, and the lanes are mixed at the end.
    static func checksum(of raw: UnsafeRawBufferPointer) -> UInt64 {
        let multiplier: UInt64 = 0xFF51_AFD7_ED55_8CCD
        @inline(__always) func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
            let mixed = (hash ^ word) &* multiplier
            return mixed ^ (mixed >> 32)
        }
        @inline(__always) func word(_ offset: Int) -> UInt64 {
            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }
        var lane0: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
        var lane1: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        var lane2: UInt64 = 0x1656_67B1_9E37_79F9
        var lane3: UInt64 = 0x85EB_CA77_C2B2_AE63
        var offset = 0
        while offset + 32 <= raw.count {
            lane0 = (lane0 ^ word(offset)) &* multiplier
            lane1 = (lane1 ^ word(offset + 8)) &* multiplier
            lane2 = (lane2 ^ word(offset + 16)) &* multiplier
            lane3 = (lane3 ^ word(offset + 24)) &* multiplier
            offset += 32
        }
        while offset + 8 <= raw.count {
            lane0 = mix(lane0, word(offset))
            offset += 8
        }
        while offset < raw.count {
            lane0 = (lane0 ^ UInt64(raw[offset])) &* 0x0000_0100_0000_01B3
            offset += 1
        }
        return mix(mix(mix(mix(lane0, 0), lane1), lane2), lane3)
    }

    /// The compiled lexicon in a cache file, with the word tables it was compiled with; nil if the file is not a
    /// cache file of this format or is damaged anywhere.
    static func decoded(from bytes: [UInt8]) -> CompiledLexicon? {
        decoded(from: CacheFileBytes(copying: bytes))
    }

    /// The compiled lexicon in a cache file; its automaton tables stay in `file` and are used there.
    static func decoded(from file: CacheFileBytes) -> CompiledLexicon? {
        let raw = file.buffer
        guard raw.count > cacheMagic.count + 4 + 8, raw[0..<cacheMagic.count].elementsEqual(cacheMagic) else { return nil }
        let bodyEnd = raw.count - 8
        let stored = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: bodyEnd, as: UInt64.self))
        guard stored == checksum(of: UnsafeRawBufferPointer(rebasing: raw[0..<bodyEnd])) else { return nil }
        var reader = BinaryReader(file: file, position: cacheMagic.count, end: bodyEnd)
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
        let patternCount = reader.count(elementSize: 25)
        patterns.reserveCapacity(patternCount)
        for _ in 0..<patternCount {
            let patternIndex = Int(reader.integer(UInt32.self))
            let behaviourIndex = reader.integer(Int32.self)
            let dimensionIndex = reader.integer(Int32.self)
            let polarity: Polarity = reader.bool() ? .counter : .support
            let role = Self.role(code: reader.integer(UInt8.self))
            let weight = reader.double()
            let length = Int(reader.integer(UInt32.self))
            guard !reader.failed, let role, patternIndex < lexicon.patterns.count,
                  behaviourIndex >= 0, Int(behaviourIndex) < behaviours.count,
                  dimensionIndex >= 0, Int(dimensionIndex) < dimensions.count else { return nil }
            patterns.append(CompiledPattern(
                patternIndex: patternIndex, behaviourIndex: behaviourIndex, dimensionIndex: dimensionIndex,
                polarity: polarity, role: role, weight: weight, length: length))
        }
        var symbolTables: [ByteSymbolTable] = []
        for _ in 0..<3 {
            let bytes = reader.array(UInt8.self)
            let ends = reader.array(Int32.self)
            let firstSymbol = symbolTables.reduce(0) { $0 + $1.count }
            guard !reader.failed, let table = ByteSymbolTable(bytes: bytes, ends: ends, firstSymbol: Int32(firstSymbol)) else { return nil }
            symbolTables.append(table)
        }
        guard let vocabulary = TermVocabulary(restoring: symbolTables[0], exactForms: symbolTables[1], prefixes: symbolTables[2]) else {
            return nil
        }
        var wordTables: [ByteStringTable] = []
        for _ in 0..<2 {
            let bytes = reader.array(UInt8.self)
            let fields = reader.array(UInt32.self)
            guard !reader.failed, let table = ByteStringTable(bytes: bytes, entryFields: fields) else { return nil }
            wordTables.append(table)
        }
        let rootTransitions = reader.run(Int32.self)
        let keys = reader.run(UInt64.self)
        let values = reader.run(Int32.self)
        let tableCount = Int(reader.integer(UInt32.self))
        let multipleStarts = reader.run(Int32.self)
        let multipleTargets = reader.run(Int32.self)
        let outputStarts = reader.run(Int32.self)
        let outputs = reader.run(Int32.self)
        let gapStarts = reader.run(Int32.self)
        let gapWidths = reader.array(Int32.self)
        let gapTargets = reader.array(Int32.self)
        let wordEdgeFilters = reader.run(UInt64.self)
        guard !reader.failed, reader.isAtEnd, gapWidths.count == gapTargets.count,
              rootTransitions.count == vocabulary.symbolCount,
              outputs.withUnsafeBufferPointer({ $0.allSatisfy { $0 >= 0 && Int($0) < patterns.count } }),
              let transitions = TransitionTable(keys: keys, values: values, count: tableCount),
              let automaton = PhraseAutomaton(
                  rootTransitions: rootTransitions, transitions: transitions, multipleStarts: multipleStarts,
                  multipleTargets: multipleTargets, outputStarts: outputStarts,
                  outputs: outputs, gapStarts: gapStarts,
                  gapEdges: zip(gapWidths, gapTargets).map { PhraseAutomaton.GapEdge(width: $0, target: $1) },
                  wordEdgeFilters: wordEdgeFilters) else { return nil }
        let analyzer = WordAnalyzer(tables: WordTables(wordForms: wordTables[0], spellingVariants: wordTables[1]))
        return CompiledLexicon(
            lexicon: lexicon, frameworkIDs: frameworkIDs, dimensions: dimensions, behaviours: behaviours,
            patterns: patterns, vocabulary: vocabulary, automaton: automaton, analyzer: analyzer)
    }

    // MARK: Enumerations as small numbers

    private static func code(of role: Pattern.Role) -> UInt8 {
        UInt8(Pattern.Role.allCases.firstIndex(of: role) ?? 0)
    }

    private static func role(code: UInt8) -> Pattern.Role? {
        Int(code) < Pattern.Role.allCases.count ? Pattern.Role.allCases[Int(code)] : nil
    }

    private static func code(of kind: Dimension.Kind) -> UInt8 {
        UInt8(Dimension.Kind.allCases.firstIndex(of: kind) ?? 0)
    }

    private static func kind(code: UInt8) -> Dimension.Kind? {
        Int(code) < Dimension.Kind.allCases.count ? Dimension.Kind.allCases[Int(code)] : nil
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
            writer.integer(code(of: dimension.kind))
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
            writer.integer(code(of: pattern.role))
            writer.double(pattern.weight)
            writer.string(pattern.behaviourID)
            encode(pattern.elements, into: &writer)
            encode(pattern.location, into: &writer)
        }
    }

    static func encode(_ elements: [PatternElement], into writer: inout BinaryWriter) {
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

    /// Checks an encoded element tree and moves past it without making anything: the warm start-up path, over a
    /// few hundred kilobytes of trees, so it reads the raw bytes. Accepts exactly what
    /// ``decodeElements(_:depth:)`` decodes without failing.
    static func skipElements(_ reader: inout BinaryReader) -> Bool {
        guard !reader.failed else { return false }
        let stringCount = UInt32(truncatingIfNeeded: reader.strings.count)
        let end = reader.end
        guard let position = skipElements(reader.file.buffer, end: end, from: reader.position, stringCount: stringCount, depth: 0) else {
            return false
        }
        reader.skip(position - reader.position)
        return !reader.failed
    }

    /// Every element is a tag byte and a 32-bit number (a string index, a count or a width), then for exact words
    /// and groups what the count says. Elements nest at most ``PatternParser/maximumNesting`` deep; a deeper file
    /// is damaged.
    private static func skipElements(
        _ raw: UnsafeRawBufferPointer, end: Int, from start: Int, stringCount: UInt32, depth: Int
    ) -> Int? {
        // The position is a local and the result a return value, not an inout: the walk runs over tens of thousands
        // of elements at every start-up, and an inout position went through memory at every step.
        guard depth <= PatternParser.maximumNesting + 1, end <= raw.count, start >= 0, start + 4 <= end else { return nil }
        @inline(__always) func number(at offset: Int) -> UInt32 {
            UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        }
        var position = start
        let count = Int(number(at: position))
        position += 4
        guard count * 5 <= end - position else { return nil }
        for _ in 0..<count {
            guard position + 5 <= end else { return nil }
            let tag = raw.load(fromByteOffset: position, as: UInt8.self)
            let value = number(at: position + 1)
            position += 5
            switch tag {
            case 0, 2:
                guard value < stringCount else { return nil }
            case 1:
                let words = Int(value)
                guard words * 4 <= end - position else { return nil }
                for index in 0..<words where number(at: position + index * 4) >= stringCount { return nil }
                position += words * 4
            case 3, 4:
                let alternatives = Int(value)
                guard alternatives * 4 <= end - position else { return nil }
                for _ in 0..<alternatives {
                    guard let next = skipElements(raw, end: end, from: position, stringCount: stringCount, depth: depth + 1) else {
                        return nil
                    }
                    position = next
                }
            case 5:
                break
            default:
                return nil
            }
        }
        return position
    }

    /// Decodes an element tree checked by ``skipElements(_:)``; nil if the bytes are damaged.
    static func decodeElements(_ reader: inout BinaryReader, depth: Int = 0) -> [PatternElement]? {
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
        for _ in 0..<reader.count(elementSize: 17) {
            let id = reader.string()
            let frameworkID = reader.string()
            guard let kind = Self.kind(code: reader.integer(UInt8.self)) else { return nil }
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
        let patternCount = reader.count(elementSize: 29)
        var patterns: [Pattern] = []
        patterns.reserveCapacity(patternCount)
        for _ in 0..<patternCount {
            let textIndex = reader.stringIndex()
            guard let role = Self.role(code: reader.integer(UInt8.self)) else { return nil }
            let weight = reader.double()
            let behaviourID = reader.string()
            let elementsStart = reader.position
            guard skipElements(&reader) else { return nil }
            let elements = EncodedPatternElements(strings: reader.strings, position: elementsStart, end: reader.end)
            patterns.append(Pattern(textStorage: .encoded(reader.strings, index: textIndex), role: role, weight: weight,
                                    behaviourID: behaviourID, elementStorage: .encoded(elements),
                                    location: decodeLocation(&reader)))
        }
        lexicon.patterns = patterns
        return reader.failed ? nil : lexicon
    }
}
