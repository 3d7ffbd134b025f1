/// Writes a report as Markdown for notes and tickets: a table of dimensions (score, band, behaviours covered),
/// then each piece of evidence quoted in its context with the matched words in bold, why it counts as it does and
/// the behaviour statement, then the flags. With `explain`, each piece of evidence lists its pattern, context
/// decisions and weight, and each dimension how its score was computed.
///
/// All applicant and lexicon text is escaped by ``MarkdownEscaper``: pasted into GitHub, GitLab or a wiki, an
/// answer cannot add links, images, HTML or table columns.
public struct MarkdownReportWriter: Sendable {
    /// Adds the reasoning behind every match and score.
    public var explain: Bool
    let statements: BehaviourStatements
    /// Words of context quoted on each side of a match.
    static let contextWords = 8

    /// Creates a writer. Pass the scanner's lexicon so the evidence can quote behaviour statements.
    public init(explain: Bool = false, lexicon: Lexicon? = nil) {
        self.explain = explain
        self.statements = BehaviourStatements(lexicon: lexicon)
    }

    /// The report as Markdown, ending with a newline.
    public func string(for report: Report) -> String {
        let escape = MarkdownEscaper.escape
        var lines: [String] = []
        lines.append("## " + (report.id.map { "cvfscan report: " + escape($0) } ?? "cvfscan report"))
        lines.append("")
        let frameworks = report.frameworks.map(escape).joined(separator: ", ")
        lines.append("\(report.wordCount) word\(report.wordCount == 1 ? "" : "s") · frameworks: \(frameworks) · \(report.matches.count) match\(report.matches.count == 1 ? "" : "es")")
        lines.append("")
        lines.append("| Dimension | Score | Band | Behaviours evidenced |")
        lines.append("| :-- | --: | :-- | :-- |")
        for dimension in report.dimensions {
            var coverage = escape(statements.coverage(of: dimension))
            if dimension.counter > 0 { coverage += ", counter\\-evidence \(escape(JSONOutput.format(dimension.counter)))" }
            lines.append("| \(escape(dimension.name)) | \(dimension.score) | \(dimension.band.rawValue) | \(coverage) |")
        }
        if explain {
            let computed = report.dimensions.filter { !$0.evidence.isEmpty }
            if !computed.isEmpty {
                lines.append("")
                lines.append("### How the scores were computed")
                lines.append("")
                for dimension in computed {
                    lines.append("- **\(escape(dimension.name))**")
                    for line in EvidenceWording.scoreComputation(of: dimension) { lines.append("  - " + escape(line)) }
                }
            }
        }
        if !report.matches.isEmpty {
            lines.append("")
            lines.append("### Evidence")
            lines.append("")
            let scalars = Array(report.text.unicodeScalars)
            for (index, match) in report.matches.enumerated() {
                let name = report.dimension(match.dimensionID)?.name ?? match.dimensionID
                let credit = escape(EvidenceWording.signedCredit(match))
                lines.append("\(index + 1). **\(escape(name))** \(credit): “\(quote(match, in: scalars))”")
                let indent = String(repeating: " ", count: String(index + 1).count + 2)
                lines.append(indent + "- Why: " + escape(EvidenceWording.reason(for: match)))
                if let statement = statements.statement(for: match.behaviourID) {
                    lines.append(indent + "- Behaviour: " + escape(statement))
                }
                if explain {
                    for line in EvidenceWording.explanation(of: match, statements: statements, includeStatement: false) {
                        lines.append(indent + "- " + escape(line))
                    }
                }
            }
        }
        if !report.flags.isEmpty {
            lines.append("")
            lines.append("### Flags")
            lines.append("")
            for flag in report.flags {
                lines.append("- **\(escape(flag.id))**: \(escape(flag.message))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The match in bold with up to ``contextWords`` words either side, from the same line, with an ellipsis
    /// where the quote is cut.
    private func quote(_ match: Match, in scalars: [Unicode.Scalar]) -> String {
        let lower = min(max(match.codePointRange.lowerBound, 0), scalars.count)
        let upper = min(max(match.codePointRange.upperBound, lower), scalars.count)
        var start = lower, words = 0
        while start > 0, scalars[start - 1] != "\n" {
            if scalars[start - 1] == " ", start < lower, scalars[start] != " " {
                words += 1
                if words >= Self.contextWords { break }
            }
            start -= 1
        }
        var end = upper
        words = 0
        while end < scalars.count, scalars[end] != "\n" {
            if scalars[end] == " ", end > upper, scalars[end - 1] != " " {
                words += 1
                if words >= Self.contextWords { break }
            }
            end += 1
        }
        func text(_ range: Range<Int>) -> String {
            MarkdownEscaper.escape(String(String.UnicodeScalarView(scalars[range])))
        }
        let before = text(start..<lower).trimmingSpaces(), after = text(upper..<end).trimmingSpaces()
        let leading = start > 0 && scalars[start - 1] != "\n" ? "… " : ""
        let trailing = end < scalars.count && scalars[end] != "\n" ? " …" : ""
        let matched = text(lower..<upper)
        let left = before.isEmpty ? "" : before + (scalars[lower - 1] == " " ? " " : "")
        let right = after.isEmpty ? "" : (scalars[upper] == " " ? " " : "") + after
        return leading + left + "**\(matched)**" + right + trailing
    }
}

extension String {
    /// The string without leading and trailing spaces.
    fileprivate func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
