/// Writes batch results as CSV rows: `id`, `words`, then `<dimension id>.score` and `<dimension id>.band` for each
/// dimension, `question.<COLUMN>.score` and `question.<COLUMN>.band` for each question, `flags` (ids joined with
/// `;`) and `error` (empty when all is well).
///
/// Numbers are numeric cells; everything that comes from the input (ids, column names, messages quoting it) is a
/// text cell, so ``CSVWriter`` neutralises anything a spreadsheet would run as a formula. A record that could not
/// be scored keeps its id and error and leaves the score cells empty.
public struct BatchCSVRowWriter: Sendable {
    /// The dimensions, in column order.
    public let dimensionIDs: [String]
    /// The questions, in column order.
    public let questions: [BatchQuestion]
    /// The encoder.
    public var csv: CSVWriter

    /// Creates a writer for a scanner's dimensions and a run's questions.
    public init(dimensionIDs: [String], questions: [BatchQuestion], csv: CSVWriter = CSVWriter()) {
        self.dimensionIDs = dimensionIDs
        self.questions = questions
        self.csv = csv
    }

    /// The header row's cells.
    public var headerCells: [CSVCell] {
        var cells: [CSVCell] = [.text("id"), .text("words")]
        for dimensionID in dimensionIDs {
            cells.append(.text(dimensionID + ".score"))
            cells.append(.text(dimensionID + ".band"))
        }
        for question in questions {
            cells.append(.text("question." + question.column + ".score"))
            cells.append(.text("question." + question.column + ".band"))
        }
        cells.append(.text("flags"))
        cells.append(.text("error"))
        return cells
    }

    /// Appends the header row.
    public func appendHeader(to output: inout [UInt8]) {
        csv.appendRow(headerCells, to: &output)
    }

    /// One result's cells.
    public func cells(for result: BatchRecordResult) -> [CSVCell] {
        var cells: [CSVCell] = []
        cells.reserveCapacity(4 + 2 * (dimensionIDs.count + questions.count))
        cells.append(.text(result.id))
        if let report = result.report {
            cells.append(.integer(report.wordCount))
            let aligned = report.dimensions.count == dimensionIDs.count
                && zip(report.dimensions, dimensionIDs).allSatisfy { $0.id == $1 }
            for (index, dimensionID) in dimensionIDs.enumerated() {
                let dimension = aligned ? report.dimensions[index] : report.dimension(dimensionID)
                if let dimension {
                    cells.append(.integer(dimension.score))
                    cells.append(.text(dimension.band.rawValue))
                } else {
                    cells.append(.text(""))
                    cells.append(.text(""))
                }
            }
        } else {
            cells.append(.text(""))
            for _ in dimensionIDs {
                cells.append(.text(""))
                cells.append(.text(""))
            }
        }
        for index in questions.indices {
            if index < result.questionScores.count, let score = result.questionScores[index] {
                cells.append(.integer(score.score))
                cells.append(.text(score.band.rawValue))
            } else {
                cells.append(.text(""))
                cells.append(.text(""))
            }
        }
        cells.append(.text(result.report?.flags.map(\.id).joined(separator: ";") ?? ""))
        cells.append(.text(result.errorMessage))
        return cells
    }

    /// Appends one result's row.
    public func appendRow(for result: BatchRecordResult, to output: inout [UInt8]) {
        csv.appendRow(cells(for: result), to: &output)
    }
}
