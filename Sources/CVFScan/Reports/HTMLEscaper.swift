/// Escapes text for HTML. Everything from an answer, and everything from a lexicon, goes through here before it
/// reaches a page.
///
/// `&`, `<`, `>`, `"` and `'` become character references everywhere, so the same output is safe in element
/// content and in quoted attribute values; nothing taken from input is ever written unquoted, into a URL, a
/// `style`, or a tag or attribute name. Terminal escape sequences, other control characters and bidirectional
/// overrides are removed (``TerminalSanitizer``'s rules), so a pasted answer cannot reorder what is displayed.
enum HTMLEscaper {
    /// Text for element content; line feeds and tabs are kept.
    static func text(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// Text for a quoted attribute value; line feeds become `&#10;` so tooltips keep their lines.
    static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var output = String.UnicodeScalarView()
        var filter = TerminalSanitizer.Filter(keepNewlines: true)
        for scalar in text.unicodeScalars {
            guard let kept = filter.filter(scalar) else { continue }
            switch kept {
            case "&": output.append(contentsOf: "&amp;".unicodeScalars)
            case "<": output.append(contentsOf: "&lt;".unicodeScalars)
            case ">": output.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": output.append(contentsOf: "&quot;".unicodeScalars)
            case "'": output.append(contentsOf: "&#39;".unicodeScalars)
            case "\n" where inAttribute: output.append(contentsOf: "&#10;".unicodeScalars)
            case "\t" where inAttribute: output.append(contentsOf: "&#9;".unicodeScalars)
            default:
                // Noncharacters are parse errors in HTML; the replacement character shows something was there.
                let value = kept.value
                if (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE {
                    output.append("\u{FFFD}")
                } else {
                    output.append(kept)
                }
            }
        }
        return String(output)
    }
}
