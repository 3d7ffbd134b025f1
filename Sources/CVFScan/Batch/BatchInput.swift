/// One input of a batch run: a file, standard input, or bytes already in memory, and its format.
public struct BatchInput: Sendable, Hashable {
    /// Where the bytes come from.
    public enum Source: Sendable, Hashable {
        /// A file path.
        case file(String)
        /// Standard input.
        case standardInput
        /// Bytes in memory, e.g. an upload a server received.
        case bytes([UInt8])
    }

    /// Where the bytes come from.
    public var source: Source
    /// The name used in messages and record errors: the path, `<stdin>`, or the name given.
    public var name: String
    /// How the input is parsed.
    public var format: BatchInputFormat

    /// An input named on a command line: `-` is standard input, anything else a file path.
    ///
    /// - Parameter format: the format, or `nil` to take it from the file name (`.csv`, `.jsonl`); standard input
    ///   without a format is CSV.
    /// - Throws: ``BatchError/unknownInputFormat(path:)`` when the name says nothing and no format was given.
    public init(path: String, format: BatchInputFormat? = nil) throws(BatchError) {
        if path == "-" {
            self.init(source: .standardInput, name: "<stdin>", format: format ?? .csv)
            return
        }
        guard let resolved = format ?? BatchInputFormat(fileName: path) else { throw .unknownInputFormat(path: path) }
        self.init(source: .file(path), name: path, format: resolved)
    }

    /// An input from bytes in memory.
    public init(bytes: [UInt8], name: String, format: BatchInputFormat) {
        self.init(source: .bytes(bytes), name: name, format: format)
    }

    init(source: Source, name: String, format: BatchInputFormat) {
        self.source = source
        self.name = name
        self.format = format
    }
}
