import Foundation
import Testing

/// Compares a writer's output with a file under `Tests/CVFScanTests/Fixtures/golden/`.
///
/// To re-record every golden file after an intended change to a writer (or to the engine or the fixtures):
///
///     CVFSCAN_RECORD_GOLDEN=1 swift test --filter Golden
///
/// then read the diff of `Tests/CVFScanTests/Fixtures/golden/` before committing it: the goldens are the
/// review of what recruiters will see. Files are read from and written to the source tree (found from this
/// file's path), not the test bundle's copy, so a recording lands where git sees it.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
        .appendingPathComponent("golden")

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["CVFSCAN_RECORD_GOLDEN"] == "1"
    }

    /// Expects `actual` to equal the golden file `name`, byte for byte, and names the first differing line when it
    /// does not; writes the file instead when recording.
    static func verify(_ actual: String, name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let data = try #require(
            FileManager.default.contents(atPath: url.path),
            "missing golden file \(name): record it with CVFSCAN_RECORD_GOLDEN=1 swift test --filter Golden",
            sourceLocation: sourceLocation)
        let expected = String(decoding: data, as: UTF8.self)
        #expect(actual == expected, Self.difference(actual, expected, name: name), sourceLocation: sourceLocation)
    }

    /// Where two texts first differ, with the command that re-records the golden file.
    private static func difference(_ actual: String, _ expected: String, name: String) -> Comment {
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        let expectedLine = line < expectedLines.count ? String(expectedLines[line]).debugDescription : "(end of file)"
        let actualLine = line < actualLines.count ? String(actualLines[line]).debugDescription : "(end of output)"
        return """
            output differs from golden file \(name) at line \(line + 1)
              expected: \(expectedLine)
              actual:   \(actualLine)
            if the change is intended, re-record with CVFSCAN_RECORD_GOLDEN=1 swift test --filter Golden
            """
    }
}
