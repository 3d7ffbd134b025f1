import Foundation

/// Where the package and the built binaries are, wherever the benchmark is started from.
enum PackageLocation {
    /// The package root: the current directory if it is one, else the folder this source file was compiled from.
    static var root: String {
        let current = FileManager.default.currentDirectoryPath
        if FileManager.default.fileExists(atPath: current + "/Benchmarks/corpus/development.jsonl") { return current }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    static var developmentCorpus: String { root + "/Benchmarks/corpus/development.jsonl" }

    /// The `cvfscan` binary built alongside this executable (`swift build -c release` builds both).
    static var siblingCvfscan: String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("cvfscan").path
    }
}
