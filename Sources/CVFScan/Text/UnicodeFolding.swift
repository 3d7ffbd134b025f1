/// Folds one non-ASCII scalar to lower case without diacritics: `É` → `e`, `ß` → `ss`, `ﬁ` → `fi`, `Σ` → `σ`.
///
/// The folding is Foundation's (compatibility decomposition, then case, diacritic and width folding, marks dropped),
/// captured once in a table (``exceptionText``, made by `Benchmarks/scripts/generate_unicode_folding.swift`) for the
/// scalars where it differs from the scalar's own lower case; Hangul syllables decompose by arithmetic. Loading
/// Foundation for this cost every start-up several milliseconds. `UnicodeFoldingTests` checks every scalar against
/// Foundation. Only called for the rare non-ASCII letter, the first time the scanner sees a spelling.
enum UnicodeFolding {
    static func fold(scalarValue: UInt32) -> [UInt8] {
        guard let scalar = Unicode.Scalar(scalarValue) else { return [0xEF, 0xBF, 0xBD] }
        if let syllable = hangulJamo(scalarValue) { return syllable }
        if let folded = exceptions.folded(scalarValue) { return folded }
        return Array(String(scalar).lowercased().utf8)
    }

    /// A precomposed Hangul syllable as its leading consonant, vowel and optional trailing consonant (the Unicode
    /// standard's arithmetic decomposition, chapter 3.12).
    private static func hangulJamo(_ value: UInt32) -> [UInt8]? {
        let syllableBase: UInt32 = 0xAC00
        let syllableCount: UInt32 = 11_172
        guard value >= syllableBase, value < syllableBase + syllableCount else { return nil }
        let index = value - syllableBase
        let trailingCount: UInt32 = 28
        let vowelTimesTrailing: UInt32 = 588
        var jamo = [0x1100 + index / vowelTimesTrailing, 0x1161 + (index % vowelTimesTrailing) / trailingCount]
        if index % trailingCount != 0 { jamo.append(0x11A7 + index % trailingCount) }
        var bytes: [UInt8] = []
        for value in jamo {
            guard let scalar = Unicode.Scalar(value) else { continue }
            bytes.append(contentsOf: String(scalar).utf8)
        }
        return bytes
    }

    /// ``exceptionText`` parsed on first use: sorted scalars, and each one's folded UTF-8 in one byte array.
    struct Exceptions: Sendable {
        var scalars: [UInt32] = []
        var ends: [Int32] = []
        var bytes: [UInt8] = []

        init(text: String) {
            var scalar: UInt32 = 0
            var byte: UInt8 = 0
            var digitCount = 0
            var inResult = false
            for character in text.utf8 {
                switch character {
                case UInt8(ascii: ":"):
                    scalars.append(scalar)
                    inResult = true
                    digitCount = 0
                case UInt8(ascii: ";"):
                    if inResult { ends.append(Int32(bytes.count)) }
                    scalar = 0
                    byte = 0
                    digitCount = 0
                    inResult = false
                default:
                    guard let digit = Self.hexDigit(character) else { continue }
                    if inResult {
                        byte = byte << 4 | digit
                        digitCount += 1
                        if digitCount == 2 {
                            bytes.append(byte)
                            byte = 0
                            digitCount = 0
                        }
                    } else {
                        scalar = scalar << 4 | UInt32(digit)
                    }
                }
            }
            // An entry cut short (never in the generated text) is dropped rather than misread.
            scalars.removeLast(scalars.count - ends.count)
        }

        private static func hexDigit(_ character: UInt8) -> UInt8? {
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
            case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
            default: nil
            }
        }

        func folded(_ value: UInt32) -> [UInt8]? {
            var low = 0
            var high = scalars.count
            while low < high {
                let middle = (low + high) / 2
                if scalars[middle] < value { low = middle + 1 } else { high = middle }
            }
            guard low < scalars.count, scalars[low] == value else { return nil }
            let start = low == 0 ? 0 : Int(ends[low - 1])
            return Array(bytes[start..<Int(ends[low])])
        }
    }

    static let exceptions = Exceptions(text: exceptionText)
}
