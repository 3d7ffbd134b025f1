/// Writes a report for a recruiter at a terminal: the answer with every match marked, a numbered note per match
/// (dimension, credit, the words, why it counts as it does, the behaviour statement), a table of dimensions
/// (score, band, a bar, behaviours covered), then the flags.
///
/// With `color`, a match is highlighted in its dimension's colour; counter-evidence is white on red and struck
/// through; someone else's deeds and the framework's own words are dimmed and underlined; hypotheticals, opinions
/// and negated faults are in italics. Without colour the same matches are bracketed, `[[like this]][3]`, and
/// every marker names the decisions that changed the match (`[4 negated against]`), so nothing depends on colour.
/// With `explain`, every note also shows its pattern and file:line, behaviour, statement, negation trigger and
/// reach, agent and modality with their cues, weight and credit, and every dimension shows how its score was
/// computed.
///
/// A pure function of the report and the options: no terminal is queried here (the command decides colour and
/// width). All applicant text passes through ``TerminalSanitizer``; lexicon text too.
public struct TextReportWriter: Sendable {
    /// Adds the reasoning behind every number.
    public var explain: Bool
    /// Writes SGR colour and style escapes.
    public var color: Bool
    /// Columns to wrap to.
    public var width: Int
    let statements: BehaviourStatements

    /// Creates a writer. Pass the scanner's lexicon so notes can quote behaviour statements.
    ///
    /// - Parameters:
    ///   - explain: show the reasoning behind every match and score.
    ///   - color: write colour escapes (decide with ``ColorChoice``).
    ///   - width: the terminal's width in columns; 20 at least is used.
    ///   - lexicon: the lexicon the report was scanned with.
    public init(explain: Bool = false, color: Bool = false, width: Int = 80, lexicon: Lexicon? = nil) {
        self.explain = explain
        self.color = color
        self.width = max(width, 20)
        self.statements = BehaviourStatements(lexicon: lexicon)
    }

    /// The report as text, ending with a newline.
    public func string(for report: Report) -> String {
        let slots = ReportPalette.slots(for: report)
        var output = ""
        output += header(report)
        output += "\n"
        output += answer(report, slots: slots)
        if color, !report.matches.isEmpty { output += key(report, slots: slots) }
        if !report.matches.isEmpty {
            output += "\n" + heading("Evidence")
            for (index, match) in report.matches.enumerated() {
                output += note(match, number: index + 1, report: report, slots: slots)
            }
        }
        output += "\n" + table(report, slots: slots)
        if !report.flags.isEmpty {
            output += "\n" + heading("Flags")
            for flag in report.flags {
                var wrapper = TerminalWrapper(width: width, color: color, firstIndent: "  - ", hangingIndent: "    ")
                wrapper.append(clean(flag.id), style: color ? .bold : nil)
                wrapper.append(": " + clean(flag.message))
                output += wrapper.finishedOutput()
            }
        }
        return output
    }

    // MARK: - Sections

    private func header(_ report: Report) -> String {
        var wrapper = TerminalWrapper(width: width, color: color)
        if let id = report.id {
            wrapper.append("== \(clean(id)) ==", style: color ? .bold : nil)
            wrapper.append("\n")
        }
        let frameworks = report.frameworks.map(clean).joined(separator: ", ")
        wrapper.append("\(report.wordCount) word\(report.wordCount == 1 ? "" : "s") · frameworks: \(frameworks) · \(report.matches.count) match\(report.matches.count == 1 ? "" : "es")")
        return wrapper.finishedOutput()
    }

    private func answer(_ report: Report, slots: [String: Int]) -> String {
        let pieces = HighlightedAnswer(report).pieces
        var wrapper = TerminalWrapper(width: width, color: color, firstIndent: "  ", hangingIndent: "  ")
        var notes: [Int] = []
        for (position, piece) in pieces.enumerated() {
            let covered = !piece.covering.isEmpty
            let previousCovered = position > 0 && !pieces[position - 1].covering.isEmpty
            let nextCovered = position + 1 < pieces.count && !pieces[position + 1].covering.isEmpty
            if covered, !previousCovered, !color { wrapper.append("[[") }
            let style = covered && color ? style(forPieceCoveredBy: piece.covering, report: report, slots: slots) : nil
            wrapper.append(piece.text, style: style)
            notes += piece.ending
            if !covered || !nextCovered {
                if covered, !color { wrapper.append("]]") }
                for index in notes.sorted() { appendMarker(for: index, report: report, to: &wrapper) }
                notes.removeAll()
            }
        }
        var text = wrapper.finishedOutput()
        while text.hasSuffix("\n\n") { text.removeLast() }
        return text
    }

    /// `[3]`, or `[3 negated against]` with the decisions that changed what the match is worth. The spaces inside
    /// are no-break spaces so that a marker is never split across lines.
    private func appendMarker(for index: Int, report: Report, to wrapper: inout TerminalWrapper) {
        let match = report.matches[index]
        let tags = EvidenceWording.tags(for: match)
        let label = noBreak(([String(index + 1)] + tags).joined(separator: " "))
        let warns = match.negated || match.polarity == .counter
        wrapper.allowBreak()
        wrapper.append("[\(label)]", style: color ? (warns ? .warning : .dim) : nil)
    }

    private func key(_ report: Report, slots: [String: Int]) -> String {
        var wrapper = TerminalWrapper(width: width, color: color, firstIndent: "  ", hangingIndent: "  ")
        wrapper.append("Key:", style: .dim)
        let shown = Set(report.matches.map(\.dimensionID))
        for dimension in report.dimensions where shown.contains(dimension.id) {
            wrapper.append(" ")
            let name = noBreak(clean(dimension.name))
            wrapper.append("\u{00A0}\(name)\u{00A0}", style: .highlight(slot: slots[dimension.id] ?? ReportPalette.neutral, italic: false))
        }
        wrapper.append(" ")
        wrapper.append("\u{00A0}against\u{00A0}", style: .counter)
        wrapper.append(" ")
        wrapper.append("someone\u{00A0}else", style: .faint(slot: ReportPalette.neutral))
        wrapper.append(" ")
        wrapper.append("\u{00A0}hypothetical\u{00A0}", style: .highlight(slot: ReportPalette.neutral, italic: true))
        return wrapper.finishedOutput()
    }

    private func note(_ match: Match, number: Int, report: Report, slots: [String: Int]) -> String {
        let slot = slots[match.dimensionID] ?? ReportPalette.neutral
        let label = "[\(number)]"
        let hanging = String(repeating: " ", count: 3 + label.utf8.count)
        var wrapper = TerminalWrapper(width: width, color: color, firstIndent: "  ", hangingIndent: hanging)
        wrapper.append(label, style: color ? .foreground(slot: slot, bold: true) : nil)
        wrapper.append(" ")
        let name = report.dimension(match.dimensionID)?.name ?? match.dimensionID
        wrapper.append(clean(name), style: color ? .bold : nil)
        wrapper.append(" \(EvidenceWording.signedCredit(match)) ", style: nil)
        wrapper.append("\u{201C}\(clean(match.text))\u{201D}")
        wrapper.append(" — " + clean(EvidenceWording.reason(for: match)))
        var output = wrapper.finishedOutput()
        if let statement = statements.statement(for: match.behaviourID), !explain {
            var statementWrapper = TerminalWrapper(width: width, color: color, firstIndent: hanging, hangingIndent: hanging)
            statementWrapper.append(clean(statement), style: color ? .dim : nil)
            output += statementWrapper.finishedOutput()
        }
        if explain {
            for line in EvidenceWording.explanation(of: match, statements: statements) {
                var detail = TerminalWrapper(width: width, color: color, firstIndent: hanging, hangingIndent: hanging + "  ")
                detail.append(clean(line))
                output += detail.finishedOutput()
            }
        }
        return output
    }

    private func table(_ report: Report, slots: [String: Int]) -> String {
        let fixedColumns = 2 + 2 + 5 + 2 + 8 + 2 + 10 + 2 + 10
        let longestName = report.dimensions.map { TerminalDisplayWidth.columns(of: clean($0.name)) }.max() ?? 9
        let nameWidth = max(min(longestName, width - fixedColumns), 12)
        var output = ""
        let headingLine = "  " + padded("Dimension", to: nameWidth) + "  Score  " + padded("Band", to: 8) + "  "
            + padded("", to: 10) + "  Behaviours"
        output += (color ? TerminalStyle.bold.escape + headingLine + TerminalStyle.reset : headingLine) + "\n"
        for dimension in report.dimensions {
            let slot = slots[dimension.id] ?? ReportPalette.neutral
            var line = color ? TerminalStyle.foreground(slot: slot).escape + "■" + TerminalStyle.reset + " " : "  "
            line += padded(truncated(clean(dimension.name), to: nameWidth), to: nameWidth)
            line += "  " + String(repeating: " ", count: max(0, 5 - String(dimension.score).count)) + String(dimension.score)
            line += "  " + padded(dimension.band.rawValue, to: 8) + "  " + bar(dimension)
            line += "  " + statements.coverage(of: dimension)
            if dimension.counter > 0 { line += ", counter \(JSONOutput.format(dimension.counter))" }
            output += line + "\n"
            if explain, !dimension.evidence.isEmpty {
                for computation in EvidenceWording.scoreComputation(of: dimension) {
                    var detail = TerminalWrapper(width: width, color: color, firstIndent: "      ", hangingIndent: "        ")
                    detail.append(clean(computation))
                    output += detail.finishedOutput()
                }
            }
        }
        return output
    }

    // MARK: - Pieces

    private func heading(_ text: String) -> String {
        (color ? TerminalStyle.bold.escape + text + TerminalStyle.reset : text) + "\n"
    }

    private func bar(_ dimension: DimensionResult) -> String {
        let filled = min(max((dimension.score + 5) / 10, 0), 10)
        let full = String(repeating: "█", count: filled)
        let empty = String(repeating: "░", count: 10 - filled)
        guard color else { return full + empty }
        return TerminalStyle.band(dimension.band).escape + full + TerminalStyle.reset
            + TerminalStyle.dim.escape + empty + TerminalStyle.reset
    }

    /// The style of a piece: that of its most telling match. Counter-evidence shows first, then the applicant's
    /// own support, then framework words, then someone else's deeds; among equals, the outermost match.
    private func style(forPieceCoveredBy covering: [Int], report: Report, slots: [String: Int]) -> TerminalStyle? {
        func rank(_ match: Match) -> Int {
            if match.agent == .other { return 3 }
            if match.polarity == .counter { return 0 }
            return match.role == .vocabulary ? 2 : 1
        }
        guard let first = covering.first else { return nil }
        var chosen = report.matches[first]
        for index in covering.dropFirst() where rank(report.matches[index]) < rank(chosen) {
            chosen = report.matches[index]
        }
        let slot = slots[chosen.dimensionID] ?? ReportPalette.neutral
        if chosen.agent == .other || chosen.role == .vocabulary { return .faint(slot: slot) }
        if chosen.polarity == .counter { return .counter }
        return .highlight(slot: slot, italic: chosen.modality != .actual || chosen.negated)
    }

    private func clean(_ text: String) -> String {
        TerminalSanitizer.sanitize(text, keepNewlines: false)
    }

    /// The text with its spaces made no-break, so a short label stays on one line.
    private func noBreak(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == " " ? "\u{00A0}" : $0 }))
    }

    private func padded(_ text: String, to columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - TerminalDisplayWidth.columns(of: text)))
    }

    private func truncated(_ text: String, to columns: Int) -> String {
        guard TerminalDisplayWidth.columns(of: text) > columns else { return text }
        var kept = String.UnicodeScalarView()
        var used = 0
        for scalar in text.unicodeScalars {
            let width = TerminalDisplayWidth.columns(of: scalar)
            if used + width > columns - 1 { break }
            kept.append(scalar)
            used += width
        }
        return String(kept) + "…"
    }
}
