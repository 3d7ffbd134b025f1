#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Buffered output to an already open file descriptor, normally standard output, for reports that are
/// piped rather than written to a file. Call `flush()` before the program ends: a failure there (disk
/// full, closed pipe) must be reported, which `deinit` cannot do.
///
/// A class because it owns a buffer tied to one descriptor; use it from one task at a time.
public final class FileDescriptorWriter {
    /// The name used in error messages, e.g. `<stdout>`.
    public let name: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let bufferCapacity: Int

    /// Writes to `fileDescriptor` (standard output by default); the descriptor is never closed here.
    public init(fileDescriptor: Int32 = STDOUT_FILENO, name: String = "<stdout>", bufferCapacity: Int = 1 << 20) {
        self.descriptor = fileDescriptor
        self.name = name
        self.bufferCapacity = max(1, bufferCapacity)
        buffer.reserveCapacity(self.bufferCapacity)
    }

    /// Appends bytes, writing them out whenever the buffer fills.
    /// - Throws: `BatchInputError.writeFailed`.
    public func write(_ bytes: [UInt8]) throws(BatchInputError) {
        if buffer.count + bytes.count > bufferCapacity { try flush() }
        if bytes.count >= bufferCapacity {
            let failure = bytes.withUnsafeBytes { DescriptorOutput.writeAll(descriptor, $0) }
            if failure != 0 { throw .writeFailed(path: name, reason: SystemErrorText.describe(failure)) }
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Appends the UTF-8 encoding of `text`.
    /// - Throws: `BatchInputError.writeFailed`.
    public func write(_ text: String) throws(BatchInputError) {
        try write(Array(text.utf8))
    }

    /// Writes out everything buffered so far.
    /// - Throws: `BatchInputError.writeFailed`.
    public func flush() throws(BatchInputError) {
        guard !buffer.isEmpty else { return }
        let failure = buffer.withUnsafeBytes { DescriptorOutput.writeAll(descriptor, $0) }
        buffer.removeAll(keepingCapacity: true)
        if failure != 0 { throw .writeFailed(path: name, reason: SystemErrorText.describe(failure)) }
    }
}
