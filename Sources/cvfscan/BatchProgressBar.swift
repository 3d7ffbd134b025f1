#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import CVFScan

/// The progress line of `cvfscan batch` on a terminal's standard error: a bar when the input size is known,
/// records done, rate and time left, redrawn at most ten times a second.
struct BatchProgressBar {
    private var lastDrawn: Double = -1
    private var isShown = false
    static let width = 24

    mutating func draw(_ progress: BatchProgress) {
        guard progress.elapsedSeconds - lastDrawn >= 0.1 else { return }
        lastDrawn = progress.elapsedSeconds
        isShown = true
        writeErrorText("\r" + Self.line(for: progress) + "\u{1B}[K")
    }

    /// Removes the line, so what follows starts on a clean line.
    mutating func clear() {
        guard isShown else { return }
        isShown = false
        writeErrorText("\r\u{1B}[K")
    }

    static func line(for progress: BatchProgress) -> String {
        var parts: [String] = []
        if let fraction = progress.fractionDone {
            let filled = Int((fraction * Double(width)).rounded(.down))
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            parts.append("[\(bar)] \(Int((fraction * 100).rounded(.down)))%")
        }
        parts.append("\(grouped(progress.records)) records")
        parts.append("\(rate(progress.recordsPerSecond))/s")
        if progress.recordsWithErrors > 0 { parts.append("\(grouped(progress.recordsWithErrors)) errors") }
        if let remaining = progress.estimatedSecondsRemaining { parts.append("ETA \(clock(remaining))") }
        return parts.joined(separator: "  ")
    }

    /// Records per second: "19,194", or "0.4" below ten, where a whole number would round to nothing.
    static func rate(_ value: Double) -> String {
        value < 10 ? "\((value * 10).rounded() / 10)" : grouped(Int(value.rounded()))
    }

    /// 1234567 → "1,234,567".
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }

    /// 4.5 → "4.5 s"; 75 → "1:15".
    static func seconds(_ value: Double) -> String {
        if value < 60 { return "\((value * 10).rounded() / 10) s" }
        return clock(value)
    }

    /// Minutes and seconds, or hours, minutes and seconds.
    static func clock(_ value: Double) -> String {
        let total = Int(value.rounded())
        let hours = total / 3600
        let minutes = (total % 3600) / 60
        let seconds = total % 60
        let paddedSeconds = seconds < 10 ? "0\(seconds)" : "\(seconds)"
        if hours > 0 { return "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(paddedSeconds)" }
        return "\(minutes):\(paddedSeconds)"
    }
}

