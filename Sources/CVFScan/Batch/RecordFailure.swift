/// Why one record of a batch or JSON Lines stream could not be scored. The record still gets its own output line
/// or row, carrying this message, so nothing is silently dropped.
public struct RecordFailure: Error, Sendable, Hashable {
    /// The record's id, if it could be read.
    public var id: String?
    /// The record's line in its input.
    public var line: Int
    /// What went wrong, for the recruiter.
    public var message: String

    /// Creates a failure.
    public init(id: String?, line: Int, message: String) {
        self.id = id
        self.line = line
        self.message = message
    }

    /// The record's output line in JSON Lines mode: `{"schema":"cvfscan.report/1","id":…,"error":"…"}`.
    public var jsonLine: String {
        var output = JSONOutput()
        output.raw("{")
        output.key("schema")
        output.string(JSONReportWriter.schema)
        output.comma()
        output.key("id")
        output.optionalString(id)
        output.comma()
        output.key("error")
        output.string(message)
        output.raw("}")
        return output.string
    }
}
