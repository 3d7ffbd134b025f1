import Foundation
import Testing

@testable import CVFScan

struct ByteChunkReaderTests {
    @Test(arguments: [(1, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), (3, [3, 3, 3, 1]), (10, [10]), (4096, [10])])
    func readsAFileInChunks(chunkSize: Int, expectedSizes: [Int]) throws {
        let directory = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(directory) }
        let path = directory + "/answers.csv"
        let content = Array("0123456789".utf8)
        try Data(content).write(to: URL(fileURLWithPath: path))
        let reader = try ByteChunkReader(path: path, chunkSize: chunkSize)
        var chunks: [[UInt8]] = []
        while let chunk = try reader.nextChunk() { chunks.append(chunk) }
        #expect(chunks.map(\.count) == expectedSizes)
        #expect(Array(chunks.joined()) == content)
        #expect(try reader.nextChunk() == nil)
    }

    @Test func readsAnEmptyFileAsNoChunks() throws {
        let directory = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(directory) }
        let path = directory + "/empty.csv"
        try Data().write(to: URL(fileURLWithPath: path))
        #expect(try ByteChunkReader(path: path).nextChunk() == nil)
    }

    @Test func reportsAMissingFile() throws {
        let directory = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(directory) }
        let path = directory + "/missing.csv"
        #expect(throws: BatchInputError.fileNotFound(path: path)) { try ByteChunkReader(path: path) }
        #expect(throws: BatchInputError.fileNotFound(path: path + "/below")) {
            try ByteChunkReader(path: path + "/below")
        }
    }

    @Test func reportsADirectory() throws {
        let directory = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(directory) }
        #expect(throws: BatchInputError.isDirectory(path: directory)) { try ByteChunkReader(path: directory) }
        #expect(throws: BatchInputError.isDirectory(path: directory)) { try CSVReader(path: directory) }
        #expect(throws: BatchInputError.isDirectory(path: directory)) { try JSONLinesReader(path: directory) }
    }

    @Test func repeatsAReadFailureInsteadOfReportingTheEnd() throws {
        let directory = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(directory) }
        let descriptor = open(directory, O_RDONLY)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        let reader = ByteChunkReader(fileDescriptor: descriptor, name: "<stdin>")
        #expect(throws: BatchInputError.isDirectory(path: "<stdin>")) { try reader.nextChunk() }
        #expect(throws: BatchInputError.isDirectory(path: "<stdin>")) { try reader.nextChunk() }
    }

    @Test func readsAFileDescriptorWithoutClosingIt() throws {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        let message = Array("id,answer\n1,\"calm\"\n".utf8)
        #expect(message.withUnsafeBytes { write(descriptors[1], $0.baseAddress, $0.count) } == message.count)
        close(descriptors[1])
        do {
            let csv = CSVReader(reader: ByteChunkReader(fileDescriptor: descriptors[0], chunkSize: 4))
            #expect(try csv.nextRecord()?.fields == ["id", "answer"])
            #expect(try csv.nextRecord()?.fields == ["1", "calm"])
            #expect(try csv.nextRecord() == nil)
            #expect(csv.path == "<stdin>")
        }
        // The reader must leave a descriptor it did not open alone: closing it again still succeeds.
        #expect(close(descriptors[0]) == 0)
    }

    @Test func readsCSVAndJSONLinesFromFilePaths() throws {
        let directory = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(directory) }
        let csvPath = directory + "/export.csv"
        let jsonPath = directory + "/export.jsonl"
        try Data("\u{FEFF}ID,Answer\r\n1,\"I said \"\"stop\"\"\"\r\n".utf8).write(to: URL(fileURLWithPath: csvPath))
        try Data("{\"answer\": \"ok\"}\n".utf8).write(to: URL(fileURLWithPath: jsonPath))
        let csv = try CSVReader(path: csvPath, chunkSize: 3)
        #expect(try csv.readHeader().columns == ["ID", "Answer"])
        #expect(try csv.nextRecord() == CSVRecord(fields: ["1", "I said \"stop\""], index: 1, line: 2, path: csvPath))
        #expect(csv.encoding == .utf8WithByteOrderMark)
        let json = try JSONLinesReader(path: jsonPath)
        #expect(try json.nextRecord()?.text(atPath: "answer") == "ok")
        #expect(try json.nextRecord() == nil)
    }
}
