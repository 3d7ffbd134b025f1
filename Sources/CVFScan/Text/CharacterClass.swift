/// How the tokeniser treats a character. ASCII bytes are classified by table; other scalars by their Unicode
/// properties, which is slower but only needed for the rare non-ASCII character.
enum CharacterClass: UInt8 {
    case symbol
    case upperLetter
    case lowerLetter
    case digit
    case space
    case lineFeed
    case carriageReturn
    case apostrophe
    case hyphen
    case fullStop
    case sentencePunctuation
    case clausePunctuation
    case colon
    case quotation
    case bracket
    case ignorable
    case asterisk
    case nonASCII
    // Classes only non-ASCII scalars produce.
    case letterContinuation
    case dash
    case ellipsis
    case bullet
    case otherPunctuation

    static let asciiTable: [CharacterClass] = {
        var table = [CharacterClass](repeating: .symbol, count: 256)
        for byte in 0..<32 { table[byte] = .ignorable }
        table[0x7F] = .ignorable
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = .upperLetter }
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = .lowerLetter }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = .digit }
        table[Int(UInt8(ascii: " "))] = .space
        table[0x09] = .space
        table[0x0B] = .lineFeed
        table[0x0C] = .lineFeed
        table[0x0A] = .lineFeed
        table[0x0D] = .carriageReturn
        table[Int(UInt8(ascii: "'"))] = .apostrophe
        table[Int(UInt8(ascii: "`"))] = .apostrophe
        table[Int(UInt8(ascii: "-"))] = .hyphen
        table[Int(UInt8(ascii: "."))] = .fullStop
        table[Int(UInt8(ascii: "!"))] = .sentencePunctuation
        table[Int(UInt8(ascii: "?"))] = .sentencePunctuation
        table[Int(UInt8(ascii: ","))] = .clausePunctuation
        table[Int(UInt8(ascii: ";"))] = .clausePunctuation
        table[Int(UInt8(ascii: ":"))] = .colon
        table[Int(UInt8(ascii: "\""))] = .quotation
        for bracket in ["(", ")", "[", "]", "{", "}"] {
            table[Int(bracket.utf8.first ?? 0)] = .bracket
        }
        table[Int(UInt8(ascii: "*"))] = .asterisk
        for byte in 0x80..<0x100 { table[byte] = .nonASCII }
        return table
    }()

    /// Classifies a non-ASCII scalar.
    static func classify(scalarValue: UInt32) -> CharacterClass {
        switch scalarValue {
        case 0x2019, 0x2018, 0x02BC, 0x2032: return .apostrophe
        case 0x2010, 0x2011: return .hyphen
        case 0x2012...0x2015, 0x2E3A, 0x2E3B: return .dash
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2039, 0x203A: return .quotation
        case 0x2026: return .ellipsis
        case 0x2022, 0x25E6, 0x2023, 0x25AA, 0x25CF, 0x2043, 0x25A0, 0x25A1, 0x25CB, 0x00B7, 0x2219, 0x27A2, 0x2794, 0x25BA:
            return .bullet
        case 0x2028, 0x2029, 0x0085: return .lineFeed
        case 0x200B, 0x2060, 0xFEFF, 0x180E: return .space
        case 0x00AD, 0x200C, 0x200D, 0xFE00...0xFE0F: return .letterContinuation
        case 0xFF01, 0xFF1F, 0x3002, 0xFF0E: return .sentencePunctuation
        case 0xFF0C, 0xFF1B, 0x3001: return .clausePunctuation
        case 0xFF1A: return .colon
        case 0x0080...0x009F: return .ignorable
        default: break
        }
        guard let scalar = Unicode.Scalar(scalarValue) else { return .symbol }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        switch properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: return .upperLetter
        case .lowercaseLetter, .modifierLetter, .otherLetter: return .lowerLetter
        case .decimalNumber: return .digit
        case .letterNumber, .otherNumber: return .lowerLetter
        case .nonspacingMark, .spacingMark, .enclosingMark: return .letterContinuation
        case .openPunctuation, .closePunctuation: return .bracket
        case .initialPunctuation, .finalPunctuation: return .quotation
        case .dashPunctuation: return .dash
        case .connectorPunctuation, .otherPunctuation: return .otherPunctuation
        case .control, .format, .surrogate, .privateUse, .unassigned: return .ignorable
        default: return .symbol
        }
    }
}

/// Decodes the scalar starting at `index`. Invalid or truncated sequences decode as one U+FFFD per byte, so the
/// tokeniser never stalls or crashes on bytes that did not come from a `String`.
@inline(__always)
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    let count = bytes.count
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    @inline(__always) func continuation(_ offset: Int) -> UInt32? {
        let position = index + offset
        guard position < count else { return nil }
        let byte = bytes[position]
        return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
    }
    if lead >= 0xC2 && lead <= 0xDF, let second = continuation(1) {
        return ((UInt32(lead & 0x1F) << 6) | second, 2)
    }
    if lead >= 0xE0 && lead <= 0xEF, let second = continuation(1), let third = continuation(2) {
        let value = (UInt32(lead & 0x0F) << 12) | (second << 6) | third
        if value >= 0x800 && !(0xD800...0xDFFF).contains(value) { return (value, 3) }
    }
    if lead >= 0xF0 && lead <= 0xF4, let second = continuation(1), let third = continuation(2),
       let fourth = continuation(3) {
        let value = (UInt32(lead & 0x07) << 18) | (second << 12) | (third << 6) | fourth
        if value >= 0x10000 && value <= 0x10FFFF { return (value, 4) }
    }
    return (0xFFFD, 1)
}
