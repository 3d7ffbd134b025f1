/// An SGR (Select Graphic Rendition) style: the parameters between `ESC [` and `m`. Only the writers make styles;
/// nothing from the answer ever becomes one.
struct TerminalStyle: Hashable, Sendable {
    let parameters: String

    private init(_ parameters: String) {
        self.parameters = parameters
    }

    var escape: String { "\u{1B}[\(parameters)m" }
    static let reset = "\u{1B}[0m"

    static let bold = TerminalStyle("1")
    static let dim = TerminalStyle("2")
    /// Counter-evidence: struck through, white on red, unlike any dimension colour.
    static let counter = TerminalStyle("1;9;38;5;231;48;5;160")
    /// A note marker naming a decision that takes credit away (negated, against).
    static let warning = TerminalStyle("1;38;5;160")

    /// A supporting match of the dimension in palette slot `slot`: black on the dimension's light background,
    /// in italics when the applicant did not describe doing it (a hypothetical, an opinion, a negated fault).
    static func highlight(slot: Int, italic: Bool) -> TerminalStyle {
        let colour = ReportPalette.colours[slot]
        return TerminalStyle("\(italic ? "3;" : "")38;5;16;48;5;\(colour.terminalBackground)")
    }

    /// Someone else's deed or the framework's own words: dimmed and underlined in the dimension's colour, no
    /// background, because it earns little or nothing.
    static func faint(slot: Int) -> TerminalStyle {
        TerminalStyle("2;4;38;5;\(ReportPalette.colours[slot].terminalForeground)")
    }

    /// Text in the dimension's colour (swatches, note numbers).
    static func foreground(slot: Int, bold: Bool = false) -> TerminalStyle {
        TerminalStyle("\(bold ? "1;" : "")38;5;\(ReportPalette.colours[slot].terminalForeground)")
    }

    /// A band's colour, for bars.
    static func band(_ band: Band) -> TerminalStyle {
        TerminalStyle("38;5;\(ReportPalette.terminalForeground(for: band))")
    }
}
