/// A recursive-descent JSON parser (RFC 8259) over UTF-8 bytes. Strict where the RFC is strict (no
/// comments, no trailing commas, no NaN, no unescaped control characters in strings, no leading zeros),
/// like Python's `json.loads`; a lone surrogate escape such as `\uD800` becomes U+FFFD because Swift
/// strings cannot hold one.
struct JSONParser {
    /// Nesting beyond this is refused, so hostile input cannot exhaust the stack.
    static let maximumDepth = 512

    private struct Failure: Error {
        var offset: Int
        var message: String
    }

    private let base: UnsafePointer<UInt8>
    private let count: Int
    private var index = 0
    private var depth = 0
    /// Scratch space for strings with escapes, reused between strings.
    private var scratch: [UInt8] = []

    private init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    /// Parses a whole document: one value surrounded by optional whitespace.
    static func parseDocument(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, JSONSyntaxError> {
        guard let base = buffer.baseAddress else {
            return .failure(
                JSONSyntaxError(line: 1, column: 1, message: "expected a JSON value, found the end of the input"))
        }
        var parser = JSONParser(base: base, count: buffer.count)
        do throws(Failure) {
            parser.skipWhitespace()
            let value = try parser.parseValue()
            parser.skipWhitespace()
            if parser.index < parser.count {
                throw Failure(
                    offset: parser.index,
                    message: "unexpected \(parser.describeByte(at: parser.index)) after the end of the JSON value")
            }
            return .success(value)
        } catch {
            return .failure(position(of: error, in: buffer))
        }
    }

    private static func position(of failure: Failure, in buffer: UnsafeBufferPointer<UInt8>) -> JSONSyntaxError {
        var line = 1
        var column = 1
        for index in 0..<min(failure.offset, buffer.count) {
            let byte = buffer[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return JSONSyntaxError(line: line, column: column, message: failure.message)
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < count {
            let byte = base[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            index += 1
        }
    }

    private func describeByte(at offset: Int) -> String {
        guard offset < count else { return "end of input" }
        let byte = base[offset]
        if byte >= 0x21, byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
        if byte == 0x20 { return "space" }
        if byte < 0x20 { return "control character U+\(Self.hex(UInt32(byte)))" }
        return "non-ASCII character"
    }

    /// A key as it may appear inside a one-line error message: line breaks and other control characters
    /// escaped, and long keys shortened, so the message stays one readable line on stderr.
    private static func excerpt(_ key: String) -> String {
        var result = ""
        var shown = 0
        for scalar in key.unicodeScalars {
            if shown == 40 {
                result += "…"
                break
            }
            switch scalar.value {
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0x09: result += "\\t"
            case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029: result += "\\u" + hex(scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
            shown += 1
        }
        return result
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private mutating func parseValue() throws(Failure) -> JSONValue {
        guard index < count else {
            throw Failure(offset: index, message: "expected a JSON value, found the end of the input")
        }
        switch base[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default:
            throw Failure(
                offset: index,
                message: "unexpected \(describeByte(at: index)); expected a JSON value "
                    + "(object, array, string, number, true, false or null)")
        }
    }

    private mutating func parseLiteral(_ word: StaticString, _ value: JSONValue) throws(Failure) -> JSONValue {
        let length = word.utf8CodeUnitCount
        let expected = word.utf8Start
        guard index + length <= count else {
            throw Failure(offset: index, message: "expected \(word), found an incomplete word")
        }
        for offset in 0..<length where base[index + offset] != expected[offset] {
            throw Failure(offset: index, message: "expected \(word) (or a quoted string)")
        }
        index += length
        return value
    }

    private mutating func enterContainer() throws(Failure) {
        depth += 1
        if depth > Self.maximumDepth {
            throw Failure(offset: index, message: "nested more than \(Self.maximumDepth) levels deep")
        }
    }

    private mutating func parseObject() throws(Failure) -> JSONValue {
        try enterContainer()
        index += 1
        var members: [JSONValue.Member] = []
        // Records are small objects; starting at four members skips three regrowths of the array.
        members.reserveCapacity(4)
        skipWhitespace()
        if index < count, base[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(members)
        }
        while true {
            guard index < count, base[index] == UInt8(ascii: "\"") else {
                throw Failure(
                    offset: index, message: "expected an object key in double quotes, found \(describeByte(at: index))")
            }
            let key = try parseString()
            skipWhitespace()
            guard index < count, base[index] == UInt8(ascii: ":") else {
                throw Failure(offset: index, message: "expected ':' after the object key \"\(Self.excerpt(key))\"")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONValue.Member(key: key, value: value))
            skipWhitespace()
            guard index < count else {
                throw Failure(offset: index, message: "the object is never closed; expected ',' or '}'")
            }
            if base[index] == UInt8(ascii: ",") {
                index += 1
                skipWhitespace()
                continue
            }
            if base[index] == UInt8(ascii: "}") {
                index += 1
                depth -= 1
                return .object(members)
            }
            throw Failure(
                offset: index, message: "expected ',' or '}' after an object member, found \(describeByte(at: index))")
        }
    }

    private mutating func parseArray() throws(Failure) -> JSONValue {
        try enterContainer()
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < count, base[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            elements.append(try parseValue())
            skipWhitespace()
            guard index < count else {
                throw Failure(offset: index, message: "the array is never closed; expected ',' or ']'")
            }
            if base[index] == UInt8(ascii: ",") {
                index += 1
                skipWhitespace()
                continue
            }
            if base[index] == UInt8(ascii: "]") {
                index += 1
                depth -= 1
                return .array(elements)
            }
            throw Failure(
                offset: index, message: "expected ',' or ']' after an array element, found \(describeByte(at: index))")
        }
    }

    private mutating func parseNumber() throws(Failure) -> JSONValue {
        let start = index
        if base[index] == UInt8(ascii: "-") { index += 1 }
        guard index < count, isDigit(base[index]) else {
            throw Failure(offset: index, message: "expected a digit after '-'")
        }
        if base[index] == UInt8(ascii: "0") {
            index += 1
            if index < count, isDigit(base[index]) {
                throw Failure(
                    offset: start, message: "numbers must not have leading zeros; quote it if it is an identifier")
            }
        } else {
            while index < count, isDigit(base[index]) { index += 1 }
        }
        if index < count, base[index] == UInt8(ascii: ".") {
            index += 1
            guard index < count, isDigit(base[index]) else {
                throw Failure(offset: index, message: "expected a digit after the decimal point")
            }
            while index < count, isDigit(base[index]) { index += 1 }
        }
        if index < count, base[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < count, base[index] == UInt8(ascii: "+") || base[index] == UInt8(ascii: "-") { index += 1 }
            guard index < count, isDigit(base[index]) else {
                throw Failure(offset: index, message: "expected a digit in the exponent")
            }
            while index < count, isDigit(base[index]) { index += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: index - start), as: UTF8.self)
        // The grammar was checked above, so Double always parses it (out-of-range values become ±infinity).
        return .number(text: text, value: Double(text) ?? .nan)
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    private mutating func parseString() throws(Failure) -> String {
        let opening = index
        index += 1
        let start = index
        // Fast path: no escapes, the string is a slice of the input.
        index = ByteScanner.firstJSONStringSpecial(in: base, from: index, to: count)
        if index < count, base[index] == UInt8(ascii: "\"") {
            let text = String(decoding: UnsafeBufferPointer(start: base + start, count: index - start), as: UTF8.self)
            index += 1
            return text
        }
        scratch.removeAll(keepingCapacity: true)
        var runStart = start
        while index < count {
            let byte = base[index]
            if byte == UInt8(ascii: "\"") {
                scratch.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart))
                index += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte < 0x20 {
                throw Failure(
                    offset: index,
                    message:
                        "control character U+\(Self.hex(UInt32(byte))) inside a string must be escaped (e.g. \\n, \\t)")
            }
            scratch.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart))
            try parseEscape()
            runStart = index
            index = ByteScanner.firstJSONStringSpecial(in: base, from: index, to: count)
        }
        throw Failure(offset: opening, message: "this string is never closed; expected a closing '\"'")
    }

    private mutating func parseEscape() throws(Failure) {
        let escapeStart = index
        index += 1
        guard index < count else {
            throw Failure(offset: escapeStart, message: "incomplete escape at the end of the input")
        }
        let letter = base[index]
        index += 1
        switch letter {
        case UInt8(ascii: "\""): scratch.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): scratch.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): scratch.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try parseHexQuad(escapeStart: escapeStart)
            if unit >= 0xD800, unit <= 0xDBFF, index + 1 < count, base[index] == UInt8(ascii: "\\"),
                base[index + 1] == UInt8(ascii: "u")
            {
                let savedIndex = index
                index += 2
                let low = try parseHexQuad(escapeStart: savedIndex)
                if low >= 0xDC00, low <= 0xDFFF {
                    let scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    UTF8Validation.appendScalar(scalar, to: &scratch)
                    return
                }
                index = savedIndex
            }
            if unit >= 0xD800, unit <= 0xDFFF {
                scratch.append(contentsOf: UTF8Validation.replacementCharacterBytes)
            } else {
                UTF8Validation.appendScalar(UInt32(unit), to: &scratch)
            }
        default:
            throw Failure(
                offset: escapeStart,
                message: "invalid escape; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX")
        }
    }

    private mutating func parseHexQuad(escapeStart: Int) throws(Failure) -> UInt16 {
        guard index + 4 <= count else {
            throw Failure(offset: escapeStart, message: "expected four hex digits after \\u")
        }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = base[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Failure(offset: escapeStart, message: "expected four hex digits after \\u")
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }
}
