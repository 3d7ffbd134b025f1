/// The front end shared by the CSV and JSON Lines readers: turns the raw chunks of a `ByteChunkReader`
/// into UTF-8 chunks. It skips a UTF-8 byte order mark, transcodes UTF-16 (with a byte order mark, or
/// recognised by its NUL pattern) as a stream, and refuses input whose start looks binary.
///
/// Bytes that are not valid UTF-8 pass through unchanged; the readers decide per field or per line.
struct UTF8ChunkStream {
    let reader: ByteChunkReader
    /// The encoding recognised at the start of the input (`.utf8` until the first chunk is read).
    private(set) var encoding: TextEncoding = .utf8
    private var hasStarted = false
    private var hasFinished = false
    private var transcoder: UTF16Transcoder?
    /// A refusal of the input, repeated on every later call so it cannot be skipped by retrying.
    private var refusal: BatchInputError?

    init(reader: ByteChunkReader) {
        self.reader = reader
    }

    /// The name of the input for error messages.
    var name: String { reader.name }

    /// The next non-empty chunk of UTF-8 bytes, or `nil` at the end of input.
    mutating func nextChunk() throws(BatchInputError) -> [UInt8]? {
        if let refusal { throw refusal }
        if !hasStarted {
            hasStarted = true
            return try firstChunk()
        }
        while !hasFinished {
            guard let raw = try reader.nextChunk() else {
                hasFinished = true
                return flushTranscoder()
            }
            guard var utf16 = transcoder else { return raw }
            var output: [UInt8] = []
            raw.withUnsafeBufferPointer { utf16.transcode($0, into: &output) }
            transcoder = utf16
            if !output.isEmpty { return output }
        }
        return nil
    }

    private mutating func firstChunk() throws(BatchInputError) -> [UInt8]? {
        // Byte order marks and the UTF-16 pattern need a few bytes; tiny chunk sizes are gathered first.
        var start: [UInt8] = []
        while start.count < 4, let raw = try reader.nextChunk() {
            start.append(contentsOf: raw)
        }
        if start.count < 4 { hasFinished = true }
        var output: [UInt8]
        (encoding, output) = start.withUnsafeBufferPointer { bytes -> (TextEncoding, [UInt8]) in
            if let (encoding, markLength) = EncodingSniffer.byteOrderMark(bytes) {
                return (encoding, Array(bytes[markLength...]))
            }
            return (EncodingSniffer.unmarkedUTF16(bytes) ?? .utf8, start)
        }
        if encoding == .utf16LittleEndian || encoding == .utf16BigEndian {
            var utf16 = UTF16Transcoder(isBigEndian: encoding == .utf16BigEndian)
            var transcoded: [UInt8] = []
            output.withUnsafeBufferPointer { utf16.transcode($0, into: &transcoded) }
            if hasFinished { utf16.finish(into: &transcoded) }
            transcoder = utf16
            output = transcoded
        }
        if output.withUnsafeBufferPointer({ EncodingSniffer.looksBinary($0) }) {
            let error = BatchInputError.binaryInput(path: reader.name)
            refusal = error
            throw error
        }
        if output.isEmpty { return try nextChunk() }
        return output
    }

    private mutating func flushTranscoder() -> [UInt8]? {
        guard var utf16 = transcoder else { return nil }
        var output: [UInt8] = []
        utf16.finish(into: &output)
        transcoder = utf16
        return output.isEmpty ? nil : output
    }
}
