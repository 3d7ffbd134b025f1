/// Escapes text for Markdown (CommonMark and GitHub Flavored Markdown) so that it renders as the same words and
/// nothing else: no link, image, HTML, emphasis, code, heading, list, table cell break or math.
///
/// - Every ASCII punctuation character is backslash-escaped (CommonMark allows exactly these), which disarms
///   `[text](url)`, `![alt](src)`, `<script>`, `&entities;`, `|` cell breaks, `$math$` and `www.`/`https://`
///   autolinks.
/// - GFM still turns `name@host.tld` into a `mailto:` link even when escaped, so a word joiner (U+2060,
///   invisible) is written after every `@`.
/// - Line breaks and tabs become spaces, so text cannot start a new block; terminal escape sequences, control
///   characters and bidirectional overrides are removed (``TerminalSanitizer``'s rules).
enum MarkdownEscaper {
    static func escape(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var filter = TerminalSanitizer.Filter(keepNewlines: false)
        for scalar in text.unicodeScalars {
            guard let kept = filter.filter(scalar) else { continue }
            let value = kept.value
            let isASCIIPunctuation = (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value)
                || (0x5B...0x60).contains(value) || (0x7B...0x7E).contains(value)
            if isASCIIPunctuation { output.append("\\") }
            output.append(kept)
            if kept == "@" { output.append("\u{2060}") }
        }
        return String(output)
    }
}
