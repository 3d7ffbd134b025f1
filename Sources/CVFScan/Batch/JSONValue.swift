/// A parsed JSON value. Objects keep their members in file order (duplicates included), and numbers
/// keep their original text so identifiers such as `00123`-like strings or long integers survive
/// round trips that a `Double` would round.
public enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number: its text exactly as written, and its value as the nearest `Double`.
    case number(text: String, value: Double)
    /// A string, with escapes resolved.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object's members in the order they were written.
    case object([Member])

    /// One `"key": value` member of a JSON object.
    public struct Member: Sendable, Equatable {
        /// The member's key.
        public var key: String
        /// The member's value.
        public var value: JSONValue

        /// Creates a member.
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// Parses one JSON text (RFC 8259) from UTF-8 bytes. Invalid UTF-8 inside strings becomes U+FFFD.
    /// - Throws: `JSONSyntaxError` with the 1-based line and column (in characters) of the problem.
    public static func parse(_ bytes: some Collection<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        let result: Result<JSONValue, JSONSyntaxError>
        if let contiguous = bytes.withContiguousStorageIfAvailable({ JSONParser.parseDocument($0) }) {
            result = contiguous
        } else {
            result = Array(bytes).withUnsafeBufferPointer { JSONParser.parseDocument($0) }
        }
        return try result.get()
    }

    /// Parses one JSON text from a string.
    /// - Throws: `JSONSyntaxError`.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(text.utf8)
    }

    /// The value of the last member named `key` when this is an object (the last one wins, as in
    /// JavaScript and Python); `nil` otherwise.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last(where: { $0.key == key })?.value
    }

    /// Looks up a field by a top-level key or by a dotted path such as `answers.q1` (a numeric segment
    /// indexes an array: `answers.0.text`). A top-level key that itself contains dots wins over the
    /// dotted interpretation. Returns `nil` when nothing is there.
    public func value(atPath path: String) -> JSONValue? {
        value(at: JSONFieldPath(path))
    }

    /// Looks up a field by a prepared path; see `value(atPath:)`.
    public func value(at path: JSONFieldPath) -> JSONValue? {
        if let direct = self[path.description] { return direct }
        guard path.segments.count > 1 else { return nil }
        var current = self
        for segment in path.segments {
            switch current {
            case .object:
                guard let next = current[segment] else { return nil }
                current = next
            case .array(let elements):
                guard let position = Int(segment), elements.indices.contains(position) else { return nil }
                current = elements[position]
            default:
                return nil
            }
        }
        return current
    }

    /// The keys of an object in order (empty for other values), for "keys found" error messages.
    public var keys: [String] {
        guard case .object(let members) = self else { return [] }
        return members.map(\.key)
    }

    /// What kind of value this is, with an article, for messages: "an object", "a number"...
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
