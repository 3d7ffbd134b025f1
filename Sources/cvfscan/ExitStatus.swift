/// The exit codes of cvfscan, from BSD's sysexits.h, as documented in `--help` and the README.
enum ExitStatus: Int32 {
    case success = 0
    case usage = 64
    case dataError = 65
    case noInput = 66
    case ioError = 74
}

/// A failure the command line reports in one line on stderr before exiting with its status.
struct CommandFailure: Error {
    var status: ExitStatus
    var message: String

    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(status: .usage, message: message + "\nSee 'cvfscan --help'.")
    }

    static func data(_ message: String) -> CommandFailure {
        CommandFailure(status: .dataError, message: message)
    }

    static func noInput(_ message: String) -> CommandFailure {
        CommandFailure(status: .noInput, message: message)
    }

    static func io(_ message: String) -> CommandFailure {
        CommandFailure(status: .ioError, message: message)
    }
}

/// Standard output was closed by its reader (`cvfscan … | head -1`): stop quietly.
struct OutputClosed: Error {}
