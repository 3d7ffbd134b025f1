import Foundation

/// Times whole `cvfscan` processes, from spawn to exit, as a recruiter's shell pipe runs them.
enum StartupProbe {
    enum Failure: Error, CustomStringConvertible {
        case spawn(path: String, code: Int32)
        case exit(path: String, status: Int32)

        var description: String {
            switch self {
            case .spawn(let path, let code): "cannot start \(path): \(String(cString: strerror(code)))"
            case .exit(let path, let status): "\(path) exited with wait status \(status)"
            }
        }
    }

    struct Runs {
        /// Milliseconds from spawn to exit, one per timed run.
        var milliseconds: [Double]
        /// CPU milliseconds (user + system) of each timed run: what the run costs when the machine is not busy.
        var processorMilliseconds: [Double]
    }

    /// Times `runs` runs of `binary arguments < input > /dev/null`, after `warmUp` untimed runs that bring the binary
    /// and its libraries into the page cache (and, with a cache directory in `environment`, fill cvfscan's cache of
    /// compiled lexicons). `environment` is added to this process's; `beforeEachRun` runs untimed before every run,
    /// warm-up runs included (the cold start-up figure empties the cache there).
    static func measure(binary: String, arguments: [String], inputPath: String, runs: Int, warmUp: Int = 3,
                        environment: [String: String] = [:], beforeEachRun: () -> Void = {}) throws -> Runs {
        var times: [Double] = []
        var processorTimes: [Double] = []
        for run in 0..<(warmUp + runs) {
            beforeEachRun()
            let start = Stopwatch.now()
            let usage = try spawnAndWait(binary: binary, arguments: arguments, inputPath: inputPath, environment: environment)
            if run >= warmUp {
                times.append((Stopwatch.now() - start) * 1000)
                processorTimes.append(milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime))
            }
        }
        return Runs(milliseconds: times, processorMilliseconds: processorTimes)
    }

    /// The peak resident size of `binary arguments < input > /dev/null` in MB, measured through GNU time
    /// (`/usr/bin/time -f %M`), the largest of `runs` runs; nil where GNU time is not installed.
    ///
    /// The child's own rusage cannot give it: it also counts this (much larger) process, whose memory the child
    /// shares until its exec. GNU time is small and forks the program itself, so its figure is the program's alone.
    static func peakMegabytesThroughTime(binary: String, arguments: [String], inputPath: String, runs: Int = 3,
                                         environment: [String: String] = [:], beforeEachRun: () -> Void = {}) -> Double? {
        let time = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: time) else { return nil }
        let report = NSTemporaryDirectory() + "cvfscan-benchmark-time-\(getpid()).txt"
        defer { try? FileManager.default.removeItem(atPath: report) }
        var peak: Double?
        for _ in 0..<runs {
            beforeEachRun()
            guard (try? spawnAndWait(binary: time, arguments: ["-f", "%M", "-o", report, binary] + arguments,
                                     inputPath: inputPath, environment: environment)) != nil,
                  let text = try? String(contentsOfFile: report, encoding: .utf8),
                  let kilobytes = text.split(whereSeparator: \.isNewline).last.flatMap({ Double($0) }) else { return nil }
            peak = max(peak ?? 0, kilobytes / 1024)
        }
        return peak
    }

    private static func milliseconds(_ time: timeval) -> Double {
        Double(time.tv_sec) * 1000 + Double(time.tv_usec) / 1000
    }

    /// Runs the binary to its end and returns its resource usage.
    private static func spawnAndWait(binary: String, arguments: [String], inputPath: String,
                                     environment overrides: [String: String]) throws -> rusage {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let variables = ProcessInfo.processInfo.environment.merging(overrides) { _, override in override }
        let environment: [UnsafeMutablePointer<CChar>?] = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in environment { free(pointer) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, binary, &actions, nil, argv, environment)
        guard code == 0 else { throw Failure.spawn(path: binary, code: code) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        guard status == 0 else { throw Failure.exit(path: binary, status: status) }
        return usage
    }

    /// The value below which `fraction` of the sorted values lie (nearest rank).
    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }
}
