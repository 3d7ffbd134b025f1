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

        let vocabulary = matches.filter { $0.role == .vocabulary }
        let concrete = matches.filter { $0.role != .vocabulary && $0.agent == .applicant && $0.modality == .actual && $0.polarity == .support }
        if vocabulary.count >= buzzwordMinimum && vocabulary.count >= concrete.count {
            let words = orderedUnique(vocabulary.map { $0.text.lowercased() }).prefix(4).map { "'\($0)'" }.joined(separator: ", ")
            flags.append(Flag(id: "buzzwords", message: "The answer uses the framework's own words \(vocabulary.count) times (\(words)) but describes \(concrete.count) concrete action\(concrete.count == 1 ? "" : "s") of the applicant's own."))
        }

        var repeats: [String: Int] = [:]
        for match in matches { repeats[match.pattern + "\u{0}" + match.behaviourID, default: 0] += 1 }
        if let (key, count) = repeats.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
           count >= stuffingRepeats {
            let pattern = key.split(separator: "\u{0}").first.map(String.init) ?? key
            flags.append(Flag(id: "keyword-stuffing", message: "The phrase '\(pattern)' matches \(count) times; repeats add less each time."))
        }

        let evidence = matches.filter { $0.role != .vocabulary && $0.polarity == .support && $0.agent != .other }
        let notActual = evidence.filter { $0.modality != .actual }
        if evidence.count >= 2, Double(notActual.count) > 0.6 * Double(evidence.count) {
            flags.append(Flag(id: "mostly-hypothetical", message: "\(notActual.count) of \(evidence.count) pieces of evidence say what the applicant would do or believes, not what they did."))
        }

        let others = matches.filter { $0.role != .vocabulary && $0.agent == .other }
        let own = matches.filter { $0.role != .vocabulary && $0.agent != .other }
        if others.count >= 2, others.count >= own.count {
            flags.append(Flag(id: "credit-to-others", message: "\(others.count) matched behaviours were done by someone else, which earns the applicant no credit."))
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
