/// Compiles the patterns of the selected frameworks into one ``PhraseAutomaton``.
///
/// Pattern words go through the same ``WordAnalyzer`` as answer words, so `took` in a pattern and `taken` in an
/// answer reach the same stem symbol; optional parts and alternatives are multiplied out into word sequences
/// (bounded by the parser at 256 per pattern).
struct PatternCompiler {
    let analyzer: WordAnalyzer

    /// A word sequence before its words are interned.
    private enum RawAtom: Hashable {
        case stem([UInt8])
        case exact([UInt8])
        case prefix([UInt8])
        case gap(Int)
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

        var compiled: [CompiledPattern] = []
        var rawSequences: [[[RawAtom]]] = []
        for (index, pattern) in lexicon.patterns.enumerated() {
            guard let behaviour = behaviourIndex[pattern.behaviourID],
                  let dimension = dimensionIndex[behaviours[Int(behaviour)].dimensionID] else { continue }
            let sequences = expand(pattern.elements).compactMap(Self.tidy)
            guard !sequences.isEmpty else { continue }
            let polarity = pattern.role == .against ? behaviours[Int(behaviour)].polarity.opposite
                : behaviours[Int(behaviour)].polarity
            let length = sequences.map { $0.filter { if case .gap = $0 { false } else { true } }.count }.min() ?? 0
            compiled.append(CompiledPattern(
                patternIndex: index, behaviourIndex: behaviour, dimensionIndex: dimension, polarity: polarity,
                role: pattern.role, weight: pattern.weight, length: length))
            rawSequences.append(sequences)
        }

        // Stems first, then exact forms and prefixes, so stem symbols are dense from 0.
        var vocabulary = TermVocabulary()
        for sequences in rawSequences {
            for sequence in sequences {
                for atom in sequence {
                    switch atom {
                    case .stem(let stem): _ = vocabulary.stemSymbol(stem)
                    case .exact(let form): vocabulary.addExactForm(form)
                    case .prefix(let prefix): vocabulary.addPrefix(prefix)
                    case .gap: break
                    }
                }
            }
        }
        vocabulary.seal()
        let atomSequences: [[[PatternAtom]]] = rawSequences.map { sequences in
            sequences.map { sequence in
                sequence.map { atom -> PatternAtom in
                    switch atom {
                    case .stem(let stem): .symbol(vocabulary.stems[stem] ?? -1)
                    case .exact(let form): .symbol(vocabulary.exactForms[form] ?? -1)
                    case .prefix(let prefix): .symbol(vocabulary.prefixes[prefix] ?? -1)
                    case .gap(let width): .gap(width)
                    }
                }
            }
        }
        let automaton = PhraseAutomaton(sequences: atomSequences, symbolCount: vocabulary.symbolCount)
        return CompiledLexicon(
            lexicon: lexicon, frameworkIDs: frameworkIDs, dimensions: dimensions, behaviours: behaviours,
            patterns: compiled, vocabulary: vocabulary, automaton: automaton, analyzer: analyzer)
    }

    /// The word sequences a pattern stands for, as readable atoms (stems, "exact" forms, prefix*, ...N), for
    /// reviewing lexicons: two patterns with a sequence in common match the same words.
    func readableSequences(of pattern: Pattern) -> [[String]] {
        expand(pattern.elements).compactMap(Self.tidy).map { sequence in
            sequence.map { atom in
                switch atom {
                case .stem(let stem): String(decoding: stem, as: UTF8.self)
                case .exact(let form): "\"" + String(decoding: form, as: UTF8.self) + "\""
                case .prefix(let prefix): String(decoding: prefix, as: UTF8.self) + "*"
                case .gap(let width): "...\(width)"
                }
            }
        }
    }

    // MARK: Expansion

    private func expand(_ elements: [PatternElement]) -> [[RawAtom]] {
        var results: [[RawAtom]] = [[]]
        for element in elements {
            let options = expand(element)
            var next: [[RawAtom]] = []
            next.reserveCapacity(results.count * options.count)
            for prefix in results {
                for option in options { next.append(prefix + option) }
            }
            results = next
        }
        return results
    }

    private func expand(_ element: PatternElement) -> [[RawAtom]] {
        switch element {
        case .word(let word):
            let whole = analyzer.parts(of: word).map { RawAtom.stem($0.stem) }
            let pieces = word.split(whereSeparator: { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" })
            guard pieces.count > 1 else { return [whole] }
            // multi-agency: the hyphenated or joined word, or the separate words.
            let separate = pieces.flatMap { analyzer.parts(of: String($0)).map { RawAtom.stem($0.stem) } }
            return whole == separate ? [whole] : [whole, separate]
        case .exact(let words):
            return [words.flatMap { analyzer.parts(of: $0).map { RawAtom.exact($0.form) } }]
        case .prefix(let prefix):
            var folded: [UInt8] = []
            withUTF8Bytes(of: prefix) { bytes in
                _ = analyzer.normalizer.fold(bytes, hasNonASCII: bytes.contains { $0 >= 0x80 }, into: &folded)
            }
            return [[.prefix(folded.filter { $0 != UInt8(ascii: "-") })]]
        case .optional(let alternatives):
            return [[]] + alternatives.flatMap(expand)
        case .alternatives(let alternatives):
            return alternatives.flatMap(expand)
        case .gap(let width):
            return [[.gap(width)]]
        }
    }

    /// Drops gaps that optional parts left at an edge, merges neighbouring gaps, and drops empty sequences.
    private static func tidy(_ sequence: [RawAtom]) -> [RawAtom]? {
        var tidied: [RawAtom] = []
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
