#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Turns a word as written into the forms that matching compares: lower case, diacritics folded, typographic
/// apostrophes and hyphens unified, and contractions expanded (`didn't` → `did` + `not`).
///
/// ASCII words are folded byte by byte. Only words with other characters go through Foundation, and the scanner
/// caches every distinct spelling it has seen, so that slow path runs once per spelling, not once per occurrence.
struct WordNormalizer: Sendable {
    /// Folds one word. `output` receives the folded bytes (emptied first). Returns false when nothing of the word
    /// is left (a word of only joiners and marks).
    func fold(_ word: UnsafeBufferPointer<UInt8>, hasNonASCII: Bool, into output: inout [UInt8]) -> Bool {
        output.removeAll(keepingCapacity: true)
        if !hasNonASCII {
            for byte in word {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): output.append(byte | 0x20)
                case UInt8(ascii: "`"): output.append(UInt8(ascii: "'"))
                default: output.append(byte)
                }
            }
            return !output.isEmpty
        }
        var index = 0
        while index < word.count {
            let decoded = decodeScalar(word, at: index)
            index += decoded.length
            let value = decoded.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): output.append(byte | 0x20)
                case UInt8(ascii: "`"): output.append(UInt8(ascii: "'"))
                default: output.append(byte)
                }
                continue
            }
            switch CharacterClass.classify(scalarValue: value) {
            case .apostrophe:
                output.append(UInt8(ascii: "'"))
            case .hyphen:
                output.append(UInt8(ascii: "-"))
            case .letterContinuation, .ignorable:
                // Combining accents, soft hyphens and joiners vanish: "cafe\u{301}" folds like "café".
                continue
            default:
                output.append(contentsOf: UnicodeFolding.fold(scalarValue: value))
            }
        }
        return !output.isEmpty
    }

    /// Splits a folded word into the words it stands for. Most words stand for themselves; contractions stand
    /// for two (`didn't` → `did not`, `we'll` → `we will`, `cannot` → `can not`, `it's` → `it is`).
    func expandContraction(_ folded: [UInt8]) -> (first: [UInt8], second: [UInt8]?) {
        let count = folded.count
        @inline(__always) func endsWith(_ suffix: StaticString) -> Bool {
            suffix.withUTF8Buffer { suffixBytes in
                count > suffixBytes.count && folded.suffix(suffixBytes.count).elementsEqual(suffixBytes)
            }
        }
        if endsWith("n't") {
            let base = Array(folded[0..<(count - 3)])
            let word = Contractions.negativeBases[base] ?? base
            return (word, Contractions.not)
        }
        if folded == Contractions.cannot { return (Contractions.can, Contractions.not) }
        if let split = Contractions.informal[folded] { return split }
        for (suffix, expansion) in Contractions.suffixes
        where count > suffix.count && folded.suffix(suffix.count).elementsEqual(suffix) {
            let base = Array(folded.prefix(count - suffix.count))
            if suffix == Contractions.apostropheS {
                guard let expanded = Contractions.isAfter[base] else { return (folded, nil) }
                return (base, expanded)
            }
            return (base, expansion)
        }
        return (folded, nil)
    }
}

/// Contraction tables, as UTF-8 bytes.
enum Contractions {
    static let not = Array("not".utf8)
    static let can = Array("can".utf8)
    static let cannot = Array("cannot".utf8)
    static let apostropheS = Array("'s".utf8)

    /// Bases of negative contractions that are not simply the word before "n't".
    static let negativeBases: [[UInt8]: [UInt8]] = [
        Array("ca".utf8): Array("can".utf8),
        Array("wo".utf8): Array("will".utf8),
        Array("sha".utf8): Array("shall".utf8),
        Array("ai".utf8): Array("is".utf8),
        Array("".utf8): Array("do".utf8),
    ]

    /// Suffix contractions and the word they stand for. `'s` only expands after the pronouns in `isAfter`;
    /// elsewhere it is a possessive, which the stemmer removes.
    static let suffixes: [([UInt8], [UInt8])] = [
        (Array("'ll".utf8), Array("will".utf8)),
        (Array("'ve".utf8), Array("have".utf8)),
        (Array("'re".utf8), Array("are".utf8)),
        (Array("'m".utf8), Array("am".utf8)),
        (Array("'d".utf8), Array("would".utf8)),
        (Array("'s".utf8), Array("is".utf8)),
    ]

    static let isAfter: [[UInt8]: [UInt8]] = {
        var table: [[UInt8]: [UInt8]] = [:]
        // Indefinite pronouns are left out: "everyone's views", "someone's phone" are possessives far more often.
        for word in ["he", "she", "it", "that", "there", "here", "what", "who", "where", "how", "when", "why"] {
            table[Array(word.utf8)] = Array("is".utf8)
        }
        table[Array("let".utf8)] = Array("us".utf8)
        return table
    }()

    static let informal: [[UInt8]: ([UInt8], [UInt8]?)] = [
        Array("gonna".utf8): (Array("going".utf8), Array("to".utf8)),
        Array("wanna".utf8): (Array("want".utf8), Array("to".utf8)),
        Array("gotta".utf8): (Array("got".utf8), Array("to".utf8)),
        Array("dont".utf8): (Array("do".utf8), Array("not".utf8)),
        Array("didnt".utf8): (Array("did".utf8), Array("not".utf8)),
        Array("doesnt".utf8): (Array("does".utf8), Array("not".utf8)),
        Array("wasnt".utf8): (Array("was".utf8), Array("not".utf8)),
        Array("werent".utf8): (Array("were".utf8), Array("not".utf8)),
        Array("isnt".utf8): (Array("is".utf8), Array("not".utf8)),
        Array("couldnt".utf8): (Array("could".utf8), Array("not".utf8)),
        Array("wouldnt".utf8): (Array("would".utf8), Array("not".utf8)),
        Array("shouldnt".utf8): (Array("should".utf8), Array("not".utf8)),
        Array("hadnt".utf8): (Array("had".utf8), Array("not".utf8)),
        Array("havent".utf8): (Array("have".utf8), Array("not".utf8)),
        Array("hasnt".utf8): (Array("has".utf8), Array("not".utf8)),
        Array("cant".utf8): (Array("can".utf8), Array("not".utf8)),
        Array("wont".utf8): (Array("will".utf8), Array("not".utf8)),
        Array("im".utf8): (Array("i".utf8), Array("am".utf8)),
        Array("ive".utf8): (Array("i".utf8), Array("have".utf8)),
    ]
}
