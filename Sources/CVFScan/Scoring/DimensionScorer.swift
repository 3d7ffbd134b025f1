/// Turns context-weighted matches into one ``DimensionResult`` per dimension (see ``ScoringModel``), and records on
/// each match the credit it actually added.
struct DimensionScorer {
    let compiled: CompiledLexicon
    let options: ScanOptions

    private struct GroupKey: Hashable {
        var behaviourID: String
        var polarity: Polarity
    }

    func score(matches: inout [Match], wordCount: Int) -> [DimensionResult] {
        // Diminishing returns within each behaviour and polarity.
        var groups: [GroupKey: [Int]] = [:]
        for index in matches.indices {
            groups[GroupKey(behaviourID: matches[index].behaviourID, polarity: matches[index].polarity), default: []]
                .append(index)
        }
        var behaviourTotals: [GroupKey: (credit: Double, count: Int)] = [:]
        for (key, indices) in groups {
            let ordered = indices.sorted { left, right in
                matches[left].weight != matches[right].weight ? matches[left].weight > matches[right].weight : left < right
            }
            var total = 0.0
            var factor = 1.0
            var counted = 0
            for index in ordered {
                let credit = min(matches[index].weight * factor, max(0, ScoringModel.behaviourCap - total))
                matches[index].credit = credit
                total += credit
                factor *= ScoringModel.repeatDecay
                if credit > 0 { counted += 1 }
            }
            behaviourTotals[key] = (total, counted)
        }

        let lengthFactor = ScoringModel.lengthFactor(words: wordCount)
        var evidenceByDimension: [String: [BehaviourEvidence]] = [:]
        for behaviour in compiled.behaviours {
            let support = behaviourTotals[GroupKey(behaviourID: behaviour.id, polarity: .support)]
            let counter = behaviourTotals[GroupKey(behaviourID: behaviour.id, polarity: .counter)]
            guard support != nil || counter != nil else { continue }
            evidenceByDimension[behaviour.dimensionID, default: []].append(BehaviourEvidence(
                behaviourID: behaviour.id, support: support?.credit ?? 0, counter: counter?.credit ?? 0,
                matchCount: (support?.count ?? 0) + (counter?.count ?? 0)))
        }
        return compiled.dimensions.map { dimension in
            let evidence = evidenceByDimension[dimension.id] ?? []
            let support = evidence.reduce(0) { $0 + $1.support }
            let counter = evidence.reduce(0) { $0 + $1.counter }
            let net = support * lengthFactor - counter
            let score = ScoringModel.score(net: net)
            let band = options.thresholds(for: dimension.id).band(for: Double(score))
            let supporting = evidence.filter { $0.support > $0.counter }
                .sorted { $0.support - $0.counter != $1.support - $1.counter ? $0.support - $0.counter > $1.support - $1.counter : $0.behaviourID < $1.behaviourID }
                .map(\.behaviourID)
            let countering = evidence.filter { $0.counter > $0.support }
                .sorted { $0.counter - $0.support != $1.counter - $1.support ? $0.counter - $0.support > $1.counter - $1.support : $0.behaviourID < $1.behaviourID }
                .map(\.behaviourID)
            return DimensionResult(
                id: dimension.id, frameworkID: dimension.frameworkID, kind: dimension.kind, name: dimension.name,
                score: score, band: band, support: support, counter: counter, behaviours: supporting,
                counterBehaviours: countering, evidence: evidence, lengthFactor: lengthFactor, net: net)
        }
    }
}
