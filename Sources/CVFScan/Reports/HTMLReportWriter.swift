/// Writes a report as one self-contained HTML page: the answer with every match marked, a bar chart of the
/// dimension scores, a table of dimensions, the evidence, the flags.
///
/// The page has inline CSS and inline SVG and nothing else: no script, no font, no image, no link to anything
/// outside it, and a Content-Security-Policy that forbids them, so it opens offline and from an e-mail
/// attachment alike. Each match is a `<mark>` whose `title` names the dimension, the behaviour statement it
/// evidences and why it counts as it does ("negated by “didn't”", "done by someone else"); a numbered note
/// follows it and the evidence list below says the same in full. Matches that overlap are cut at every boundary
/// and nested in a fixed order (see ``HighlightedAnswer``). A print stylesheet keeps the colours.
///
/// Applicant text and lexicon text are escaped by ``HTMLEscaper``; every `href` is an anchor the writer made.
public struct HTMLReportWriter: Sendable {
    /// Adds the reasoning behind every match and score.
    public var explain: Bool
    let statements: BehaviourStatements

    /// Creates a writer. Pass the scanner's lexicon so the page can quote behaviour statements.
    public init(explain: Bool = false, lexicon: Lexicon? = nil) {
        self.explain = explain
        self.statements = BehaviourStatements(lexicon: lexicon)
    }

    /// The report as a complete HTML document, ending with a newline.
    public func string(for report: Report) -> String {
        let title = report.id.map { "cvfscan report: \($0)" } ?? "cvfscan report"
        var html = HTMLReportWriter.documentStart(title: title, bodyClass: "single")
        html += "<main class=\"page\">\n"
        html += article(for: report, anchor: "report", headingLevel: 1, backLink: nil)
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    /// Everything up to and including `<body>`: the head with its policy, title and stylesheet.
    static func documentStart(title: String, bodyClass: String, extraStyle: String = "") -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<meta name=\"generator\" content=\"cvfscan\">\n"
        html += "<title>\(HTMLEscaper.text(title))</title>\n"
        html += "<style>\n\(HTMLReportStyle.stylesheet)\n\(extraStyle)</style>\n</head>\n"
        html += "<body class=\"\(bodyClass)\">\n"
        return html
    }

    /// One report as an `<article>`. `anchor` prefixes every id in it (it is made by the writers, never taken from
    /// input), so several reports can share a page.
    func article(for report: Report, anchor: String, headingLevel: Int, backLink: String?, untitledName: String = "Answer") -> String {
        let slots = ReportPalette.slots(for: report)
        let title = "h\(headingLevel)", section = "h\(headingLevel + 1)"
        var html = "<article class=\"report\" id=\"\(anchor)\">\n<header>\n"
        let name = HTMLEscaper.text(report.id ?? untitledName)
        html += "<\(title) class=\"title\">\(name)</\(title)>\n"
        let words = "\(report.wordCount) word\(report.wordCount == 1 ? "" : "s")"
        let frameworks = report.frameworks.map(HTMLEscaper.text).joined(separator: ", ")
        let matches = "\(report.matches.count) match\(report.matches.count == 1 ? "" : "es")"
        html += "<p class=\"meta\">\(words) · frameworks: \(frameworks) · \(matches)</p>\n"
        if let backLink { html += "<p class=\"back\"><a href=\"#\(backLink)\">Back to the summary</a></p>\n" }
        html += "</header>\n"

        html += "<section class=\"answer\" aria-label=\"The answer with its evidence highlighted\">\n"
        html += "<\(section) class=\"section-title\">Answer</\(section)>\n"
        html += "<p class=\"answer-text\">\(highlightedAnswer(report, anchor: anchor, slots: slots))</p>\n"
        if !report.matches.isEmpty { html += key(report, slots: slots) }
        html += "</section>\n"

        // The heading and the chart stay together on paper: a chart cannot split, and a heading alone at the foot
        // of a page is no use.
        html += "<section class=\"scores\" aria-label=\"Scores\">\n<div class=\"keep-together\">\n"
        html += "<\(section) class=\"section-title\">Scores</\(section)>\n"
        html += "<figure class=\"chart\">\(DimensionBarChart.svg(for: report, id: "\(anchor)-chart"))</figure>\n</div>\n"
        html += dimensionTable(report, slots: slots)
        html += "</section>\n"

        if !report.matches.isEmpty {
            html += "<section class=\"evidence-section\" aria-label=\"Evidence\">\n"
            html += "<\(section) class=\"section-title\">Evidence</\(section)>\n<ol class=\"evidence\">\n"
            for (index, match) in report.matches.enumerated() {
                html += evidenceItem(match, number: index + 1, report: report, anchor: anchor, slots: slots)
            }
            html += "</ol>\n</section>\n"
        }

        if !report.flags.isEmpty {
            html += "<section class=\"flags-section\" aria-label=\"Flags\">\n"
            html += "<\(section) class=\"section-title\">Flags</\(section)>\n<ul class=\"flags\">\n"
            for flag in report.flags {
                html += "<li><span class=\"flag-id\">\(HTMLEscaper.text(flag.id))</span> \(HTMLEscaper.text(flag.message))</li>\n"
            }
            html += "</ul>\n</section>\n"
        }
        html += "</article>\n"
        return html
    }

    // MARK: - Answer

    private func highlightedAnswer(_ report: Report, anchor: String, slots: [String: Int]) -> String {
        var html = ""
        for piece in HighlightedAnswer(report).pieces {
            // The red "not" goes once before negated words, however many negated matches start there.
            var negationShown = false
            for index in piece.covering {
                let match = report.matches[index]
                var classes = markClasses(match, slot: slots[match.dimensionID] ?? ReportPalette.neutral)
                // Square, unpadded edges where a match runs on into the next piece, so it reads as one highlight.
                if match.codePointRange.lowerBound < piece.range.lowerBound { classes += " continued" }
                if match.codePointRange.upperBound > piece.range.upperBound { classes += " continues" }
                if match.negated, !negationShown, match.codePointRange.lowerBound == piece.range.lowerBound {
                    classes += " negated-start"
                    negationShown = true
                }
                html += "<mark class=\"\(classes)\" title=\"\(HTMLEscaper.attribute(tooltip(match, report: report)))\">"
            }
            html += HTMLEscaper.text(piece.text)
            for _ in piece.covering { html += "</mark>" }
            if !piece.ending.isEmpty {
                html += "<sup class=\"note\">"
                for (position, index) in piece.ending.enumerated() {
                    let match = report.matches[index]
                    let warn = match.negated || match.polarity == .counter ? " class=\"warn\"" : ""
                    if position > 0 { html += "," }
                    html += "<a href=\"#\(anchor)-e\(index + 1)\"\(warn)>\(index + 1)</a>"
                }
                html += "</sup>"
            }
        }
        return html
    }

    private func markClasses(_ match: Match, slot: Int) -> String {
        var classes = ["d\(slot)", match.polarity.rawValue]
        if match.negated { classes.append("negated") }
        switch match.agent {
        case .applicant: break
        case .group: classes.append("group")
        case .other: classes.append("other")
        }
        if match.modality != .actual { classes.append(match.modality.rawValue) }
        if match.role == .vocabulary { classes.append("vocabulary") }
        return classes.joined(separator: " ")
    }

    /// The tooltip: dimension and credit, the behaviour statement, and why.
    private func tooltip(_ match: Match, report: Report) -> String {
        let name = report.dimension(match.dimensionID)?.name ?? match.dimensionID
        var lines = ["\(name) \(EvidenceWording.signedCredit(match))"]
        if let statement = statements.statement(for: match.behaviourID) { lines.append("Behaviour: \(statement)") }
        lines.append("Why: \(EvidenceWording.reason(for: match))")
        return lines.joined(separator: "\n")
    }

    private func key(_ report: Report, slots: [String: Int]) -> String {
        var html = "<p class=\"key\"><span>Key:</span>"
        let shown = Set(report.matches.map(\.dimensionID))
        for dimension in report.dimensions where shown.contains(dimension.id) {
            html += " <mark class=\"d\(slots[dimension.id] ?? ReportPalette.neutral) support\">\(HTMLEscaper.text(dimension.name))</mark>"
        }
        let neutral = "d\(ReportPalette.neutral)"
        html += " <mark class=\"\(neutral) counter\">against</mark>"
        html += " <mark class=\"\(neutral) support negated negated-start\">negated</mark>"
        html += " <mark class=\"\(neutral) support other\">someone else</mark>"
        html += " <mark class=\"\(neutral) support hypothetical\">hypothetical</mark>"
        html += "</p>\n"
        return html
    }

    // MARK: - Scores

    private func dimensionTable(_ report: Report, slots: [String: Int]) -> String {
        var html = "<table class=\"dimensions\">\n<thead><tr><th scope=\"col\">Dimension</th><th scope=\"col\" class=\"number\">Score</th><th scope=\"col\">Band</th><th scope=\"col\">Behaviours evidenced</th></tr></thead>\n<tbody>\n"
        for dimension in report.dimensions {
            let slot = slots[dimension.id] ?? ReportPalette.neutral
            html += "<tr><th scope=\"row\"><span class=\"swatch d\(slot)\"></span>\(HTMLEscaper.text(dimension.name))</th>"
            html += "<td class=\"number\">\(dimension.score)</td>"
            html += "<td><span class=\"band band-\(dimension.band.rawValue)\">\(dimension.band.rawValue)</span></td>"
            html += "<td>\(behaviourCell(dimension))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        return html
    }

    private func behaviourCell(_ dimension: DimensionResult) -> String {
        var cell = HTMLEscaper.text(statements.coverage(of: dimension))
        if dimension.counter > 0 { cell += ", counter-evidence \(JSONOutput.format(dimension.counter))" }
        let listed = dimension.behaviours + dimension.counterBehaviours
        guard !listed.isEmpty || (explain && !dimension.evidence.isEmpty) else { return cell }
        var html = "<details><summary>\(cell)</summary><ul>"
        for behaviourID in dimension.behaviours {
            html += "<li>\(HTMLEscaper.text(statements.statement(for: behaviourID) ?? behaviourID))</li>"
        }
        for behaviourID in dimension.counterBehaviours {
            html += "<li>Against: \(HTMLEscaper.text(statements.statement(for: behaviourID) ?? behaviourID))</li>"
        }
        html += "</ul>"
        if explain {
            html += "<ul class=\"explain\">"
            for line in EvidenceWording.scoreComputation(of: dimension) { html += "<li>\(HTMLEscaper.text(line))</li>" }
            html += "</ul>"
        }
        html += "</details>"
        return html
    }

    // MARK: - Evidence

    private func evidenceItem(_ match: Match, number: Int, report: Report, anchor: String, slots: [String: Int]) -> String {
        let slot = slots[match.dimensionID] ?? ReportPalette.neutral
        let name = report.dimension(match.dimensionID)?.name ?? match.dimensionID
        let credit = EvidenceWording.signedCredit(match)
        let creditClass = credit == "0" ? "zero" : (match.polarity == .support ? "plus" : "minus")
        let badge = match.polarity == .counter ? " counter" : ""
        var html = "<li id=\"\(anchor)-e\(number)\"><span class=\"number-badge d\(slot)\(badge)\">\(number)</span><div>"
        html += "<p class=\"head\"><strong>\(HTMLEscaper.text(name))</strong><span class=\"credit \(creditClass)\">\(credit)</span>"
        html += "<q>\(HTMLEscaper.text(match.text))</q></p>"
        html += "<p class=\"why\">\(HTMLEscaper.text(EvidenceWording.reason(for: match)))</p>"
        if let statement = statements.statement(for: match.behaviourID) {
            html += "<p class=\"statement\">Behaviour: \(HTMLEscaper.text(statement))</p>"
        }
        if explain {
            html += "<ul class=\"explain\">"
            for line in EvidenceWording.explanation(of: match, statements: statements, includeStatement: false) {
                html += "<li>\(HTMLEscaper.text(line))</li>"
            }
            html += "</ul>"
        }
        html += "</div></li>\n"
        return html
    }
}
