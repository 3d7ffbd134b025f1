import Foundation
import Testing

@testable import CVFScan

struct AtomicFileWriterTests {
    @Test(arguments: [1, 4, 1 << 20])
    func replacesTheDestinationOnlyOnCommit(bufferCapacity: Int) throws {
        let directory = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(directory) }
        let path = directory + "/report.csv"
        try Data("old report\n".utf8).write(to: URL(fileURLWithPath: path))
        let writer = try AtomicFileWriter(destinationPath: path, bufferCapacity: bufferCapacity)
        try writer.write("id,score\n")
        try writer.write(CSVWriter().encodeRow([.integer(1), .numeric("-3")]))
        try writer.write(Array(repeating: UInt8(ascii: "x"), count: 10))
        // Until commit, the old file is untouched and the new bytes sit in a hidden temporary file.
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old report\n")
        #expect(try BatchTestSupport.contents(ofDirectory: directory).count == 2)
        try writer.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "id,score\n1,-3\nxxxxxxxxxx")
        #expect(try BatchTestSupport.contents(ofDirectory: directory) == ["report.csv"])
    }

    @Test func leavesNoFileWhenDiscarded() throws {
        let directory = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(directory) }
        let path = directory + "/report.csv"
        do {
            let writer = try AtomicFileWriter(destinationPath: path)
            try writer.write("half a report")
            // Going out of scope without commit() is what an error path does.
        }
        #expect(try BatchTestSupport.contents(ofDirectory: directory) == [])
        let writer = try AtomicFileWriter(destinationPath: path)
        try writer.write("x")
        writer.discard()
        #expect(try BatchTestSupport.contents(ofDirectory: directory) == [])
        #expect(throws: BatchInputError.writeFailed(path: path, reason: "the file was already finished or discarded")) {
            try writer.write("more")
        }
        #expect(throws: BatchInputError.writeFailed(path: path, reason: "the file was already finished or discarded")) {
            try writer.commit()
        }
    }

    @Test func keepsThePermissionsOfTheFileItReplaces() throws {
        let directory = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(directory) }
        let path = directory + "/report.csv"
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, 0o640) == 0)
        let writer = try AtomicFileWriter(destinationPath: path)
        try writer.write("new")
        try writer.commit()
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
    }

    @Test func reportsAMissingFolder() throws {
        let directory = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(directory) }
        let path = directory + "/no-such-folder/report.csv"
        #expect(
            throws: BatchInputError.cannotCreateOutput(
                path: path, reason: "the folder \(directory)/no-such-folder does not exist")
        ) {
            try AtomicFileWriter(destinationPath: path)
        }
    }

    @Test func refusesAFolderAsDestination() throws {
        let directory = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(directory) }
        #expect(
            throws: BatchInputError.cannotCreateOutput(path: directory, reason: "it is a folder; name a file inside it")
        ) {
            try AtomicFileWriter(destinationPath: directory)
        }
    }

    @Test(arguments: [
        ("report.csv", ".", "report.csv"),
        ("out/report.csv", "out", "report.csv"),
        ("/report.csv", "/", "report.csv"),
        ("/tmp/a/b.csv", "/tmp/a", "b.csv"),
    ])
    func splitsPathsIntoFolderAndName(path: String, directory: String, fileName: String) {
        let split = AtomicFileWriter.split(path)
        #expect(split.directory == directory)
        #expect(split.fileName == fileName)
    }

    @Test func writesThroughAFileDescriptor() throws {
        let directory = try BatchTestSupport.makeScratchDirectory()
        defer { BatchTestSupport.removeDirectory(directory) }
        let path = directory + "/stdout.txt"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(descriptor >= 0)
        let writer = FileDescriptorWriter(fileDescriptor: descriptor, name: "<stdout>", bufferCapacity: 4)
        try writer.write("ab")
        try writer.write(Array("cdefgh".utf8))
        try writer.write("ij")
        try writer.flush()
        close(descriptor)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "abcdefghij")
    }

    @Test func reportsAFailedWrite() {
        let writer = FileDescriptorWriter(fileDescriptor: -1, name: "<stdout>", bufferCapacity: 4)
        #expect(throws: BatchInputError.writeFailed(path: "<stdout>", reason: "Bad file descriptor")) {
            try writer.write("more than four bytes")
        }
    }
}
