/// Where a batch run writes its rows or lines. The run calls ``write(_:)`` with whole rows, in input order, then
/// ``finish()`` once after the last record; when the run fails it stops calling, so an output that only makes
/// its result visible in ``finish()`` (``AtomicFileWriter``) never shows a partial file.
///
/// Errors thrown here end the run and reach its caller unchanged.
public protocol BatchOutput {
    /// Appends bytes.
    mutating func write(_ bytes: [UInt8]) throws
    /// Completes the output after the last record: flushes, or commits a file.
    mutating func finish() throws
}
