import Foundation

/// Resident memory of this process: the peak since the last reset (getrusage) and the current size (/proc).
enum MemoryProbe {
    /// Resets the peak resident size to the current one, so the next ``peakMegabytes()`` covers one phase only.
    ///
    /// Linux lets a process reset its own high-water mark by writing `5` to `/proc/self/clear_refs`; getrusage's
    /// `ru_maxrss` then restarts from the current size. Returns false where that is not possible (the peak is then
    /// the process's peak so far, and the table says so).
    @discardableResult
    static func resetPeak() -> Bool {
        let descriptor = open("/proc/self/clear_refs", O_WRONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let written = "5".utf8CString.withUnsafeBufferPointer { buffer in
            write(descriptor, buffer.baseAddress, 1)
        }
        return written == 1
    }

    /// The peak resident size since the last reset, in MB (getrusage's `ru_maxrss`, which Linux gives in KiB).
    static func peakMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// The current resident size in MB, from the second field of `/proc/self/statm` (pages).
    static func currentMegabytes() -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return nil }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}
