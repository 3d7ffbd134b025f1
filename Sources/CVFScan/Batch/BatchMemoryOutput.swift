/// Collects a batch run's output in memory, for programs that post-process it and for tests.
public struct BatchMemoryOutput: BatchOutput, Sendable {
    /// Everything written so far.
    public var bytes: [UInt8] = []
    /// True once the run finished successfully.
    public private(set) var isFinished = false

    /// Creates an empty output.
    public init() {}

    /// Appends bytes.
    public mutating func write(_ bytes: [UInt8]) {
        self.bytes.append(contentsOf: bytes)
    }

    /// Marks the output finished.
    public mutating func finish() {
        isFinished = true
    }

    /// The output as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
