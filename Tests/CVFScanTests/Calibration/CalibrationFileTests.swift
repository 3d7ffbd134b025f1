import Foundation
import Testing
@testable import CVFScan

@Suite("Calibration file")
struct CalibrationFileTests: CalibrationTestSupport {
    private func sampleFile() throws -> CalibrationFile {
        try CalibrationFile(
            scale: .cvfDefault, bandNames: ["none", "limited", "moderate", "strong"],
            dimensions: [
                .init(id: "wmp/integrity", thresholds: ScaleThresholds([20, 45.125, 0.1 + 70.2], scale: .cvfDefault), source: .default, sampleCount: 12),
                .init(id: "cvf/take-ownership", thresholds: ScaleThresholds([21.5, 47.25, 73], scale: .cvfDefault), source: .fitted, sampleCount: 412),
            ],
            provenance: .init(corpus: "wmp-2025", sampleCount: 424, recordCount: 412, folds: 5, date: "2025-11-23"))
    }

    @Test("Round trip keeps every value, including full-precision thresholds")
    func roundTrip() throws {
        let file = try sampleFile()
        let data = try file.encoded()
        let decoded = try CalibrationFile.decode(data, path: "calibration.json")
        #expect(decoded == file)
        #expect(decoded.dimensions.map(\.id) == ["cvf/take-ownership", "wmp/integrity"])
        #expect(decoded.thresholds(for: "wmp/integrity")?.values[2] == 0.1 + 70.2)
        #expect(decoded.thresholds(for: "cvf/unknown") == nil)
        // Same value, same bytes.
        #expect(try decoded.encoded() == data)
    }

    @Test("Encoded layout: sorted keys, schema id, unescaped slashes")
    func layout() throws {
        let text = String(decoding: try sampleFile().encoded(), as: UTF8.self)
        #expect(text.contains("\"schema\" : \"cvfscan.calibration/1\""))
        #expect(text.contains("\"id\" : \"cvf/take-ownership\""))
        #expect(text.hasSuffix("}\n"))
        let keys = ["\"bands\"", "\"dimensions\"", "\"provenance\"", "\"scale\"", "\"schema\""]
        let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
    }

    @Test("Write and load through the file system")
    func writeAndLoad() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cvfscan-calibration-\(UInt64.random(in: 0...UInt64.max)).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try sampleFile()
        try file.write(to: path)
        #expect(try CalibrationFile.load(path: path) == file)
    }

    @Test("A missing file is an unreadable-file error naming the path")
    func missingFile() {
        #expect {
            try CalibrationFile.load(path: "/nonexistent/calibration.json")
        } throws: { error in
            guard case let .unreadableFile(path, _) = error as? CalibrationError else { return false }
            return path == "/nonexistent/calibration.json"
        }
    }

    private static let valid = """
        {"schema": "cvfscan.calibration/1", "scale": {"lowest": 0, "highest": 3},
         "bands": ["none", "limited", "moderate", "strong"],
         "dimensions": [{"id": "x", "thresholds": [20, 40, 60], "source": "fitted", "samples": 30}],
         "provenance": {"corpus": "c", "samples": 30, "records": 30, "folds": 5, "date": "2025-11-23"}}
        """

    /// `valid` with one substring replaced.
    private static func variant(_ original: String, _ replacement: String) -> String {
        valid.replacingOccurrences(of: original, with: replacement)
    }

    @Test("The unmodified fixture is valid")
    func fixtureIsValid() throws {
        let file = try CalibrationFile.decode(Data(CalibrationFileTests.valid.utf8), path: "c.json")
        #expect(file.thresholds(for: "x")?.values == [20, 40, 60])
    }

    @Test("Each validation error", arguments: [
        (variant("[20, 40, 60]", "[20, 60, 40]"),
         CalibrationError.invalidFile(path: "c.json", problem: .invalidThresholds(dimension: "x", problem: .notAscending(previous: 60, value: 40)))),
        (variant("[20, 40, 60]", "[20, 20, 60]"),
         .invalidFile(path: "c.json", problem: .invalidThresholds(dimension: "x", problem: .notAscending(previous: 20, value: 20)))),
        (variant("[20, 40, 60]", "[20, 40]"),
         .invalidFile(path: "c.json", problem: .invalidThresholds(dimension: "x", problem: .wrongCount(found: 2, expected: 3)))),
        (variant("[20, 40, 60]", "[20, 40, 160]"),
         .invalidFile(path: "c.json", problem: .invalidThresholds(dimension: "x", problem: .outOfRange(value: 160)))),
        (variant("[20, 40, 60]", "[-1, 40, 60]"),
         .invalidFile(path: "c.json", problem: .invalidThresholds(dimension: "x", problem: .outOfRange(value: -1)))),
        (variant("\"highest\": 3", "\"highest\": 0"),
         .invalidFile(path: "c.json", problem: .invalidScale(lowest: 0, highest: 0))),
        (variant("\"none\", ", ""),
         .invalidFile(path: "c.json", problem: .invalidBandNames(.wrongCount(found: 3, expected: 4)))),
        (variant("\"limited\"", "\"none\""),
         .invalidFile(path: "c.json", problem: .invalidBandNames(.duplicate(name: "none")))),
        (variant("\"limited\"", "\"\""),
         .invalidFile(path: "c.json", problem: .invalidBandNames(.empty(position: 1)))),
        (variant("\"id\": \"x\"", "\"id\": \"\""),
         .invalidFile(path: "c.json", problem: .invalidDimension(id: "", problem: .empty))),
        (variant("\"samples\": 30}]", "\"samples\": 30}, {\"id\": \"x\", \"thresholds\": [1, 2, 3], \"source\": \"default\", \"samples\": 1}]"),
         .invalidFile(path: "c.json", problem: .invalidDimension(id: "x", problem: .duplicate))),
        (variant("\"corpus\": \"c\"", "\"corpus\": \"\""),
         .invalidFile(path: "c.json", problem: .invalidProvenance(field: "corpus", problem: "must not be empty"))),
        (variant("\"folds\": 5", "\"folds\": -1"),
         .invalidFile(path: "c.json", problem: .invalidProvenance(field: "folds", problem: "must not be negative"))),
        (variant("cvfscan.calibration/1", "cvfscan.calibration/2"),
         .unsupportedSchema(path: "c.json", found: "cvfscan.calibration/2")),
        (variant("\"schema\": \"cvfscan.calibration/1\", ", ""),
         .unsupportedSchema(path: "c.json", found: nil)),
        (variant("\"source\": \"fitted\", ", ""),
         .malformedFile(path: "c.json", reason: "missing key \"source\" at dimensions[0]")),
        (variant("[20, 40, 60]", "[20, \"40\", 60]"),
         .malformedFile(path: "c.json", reason: "expected a number at dimensions[0].thresholds[1]")),
        (variant("\"samples\": 30}]", "\"samples\": 30.5}]"),
         .malformedFile(path: "c.json", reason: "expected an integer at dimensions[0].samples")),
    ])
    func validationErrors(json: String, expected: CalibrationError) {
        #expect(throws: expected) {
            try CalibrationFile.decode(Data(json.utf8), path: "c.json")
        }
    }

    @Test("An unknown threshold source is a malformed-file error pointing at it")
    func unknownSource() {
        let json = CalibrationFileTests.variant("\"source\": \"fitted\"", "\"source\": \"guessed\"")
        #expect {
            try CalibrationFile.decode(Data(json.utf8), path: "c.json")
        } throws: { error in
            guard case let .malformedFile(path, reason) = error as? CalibrationError else { return false }
            return path == "c.json" && reason.hasSuffix("at dimensions[0].source")
        }
    }

    @Test("Non-JSON input is a malformed-file error")
    func notJSON() {
        #expect {
            try CalibrationFile.decode(Data("thresholds: 1, 2, 3".utf8), path: "c.json")
        } throws: { error in
            guard case let .malformedFile(path, reason) = error as? CalibrationError else { return false }
            return path == "c.json" && reason.hasPrefix("not valid JSON")
        }
    }

    @Test("Messages say where and what", arguments: [
        (CalibrationError.invalidFile(path: "calibration.json", problem: .invalidThresholds(dimension: "x", problem: .notAscending(previous: 55, value: 40))),
         "calibration.json: dimension \"x\": thresholds must be ascending, but 40 follows 55"),
        (.invalidFile(path: "c.json", problem: .invalidThresholds(dimension: "cvf/a", problem: .wrongCount(found: 2, expected: 3))),
         "c.json: dimension \"cvf/a\": expected 3 thresholds (one fewer than the scale's points), found 2"),
        (.invalidThresholds(dimension: nil, problem: .outOfRange(value: 100.5)),
         "default thresholds: threshold 100.5 lies outside 0...100"),
        (.unsupportedSchema(path: "c.json", found: "cvfscan.calibration/2"),
         "c.json: expected schema \"cvfscan.calibration/1\" but found \"cvfscan.calibration/2\"; re-run `cvfscan calibrate` with this version to regenerate the file"),
        (.malformedFile(path: "c.json", reason: "missing key \"source\" at dimensions[0]"),
         "c.json: not a valid calibration file: missing key \"source\" at dimensions[0]"),
        (.invalidSample(dimension: "cvf/a", recordID: "r7", problem: .ratingOutsideScale(rating: 4, lowest: 0, highest: 3)),
         "dimension \"cvf/a\", record \"r7\": human rating 4 is outside the scale 0...3"),
    ])
    func messages(error: CalibrationError, message: String) {
        #expect(error.description == message)
    }

    @Test("Building a file validates too")
    func constructionValidates() {
        #expect(throws: CalibrationError.invalidDimension(id: "a", problem: .duplicate)) {
            let thresholds = ScaleThresholds.evenlySpaced(for: .cvfDefault)
            _ = try CalibrationFile(
                scale: .cvfDefault, bandNames: RatingScale.cvfDefault.defaultBandNames,
                dimensions: [.init(id: "a", thresholds: thresholds, source: .fitted, sampleCount: 1),
                             .init(id: "a", thresholds: thresholds, source: .fitted, sampleCount: 1)],
                provenance: .init(corpus: "c", sampleCount: 2, recordCount: 1, folds: 5, date: "d"))
        }
    }

    @Test("Threshold and scale validation on construction", arguments: [
        ([25.0, 50], CalibrationError.invalidThresholds(dimension: "d", problem: .wrongCount(found: 2, expected: 3))),
        ([25, .nan, 75], .invalidThresholds(dimension: "d", problem: .notFinite(position: 1))),
        ([25, 50, 50], .invalidThresholds(dimension: "d", problem: .notAscending(previous: 50, value: 50))),
    ])
    func thresholdValidation(values: [Double], expected: CalibrationError) {
        #expect(throws: expected) { _ = try ScaleThresholds(values, scale: .cvfDefault, dimension: "d") }
    }

    @Test("Scales", arguments: [(0, 3, true), (1, 5, true), (2, 2, false), (3, 0, false), (0, 101, false), (0, 100, true), (Int.min, Int.max, false)])
    func scales(lowest: Int, highest: Int, valid: Bool) {
        let scale = try? RatingScale(lowest: lowest, highest: highest)
        #expect((scale != nil) == valid)
    }
}
