import Testing
@testable import CVFScan

/// The streaming batch page: anchors, the summary table and its script-free sorting.
@Suite("HTML batch report writer")
struct HTMLBatchReportWriterTests {
    private func page(_ answers: [(String, String?)]) throws -> (String, HTMLBatchReportWriter) {
        var writer = HTMLBatchReportWriter(lexicon: ReportFixtures.lexicon)
        var page = writer.header()
        for (text, id) in answers { page += writer.section(for: try ReportFixtures.report(text, id: id)) }
        page += writer.footer()
        return (page, writer)
    }

    @Test("rows carry each column's rank: scores highest first, ties in input order, names alphabetical")
    func ranks() throws {
        let (page, writer) = try page([
            ("I like trains.", "carol"),
            ("I took responsibility and owned up.", "alice"),
            ("I stayed calm and took responsibility.", nil),
        ])
        #expect(writer.reportCount == 3)
        // Columns: applicant, ownership, calm, teamwork, flags.
        #expect(page.contains("<tr style=\"--k0: 2; --k1: 2; --k2: 1; --k3: 2; --k4: 0\"><td class=\"number\">1</td><td><a href=\"#applicant-1\">carol</a></td>"))
        #expect(page.contains("<tr style=\"--k0: 0; --k1: 0; --k2: 2; --k3: 0; --k4: 1\"><td class=\"number\">2</td><td><a href=\"#applicant-2\">alice</a></td>"))
        #expect(page.contains("<tr style=\"--k0: 1; --k1: 1; --k2: 0; --k3: 1; --k4: 2\"><td class=\"number\">3</td><td><a href=\"#applicant-3\">Answer 3</a></td>"))
        #expect(page.contains("#sort-d0:target ~ table tbody tr { order: var(--k1); }"))
    }

    @Test("every report gets its own anchor and ids never repeat")
    func anchors() throws {
        let (page, _) = try page([(ReportFixtures.realisticAnswer, "a"), (ReportFixtures.realisticAnswer, "a")])
        #expect(page.contains("<article class=\"report\" id=\"applicant-1\">"))
        #expect(page.contains("<article class=\"report\" id=\"applicant-2\">"))
        let ids = page.split(separator: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(ids).count == ids.count)
        #expect(page.contains("id=\"applicant-2-e12\""))
    }

    @Test("a page with no reports is still a complete document")
    func empty() {
        let writer = HTMLBatchReportWriter(title: "Empty")
        let page = writer.header() + writer.footer()
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.hasSuffix("</html>\n"))
        #expect(page.contains("0 answers."))
    }
}
