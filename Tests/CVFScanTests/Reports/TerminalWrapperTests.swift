import Testing
@testable import CVFScan

/// Wrapping styled text to a terminal width.
@Suite("Terminal wrapper")
struct TerminalWrapperTests {
    private func wrap(_ text: String, width: Int, first: String = "", hanging: String = "") -> String {
        var wrapper = TerminalWrapper(width: width, color: false, firstIndent: first, hangingIndent: hanging)
        wrapper.append(text)
        return wrapper.finishedOutput()
    }

    @Test("breaks at spaces within the width, indents, keeps blank lines without trailing spaces", arguments: [
        ("one two three four five six", 20, "", "", "one two three four\nfive six\n"),
        ("one two three four five six", 20, "  ", "    ", "  one two three four\n    five six\n"),
        ("alpha\n\nbeta", 20, "  ", "  ", "  alpha\n\n  beta\n"),
        ("abcdefghijklmnopqrstuvwxyz", 20, "", "", "abcdefghijklmnopqrst\nuvwxyz\n"),
        ("one  two", 20, "", "", "one  two\n"),
        ("tab\tseparated", 20, "", "", "tab separated\n"),
        ("one two three no\u{00A0}break\u{00A0}here", 20, "", "", "one two three\nno\u{00A0}break\u{00A0}here\n"),
    ])
    func plain(text: String, width: Int, first: String, hanging: String, expected: String) {
        #expect(wrap(text, width: width, first: first, hanging: hanging) == expected)
    }

    @Test("wide characters count two columns and combining marks none", arguments: [
        (String(repeating: "\u{1F642}", count: 12), "\(String(repeating: "\u{1F642}", count: 10))\n\u{1F642}\u{1F642}\n"),
        (String(repeating: "e\u{0301}", count: 22), "\(String(repeating: "e\u{0301}", count: 20))\ne\u{0301}e\u{0301}\n"),
        ("\u{6F22}\u{5B57}\u{6F22}\u{5B57}\u{6F22}\u{5B57}\u{6F22}\u{5B57}\u{6F22}\u{5B57}\u{6F22}", "\u{6F22}\u{5B57}\u{6F22}\u{5B57}\u{6F22}\u{5B57}\u{6F22}\u{5B57}\u{6F22}\u{5B57}\n\u{6F22}\n"),
    ])
    func widths(text: String, expected: String) {
        #expect(wrap(text, width: 20) == expected)
    }

    @Test("a style is closed at every line end and reopened on the next line")
    func stylesPerLine() {
        var wrapper = TerminalWrapper(width: 20, color: true)
        wrapper.append("plain ")
        wrapper.append("highlighted words that wrap", style: .bold)
        wrapper.append(" end")
        let bold = TerminalStyle.bold.escape, reset = TerminalStyle.reset
        #expect(wrapper.finishedOutput() == "plain \(bold)highlighted\(reset)\n\(bold)words that wrap\(reset) end\n")
    }

    @Test("a break is allowed before a note marker so the marker stays whole")
    func markerBreak() {
        var wrapper = TerminalWrapper(width: 20, color: false)
        wrapper.append("some words [[here]]")
        wrapper.allowBreak()
        wrapper.append("[12\u{00A0}negated]")
        #expect(wrapper.finishedOutput() == "some words [[here]]\n[12\u{00A0}negated]\n")
    }

    @Test("display widths of single characters", arguments: [
        ("a", 1), ("\u{0301}", 0), ("\u{200D}", 0), ("\u{FE0F}", 0), ("\u{1F642}", 2), ("\u{6F22}", 2),
        ("\u{FF21}", 2), ("\u{00E9}", 1), ("\u{0627}", 1), ("\u{AC00}", 2),
    ] as [(Unicode.Scalar, Int)])
    func displayWidth(scalar: Unicode.Scalar, columns: Int) {
        #expect(TerminalDisplayWidth.columns(of: scalar) == columns)
    }
}
