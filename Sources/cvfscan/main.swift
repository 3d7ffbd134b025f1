#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// A reader closing the pipe early (`cvfscan … | head -1`) must end the run quietly, not kill it with SIGPIPE.
signal(SIGPIPE, SIG_IGN)

let arguments = Array(CommandLine.arguments.dropFirst())
var output = FileOutput(descriptor: 1)
let status: ExitStatus
do {
    status = try CommandDispatcher.run(arguments, output: &output)
    try output.flush()
} catch let failure as CommandFailure {
    try? output.flush()
    writeError("cvfscan: \(failure.message)")
    exit(failure.status.rawValue)
} catch is OutputClosed {
    exit(ExitStatus.success.rawValue)
} catch {
    try? output.flush()
    writeError("cvfscan: \(error)")
    exit(ExitStatus.ioError.rawValue)
}
exit(status.rawValue)
