/// Heuristics that look at the start of an input to decide what it is before decoding it.
enum EncodingSniffer {
    /// How much of the input the heuristics look at; enough to be representative, small enough to be free.
    static let sampleLength = 64 * 1024

    /// The encoding announced by a byte order mark at the start of `bytes`, with the mark's length.
    static func byteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> (encoding: TextEncoding, length: Int)? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return (.utf8WithByteOrderMark, 3)
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.utf16LittleEndian, 2) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.utf16BigEndian, 2) }
        return nil
    }

    /// Recognises UTF-16 without a byte order mark from its NUL pattern: Latin-script text in UTF-16 has a
    /// zero in every other byte. Requires at least two code units and 80% of them showing the pattern, a
    /// share no real UTF-8 text reaches, so text is never misread as UTF-16 by accident.
    static func unmarkedUTF16(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        let pairs = min(bytes.count, sampleLength) / 2
        guard pairs >= 2 else { return nil }
        var littleEndianPairs = 0
        var bigEndianPairs = 0
        for pair in 0..<pairs {
            let first = bytes[2 * pair]
            let second = bytes[2 * pair + 1]
            if first != 0, second == 0 { littleEndianPairs += 1 }
            if first == 0, second != 0 { bigEndianPairs += 1 }
        }
        if littleEndianPairs * 5 >= pairs * 4 { return .utf16LittleEndian }
        if bigEndianPairs * 5 >= pairs * 4 { return .utf16BigEndian }
        return nil
    }

    /// True when the start of some text-to-be is clearly not text: any NUL byte (the rule git uses), or
    /// more than 10% C0 control characters other than tab, line feed, form feed and carriage return.
    /// Pass UTF-8 (already transcoded from UTF-16 where needed) or single-byte text.
    static func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = min(bytes.count, sampleLength)
        guard length > 0 else { return false }
        var controls = 0
        for index in 0..<length {
            let byte = bytes[index]
            if byte >= 0x20 { continue }
            if byte == 0 { return true }
            if byte != 0x09, byte != 0x0A, byte != 0x0C, byte != 0x0D { controls += 1 }
        }
        return controls * 10 > length
    }
}
