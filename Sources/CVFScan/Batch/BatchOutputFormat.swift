/// What a batch run writes.
public enum BatchOutputFormat: String, Sendable, Hashable, CaseIterable {
    /// One header row, then one row per input record: id, words, score and band per dimension, question scores,
    /// flags and an error column.
    case csv
    /// One `cvfscan.report/1` object per input record, one per line.
    case jsonLines = "jsonl"
    /// One self-contained HTML page: every applicant's answer with its evidence marked, then a summary table that
    /// sorts by any dimension and links to each applicant. Records that could not be scored say why.
    case html
}
