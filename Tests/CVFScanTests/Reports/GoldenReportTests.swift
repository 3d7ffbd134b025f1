import Testing
@testable import CVFScan

/// Every report format, byte for byte, for a realistic answer, a hostile one and one without evidence.
/// Re-record with `CVFSCAN_RECORD_GOLDEN=1 swift test --filter Golden` (see ``GoldenFile``).
@Suite("Golden report files")
struct GoldenReportTests {
    enum Answer: String, CaseIterable, Sendable {
        case realistic, hostile
        case noEvidence = "no-evidence"

        func report() throws -> Report {
            switch self {
            case .realistic: try ReportFixtures.realistic()
            case .hostile: try ReportFixtures.hostile()
            case .noEvidence: try ReportFixtures.noEvidence()
            }
        }
    }

    enum Rendering: String, CaseIterable, Sendable {
        case text = "txt"
        case textColor = "color.txt"
        case textExplain = "explain.txt"
        case textNarrow = "narrow.txt"
        case html = "html"
        case htmlExplain = "explain.html"
        case markdown = "md"
        case markdownExplain = "explain.md"

        func render(_ report: Report) -> String {
            let lexicon = ReportFixtures.lexicon
            switch self {
            case .text: return TextReportWriter(lexicon: lexicon).string(for: report)
            case .textColor: return TextReportWriter(color: true, lexicon: lexicon).string(for: report)
            case .textExplain: return TextReportWriter(explain: true, width: 100, lexicon: lexicon).string(for: report)
            case .textNarrow: return TextReportWriter(width: 40, lexicon: lexicon).string(for: report)
            case .html: return HTMLReportWriter(lexicon: lexicon).string(for: report)
            case .htmlExplain: return HTMLReportWriter(explain: true, lexicon: lexicon).string(for: report)
            case .markdown: return MarkdownReportWriter(lexicon: lexicon).string(for: report)
            case .markdownExplain: return MarkdownReportWriter(explain: true, lexicon: lexicon).string(for: report)
            }
        }
    }

    @Test("each answer in each format matches its golden file", arguments: Answer.allCases, Rendering.allCases)
    func golden(answer: Answer, rendering: Rendering) throws {
        let report = try answer.report()
        try GoldenFile.verify(rendering.render(report), name: "\(answer.rawValue).\(rendering.rawValue)")
    }

    @Test("a batch page of three reports matches its golden file")
    func batch() throws {
        var writer = HTMLBatchReportWriter(title: "Golden batch <intake> & \"spring\"", lexicon: ReportFixtures.lexicon)
        var page = writer.header()
        for report in [try ReportFixtures.realistic(), try ReportFixtures.hostile(), try ReportFixtures.noEvidence()] {
            page += writer.section(for: report)
        }
        page += writer.footer()
        try GoldenFile.verify(page, name: "batch.html")
    }

    @Test("writers are deterministic: the same report twice gives the same bytes", arguments: Rendering.allCases)
    func deterministic(rendering: Rendering) throws {
        let first = rendering.render(try ReportFixtures.hostile())
        let second = rendering.render(try ReportFixtures.hostile())
        #expect(first == second)
    }
}
