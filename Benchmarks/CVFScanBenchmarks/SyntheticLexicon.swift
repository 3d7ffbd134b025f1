import CVFScan

/// A generated lexicon of extra patterns, for showing how scan time depends on the number of patterns.
///
/// Each pattern is 2 or 3 words drawn at random (fixed seed) from a vocabulary of real words: the words of the
/// development answers of at least four letters, less the 100 most frequent (a real lexicon has no pattern like
/// `that with`, which would match most answers and measure the scorer, not the matcher). The patterns sit in one
/// framework with one dimension and a fixed number of behaviours, so the report has the same shape whatever the
/// pattern count: only the automaton grows.
struct SyntheticLexicon {
    static let seed: UInt64 = 16
    static let behaviourCount = 8

    let vocabulary: [String]

    init(sentences: [String]) {
        var counts: [String: Int] = [:]
        for sentence in sentences {
            for word in sentence.lowercased().split(whereSeparator: { !$0.isASCII || !$0.isLetter }) where word.count >= 4 {
                counts[String(word), default: 0] += 1
            }
        }
        let byFrequency = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
        vocabulary = Array(byFrequency.dropFirst(100)).sorted()
    }

    /// The text of a lexicon file with `patternCount` generated patterns (none is allowed: the behaviours are
    /// still reported, so a 1x run has the same report shape as a 16x run).
    func text(patternCount: Int) -> String {
        var random = SeededGenerator(seed: Self.seed)
        var lines = [
            "framework synthetic",
            "  name: Synthetic patterns for the pattern-count benchmark",
            "",
            "dimension extra",
            "  kind: competency",
            "  name: Synthetic dimension",
        ]
        for behaviour in 0..<Self.behaviourCount {
            lines += [
                "",
                "behaviour extra-\(behaviour + 1)",
                "  statement: A synthetic behaviour.",
                "  source: synthetic.txt",
                "  polarity: support",
            ]
            let share = patternCount / Self.behaviourCount + (behaviour < patternCount % Self.behaviourCount ? 1 : 0)
            for _ in 0..<share {
                let words = (0..<random.integer(in: 2...3)).map { _ in vocabulary[random.index(below: vocabulary.count)] }
                lines.append("  pattern: " + words.joined(separator: " "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The built-in lexicon with the synthetic framework added.
    func lexicon(adding patternCount: Int, to builtIn: Lexicon) throws -> Lexicon {
        builtIn.merging(try Lexicon.parse(text(patternCount: patternCount), file: "synthetic.lexicon"))
    }
}
