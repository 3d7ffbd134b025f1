/// The format of a batch input file.
public enum BatchInputFormat: String, Sendable, Hashable, CaseIterable {
    /// RFC 4180 CSV with a header row naming the columns.
    case csv
    /// JSON Lines: one JSON object per line; fields are named by dotted paths.
    case jsonLines = "jsonl"

    /// The format a file name implies: `.csv` is CSV; `.jsonl`, `.ndjson` and `.jsonlines` are JSON Lines
    /// (in any letter case). `nil` for anything else.
    public init?(fileName: String) {
        guard let dot = fileName.utf8.lastIndex(of: UInt8(ascii: ".")) else { return nil }
        let fileExtension = String(decoding: fileName.utf8[fileName.utf8.index(after: dot)...], as: UTF8.self)
        switch fileExtension.lowercased() {
        case "csv": self = .csv
        case "jsonl", "ndjson", "jsonlines": self = .jsonLines
        default: return nil
        }
    }
}
