import CVFScan
import Foundation

// cvfscan's own figures, printed as a table. Build and run in release:
//   swift run -c release cvfscan-benchmarks [--quick] [--corpus FILE]
// Inputs are generated deterministically from the development corpus (Benchmarks/corpus/development.jsonl)
// or, failing that, from a built-in paragraph, so every run measures the same text.

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Best of `repeats` timings of `body`, in seconds.
func best(_ repeats: Int, _ body: () -> Void) -> Double {
    var fastest = Double.infinity
    for _ in 0..<repeats {
        let start = now()
        body()
        fastest = min(fastest, now() - start)
    }
    return fastest
}

let arguments = CommandLine.arguments
let quick = arguments.contains("--quick")
var answers: [String] = []
if let data = FileManager.default.contents(atPath: "Benchmarks/corpus/development.jsonl") {
    for line in data.split(separator: 0x0A) {
        if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let text = object["text"] as? String {
            answers.append(text)
        }
    }
}
if answers.isEmpty {
    answers = ["I took responsibility for my mistake, apologised to the customer and put it right. I stayed calm, listened and liaised with the council."]
}
let targetBytes = quick ? 2_000_000 : 20_000_000
var corpus: [String] = []
var corpusBytes = 0
while corpusBytes < targetBytes {
    for answer in answers where corpusBytes < targetBytes {
        corpus.append(answer)
        corpusBytes += answer.utf8.count
    }
}

print("cvfscan benchmarks (\(quick ? "quick" : "full")): \(corpus.count) answers, \(corpusBytes / 1_000_000) MB")
print(String(repeating: "-", count: 72))

let compileStart = now()
let lexicon: Lexicon
do { lexicon = try Lexicon.builtIn() } catch { print("lexicon error: \(error)"); exit(1) }
let parseTime = now() - compileStart
let scanner: EvidenceScanner
do { scanner = try EvidenceScanner(lexicon: lexicon, frameworks: []) } catch { print("compile error: \(error)"); exit(1) }
let compileTime = now() - compileStart - parseTime
print(String(format: "lexicon parse (all frameworks)          %8.1f ms", parseTime * 1000))
print(String(format: "lexicon compile (%5d patterns)         %8.1f ms", scanner.patternCount, compileTime * 1000))

let session = scanner.makeSession()
let tokenizeTime = best(3) { for answer in corpus { _ = session.analyseWithoutMatching(answer) } }
print(String(format: "tokenise + normalise + stem             %8.1f MB/s", Double(corpusBytes) / tokenizeTime / 1e6))

let scanTime = best(3) { for answer in corpus { _ = session.scan(answer) } }
print(String(format: "scan + score (all frameworks)           %8.1f MB/s  %8.0f answers/s", Double(corpusBytes) / scanTime / 1e6, Double(corpus.count) / scanTime))

let writer = JSONReportWriter()
var sink: [UInt8] = []
let endToEndTime = best(3) {
    for answer in corpus {
        sink.removeAll(keepingCapacity: true)
        writer.write(session.scan(answer), into: &sink)
    }
}
print(String(format: "end to end with JSON (all frameworks)   %8.1f MB/s  %8.0f answers/s", Double(corpusBytes) / endToEndTime / 1e6, Double(corpus.count) / endToEndTime))
print(String(format: "peak resident memory                    %8.1f MB", peakResidentMegabytes()))
