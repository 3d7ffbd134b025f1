import CVFScan

/// Turns the built-in patterns into the literal phrases a plain phrase matcher (Aho–Corasick, FlashText, spaCy's
/// PhraseMatcher) can look for, so the comparison tools search for the same words cvfscan does.
///
/// The expansion is deliberately simple, and gives the literal tools the easier job:
/// - words and quoted words are taken as written, lower-cased (`took` stays `took`: the literal tools do not
///   match `taking`, which cvfscan's stemming does);
/// - optional parts and alternatives are multiplied out (`took [full] (responsibility | ownership)` gives four
///   phrases);
/// - a gap is dropped, joining the words either side (`challenged ... behaviour` gives `challenged behaviour`):
///   splitting there instead would add one-word phrases such as `for` and `did` that match everywhere and make
///   the literal tools look slower than they are;
/// - any expansion containing a prefix (`respons*`) is skipped, since a literal matcher cannot express it;
/// - duplicates are removed and the list sorted.
struct PhraseExporter {
    /// The largest expansion of one pattern; the lexicon format allows 256, so this never cuts a valid pattern.
    static let expansionLimit = 4096

    private enum Piece: Hashable {
        case word(String)
        case gap
        case prefix
    }

    struct Export {
        var phrases: [String]
        var patterns: Int
        var expansionsWithPrefix: Int
    }

    func export(_ lexicon: Lexicon) -> Export {
        var phrases: Set<String> = []
        var skipped = 0
        for pattern in lexicon.patterns {
            for sequence in expand(pattern.elements) {
                if sequence.contains(.prefix) {
                    skipped += 1
                    continue
                }
                let words = sequence.compactMap { piece -> String? in
                    if case .word(let word) = piece { return word }
                    return nil
                }
                if !words.isEmpty { phrases.insert(words.joined(separator: " ")) }
            }
        }
        return Export(phrases: phrases.sorted(), patterns: lexicon.patterns.count, expansionsWithPrefix: skipped)
    }

    private func expand(_ elements: [PatternElement]) -> [[Piece]] {
        var sequences: [[Piece]] = [[]]
        for element in elements {
            let choices: [[Piece]]
            switch element {
            case .word(let word):
                choices = [[.word(word.lowercased())]]
            case .exact(let words):
                choices = [words.map { .word($0.lowercased()) }]
            case .prefix:
                choices = [[.prefix]]
            case .gap:
                choices = [[.gap]]
            case .optional(let alternatives):
                choices = [[]] + alternatives.flatMap(expand)
            case .alternatives(let alternatives):
                choices = alternatives.flatMap(expand)
            }
            var next: [[Piece]] = []
            for sequence in sequences {
                for choice in choices where next.count < Self.expansionLimit {
                    next.append(sequence + choice)
                }
            }
            sequences = next
        }
        return sequences
    }
}
