/// The words every report format uses for a match and a score, so the terminal, HTML and Markdown say the same
/// thing. Strings returned here may contain applicant text (the cue words): each writer escapes them for its
/// medium.
enum EvidenceWording {
    /// Short labels for the context decisions that change what a match is worth, for inline markers.
    static func tags(for match: Match) -> [String] {
        var tags: [String] = []
        if match.negated { tags.append("negated") }
        if match.negation.surpassed { tags.append("not just") }
        if match.polarity == .counter, !match.negation.surpassed { tags.append("against") }
        switch match.agent {
        case .applicant: break
        case .group: tags.append("we")
        case .other: tags.append("someone else")
        }
        switch match.modality {
        case .actual: break
        case .hypothetical: tags.append("hypothetical")
        case .opinion: tags.append("opinion")
        }
        if match.role == .vocabulary { tags.append("framework words") }
        return tags
    }

    /// Why the match counts the way it does, in a recruiter's words: `negated by "didn't", so it counts against`.
    static func reason(for match: Match) -> String {
        var reasons: [String] = []
        if match.negated {
            let triggers = match.negation.triggers.map { quoted($0.text) }
            let by = triggers.isEmpty ? "negated" : "negated by \(triggers.joined(separator: " and "))"
            reasons.append(by + (match.polarity == .counter ? ", so it counts against" : ", so it counts for"))
        } else if match.negation.surpassed {
            let by = match.negation.pseudoTriggers.first.map { " after \(quoted($0.text))" } ?? ""
            reasons.append("\"not just\"\(by): the applicant did more than this, so it counts neither for nor against")
        } else if match.polarity == .counter {
            reasons.append(match.role == .against ? "evidence against the behaviour" : "a behaviour in conflict with the framework")
        }
        switch match.agent {
        case .applicant: break
        case .group: reasons.append("done with others\(cue(match.agentCue)): partial credit")
        case .other: reasons.append("done by someone else\(cue(match.agentCue)): no credit to the applicant")
        }
        switch match.modality {
        case .actual: break
        case .hypothetical: reasons.append("hypothetical\(cue(match.modalityCue)): not something done")
        case .opinion: reasons.append("an opinion or self-description\(cue(match.modalityCue)): not something done")
        }
        if match.role == .vocabulary { reasons.append("the framework's own words: weighted lightly") }
        return reasons.isEmpty ? "the applicant's own action" : reasons.joined(separator: "; ")
    }

    /// The credit with its sign: `+0.9`, `−0.54`, or `0` when it earned nothing.
    static func signedCredit(_ match: Match) -> String {
        let value = JSONOutput.format(match.credit)
        if value == "0" { return "0" }
        return (match.polarity == .support ? "+" : "−") + value
    }

    /// The reasoning behind one match, one line per decision, for `--explain`.
    static func explanation(of match: Match, statements: BehaviourStatements, includeStatement: Bool = true) -> [String] {
        var lines = ["pattern: \(match.pattern) (\(match.role.rawValue), \(match.patternLocation))"]
        lines.append("behaviour: \(match.behaviourID) (\(match.behaviourPolarity.rawValue))")
        if includeStatement, let statement = statements.statement(for: match.behaviourID) {
            lines.append("statement: \(statement)")
        }
        if !match.negation.triggers.isEmpty || !match.negation.pseudoTriggers.isEmpty {
            let triggers = match.negation.triggers.map { "\(quoted($0.text)) at \($0.codePointRange.lowerBound)" }
            let pseudo = match.negation.pseudoTriggers.map { quoted($0.text) }
            var line = "negation: " + (triggers.isEmpty ? "none" : triggers.joined(separator: ", "))
            if let end = match.negation.scopeEnd { line += ", reach ends at \(end)" }
            if !pseudo.isEmpty { line += "; not negating: \(pseudo.joined(separator: ", "))" }
            line += match.negated ? " → negated" : (match.negation.triggers.count > 1 ? " → cancel out" : "")
            if match.negation.surpassed { line += " → not just: counts neither way" }
            lines.append(line)
        }
        let agentCue = match.agentCue.map { quoted($0.text) } ?? "no subject (implied)"
        let agentFactor = ScoringModel.agentFactor(match.agent, implied: match.agentCue == nil)
        lines.append("agent: \(match.agent.rawValue) from \(agentCue) × \(JSONOutput.format(agentFactor))")
        let modalityCue = match.modalityCue.map { " from \(quoted($0.text))" } ?? ""
        lines.append("modality: \(match.modality.rawValue)\(modalityCue) × \(JSONOutput.format(ScoringModel.modalityFactor(match.modality)))")
        lines.append("weight \(JSONOutput.format(match.weight)), credited \(JSONOutput.format(match.credit)) as \(match.polarity.rawValue)")
        return lines
    }

    /// How a dimension's score was computed, one line for the formula and one per behaviour, for `--explain`.
    static func scoreComputation(of dimension: DimensionResult) -> [String] {
        let format = JSONOutput.format
        var lines = ["support \(format(dimension.support)) × length \(format(dimension.lengthFactor)) − counter \(format(dimension.counter)) = net \(format(dimension.net)); score = 100 × (1 − e^(−net/\(format(ScoringModel.saturation)))) = \(dimension.score)"]
        for evidence in dimension.evidence {
            lines.append("\(evidence.behaviourID): +\(format(evidence.support)) −\(format(evidence.counter)) from \(evidence.matchCount) match\(evidence.matchCount == 1 ? "" : "es")")
        }
        return lines
    }

    private static func quoted(_ text: String) -> String {
        "\u{201C}\(text)\u{201D}"
    }

    private static func cue(_ cue: Cue?) -> String {
        cue.map { " (\(quoted($0.text)))" } ?? ""
    }
}
