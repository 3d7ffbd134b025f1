/// A field to extract from each JSON record: a top-level key or a dotted path such as `answers.q1`
/// (a numeric segment indexes an array, as in `answers.0.text`). Build it once per run and reuse it
/// for every record, so the path is split once rather than per line.
public struct JSONFieldPath: Sendable, Equatable, CustomStringConvertible {
    /// The path exactly as given, e.g. `answers.q1`.
    public var description: String
    /// The path split at each `.`; empty segments are kept, so `a..b` never matches anything.
    public var segments: [String]

    /// Splits `path` at each `.`, working on UTF-8 bytes.
    public init(_ path: String) {
        self.description = path
        self.segments = path.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }
}
