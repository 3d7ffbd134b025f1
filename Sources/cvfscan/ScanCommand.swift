import CVFScan

/// `cvfscan [scan] [options] [FILE…]`: scores answers and prints one report per input.
enum ScanCommand {
    static let options: [OptionSpecification] = [
        OptionSpecification(name: "--framework", takesValue: true, repeatable: true, shortName: "-f"),
        OptionSpecification(name: "--lexicons", takesValue: true, repeatable: true),
        OptionSpecification(name: "--format", takesValue: true),
        OptionSpecification(name: "--explain", takesValue: false),
        OptionSpecification(name: "--color", takesValue: true),
        OptionSpecification(name: "--calibration", takesValue: true),
        OptionSpecification(name: "--id-field", takesValue: true),
        OptionSpecification(name: "--text-field", takesValue: true),
        OptionSpecification(name: "--help", takesValue: false, shortName: "-h"),
    ]

    static func run(_ arguments: [String], output: inout FileOutput) throws -> ExitStatus {
        let parsed = try ArgumentParser.parse(arguments, options: options)
        if parsed.has("--help") {
            try output.write(HelpText.main)
            return .success
        }
        let formatName = parsed.value("--format") ?? "text"
        guard let format = ReportFormat(rawValue: formatName) else {
            throw CommandFailure.usage("unknown format '\(formatName)': expected \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let scanner = try ScannerSetup.scanner(from: parsed)
        let explain = parsed.has("--explain")
        let colorName = parsed.value("--color") ?? "auto"
        guard let colorChoice = ColorChoice(rawValue: colorName) else {
            throw CommandFailure.usage("unknown --color '\(colorName)': expected always, never or auto")
        }
        let inputs = parsed.positionals.isEmpty ? ["-"] : parsed.positionals
        if format == .jsonl {
            return try JSONLinesFilter.run(inputs: inputs, scanner: scanner, parsed: parsed, output: &output)
        }
        var status = ExitStatus.success
        // Several answers as HTML make one page with a summary table, not several documents run together.
        var htmlBatch = format == .html && inputs.count > 1 ? HTMLBatchReportWriter(explain: explain, lexicon: scanner.lexicon) : nil
        if let htmlBatch { try output.write(htmlBatch.header()) }
        var reportsWritten = 0
        for input in inputs {
            let text: String
            do throws(CommandFailure) {
                text = try AnswerInput.text(of: input)
            } catch {
                writeError("cvfscan: \(error.message)")
                status = worse(status, error.status)
                continue
            }
            let report = scanner.scan(text, id: input == "-" ? nil : input)
            if reportsWritten > 0, format == .text || format == .markdown { try output.write("\n") }
            reportsWritten += 1
            switch format {
            case .json, .jsonl:
                try output.write(JSONReportWriter(explain: explain, lexicon: scanner.lexicon).string(for: report) + "\n")
            case .text:
                let environment = TerminalSize.environment
                let color = colorChoice.usesColor(outputIsTerminal: TerminalSize.outputIsTerminal, environment: environment)
                let writer = TextReportWriter(explain: explain, color: color, width: TerminalSize.columns(environment: environment), lexicon: scanner.lexicon)
                try output.write(writer.string(for: report))
            case .html:
                if let section = htmlBatch?.section(for: report) {
                    try output.write(section)
                } else {
                    try output.write(HTMLReportWriter(explain: explain, lexicon: scanner.lexicon).string(for: report))
                }
            case .markdown:
                try output.write(MarkdownReportWriter(explain: explain, lexicon: scanner.lexicon).string(for: report))
            }
        }
        if let htmlBatch { try output.write(htmlBatch.footer()) }
        return status
    }

    /// The more serious of two statuses: an input error outranks success, I/O outranks data.
    static func worse(_ left: ExitStatus, _ right: ExitStatus) -> ExitStatus {
        let rank: [ExitStatus: Int] = [.success: 0, .dataError: 1, .noInput: 2, .usage: 3, .ioError: 4]
        return (rank[left] ?? 0) >= (rank[right] ?? 0) ? left : right
    }
}

/// Builds the scanner the options ask for: the built-in lexicons plus `--lexicons`, the `--framework` selection.
enum ScannerSetup {
    static func lexicon(from parsed: ParsedArguments) throws(CommandFailure) -> Lexicon {
        do throws(LexiconError) {
            // Only the files the requested frameworks need are parsed, unless user lexicons may refer to any.
            let requested = requestedFrameworks(from: parsed)
            var lexicon = parsed.all("--lexicons").isEmpty && !requested.isEmpty && !requested.contains("all")
                ? try Lexicon.builtIn(frameworks: requested)
                : try Lexicon.builtIn()
            for path in parsed.all("--lexicons") {
                lexicon = lexicon.merging(try Lexicon.load(contentsOf: path))
            }
            let crossReferences = lexicon.crossReferenceDiagnostics()
            if !crossReferences.isEmpty { throw LexiconError.invalid(crossReferences) }
            return lexicon
        } catch {
            switch error {
            case .notFound, .noLexiconFiles: throw .noInput(error.description)
            case .unreadable: throw .noInput(error.description)
            default: throw .data(error.description)
            }
        }
    }

    /// The `--framework` ids as given (the default `cvf` when none), not yet checked against a lexicon.
    static func requestedFrameworks(from parsed: ParsedArguments) -> [String] {
        let requested = parsed.all("--framework").flatMap { $0.split(separator: ",").map { $0.trimmingCharacters() } }
        return requested.isEmpty ? ["cvf"] : requested
    }

    static func frameworks(from parsed: ParsedArguments, lexicon: Lexicon) -> [String] {
        let requested = requestedFrameworks(from: parsed)
        if requested.contains("all") { return lexicon.frameworks.map(\.id) }
        return requested
    }

    static func scanner(from parsed: ParsedArguments) throws(CommandFailure) -> EvidenceScanner {
        let options = try options(from: parsed)
        if parsed.all("--lexicons").isEmpty {
            // Built-in lexicons only: the compiled form comes from the cache after the first run.
            let requested = requestedFrameworks(from: parsed)
            let frameworks = requested.contains("all") ? Lexicon.builtInFrameworkIDs : requested
            do {
                return ProcessLifetime.keep(try EvidenceScanner.builtIn(frameworks: frameworks, options: options))
            } catch {
                if case .unknownFramework = error { throw .usage(error.description) }
                throw .data(error.description)
            }
        }
        let lexicon = try lexicon(from: parsed)
        do {
            return ProcessLifetime.keep(
                try EvidenceScanner(lexicon: lexicon, frameworks: frameworks(from: parsed, lexicon: lexicon), options: options))
        } catch {
            throw .usage(error.description)
        }
    }

    static func options(from parsed: ParsedArguments) throws(CommandFailure) -> ScanOptions {
        guard let path = parsed.value("--calibration") else { return ScanOptions() }
        do {
            return try ScanOptions(calibration: try CalibrationFile.load(path: path))
        } catch {
            if case .unreadableFile = error { throw .noInput(error.description) }
            throw .data(error.description)
        }
    }
}

/// Reads one answer: a file or standard input, decoded to text (UTF-8, a BOM, UTF-16), refused with a clear
/// message when it cannot be scanned (empty, binary, too large). Invalid UTF-8 is replaced and said on stderr.
enum AnswerInput {
    static func text(of path: String) throws(CommandFailure) -> String {
        let name = path == "-" ? "standard input" : path
        let bytes = try InputFiles.read(path, limit: ScanLimits.maximumAnswerBytes)
        let decoded = InputDecoder().decode(bytes)
        if decoded.looksBinary {
            throw .data("\(name): this looks like binary data, not text; give cvfscan a plain-text answer (UTF-8 or UTF-16)")
        }
        if decoded.replacedInvalidSequences > 0 {
            writeError("cvfscan: \(name): \(decoded.replacedInvalidSequences) invalid UTF-8 sequence\(decoded.replacedInvalidSequences == 1 ? " was" : "s were") replaced with \u{FFFD}")
        }
        if decoded.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw .data("\(name): the answer is empty; there is nothing to scan")
        }
        return decoded.text
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        var slice = self
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
