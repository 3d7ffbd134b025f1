import Foundation
import Testing
@testable import CVFScan

@Suite("Calibration corpus")
struct CalibrationCorpusTests {
    func write(_ text: String, suffix: String) throws -> String {
        let path = NSTemporaryDirectory() + "cvfscan-corpus-\(UUID().uuidString)\(suffix)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("JSON Lines records with ratings, second ratings and groups")
    func jsonLines() throws {
        let path = try write("""
        {"id":"a","text":"I owned up.","ratings":{"test/ownership":2,"test/calm":0},"group":"retail"}
        {"id":"b","text":"We stayed calm.","ratings":{"test/calm":1},"second_ratings":{"test/calm":2}}
        """, suffix: ".jsonl")
        let records = try CalibrationCorpus.read(path: path)
        #expect(records == [
            CorpusRecord(id: "a", text: "I owned up.", ratings: ["test/ownership": 2, "test/calm": 0], group: "retail"),
            CorpusRecord(id: "b", text: "We stayed calm.", ratings: ["test/calm": 1], secondRatings: ["test/calm": 2]),
        ])
    }

    @Test("CSV with dimension columns, second-marker columns and a group column")
    func csv() throws {
        let path = try write("id,text,test/ownership,test/ownership.second,group\r\nx,\"I owned up, fast.\",3,2,care\r\ny,nothing,,,\r\n", suffix: ".csv")
        let records = try CalibrationCorpus.read(path: path)
        #expect(records == [
            CorpusRecord(id: "x", text: "I owned up, fast.", ratings: ["test/ownership": 3], secondRatings: ["test/ownership": 2], group: "care"),
            CorpusRecord(id: "y", text: "nothing", ratings: [:], group: ""),
        ])
    }

    @Test("a bad record refuses the corpus with its line", arguments: [
        ("{\"id\":\"a\",\"text\":\"t\",\"ratings\":{\"test/calm\":1.5}}\n", "line 1: ratings.test/calm must be an integer rating, found a number"),
        ("{\"id\":\"a\",\"text\":\"t\"}\n", "line 1: no \"ratings\" object of dimension ids and integer ratings"),
        ("[1,2]\n", "line 1: expected a JSON object, found an array"),
    ])
    func badRecords(text: String, reason: String) throws {
        let path = try write(text, suffix: ".jsonl")
        #expect(throws: CalibrationError.malformedCorpus(path: path, reason: reason)) {
            try CalibrationCorpus.read(path: path)
        }
    }

    @Test("scores and samples pair each rating with the scanner's score for that record")
    func samples() throws {
        let scanner = try #require(TestLexicon.scanner)
        let records = [
            CorpusRecord(id: "a", text: "I owned up and asked for feedback.", ratings: ["test/ownership": 3, "test/unknown": 1]),
            CorpusRecord(id: "b", text: "Nothing here.", ratings: ["test/ownership": 0], group: "g"),
        ]
        let scores = CorpusCalibration.scores(of: records, scanner: scanner)
        #expect(scores.map { $0["test/ownership"] } == [63, 0])
        let samples = CorpusCalibration.samples(records: records, scores: scores)
        #expect(samples.keys.sorted() == ["test/ownership"])
        #expect(samples["test/ownership"] == [
            CalibrationSample(recordID: "a", score: 63, humanRating: 3),
            CalibrationSample(recordID: "b", group: "g", score: 0, humanRating: 0),
        ])
    }
}
