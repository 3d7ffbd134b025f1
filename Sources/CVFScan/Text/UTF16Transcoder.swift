/// Streaming UTF-16 to UTF-8 conversion that can be fed arbitrary chunks: a byte or a high surrogate
/// left over at the end of one chunk is completed by the next.
///
/// Malformed input never fails: a lone surrogate, or a final odd byte, becomes U+FFFD and is counted.
struct UTF16Transcoder: Sendable {
    /// True for big-endian input (`FE FF` byte order mark), false for little-endian (`FF FE`).
    let isBigEndian: Bool
    /// How many U+FFFD replacements were produced so far.
    private(set) var replacements = 0
    private var pendingByte: UInt8?
    private var pendingHighSurrogate: UInt16?

    init(isBigEndian: Bool) {
        self.isBigEndian = isBigEndian
    }

    /// Converts `input` and appends UTF-8 to `output`; incomplete trailing data is kept for the next call.
    mutating func transcode(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        guard let base = input.baseAddress, input.count > 0 else { return }
        output.reserveCapacity(output.count + input.count + input.count / 2 + 4)
        var index = 0
        if let first = pendingByte {
            pendingByte = nil
            consume(codeUnit(first, base[0]), into: &output)
            index = 1
        }
        while index + 1 < input.count {
            consume(codeUnit(base[index], base[index + 1]), into: &output)
            index += 2
        }
        if index < input.count {
            pendingByte = base[index]
        }
    }

    /// Flushes what is left at the end of input: a dangling surrogate or odd byte becomes U+FFFD.
    mutating func finish(into output: inout [UInt8]) {
        if pendingHighSurrogate != nil {
            pendingHighSurrogate = nil
            appendReplacement(to: &output)
        }
        if pendingByte != nil {
            pendingByte = nil
            appendReplacement(to: &output)
        }
    }

    @inline(__always)
    private func codeUnit(_ first: UInt8, _ second: UInt8) -> UInt16 {
        isBigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first)
    }

    @inline(__always)
    private mutating func consume(_ unit: UInt16, into output: inout [UInt8]) {
        if unit < 0x80, pendingHighSurrogate == nil {
            output.append(UInt8(truncatingIfNeeded: unit))
            return
        }
        switch unit {
        case 0xD800...0xDBFF:
            if pendingHighSurrogate != nil { appendReplacement(to: &output) }
            pendingHighSurrogate = unit
        case 0xDC00...0xDFFF:
            if let high = pendingHighSurrogate {
                pendingHighSurrogate = nil
                let scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
                UTF8Validation.appendScalar(scalar, to: &output)
            } else {
                appendReplacement(to: &output)
            }
        default:
            if pendingHighSurrogate != nil {
                pendingHighSurrogate = nil
                appendReplacement(to: &output)
            }
            UTF8Validation.appendScalar(UInt32(unit), to: &output)
        }
    }

    private mutating func appendReplacement(to output: inout [UInt8]) {
        replacements += 1
        output.append(contentsOf: UTF8Validation.replacementCharacterBytes)
    }
}
