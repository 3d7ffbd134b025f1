/// A horizontal bar chart of a report's dimension scores as inline SVG: one bar per dimension in its palette
/// colour on a 0–100 scale with grid lines every 25, the score and band at the end of each bar.
///
/// Text is laid out with fixed metrics (the SVG scales as a whole), so names longer than the label column are
/// shortened with an ellipsis and given in full in the bar's `<title>`.
enum DimensionBarChart {
    static let width = 760
    static let labelWidth = 270
    static let barWidth = 360
    static let rowHeight = 28
    static let axisHeight = 22
    /// Characters of a name that fit the label column at 13px.
    static let labelCharacters = 38

    static func svg(for report: Report, id: String) -> String {
        let height = axisHeight + rowHeight * max(report.dimensions.count, 1) + 6
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-labelledby=\"\(id)-title\">"
        svg += "<title id=\"\(id)-title\">Score of each dimension, 0 to 100</title>"
        for tick in stride(from: 0, through: 100, by: 25) {
            let x = labelWidth + barWidth * tick / 100
            svg += "<line x1=\"\(x)\" y1=\"\(axisHeight - 4)\" x2=\"\(x)\" y2=\"\(height - 4)\" stroke=\"#d0d7de\" stroke-width=\"1\"/>"
            svg += "<text x=\"\(x)\" y=\"13\" font-size=\"11\" fill=\"#57606a\" text-anchor=\"middle\">\(tick)</text>"
        }
        let slots = ReportPalette.slots(for: report)
        for (index, dimension) in report.dimensions.enumerated() {
            let top = axisHeight + index * rowHeight
            let colour = ReportPalette.colours[slots[dimension.id] ?? ReportPalette.neutral].strong
            let filled = barWidth * min(max(dimension.score, 0), 100) / 100
            let name = HTMLEscaper.text(dimension.name)
            svg += "<g><title>\(name): \(dimension.score), \(dimension.band.rawValue)</title>"
            svg += "<text x=\"\(labelWidth - 10)\" y=\"\(top + 18)\" font-size=\"13\" fill=\"#1f2328\" text-anchor=\"end\">\(HTMLEscaper.text(shortened(dimension.name)))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(top + 5)\" width=\"\(barWidth)\" height=\"18\" rx=\"3\" fill=\"#f3f4f6\"/>"
            if filled > 0 {
                svg += "<rect x=\"\(labelWidth)\" y=\"\(top + 5)\" width=\"\(filled)\" height=\"18\" rx=\"3\" fill=\"\(colour)\"/>"
            }
            svg += "<text x=\"\(labelWidth + filled + 8)\" y=\"\(top + 18)\" font-size=\"12\" fill=\"#1f2328\"><tspan font-weight=\"700\">\(dimension.score)</tspan> \(dimension.band.rawValue)</text>"
            svg += "</g>"
        }
        svg += "</svg>"
        return svg
    }

    private static func shortened(_ name: String) -> String {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count > labelCharacters else { return name }
        return String(String.UnicodeScalarView(scalars.prefix(labelCharacters - 1))) + "…"
    }
}
