#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a batch run reads from each record and how it writes and schedules the results.
public struct BatchOptions: Sendable, Hashable {
    /// The column (CSV) or field path (JSON Lines) holding the applicant's id. `nil`: a column or field named
    /// `id` when there is one, otherwise the record's line number.
    public var idColumn: String?
    /// The answer columns (CSV) or field paths (JSON Lines). Question columns are answer columns too, added
    /// after these when not listed; with neither, the answer is the column `text`.
    public var textColumns: [String]
    /// Answer columns scored against the dimension their question asks for.
    public var questions: [BatchQuestion]
    /// CSV rows or JSON Lines reports.
    public var outputFormat: BatchOutputFormat
    /// Threads scanning records. 1 scans on the calling thread; more scan while the calling thread reads and
    /// writes. The output does not depend on it.
    public var jobs: Int
    /// Most records held in one window (read, scanned in parallel, written in order). Memory is bounded by this
    /// and ``windowBytes``, not by the input's size.
    public var windowRecords: Int
    /// Most answer bytes held in one window; a window also ends when it would exceed this.
    public var windowBytes: Int
    /// The page title of ``BatchOutputFormat/html`` output.
    public var htmlTitle = "cvfscan batch report"

    /// Creates options; by default the answers are in the column `text`, the output is CSV and every core scans.
    public init(
        idColumn: String? = nil, textColumns: [String] = [], questions: [BatchQuestion] = [],
        outputFormat: BatchOutputFormat = .csv, jobs: Int = BatchOptions.processorCount,
        windowRecords: Int = 1024, windowBytes: Int = 8 << 20
    ) {
        self.idColumn = idColumn
        self.textColumns = textColumns
        self.questions = questions
        self.outputFormat = outputFormat
        self.jobs = jobs
        self.windowRecords = windowRecords
        self.windowBytes = windowBytes
    }

    /// The answer columns in output order: ``textColumns``, then question columns not among them; `text` when
    /// both are empty. Names compare ignoring letter case, as CSV headers do.
    public var answerColumns: [String] {
        var columns = textColumns
        for question in questions where !columns.contains(where: { $0.lowercased() == question.column.lowercased() }) {
            columns.append(question.column)
        }
        return columns.isEmpty ? ["text"] : columns
    }

    /// The processors available to this process, at least 1: the default for ``jobs``.
    public static var processorCount: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}
