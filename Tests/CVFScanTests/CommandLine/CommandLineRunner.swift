import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the built `cvfscan` binary as a subprocess, the way a recruiter's script or GNU parallel does. Shared by
/// every command-line suite (batch, exit codes, hostile input, output safety).
enum CommandLineRunner {
    struct Outcome {
        var status: Int32
        var output: [UInt8]
        var errors: String
        /// True when a signal ended the process (SIGPIPE, SIGSEGV…) instead of an exit status.
        var killedBySignal = false
        var text: String { String(decoding: output, as: UTF8.self) }
    }

    /// The `cvfscan` executable next to the test bundle: SwiftPM builds it into the same products folder, because
    /// the test target depends on it. Found by walking up from the test runner's own path.
    static let executable: String? = {
        var directory = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("cvfscan").path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate)
            {
                return candidate
            }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }()

    /// Runs cvfscan with `arguments`, `input` on standard input, in `directory`; output and errors go through
    /// files, so no pipe can fill up and block either side. `environment` is added to the test's own.
    static func run(
        _ arguments: [String], input: [UInt8] = [], in directory: String, environment: [String: String] = [:]
    ) throws -> Outcome {
        let executable = try #require(executable, "cvfscan binary not found next to the test bundle")
        return try launch(executable, arguments, input: input, in: directory, environment: environment)
    }

    /// Runs `/bin/sh -c script` in `directory` with `$CVFSCAN` naming the binary, for pipelines such as
    /// `"$CVFSCAN" answer.txt | head -1`.
    static func shell(_ script: String, input: [UInt8] = [], in directory: String) throws -> Outcome {
        let executable = try #require(executable, "cvfscan binary not found next to the test bundle")
        return try launch("/bin/sh", ["-c", script], input: input, in: directory, environment: ["CVFSCAN": executable])
    }

    /// Runs cvfscan with standard output a pipe whose reading end is already closed, as after `| head -1` has
    /// read its line and exited: the first write fails with EPIPE, every time, whatever the output's size.
    static func runWithClosedOutput(_ arguments: [String], input: [UInt8] = [], in directory: String) throws -> Outcome {
        let executable = try #require(executable, "cvfscan binary not found next to the test bundle")
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        return try launch(executable, arguments, input: input, in: directory, output: pipe.fileHandleForWriting)
    }

    private static func launch(
        _ executable: String, _ arguments: [String], input: [UInt8], in directory: String,
        environment: [String: String] = [:], output: FileHandle? = nil
    ) throws -> Outcome {
        let scratch = directory + "/.run-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let inputPath = scratch + "/stdin"
        let outputPath = scratch + "/stdout"
        let errorPath = scratch + "/stderr"
        try Data(input).write(to: URL(fileURLWithPath: inputPath))
        try Data().write(to: URL(fileURLWithPath: outputPath))
        try Data().write(to: URL(fileURLWithPath: errorPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        }
        let standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inputPath))
        let standardOutput = try output ?? FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        let standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        process.standardInput = standardInput
        process.standardOutput = standardOutput
        process.standardError = standardError
        try process.run()
        process.waitUntilExit()
        try standardInput.close()
        try standardOutput.close()
        try standardError.close()
        return Outcome(
            status: process.terminationStatus,
            output: Array(try Data(contentsOf: URL(fileURLWithPath: outputPath))),
            errors: try String(contentsOfFile: errorPath, encoding: .utf8),
            killedBySignal: process.terminationReason == .uncaughtSignal)
    }
}
