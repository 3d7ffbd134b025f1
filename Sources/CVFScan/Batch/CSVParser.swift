/// The RFC 4180 state machine behind `CSVReader`, resumable at any byte so records and fields may
/// straddle chunk boundaries. It collects one record's field bytes at a time; `CSVReader` turns them
/// into strings.
///
/// Leniency matches Excel and Python's `csv` module: a quote inside an unquoted field is literal, text
/// after a closing quote is appended to the field (`"ab"cd` reads as `abcd`), a lone CR ends a line like
/// LF and CRLF. Blank lines between records are skipped.
struct CSVParser {
    private enum State {
        case recordStart, fieldStart, unquoted, quoted, quoteInQuoted
    }

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    let maximumFieldBytes: Int
    let maximumFieldsPerRecord: Int
    let maximumRecordBytes: Int

    private var state = State.recordStart
    /// The 1-based line the next byte belongs to.
    private var line = 1
    /// Stream offset of the first byte of the current line, for column numbers.
    private var lineStartOffset = 0
    /// Set after a CR so that the LF of a CRLF pair does not count as a second line break.
    private var suppressLineFeed = false

    // The record being collected.
    private(set) var recordBytes: [UInt8] = []
    private(set) var fieldEnds: [Int] = []
    private var fieldStartInRecord = 0
    private(set) var recordLine = 1
    private(set) var oversizedFields: [Int] = []
    private(set) var droppedFields = false
    private(set) var recordTruncated = false
    /// Set when the current field lost bytes to a limit, so its end is trimmed to a character boundary.
    private var fieldTruncated = false
    private(set) var unterminatedQuote: (line: Int, column: Int)?
    private var openQuote = (line: 0, column: 0)

    init(maximumFieldBytes: Int, maximumFieldsPerRecord: Int, maximumRecordBytes: Int) {
        self.maximumFieldBytes = max(1, maximumFieldBytes)
        self.maximumFieldsPerRecord = max(1, maximumFieldsPerRecord)
        self.maximumRecordBytes = max(1, maximumRecordBytes)
    }

    /// Consumes bytes of `buffer` from `start` until a record is complete. Returns the index just past
    /// the record's end, or `nil` when the whole buffer was consumed without completing a record.
    /// `chunkOffset` is the stream offset of `buffer[0]`.
    mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, chunkOffset: Int) -> Int? {
        guard let base = buffer.baseAddress else { return nil }
        let count = buffer.count
        var index = start
        while index < count {
            if suppressLineFeed {
                suppressLineFeed = false
                if base[index] == Self.lineFeed {
                    if state == .quoted { appendRun(base, from: index, to: index + 1) }
                    lineStartOffset = chunkOffset + index + 1
                    index += 1
                    continue
                }
            }
            switch state {
            case .recordStart:
                let byte = base[index]
                if byte == Self.lineFeed || byte == Self.carriageReturn {
                    noteLineBreak(byte, at: chunkOffset + index)
                    index += 1
                    continue
                }
                recordLine = line
                state = .fieldStart
            case .fieldStart:
                if base[index] == Self.quote {
                    openQuote = (line, chunkOffset + index - lineStartOffset + 1)
                    state = .quoted
                    index += 1
                } else {
                    state = .unquoted
                }
            case .unquoted:
                let scan = ByteScanner.firstIndex(
                    of: Self.comma, Self.lineFeed, Self.carriageReturn, in: base, from: index, to: count)
                appendRun(base, from: index, to: scan)
                guard scan < count else { return nil }
                index = scan + 1
                endField()
                if base[scan] == Self.comma {
                    state = .fieldStart
                } else {
                    noteLineBreak(base[scan], at: chunkOffset + scan)
                    state = .recordStart
                    return index
                }
            case .quoted:
                let scan = ByteScanner.firstIndex(
                    of: Self.quote, Self.lineFeed, Self.carriageReturn, in: base, from: index, to: count)
                appendRun(base, from: index, to: scan)
                guard scan < count else { return nil }
                index = scan + 1
                if base[scan] == Self.quote {
                    state = .quoteInQuoted
                } else {
                    appendRun(base, from: scan, to: scan + 1)
                    noteLineBreak(base[scan], at: chunkOffset + scan)
                }
            case .quoteInQuoted:
                let byte = base[index]
                if byte == Self.quote {
                    appendRun(base, from: index, to: index + 1)
                    state = .quoted
                    index += 1
                } else if byte == Self.comma {
                    endField()
                    state = .fieldStart
                    index += 1
                } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                    endField()
                    noteLineBreak(byte, at: chunkOffset + index)
                    state = .recordStart
                    return index + 1
                } else {
                    state = .unquoted
                }
            }
        }
        return nil
    }

    /// Ends the input. Returns true when a final record without a line break was completed.
    mutating func finish() -> Bool {
        suppressLineFeed = false
        switch state {
        case .recordStart:
            return false
        case .quoted:
            unterminatedQuote = openQuote
            endField()
        case .fieldStart, .unquoted, .quoteInQuoted:
            endField()
        }
        state = .recordStart
        return true
    }

    /// Forgets the completed record so the next one can be collected; buffers keep their capacity.
    mutating func resetRecord() {
        recordBytes.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        fieldStartInRecord = 0
        oversizedFields.removeAll()
        droppedFields = false
        recordTruncated = false
        fieldTruncated = false
        unterminatedQuote = nil
    }

    @inline(__always)
    private mutating func noteLineBreak(_ byte: UInt8, at offset: Int) {
        line += 1
        lineStartOffset = offset + 1
        suppressLineFeed = byte == Self.carriageReturn
    }

    @inline(__always)
    private mutating func appendRun(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) {
        guard end > start else { return }
        guard fieldEnds.count < maximumFieldsPerRecord else {
            droppedFields = true
            return
        }
        // Once a record is cut, the rest of it is dropped, even where a later field would still fit.
        guard !recordTruncated else { return }
        let length = end - start
        let fieldLength = recordBytes.count - fieldStartInRecord
        let fieldRoom = maximumFieldBytes - fieldLength
        let recordRoom = maximumRecordBytes - recordBytes.count
        if length <= fieldRoom, length <= recordRoom {
            recordBytes.append(contentsOf: UnsafeBufferPointer(start: base + start, count: length))
            return
        }
        let room = max(0, min(fieldRoom, recordRoom))
        recordBytes.append(contentsOf: UnsafeBufferPointer(start: base + start, count: room))
        fieldTruncated = true
        if length > fieldRoom, oversizedFields.last != fieldEnds.count {
            oversizedFields.append(fieldEnds.count)
        }
        if length > recordRoom {
            recordTruncated = true
        }
    }

    private mutating func endField() {
        guard fieldEnds.count < maximumFieldsPerRecord else {
            droppedFields = true
            return
        }
        if fieldTruncated {
            fieldTruncated = false
            trimIncompleteTrailingSequence()
        }
        fieldEnds.append(recordBytes.count)
        fieldStartInRecord = recordBytes.count
    }

    /// A field cut at the byte limit may end inside a multi-byte character; drop that partial
    /// character so the kept text is still valid UTF-8 rather than looking like Windows-1252.
    private mutating func trimIncompleteTrailingSequence() {
        let fieldLength = recordBytes.count - fieldStartInRecord
        var back = 1
        while back <= min(3, fieldLength) {
            let byte = recordBytes[recordBytes.count - back]
            if byte & 0xC0 == 0x80 {
                back += 1
                continue
            }
            let expected: Int
            switch byte {
            case 0xC0...0xDF: expected = 2
            case 0xE0...0xEF: expected = 3
            case 0xF0...0xF7: expected = 4
            default: expected = 1
            }
            if expected > back { recordBytes.removeLast(back) }
            return
        }
    }
}
