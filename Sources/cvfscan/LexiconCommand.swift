import CVFScan
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `cvfscan lexicon check [PATH…]` and `cvfscan lexicon list [--format json]`.
enum LexiconCommand {
    static func run(_ arguments: [String], output: inout FileOutput) throws -> ExitStatus {
        guard let subcommand = arguments.first else {
            throw CommandFailure.usage("'lexicon' needs a subcommand: check or list")
        }
        let rest = Array(arguments.dropFirst())
        switch subcommand {
        case "check": return try check(rest, output: &output)
        case "list": return try list(rest, output: &output)
        case "--help", "-h", "help":
            try output.write(HelpText.lexicon)
            return .success
        default:
            throw CommandFailure.usage("unknown lexicon subcommand '\(subcommand)': expected check or list")
        }
    }

    static let checkOptions: [OptionSpecification] = [
        OptionSpecification(name: "--corpus", takesValue: true, repeatable: true),
        OptionSpecification(name: "--help", takesValue: false, shortName: "-h"),
    ]

    static func check(_ arguments: [String], output: inout FileOutput) throws -> ExitStatus {
        let parsed = try ArgumentParser.parse(arguments, options: checkOptions)
        if parsed.has("--help") {
            try output.write(HelpText.lexicon)
            return .success
        }
        var lexicon: Lexicon
        var diagnostics: [LexiconDiagnostic]
        if parsed.positionals.isEmpty {
            diagnostics = LexiconReview.builtInDiagnostics()
            lexicon = (try? Lexicon.builtIn()) ?? Lexicon()
        } else {
            do {
                (lexicon, diagnostics) = try LexiconReview.diagnostics(ofPaths: parsed.positionals)
            } catch {
                throw CommandFailure.noInput(error.description)
            }
            // Shared dimensions may live in the built-in lexicons; report only what is wrong in the given files.
            let withBuiltIn = ((try? Lexicon.builtIn()) ?? Lexicon()).merging(lexicon)
            let files = Set(lexicon.frameworks.map(\.location.file))
            diagnostics += withBuiltIn.crossReferenceDiagnostics().filter { files.contains($0.location.file) }
        }
        for diagnostic in diagnostics {
            // A message quotes the offending text, which may hold escape sequences.
            try output.write(TerminalSanitizer.sanitize(diagnostic.description, keepNewlines: false) + "\n")
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let patternCount = lexicon.patterns.count
        try output.write("\(lexicon.frameworks.count) frameworks, \(lexicon.dimensions.count) dimensions, \(lexicon.behaviours.count) behaviours, \(patternCount) patterns: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
        guard errors == 0 else { return .dataError }

        let shared = LexiconReview.sharedPatterns(in: lexicon)
        if !shared.isEmpty {
            try output.write("\nPatterns matching the same words in several dimensions (\(shared.count)):\n")
            for entry in shared {
                let places = entry.patterns.map { "\($0.location) (\($0.behaviourID))" }.joined(separator: "; ")
                try output.write("  '\(entry.sequence)' in \(entry.dimensionIDs.joined(separator: ", ")): \(places)\n")
            }
        }
        let corpora = parsed.all("--corpus").isEmpty ? defaultCorpora() : parsed.all("--corpus")
        if corpora.isEmpty {
            try output.write("\nNo corpus given (--corpus FILE.jsonl) and none found in Benchmarks/corpus/: unmatched patterns not checked.\n")
            return .success
        }
        var answers: [String] = []
        for corpus in corpora { answers += try readCorpus(corpus) }
        let unmatched = try LexiconReview.unmatchedPatterns(in: lexicon, answers: answers)
        try output.write("\nPatterns that match nothing in \(answers.count) corpus answers (\(unmatched.count) of \(patternCount)):\n")
        for pattern in unmatched where pattern.role != .vocabulary {
            try output.write("  \(pattern.location): \(pattern.role.rawValue): \(pattern.text)\n")
        }
        return .success
    }

    static func defaultCorpora() -> [String] {
        let folder = "Benchmarks/corpus"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        // The held-out corpus is for measuring, never for tuning: pruning against it would leak it into the lexicons.
        return names.filter { $0.hasSuffix(".jsonl") && !$0.contains("holdout") }.sorted().map { "\(folder)/\($0)" }
    }

    static func readCorpus(_ path: String) throws(CommandFailure) -> [String] {
        let bytes = try InputFiles.read(path, limit: 1 << 30)
        var answers: [String] = []
        for (number, line) in bytes.split(separator: 0x0A).enumerated() {
            guard let object = try? JSONValue.parse(line), case .string(let text)? = object["text"] else {
                throw .data("\(path):\(number + 1): expected a JSON object with a \"text\" string")
            }
            answers.append(text)
        }
        return answers
    }

    static let listOptions: [OptionSpecification] = [
        OptionSpecification(name: "--format", takesValue: true),
        OptionSpecification(name: "--lexicons", takesValue: true, repeatable: true),
        OptionSpecification(name: "--help", takesValue: false, shortName: "-h"),
    ]

    static func list(_ arguments: [String], output: inout FileOutput) throws -> ExitStatus {
        let parsed = try ArgumentParser.parse(arguments, options: listOptions)
        if parsed.has("--help") {
            try output.write(HelpText.lexicon)
            return .success
        }
        let format = parsed.value("--format") ?? "text"
        guard format == "text" || format == "json" else {
            throw CommandFailure.usage("unknown format '\(format)': expected text or json")
        }
        let lexicon = try ScannerSetup.lexicon(from: parsed)
        let summary = LexiconSummary(lexicon: lexicon)
        try output.write(format == "json" ? summary.json() + "\n" : summary.text())
        return .success
    }
}
