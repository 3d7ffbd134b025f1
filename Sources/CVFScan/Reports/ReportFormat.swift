/// The output formats of a report.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// For a recruiter at a terminal: the answer with the evidence marked, numbered notes, a table of dimensions,
    /// the flags.
    case text
    /// One `cvfscan.report/1` JSON object per answer, on one line.
    case json
    /// JSON Lines in and out: one answer object per input line, one report per output line.
    case jsonl
    /// One self-contained HTML page: the answer highlighted, a chart of scores, the evidence, the flags.
    case html
    /// A table of dimensions and the quoted evidence, for notes and tickets.
    case markdown
}
