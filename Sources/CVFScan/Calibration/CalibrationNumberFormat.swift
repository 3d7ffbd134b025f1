/// Deterministic number formatting for calibration reports, independent of locale and Foundation.
enum CalibrationNumberFormat {
    /// `value` rounded half away from zero to `decimals` places, trailing zeros dropped: 0.70004 -> "0.7",
    /// 2 -> "2", -0.00001 -> "0" (never "-0"). Non-finite values, which the layer never produces, print "null".
    static func rounded(_ value: Double, decimals: Int = 4) -> String {
        guard value.isFinite else { return "null" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
        // Values reaching here are statistics or 0-100 thresholds; anything beyond 2^53 keeps its own digits.
        guard abs(scaled) < 9.0e15 else { return "\(value)" }
        let integer = Int64(scaled)
        if integer == 0 { return "0" }
        let magnitude = integer.magnitude
        let divisor = UInt64(scale)
        let whole = magnitude / divisor
        var fraction = magnitude % divisor
        var text = (integer < 0 ? "-" : "") + String(whole)
        if fraction != 0 {
            var digits = decimals
            while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return text
    }

    /// `value` rounded to a fixed number of decimals with trailing zeros kept, for aligned table columns.
    static func fixed(_ value: Double, decimals: Int) -> String {
        let text = rounded(value, decimals: decimals)
        guard decimals > 0, text != "null" else { return text }
        guard let dot = text.firstIndex(of: ".") else { return text + "." + String(repeating: "0", count: decimals) }
        let present = text.distance(from: text.index(after: dot), to: text.endIndex)
        return text + String(repeating: "0", count: decimals - present)
    }

    /// Shortest exact form for messages: integral values without ".0", others as Swift prints them.
    static func plain(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
