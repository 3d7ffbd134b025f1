/// How far a batch run has got, reported after each window of records is written.
public struct BatchProgress: Sendable, Hashable {
    /// Records written so far.
    public var records: Int
    /// Of those, records with an error.
    public var recordsWithErrors: Int
    /// Seconds since the run started.
    public var elapsedSeconds: Double
    /// Input bytes read up to the last record written, counting files already finished in full. Input is read in
    /// chunks of a megabyte, so this leads ``records`` by up to a chunk.
    public var bytesRead: Int
    /// The total size of the inputs, or `nil` when one has no known size (standard input from a pipe).
    public var totalBytes: Int?

    /// Creates a progress report.
    public init(records: Int, recordsWithErrors: Int, elapsedSeconds: Double, bytesRead: Int, totalBytes: Int?) {
        self.records = records
        self.recordsWithErrors = recordsWithErrors
        self.elapsedSeconds = elapsedSeconds
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
    }

    /// Records per second so far.
    public var recordsPerSecond: Double {
        elapsedSeconds > 0 ? Double(records) / elapsedSeconds : 0
    }

    /// The part of the input read, 0 to 1, when the total is known.
    public var fractionDone: Double? {
        guard let totalBytes else { return nil }
        guard totalBytes > 0 else { return 1 }
        return min(1, Double(bytesRead) / Double(totalBytes))
    }

    /// Seconds left at the rate so far, when the total is known and some input has been read.
    public var estimatedSecondsRemaining: Double? {
        guard let fraction = fractionDone, fraction > 0, elapsedSeconds > 0 else { return nil }
        return elapsedSeconds * (1 - fraction) / fraction
    }
}
