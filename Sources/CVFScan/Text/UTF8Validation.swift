/// Byte-level UTF-8 validation and repair, written as pointer loops because Foundation's string APIs run
/// at a few MB/s on Linux and batch inputs reach hundreds of MB.
///
/// Invalid input is repaired with the Unicode "substitution of maximal subparts" rule (Unicode 15, §3.9,
/// U+FFFD Substitution of Maximal Subparts): each maximal invalid subsequence becomes exactly one U+FFFD.
/// Python's `bytes.decode("utf-8", "replace")` and Swift's `String(decoding:as:)` follow the same rule, so
/// code-point offsets computed here agree with offsets computed by Python tooling on the same bytes.
enum UTF8Validation {
    /// The UTF-8 encoding of U+FFFD REPLACEMENT CHARACTER.
    static let replacementCharacterBytes: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Returns the length of the well-formed sequence starting at `index` as a positive number, or the
    /// length of the maximal invalid subpart starting there as a negative number (always at least 1).
    @inline(__always)
    static func sequenceLength(_ base: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> Int {
        let lead = base[index]
        if lead < 0x80 { return 1 }
        if lead < 0xC2 { return -1 }
        if lead < 0xE0 {
            guard index + 1 < count, base[index + 1] & 0xC0 == 0x80 else { return -1 }
            return 2
        }
        if lead < 0xF0 {
            // E0 would allow overlong forms below A0; ED would reach the surrogates D800-DFFF.
            let lowest: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
            let highest: UInt8 = lead == 0xED ? 0x9F : 0xBF
            guard index + 1 < count, base[index + 1] >= lowest, base[index + 1] <= highest else { return -1 }
            guard index + 2 < count, base[index + 2] & 0xC0 == 0x80 else { return -2 }
            return 3
        }
        if lead < 0xF5 {
            // F0 would allow overlong forms below 90; F4 would pass U+10FFFF above 8F.
            let lowest: UInt8 = lead == 0xF0 ? 0x90 : 0x80
            let highest: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
            guard index + 1 < count, base[index + 1] >= lowest, base[index + 1] <= highest else { return -1 }
            guard index + 2 < count, base[index + 2] & 0xC0 == 0x80 else { return -2 }
            guard index + 3 < count, base[index + 3] & 0xC0 == 0x80 else { return -3 }
            return 4
        }
        return -1
    }

    /// The offset of the first byte at or after `start` (a character boundary) that starts an invalid
    /// sequence, or `nil` when the rest of the buffer is well-formed UTF-8.
    static func firstInvalidOffset(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let base = buffer.baseAddress else { return nil }
        let count = buffer.count
        let raw = UnsafeRawPointer(base)
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index < count {
            // ASCII dominates real answers; test 16 bytes per step for the high bit.
            while index + 16 <= count {
                let first = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let second = raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                if (first | second) & highBits != 0 { break }
                index += 16
            }
            if index >= count { break }
            if base[index] < 0x80 {
                index += 1
                continue
            }
            let length = sequenceLength(base, index, count)
            if length < 0 { return index }
            index += length
        }
        return nil
    }

    /// True when the whole buffer is well-formed UTF-8.
    @inline(__always)
    static func isValid(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        firstInvalidOffset(buffer) == nil
    }

    /// Copies `buffer` into well-formed UTF-8, replacing each maximal invalid subpart with U+FFFD.
    /// Returns the repaired bytes and how many replacements were made.
    static func repaired(_ buffer: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], replacements: Int) {
        guard let base = buffer.baseAddress else { return ([], 0) }
        let count = buffer.count
        var output: [UInt8] = []
        output.reserveCapacity(count + count / 8 + 4)
        var replacements = 0
        var validRunStart = 0
        while let invalid = firstInvalidOffset(buffer, from: validRunStart) {
            output.append(contentsOf: UnsafeBufferPointer(start: base + validRunStart, count: invalid - validRunStart))
            output.append(contentsOf: replacementCharacterBytes)
            replacements += 1
            let subpartLength = -sequenceLength(base, invalid, count)
            validRunStart = invalid + subpartLength
        }
        output.append(contentsOf: UnsafeBufferPointer(start: base + validRunStart, count: count - validRunStart))
        return (output, replacements)
    }

    /// Appends the UTF-8 encoding of a Unicode scalar value. Callers pass only scalar values
    /// (never surrogates), so no validation happens here.
    @inline(__always)
    static func appendScalar(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(truncatingIfNeeded: scalar))
        case 0x80..<0x800:
            output.append(UInt8(truncatingIfNeeded: 0xC0 | (scalar >> 6)))
            output.append(UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(truncatingIfNeeded: 0xE0 | (scalar >> 12)))
            output.append(UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F)))
        default:
            output.append(UInt8(truncatingIfNeeded: 0xF0 | (scalar >> 18)))
            output.append(UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 12) & 0x3F)))
            output.append(UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F)))
        }
    }
}
