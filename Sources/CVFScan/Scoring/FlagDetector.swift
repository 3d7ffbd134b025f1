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
        for match in matches {
            if match.role == .vocabulary {
                vocabularyCount += 1
                continue
            }
            if match.agent == .other {
                othersCount += 1
            } else {
                ownCount += 1
                if match.polarity == .support {
                    evidenceCount += 1
                    if match.modality != .actual { notActualCount += 1 }
                }
            }
            if match.agent == .applicant, match.modality == .actual, match.polarity == .support { concreteCount += 1 }
        }
        if vocabularyCount >= buzzwordMinimum && vocabularyCount >= concreteCount {
            let vocabulary = matches.filter { $0.role == .vocabulary }
            let words = orderedUnique(vocabulary.map { $0.text.lowercased() }).prefix(4).map { "'\($0)'" }.joined(separator: ", ")
            flags.append(Flag(id: "buzzwords", message: "The answer uses the framework's own words \(vocabularyCount) times (\(words)) but describes \(concreteCount) concrete action\(concreteCount == 1 ? "" : "s") of the applicant's own."))
        }

        if matches.count >= stuffingRepeats {
            struct RepeatKey: Hashable {
                var pattern: String
                var behaviourID: String
            }
            var repeats: [RepeatKey: Int] = [:]
            for match in matches { repeats[RepeatKey(pattern: match.pattern, behaviourID: match.behaviourID), default: 0] += 1 }
            let mostRepeated = repeats.max { left, right in
                if left.value != right.value { return left.value < right.value }
                return (left.key.pattern, left.key.behaviourID) > (right.key.pattern, right.key.behaviourID)
            }
            if let (key, count) = mostRepeated, count >= stuffingRepeats {
                flags.append(Flag(id: "keyword-stuffing", message: "The phrase '\(key.pattern)' matches \(count) times; repeats add less each time."))
            }
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

    private static func orderedUnique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }

    static func formatted(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return String(rounded)
    }
}
