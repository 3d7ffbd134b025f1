import Foundation

/// What the figures were measured on: they are only comparable between runs on the same machine.
struct MachineDescription {
    var cores: Int
    var processorModel: String
    var kernel: String
    var date: String
    var commit: String
    var swiftVersion: String

    static func current(packageRoot: String) -> MachineDescription {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n")
            .first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        var name = utsname()
        uname(&name)
        let release = withUnsafeBytes(of: name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        var commit = run("/usr/bin/env", ["git", "-C", packageRoot, "rev-parse", "--short=12", "HEAD"]) ?? "unknown"
        if let changes = run("/usr/bin/env", ["git", "-C", packageRoot, "status", "--porcelain", "--", "Sources"]),
           !changes.isEmpty {
            commit += " (with uncommitted changes to Sources/)"
        }
        let swift = run("/usr/bin/env", ["swift", "--version"])?.split(separator: "\n").first.map(String.init) ?? "unknown"
        return MachineDescription(
            cores: ProcessInfo.processInfo.activeProcessorCount, processorModel: model, kernel: "Linux \(release)",
            date: formatter.string(from: Date()), commit: commit, swiftVersion: swift)
    }

    /// The three load averages, which say how busy the machine was while it was measured.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    private static func run(_ path: String, _ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
