/// Makes applicant text safe to print to a terminal: escape sequences (`ESC ]0;…` retitling, `ESC [2J` clearing,
/// their 8-bit C1 forms), other control characters, DEL, and bidirectional overrides that could make text read
/// differently from what it is are removed. Line feeds and tabs stay when asked for.
public enum TerminalSanitizer {
    /// Longest operating-system command string removed before giving up on finding its end, so an unterminated
    /// `ESC ]` cannot hide the rest of an answer.
    static let maximumCommandLength = 512

    /// The text without anything a terminal would interpret.
    public static func sanitize(_ text: String, keepNewlines: Bool = true) -> String {
        var clean = String.UnicodeScalarView()
        var filter = Filter(keepNewlines: keepNewlines)
        for scalar in text.unicodeScalars {
            if let kept = filter.filter(scalar) { clean.append(kept) }
        }
        return String(clean)
    }

    /// The sanitiser one scalar at a time, for writers that must keep track of where each kept scalar came from
    /// (highlighting a match needs its offsets in the original answer, which removing sequences would shift).
    struct Filter {
        private enum State {
            case text
            case escape
            case controlSequence
            case commandString
            case commandStringEscape
        }

        let keepNewlines: Bool
        private var state = State.text
        private var commandLength = 0

        init(keepNewlines: Bool) {
            self.keepNewlines = keepNewlines
        }

        /// The scalar to write in place of `scalar` (itself, or a space for a line break when newlines are not
        /// kept), or nil when it is removed.
        mutating func filter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
            let value = scalar.value
            switch state {
            case .escape:
                switch value {
                case 0x5B: state = .controlSequence
                case 0x5D, 0x50, 0x58, 0x5E, 0x5F:
                    state = .commandString
                    commandLength = 0
                default: state = .text
                }
                return nil
            case .controlSequence:
                if value >= 0x20 && value <= 0x3F { return nil }
                state = .text
                if value >= 0x40 && value <= 0x7E { return nil }
            case .commandString, .commandStringEscape:
                commandLength += 1
                if value == 0x07 || value == 0x9C || (state == .commandStringEscape && value == 0x5C) {
                    state = .text
                    return nil
                }
                if value == 0x0A || commandLength > TerminalSanitizer.maximumCommandLength {
                    state = .text
                } else {
                    state = value == 0x1B ? .commandStringEscape : .commandString
                    return nil
                }
            case .text:
                break
            }
            switch value {
            case 0x1B:
                state = .escape
                return nil
            case 0x9B:
                state = .controlSequence
                return nil
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F:
                state = .commandString
                commandLength = 0
                return nil
            case 0x0A where keepNewlines, 0x09 where keepNewlines:
                return scalar
            case 0x0A, 0x09, 0x0D:
                return " "
            case 0x00..<0x20, 0x7F, 0x80...0x9F:
                return nil
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                return nil
            default:
                return scalar
            }
        }
    }
}
