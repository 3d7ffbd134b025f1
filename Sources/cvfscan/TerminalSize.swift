#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the terminal report needs to know about standard output: whether it is a terminal, and how wide.
enum TerminalSize {
    /// Whether standard output is a terminal.
    static var outputIsTerminal: Bool {
        isatty(1) == 1
    }

    /// Columns to wrap to: the terminal's own width (TIOCGWINSZ), else `COLUMNS`, else 80.
    static func columns(environment: [String: String]) -> Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return 80
    }

    /// The variables that decide colour and width (`NO_COLOR`, `TERM`, `COLUMNS`), those that are set.
    static var environment: [String: String] {
        var values: [String: String] = [:]
        for name in ["NO_COLOR", "TERM", "COLUMNS"] {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
    }
}
