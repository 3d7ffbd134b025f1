import Foundation

/// The figures of one run, printed as an aligned table (and as Markdown for docs/performance.md).
struct ResultTable {
    enum Verdict: String {
        case met
        case missed = "MISSED"
        case none = ""
    }

    struct Row {
        var figure: String
        var value: String
        /// Peak resident memory during the phase that produced the figure, in MB.
        var peakMemory: String
        var target: String
        var verdict: Verdict
        /// One of the few figures of the short summary (the README's table).
        var headline: Bool
    }

    private(set) var rows: [Row] = []

    private static func markdownTable(_ rows: [Row]) -> String {
        var lines = ["| figure | value | peak RSS (MB) | target | met? |", "| --- | ---: | ---: | --- | --- |"]
        for row in rows {
            let verdict = row.verdict == .missed ? "**missed**" : row.verdict.rawValue
            lines.append("| \(row.figure) | \(row.value) | \(row.peakMemory) | \(row.target) | \(verdict) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
    var markdown = false

    mutating func add(_ figure: String, _ value: String, memory: Double? = nil, target: String = "", verdict: Verdict = .none,
                      headline: Bool = false) {
        let row = Row(figure: figure, value: value, peakMemory: memory.map { String(format: "%.1f", $0) } ?? "",
                      target: target, verdict: verdict, headline: headline)
        rows.append(row)
        // Figures appear as they are measured, so a long run shows progress; the full table is printed at the end.
        FileHandle.standardError.write(Data("  \(figure): \(value)\n".utf8))
    }

    /// The table; as Markdown, the headline figures' short table (for the README) comes first.
    func rendered() -> String {
        let header = Row(figure: "figure", value: "value", peakMemory: "peak RSS MB", target: "target", verdict: .none,
                         headline: false)
        if markdown {
            let headlines = rows.filter(\.headline)
            var text = ""
            if !headlines.isEmpty {
                text += "Summary (README):\n\n" + Self.markdownTable(headlines) + "\nAll figures (docs/performance.md):\n\n"
            }
            return text + Self.markdownTable(rows)
        }
        let all = [header] + rows
        func width(_ column: (Row) -> String) -> Int {
            all.map { column($0).count }.max() ?? 0
        }
        let widths: [Int] = [width(\.figure), width(\.value), width(\.peakMemory), width(\.target)]
        func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
            let padding = String(repeating: " ", count: max(0, width - text.count))
            return right ? padding + text : text + padding
        }
        var lines: [String] = []
        for (index, row) in all.enumerated() {
            let verdict = index == 0 ? "met?" : row.verdict.rawValue
            let cells: [String] = [
                pad(row.figure, widths[0]), pad(row.value, widths[1], right: true),
                pad(row.peakMemory, widths[2], right: true), pad(row.target, widths[3]), verdict,
            ]
            lines.append(cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
            if index == 0 { lines.append(String(repeating: "-", count: widths.reduce(12, +))) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
