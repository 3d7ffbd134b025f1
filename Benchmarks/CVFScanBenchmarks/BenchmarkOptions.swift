import Foundation

/// The benchmark's command line.
struct BenchmarkOptions {
    static let usage = """
    cvfscan-benchmarks — cvfscan's own figures, printed as a table. Build and run in release:

      swift build -c release && .build/release/cvfscan-benchmarks [OPTIONS]

    OPTIONS
      --quick                 a 2 MB corpus and 1,000 / 10,000 streamed answers instead of 20 MB and 10,000 / 100,000
      --corpus-megabytes N    size of the generated corpus (default 20, quick 2)
      --only PHASE[,PHASE…]   run only these phases: compile, startup, memory, tokenise, scan, batch, patterns, length
      --threads N             threads for the all-cores batch figure (default: every core)
      --cvfscan PATH          the cvfscan binary whose start-up is timed (default: next to this executable)
      --startup-runs N        processes spawned per warm start-up figure (default 100, quick 20)
      --cold-startup-runs N   processes spawned per cold start-up figure, cache emptied each time (default 10,
                              quick 3)
      --markdown              print the tables as Markdown: a short summary (README) and every figure
      --engine-rates          print only two lines, the CPU MB/s of scan + score and of end to end (with
                              JSON) on the generated corpus, one thread; for Benchmarks/compare.sh
      --write-corpus FILE     write the benchmark corpus as JSON Lines ({"id", "text"}) and exit
      --export-phrases FILE   write the built-in patterns as literal phrases, one per line, and exit

    The corpus is generated from the sentences of Benchmarks/corpus/development.jsonl with a fixed seed, so every
    run measures the same text; --write-corpus gives the comparison script (Benchmarks/compare.sh) that text.
    """

    static let phases = ["compile", "startup", "memory", "tokenise", "scan", "batch", "patterns", "length"]

    var quick = false
    var corpusBytes = 20_000_000
    var phases: Set<String> = Set(BenchmarkOptions.phases)
    var threads = ProcessInfo.processInfo.activeProcessorCount
    var cvfscanPath: String?
    var startupRuns = 100
    var coldStartupRuns = 10
    var engineRatesOnly = false
    var markdown = false
    var writeCorpusPath: String?
    var exportPhrasesPath: String?

    /// Answers streamed through one session before the first and the second memory reading.
    var streamCheckpoints: (first: Int, second: Int) { quick ? (1_000, 10_000) : (10_000, 100_000) }

    struct UsageError: Error, CustomStringConvertible {
        var description: String
    }

    init(arguments: [String]) throws {
        var corpusMegabytes: Double?
        var startupRunsGiven: Int?
        var coldStartupRunsGiven: Int?
        var index = 0
        func value(_ name: String) throws -> String {
            index += 1
            guard index < arguments.count else { throw UsageError(description: "\(name) needs a value") }
            return arguments[index]
        }
        func number(_ name: String) throws -> Int {
            let text = try value(name)
            guard let number = Int(text), number > 0 else { throw UsageError(description: "\(name) needs a positive whole number, not '\(text)'") }
            return number
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--quick": quick = true
            case "--corpus-megabytes":
                let text = try value(argument)
                guard let megabytes = Double(text), megabytes > 0 else { throw UsageError(description: "--corpus-megabytes needs a positive number, not '\(text)'") }
                corpusMegabytes = megabytes
            case "--only":
                let names = try value(argument).split(separator: ",").map(String.init)
                if let unknown = names.first(where: { !Self.phases.contains($0) }) {
                    throw UsageError(description: "unknown phase '\(unknown)': expected \(Self.phases.joined(separator: ", "))")
                }
                phases = Set(names)
            case "--threads": threads = try number(argument)
            case "--cvfscan": cvfscanPath = try value(argument)
            case "--startup-runs": startupRunsGiven = try number(argument)
            case "--cold-startup-runs": coldStartupRunsGiven = try number(argument)
            case "--markdown": markdown = true
            case "--engine-rates": engineRatesOnly = true
            case "--write-corpus": writeCorpusPath = try value(argument)
            case "--export-phrases": exportPhrasesPath = try value(argument)
            case "--help", "-h": throw UsageError(description: Self.usage)
            default: throw UsageError(description: "unknown option '\(argument)'\n\n" + Self.usage)
            }
            index += 1
        }
        corpusBytes = Int((corpusMegabytes ?? (quick ? 2 : 20)) * 1_000_000)
        startupRuns = startupRunsGiven ?? (quick ? 20 : 100)
        coldStartupRuns = coldStartupRunsGiven ?? (quick ? 3 : 10)
    }
}
