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
        // Within one behaviour and polarity the i-th strongest match counts repeatDecay^i of its weight, up to the cap.
        var position = 0
        while position < order.count {
            let first = matches[order[position]]
            var total = 0.0
            var factor = 1.0
            while position < order.count, matches[order[position]].behaviourIndex == first.behaviourIndex,
                  matches[order[position]].polarity == first.polarity {
                let index = order[position]
                let credit = min(matches[index].weight * factor, max(0, ScoringModel.behaviourCap - total))
                matches[index].credit = credit
                total += credit
                factor *= ScoringModel.repeatDecay
                position += 1
            }
        }
        capClaimsAndFrameworkWords(&matches)

        // Evidence per behaviour from the final credits, in behaviour order.
        var evidenceByDimension = [[BehaviourEvidence]](repeating: [], count: compiled.dimensions.count)
        var totals: [Int32: (support: Double, counter: Double, count: Int)] = [:]
        var behaviourOrder: [Int32] = []
        for index in order {
            let match = matches[index]
            if totals[match.behaviourIndex] == nil { behaviourOrder.append(match.behaviourIndex) }
            var entry = totals[match.behaviourIndex] ?? (0, 0, 0)
            if match.polarity == .support { entry.support += match.credit } else { entry.counter += match.credit }
            if match.credit > 0 { entry.count += 1 }
            totals[match.behaviourIndex] = entry
        }
        for behaviourIndex in behaviourOrder {
            let dimensionIndex = Int(compiled.behaviourDimensionIndices[Int(behaviourIndex)])
            guard dimensionIndex >= 0, let entry = totals[behaviourIndex] else { continue }
            evidenceByDimension[dimensionIndex].append(BehaviourEvidence(
                behaviourID: compiled.behaviourIDs[Int(behaviourIndex)], support: entry.support,
                counter: entry.counter, matchCount: entry.count))
        }

        // Per dimension: support from actual accounts, capped support from claims, and counter-evidence.
        var actualSupport = [Double](repeating: 0, count: compiled.dimensions.count)
        var claimedSupport = [Double](repeating: 0, count: compiled.dimensions.count)
        for match in matches where match.polarity == .support && match.dimensionIndex >= 0 {
            if match.modality == .actual && match.role != .vocabulary {
                actualSupport[Int(match.dimensionIndex)] += match.credit
            } else {
                claimedSupport[Int(match.dimensionIndex)] += match.credit
            }
        }
        let lengthFactor = ScoringModel.lengthFactor(words: wordCount)
        return compiled.dimensions.enumerated().map { dimensionIndex, dimension in
            let evidence = evidenceByDimension[dimensionIndex]
            let support = actualSupport[dimensionIndex] + min(claimedSupport[dimensionIndex], ScoringModel.nonActualCap)
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

    /// The framework's own words count once per place in the answer (several behaviours may list the same words)
    /// and at most ``ScoringModel/vocabularyCap`` per dimension; credits beyond are set to zero so the report shows
    /// what really counted.
    private func capClaimsAndFrameworkWords(_ matches: inout [Match]) {
        var vocabularyTotals = [Double](repeating: 0, count: compiled.dimensions.count)
        var seen: Set<[Int]> = []
        for index in matches.indices where matches[index].role == .vocabulary && matches[index].dimensionIndex >= 0 {
            let dimension = Int(matches[index].dimensionIndex)
            let place = [dimension, matches[index].codePointRange.lowerBound, matches[index].codePointRange.upperBound]
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
