/// The outcome of a batch run.
public struct BatchSummary: Sendable, Hashable {
    /// Records written: one per input record.
    public var records: Int
    /// Records whose row or line carries an error.
    public var recordsWithErrors: Int
    /// Seconds the run took.
    public var elapsedSeconds: Double
    /// Per input, in order.
    public var inputs: [BatchInputSummary]

    /// Creates a summary.
    public init(records: Int, recordsWithErrors: Int, elapsedSeconds: Double, inputs: [BatchInputSummary]) {
        self.records = records
        self.recordsWithErrors = recordsWithErrors
        self.elapsedSeconds = elapsedSeconds
        self.inputs = inputs
    }

    /// Records per second.
    public var recordsPerSecond: Double {
        elapsedSeconds > 0 ? Double(records) / elapsedSeconds : 0
    }
}
