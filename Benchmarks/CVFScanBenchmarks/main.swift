import CVFScan
import Foundation

// cvfscan's own figures, printed as a table (see BenchmarkOptions.usage and docs/performance.md).

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--help") || arguments.contains("-h") {
    print(BenchmarkOptions.usage)
    exit(0)
}
let options: BenchmarkOptions
do {
    options = try BenchmarkOptions(arguments: arguments)
} catch {
    FileHandle.standardError.write(Data("cvfscan-benchmarks: \(error)\n".utf8))
    exit(64)
}

let sentences = AnswerGenerator.sentences(fromCorpusAt: PackageLocation.developmentCorpus)
if sentences.isEmpty {
    FileHandle.standardError.write(Data("cvfscan-benchmarks: cannot read \(PackageLocation.developmentCorpus); using three built-in sentences, so figures are not comparable\n".utf8))
}

do {
    if let path = options.writeCorpusPath {
        var generator = AnswerGenerator(sentences: sentences, seed: AnswerGenerator.corpusSeed)
        let answers = generator.answers(totalBytes: options.corpusBytes)
        try CorpusFile.write(answers, to: path)
        let bytes = answers.reduce(0) { $0 + $1.utf8.count }
        print("wrote \(answers.count) answers, \(bytes) bytes of text, to \(path)")
        exit(0)
    }
    if let path = options.exportPhrasesPath {
        let export = PhraseExporter().export(try Lexicon.builtIn())
        try Data((export.phrases.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        print("wrote \(export.phrases.count) phrases from \(export.patterns) patterns (\(export.expansionsWithPrefix) expansions with a prefix skipped) to \(path)")
        exit(0)
    }
} catch {
    FileHandle.standardError.write(Data("cvfscan-benchmarks: \(error)\n".utf8))
    exit(74)
}

if options.engineRatesOnly {
    var suite = BenchmarkSuite(options: options, sentences: sentences)
    do {
        let rates = try suite.engineRates()
        print(String(format: "scan+score %.3f\nend-to-end %.3f", rates.scan, rates.endToEnd))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("cvfscan-benchmarks: \(error)\n".utf8))
        exit(70)
    }
}

let machine = MachineDescription.current(packageRoot: PackageLocation.root)
let loadBefore = MachineDescription.loadAverage()
FileHandle.standardError.write(Data("cvfscan-benchmarks (\(options.quick ? "quick" : "full")): measuring…\n".utf8))
var suite = BenchmarkSuite(options: options, sentences: sentences)
do {
    try suite.run()
} catch {
    FileHandle.standardError.write(Data("cvfscan-benchmarks: \(error)\n".utf8))
    exit(70)
}

let bullet = options.markdown ? "- " : ""
print("""
\(bullet)cvfscan benchmarks (\(options.quick ? "quick" : "full"), release build)
\(bullet)machine: \(machine.cores) cores, \(machine.processorModel), \(machine.kernel)
\(bullet)toolchain: \(machine.swiftVersion)
\(bullet)date: \(machine.date)
\(bullet)commit: \(machine.commit)
\(bullet)load average (1, 5, 15 min): \(loadBefore) before, \(MachineDescription.loadAverage()) after

""")
print(suite.table.rendered(), terminator: "")
