/// What a batch run writes.
public enum BatchOutputFormat: String, Sendable, Hashable, CaseIterable {
    /// One header row, then one row per input record: id, words, score and band per dimension, question scores,
    /// flags and an error column.
    case csv
    /// One `cvfscan.report/1` object per input record, one per line.
    case jsonLines = "jsonl"
}
