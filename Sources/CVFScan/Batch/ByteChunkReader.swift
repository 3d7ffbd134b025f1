#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file, a file descriptor (standard input) or an in-memory buffer in large chunks with POSIX
/// `read`, so memory stays flat however large the input is. Failures come back as `BatchInputError`
/// values naming the path.
///
/// A class rather than a struct because it owns a file descriptor, closed when the reader goes away;
/// copies of a struct would share that descriptor and its read position. Use it from one task at a time.
public final class ByteChunkReader {
    /// The default chunk size: large enough that system-call overhead disappears, small enough to be
    /// irrelevant for memory.
    public static let defaultChunkSize = 1 << 20

    /// The name used in error messages: the path, or e.g. `<stdin>`.
    public let name: String
    /// The largest number of bytes one `nextChunk()` returns.
    public let chunkSize: Int

    private enum Source {
        case descriptor(Int32, closesWhenDone: Bool)
        case memory([UInt8], position: Int)
        case finished
        /// A read failed; every later call reports the same failure instead of looking like the end.
        case failed(BatchInputError)
    }

    private var source: Source

    /// Opens the file at `path` for reading.
    /// - Throws: `BatchInputError.fileNotFound`, `.permissionDenied`, `.isDirectory` or `.cannotOpen`.
    public init(path: String, chunkSize: Int = ByteChunkReader.defaultChunkSize) throws(BatchInputError) {
        self.name = path
        self.chunkSize = max(1, chunkSize)
        self.source = .descriptor(try Self.openForReading(path).descriptor, closesWhenDone: true)
    }

    /// Opens a file for reading, refusing a folder, with messages a recruiter can act on. Returns the descriptor
    /// and, for a regular file, its size (pipes and devices have none).
    static func openForReading(_ path: String) throws(BatchInputError) -> (descriptor: Int32, size: Int?) {
        var descriptor: Int32
        repeat {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
        } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR: throw .fileNotFound(path: path)
            case EACCES, EPERM: throw .permissionDenied(path: path)
            case EISDIR: throw .isDirectory(path: path)
            default: throw .cannotOpen(path: path, reason: SystemErrorText.describe(code))
            }
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return (descriptor, nil) }
        let type = UInt32(status.st_mode) & SystemErrorText.fileTypeMask
        if type == SystemErrorText.directoryType {
            close(descriptor)
            throw .isDirectory(path: path)
        }
        return (descriptor, type == SystemErrorText.regularFileType ? Int(status.st_size) : nil)
    }

    /// Reads from an already open descriptor such as `STDIN_FILENO`, which is left open afterwards.
    public init(fileDescriptor: Int32, name: String = "<stdin>", chunkSize: Int = ByteChunkReader.defaultChunkSize) {
        self.name = name
        self.chunkSize = max(1, chunkSize)
        self.source = .descriptor(fileDescriptor, closesWhenDone: false)
    }

    /// Serves `bytes` in chunks, for text already in memory and for tests of chunk boundaries.
    public init(bytes: [UInt8], name: String = "<memory>", chunkSize: Int = ByteChunkReader.defaultChunkSize) {
        self.name = name
        self.chunkSize = max(1, chunkSize)
        self.source = .memory(bytes, position: 0)
    }

    deinit {
        if case .descriptor(let descriptor, closesWhenDone: true) = source {
            close(descriptor)
        }
    }

    /// The next chunk of at most `chunkSize` bytes (never empty), or `nil` at the end of input.
    /// - Throws: `BatchInputError.readFailed` (or `.isDirectory`) when the operating system reports an error.
    public func nextChunk() throws(BatchInputError) -> [UInt8]? {
        switch source {
        case .finished:
            return nil
        case .failed(let error):
            throw error
        case .memory(let bytes, let position):
            guard position < bytes.count else {
                source = .finished
                return nil
            }
            let end = min(bytes.count, position + chunkSize)
            source = .memory(bytes, position: end)
            return Array(bytes[position..<end])
        case .descriptor(let descriptor, let closesWhenDone):
            let size = chunkSize
            var failure: Int32 = 0
            let chunk = [UInt8](unsafeUninitializedCapacity: size) { buffer, initializedCount in
                while true {
                    let result = read(descriptor, buffer.baseAddress, size)
                    if result >= 0 {
                        initializedCount = result
                        return
                    }
                    if errno != EINTR {
                        failure = errno
                        initializedCount = 0
                        return
                    }
                }
            }
            if failure != 0 {
                if closesWhenDone { close(descriptor) }
                let error: BatchInputError =
                    failure == EISDIR
                    ? .isDirectory(path: name) : .readFailed(path: name, reason: SystemErrorText.describe(failure))
                source = .failed(error)
                throw error
            }
            if chunk.isEmpty {
                finish(descriptor: descriptor, closesWhenDone: closesWhenDone)
                return nil
            }
            return chunk
        }
    }

    private func finish(descriptor: Int32, closesWhenDone: Bool) {
        if closesWhenDone { close(descriptor) }
        source = .finished
    }
}
