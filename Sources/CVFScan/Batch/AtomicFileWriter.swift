#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes an output file so that it appears complete or not at all: bytes go to a temporary file in the
/// destination's directory, and `commit()` flushes it to disk (`fsync`), renames it over the destination
/// (atomic on POSIX file systems) and syncs the directory. If the program stops or fails before
/// `commit()`, the temporary file is removed and any previous destination file is left untouched, so a
/// half-written report can never be mistaken for a finished one.
///
/// An existing destination's permission bits are carried over. A symbolic link at the destination is
/// replaced by the new file rather than followed.
///
/// A class because it owns a file descriptor and must clean up in `deinit`; use it from one task at a time.
public final class AtomicFileWriter {
    /// Where the finished file will appear.
    public let destinationPath: String
    /// The temporary file receiving the bytes until `commit()`.
    public let temporaryPath: String

    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private let bufferCapacity: Int
    private var isClosed = false

    /// Creates the temporary file next to `destinationPath`.
    /// - Throws: `BatchInputError.cannotCreateOutput` when the directory is missing or not writable, or
    ///   the destination is a directory.
    public init(destinationPath: String, bufferCapacity: Int = 1 << 20) throws(BatchInputError) {
        self.destinationPath = destinationPath
        self.bufferCapacity = max(1, bufferCapacity)
        var existing = stat()
        var existingMode: mode_t?
        if stat(destinationPath, &existing) == 0 {
            if UInt32(existing.st_mode) & SystemErrorText.fileTypeMask == SystemErrorText.directoryType {
                throw .cannotCreateOutput(path: destinationPath, reason: "it is a folder; name a file inside it")
            }
            existingMode = existing.st_mode & 0o7777
        }
        let (directory, fileName) = Self.split(destinationPath)
        var attempt = 0
        while true {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let candidate = "\(directory)/.\(fileName).\(getpid()).\(suffix).tmp"
            let opened = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if opened >= 0 {
                self.descriptor = opened
                self.temporaryPath = candidate
                break
            }
            let code = errno
            attempt += 1
            if (code == EEXIST || code == EINTR) && attempt < 16 { continue }
            switch code {
            case ENOENT, ENOTDIR:
                throw .cannotCreateOutput(path: destinationPath, reason: "the folder \(directory) does not exist")
            case EACCES, EPERM, EROFS:
                throw .cannotCreateOutput(
                    path: destinationPath, reason: "no permission to write in the folder \(directory)")
            default:
                throw .cannotCreateOutput(path: destinationPath, reason: SystemErrorText.describe(code))
            }
        }
        if let existingMode { fchmod(descriptor, existingMode) }
        buffer.reserveCapacity(self.bufferCapacity)
    }

    deinit {
        discard()
    }

    /// Appends bytes to the file.
    /// - Throws: `BatchInputError.writeFailed` (the temporary file is then removed).
    public func write(_ bytes: [UInt8]) throws(BatchInputError) {
        var failure: BatchInputError?
        bytes.withUnsafeBytes { raw in
            do throws(BatchInputError) { try write(raw) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Appends the UTF-8 encoding of `text` to the file.
    /// - Throws: `BatchInputError.writeFailed` (the temporary file is then removed).
    public func write(_ text: String) throws(BatchInputError) {
        var text = text
        var failure: BatchInputError?
        text.withUTF8 { bytes in
            do throws(BatchInputError) { try write(UnsafeRawBufferPointer(bytes)) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Appends raw bytes to the file.
    /// - Throws: `BatchInputError.writeFailed` (the temporary file is then removed).
    public func write(_ bytes: UnsafeRawBufferPointer) throws(BatchInputError) {
        guard !isClosed else {
            throw .writeFailed(path: destinationPath, reason: "the file was already finished or discarded")
        }
        if buffer.count + bytes.count > bufferCapacity {
            try flush()
        }
        if bytes.count >= bufferCapacity {
            try writeThrough(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Makes the file appear at `destinationPath`: flushes, syncs to disk, renames over the destination.
    /// - Throws: `BatchInputError.writeFailed` or `.cannotReplaceOutput`; the destination is then unchanged.
    public func commit() throws(BatchInputError) {
        guard !isClosed else {
            throw .writeFailed(path: destinationPath, reason: "the file was already finished or discarded")
        }
        try flush()
        if fsync(descriptor) != 0 {
            let code = errno
            discard()
            throw .writeFailed(path: destinationPath, reason: SystemErrorText.describe(code))
        }
        let closeResult = close(descriptor)
        isClosed = true
        if closeResult != 0 {
            let code = errno
            unlink(temporaryPath)
            throw .writeFailed(path: destinationPath, reason: SystemErrorText.describe(code))
        }
        if rename(temporaryPath, destinationPath) != 0 {
            let code = errno
            unlink(temporaryPath)
            throw .cannotReplaceOutput(path: destinationPath, reason: SystemErrorText.describe(code))
        }
        syncDirectory()
    }

    /// Abandons the file: closes and removes the temporary file, leaving the destination untouched.
    /// Called automatically when the writer goes away without `commit()`.
    public func discard() {
        guard !isClosed else { return }
        isClosed = true
        close(descriptor)
        unlink(temporaryPath)
    }

    private func flush() throws(BatchInputError) {
        guard !buffer.isEmpty else { return }
        let failure = buffer.withUnsafeBytes { DescriptorOutput.writeAll(descriptor, $0) }
        buffer.removeAll(keepingCapacity: true)
        if failure != 0 {
            discard()
            throw .writeFailed(path: destinationPath, reason: SystemErrorText.describe(failure))
        }
    }

    private func writeThrough(_ bytes: UnsafeRawBufferPointer) throws(BatchInputError) {
        let failure = DescriptorOutput.writeAll(descriptor, bytes)
        if failure != 0 {
            discard()
            throw .writeFailed(path: destinationPath, reason: SystemErrorText.describe(failure))
        }
    }

    /// Persists the rename itself; without this a power cut can bring back the old directory entry.
    private func syncDirectory() {
        let directory = open(Self.split(destinationPath).directory, O_RDONLY | O_CLOEXEC)
        guard directory >= 0 else { return }
        fsync(directory)
        close(directory)
    }

    static func split(_ path: String) -> (directory: String, fileName: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }
}
