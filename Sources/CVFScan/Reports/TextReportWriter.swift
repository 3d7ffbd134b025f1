/// Writes a report for people: a table of dimensions, then the evidence, then the flags. With `explain`, every
/// match also shows its pattern, the behaviour statement it evidences, each context decision and its weight, and
/// every dimension shows how its score was computed.
///
/// Applicant text passes through ``TerminalSanitizer`` before it is written.
public struct TextReportWriter: Sendable {
    /// Adds the reasoning behind every number.
    public var explain: Bool
    let statements: [String: String]

    /// Creates a writer. Pass the scanner's lexicon so `explain` can quote behaviour statements.
    public init(explain: Bool = false, lexicon: Lexicon? = nil) {
        self.explain = explain
        var statements: [String: String] = [:]
        if let lexicon {
            for behaviour in lexicon.behaviours { statements[behaviour.id] = behaviour.statement }
        }
        self.statements = statements
    }

    /// The report as text, ending with a newline.
    public func string(for report: Report) -> String {
        var lines: [String] = []
        if let id = report.id { lines.append("== \(TerminalSanitizer.sanitize(id, keepNewlines: false)) ==") }
        lines.append("\(report.wordCount) words; frameworks: \(report.frameworks.joined(separator: ", "))")
        lines.append("")
        let nameWidth = min(34, report.dimensions.map { $0.name.count }.max() ?? 10)
        for dimension in report.dimensions {
            let name = dimension.name.count > nameWidth ? String(dimension.name.prefix(nameWidth - 1)) + "…" : dimension.name
            let padded = name + String(repeating: " ", count: max(0, nameWidth - name.count))
            let score = String(repeating: " ", count: 3 - String(dimension.score).count) + String(dimension.score)
            let band = dimension.band.rawValue + String(repeating: " ", count: 8 - dimension.band.rawValue.count)
            var line = "  \(padded)  \(score)  \(band)  \(bar(dimension.score))"
            if !dimension.behaviours.isEmpty {
                line += "  \(dimension.behaviours.count) behaviour\(dimension.behaviours.count == 1 ? "" : "s")"
            }
            if dimension.counter > 0 { line += "  counter \(JSONOutput.format(dimension.counter))" }
            lines.append(line)
            if explain, !dimension.evidence.isEmpty {
                lines.append("      support \(JSONOutput.format(dimension.support)) × length \(JSONOutput.format(dimension.lengthFactor)) − counter \(JSONOutput.format(dimension.counter)) = net \(JSONOutput.format(dimension.net)); score = 100 × (1 − e^(−net/\(JSONOutput.format(ScoringModel.saturation)))) = \(dimension.score)")
                for evidence in dimension.evidence {
                    lines.append("      \(evidence.behaviourID): +\(JSONOutput.format(evidence.support)) −\(JSONOutput.format(evidence.counter)) from \(evidence.matchCount) match\(evidence.matchCount == 1 ? "" : "es")")
                }
            }
        }
        if !report.matches.isEmpty {
            lines.append("")
            lines.append("Evidence:")
            for match in report.matches {
                lines.append(contentsOf: describe(match))
            }
        }
        if !report.flags.isEmpty {
            lines.append("")
            lines.append("Flags:")
            for flag in report.flags {
                lines.append("  - \(flag.id): \(TerminalSanitizer.sanitize(flag.message, keepNewlines: false))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func bar(_ score: Int) -> String {
        let filled = (score + 5) / 10
        return String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
    }

    private func describe(_ match: Match) -> [String] {
        let text = TerminalSanitizer.sanitize(match.text, keepNewlines: false)
        let sign = match.polarity == .support ? "+" : "−"
        var context: [String] = []
        if match.negated { context.append("negated") }
        if match.agent != .applicant { context.append(match.agent == .group ? "we" : "someone else") }
        if match.modality != .actual { context.append(match.modality.rawValue) }
        if match.role == .vocabulary { context.append("framework words") }
        let note = context.isEmpty ? "" : " (\(context.joined(separator: ", ")))"
        var lines = ["  \(sign)\(JSONOutput.format(match.credit)) \(match.dimensionID): \"\(text)\"\(note)"]
        guard explain else { return lines }
        lines.append("      pattern: \(match.pattern)   [\(match.role.rawValue), \(match.patternLocation)]")
        lines.append("      behaviour: \(match.behaviourID) (\(match.behaviourPolarity.rawValue))")
        if let statement = statements[match.behaviourID] {
            lines.append("      statement: \(statement)")
        }
        if !match.negation.triggers.isEmpty || !match.negation.pseudoTriggers.isEmpty {
            let triggers = match.negation.triggers.map { "'\(TerminalSanitizer.sanitize($0.text, keepNewlines: false))' at \($0.codePointRange.lowerBound)" }
            let pseudo = match.negation.pseudoTriggers.map { "'\(TerminalSanitizer.sanitize($0.text, keepNewlines: false))'" }
            var line = "      negation: "
            line += triggers.isEmpty ? "none" : triggers.joined(separator: ", ")
            if let end = match.negation.scopeEnd { line += ", reach ends at \(end)" }
            if !pseudo.isEmpty { line += "; not negating: \(pseudo.joined(separator: ", "))" }
            line += match.negated ? " → negated" : (match.negation.triggers.count > 1 ? " → cancel out" : "")
            lines.append(line)
        }
        let agentCue = match.agentCue.map { "'\(TerminalSanitizer.sanitize($0.text, keepNewlines: false))'" } ?? "no subject (implied)"
        lines.append("      agent: \(match.agent.rawValue) from \(agentCue) × \(JSONOutput.format(ScoringModel.agentFactor(match.agent, implied: match.agentCue == nil)))")
        let modalityCue = match.modalityCue.map { " from '\(TerminalSanitizer.sanitize($0.text, keepNewlines: false))'" } ?? ""
        lines.append("      modality: \(match.modality.rawValue)\(modalityCue) × \(JSONOutput.format(ScoringModel.modalityFactor(match.modality)))")
        lines.append("      weight \(JSONOutput.format(match.weight)), credited \(JSONOutput.format(match.credit)) as \(match.polarity.rawValue)")
        return lines
    }
}
