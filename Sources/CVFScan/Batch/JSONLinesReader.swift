#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streams records out of a JSON Lines file (one JSON value per line), holding one chunk and one line
/// in memory at a time. A malformed line becomes a record carrying `.invalidJSON` with its line and
/// column; reading continues with the next line. Blank lines are skipped; CRLF line ends are accepted;
/// a UTF-8 byte order mark is skipped and UTF-16 with a byte order mark is transcoded. A line that is not
/// valid UTF-8 is decoded as Windows-1252 and the record says so.
///
/// A class because it owns its `ByteChunkReader`; use it from one task at a time.
public final class JSONLinesReader {
    /// The default longest line kept: 32 MB. Longer lines are skipped and reported, so memory stays bounded.
    public static let defaultMaximumLineBytes = 32 << 20

    /// The input's name (path or `<stdin>`), as used in error messages.
    public var path: String { stream.name }
    /// The longest line, in bytes, that is parsed.
    public let maximumLineBytes: Int

    private var stream: UTF8ChunkStream
    private var chunk: [UInt8] = []
    private var position = 0
    private var inputEnded = false
    /// The start of a line that continues into the next chunk.
    private var carry: [UInt8] = []
    private var carryTooLong = false
    private var nextLine = 1
    private var nextIndex = 0

    /// Reads the JSON Lines file at `path`.
    /// - Throws: the errors of `ByteChunkReader.init(path:chunkSize:)`.
    public convenience init(
        path: String, maximumLineBytes: Int = JSONLinesReader.defaultMaximumLineBytes,
        chunkSize: Int = ByteChunkReader.defaultChunkSize
    ) throws(BatchInputError) {
        self.init(reader: try ByteChunkReader(path: path, chunkSize: chunkSize), maximumLineBytes: maximumLineBytes)
    }

    /// Reads JSON Lines from any byte source, e.g. standard input or bytes in memory.
    public init(reader: ByteChunkReader, maximumLineBytes: Int = JSONLinesReader.defaultMaximumLineBytes) {
        self.stream = UTF8ChunkStream(reader: reader)
        self.maximumLineBytes = max(1, maximumLineBytes)
    }

    /// The next non-blank line's record, or `nil` at the end of the input.
    /// - Throws: `BatchInputError.readFailed` or `.binaryInput`; a malformed line does not throw.
    public func nextRecord() throws(BatchInputError) -> JSONLinesRecord? {
        while true {
            if position >= chunk.count {
                if inputEnded { return nil }
                guard let next = try stream.nextChunk() else {
                    inputEnded = true
                    chunk = []
                    position = 0
                    if carry.isEmpty, !carryTooLong { return nil }
                    if let record = takeCarriedLine() { return record }
                    return nil
                }
                chunk = next
                position = 0
            }
            let start = position
            let lineEnd: Int? = chunk.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress,
                    let found = memchr(base + start, Int32(UInt8(ascii: "\n")), buffer.count - start)
                else { return nil }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            guard let lineEnd else {
                appendToCarry(from: start, to: chunk.count)
                position = chunk.count
                continue
            }
            position = lineEnd + 1
            if carry.isEmpty, !carryTooLong {
                let record = chunk.withUnsafeBufferPointer { buffer in
                    makeRecord(
                        UnsafeBufferPointer(rebasing: buffer[start..<lineEnd]),
                        tooLong: lineEnd - start > maximumLineBytes)
                }
                if let record { return record }
            } else {
                appendToCarry(from: start, to: lineEnd)
                if let record = takeCarriedLine() { return record }
            }
        }
    }

    private func appendToCarry(from start: Int, to end: Int) {
        guard !carryTooLong else { return }
        if carry.count + (end - start) > maximumLineBytes {
            carryTooLong = true
            carry = []
            return
        }
        carry.append(contentsOf: chunk[start..<end])
    }

    private func takeCarriedLine() -> JSONLinesRecord? {
        let tooLong = carryTooLong
        let record = carry.withUnsafeBufferPointer { makeRecord($0, tooLong: tooLong) }
        carry.removeAll(keepingCapacity: carry.capacity <= 1 << 20)
        carryTooLong = false
        return record
    }

    /// Builds the record for one line (without its LF), or returns `nil` for a blank line.
    private func makeRecord(_ rawLine: UnsafeBufferPointer<UInt8>, tooLong: Bool) -> JSONLinesRecord? {
        let line = nextLine
        nextLine += 1
        if tooLong {
            return record(
                line: line, value: .failure(.jsonLineTooLong(path: path, line: line, limit: maximumLineBytes)))
        }
        var length = rawLine.count
        if length > 0, rawLine[length - 1] == UInt8(ascii: "\r") { length -= 1 }
        let lineBytes = UnsafeBufferPointer(rebasing: rawLine[0..<length])
        guard lineBytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
        if UTF8Validation.isValid(lineBytes) {
            return record(line: line, value: parse(lineBytes, line: line))
        }
        var converted: [UInt8] = []
        Windows1252.appendUTF8(of: lineBytes, to: &converted)
        let value = converted.withUnsafeBufferPointer { parse($0, line: line) }
        return record(line: line, value: value, decodedAsWindows1252: true)
    }

    private func parse(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> Result<JSONValue, BatchInputError> {
        JSONParser.parseDocument(bytes).mapError { error in
            .invalidJSON(path: path, line: line, column: error.column, message: error.message)
        }
    }

    private func record(
        line: Int, value: Result<JSONValue, BatchInputError>, decodedAsWindows1252: Bool = false
    ) -> JSONLinesRecord {
        let record = JSONLinesRecord(
            line: line, index: nextIndex, path: path, value: value, decodedAsWindows1252: decodedAsWindows1252)
        nextIndex += 1
        return record
    }
}
