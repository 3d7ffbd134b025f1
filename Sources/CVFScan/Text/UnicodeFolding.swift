import Foundation

/// Folds one non-ASCII scalar to lower case without diacritics: `É` → `e`, `ß` → `ss`, `ﬁ` → `fi`, `Σ` → `σ`.
///
/// Foundation does the work (decomposition and case mapping), which is slow, so this is only called for the
/// rare non-ASCII letter, and only the first time the scanner sees a spelling.
enum UnicodeFolding {
    static func fold(scalarValue: UInt32) -> [UInt8] {
        if let special = specialCases[scalarValue] { return Array(special.utf8) }
        guard let scalar = Unicode.Scalar(scalarValue) else { return [0xEF, 0xBF, 0xBD] }
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

    /// Letters that neither decomposition nor case folding turn into plain ASCII.
    static let specialCases: [UInt32: String] = [
        0x00DF: "ss", 0x1E9E: "ss", 0x00E6: "ae", 0x00C6: "ae", 0x0153: "oe", 0x0152: "oe", 0x00F8: "o",
        0x00D8: "o", 0x0111: "d", 0x0110: "d", 0x0142: "l", 0x0141: "l", 0x00F0: "d", 0x00D0: "d", 0x00FE: "th",
        0x00DE: "th", 0x0131: "i", 0x0130: "i", 0x0127: "h", 0x0126: "h",
    ]
}
