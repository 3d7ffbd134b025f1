/// Finds the next "interesting" byte (a delimiter, quote or line break) eight bytes at a time, because
/// answers are long runs of ordinary text and a byte-by-byte loop would dominate parse time.
///
/// Uses the classic SWAR zero-byte test: for a word `x`, `(x - 0x01…01) & ~x & 0x80…80` is non-zero
/// exactly when some byte of `x` is zero. XOR with a repeated byte turns "equals that byte" into
/// "is zero". Only whole words without any match are skipped; the match itself is located byte by byte.
enum ByteScanner {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    @inline(__always)
    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & highBits != 0
    }

    @inline(__always)
    private static func hasByteBelow(_ word: UInt64, _ limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// The index of the first byte in `start..<end` equal to `first`, `second` or `third`, or `end`.
    @inline(__always)
    static func firstIndex(
        of first: UInt8, _ second: UInt8, _ third: UInt8, in base: UnsafePointer<UInt8>, from start: Int, to end: Int
    ) -> Int {
        var index = start
        let raw = UnsafeRawPointer(base)
        while index + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if hasByte(word, first) || hasByte(word, second) || hasByte(word, third) { break }
            index += 8
        }
        while index < end {
            let byte = base[index]
            if byte == first || byte == second || byte == third { return index }
            index += 1
        }
        return end
    }

    /// The index of the first byte in `start..<end` that ends a plain JSON string run: a double quote, a
    /// backslash or a control character below 0x20; or `end`.
    @inline(__always)
    static func firstJSONStringSpecial(in base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        let raw = UnsafeRawPointer(base)
        while index + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if hasByte(word, UInt8(ascii: "\"")) || hasByte(word, UInt8(ascii: "\\")) || hasByteBelow(word, 0x20) {
                break
            }
            index += 8
        }
        while index < end {
            let byte = base[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return index }
            index += 1
        }
        return end
    }
}
