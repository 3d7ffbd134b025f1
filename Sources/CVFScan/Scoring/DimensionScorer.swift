/// Turns context-weighted matches into one ``DimensionResult`` per dimension (see ``ScoringModel``), and records on
/// each match the credit it actually added. Works on integer keys copied out of the matches once: a `Match` holds
/// a dozen strings, and copying one in a sort comparison costs a retain and a release for each.
struct DimensionScorer {
    let compiled: CompiledLexicon
    /// The band thresholds of each dimension, in `compiled.dimensions` order.
    let thresholds: [BandThresholds]

    /// What the scorer reads of a match, so sorting and grouping never touch the match itself.
    private struct Key {
        var behaviourIndex: Int32
        var isSupport: Bool
        var weight: Double
        var index: Int
    }

    func score(matches: inout [Match], wordCount: Int) -> [DimensionResult] {
        // Diminishing returns within each behaviour and polarity: order by behaviour, polarity, weight, position.
        var keys = matches.indices.map { index in
            Key(behaviourIndex: matches[index].behaviourIndex, isSupport: matches[index].polarity == .support,
                weight: matches[index].weight, index: index)
        }
        keys.sort { a, b in
            if a.behaviourIndex != b.behaviourIndex { return a.behaviourIndex < b.behaviourIndex }
            if a.isSupport != b.isSupport { return a.isSupport }
            if a.weight != b.weight { return a.weight > b.weight }
            return a.index < b.index
        }
        // Within one behaviour and polarity the i-th strongest match counts repeatDecay^i of its weight, up to the cap.
        var position = 0
        while position < keys.count {
            let first = keys[position]
            var total = 0.0
            var factor = 1.0
            while position < keys.count, keys[position].behaviourIndex == first.behaviourIndex,
                  keys[position].isSupport == first.isSupport {
                let credit = min(keys[position].weight * factor, max(0, ScoringModel.behaviourCap - total))
                matches[keys[position].index].credit = credit
                total += credit
                factor *= ScoringModel.repeatDecay
                position += 1
            }
        }
        capClaimsAndFrameworkWords(&matches)

        // Evidence per behaviour from the final credits, in behaviour order (the keys are grouped by behaviour).
        var evidenceByDimension = [[BehaviourEvidence]](repeating: [], count: compiled.dimensions.count)
        position = 0
        while position < keys.count {
            let behaviourIndex = keys[position].behaviourIndex
            var support = 0.0, counter = 0.0, count = 0
            while position < keys.count, keys[position].behaviourIndex == behaviourIndex {
                let credit = matches[keys[position].index].credit
                if keys[position].isSupport { support += credit } else { counter += credit }
                if credit > 0 { count += 1 }
                position += 1
            }
            let dimensionIndex = Int(compiled.behaviourDimensionIndices[Int(behaviourIndex)])
            guard dimensionIndex >= 0 else { continue }
            evidenceByDimension[dimensionIndex].append(BehaviourEvidence(
                behaviourID: compiled.behaviourIDs[Int(behaviourIndex)], support: support, counter: counter,
                matchCount: count))
        }

        // Per dimension: support from actual accounts, capped support from claims, and counter-evidence.
        var actualSupport = [Double](repeating: 0, count: compiled.dimensions.count)
        var claimedSupport = [Double](repeating: 0, count: compiled.dimensions.count)
        for index in matches.indices where matches[index].polarity == .support && matches[index].dimensionIndex >= 0 {
            let dimensionIndex = Int(matches[index].dimensionIndex)
            if matches[index].modality == .actual && matches[index].role != .vocabulary {
                actualSupport[dimensionIndex] += matches[index].credit
            } else {
                claimedSupport[dimensionIndex] += matches[index].credit
            }
        }
        let lengthFactor = ScoringModel.lengthFactor(words: wordCount)
        var results: [DimensionResult] = []
        results.reserveCapacity(compiled.dimensions.count)
        for (dimensionIndex, dimension) in compiled.dimensions.enumerated() {
            let evidence = evidenceByDimension[dimensionIndex]
            let support = actualSupport[dimensionIndex] + min(claimedSupport[dimensionIndex], ScoringModel.nonActualCap)
            let counter = evidence.reduce(0) { $0 + $1.counter }
            let net = support * lengthFactor - counter
            let score = ScoringModel.score(net: net)
            let band = thresholds[dimensionIndex].band(for: Double(score))
            results.append(DimensionResult(
                id: dimension.id, frameworkID: dimension.frameworkID, kind: dimension.kind, name: dimension.name,
                score: score, band: band, support: support, counter: counter,
                behaviours: Self.ranked(evidence) { $0.support - $0.counter },
                counterBehaviours: Self.ranked(evidence) { $0.counter - $0.support },
                evidence: evidence, lengthFactor: lengthFactor, net: net))
        }
        return results
    }

    /// The behaviours whose `value` is positive, highest first, ties by id.
    private static func ranked(_ entries: [BehaviourEvidence], by value: (BehaviourEvidence) -> Double) -> [String] {
        guard !entries.isEmpty else { return [] }
        return entries.filter { value($0) > 0 }
            .sorted { value($0) != value($1) ? value($0) > value($1) : $0.behaviourID < $1.behaviourID }
            .map(\.behaviourID)
    }

    /// A place in the answer where a dimension's framework words matched.
    private struct VocabularyPlace: Hashable {
        var dimension: Int32
        var start: Int
        var end: Int
    }

    /// The framework's own words count once per place in the answer (several behaviours may list the same words)
    /// and at most ``ScoringModel/vocabularyCap`` per dimension; credits beyond are set to zero so the report shows
    /// what really counted.
    private func capClaimsAndFrameworkWords(_ matches: inout [Match]) {
        var vocabularyTotals = [Double](repeating: 0, count: compiled.dimensions.count)
        var seen: Set<VocabularyPlace> = []
        for index in matches.indices where matches[index].role == .vocabulary && matches[index].dimensionIndex >= 0 {
            let dimension = Int(matches[index].dimensionIndex)
            let place = VocabularyPlace(
                dimension: matches[index].dimensionIndex, start: matches[index].codePointRange.lowerBound,
                end: matches[index].codePointRange.upperBound)
            guard seen.insert(place).inserted else {
                matches[index].credit = 0
                continue
            }
            let allowed = max(0, ScoringModel.vocabularyCap - vocabularyTotals[dimension])
            matches[index].credit = min(matches[index].credit, allowed)
            vocabularyTotals[dimension] += matches[index].credit
        }
    }
}
