#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A batch run's output file: written atomically (``AtomicFileWriter``) when the path is a regular file or does not
/// exist yet, so a failed run never leaves half a file; written straight through when the path is a device, a
/// FIFO or a socket (`-o /dev/null`, `-o /dev/stdout`, a named pipe), which cannot be replaced by renaming and
/// must never be: renaming a temporary file over `/dev/null` would turn it into an ordinary file for everyone.
///
/// Symbolic links are followed to decide, so `/dev/stdout` counts as the terminal or pipe it points to.
/// A class because it owns a file descriptor; one thread at a time.
public final class BatchFileOutput: BatchOutput {
    private enum Target {
        case atomic(AtomicFileWriter)
        case stream(FileDescriptorWriter, descriptor: Int32)
    }

    /// The path written.
    public let path: String
    private let target: Target

    /// Opens the output.
    /// - Throws: `BatchInputError.cannotCreateOutput` when the file or its temporary file cannot be created.
    public init(path: String) throws(BatchInputError) {
        self.path = path
        var status = stat()
        let exists = stat(path, &status) == 0
        let type = UInt32(status.st_mode) & SystemErrorText.fileTypeMask
        if exists, type != SystemErrorText.regularFileType, type != SystemErrorText.directoryType {
            var descriptor: Int32
            repeat {
                descriptor = open(path, O_WRONLY | O_CLOEXEC)
            } while descriptor < 0 && errno == EINTR
            guard descriptor >= 0 else {
                throw .cannotCreateOutput(path: path, reason: SystemErrorText.describe(errno))
            }
            target = .stream(FileDescriptorWriter(fileDescriptor: descriptor, name: path), descriptor: descriptor)
        } else {
            target = .atomic(try AtomicFileWriter(destinationPath: path))
        }
    }

    deinit {
        if case .stream(_, let descriptor) = target { close(descriptor) }
    }

    /// True when the output is replaced atomically; false for a device, FIFO or socket written straight through.
    public var isAtomic: Bool {
        if case .atomic = target { return true }
        return false
    }

    /// Appends bytes.
    /// - Throws: `BatchInputError.writeFailed`.
    public func write(_ bytes: [UInt8]) throws(BatchInputError) {
        switch target {
        case .atomic(let writer): try writer.write(bytes)
        case .stream(let writer, _): try writer.write(bytes)
        }
    }

    /// Commits the file, or flushes the device.
    /// - Throws: `BatchInputError.writeFailed` or `.cannotReplaceOutput`.
    public func finish() throws(BatchInputError) {
        switch target {
        case .atomic(let writer): try writer.commit()
        case .stream(let writer, _): try writer.flush()
        }
    }
}
