import CVFScan

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// POSIX `write`, named apart from the writers' own `write` methods.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}

/// Buffered writes to a file descriptor with POSIX `write`, so a closed pipe surfaces as ``OutputClosed`` (SIGPIPE
/// is ignored at start-up) and other failures as an I/O error, never as a crash.
struct FileOutput {
    let descriptor: Int32
    private var buffer: [UInt8] = []
    private let flushThreshold = 1 << 16

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(flushThreshold * 2)
    }

    mutating func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= flushThreshold { try flush() }
    }

    mutating func write(bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushThreshold { try flush() }
    }

    mutating func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return posixWrite(descriptor, base + offset, raw.count - offset)
            }
            if written < 0 {
                let error = errno
                if error == EINTR { continue }
                buffer.removeAll(keepingCapacity: true)
                if error == EPIPE { throw OutputClosed() }
                throw CommandFailure.io("cannot write output: \(String(cString: strerror(error)))")
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes one line to standard error, unbuffered. Messages quote the input (a JSON key, a CSV header, a lexicon
/// line), so escape sequences and other controls are removed first: stderr is usually a recruiter's terminal.
func writeError(_ message: String) {
    let safe = TerminalSanitizer.sanitize(message)
    writeErrorText(safe.hasSuffix("\n") ? safe : safe + "\n")
}

/// Writes text to standard error as it is, unbuffered (a progress line redrawn in place has no line feed).
func writeErrorText(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeMutableBytes { raw -> Int in
            guard let base = raw.baseAddress else { return 0 }
            return posixWrite(2, base + offset, raw.count - offset)
        }
        if written <= 0 { return }
        offset += written
    }
    bytes.removeAll()
}
