import CVFScan
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `cvfscan calibrate CORPUS`: how far cvfscan's scores agree with human markers, and band thresholds fitted to
/// their marking (`-o calibration.json`, then `cvfscan --calibration calibration.json`).
enum CalibrateCommand {
    static let options: [OptionSpecification] = [
        OptionSpecification(name: "--framework", takesValue: true, repeatable: true, shortName: "-f"),
        OptionSpecification(name: "--lexicons", takesValue: true, repeatable: true),
        OptionSpecification(name: "--format", takesValue: true),
        OptionSpecification(name: "--output", takesValue: true, shortName: "-o"),
        OptionSpecification(name: "--folds", takesValue: true),
        OptionSpecification(name: "--scale", takesValue: true),
        OptionSpecification(name: "--bootstrap", takesValue: true),
        OptionSpecification(name: "--seed", takesValue: true),
        OptionSpecification(name: "--id-field", takesValue: true),
        OptionSpecification(name: "--text-field", takesValue: true),
        OptionSpecification(name: "--date", takesValue: true),
        OptionSpecification(name: "--help", takesValue: false, shortName: "-h"),
    ]

    static let help = """
    cvfscan calibrate CORPUS [--framework ID…|all] [--format text|json] [-o calibration.json] [--folds K]
                             [--scale LOW-HIGH] [--bootstrap N] [--seed N] [--id-field NAME] [--text-field NAME]

    Scores every answer of a human-marked corpus and reports, per dimension and pooled: n, Spearman's rho, Pearson
    r, quadratic weighted kappa (bands vs ratings), exact and adjacent agreement, detection precision, recall, F1
    and ROC AUC (rating >= 1 as evidence present), standardised mean difference, the confusion matrix, bootstrap
    95% intervals, and the Williamson, Xi & Breyer (2012) deployment gates (QWK >= 0.70, |SMD| <= 0.15, and
    degradation from human-human agreement <= 0.10 when a second marker's ratings exist). Band thresholds are fitted
    per dimension to maximise agreement and cross-validated over K folds (default 5), so the figures are
    out-of-sample; -o writes them to a calibration file for `cvfscan --calibration FILE` and `cvfscan batch`.
    When records carry a group, each group's mean score and its selection rate at each band relative to the
    highest group's (the four-fifths rule) are reported.

    CORPUS is JSON Lines ({"id": …, "text": …, "ratings": {"cvf/take-ownership": 0-3, …}, "second_ratings"?,
    "group"?}) or CSV (.csv: id and text columns, one column per dimension id, optional "<id>.second" and
    group columns). Ratings are 0 none, 1 limited, 2 good, 3 strong unless --scale says otherwise.

      --date YYYY-MM-DD   the date written into the calibration file (default: today, UTC)

    """

    static func run(_ arguments: [String], output: inout FileOutput) throws -> ExitStatus {
        let parsed = try ArgumentParser.parse(arguments, options: options)
        if parsed.has("--help") {
            try output.write(help)
            return .success
        }
        guard parsed.positionals.count == 1, let corpusPath = parsed.positionals.first else {
            throw CommandFailure.usage("'calibrate' needs one CORPUS file (.jsonl or .csv)")
        }
        let format = parsed.value("--format") ?? "text"
        guard format == "text" || format == "json" else {
            throw CommandFailure.usage("unknown format '\(format)': expected text or json")
        }
        let scale = try parseScale(parsed.value("--scale"))
        var calibrationOptions = CalibrationOptions()
        if let folds = parsed.value("--folds") { calibrationOptions.folds = try integer(folds, option: "--folds") }
        if let replicates = parsed.value("--bootstrap") {
            calibrationOptions.bootstrap.replicates = try integer(replicates, option: "--bootstrap")
        }
        if let seed = parsed.value("--seed") {
            guard let value = UInt64(seed) else { throw CommandFailure.usage("--seed needs a whole number, found '\(seed)'") }
            calibrationOptions.bootstrap.seed = value
        }
        let scanner = try ScannerSetup.scanner(from: parsed)
        let summary: CalibrationSummary
        var written: (path: String, dimensions: Int)?
        do throws(CalibrationError) {
            let records = try CalibrationCorpus.read(
                path: corpusPath, idField: parsed.value("--id-field") ?? "id", textField: parsed.value("--text-field") ?? "text")
            summary = try CorpusCalibration.calibrate(records: records, scanner: scanner, scale: scale, options: calibrationOptions)
            if let path = parsed.value("--output") {
                let file = try summary.calibrationFile(corpus: corpusPath, date: parsed.value("--date") ?? today())
                try file.write(to: path)
                written = (path, file.dimensions.count)
            }
        } catch {
            switch error {
            case .unreadableFile, .unreadableCorpus: throw CommandFailure.noInput(error.description)
            case .invalidOption, .invalidScale: throw CommandFailure.usage(error.description)
            case .unwritableFile: throw CommandFailure.io(error.description)
            default: throw CommandFailure.data(error.description)
            }
        }
        try output.write(format == "json" ? summary.renderJSON() + "\n" : summary.renderTable())
        if let written {
            writeError("cvfscan: wrote \(written.path) (\(written.dimensions) dimensions); use it with --calibration \(written.path)")
        }
        return .success
    }

    static func parseScale(_ text: String?) throws(CommandFailure) -> RatingScale {
        guard let text else { return .cvfDefault }
        let parts = text.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]) else {
            throw .usage("--scale needs LOW-HIGH, e.g. 0-3 or 1-5, found '\(text)'")
        }
        do throws(CalibrationError) {
            return try RatingScale(lowest: low, highest: high)
        } catch {
            throw .usage(error.description)
        }
    }

    static func integer(_ text: String, option: String) throws(CommandFailure) -> Int {
        guard let value = Int(text) else { throw .usage("\(option) needs a whole number, found '\(text)'") }
        return value
    }

    /// Today's date in UTC, `yyyy-MM-dd`.
    static func today() -> String {
        var seconds = time(nil)
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return "1970-01-01" }
        func padded(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(parts.tm_year + 1900, 4))-\(padded(parts.tm_mon + 1, 2))-\(padded(parts.tm_mday, 2))"
    }
}
