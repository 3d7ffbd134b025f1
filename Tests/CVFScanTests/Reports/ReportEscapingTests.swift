import Testing
@testable import CVFScan

/// The escaping functions against adversarial input: what comes out is exactly the text, inert.
@Suite("Report escaping")
struct ReportEscapingTests {
    @Test("HTML text: markup, quotes and ampersands become references; controls and overrides go", arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("\" onmouseover=\"alert(1)", "&quot; onmouseover=&quot;alert(1)"),
        ("' onfocus='x", "&#39; onfocus=&#39;x"),
        ("a & b &amp; &#106;", "a &amp; b &amp;amp; &amp;#106;"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("</mark></p><p>", "&lt;/mark&gt;&lt;/p&gt;&lt;p&gt;"),
        ("\u{1B}]0;pwned\u{07}title", "title"),
        ("\u{1B}]0;pwned\u{1B}\\title", "title"),
        ("\u{1B}[2Jclear", "clear"),
        ("\u{9B}31mred", "red"),
        ("abc\u{202E}cba\u{202C}", "abccba"),
        ("\u{2067}isolate\u{2069}", "isolate"),
        ("nul\u{0}bell\u{07}del\u{7F}", "nulbelldel"),
        ("line\nbreak\ttab", "line\nbreak\ttab"),
        ("Zoe\u{0301} \u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467}", "Zoe\u{0301} \u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467}"),
        ("javascript:alert(1)", "javascript:alert(1)"),
    ])
    func htmlText(input: String, expected: String) {
        #expect(HTMLEscaper.text(input) == expected)
    }

    @Test("HTML: noncharacters, parse errors in HTML, become the replacement character", arguments: [0xFFFE, 0xFFFF, 0xFDD0, 0xFDEF, 0x1FFFE])
    func nonCharacters(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let input = "a" + String(Character(scalar)) + "b"
        #expect(HTMLEscaper.text(input) == "a\u{FFFD}b")
    }

    @Test("HTML attributes: line breaks and tabs become references so a tooltip keeps them", arguments: [
        ("a\nb", "a&#10;b"),
        ("a\tb", "a&#9;b"),
        ("\" autofocus onfocus=\"alert(1)", "&quot; autofocus onfocus=&quot;alert(1)"),
        ("x' style='background:url(javascript:alert(1))", "x&#39; style=&#39;background:url(javascript:alert(1))"),
        ("\r\n", " &#10;"),
    ])
    func htmlAttribute(input: String, expected: String) {
        #expect(HTMLEscaper.attribute(input) == expected)
    }

    @Test("HTML escaping leaves no character that can end text or an attribute", arguments: [
        "<>\"'&", "<<<<script>>>>", "\"\"''", "&lt;", "\u{1B}<\u{1B}>", "<\u{0}script>",
    ])
    func htmlInert(input: String) {
        for escaped in [HTMLEscaper.text(input), HTMLEscaper.attribute(input)] {
            #expect(!escaped.contains("<"))
            #expect(!escaped.contains(">"))
            #expect(!escaped.contains("\""))
            #expect(!escaped.contains("'"))
            #expect(!escaped.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        }
    }

    @Test("Markdown: every ASCII punctuation mark is backslash-escaped; line breaks become spaces", arguments: [
        ("[link](javascript:alert(1))", "\\[link\\]\\(javascript\\:alert\\(1\\)\\)"),
        ("![img](http://evil.example/x.png)", "\\!\\[img\\]\\(http\\:\\/\\/evil\\.example\\/x\\.png\\)"),
        ("| a | b |", "\\| a \\| b \\|"),
        ("<script>", "\\<script\\>"),
        ("*bold* _it_ `code` ~~gone~~", "\\*bold\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~"),
        ("# heading\n> quote\n- item", "\\# heading \\> quote \\- item"),
        ("$x^2$ & &amp;", "\\$x\\^2\\$ \\& \\&amp\\;"),
        ("back\\slash", "back\\\\slash"),
        ("www.evil.example", "www\\.evil\\.example"),
        ("user@evil.example", "user\\@\u{2060}evil\\.example"),
        ("\u{1B}]0;pwned\u{07}ok\u{202E}", "ok"),
        ("Zoe\u{0301} \u{1F642}", "Zoe\u{0301} \u{1F642}"),
    ])
    func markdown(input: String, expected: String) {
        #expect(MarkdownEscaper.escape(input) == expected)
    }

    @Test("Markdown escaping leaves no unescaped punctuation and no line break")
    func markdownInert() {
        let everything = String(String.UnicodeScalarView((0x20...0x7E).compactMap(Unicode.Scalar.init))) + "\n\r\t"
        let escaped = Array(MarkdownEscaper.escape(everything).unicodeScalars)
        #expect(!escaped.contains("\n"))
        #expect(!escaped.contains("\r"))
        var index = 0
        while index < escaped.count {
            let value = escaped[index].value
            let punctuation = (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value)
                || (0x5B...0x60).contains(value) || (0x7B...0x7E).contains(value)
            if escaped[index] == "\\" {
                index += 2
                continue
            }
            #expect(!punctuation, "unescaped \(escaped[index]) at \(index)")
            index += 1
        }
    }

    @Test("terminal: escape sequences, controls and overrides are removed whole", arguments: [
        ("\u{1B}]0;pwned\u{07}after", "after"),
        ("\u{1B}]0;pwned\u{1B}\\after", "after"),
        ("\u{9D}0;pwned\u{9C}after", "after"),
        ("\u{1B}[2J\u{1B}[Hafter", "after"),
        ("\u{1B}[38;5;196mred\u{1B}[0m", "red"),
        ("\u{9B}2Jafter", "after"),
        ("\u{1B}Pdevice\u{1B}\\after", "after"),
        ("a\u{1B}cb", "ab"),
        ("right\u{202E}to\u{202C}left\u{200F}", "righttoleft"),
        ("bell\u{07}back\u{08}space", "bellbackspace"),
        ("line\r\nnext", "line \nnext"),
        ("\u{1B}]0;unterminated\nnext line", "\nnext line"),
    ])
    func terminal(input: String, expected: String) {
        #expect(TerminalSanitizer.sanitize(input) == expected)
    }

    @Test("terminal: an unterminated command string stops hiding text after its limit")
    func unterminatedCommand() {
        let hidden = String(repeating: "x", count: TerminalSanitizer.maximumCommandLength)
        #expect(TerminalSanitizer.sanitize("\u{1B}]\(hidden)visible") == "visible")
    }

    @Test("the filter one scalar at a time agrees with sanitize on every adversarial input", arguments: [
        ReportFixtures.hostileAnswer, ReportFixtures.hostileID, ReportFixtures.realisticAnswer,
        "\u{1B}\u{1B}[[2J\u{9B}\u{9D}\u{07}", "\u{1B}", "\u{1B}]", "\u{1B}[",
    ])
    func filterAgrees(input: String) {
        for keepNewlines in [true, false] {
            var filter = TerminalSanitizer.Filter(keepNewlines: keepNewlines)
            var output = String.UnicodeScalarView()
            for scalar in input.unicodeScalars {
                if let kept = filter.filter(scalar) { output.append(kept) }
            }
            #expect(String(output) == TerminalSanitizer.sanitize(input, keepNewlines: keepNewlines))
        }
    }
}
