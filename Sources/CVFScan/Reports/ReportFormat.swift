/// The output formats of a report.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// For people: a table of dimensions, the evidence, the flags.
    case text
    /// One `cvfscan.report/1` JSON object per answer, on one line.
    case json
    /// JSON Lines in and out: one answer object per input line, one report per output line.
    case jsonl
}
