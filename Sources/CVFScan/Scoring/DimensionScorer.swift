/// Turns context-weighted matches into one ``DimensionResult`` per dimension (see ``ScoringModel``), and records on
/// each match the credit it actually added. Groups by integer behaviour index: an answer's few matches are sorted
/// once, and only behaviours with matches are visited.
struct DimensionScorer {
    let compiled: CompiledLexicon
    let options: ScanOptions

    func score(matches: inout [Match], wordCount: Int) -> [DimensionResult] {
        // Diminishing returns within each behaviour and polarity: order by behaviour, polarity, weight, position.
        let order = matches.indices.sorted { left, right in
            let a = matches[left]
            let b = matches[right]
            if a.behaviourIndex != b.behaviourIndex { return a.behaviourIndex < b.behaviourIndex }
            if a.polarity != b.polarity { return a.polarity == .support }
            if a.weight != b.weight { return a.weight > b.weight }
            return left < right
        }
        var evidenceByDimension = [[BehaviourEvidence]](repeating: [], count: compiled.dimensions.count)
        var position = 0
        while position < order.count {
            let behaviourIndex = matches[order[position]].behaviourIndex
            var support = 0.0
            var counter = 0.0
            var counted = 0
            while position < order.count, matches[order[position]].behaviourIndex == behaviourIndex {
                let polarity = matches[order[position]].polarity
                var total = 0.0
                var factor = 1.0
                while position < order.count, matches[order[position]].behaviourIndex == behaviourIndex,
                      matches[order[position]].polarity == polarity {
                    let index = order[position]
                    let credit = min(matches[index].weight * factor, max(0, ScoringModel.behaviourCap - total))
                    matches[index].credit = credit
                    total += credit
                    factor *= ScoringModel.repeatDecay
                    if credit > 0 { counted += 1 }
                    position += 1
                }
                if polarity == .support { support = total } else { counter = total }
            }
            let dimensionIndex = Int(compiled.behaviourDimensionIndices[Int(behaviourIndex)])
            guard dimensionIndex >= 0 else { continue }
            evidenceByDimension[dimensionIndex].append(BehaviourEvidence(
                behaviourID: compiled.behaviourIDs[Int(behaviourIndex)], support: support, counter: counter,
                matchCount: counted))
        }

        let lengthFactor = ScoringModel.lengthFactor(words: wordCount)
        return compiled.dimensions.enumerated().map { dimensionIndex, dimension in
            let evidence = evidenceByDimension[dimensionIndex]
            let support = evidence.reduce(0) { $0 + $1.support }
            let counter = evidence.reduce(0) { $0 + $1.counter }
            let net = support * lengthFactor - counter
            let score = ScoringModel.score(net: net)
            let band = options.thresholds(for: dimension.id).band(for: Double(score))
            func ranked(_ entries: [BehaviourEvidence], by value: (BehaviourEvidence) -> Double) -> [String] {
                entries.filter { value($0) > 0 }
                    .sorted { value($0) != value($1) ? value($0) > value($1) : $0.behaviourID < $1.behaviourID }
                    .map(\.behaviourID)
            }
            return DimensionResult(
                id: dimension.id, frameworkID: dimension.frameworkID, kind: dimension.kind, name: dimension.name,
                score: score, band: band, support: support, counter: counter,
                behaviours: ranked(evidence) { $0.support - $0.counter },
                counterBehaviours: ranked(evidence) { $0.counter - $0.support },
                evidence: evidence, lengthFactor: lengthFactor, net: net)
        }
    }
}
