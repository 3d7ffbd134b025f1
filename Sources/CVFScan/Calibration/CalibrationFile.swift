#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The file `cvfscan calibrate -o calibration.json` writes and `cvfscan --calibration FILE` reads: the
/// scale, the band names, fitted (or default) thresholds per dimension, and where they came from.
///
/// Layout (keys sorted, pretty-printed):
/// ```json
/// {
///   "bands" : ["none", "limited", "moderate", "strong"],
///   "dimensions" : [{ "id" : "cvf/take-ownership", "samples" : 412, "source" : "fitted",
///                     "thresholds" : [21.5, 47.25, 73] }],
///   "provenance" : { "corpus" : "wmp-2025", "date" : "2025-11-23", "folds" : 5, "records" : 412, "samples" : 412 },
///   "scale" : { "highest" : 3, "lowest" : 0 },
///   "schema" : "cvfscan.calibration/1"
/// }
/// ```
public struct CalibrationFile: Sendable, Hashable {
    /// The schema id this version writes and reads.
    public static let schemaID = "cvfscan.calibration/1"

    /// Where a dimension's thresholds came from.
    public enum Source: String, Sendable, Hashable, Codable {
        /// Fitted to the human ratings.
        case fitted
        /// The defaults, because the dimension could not be fitted.
        case `default`
    }

    /// One dimension's thresholds.
    public struct Dimension: Sendable, Hashable {
        /// The dimension id, e.g. "cvf/take-ownership".
        public var id: String
        /// Ascending thresholds, one fewer than the scale's points.
        public var thresholds: ScaleThresholds
        /// Fitted or default.
        public var source: Source
        /// Samples of this dimension in the calibration corpus.
        public var sampleCount: Int

        /// A dimension entry.
        public init(id: String, thresholds: ScaleThresholds, source: Source, sampleCount: Int) {
            self.id = id
            self.thresholds = thresholds
            self.source = source
            self.sampleCount = sampleCount
        }
    }

    /// What the calibration was made from; all given by the caller (the library never reads the clock).
    public struct Provenance: Sendable, Hashable {
        /// A name for the human-marked corpus.
        public var corpus: String
        /// (record, dimension) samples used.
        public var sampleCount: Int
        /// Distinct records used.
        public var recordCount: Int
        /// Cross-validation folds (0 when thresholds were evaluated, not fitted).
        public var folds: Int
        /// The calibration date as the caller formats it, e.g. "2025-11-23".
        public var date: String

        /// A provenance record.
        public init(corpus: String, sampleCount: Int, recordCount: Int, folds: Int, date: String) {
            self.corpus = corpus
            self.sampleCount = sampleCount
            self.recordCount = recordCount
            self.folds = folds
            self.date = date
        }
    }

    /// The assessors' scale.
    public let scale: RatingScale
    /// One band name per scale point, ascending.
    public let bandNames: [String]
    /// Dimensions in ascending id order.
    public let dimensions: [Dimension]
    /// Where the calibration came from.
    public let provenance: Provenance

    /// Validates and assembles a calibration; dimensions are sorted by id.
    public init(scale: RatingScale, bandNames: [String], dimensions: [Dimension], provenance: Provenance) throws(CalibrationError) {
        try scale.validateBandNames(bandNames)
        var seen = Set<String>()
        for dimension in dimensions {
            guard !dimension.id.isEmpty else { throw .invalidDimension(id: dimension.id, problem: .empty) }
            guard seen.insert(dimension.id).inserted else { throw .invalidDimension(id: dimension.id, problem: .duplicate) }
            try ScaleThresholds.validate(
                dimension.thresholds.values, expectedCount: scale.thresholdCount, dimension: dimension.id)
            guard dimension.sampleCount >= 0 else {
                throw .invalidProvenance(field: "dimension \"\(dimension.id)\" samples", problem: "must not be negative")
            }
        }
        if provenance.corpus.isEmpty { throw .invalidProvenance(field: "corpus", problem: "must not be empty") }
        if provenance.date.isEmpty { throw .invalidProvenance(field: "date", problem: "must not be empty") }
        if provenance.sampleCount < 0 { throw .invalidProvenance(field: "samples", problem: "must not be negative") }
        if provenance.recordCount < 0 { throw .invalidProvenance(field: "records", problem: "must not be negative") }
        if provenance.folds < 0 { throw .invalidProvenance(field: "folds", problem: "must not be negative") }
        self.scale = scale
        self.bandNames = bandNames
        self.dimensions = dimensions.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        self.provenance = provenance
    }

    /// The thresholds for dimension `id`, or nil when the calibration does not cover it.
    public func thresholds(for id: String) -> ScaleThresholds? {
        dimensions.first { $0.id == id }?.thresholds
    }

    // MARK: - Encoding

    /// The file's bytes: JSON with sorted keys, pretty-printed, slashes unescaped, ending in a newline.
    public func encoded() throws(CalibrationError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(Stored(self))
            data.append(0x0A)
            return data
        } catch {
            throw .malformedFile(path: "<memory>", reason: "could not encode: \(error)")
        }
    }

    /// Writes ``encoded()`` to `path`, replacing any existing file atomically.
    public func write(to path: String) throws(CalibrationError) {
        let data = try encoded()
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .unwritableFile(path: path, reason: Self.describeFileError(error))
        }
    }

    /// A file error in a recruiter's words ("no such file", "permission denied").
    static func describeFileError(_ error: any Error) -> String {
        guard let cocoa = error as? CocoaError else { return String(describing: error) }
        switch cocoa.code {
        case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file"
        case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
        case .fileWriteOutOfSpace: return "no space left on device"
        case .fileWriteVolumeReadOnly: return "the disk is read-only"
        case .fileReadTooLarge: return "the file is too large"
        default: return "file error \(cocoa.code.rawValue)"
        }
    }

    // MARK: - Decoding

    /// Reads and validates the calibration file at `path`.
    public static func load(path: String) throws(CalibrationError) -> CalibrationFile {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableFile(path: path, reason: Self.describeFileError(error))
        }
        return try decode(data, path: path)
    }

    /// Parses and validates calibration JSON; `path` names the source in errors.
    public static func decode(_ data: Data, path: String) throws(CalibrationError) -> CalibrationFile {
        let decoder = JSONDecoder()
        // The schema is checked first so a file from another version gets the "regenerate" advice rather
        // than a list of key mismatches.
        let header: SchemaHeader
        do {
            header = try decoder.decode(SchemaHeader.self, from: data)
        } catch {
            throw .malformedFile(path: path, reason: describe(error))
        }
        guard header.schema == schemaID else { throw .unsupportedSchema(path: path, found: header.schema) }
        let stored: Stored
        do {
            stored = try decoder.decode(Stored.self, from: data)
        } catch {
            throw .malformedFile(path: path, reason: describe(error))
        }
        do {
            let scale = try RatingScale(lowest: stored.scale.lowest.value, highest: stored.scale.highest.value)
            var dimensions: [Dimension] = []
            for entry in stored.dimensions {
                guard !entry.id.isEmpty else { throw CalibrationError.invalidDimension(id: entry.id, problem: .empty) }
                let thresholds = try ScaleThresholds(entry.thresholds, scale: scale, dimension: entry.id)
                dimensions.append(
                    Dimension(id: entry.id, thresholds: thresholds, source: entry.source, sampleCount: entry.samples.value))
            }
            let provenance = Provenance(
                corpus: stored.provenance.corpus, sampleCount: stored.provenance.samples.value,
                recordCount: stored.provenance.records.value, folds: stored.provenance.folds.value,
                date: stored.provenance.date)
            return try CalibrationFile(scale: scale, bandNames: stored.bands, dimensions: dimensions, provenance: provenance)
        } catch let problem as CalibrationError {
            throw .invalidFile(path: path, problem: problem)
        } catch {
            throw .malformedFile(path: path, reason: "\(error)")
        }
    }

    /// A decoding failure as "what, where": e.g. `missing key "thresholds" at dimensions[1]`.
    private static func describe(_ error: any Error) -> String {
        guard let decodingError = error as? DecodingError else { return "\(error)" }
        func location(_ path: [any CodingKey]) -> String {
            guard !path.isEmpty else { return "the top level" }
            var text = ""
            for key in path {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return text
        }
        switch decodingError {
        case let .keyNotFound(key, context):
            return "missing key \"\(key.stringValue)\" at \(location(context.codingPath))"
        case let .typeMismatch(type, context):
            return "expected \(readableTypeName(type)) at \(location(context.codingPath))"
        case let .valueNotFound(type, context):
            return "expected \(readableTypeName(type)) but found null at \(location(context.codingPath))"
        case let .dataCorrupted(context):
            if context.codingPath.isEmpty { return "not valid JSON (\(context.debugDescription))" }
            return "\(context.debugDescription) at \(location(context.codingPath))"
        @unknown default:
            return "\(decodingError)"
        }
    }

    private static func readableTypeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        case is [Double].Type: "a list of numbers"
        case is [String].Type: "a list of strings"
        default: "\(type)"
        }
    }

    // MARK: - Stored form

    private struct SchemaHeader: Decodable {
        var schema: String?
    }

    /// An integer field. Foundation's decoder on Linux reports a fractional number read as `Int` only as
    /// "not valid JSON" without a location, so integers are read as numbers and checked here instead.
    private struct WholeNumber: Codable, Equatable {
        var value: Int

        init(_ value: Int) {
            self.value = value
        }

        init(from decoder: any Decoder) throws {
            let number = try decoder.singleValueContainer().decode(Double.self)
            guard number == number.rounded(), abs(number) <= 9.0e15 else {
                throw DecodingError.typeMismatch(
                    Int.self, DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "not an integer"))
            }
            value = Int(number)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(value)
        }
    }

    private struct Stored: Codable {
        struct Scale: Codable {
            var lowest: WholeNumber
            var highest: WholeNumber
        }
        struct Entry: Codable {
            var id: String
            var thresholds: [Double]
            var source: Source
            var samples: WholeNumber
        }
        struct StoredProvenance: Codable {
            var corpus: String
            var samples: WholeNumber
            var records: WholeNumber
            var folds: WholeNumber
            var date: String
        }
        var schema: String
        var scale: Scale
        var bands: [String]
        var dimensions: [Entry]
        var provenance: StoredProvenance

        init(_ file: CalibrationFile) {
            schema = CalibrationFile.schemaID
            scale = Scale(lowest: WholeNumber(file.scale.lowest), highest: WholeNumber(file.scale.highest))
            bands = file.bandNames
            dimensions = file.dimensions.map {
                Entry(id: $0.id, thresholds: $0.thresholds.values, source: $0.source, samples: WholeNumber($0.sampleCount))
            }
            provenance = StoredProvenance(
                corpus: file.provenance.corpus, samples: WholeNumber(file.provenance.sampleCount),
                records: WholeNumber(file.provenance.recordCount), folds: WholeNumber(file.provenance.folds),
                date: file.provenance.date)
        }
    }
}
