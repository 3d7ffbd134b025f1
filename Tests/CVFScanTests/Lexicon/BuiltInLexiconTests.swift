import Foundation
import Synchronization
import Testing
@testable import CVFScan

/// The labelled sentence files under Fixtures/lexicon-sentences, one per dimension: `EXPECTATION<TAB>sentence`.
enum LabelledSentences {
    static var folder: URL? {
        Bundle.module.url(forResource: "lexicon-sentences", withExtension: nil, subdirectory: "Fixtures")
    }

    static var files: [String] {
        guard let folder else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".tsv") }.sorted()
    }

    /// Scanners per framework, compiled once for all files.
    static let scanners: Mutex<[String: EvidenceScanner]> = Mutex([:])

    static func scanner(for framework: String) throws -> EvidenceScanner {
        if let cached = scanners.withLock({ $0[framework] }) { return cached }
        let scanner = try EvidenceScanner.builtIn(frameworks: [framework])
        scanners.withLock { $0[framework] = scanner }
        return scanner
    }

    /// Why `report` does not meet `expectation` for `dimensionID`, or nil if it does.
    static func failure(_ expectation: String, _ dimensionID: String, _ report: Report) -> String? {
        guard let dimension = report.dimension(dimensionID) else { return "dimension missing" }
        let matches = report.matches.filter { $0.dimensionID == dimensionID }
        let evidence = matches.filter { $0.role != .vocabulary }
        let summary = "score \(dimension.score), support \(dimension.support), counter \(dimension.counter), matches \(matches.map { "\($0.text)[\($0.polarity.rawValue),\($0.agent.rawValue),\($0.modality.rawValue)]" })"
        switch expectation {
        case "support":
            let own = matches.contains { $0.polarity == .support && $0.agent != .other && $0.modality == .actual && $0.role != .vocabulary }
            return dimension.support > dimension.counter && own ? nil : summary
        case "counter":
            return dimension.counter > dimension.support ? nil : summary
        case "none":
            return matches.isEmpty ? nil : summary
        case "other":
            return !matches.isEmpty && evidence.allSatisfy { $0.agent == .other } && dimension.score == 0 ? nil : summary
        case "hypothetical":
            let support = matches.filter { $0.polarity == .support }
            return !support.isEmpty && support.allSatisfy { $0.modality != .actual } && dimension.score > 0 ? nil : summary
        default:
            return "unknown expectation '\(expectation)'"
        }
    }
}

@Suite("Built-in lexicons")
struct BuiltInLexiconTests {
    @Test("the built-in lexicons and word tables have no errors or warnings")
    func noDiagnostics() {
        let diagnostics = LexiconReview.builtInDiagnostics()
        #expect(diagnostics.isEmpty, "\(diagnostics.prefix(5).map(\.description))")
    }

    @Test("the fixed frameworks and dimension ids are all there")
    func ids() throws {
        let lexicon = try Lexicon.builtIn()
        #expect(lexicon.frameworks.map(\.id) == ["cvf", "cvf-2016", "wmp-values", "wmp-people-deal", "wmp-leadership-promise"])
        #expect(lexicon.dimensions.filter { $0.frameworkID == "cvf" }.map(\.id) == [
            "cvf/emotionally-aware", "cvf/take-ownership", "cvf/collaborative", "cvf/deliver-support-inspire",
            "cvf/analyse-critically", "cvf/innovative-open-minded", "cvf/courage", "cvf/respect-empathy",
            "cvf/public-service",
        ])
        #expect(lexicon.reportedDimensions(of: "cvf-2016").map(\.id) == [
            "cvf-2016/integrity", "cvf-2016/impartiality", "cvf-2016/public-service", "cvf-2016/transparency",
            "cvf/emotionally-aware", "cvf/take-ownership", "cvf/collaborative", "cvf/deliver-support-inspire",
            "cvf/analyse-critically", "cvf/innovative-open-minded",
        ])
        #expect(lexicon.dimensions.filter { $0.frameworkID == "wmp-values" }.map(\.id) == [
            "wmp-values/professional", "wmp-values/respect-for-all", "wmp-values/one-team",
            "wmp-values/integrity-trust-honesty", "wmp-values/doing-it-differently",
        ])
        #expect(lexicon.dimensions.filter { $0.frameworkID == "wmp-people-deal" }.map(\.id) == [
            "wmp-people-deal/prevent-crime", "wmp-people-deal/friendship-service", "wmp-people-deal/courageous-fair",
            "wmp-people-deal/listen-learn", "wmp-people-deal/proud",
        ])
        #expect(lexicon.dimensions.filter { $0.frameworkID == "wmp-leadership-promise" }.map(\.id) == [
            "wmp-leadership-promise/performance-manager", "wmp-leadership-promise/service-improver",
            "wmp-leadership-promise/trust-builder", "wmp-leadership-promise/inspirational-role-model",
            "wmp-leadership-promise/people-developer", "wmp-leadership-promise/organisational-advocate",
        ])
    }

    @Test("every cvf dimension has at least 40 patterns, every other dimension at least 20")
    func patternCounts() throws {
        let lexicon = try Lexicon.builtIn()
        let summary = LexiconSummary(lexicon: lexicon)
        for framework in summary.frameworks {
            for dimension in framework.dimensions {
                let minimum = framework.id == "cvf" ? 40 : 20
                let patterns = lexicon.patterns.filter {
                    $0.role == .evidence && $0.behaviourID.hasPrefix(dimension.id + "/")
                }.count
                #expect(patterns >= minimum, "\(dimension.id) has \(patterns) patterns")
            }
        }
    }

    @Test("every statement is quoted verbatim from its source document")
    func statementsAreVerbatim() throws {
        let lexicon = try Lexicon.builtIn()
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lexicons/sources")
        func normalised(_ text: String) -> String {
            // Bullets, markdown emphasis and every kind of space (the sources contain no-break spaces) aside.
            text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "\u{2022}", with: " ")
                .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        var cache: [String: String] = [:]
        for behaviour in lexicon.behaviours {
            if cache[behaviour.source] == nil {
                let url = sources.appendingPathComponent(behaviour.source)
                cache[behaviour.source] = (try? String(contentsOf: url, encoding: .utf8)).map(normalised) ?? ""
            }
            let source = try #require(cache[behaviour.source])
            #expect(!source.isEmpty, "\(behaviour.id): source \(behaviour.source) not found")
            let verbatim = source.contains(normalised(behaviour.statement))
            #expect(verbatim, "\(behaviour.location): \(behaviour.id) is not verbatim: \(behaviour.statement)")
        }
    }

    @Test("every Leadership Promise statement scanned alone comes out on its own side (at least 95%)")
    func leadershipStatements() throws {
        let scanner = try EvidenceScanner.builtIn(frameworks: ["wmp-leadership-promise"])
        let session = scanner.makeSession()
        var failures: [String] = []
        let behaviours = scanner.lexicon.behaviours.filter { $0.dimensionID.hasPrefix("wmp-leadership-promise/") }
        for behaviour in behaviours {
            let report = session.scan(behaviour.statement)
            guard let dimension = report.dimension(behaviour.dimensionID) else { continue }
            let correct = behaviour.polarity == .support ? dimension.support > dimension.counter : dimension.counter > dimension.support
            if !correct { failures.append(behaviour.id) }
        }
        #expect(behaviours.count == 204)
        let rate = Double(behaviours.count - failures.count) / Double(behaviours.count)
        #expect(rate >= 0.95, "\(failures.count) of \(behaviours.count) fail: \(failures)")
    }

    @Test("labelled sentences get exactly their expected context decisions", arguments: LabelledSentences.files)
    func labelledSentences(file: String) throws {
        let folder = try #require(LabelledSentences.folder)
        let name = String(file.dropLast(4))
        let parts = name.components(separatedBy: "--")
        try #require(parts.count == 2, "file names are FRAMEWORK--DIMENSION.tsv")
        let dimensionID = parts[0] + "/" + parts[1]
        let scanner = try LabelledSentences.scanner(for: parts[0])
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        var count = 0
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t", maxSplits: 1)
            try #require(fields.count == 2, "\(file):\(number + 1): expected EXPECTATION<TAB>sentence")
            count += 1
            let report = scanner.scan(String(fields[1]))
            if let failure = LabelledSentences.failure(String(fields[0]), dimensionID, report) {
                Issue.record("\(file):\(number + 1): expected \(fields[0]): \(fields[1]) — \(failure)")
            }
        }
        #expect(count >= 12)
    }
}
