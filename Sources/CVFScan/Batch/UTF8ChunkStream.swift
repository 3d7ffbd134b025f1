/// The front end shared by the CSV and JSON Lines readers: turns the raw chunks of a `ByteChunkReader`
/// into UTF-8 chunks. It skips a UTF-8 byte order mark, transcodes UTF-16 (with a byte order mark, or
/// recognised by its NUL pattern) as a stream, and refuses input whose start looks binary.
///
/// Those decisions read the first 64 KiB (`EncodingSniffer.sampleLength`), so the first chunk is only returned once
/// 64 KiB have arrived or the input has ended: whatever the chunk size and however a pipe splits its data, the same
/// bytes give the same records. A producer that waits for a report before sending more must therefore send at least
/// 64 KiB, or close its end, before the first record comes out.
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
        // The heuristics decide on the first `sampleLength` bytes, so they are gathered in full (or to the end of a
        // shorter input) before deciding: a pipe that delivers its first bytes in small pieces, or a small chunk
        // size, must get the same decision — and the same records — as a file read in one go.
        var start: [UInt8] = []
        while start.count < EncodingSniffer.sampleLength {
            guard let raw = try reader.nextChunk() else {
                hasFinished = true
                break
            }
            start.append(contentsOf: raw)
        }
        var markLength = 0
        (encoding, markLength) = start.withUnsafeBufferPointer { bytes -> (TextEncoding, Int) in
            if let (encoding, markLength) = EncodingSniffer.byteOrderMark(bytes) { return (encoding, markLength) }
            return (EncodingSniffer.unmarkedUTF16(bytes) ?? .utf8, 0)
        }
        var output = Array(start[markLength...])
        // The binary check reads what the first `sampleLength` bytes decode to, however many more were gathered.
        let sampleEnd = max(markLength, min(start.count, EncodingSniffer.sampleLength))
        var sample = Array(start[markLength..<sampleEnd])
        if encoding == .utf16LittleEndian || encoding == .utf16BigEndian {
            var utf16 = UTF16Transcoder(isBigEndian: encoding == .utf16BigEndian)
            var sampleTranscoder = utf16
            var transcoded: [UInt8] = []
            output.withUnsafeBufferPointer { utf16.transcode($0, into: &transcoded) }
            if hasFinished { utf16.finish(into: &transcoded) }
            transcoder = utf16
            output = transcoded
            var transcodedSample: [UInt8] = []
            sample.withUnsafeBufferPointer { sampleTranscoder.transcode($0, into: &transcodedSample) }
            sample = transcodedSample
        }
        if sample.withUnsafeBufferPointer({ EncodingSniffer.looksBinary($0) }) {
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
