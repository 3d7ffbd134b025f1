/// One human-marked answer of a calibration corpus.
public struct CorpusRecord: Sendable, Hashable {
    /// The record's id.
    public var id: String
    /// The answer.
    public var text: String
    /// Ratings by dimension id, on the corpus's scale.
    public var ratings: [String: Int]
    /// A second marker's ratings, where the corpus has them.
    public var secondRatings: [String: Int]
    /// The applicant group, for adverse-impact figures, if given.
    public var group: String?

    /// Creates a record.
    public init(id: String, text: String, ratings: [String: Int], secondRatings: [String: Int] = [:], group: String? = nil) {
        self.id = id
        self.text = text
        self.ratings = ratings
        self.secondRatings = secondRatings
        self.group = group
    }
}

/// Reads calibration corpora: JSON Lines (`{"id", "text", "ratings": {dimension: rating}, "second_ratings"?,
/// "group"?}`) or CSV (an `id` column, a `text` column, one column per dimension id, optionally
/// `<dimension id>.second` and `group`). The format is chosen by the file extension (`.csv`, else JSON Lines).
public enum CalibrationCorpus {
    /// Every record of the corpus at `path`.
    ///
    /// - Throws: ``CalibrationError/unreadableCorpus(path:reason:)`` or ``CalibrationError/malformedCorpus(path:reason:)``
    ///   naming the line and what was expected; a corpus with a bad record is refused as a whole, since a silently
    ///   skipped marking would bias every figure.
    public static func read(path: String, idField: String = "id", textField: String = "text") throws(CalibrationError) -> [CorpusRecord] {
        if path.lowercased().hasSuffix(".csv") {
            return try readCSV(path: path, idColumn: idField, textColumn: textField)
        }
        return try readJSONLines(path: path, idField: idField, textField: textField)
    }

    private static func readJSONLines(path: String, idField: String, textField: String) throws(CalibrationError) -> [CorpusRecord] {
        let reader: JSONLinesReader
        do throws(BatchInputError) {
            reader = path == "-" ? JSONLinesReader(reader: ByteChunkReader(fileDescriptor: 0, name: "<stdin>"))
                : try JSONLinesReader(path: path)
        } catch {
            throw .unreadableCorpus(path: path, reason: error.description)
        }
        var records: [CorpusRecord] = []
        while true {
            let next: JSONLinesRecord?
            do throws(BatchInputError) {
                next = try reader.nextRecord()
            } catch {
                throw .unreadableCorpus(path: path, reason: error.description)
            }
            guard let record = next else { break }
            let value: JSONValue
            do throws(BatchInputError) {
                value = try record.value.get()
            } catch {
                throw .malformedCorpus(path: path, reason: error.description)
            }
            let line = record.line
            guard case .object = value else {
                throw .malformedCorpus(path: path, reason: "line \(line): expected a JSON object, found \(value.kindDescription)")
            }
            let id: String
            let text: String
            do throws(BatchInputError) {
                id = try record.text(atPath: idField)
                text = try record.text(atPath: textField)
            } catch {
                throw .malformedCorpus(path: path, reason: error.description)
            }
            let ratings = try ratingsObject(value["ratings"], field: "ratings", line: line, path: path, required: true)
            let second = try ratingsObject(value["second_ratings"], field: "second_ratings", line: line, path: path, required: false)
            var group: String?
            if case .string(let name)? = value["group"] { group = name }
            records.append(CorpusRecord(id: id, text: text, ratings: ratings, secondRatings: second, group: group))
        }
        return records
    }

    private static func ratingsObject(
        _ value: JSONValue?, field: String, line: Int, path: String, required: Bool
    ) throws(CalibrationError) -> [String: Int] {
        guard let value else {
            if required { throw .malformedCorpus(path: path, reason: "line \(line): no \"\(field)\" object of dimension ids and integer ratings") }
            return [:]
        }
        guard case .object(let members) = value else {
            throw .malformedCorpus(path: path, reason: "line \(line): \"\(field)\" must be an object of dimension ids and integer ratings, found \(value.kindDescription)")
        }
        var ratings: [String: Int] = [:]
        for member in members {
            guard case .number(_, let number) = member.value, let rating = Int(exactly: number) else {
                throw .malformedCorpus(path: path, reason: "line \(line): \(field).\(member.key) must be an integer rating, found \(member.value.kindDescription)")
            }
            ratings[member.key] = rating
        }
        return ratings
    }

    private static func readCSV(path: String, idColumn: String, textColumn: String) throws(CalibrationError) -> [CorpusRecord] {
        func reading<T>(_ body: () throws(BatchInputError) -> T) throws(CalibrationError) -> T {
            do throws(BatchInputError) {
                return try body()
            } catch {
                throw .malformedCorpus(path: path, reason: error.description)
            }
        }
        let reader = try reading { () throws(BatchInputError) in try CSVReader(path: path) }
        let header = try reading { () throws(BatchInputError) in try reader.readHeader() }
        let idPosition = try reading { () throws(BatchInputError) in try header.column(named: idColumn) }
        let textPosition = try reading { () throws(BatchInputError) in try header.column(named: textColumn) }
        let groupPosition = try? header.column(named: "group")
        // Every column named like a dimension id (framework/dimension) holds ratings.
        let ratingColumns = header.columns.enumerated().filter { $0.element.contains("/") }
        var records: [CorpusRecord] = []
        while let record = try reading({ () throws(BatchInputError) in try reader.nextRecord() }) {
            if let problem = record.errors.first { throw .malformedCorpus(path: path, reason: problem.description) }
            var ratings: [String: Int] = [:]
            var second: [String: Int] = [:]
            for (index, name) in ratingColumns {
                let cell = (record.field(at: index) ?? "").trimmingCharacters()
                guard !cell.isEmpty else { continue }
                guard let rating = Int(cell) else {
                    throw .malformedCorpus(path: path, reason: "line \(record.line): column '\(name)' must hold an integer rating, found '\(cell)'")
                }
                if name.hasSuffix(".second") {
                    second[String(name.dropLast(".second".count))] = rating
                } else {
                    ratings[name] = rating
                }
            }
            let id = try reading { () throws(BatchInputError) in try record.value(of: idPosition) }
            let text = try reading { () throws(BatchInputError) in try record.value(of: textPosition) }
            records.append(CorpusRecord(id: id, text: text, ratings: ratings, secondRatings: second,
                                        group: groupPosition.flatMap { record.field(at: $0.index) }))
        }
        return records
    }
}

extension String {
    func trimmingCharacters() -> String {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
