import CVFScan

/// Standard output as a batch run's output: a closed pipe ends the run quietly through ``OutputClosed``.
extension FileOutput: BatchOutput {
    mutating func write(_ bytes: [UInt8]) throws {
        try write(bytes: bytes)
    }

    mutating func finish() throws {
        try flush()
    }
}
