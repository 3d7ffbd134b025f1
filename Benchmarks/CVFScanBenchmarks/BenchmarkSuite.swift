import CVFScan
import Foundation

/// Runs the phases the options ask for and fills the table. Each phase resets the peak-memory mark first, so its
/// row shows the peak of that phase (the generated corpus, once built, is resident in every later phase).
struct BenchmarkSuite {
    let options: BenchmarkOptions
    let sentences: [String]
    var table = ResultTable()
    private var corpusCache: [String]?
    private var corpusBytesCache = 0

    init(options: BenchmarkOptions, sentences: [String]) {
        self.options = options
        self.sentences = sentences
        table.markdown = options.markdown
    }

    /// Repeats per timing: the fastest of three on a full run.
    private var repeats: Int { options.quick ? 2 : 3 }

    private static func megabytesPerSecond(_ bytes: Int, _ seconds: Double) -> String {
        String(format: "%.1f MB/s", Double(bytes) / seconds / 1e6)
    }

    /// A single-thread rate: per CPU second (the per-core cost), then per wall second when they differ by more
    /// than 5% (the machine was busy).
    private static func rates(_ bytes: Int, _ answers: Int?, _ timing: Timing) -> String {
        var text = megabytesPerSecond(bytes, timing.cpu)
        if let answers { text += ", " + perSecond(answers, timing.cpu, "answers") }
        if timing.wall > timing.cpu * 1.05 { text += " (wall: " + megabytesPerSecond(bytes, timing.wall) + ")" }
        return text
    }

    private static func perSecond(_ count: Int, _ seconds: Double, _ unit: String) -> String {
        String(format: "%.0f %@/s", Double(count) / seconds, unit)
    }

    mutating func run() throws {
        let phases = options.phases
        if phases.contains("compile") { try compile() }
        if phases.contains("startup") { startup() }
        if phases.contains("memory") { try memory() }
        if phases.contains("tokenise") || phases.contains("scan") { try throughput() }
        if phases.contains("batch") { try batch() }
        if phases.contains("patterns") { try patternScaling() }
        if phases.contains("length") { try lengthScaling() }
    }

    // MARK: Inputs

    private mutating func corpus() -> (answers: [String], bytes: Int) {
        if let corpusCache { return (corpusCache, corpusBytesCache) }
        var generator = AnswerGenerator(sentences: sentences, seed: AnswerGenerator.corpusSeed)
        let answers = generator.answers(totalBytes: options.corpusBytes)
        corpusCache = answers
        corpusBytesCache = answers.reduce(0) { $0 + $1.utf8.count }
        return (answers, corpusBytesCache)
    }

    /// The first answers of the corpus, up to `bytes`.
    private mutating func corpusPrefix(bytes: Int) -> (answers: [String], bytes: Int) {
        var answers: [String] = []
        var total = 0
        for answer in corpus().answers where total < bytes {
            answers.append(answer)
            total += answer.utf8.count
        }
        return (answers, total)
    }

    private static func allFrameworks() throws -> EvidenceScanner {
        try EvidenceScanner(lexicon: try Lexicon.builtIn(), frameworks: [])
    }

    // MARK: Phases

    /// CPU MB/s of scan + score and of end to end (scan, score, JSON produced and discarded) over the generated
    /// corpus on one thread, fastest of the repeats: the engine alone, for the comparison script.
    mutating func engineRates() throws -> (scan: Double, endToEnd: Double) {
        let scanner = try Self.allFrameworks()
        let (answers, bytes) = corpus()
        let session = scanner.makeSession()
        let scan = Stopwatch.best(of: repeats) { for answer in answers { _ = session.scan(answer) } }
        let writer = JSONReportWriter()
        var sink: [UInt8] = []
        let endToEnd = Stopwatch.best(of: repeats) {
            for answer in answers {
                sink.removeAll(keepingCapacity: true)
                writer.write(session.scan(answer), into: &sink)
            }
        }
        return (Double(bytes) / scan.cpu / 1e6, Double(bytes) / endToEnd.cpu / 1e6)
    }

    /// Parsing the built-in lexicon files, then compiling them: cold (first in the process, including the word
    /// tables) and warm, for all frameworks and for the default `cvf` alone (what a one-line answer pays without a
    /// cache); then ``EvidenceScanner/builtIn(frameworks:options:)``, which `cvfscan` calls: the first call compiles
    /// and writes the compiled lexicon to the disk cache, later calls read it back.
    private mutating func compile() throws {
        MemoryProbe.resetPeak()
        var lexicon = Lexicon()
        let parse = try Stopwatch.measure { lexicon = try Lexicon.builtIn() }
        var scanner: EvidenceScanner?
        let cold = try Stopwatch.measure { scanner = try EvidenceScanner(lexicon: lexicon, frameworks: []) }
        let warm = try Stopwatch.best(of: repeats) { scanner = try EvidenceScanner(lexicon: lexicon, frameworks: []) }
        let cvfLexicon = try Lexicon.builtIn(frameworks: ["cvf"])
        var cvfScanner: EvidenceScanner?
        let cvf = try Stopwatch.best(of: repeats) { cvfScanner = try EvidenceScanner(lexicon: cvfLexicon, frameworks: ["cvf"]) }
        let memory = MemoryProbe.peakMegabytes()
        let frameworks = Lexicon.builtInFrameworkIDs.count
        table.add("lexicon parse, \(frameworks) built-in frameworks", Self.milliseconds(parse), memory: memory)
        table.add("lexicon compile, all (\(scanner?.patternCount ?? 0) patterns), first in process", Self.milliseconds(cold),
                  memory: memory, headline: true)
        table.add("lexicon compile, all, again", Self.milliseconds(warm), memory: memory)
        table.add("lexicon compile, cvf (\(cvfScanner?.patternCount ?? 0) patterns), again", Self.milliseconds(cvf), memory: memory)
        try diskCache()
    }

    /// ``EvidenceScanner/builtIn(frameworks:options:)`` with the disk cache in a fresh temporary folder (so the
    /// user's own cache is neither used nor touched): the first call per framework set compiles and writes, the
    /// next ones read.
    private mutating func diskCache() throws {
        let directory = NSTemporaryDirectory() + "cvfscan-benchmark-cache-\(getpid())-in-process"
        try? FileManager.default.removeItem(atPath: directory)
        setenv("CVFSCAN_CACHE_DIR", directory, 1)
        unsetenv("CVFSCAN_NO_CACHE")
        defer {
            unsetenv("CVFSCAN_CACHE_DIR")
            try? FileManager.default.removeItem(atPath: directory)
        }
        MemoryProbe.resetPeak()
        for (label, frameworks) in [("all", [String]()), ("cvf", ["cvf"])] {
            let first = try Stopwatch.measure { _ = try EvidenceScanner.builtIn(frameworks: frameworks) }
            let cached = try Stopwatch.best(of: repeats) { _ = try EvidenceScanner.builtIn(frameworks: frameworks) }
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory))?.count ?? 0
            let memory = MemoryProbe.peakMegabytes()
            table.add("built-in scanner, \(label): compile and write the disk cache", Self.milliseconds(first), memory: memory)
            // Without a cache file the second call compiles again: say so rather than report a compile as a load.
            table.add("built-in scanner, \(label): read from the disk cache",
                      Self.milliseconds(cached) + (files == 0 ? " (no cache file was written!)" : ""), memory: memory,
                      headline: label == "all")
        }
    }

    /// CPU milliseconds, and wall milliseconds when the machine was busy enough to make them differ.
    private static func milliseconds(_ timing: Timing) -> String {
        var text = String(format: "%.1f ms", timing.cpu * 1000)
        if timing.wall > timing.cpu * 1.05 { text += String(format: " (wall: %.1f ms)", timing.wall * 1000) }
        return text
    }

    /// Whole processes: `cvfscan [--framework all] < one-line.txt > /dev/null`, spawned many times, with cvfscan's
    /// cache of compiled lexicons in a temporary folder: warm (the cache filled by the untimed warm-up runs, as on
    /// every run after a user's first) and cold (the folder emptied before each run, as on the very first run after
    /// installing or upgrading, which compiles and writes the cache). The memory column is the largest peak resident
    /// size of three more runs, measured through GNU time (see ``StartupProbe/peakMegabytesThroughTime``).
    private mutating func startup() {
        let binary = options.cvfscanPath ?? PackageLocation.siblingCvfscan
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            table.add("start-up", "not measured: no \(binary) (build it too: swift build -c release)", target: "≤ 20 ms",
                      verdict: .missed, headline: true)
            return
        }
        let inputPath = NSTemporaryDirectory() + "cvfscan-benchmark-one-line-\(getpid()).txt"
        let line = "I took responsibility for my mistake, apologised to the customer and put it right.\n"
        guard FileManager.default.createFile(atPath: inputPath, contents: Data(line.utf8)) else {
            table.add("start-up", "not measured: cannot write \(inputPath)")
            return
        }
        let cacheDirectory = NSTemporaryDirectory() + "cvfscan-benchmark-cache-\(getpid())"
        let removeCache = { _ = try? FileManager.default.removeItem(atPath: cacheDirectory) }
        removeCache()
        defer {
            try? FileManager.default.removeItem(atPath: inputPath)
            removeCache()
        }
        // An empty CVFSCAN_NO_CACHE means "cache on", whatever the caller's environment says.
        let environment = ["CVFSCAN_CACHE_DIR": cacheDirectory, "CVFSCAN_NO_CACHE": ""]
        let configurations = [("cvf, the default", [String]()), ("all frameworks", ["--framework", "all"])]
        for cold in [false, true] {
            for (label, arguments) in configurations {
                let state = cold ? "cold cache (first run)" : "warm cache"
                let runs = cold ? options.coldStartupRuns : options.startupRuns
                do {
                    let result = try StartupProbe.measure(binary: binary, arguments: arguments, inputPath: inputPath, runs: runs,
                                                          warmUp: cold ? 1 : 3, environment: environment,
                                                          beforeEachRun: cold ? removeCache : {})
                    let median = StartupProbe.percentile(result.milliseconds, 0.5)
                    let p90 = StartupProbe.percentile(result.milliseconds, 0.9)
                    let peak = StartupProbe.peakMegabytesThroughTime(binary: binary, arguments: arguments, inputPath: inputPath,
                                                                     environment: environment, beforeEachRun: cold ? removeCache : {})
                    table.add("start-up to exit, one line, \(label), \(state) (\(result.milliseconds.count) runs)",
                              String(format: "median %.1f ms, p90 %.1f ms (CPU median %.1f ms)", median, p90,
                                     StartupProbe.percentile(result.processorMilliseconds, 0.5))
                                  + (peak == nil ? " (peak RSS needs GNU time, /usr/bin/time)" : ""),
                              memory: peak,
                              target: cold ? "" : "≤ 20 ms", verdict: cold ? .none : (median <= 20 ? .met : .missed),
                              headline: arguments.isEmpty)
                } catch {
                    table.add("start-up, \(label), \(state)", "failed: \(error)", target: cold ? "" : "≤ 20 ms",
                              verdict: cold ? .none : .missed)
                }
            }
        }
    }

    /// Answers streamed through one session (scanned, written as JSON, discarded), generated on the fly so the
    /// input itself takes no memory; resident memory is read after the first and the second checkpoint.
    private mutating func memory() throws {
        let scanner = try Self.allFrameworks()
        let (first, second) = options.streamCheckpoints
        var generator = AnswerGenerator(sentences: sentences, seed: AnswerGenerator.corpusSeed &+ 1)
        let session = scanner.makeSession()
        let writer = JSONReportWriter()
        var sink: [UInt8] = []
        MemoryProbe.resetPeak()
        let before = MemoryProbe.currentMegabytes() ?? .nan
        var readings: [Double] = []
        var bytes = 0
        let seconds = Stopwatch.time {
            for count in 1...second {
                let answer = generator.nextAnswer()
                bytes += answer.utf8.count
                sink.removeAll(keepingCapacity: true)
                writer.write(session.scan(answer), into: &sink)
                if count == first || count == second { readings.append(MemoryProbe.currentMegabytes() ?? .nan) }
            }
        }
        let peak = MemoryProbe.peakMegabytes()
        let ratio = readings[1] / readings[0]
        table.add("RSS before streaming", String(format: "%.1f MB", before))
        table.add("RSS after \(first) answers", String(format: "%.1f MB", readings[0]))
        table.add("RSS after \(second) answers (\(bytes / 1_000_000) MB, \(Self.megabytesPerSecond(bytes, seconds)) wall)",
                  String(format: "%.1f MB", readings[1]), memory: peak)
        table.add("memory growth, \(second) vs \(first) answers", String(format: "%.3f×", ratio),
                  target: "≤ 1.10×", verdict: ratio <= 1.10 ? .met : .missed, headline: true)
    }

    /// One thread, one session, the whole corpus: the pipeline's stages, then everything with JSON output.
    private mutating func throughput() throws {
        let scanner = try Self.allFrameworks()
        let (answers, bytes) = corpus()
        table.add("corpus: generated answers, seed \(AnswerGenerator.corpusSeed)",
                  String(format: "%d answers, %.1f MB", answers.count, Double(bytes) / 1e6))
        let session = scanner.makeSession()
        if options.phases.contains("tokenise") {
            MemoryProbe.resetPeak()
            let timing = Stopwatch.best(of: repeats) { for answer in answers { _ = session.analyseWithoutMatching(answer) } }
            table.add("tokenise + normalise + stem, 1 thread", Self.rates(bytes, nil, timing), memory: MemoryProbe.peakMegabytes(),
                      headline: true)
        }
        guard options.phases.contains("scan") else { return }
        MemoryProbe.resetPeak()
        let scanTiming = Stopwatch.best(of: repeats) { for answer in answers { _ = session.scan(answer) } }
        table.add("scan + score, all frameworks, 1 thread", Self.rates(bytes, answers.count, scanTiming), memory: MemoryProbe.peakMegabytes())
        MemoryProbe.resetPeak()
        let writer = JSONReportWriter()
        var sink: [UInt8] = []
        let timing = Stopwatch.best(of: repeats) {
            for answer in answers {
                sink.removeAll(keepingCapacity: true)
                writer.write(session.scan(answer), into: &sink)
            }
        }
        let rate = Double(bytes) / timing.cpu / 1e6
        table.add("end to end (scan, score, JSON), all frameworks, 1 thread", Self.rates(bytes, answers.count, timing),
                  memory: MemoryProbe.peakMegabytes(), target: "≥ 100 MB/s per core", verdict: rate >= 100 ? .met : .missed,
                  headline: true)
    }

    /// The corpus on 1 thread and on every core, twice: scanned directly (one shared scanner, a session per thread,
    /// answers split in input order, on Dispatch), and through the library's batch API (``BatchRunner``: JSON Lines
    /// in, JSON Lines out, what `cvfscan batch` runs). The configurations take turns, so load from other processes
    /// hits them alike.
    private mutating func batch() throws {
        let scanner = try Self.allFrameworks()
        let (answers, bytes) = corpus()
        let jsonLines = CorpusFile.bytes(of: answers)
        let threadCounts = Array(Set([1, options.threads])).sorted()
        var direct = [ParallelScan.Outcome?](repeating: nil, count: threadCounts.count)
        var runner = [BatchRunnerScan.Outcome?](repeating: nil, count: threadCounts.count)
        MemoryProbe.resetPeak()
        for _ in 0..<repeats {
            for (index, threads) in threadCounts.enumerated() {
                let outcome = ParallelScan.run(answers, scanner: scanner, threads: threads)
                if direct[index].map({ outcome.seconds < $0.seconds }) ?? true { direct[index] = outcome }
            }
            for (index, jobs) in threadCounts.enumerated() {
                let outcome = try BatchRunnerScan.run(jsonLines: jsonLines, scanner: scanner, jobs: jobs)
                if runner[index].map({ outcome.timing.wall < $0.timing.wall }) ?? true { runner[index] = outcome }
            }
        }
        let memory = MemoryProbe.peakMegabytes()
        func rate(_ wall: Double, _ cpu: Double) -> String {
            Self.perSecond(answers.count, wall, "answers") + ", " + Self.megabytesPerSecond(bytes, wall)
                + String(format: " (wall; %.2f cores busy)", cpu / wall)
        }
        for (index, threads) in threadCounts.enumerated() {
            guard let outcome = direct[index] else { continue }
            table.add("batch, sessions on Dispatch (scan, score, JSON), \(threads) thread\(threads == 1 ? "" : "s")",
                      rate(outcome.seconds, outcome.processorSeconds), memory: memory)
        }
        if threadCounts.count == 2, let one = direct[0], let many = direct[1] {
            addSpeedUp("sessions on Dispatch", wall: (one.seconds, many.seconds),
                       cpu: (one.processorSeconds, many.processorSeconds), sameOutput: one.jsonBytes == many.jsonBytes)
        }
        for (index, jobs) in threadCounts.enumerated() {
            guard let outcome = runner[index] else { continue }
            let complete = outcome.records == answers.count ? "" : " (only \(outcome.records) records!)"
            table.add("batch, BatchRunner (JSON Lines in and out), --jobs \(jobs)",
                      rate(outcome.timing.wall, outcome.timing.cpu) + complete, memory: memory, headline: true)
        }
        if threadCounts.count == 2, let one = runner[0], let many = runner[1] {
            addSpeedUp("BatchRunner", wall: (one.timing.wall, many.timing.wall), cpu: (one.timing.cpu, many.timing.cpu),
                       sameOutput: one.outputBytes == many.outputBytes, headline: true)
        }
    }

    private mutating func addSpeedUp(_ label: String, wall: (one: Double, many: Double), cpu: (one: Double, many: Double), sameOutput: Bool,
                                     headline: Bool = false) {
        let speedUp = wall.one / wall.many
        let wanted = 0.9 * Double(options.threads)
        let mismatch = sameOutput ? "" : " (output sizes differ!)"
        table.add("batch speed-up, \(label), \(options.threads) threads vs 1 (wall)", String(format: "%.2f×", speedUp) + mismatch,
                  target: String(format: "≥ %.1f×", wanted), verdict: speedUp >= wanted && sameOutput ? .met : .missed,
                  headline: headline)
        // On a machine shared with other work the wall speed-up says more about the other work than about
        // cvfscan; CPU seconds show whether threads add work of their own (locks, contention, false sharing).
        table.add("batch CPU time, \(label), \(options.threads) threads vs 1 (1.00× = no parallel overhead)",
                  String(format: "%.2f×", cpu.many / cpu.one))
    }

    /// Scan time (scan + score, no JSON; CPU seconds) of the same text with the built-in patterns plus 0, 3 and 15 times as many
    /// synthetic ones, i.e. 1×, 4× and 16× the pattern count. The three scanners take turns.
    private mutating func patternScaling() throws {
        let builtIn = try Lexicon.builtIn()
        let synthetic = SyntheticLexicon(sentences: sentences)
        let (answers, bytes) = corpusPrefix(bytes: options.quick ? 1_000_000 : 4_000_000)
        let basePatterns = try Self.allFrameworks().patternCount
        let multiples = [1, 4, 16]
        MemoryProbe.resetPeak()
        var sessions: [ScanSession] = []
        var patternCounts: [Int] = []
        var compileTimes: [Double] = []
        for multiple in multiples {
            let lexicon = try synthetic.lexicon(adding: basePatterns * (multiple - 1), to: builtIn)
            var scanner: EvidenceScanner?
            compileTimes.append(try Stopwatch.time { scanner = try EvidenceScanner(lexicon: lexicon, frameworks: []) })
            guard let scanner else { return }
            patternCounts.append(scanner.patternCount)
            sessions.append(scanner.makeSession())
        }
        let times = Stopwatch.bestInTurns(of: repeats, sessions.map { session in
            { for answer in answers { _ = session.scan(answer) } }
        })
        let memory = MemoryProbe.peakMegabytes()
        // More patterns can mean more matches, and matches cost scoring time: the count shows how much of any
        // growth is that rather than the automaton.
        let matchCounts = sessions.map { session in answers.reduce(0) { $0 + session.scan($1).matches.count } }
        for (index, multiple) in multiples.enumerated() {
            let ratio = times[index].cpu / times[0].cpu
            let value = String(format: "%.3f s, %.2f× (%@; %d matches; compile %.0f ms)", times[index].cpu, ratio,
                               Self.megabytesPerSecond(bytes, times[index].cpu), matchCounts[index], compileTimes[index] * 1000)
            let label = "scan time, \(patternCounts[index]) patterns (\(multiple)×)" + (multiple == 1 ? ", \(answers.count) answers, \(bytes / 1_000_000) MB" : "")
            let isLast = multiple == multiples.last
            table.add(label, value, memory: isLast ? memory : nil, target: isLast ? "≤ 1.25× (flat)" : "",
                      verdict: isLast ? (ratio <= 1.25 ? .met : .missed) : .none, headline: isLast)
        }
    }

    /// Scan time (CPU seconds) of the same number of answers made 4 and 16 times longer (each answer joined with the
    /// next 3 or 15 as further paragraphs): linear cost means the same time per byte.
    private mutating func lengthScaling() throws {
        let scanner = try Self.allFrameworks()
        let (answers, _) = corpusPrefix(bytes: options.quick ? 250_000 : 1_000_000)
        let all = corpus().answers
        let multiples = [1, 4, 16]
        let textSets = multiples.map { multiple in
            answers.indices.map { index in
                (0..<multiple).map { all[(index * multiple + $0) % all.count] }.joined(separator: "\n\n")
            }
        }
        let byteCounts = textSets.map { $0.reduce(0) { $0 + $1.utf8.count } }
        MemoryProbe.resetPeak()
        let session = scanner.makeSession()
        let times = Stopwatch.bestInTurns(of: repeats, textSets.map { texts in
            { for text in texts { _ = session.scan(text) } }
        })
        let memory = MemoryProbe.peakMegabytes()
        let basePerByte = times[0].cpu / Double(byteCounts[0])
        for (index, multiple) in multiples.enumerated() {
            let perByte = times[index].cpu / Double(byteCounts[index])
            let ratio = perByte / basePerByte
            let value = String(format: "%.3f s for %.1f MB, %.0f ns/byte, %.2f× per byte", times[index].cpu,
                               Double(byteCounts[index]) / 1e6, perByte * 1e9, ratio)
            let isLast = multiple == multiples.last
            table.add("scan time, answers \(multiple)× as long (\(byteCounts[index] / textSets[index].count) bytes each)", value,
                      memory: isLast ? memory : nil, target: isLast ? "per byte ≤ 1.20× (linear)" : "",
                      verdict: isLast ? (ratio <= 1.20 ? .met : .missed) : .none, headline: isLast)
        }
    }
}
