/// Compiles the patterns of the selected frameworks into one ``PhraseAutomaton``.
///
/// Pattern words go through the same ``WordAnalyzer`` as answer words, so `took` in a pattern and `taken` in an
/// answer reach the same stem symbol; optional parts and alternatives are multiplied out into word sequences
/// (bounded by the parser at 256 per pattern).
struct PatternCompiler {
    let analyzer: WordAnalyzer

    /// A step of a word sequence with its word already interned: stems, exact forms and prefixes get provisional
    /// numbers in their own namespaces, turned into final symbols once all stems are known.
    private enum Atom: Hashable {
        case stem(Int32)
        case exact(Int32)
        case prefix(Int32)
        case gap(Int)
    }

    /// Interning and memoisation for one compilation: each distinct pattern word is analysed (folded, looked up in
    /// the word tables, stemmed) once, however many patterns and expansions use it.
    private final class Interner {
        let analyzer: WordAnalyzer
        var stems: [[UInt8]] = []
        var stemIndex: [[UInt8]: Int32] = [:]
        var exactForms: [[UInt8]] = []
        var exactIndex: [[UInt8]: Int32] = [:]
        var prefixes: [[UInt8]] = []
        var prefixIndex: [[UInt8]: Int32] = [:]
        var wordAtoms: [String: [[Atom]]] = [:]
        var exactAtoms: [String: [Atom]] = [:]

        init(analyzer: WordAnalyzer) {
            self.analyzer = analyzer
        }

        func stem(_ bytes: [UInt8]) -> Atom {
            if let index = stemIndex[bytes] { return .stem(index) }
            let index = Int32(stems.count)
            stems.append(bytes)
            stemIndex[bytes] = index
            return .stem(index)
        }

        func exact(_ bytes: [UInt8]) -> Atom {
            if let index = exactIndex[bytes] { return .exact(index) }
            let index = Int32(exactForms.count)
            exactForms.append(bytes)
            exactIndex[bytes] = index
            return .exact(index)
        }

        func prefix(_ bytes: [UInt8]) -> Atom {
            if let index = prefixIndex[bytes] { return .prefix(index) }
            let index = Int32(prefixes.count)
            prefixes.append(bytes)
            prefixIndex[bytes] = index
            return .prefix(index)
        }

        /// The sequences one pattern word stands for: its own parts; for a hyphenated word also its pieces as
        /// separate words (multi-agency: multiagency, or multi agency).
        func atoms(forWord word: String) -> [[Atom]] {
            if let cached = wordAtoms[word] { return cached }
            let whole = analyzer.parts(of: word).map { stem($0.stem) }
            var result = [whole]
            let pieces = word.split(whereSeparator: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" })
            if pieces.count > 1 {
                let separate = pieces.flatMap { analyzer.parts(of: String($0)).map { stem($0.stem) } }
                if separate != whole { result.append(separate) }
            }
            wordAtoms[word] = result
            return result
        }

        func atoms(forExactWord word: String) -> [Atom] {
            if let cached = exactAtoms[word] { return cached }
            let atoms = analyzer.parts(of: word).map { exact($0.form) }
            exactAtoms[word] = atoms
            return atoms
        }

        func atoms(forPrefix text: String) -> Atom {
            var folded: [UInt8] = []
            withUTF8Bytes(of: text) { bytes in
                _ = analyzer.normalizer.fold(bytes, hasNonASCII: bytes.contains { $0 >= 0x80 }, into: &folded)
            }
            return prefix(folded.filter { $0 != UInt8(ascii: "-") })
        }
    }

    func compile(_ lexicon: Lexicon, frameworks frameworkIDs: [String]) throws(LexiconError) -> CompiledLexicon {
        let available = lexicon.frameworks.map(\.id)
        for id in frameworkIDs where lexicon.framework(id: id) == nil {
            throw .unknownFramework(id: id, available: available)
        }
        // The reported dimensions, each once, in framework order.
        var dimensions: [Dimension] = []
        var dimensionIndex: [String: Int32] = [:]
        for id in frameworkIDs {
            for dimension in lexicon.reportedDimensions(of: id) where dimensionIndex[dimension.id] == nil {
                dimensionIndex[dimension.id] = Int32(dimensions.count)
                dimensions.append(dimension)
            }
        }
        var behaviours: [Behaviour] = []
        var behaviourIndex: [String: Int32] = [:]
        for behaviour in lexicon.behaviours where dimensionIndex[behaviour.dimensionID] != nil {
            behaviourIndex[behaviour.id] = Int32(behaviours.count)
            behaviours.append(behaviour)
        }

        let interner = Interner(analyzer: analyzer)
        var builder = PhraseAutomatonBuilder()
        var compiled: [CompiledPattern] = []
        let start = [PhraseAutomatonBuilder.Position(node: PhraseAutomaton.root, gap: 0)]
        for (index, pattern) in lexicon.patterns.enumerated() {
            guard let behaviour = behaviourIndex[pattern.behaviourID],
                  let dimension = dimensionIndex[behaviours[Int(behaviour)].dimensionID] else { continue }
            let ends = walk(pattern.elements, from: start, into: &builder, interner)
            guard ends.contains(where: { $0.node != PhraseAutomaton.root }) else { continue }
            builder.finish(ends, output: Int32(compiled.count))
            let polarity = pattern.role == .against ? behaviours[Int(behaviour)].polarity.opposite
                : behaviours[Int(behaviour)].polarity
            compiled.append(CompiledPattern(
                patternIndex: index, behaviourIndex: behaviour, dimensionIndex: dimension, polarity: polarity,
                role: pattern.role, weight: pattern.weight, length: PatternParser.minimumWords(pattern.elements)))
        }

        // Stems take the symbols 0..<stems, then exact forms, then prefixes.
        let vocabulary = TermVocabulary(stems: interner.stems, exactForms: interner.exactForms, prefixes: interner.prefixes)
        let exactSymbols = interner.exactForms.map { vocabulary.exactFormSymbol($0) ?? -1 }
        let prefixSymbols = interner.prefixes.map { vocabulary.prefixSymbol($0) ?? -1 }
        let automaton = PhraseAutomaton(builder, symbolCount: vocabulary.symbolCount) { provisional in
            switch provisional {
            case ..<Self.exactBase: provisional
            case ..<Self.prefixBase: exactSymbols[Int(provisional - Self.exactBase)]
            default: prefixSymbols[Int(provisional - Self.prefixBase)]
            }
        }
        return CompiledLexicon(
            lexicon: lexicon, frameworkIDs: frameworkIDs, dimensions: dimensions, behaviours: behaviours,
            patterns: compiled, vocabulary: vocabulary, automaton: automaton, analyzer: analyzer)
    }

    /// Provisional symbol numbers for exact forms and prefixes, above any stem number, until every stem is known.
    private static let exactBase: Int32 = 1 << 29
    private static let prefixBase: Int32 = 1 << 30

    private func provisionalSymbol(_ atom: Atom) -> Int32? {
        switch atom {
        case .stem(let index): index
        case .exact(let index): Self.exactBase + index
        case .prefix(let index): Self.prefixBase + index
        case .gap: nil
        }
    }

    // MARK: Walking patterns into the trie

    private func walk(
        _ elements: [PatternElement], from positions: [PhraseAutomatonBuilder.Position],
        into builder: inout PhraseAutomatonBuilder, _ interner: Interner
    ) -> [PhraseAutomatonBuilder.Position] {
        var current = positions
        for (index, element) in elements.enumerated() {
            current = walk(element, from: current, into: &builder, interner)
            if current.isEmpty { break }
            // Join the branches of a group before what follows it; the last element's branches end the pattern.
            if index < elements.count - 1, current.count > 1 {
                switch element {
                case .optional, .alternatives, .word: current = builder.merge(current)
                default: break
                }
            }
        }
        return current
    }

    private func walk(
        _ element: PatternElement, from positions: [PhraseAutomatonBuilder.Position],
        into builder: inout PhraseAutomatonBuilder, _ interner: Interner
    ) -> [PhraseAutomatonBuilder.Position] {
        switch element {
        case .word(let word):
            return union(interner.atoms(forWord: word).map { follow($0, from: positions, into: &builder) })
        case .exact(let words):
            return follow(words.flatMap { interner.atoms(forExactWord: $0) }, from: positions, into: &builder)
        case .prefix(let prefix):
            return follow([interner.atoms(forPrefix: prefix)], from: positions, into: &builder)
        case .optional(let alternatives):
            return union([positions] + alternatives.map { walk($0, from: positions, into: &builder, interner) })
        case .alternatives(let alternatives):
            return union(alternatives.map { walk($0, from: positions, into: &builder, interner) })
        case .gap(let width):
            return builder.gap(positions, width: width)
        }
    }

    private func follow(
        _ atoms: [Atom], from positions: [PhraseAutomatonBuilder.Position], into builder: inout PhraseAutomatonBuilder
    ) -> [PhraseAutomatonBuilder.Position] {
        var current = positions
        for atom in atoms {
            guard let symbol = provisionalSymbol(atom) else { continue }
            current = builder.advance(current, symbol: symbol)
        }
        return current
    }

    private func union(_ sets: [[PhraseAutomatonBuilder.Position]]) -> [PhraseAutomatonBuilder.Position] {
        guard sets.count > 1 else { return sets.first ?? [] }
        var result: [PhraseAutomatonBuilder.Position] = []
        for set in sets {
            for position in set where !result.contains(position) { result.append(position) }
        }
        return result
    }

    /// The word sequences a pattern stands for, as readable atoms (stems, "exact" forms, prefix*, ...N), for
    /// reviewing lexicons: two patterns with a sequence in common match the same words.
    func readableSequences(of pattern: Pattern) -> [[String]] {
        let interner = Interner(analyzer: analyzer)
        return expand(pattern.elements, interner).compactMap(Self.tidy).map { sequence in
            sequence.map { atom in
                switch atom {
                case .stem(let index): String(decoding: interner.stems[Int(index)], as: UTF8.self)
                case .exact(let index): "\"" + String(decoding: interner.exactForms[Int(index)], as: UTF8.self) + "\""
                case .prefix(let index): String(decoding: interner.prefixes[Int(index)], as: UTF8.self) + "*"
                case .gap(let width): "...\(width)"
                }
            }
        }
    }

    // MARK: Expansion

    private func expand(_ elements: [PatternElement], _ interner: Interner) -> [[Atom]] {
        var results: [[Atom]] = [[]]
        for element in elements {
            let options = expand(element, interner)
            if options.count == 1 {
                for index in results.indices { results[index].append(contentsOf: options[0]) }
                continue
            }
            var next: [[Atom]] = []
            next.reserveCapacity(results.count * options.count)
            for prefix in results {
                for option in options { next.append(prefix + option) }
            }
            results = next
        }
        return results
    }

    private func expand(_ element: PatternElement, _ interner: Interner) -> [[Atom]] {
        switch element {
        case .word(let word):
            return interner.atoms(forWord: word)
        case .exact(let words):
            return [words.flatMap { interner.atoms(forExactWord: $0) }]
        case .prefix(let prefix):
            return [[interner.atoms(forPrefix: prefix)]]
        case .optional(let alternatives):
            return [[]] + alternatives.flatMap { expand($0, interner) }
        case .alternatives(let alternatives):
            return alternatives.flatMap { expand($0, interner) }
        case .gap(let width):
            return [[.gap(width)]]
        }
    }

    /// Drops gaps that optional parts left at an edge, merges neighbouring gaps, and drops empty sequences.
    private static func tidy(_ sequence: [Atom]) -> [Atom]? {
        var tidied: [Atom] = []
        tidied.reserveCapacity(sequence.count)
        for atom in sequence {
            if case .gap(let width) = atom {
                guard !tidied.isEmpty else { continue }
                if case .gap(let previous) = tidied.last {
                    tidied[tidied.count - 1] = .gap(min(previous + width, PatternParser.maximumGap))
                } else {
                    tidied.append(atom)
                }
            } else {
                tidied.append(atom)
            }
        }
        while case .gap = tidied.last { tidied.removeLast() }
        return tidied.isEmpty ? nil : tidied
    }
}
