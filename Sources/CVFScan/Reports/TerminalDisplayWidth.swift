/// How many terminal columns a character takes: 0 for combining marks and invisible format characters, 2 for
/// East Asian wide and full-width characters and emoji, 1 otherwise. It follows what terminals do closely enough
/// to wrap lines where they will break, without a table of every Unicode version.
enum TerminalDisplayWidth {
    static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || (value >= 0x7F && value < 0xA0) ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        if (0xFE00...0xFE0F).contains(value) || (0xE0100...0xE01EF).contains(value) || (0x1160...0x11FF).contains(value) {
            return 0
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// The columns a string takes on one line.
    static func columns(of text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += columns(of: scalar) }
        return total
    }
}
