import Foundation

@testable import CVFScan

/// Helpers shared by the batch-layer tests: reading everything from in-memory bytes with a chosen
/// chunk size, and scratch directories.
enum BatchTestSupport {
    /// Chunk sizes that put chunk boundaries inside quotes, CRLF pairs, multi-byte characters and
    /// byte order marks, plus the production default.
    static let chunkSizes = [1, 2, 3, 5, 64, ByteChunkReader.defaultChunkSize]

    static func csvRecords(
        _ bytes: [UInt8], chunkSize: Int, limits: CSVReader.Limits = CSVReader.Limits(), path: String = "test.csv"
    ) throws -> [CSVRecord] {
        let reader = CSVReader(reader: ByteChunkReader(bytes: bytes, name: path, chunkSize: chunkSize), limits: limits)
        var records: [CSVRecord] = []
        while let record = try reader.nextRecord() {
            records.append(record)
        }
        return records
    }

    static func jsonLinesRecords(
        _ bytes: [UInt8], chunkSize: Int, maximumLineBytes: Int = JSONLinesReader.defaultMaximumLineBytes,
        path: String = "test.jsonl"
    ) throws -> [JSONLinesRecord] {
        let reader = JSONLinesReader(
            reader: ByteChunkReader(bytes: bytes, name: path, chunkSize: chunkSize), maximumLineBytes: maximumLineBytes)
        var records: [JSONLinesRecord] = []
        while let record = try reader.nextRecord() {
            records.append(record)
        }
        return records
    }

    static func utf16(_ text: String, bigEndian: Bool, byteOrderMark: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = byteOrderMark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    /// A fresh empty directory, removed by the caller with `removeDirectory`.
    static func makeScratchDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("cvfscan-batch-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func removeDirectory(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    static func contents(ofDirectory path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }
}
