/// A minimal JSON tree with ordered object keys and a deterministic pretty printer: numbers rounded to four
/// decimals, nil as null, two-space indentation, arrays of scalars kept on one line.
indirect enum CalibrationJSON: Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case unsigned(UInt64)
    case number(Double)
    case string(String)
    case array([CalibrationJSON])
    case object([(key: String, value: CalibrationJSON)])

    /// `value` as a rounded number, or null.
    static func optional(_ value: Double?) -> CalibrationJSON {
        value.map(CalibrationJSON.number) ?? .null
    }

    /// `value` as a string, or null.
    static func optional(_ value: String?) -> CalibrationJSON {
        value.map(CalibrationJSON.string) ?? .null
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    /// The pretty-printed text, ending without a newline.
    func rendered() -> String {
        var output = ""
        write(into: &output, indent: 0)
        return output
    }

    private func write(into output: inout String, indent: Int) {
        switch self {
        case .null: output += "null"
        case let .bool(value): output += value ? "true" : "false"
        case let .integer(value): output += String(value)
        case let .unsigned(value): output += String(value)
        case let .number(value): output += CalibrationNumberFormat.rounded(value, decimals: 4)
        case let .string(value): CalibrationJSON.writeString(value, into: &output)
        case let .array(elements):
            if elements.isEmpty {
                output += "[]"
            } else if elements.allSatisfy(\.isScalar) {
                output += "["
                for (position, element) in elements.enumerated() {
                    if position > 0 { output += ", " }
                    element.write(into: &output, indent: indent)
                }
                output += "]"
            } else {
                output += "[\n"
                for (position, element) in elements.enumerated() {
                    output += String(repeating: " ", count: indent + 2)
                    element.write(into: &output, indent: indent + 2)
                    output += position < elements.count - 1 ? ",\n" : "\n"
                }
                output += String(repeating: " ", count: indent) + "]"
            }
        case let .object(members):
            if members.isEmpty {
                output += "{}"
                return
            }
            output += "{\n"
            for (position, member) in members.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                CalibrationJSON.writeString(member.key, into: &output)
                output += ": "
                member.value.write(into: &output, indent: indent + 2)
                output += position < members.count - 1 ? ",\n" : "\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        }
    }

    private static func writeString(_ value: String, into output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
