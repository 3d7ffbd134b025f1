import Foundation

/// Writes answers as JSON Lines (`{"id": "bench-000001", "text": "..."}`), the form `cvfscan --format jsonl` and the
/// comparison script read, so every tool measures the very same text.
enum CorpusFile {
    static func write(_ answers: [String], to path: String) throws {
        try Data(bytes(of: answers)).write(to: URL(fileURLWithPath: path))
    }

    /// The JSON Lines text of the answers, ids `bench-000001` onwards.
    static func bytes(of answers: [String]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(answers.reduce(0) { $0 + $1.utf8.count } + answers.count * 32)
        for (index, answer) in answers.enumerated() {
            bytes += Array("{\"id\": \"\(identifier(index))\", \"text\": \"".utf8)
            appendEscaped(answer, to: &bytes)
            bytes += Array("\"}\n".utf8)
        }
        return bytes
    }

    static func identifier(_ index: Int) -> String {
        let digits = String(index + 1)
        return "bench-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    private static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [0x5C, byte]
            case UInt8(ascii: "\\"): bytes += [0x5C, byte]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20: bytes += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: bytes.append(byte)
            }
        }
    }
}
