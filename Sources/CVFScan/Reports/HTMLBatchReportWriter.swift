/// Writes many reports as one HTML page, a report at a time, so a batch of thousands never waits in memory:
/// ``header()`` first, then ``section(for:)`` for each report as it is scanned, then ``footer()`` with a summary
/// table linking to every applicant.
///
/// ```swift
/// var writer = HTMLBatchReportWriter(title: "Spring intake", lexicon: scanner.lexicon)
/// output.write(writer.header())
/// for answer in answers { output.write(writer.section(for: scanner.scan(answer.text, id: answer.id))) }
/// output.write(writer.footer())
/// ```
///
/// The summary table sorts without a script: each column heading links to an empty element just above the
/// table (`#sort-…`), and a stylesheet rule for that element's `:target` sets every row's flex `order` from a
/// rank the writer computed for that column. Ranks are written into each row, so the page stays script-free
/// (its Content-Security-Policy forbids scripts) and sorts in any browser; with CSS off, the rows stay in input
/// order. Scores sort highest first; ties keep input order.
///
/// Only the summary (id, scores, bands, flag count) of each report is kept until the footer.
public struct HTMLBatchReportWriter: Sendable {
    private struct Row: Sendable {
        var number: Int
        var id: String?
        var scores: [String: (score: Int, band: Band)]
        var flagCount: Int
    }

    /// The page title.
    public var title: String
    private let writer: HTMLReportWriter
    private var rows: [Row] = []
    private var columns: [(id: String, name: String)] = []

    /// Creates a writer.
    ///
    /// - Parameters:
    ///   - title: the page's title and heading.
    ///   - explain: add the reasoning behind every match and score to each report.
    ///   - lexicon: the scanner's lexicon, to quote behaviour statements.
    public init(title: String = "cvfscan batch report", explain: Bool = false, lexicon: Lexicon? = nil) {
        self.title = title
        self.writer = HTMLReportWriter(explain: explain, lexicon: lexicon)
    }

    /// How many reports have been written.
    public var reportCount: Int { rows.count }

    /// The start of the page: head, stylesheet, heading. Write it once, first.
    public func header() -> String {
        var html = HTMLReportWriter.documentStart(title: title, bodyClass: "batch")
        html += "<main class=\"page\">\n<header class=\"batch-header\">\n<h1>\(HTMLEscaper.text(title))</h1>\n"
        html += "<p class=\"meta skip\"><a href=\"#summary\">Go to the summary table</a> at the end of the page.</p>\n</header>\n"
        return html
    }

    /// One report as a section of the page. Its anchor is `applicant-N`, N counting from 1 in the order given.
    public mutating func section(for report: Report) -> String {
        let number = rows.count + 1
        if columns.isEmpty {
            columns = report.dimensions.map { ($0.id, $0.name) }
        }
        var scores: [String: (score: Int, band: Band)] = [:]
        for dimension in report.dimensions where scores[dimension.id] == nil {
            scores[dimension.id] = (dimension.score, dimension.band)
        }
        rows.append(Row(number: number, id: report.id, scores: scores, flagCount: report.flags.count))
        return writer.article(for: report, anchor: "applicant-\(number)", headingLevel: 2, backLink: "summary",
                              untitledName: "Answer \(number)")
    }

    /// One report as a section of the page, with the problems met reading its record (an empty answer among
    /// several, text that was not valid UTF-8) listed above it.
    public mutating func section(for report: Report, problems: [String]) -> String {
        let article = section(for: report)
        guard !problems.isEmpty else { return article }
        return Self.problemList(problems, anchor: "applicant-\(rows.count)-problems") + article
    }

    /// A section for a record that could not be scored at all: its id and every reason, so nobody goes missing
    /// from the page. Its summary row shows no scores and sorts last.
    public mutating func section(forUnscoredRecord id: String?, problems: [String]) -> String {
        let number = rows.count + 1
        rows.append(Row(number: number, id: id, scores: [:], flagCount: 0))
        let name = HTMLEscaper.text(id ?? "Answer \(number)")
        var html = "<article class=\"report unscored\" id=\"applicant-\(number)\">\n<header>\n"
        html += "<h2 class=\"title\">\(name)</h2>\n<p class=\"meta\">Not scored.</p>\n"
        html += "<p class=\"back\"><a href=\"#summary\">Back to the summary</a></p>\n</header>\n"
        html += Self.problemList(problems, anchor: nil)
        html += "</article>\n"
        return html
    }

    private static func problemList(_ problems: [String], anchor: String?) -> String {
        var html = "<section class=\"problems\"" + (anchor.map { " id=\"\($0)\"" } ?? "") + " aria-label=\"Problems\">\n<ul class=\"flags\">\n"
        for problem in problems { html += "<li>\(HTMLEscaper.text(problem))</li>\n" }
        html += "</ul>\n</section>\n"
        return html
    }

    /// The summary table and the end of the page. Write it once, last.
    public func footer() -> String {
        let keys = sortKeys()
        var html = "<section class=\"summary\" id=\"summary\" aria-label=\"Summary\">\n<h2 class=\"section-title\">Summary</h2>\n"
        html += "<p class=\"sort-note\">\(rows.count) answer\(rows.count == 1 ? "" : "s"). Select a column heading to sort by it (scores highest first); <a href=\"#summary\">input order</a>.</p>\n"
        html += "<div class=\"table-scroll\">\n"
        for key in keys { html += "<span class=\"sort-target\" id=\"sort-\(key.name)\"></span>" }
        html += "\n<style>\n"
        for (position, key) in keys.enumerated() {
            html += "#sort-\(key.name):target ~ table tbody tr { order: var(--k\(position)); }\n"
            html += "#sort-\(key.name):target ~ table th a[href=\"#sort-\(key.name)\"] { text-decoration-thickness: 3px; }\n"
        }
        html += "</style>\n"
        let template = "2.5rem minmax(8rem, 1.6fr) repeat(\(columns.count), minmax(2.6rem, 1fr)) 4rem"
        html += "<table style=\"--columns: \(template)\">\n<thead><tr>"
        html += "<th scope=\"col\" class=\"number\">#</th>"
        html += "<th scope=\"col\"><a href=\"#sort-\(keys[0].name)\" title=\"Sort by applicant\">Applicant</a></th>"
        for (position, column) in columns.enumerated() {
            let name = HTMLEscaper.text(column.name)
            html += "<th scope=\"col\" class=\"number dimension-column\"><a href=\"#sort-\(keys[position + 1].name)\" title=\"Sort by \(HTMLEscaper.attribute(column.name)), highest first\">\(name)</a></th>"
        }
        html += "<th scope=\"col\" class=\"number\"><a href=\"#sort-\(keys[keys.count - 1].name)\" title=\"Sort by number of flags, most first\">Flags</a></th>"
        html += "</tr></thead>\n<tbody>\n"
        for (index, row) in rows.enumerated() {
            let orders = keys.enumerated().map { "--k\($0.offset): \($0.element.ranks[index])" }.joined(separator: "; ")
            html += "<tr style=\"\(orders)\"><td class=\"number\">\(row.number)</td>"
            let name = HTMLEscaper.text(Self.displayName(of: row))
            html += "<td><a href=\"#applicant-\(row.number)\">\(name)</a></td>"
            for column in columns {
                if let entry = row.scores[column.id] {
                    html += "<td class=\"number\"><span class=\"chip band-\(entry.band.rawValue)\" title=\"\(entry.band.rawValue)\">\(entry.score)</span></td>"
                } else {
                    html += "<td class=\"number\">–</td>"
                }
            }
            html += "<td class=\"number\">\(row.flagCount)</td></tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n</section>\n</main>\n</body>\n</html>\n"
        return html
    }

    /// The applicant's id, or "Answer N" for an answer without one.
    private static func displayName(of row: Row) -> String {
        row.id ?? "Answer \(row.number)"
    }

    /// For each sortable column, its anchor name and each row's position when sorted by it.
    private func sortKeys() -> [(name: String, ranks: [Int])] {
        func ranks(_ areInIncreasingOrder: (Row, Row) -> Bool) -> [Int] {
            let sorted = rows.indices.sorted { left, right in
                if areInIncreasingOrder(rows[left], rows[right]) { return true }
                if areInIncreasingOrder(rows[right], rows[left]) { return false }
                return left < right
            }
            var rank = Array(repeating: 0, count: rows.count)
            for (position, index) in sorted.enumerated() { rank[index] = position }
            return rank
        }
        var keys: [(name: String, ranks: [Int])] = []
        keys.append(("applicant", ranks { Self.displayName(of: $0).lowercased() < Self.displayName(of: $1).lowercased() }))
        for (position, column) in columns.enumerated() {
            let id = column.id
            keys.append(("d\(position)", ranks { ($0.scores[id]?.score ?? -1) > ($1.scores[id]?.score ?? -1) }))
        }
        keys.append(("flags", ranks { $0.flagCount > $1.flagCount }))
        return keys
    }
}
