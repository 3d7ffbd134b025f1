import CVFScan

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `cvfscan batch INPUT…`: scores exported applications, one output row or line per input record.
enum BatchCommand {
    static let options: [OptionSpecification] = [
        OptionSpecification(name: "--id-column", takesValue: true),
        OptionSpecification(name: "--text-column", takesValue: true, repeatable: true),
        OptionSpecification(name: "--question", takesValue: true, repeatable: true),
        OptionSpecification(name: "--framework", takesValue: true, repeatable: true, shortName: "-f"),
        OptionSpecification(name: "--lexicons", takesValue: true, repeatable: true),
        OptionSpecification(name: "--calibration", takesValue: true),
        OptionSpecification(name: "--format", takesValue: true),
        OptionSpecification(name: "--input-format", takesValue: true),
        OptionSpecification(name: "--output", takesValue: true, shortName: "-o"),
        OptionSpecification(name: "--jobs", takesValue: true, shortName: "-j"),
        OptionSpecification(name: "--summary", takesValue: false),
        OptionSpecification(name: "--help", takesValue: false, shortName: "-h"),
    ]

    static let help = """
    cvfscan batch INPUT… [OPTIONS]

    Scores exported applications: every record of every INPUT (a .csv or .jsonl file, or - for standard input)
    gets exactly one CSV row or JSON line out, in input order. A record that cannot be scored (an empty answer,
    a broken row, invalid JSON) keeps its row, with the reason in its error column.

    OPTIONS
      --id-column NAME           the applicant id column (JSON Lines: field path, e.g. applicant.ref); default:
                                 a column named id, otherwise the record's line number
      --text-column NAME         an answer column (repeatable; default: text). Several answer columns are scanned
                                 together, separated by blank lines, as the applicant's combined profile
      --question COLUMN=DIM      also score the answer in COLUMN on its own against dimension DIM, in the
                                 columns question.COLUMN.score and .band (repeatable); COLUMN is an answer column
      -f, --framework ID[,ID…]   frameworks to score (default: cvf; all for every one)
      --lexicons PATH            add lexicon files or a folder of them (repeatable)
      --calibration FILE         band thresholds from 'cvfscan calibrate'
      --format csv|jsonl|html    csv (default): id, words, per dimension DIM.score and DIM.band, question
                                 scores, flags, error. jsonl: one cvfscan.report/1 object per record.
                                 html: one page with every answer highlighted and a sortable summary table
      --input-format csv|jsonl   the inputs' format when the file name does not say (standard input: csv)
      -o, --output FILE          write FILE atomically: it appears complete when the run succeeds, and an
                                 existing FILE is left untouched when it fails (default: standard output).
                                 A device or named pipe (/dev/null, a FIFO) is written to directly
      -j, --jobs N               threads scanning (default: every core); the output does not depend on it
      --summary                  print records, errors and time on standard error even when it is not a terminal
      -h, --help                 this help

    Cells starting with = + - @ tab or carriage return are prefixed with ' so spreadsheets show them as text.
    CSV inputs may have a byte order mark, CRLF line ends, quoted fields with newlines, UTF-16 from Excel; text
    that is not UTF-8 is read as Windows-1252 and said on standard error. On a terminal, standard error shows a
    progress bar and a summary.

    EXIT CODES
      0   every record scored
      64  usage error: unknown option, a column missing from a header (the columns found are listed), an
          unknown question dimension
      65  at least one record has an error (all records are still written), or an input is not text
      66  an input not found or not readable
      74  I/O error, or the output could not be written

    EXAMPLES
      cvfscan batch export.csv --id-column applicant_id --text-column answer -o scores.csv
      cvfscan batch export.csv --id-column ref --question q1=cvf/take-ownership --question q2=cvf/collaborative
      cvfscan batch answers.jsonl --text-column answers.q1 --format jsonl > reports.jsonl

    """

    static func run(_ arguments: [String], output: inout FileOutput) throws -> ExitStatus {
        let parsed = try ArgumentParser.parse(arguments, options: options)
        if parsed.has("--help") {
            try output.write(help)
            return .success
        }
        guard !parsed.positionals.isEmpty else {
            throw usage("'batch' needs at least one INPUT: a .csv or .jsonl file, or - for standard input")
        }
        let formatName = parsed.value("--format") ?? "csv"
        guard let format = BatchOutputFormat(rawValue: formatName) else {
            throw usage("unknown format '\(formatName)': expected csv, jsonl or html")
        }
        var inputFormat: BatchInputFormat?
        if let name = parsed.value("--input-format") {
            guard let known = BatchInputFormat(rawValue: name) else {
                throw usage("unknown input format '\(name)': expected csv or jsonl")
            }
            inputFormat = known
        }
        var jobs = BatchOptions.processorCount
        if let text = parsed.value("--jobs") {
            guard let number = Int(text), (1...1024).contains(number) else {
                throw usage("--jobs needs a whole number from 1 to 1024, not '\(text)'")
            }
            jobs = number
        }
        let scanner = try ScannerSetup.scanner(from: parsed)
        let runner: BatchRunner
        let inputs: [BatchInput]
        do throws(BatchError) {
            let questions = try parsed.all("--question").map { text throws(BatchError) in
                try BatchQuestion(parsing: text)
            }
            let options = BatchOptions(
                idColumn: parsed.value("--id-column"), textColumns: parsed.all("--text-column"), questions: questions,
                outputFormat: format, jobs: jobs)
            runner = try BatchRunner(scanner: scanner, options: options)
            inputs = try parsed.positionals.map { path throws(BatchError) in
                try BatchInput(path: path, format: inputFormat)
            }
        } catch {
            throw failure(error)
        }

        let terminal = isatty(2) == 1
        var progressBar = BatchProgressBar()
        let showProgress: ((BatchProgress) -> Void)? = terminal ? { progressBar.draw($0) } : nil
        let summary: BatchSummary
        do {
            if let path = parsed.value("--output"), path != "-" {
                var file = try BatchFileOutput(path: path)
                summary = try runner.run(inputs, to: &file, progress: showProgress)
            } else {
                summary = try runner.run(inputs, to: &output, progress: showProgress)
            }
        } catch let error as BatchError {
            if terminal { progressBar.clear() }
            throw failure(error)
        } catch let error as BatchInputError {
            if terminal { progressBar.clear() }
            throw failure(.input(error))
        } catch {
            if terminal { progressBar.clear() }
            throw error
        }
        if terminal { progressBar.clear() }
        for input in summary.inputs {
            for note in input.notes { writeError("cvfscan: \(note)") }
        }
        let place = switch format {
        case .csv: "error column"
        case .jsonLines: "error field"
        case .html: "problems listed on the page"
        }
        if terminal || parsed.has("--summary") {
            var line = "cvfscan: \(summary.records) record\(summary.records == 1 ? "" : "s"), "
            line += "\(summary.recordsWithErrors) with errors"
            if summary.recordsWithErrors > 0 { line += " (see the \(place))" }
            line += ", \(BatchProgressBar.seconds(summary.elapsedSeconds))"
            line += ", \(BatchProgressBar.rate(summary.recordsPerSecond)) records/s"
            writeError(line)
        } else if summary.recordsWithErrors > 0 {
            writeError(
                "cvfscan: \(summary.recordsWithErrors) of \(summary.records) records have an error; see the \(place)")
        }
        return summary.recordsWithErrors > 0 ? .dataError : .success
    }

    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(status: .usage, message: message + "\nSee 'cvfscan batch --help'.")
    }

    /// The exit status for a run that could not start or had to stop.
    static func failure(_ error: BatchError) -> CommandFailure {
        if error.isUsageError { return usage(error.description) }
        guard case .input(let inputError) = error else { return .data(error.description) }
        switch inputError {
        case .fileNotFound, .permissionDenied, .isDirectory, .cannotOpen:
            return .noInput(inputError.description)
        case .readFailed, .cannotCreateOutput, .writeFailed, .cannotReplaceOutput:
            return .io(inputError.description)
        default:
            return .data(inputError.description)
        }
    }
}
