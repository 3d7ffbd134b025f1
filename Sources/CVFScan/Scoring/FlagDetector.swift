/// Flags about an answer as a whole: things a score alone would hide (gaming, hypotheticals, someone else's deeds).
enum FlagDetector {
    static let shortAnswerWords = 50
    static let stuffingRepeats = 4
    static let buzzwordMinimum = 3

    static func flags(matches: [Match], dimensions: [DimensionResult], wordCount: Int) -> [Flag] {
        var flags: [Flag] = []
        if wordCount == 0 {
            return [Flag(id: "empty", message: "The answer has no words to assess.")]
        }
        if wordCount < shortAnswerWords {
            flags.append(Flag(id: "short-answer", message: "The answer is short (\(wordCount) words): there is little room for evidence."))
        }
        if wordCount > ScoringModel.referenceLength {
            let factor = ScoringModel.lengthFactor(words: wordCount)
            flags.append(Flag(id: "long-answer", message: "The answer is long (\(wordCount) words): support was multiplied by \(formatted(factor)) so that length alone does not raise the scores."))
        }
        if !dimensions.contains(where: { $0.score > 0 }) {
            flags.append(Flag(id: "no-evidence", message: "No behaviour of the selected frameworks is evidenced."))
        }

        // One pass over the matches, counting: a report can carry dozens of matches and this runs for every answer.
        var vocabularyCount = 0, concreteCount = 0, evidenceCount = 0, notActualCount = 0, othersCount = 0, ownCount = 0
        // Fields are read in place: copying a match out would retain each of its strings.
        for index in matches.indices {
            if matches[index].role == .vocabulary {
                vocabularyCount += 1
                continue
            }
            let agent = matches[index].agent
            let isSupport = matches[index].polarity == .support
            let isActual = matches[index].modality == .actual
            if agent == .other {
                othersCount += 1
            } else {
                ownCount += 1
                if isSupport {
                    evidenceCount += 1
                    if !isActual { notActualCount += 1 }
                }
            }
            if agent == .applicant, isActual, isSupport { concreteCount += 1 }
        }
        if vocabularyCount >= buzzwordMinimum && vocabularyCount >= concreteCount {
            let vocabulary = matches.filter { $0.role == .vocabulary }
            let words = orderedUnique(vocabulary.map { $0.text.lowercased() }).prefix(4).map { "'\($0)'" }.joined(separator: ", ")
            flags.append(Flag(id: "buzzwords", message: "The answer uses the framework's own words \(vocabularyCount) times (\(words)) but describes \(concreteCount) concrete action\(concreteCount == 1 ? "" : "s") of the applicant's own."))
        }

        if matches.count >= stuffingRepeats, let (index, count) = mostRepeatedPattern(in: matches), count >= stuffingRepeats {
            flags.append(Flag(id: "keyword-stuffing", message: "The phrase '\(matches[index].pattern)' matches \(count) times; repeats add less each time."))
        }

        if evidenceCount >= 2, Double(notActualCount) > 0.6 * Double(evidenceCount) {
            flags.append(Flag(id: "mostly-hypothetical", message: "\(notActualCount) of \(evidenceCount) pieces of evidence say what the applicant would do or believes, not what they did."))
        }

        if othersCount >= 2, othersCount >= ownCount {
            flags.append(Flag(id: "credit-to-others", message: "\(othersCount) matched behaviours were done by someone else, which earns the applicant no credit."))
        }

        let countered = dimensions.filter { $0.counter > 0 && $0.counter >= $0.support }
        if !countered.isEmpty {
            let names = countered.map(\.id).joined(separator: ", ")
            flags.append(Flag(id: "counter-evidence", message: "Evidence against the expected behaviour outweighs evidence for it in \(names)."))
        }
        return flags
    }

    /// The pattern (of one behaviour) that matched most often: a match showing it, and how often; ties go to the
    /// pattern, then the behaviour, that sorts first. Counted by integer behaviour and pattern index; texts are
    /// compared only between different patterns of one behaviour, which a lexicon may write identically.
    private static func mostRepeatedPattern(in matches: [Match]) -> (index: Int, count: Int)? {
        let order = matches.indices.sorted { left, right in
            if matches[left].behaviourIndex != matches[right].behaviourIndex {
                return matches[left].behaviourIndex < matches[right].behaviourIndex
            }
            if matches[left].sourcePatternIndex != matches[right].sourcePatternIndex {
                return matches[left].sourcePatternIndex < matches[right].sourcePatternIndex
            }
            // Matches made outside a scan carry no pattern index.
            if matches[left].sourcePatternIndex < 0, matches[left].pattern != matches[right].pattern {
                return matches[left].pattern < matches[right].pattern
            }
            return left < right
        }
        // Runs of one behaviour and pattern: (a match of the run, its length). Runs of one behaviour whose patterns
        // read the same are then merged into the first.
        var runs: [(index: Int, count: Int)] = []
        var behaviourFirstRun = 0
        var position = 0
        while position < order.count {
            let first = order[position]
            var count = 0
            while position < order.count, matches[order[position]].behaviourIndex == matches[first].behaviourIndex,
                  matches[order[position]].sourcePatternIndex == matches[first].sourcePatternIndex,
                  matches[first].sourcePatternIndex >= 0 || matches[order[position]].pattern == matches[first].pattern {
                count += 1
                position += 1
            }
            if let last = runs.last, matches[last.index].behaviourIndex != matches[first].behaviourIndex {
                behaviourFirstRun = runs.count
            }
            if let same = runs[behaviourFirstRun...].firstIndex(where: { matches[$0.index].pattern == matches[first].pattern }) {
                runs[same].count += count
            } else {
                runs.append((first, count))
            }
        }
        var best: (index: Int, count: Int)?
        for run in runs {
            guard let current = best else {
                best = run
                continue
            }
            let isBetter = run.count != current.count
                ? run.count > current.count
                : (matches[run.index].pattern, matches[run.index].behaviourID)
                    < (matches[current.index].pattern, matches[current.index].behaviourID)
            if isBetter { best = run }
        }
        return best
    }

    private static func orderedUnique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }

    static func formatted(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return String(rounded)
    }
}
