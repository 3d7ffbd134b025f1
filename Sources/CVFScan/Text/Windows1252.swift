/// Windows-1252 to UTF-8 conversion, used when text that should be UTF-8 turns out to be an
/// "ANSI" export from Excel or Word on Western-European Windows.
///
/// Follows the WHATWG Encoding Standard's `index-windows-1252`: 0x80-0x9F map to the typographic
/// characters Word produces (smart quotes, dashes, ellipsis, euro sign...), and the five bytes that
/// table leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control code points of the
/// same value, as browsers do, so no byte is ever lost.
enum Windows1252 {
    /// Code points for bytes 0x80...0x9F; bytes 0xA0...0xFF equal their Latin-1 code points.
    static let highControlRange: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The Unicode scalar value a Windows-1252 byte stands for.
    @inline(__always)
    static func scalar(for byte: UInt8) -> UInt32 {
        if byte >= 0x80, byte < 0xA0 {
            return UInt32(highControlRange[Int(byte) - 0x80])
        }
        return UInt32(byte)
    }

    /// Appends the UTF-8 encoding of Windows-1252 `buffer` to `output`.
    static func appendUTF8(of buffer: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        guard let base = buffer.baseAddress else { return }
        output.reserveCapacity(output.count + buffer.count + buffer.count / 2)
        var asciiRunStart = 0
        for index in 0..<buffer.count where base[index] >= 0x80 {
            output.append(contentsOf: UnsafeBufferPointer(start: base + asciiRunStart, count: index - asciiRunStart))
            UTF8Validation.appendScalar(scalar(for: base[index]), to: &output)
            asciiRunStart = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(start: base + asciiRunStart, count: buffer.count - asciiRunStart))
    }

    /// Decodes Windows-1252 bytes into a string. Never fails: every byte has a mapping.
    static func decode(_ buffer: UnsafeBufferPointer<UInt8>) -> String {
        var utf8: [UInt8] = []
        appendUTF8(of: buffer, to: &utf8)
        return String(decoding: utf8, as: UTF8.self)
    }
}
