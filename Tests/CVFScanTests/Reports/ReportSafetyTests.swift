import Testing
@testable import CVFScan

/// Properties every writer must keep on the hostile answer, whatever the golden files say.
@Suite("Report safety")
struct ReportSafetyTests {
    /// The output with the writer's own SGR escapes (`ESC [ digits ; m`) removed.
    private func withoutStyles(_ text: String) -> [Unicode.Scalar] {
        var kept: [Unicode.Scalar] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "[" {
                var end = index + 2
                while end < scalars.count, ("0"..."9").contains(scalars[end]) || scalars[end] == ";" { end += 1 }
                if end < scalars.count, scalars[end] == "m" {
                    index = end + 1
                    continue
                }
            }
            kept.append(scalars[index])
            index += 1
        }
        return kept
    }

    @Test("terminal output has no escape but the writer's own styles, no control and no override",
          arguments: [false, true], [false, true])
    func terminal(color: Bool, explain: Bool) throws {
        let output = TextReportWriter(explain: explain, color: color, width: 60, lexicon: ReportFixtures.lexicon)
            .string(for: try ReportFixtures.hostile())
        for scalar in withoutStyles(output) {
            let value = scalar.value
            let control = (value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(value)
            let bidirectional = (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            #expect(!control && !bidirectional, "U+\(String(value, radix: 16)) reached the terminal")
        }
        #expect(!output.contains("]0;pwned"))
        #expect(color == output.contains("\u{1B}["))
    }

    @Test("terminal lines fit the width they were wrapped to", arguments: [24, 40, 80])
    func terminalWidth(width: Int) throws {
        let output = TextReportWriter(width: width, lexicon: ReportFixtures.lexicon).string(for: try ReportFixtures.realistic())
        let answerAndEvidence = output.split(separator: "\n").prefix { !$0.hasPrefix("  Dimension") }
        for line in answerAndEvidence {
            #expect(TerminalDisplayWidth.columns(of: String(line)) <= width, "\(line)")
        }
    }

    /// Every start tag's name and attributes, read as a browser would: a quoted value runs to its closing quote.
    private func tags(_ html: String) -> [(String, [(String, String)])] {
        var result: [(String, [(String, String)])] = []
        let scalars = Array(html.unicodeScalars)
        var index = 0
        func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
            !(scalar == " " || scalar == ">" || scalar == "=" || scalar == "/" || scalar == "\n" || scalar == "\"" || scalar == "'")
        }
        func name() -> String {
            var text = String.UnicodeScalarView()
            while index < scalars.count, isNameCharacter(scalars[index]) {
                text.append(scalars[index])
                index += 1
            }
            return String(text)
        }
        while index < scalars.count {
            guard scalars[index] == "<", index + 1 < scalars.count, scalars[index + 1] != "/", scalars[index + 1] != "!" else {
                index += 1
                continue
            }
            index += 1
            let tag = name()
            var attributes: [(String, String)] = []
            while index < scalars.count, scalars[index] != ">" {
                if scalars[index] == " " || scalars[index] == "\n" || scalars[index] == "/" {
                    index += 1
                    continue
                }
                let attribute = name()
                var value = ""
                if index < scalars.count, scalars[index] == "=" {
                    index += 1
                    let quote = index < scalars.count ? scalars[index] : " "
                    var text = String.UnicodeScalarView()
                    if quote == "\"" || quote == "'" {
                        index += 1
                        while index < scalars.count, scalars[index] != quote {
                            text.append(scalars[index])
                            index += 1
                        }
                        index += 1
                    } else {
                        while index < scalars.count, scalars[index] != " ", scalars[index] != ">" {
                            text.append(scalars[index])
                            index += 1
                        }
                    }
                    value = String(text)
                }
                if attribute.isEmpty { index += 1 } else { attributes.append((attribute, value)) }
            }
            result.append((tag, attributes))
        }
        return result
    }

    static let allowedTags: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "main", "article", "header", "section", "h1", "h2", "h3",
        "p", "mark", "sup", "a", "figure", "svg", "line", "text", "tspan", "g", "rect", "table", "thead", "tbody", "tr",
        "th", "td", "span", "details", "summary", "ul", "ol", "li", "div", "strong", "q",
    ]

    private func hostilePages() throws -> [String] {
        var batch = HTMLBatchReportWriter(title: ReportFixtures.hostileID, lexicon: ReportFixtures.lexicon)
        let batchPage = batch.header() + batch.section(for: try ReportFixtures.hostile()) + batch.footer()
        return [
            HTMLReportWriter(lexicon: ReportFixtures.lexicon).string(for: try ReportFixtures.hostile()),
            HTMLReportWriter(explain: true, lexicon: ReportFixtures.lexicon).string(for: try ReportFixtures.hostile()),
            batchPage,
        ]
    }

    @Test("HTML has only the writer's tags, links only to its own anchors, no script and no handler")
    func html() throws {
        for page in try hostilePages() {
            let found = tags(page)
            #expect(found.count > 50)
            for (name, _) in found {
                #expect(Self.allowedTags.contains(name), "unexpected tag <\(name)>")
            }
            for (tag, attributes) in tags(page) {
                for (name, value) in attributes {
                    #expect(!name.lowercased().hasPrefix("on"), "<\(tag) \(name)=…>")
                    if name == "href" { #expect(value.hasPrefix("#"), "href \(value)") }
                    if name == "style" { #expect(!value.contains("url("), "style \(value)") }
                }
            }
            #expect(!page.lowercased().contains("<script"))
            #expect(!page.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" || $0 == "\u{9B}" })
            #expect(page.contains("default-src 'none'"))
        }
    }

    @Test("HTML marks open and close in pairs")
    func marksBalance() throws {
        for page in try hostilePages() + [HTMLReportWriter(lexicon: ReportFixtures.lexicon).string(for: try ReportFixtures.realistic())] {
            var depth = 0
            for tag in page.split(separator: "<").dropFirst() {
                if tag.hasPrefix("mark ") || tag.hasPrefix("mark>") { depth += 1 }
                if tag.hasPrefix("/mark>") { depth -= 1 }
                #expect(depth >= 0)
            }
            #expect(depth == 0)
        }
    }

    @Test("Markdown quotes the hostile answer with its punctuation escaped and no line of its own")
    func markdown() throws {
        let output = MarkdownReportWriter(explain: true, lexicon: ReportFixtures.lexicon).string(for: try ReportFixtures.hostile())
        for inert in ["](", "user@evil", "`code`", "*bold*"] {
            #expect(!output.contains(inert), "\(inert)")
        }
        // The writer itself never writes these, so every one comes from the answer or the lexicon: all escaped.
        let scalars = Array(output.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where ["<", ">", "[", "]", "`", "&", "!", "("].contains(scalar) {
            #expect(index > 0 && scalars[index - 1] == "\\", "unescaped \(scalar) at \(index)")
        }
        #expect(output.contains("\\<img src\\=x onerror\\=alert\\(1\\)\\> I **asked for feedback**"))
        #expect(output.contains("\\]\\(javascript\\:alert\\(1\\)\\)"))
        for line in output.split(separator: "\n") where line.hasPrefix("|") {
            let unescapedBars = line.unicodeScalars.indices.filter { index in
                line.unicodeScalars[index] == "|" && (index == line.unicodeScalars.startIndex
                    || line.unicodeScalars[line.unicodeScalars.index(before: index)] != "\\")
            }
            #expect(unescapedBars.count == 5, "\(line)")
        }
        #expect(!output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
    }
}
