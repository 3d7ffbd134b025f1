/// Appends JSON to a byte buffer: escaped strings, deterministic numbers, no intermediate objects.
///
/// Numbers are rounded to three decimals and printed in their shortest form (`0.35`, `1`, `-2.5`), so the same
/// report always gives the same bytes on every platform.
///
/// The bytes go into storage of its own: a report is about a thousand small appends (keys, quotes, escaped runs), and
/// `Array.append(contentsOf:)` spent more on its uniqueness and capacity checks than on the copying. Callers take the
/// finished bytes once (``append(to:)``, ``string``).
struct JSONOutput: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// The bytes written so far, as text.
    var string: String {
        String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }

    /// Appends the bytes written so far to `bytes`.
    func append(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
    }

    /// The last byte written, if any.
    var lastByte: UInt8? {
        count > 0 ? base[count - 1] : nil
    }

    mutating func removeLastByte() {
        if count > 0 { count -= 1 }
    }

    private mutating func reserve(_ additional: Int) {
        guard count + additional > capacity else { return }
        var newCapacity = capacity * 2
        while newCapacity < count + additional { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    mutating func byte(_ value: UInt8) {
        if count == capacity { reserve(1) }
        base[count] = value
        count += 1
    }

    @inline(__always)
    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let sourceBase = source.baseAddress else { return }
        if count + source.count > capacity { reserve(source.count) }
        // Most appends are a few bytes (a key, a quote, a comma): a loop beats a call to memcpy for those.
        if source.count <= 16 {
            for offset in 0..<source.count { base[count + offset] = sourceBase[offset] }
        } else {
            (base + count).update(from: sourceBase, count: source.count)
        }
        count += source.count
    }

    @inline(__always)
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    mutating func string(_ value: String) {
        byte(UInt8(ascii: "\""))
        withUTF8Bytes(of: value) { utf8 in
            // Runs of bytes that need no escaping are copied at once; most strings are one run.
            var runStart = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                guard Self.needsCare[Int(byte)] else {
                    index += 1
                    continue
                }
                if byte == 0xE2 && !(index + 2 < utf8.count && utf8[index + 1] == 0x80
                    && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)) {
                    index += 1
                    continue
                }
                append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                switch byte {
                case UInt8(ascii: "\""): raw("\\\"")
                case UInt8(ascii: "\\"): raw("\\\\")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                case 0xE2:
                    // U+2028 and U+2029 are valid JSON but end lines in JavaScript: escape them for consumers that eval.
                    raw(utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    index += 2
                default:
                    raw("\\u00")
                    self.byte(Self.hexDigits[Int(byte >> 4)])
                    self.byte(Self.hexDigits[Int(byte & 0x0F)])
                }
                index += 1
                runStart = index
            }
            append(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        byte(UInt8(ascii: "\""))
    }

    /// Per byte value, whether a string byte needs a look: control characters, the quote, the backslash, DEL, and the
    /// lead byte of U+2028 / U+2029. One table load per byte instead of five comparisons.
    private static let needsCare: [Bool] = (0...255).map { byte in
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xE2
    }

    mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { raw("null") }
    }

    mutating func integer(_ value: Int) {
        if value < 0 {
            byte(UInt8(ascii: "-"))
            integer(value == Int.min ? Int.max : -value)
            return
        }
        if value < 10 {
            byte(UInt8(ascii: "0") + UInt8(value))
            return
        }
        var digitCount = 0
        var remaining = value
        while remaining > 0 {
            digitCount += 1
            remaining /= 10
        }
        if count + digitCount > capacity { reserve(digitCount) }
        remaining = value
        var position = count + digitCount
        while remaining > 0 {
            position -= 1
            base[position] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
        }
        count += digitCount
    }

    mutating func number(_ value: Double) {
        guard value.isFinite else {
            raw("null")
            return
        }
        let thousandths = (value * 1000).rounded()
        // Whole numbers and most weights print without going through String(Double).
        if abs(thousandths) < 1e15, thousandths.truncatingRemainder(dividingBy: 1000) == 0 {
            integer(Int(thousandths / 1000))
            return
        }
        withUTF8Bytes(of: Self.format(value)) { append($0) }
    }

    mutating func bool(_ value: Bool) {
        if value { raw("true") } else { raw("false") }
    }

    /// `"key":` — keys are written by the writers, never taken from input, so they need no escaping.
    @inline(__always)
    mutating func key(_ name: StaticString) {
        byte(UInt8(ascii: "\""))
        raw(name)
        raw("\":")
    }

    @inline(__always)
    mutating func comma() {
        byte(UInt8(ascii: ","))
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            return String(Int(rounded))
        }
        return String(rounded)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
