/// Encodes rows as RFC 4180 CSV: fields containing a comma, a double quote, CR or LF are quoted and
/// their double quotes doubled; records end with LF (default) or CRLF.
///
/// Formula-injection protection (OWASP "CSV Injection"): a `.text` cell starting with `=`, `+`, `-`, `@`,
/// tab (0x09) or carriage return (0x0D) gets a single quote `'` prepended, so Excel, LibreOffice and
/// Google Sheets display it as text instead of evaluating it (`=HYPERLINK(...)`, `@SUM(...)`, DDE
/// payloads). The quote is visible in the cell and is part of the data read back. Cells marked
/// `.numeric` skip the protection only when they are plain numbers, so a score of `-3` stays a number.
///
/// Encoding works on UTF-8 bytes and appends to a caller-owned buffer, so a large report costs no
/// per-row allocation; write the buffer out with `AtomicFileWriter` or `FileDescriptorWriter`.
public struct CSVWriter: Sendable {
    /// How records end.
    public enum LineEnding: Sendable {
        /// `\n`, the Unix convention; Excel reads it fine.
        case lineFeed
        /// `\r\n`, as RFC 4180 specifies.
        case carriageReturnLineFeed
    }

    /// How records end.
    public var lineEnding: LineEnding

    /// Creates a writer; records end with LF unless told otherwise.
    public init(lineEnding: LineEnding = .lineFeed) {
        self.lineEnding = lineEnding
    }

    /// Appends one encoded record, including its line ending, to `output`.
    public func appendRow(_ cells: [CSVCell], to output: inout [UInt8]) {
        for (position, cell) in cells.enumerated() {
            if position > 0 { output.append(UInt8(ascii: ",")) }
            switch cell {
            case .text(let text):
                Self.appendField(text, treatAsNumber: false, to: &output)
            case .numeric(let text):
                Self.appendField(text, treatAsNumber: true, to: &output)
            }
        }
        appendLineEnding(to: &output)
    }

    /// Appends one record of text cells (all protected against formula injection) to `output`.
    public func appendRow(_ texts: [String], to output: inout [UInt8]) {
        for (position, text) in texts.enumerated() {
            if position > 0 { output.append(UInt8(ascii: ",")) }
            Self.appendField(text, treatAsNumber: false, to: &output)
        }
        appendLineEnding(to: &output)
    }

    /// One encoded record, including its line ending.
    public func encodeRow(_ cells: [CSVCell]) -> [UInt8] {
        var output: [UInt8] = []
        appendRow(cells, to: &output)
        return output
    }

    private func appendLineEnding(to output: inout [UInt8]) {
        if lineEnding == .carriageReturnLineFeed { output.append(UInt8(ascii: "\r")) }
        output.append(UInt8(ascii: "\n"))
    }

    private static func appendField(_ text: String, treatAsNumber: Bool, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            let protects = needsFormulaProtection(bytes) && !(treatAsNumber && isPlainNumber(bytes))
            let quotes = needsQuoting(bytes)
            if quotes { output.append(UInt8(ascii: "\"")) }
            if protects { output.append(UInt8(ascii: "'")) }
            if quotes {
                var runStart = 0
                for index in 0..<bytes.count where bytes[index] == UInt8(ascii: "\"") {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...index]))
                    output.append(UInt8(ascii: "\""))
                    runStart = index + 1
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
                output.append(UInt8(ascii: "\""))
            } else {
                output.append(contentsOf: bytes)
            }
        }
    }

    /// True when a spreadsheet would treat the cell as a formula (OWASP's list of trigger characters).
    static func needsFormulaProtection(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return true
        default: return false
        }
    }

    static func needsQuoting(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "\""), 0x0A, 0x0D: return true
            default: continue
            }
        }
        return false
    }

    /// `[+-]?digits[.digits][(e|E)[+-]?digits]`: nothing a spreadsheet could evaluate as a formula.
    static func isPlainNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        func digits() -> Bool {
            let start = index
            while index < count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
            return index > start
        }
        if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        guard digits() else { return false }
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() else { return false }
        }
        if index < count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            guard digits() else { return false }
        }
        return index == count
    }
}
