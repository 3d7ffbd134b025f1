import Foundation
import Testing
@testable import CVFScan

/// The library folds without Foundation (so that start-up does not load it), from a table generated from Foundation's
/// folding. These tests hold it to Foundation for every scalar.
@Suite("Unicode folding")
struct UnicodeFoldingTests {
    /// Foundation's folding as the library did it before the table: compatibility decomposition, then case,
    /// diacritic and width folding, marks dropped, lower case. `Benchmarks/scripts/generate_unicode_folding.swift`
    /// makes the table from the same steps.
    static func foundationFold(_ value: UInt32) -> [UInt8] {
        let specialCases: [UInt32: String] = [
            0x00DF: "ss", 0x1E9E: "ss", 0x00E6: "ae", 0x00C6: "ae", 0x0153: "oe", 0x0152: "oe", 0x00F8: "o",
            0x00D8: "o", 0x0111: "d", 0x0110: "d", 0x0142: "l", 0x0141: "l", 0x00F0: "d", 0x00D0: "d", 0x00FE: "th",
            0x00DE: "th", 0x0131: "i", 0x0130: "i", 0x0127: "h", 0x0126: "h",
        ]
        if let special = specialCases[value] { return Array(special.utf8) }
        guard let scalar = Unicode.Scalar(value) else { return [0xEF, 0xBF, 0xBD] }
        let folded = String(scalar)
            .decomposedStringWithCompatibilityMapping
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var bytes: [UInt8] = []
        for foldedScalar in folded.unicodeScalars {
            switch foldedScalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: bytes.append(contentsOf: Array(String(foldedScalar).lowercased().utf8))
            }
        }
        return bytes.isEmpty ? Array(String(scalar).utf8) : bytes
    }

    @Test("every non-ASCII scalar folds as Foundation folds it", arguments: Array(0...16))
    func everyScalar(plane: UInt32) {
        let first = max(0x80, plane << 16)
        let last = (plane << 16) | 0xFFFF
        var mismatches: [String] = []
        for value in first...last where !(0xD800...0xDFFF).contains(value) {
            let folded = UnicodeFolding.fold(scalarValue: value)
            let expected = Self.foundationFold(value)
            if folded != expected, mismatches.count < 10 {
                mismatches.append("U+\(String(value, radix: 16, uppercase: true)): \(folded) instead of \(expected)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test("letters applicants type fold to plain lower case", arguments: [
        ("É", "e"), ("ß", "ss"), ("ﬁ", "fi"), ("Σ", "σ"), ("Ａ", "a"), ("ø", "o"), ("Ł", "l"), ("ǅ", "dz"),
        ("½", "1⁄2"), ("ı", "i"), ("한", "\u{1112}\u{1161}\u{11AB}"),
    ])
    func examples(letter: String, folded: String) throws {
        let scalar = try #require(letter.unicodeScalars.first)
        // Bytes, not strings: String equality would take a precomposed syllable for its decomposition.
        #expect(UnicodeFolding.fold(scalarValue: scalar.value) == Array(folded.utf8))
    }

    @Test("the table text parses into sorted entries, and a cut-short entry is dropped")
    func tableParsing() {
        let table = UnicodeFolding.Exceptions(text: "C9:65;DF:7373;E9:")
        #expect(table.scalars == [0xC9, 0xDF])
        #expect(table.folded(0xC9) == [0x65])
        #expect(table.folded(0xDF) == [0x73, 0x73])
        #expect(table.folded(0xE9) == nil)
        #expect(UnicodeFolding.exceptions.scalars == UnicodeFolding.exceptions.scalars.sorted())
        #expect(UnicodeFolding.exceptions.scalars.count == 5_820)
    }
}
