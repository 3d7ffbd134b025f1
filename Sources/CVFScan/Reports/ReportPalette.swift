/// The colours that tie a highlight to its dimension, the same in the terminal and in HTML. Red is kept for
/// counter-evidence, so no dimension is red. Only dimensions with evidence take a colour, in report order,
/// cycling after nine, so the colours in one answer rarely repeat even when many frameworks are scored;
/// dimensions without evidence, and the key's samples, are grey (the last slot, ``neutral``).
enum ReportPalette {
    struct Colour {
        /// Light background for a highlight (HTML).
        var light: String
        /// Strong colour for chart bars, swatches and underlines (HTML).
        var strong: String
        /// xterm 256-colour background for a highlight.
        var terminalBackground: Int
        /// xterm 256-colour foreground for swatches.
        var terminalForeground: Int
    }

    static let colours: [Colour] = [
        Colour(light: "#bfdbfe", strong: "#2563eb", terminalBackground: 153, terminalForeground: 33),
        Colour(light: "#bbf7d0", strong: "#15803d", terminalBackground: 157, terminalForeground: 34),
        Colour(light: "#fde68a", strong: "#b45309", terminalBackground: 222, terminalForeground: 178),
        Colour(light: "#ddd6fe", strong: "#7c3aed", terminalBackground: 183, terminalForeground: 99),
        Colour(light: "#a5f3fc", strong: "#0e7490", terminalBackground: 159, terminalForeground: 37),
        Colour(light: "#fbcfe8", strong: "#be185d", terminalBackground: 218, terminalForeground: 162),
        Colour(light: "#d9f99d", strong: "#4d7c0f", terminalBackground: 193, terminalForeground: 106),
        Colour(light: "#fed7aa", strong: "#c2410c", terminalBackground: 216, terminalForeground: 208),
        Colour(light: "#99f6e4", strong: "#0f766e", terminalBackground: 122, terminalForeground: 36),
        Colour(light: "#e7e5e4", strong: "#57534e", terminalBackground: 252, terminalForeground: 243),
    ]

    /// The grey slot: dimensions without evidence, and samples in the key.
    static let neutral = colours.count - 1

    /// The palette slot of every dimension of a report, by dimension id.
    static func slots(for report: Report) -> [String: Int] {
        let evidenced = Set(report.matches.map(\.dimensionID))
        var slots: [String: Int] = [:]
        var next = 0
        for dimension in report.dimensions where slots[dimension.id] == nil {
            if evidenced.contains(dimension.id) {
                slots[dimension.id] = next % neutral
                next += 1
            } else {
                slots[dimension.id] = neutral
            }
        }
        return slots
    }

    /// Chart and badge colour of a band (HTML).
    static func strong(for band: Band) -> String {
        switch band {
        case .none: "#6b7280"
        case .limited: "#b45309"
        case .moderate: "#1d4ed8"
        case .strong: "#15803d"
        }
    }

    /// xterm 256-colour foreground of a band.
    static func terminalForeground(for band: Band) -> Int {
        switch band {
        case .none: 245
        case .limited: 178
        case .moderate: 33
        case .strong: 34
        }
    }
}
