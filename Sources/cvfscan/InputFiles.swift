#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole inputs (a file, or standard input for `-`), refusing more than a limit without reading it all,
/// so a huge input gets a clear error instead of exhausting memory.
enum InputFiles {
    static func read(_ path: String, limit: Int) throws(CommandFailure) -> [UInt8] {
        let name = path == "-" ? "standard input" : path
        let descriptor: Int32
        if path == "-" {
            descriptor = 0
        } else {
            descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else {
                let error = errno
                switch error {
                case ENOENT: throw .noInput("\(path): no such file")
                case EACCES: throw .noInput("\(path): permission denied")
                default: throw .noInput("\(path): cannot open: \(String(cString: strerror(error)))")
                }
            }
        }
        defer { if descriptor != 0 { close(descriptor) } }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw .noInput("\(name): is a folder, not a file")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.read(descriptor, base, raw.count)
            }
            if count < 0 {
                let error = errno
                if error == EINTR { continue }
                if error == EISDIR { throw .noInput("\(name): is a folder, not a file") }
                throw .io("\(name): read error: \(String(cString: strerror(error)))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit {
                throw .data("\(name): the answer is larger than \(limit >> 20) MiB, the most cvfscan scans as one answer; split it, or put one answer per line and use --format jsonl or 'cvfscan batch'")
            }
        }
        return bytes
    }
}
