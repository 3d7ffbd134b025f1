/// Turns raw input bytes (a file, standard input, a cell) into text. Never fails: every byte sequence
/// decodes to some text, and what had to be repaired is reported in the result.
///
/// Decision order:
/// 1. A byte order mark wins: `EF BB BF` is skipped and the rest is UTF-8 (invalid sequences are then
///    always replaced, because the mark declares UTF-8); `FF FE` / `FE FF` select UTF-16 LE / BE.
/// 2. Without a mark, UTF-16 is recognised when its NUL pattern is unmistakable (see `EncodingSniffer`).
/// 3. Otherwise the bytes are UTF-8. Invalid sequences follow `InvalidUTF8Policy`.
///
/// Valid UTF-8 is validated and copied in one pass by the standard library (never Foundation); invalid
/// input is repaired by a byte-level loop that follows Unicode's maximal-subpart rule.
public struct InputDecoder: Sendable {
    /// What to do when input without a byte order mark is not valid UTF-8.
    public enum InvalidUTF8Policy: Sendable {
        /// Replace each maximal invalid subsequence with one U+FFFD, exactly like Python's
        /// `bytes.decode("utf-8", "replace")`, so code-point offsets agree with Python tooling.
        case replaceWithReplacementCharacter
        /// Decode the whole input as Windows-1252 instead, the usual encoding of "ANSI" exports from
        /// Excel and Word, so smart quotes and dashes survive instead of turning into U+FFFD.
        case fallBackToWindows1252
    }

    /// The policy applied to invalid UTF-8.
    public var invalidUTF8: InvalidUTF8Policy

    /// Creates a decoder; by default invalid UTF-8 is replaced with U+FFFD.
    public init(invalidUTF8: InvalidUTF8Policy = .replaceWithReplacementCharacter) {
        self.invalidUTF8 = invalidUTF8
    }

    /// Decodes `bytes` into text, detecting the encoding as described on the type.
    public func decode(_ bytes: some Collection<UInt8>) -> DecodedText {
        if let decoded = bytes.withContiguousStorageIfAvailable({ decode(buffer: $0) }) {
            return decoded
        }
        return Array(bytes).withUnsafeBufferPointer { decode(buffer: $0) }
    }

    func decode(buffer: UnsafeBufferPointer<UInt8>) -> DecodedText {
        if let (encoding, markLength) = EncodingSniffer.byteOrderMark(buffer) {
            let body = UnsafeBufferPointer(rebasing: buffer[markLength...])
            switch encoding {
            case .utf16LittleEndian, .utf16BigEndian:
                return decodeUTF16(body, encoding: encoding)
            default:
                return decodeUTF8(body, encoding: encoding, policy: .replaceWithReplacementCharacter)
            }
        }
        if let encoding = EncodingSniffer.unmarkedUTF16(buffer) {
            return decodeUTF16(buffer, encoding: encoding)
        }
        return decodeUTF8(buffer, encoding: .utf8, policy: invalidUTF8)
    }

    private func decodeUTF8(
        _ buffer: UnsafeBufferPointer<UInt8>, encoding: TextEncoding, policy: InvalidUTF8Policy
    ) -> DecodedText {
        let looksBinary = EncodingSniffer.looksBinary(buffer)
        // The standard library validates while it copies (one pass, vectorised for ASCII runs); only
        // invalid input takes the slower repairing paths below.
        if let text = String(validating: buffer, as: UTF8.self) {
            return DecodedText(text: text, encoding: encoding, replacedInvalidSequences: 0, looksBinary: looksBinary)
        }
        switch policy {
        case .replaceWithReplacementCharacter:
            let (bytes, replacements) = UTF8Validation.repaired(buffer)
            return DecodedText(
                text: String(decoding: bytes, as: UTF8.self), encoding: encoding,
                replacedInvalidSequences: replacements, looksBinary: looksBinary)
        case .fallBackToWindows1252:
            return DecodedText(
                text: Windows1252.decode(buffer), encoding: .windows1252,
                replacedInvalidSequences: 0, looksBinary: looksBinary)
        }
    }

    private func decodeUTF16(_ buffer: UnsafeBufferPointer<UInt8>, encoding: TextEncoding) -> DecodedText {
        var transcoder = UTF16Transcoder(isBigEndian: encoding == .utf16BigEndian)
        var utf8: [UInt8] = []
        transcoder.transcode(buffer, into: &utf8)
        transcoder.finish(into: &utf8)
        let looksBinary = utf8.withUnsafeBufferPointer { EncodingSniffer.looksBinary($0) }
        return DecodedText(
            text: String(decoding: utf8, as: UTF8.self), encoding: encoding,
            replacedInvalidSequences: transcoder.replacements, looksBinary: looksBinary)
    }
}
