#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Shared by every harness (run.sh compiles it next to each one, with HTMLStructure from the tests'
// OutputSafetyTestSupport.swift for the HTML check). A broken invariant prints what broke and aborts, so libFuzzer
// keeps the input as a crash file exactly as it does for a trap or an AddressSanitizer report.

/// Stops the run on a broken invariant; `message` is printed before libFuzzer's own crash report.
func fuzzCheck(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if condition() { return }
    let line = "FUZZ INVARIANT BROKEN: " + message() + "\n"
    _ = line.utf8CString.withUnsafeBufferPointer { buffer in
        write(2, buffer.baseAddress, buffer.count - 1)
    }
    abort()
}

/// The input as a Swift array, so harnesses can slice it without pointer arithmetic.
func fuzzBytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: size))
}

/// The scalars of `text`, with the writer's own SGR styles (`ESC [ digits ; m`) removed.
func withoutWriterStyles(_ text: String) -> [Unicode.Scalar] {
    var kept: [Unicode.Scalar] = []
    var scalars = text.unicodeScalars.makeIterator()
    var pending: [Unicode.Scalar] = []
    while let scalar = pending.isEmpty ? scalars.next() : pending.removeFirst() {
        guard scalar == "\u{1B}" else { kept.append(scalar); continue }
        // Look ahead for `[ digits ; m`; anything else is kept, ESC included, for the caller to reject.
        var sequence: [Unicode.Scalar] = [scalar]
        var isStyle = false
        if let open = scalars.next() {
            sequence.append(open)
            if open == "[" {
                while let next = scalars.next() {
                    sequence.append(next)
                    if ("0"..."9").contains(next) || next == ";" { continue }
                    isStyle = next == "m"
                    break
                }
            }
        }
        if !isStyle {
            kept.append(sequence[0])
            pending.append(contentsOf: sequence.dropFirst())
        }
    }
    return kept
}

/// True for anything a terminal interprets or that reorders displayed text: C0 controls but line feed, DEL, C1
/// controls, bidirectional overrides and isolates.
func isTerminalHazard(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 { return value != 0x0A }
    if (0x7F...0x9F).contains(value) { return true }
    return (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F
        || value == 0x061C
}
