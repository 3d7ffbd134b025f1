/// Writes reports as `cvfscan.report/1` JSON (schema in the README): one object per report, keys in a fixed
/// order, numbers rounded to three decimals, so the same report is always the same bytes.
public struct JSONReportWriter: Sendable {
    /// Adds, per dimension, the evidence of each behaviour and the numbers the score came from, and per match the
    /// behaviour's statement and where its pattern is written.
    public var explain: Bool
    /// The behaviours' statements, for `explain`.
    let statements: [String: String]

    /// The schema identifier written into every report.
    public static let schema = "cvfscan.report/1"

    /// Creates a writer. Pass the scanner's lexicon so `explain` can quote behaviour statements.
    public init(explain: Bool = false, lexicon: Lexicon? = nil) {
        self.explain = explain
        var statements: [String: String] = [:]
        if explain, let lexicon {
            for behaviour in lexicon.behaviours { statements[behaviour.id] = behaviour.statement }
        }
        self.statements = statements
    }

    /// The report as one line of JSON, without a newline.
    public func string(for report: Report) -> String {
        var output = JSONOutput()
        write(report, to: &output)
        return output.string
    }

    /// Appends the report as one line of JSON (no newline) to `bytes`.
    public func write(_ report: Report, into bytes: inout [UInt8]) {
        var output = JSONOutput(capacity: 16 * 1024)
        write(report, to: &output)
        output.append(to: &bytes)
    }

    func write(_ report: Report, to output: inout JSONOutput) {
        output.raw("{")
        output.key("schema")
        output.string(Self.schema)
        output.comma()
        output.key("id")
        output.optionalString(report.id)
        output.comma()
        output.key("words")
        output.integer(report.wordCount)
        output.comma()
        output.key("frameworks")
        output.raw("[")
        for (index, framework) in report.frameworks.enumerated() {
            if index > 0 { output.comma() }
            output.string(framework)
        }
        output.raw("]")
        output.comma()
        output.key("dimensions")
        output.raw("[")
        for (index, dimension) in report.dimensions.enumerated() {
            if index > 0 { output.comma() }
            write(dimension, to: &output)
        }
        output.raw("]")
        output.comma()
        output.key("matches")
        output.raw("[")
        for (index, match) in report.matches.enumerated() {
            if index > 0 { output.comma() }
            write(match, to: &output)
        }
        output.raw("]")
        output.comma()
        output.key("flags")
        output.raw("[")
        for (index, flag) in report.flags.enumerated() {
            if index > 0 { output.comma() }
            output.raw("{")
            output.key("id")
            output.string(flag.id)
            output.comma()
            output.key("message")
            output.string(flag.message)
            output.raw("}")
        }
        output.raw("]}")
    }

    private func write(_ dimension: DimensionResult, to output: inout JSONOutput) {
        output.raw("{")
        output.key("id")
        output.string(dimension.id)
        output.comma()
        output.key("framework")
        output.string(dimension.frameworkID)
        output.comma()
        output.key("kind")
        output.string(dimension.kind.rawValue)
        output.comma()
        output.key("name")
        output.string(dimension.name)
        output.comma()
        output.key("score")
        output.integer(dimension.score)
        output.comma()
        output.key("band")
        output.string(dimension.band.rawValue)
        output.comma()
        output.key("support")
        output.number(dimension.support)
        output.comma()
        output.key("counter")
        output.number(dimension.counter)
        output.comma()
        output.key("behaviours")
        writeStrings(dimension.behaviours, to: &output)
        output.comma()
        output.key("counterBehaviours")
        writeStrings(dimension.counterBehaviours, to: &output)
        if explain {
            output.comma()
            output.key("lengthFactor")
            output.number(dimension.lengthFactor)
            output.comma()
            output.key("net")
            output.number(dimension.net)
            output.comma()
            output.key("evidence")
            output.raw("[")
            for (index, evidence) in dimension.evidence.enumerated() {
                if index > 0 { output.comma() }
                output.raw("{")
                output.key("behaviour")
                output.string(evidence.behaviourID)
                output.comma()
                output.key("support")
                output.number(evidence.support)
                output.comma()
                output.key("counter")
                output.number(evidence.counter)
                output.comma()
                output.key("matches")
                output.integer(evidence.matchCount)
                output.raw("}")
            }
            output.raw("]")
        }
        output.raw("}")
    }

    private func write(_ match: Match, to output: inout JSONOutput) {
        output.raw("{")
        output.key("dimension")
        output.string(match.dimensionID)
        output.comma()
        output.key("behaviour")
        output.string(match.behaviourID)
        output.comma()
        output.key("pattern")
        output.string(match.pattern)
        output.comma()
        output.key("role")
        output.string(match.role.rawValue)
        output.comma()
        output.key("text")
        output.string(match.text)
        output.comma()
        output.key("start")
        output.integer(match.codePointRange.lowerBound)
        output.comma()
        output.key("end")
        output.integer(match.codePointRange.upperBound)
        output.comma()
        output.key("polarity")
        output.string(match.polarity.rawValue)
        output.comma()
        output.key("behaviourPolarity")
        output.string(match.behaviourPolarity.rawValue)
        output.comma()
        output.key("negated")
        output.bool(match.negated)
        output.comma()
        output.key("agent")
        output.string(match.agent.rawValue)
        output.comma()
        output.key("modality")
        output.string(match.modality.rawValue)
        output.comma()
        output.key("weight")
        output.number(match.weight)
        output.comma()
        output.key("credit")
        output.number(match.credit)
        output.comma()
        output.key("negation")
        output.raw("{")
        output.key("triggers")
        writeCues(match.negation.triggers, to: &output)
        output.comma()
        output.key("pseudoTriggers")
        writeCues(match.negation.pseudoTriggers, to: &output)
        output.comma()
        output.key("scopeEnd")
        if let scopeEnd = match.negation.scopeEnd { output.integer(scopeEnd) } else { output.raw("null") }
        output.comma()
        output.key("surpassed")
        output.raw(match.negation.surpassed ? "true" : "false")
        output.raw("}")
        output.comma()
        output.key("agentCue")
        writeCue(match.agentCue, to: &output)
        output.comma()
        output.key("modalityCue")
        writeCue(match.modalityCue, to: &output)
        if explain {
            output.comma()
            output.key("patternLocation")
            output.string(match.patternLocation.description)
            output.comma()
            output.key("statement")
            output.optionalString(statements[match.behaviourID])
        }
        output.raw("}")
    }

    private func writeStrings(_ values: [String], to output: inout JSONOutput) {
        output.raw("[")
        for (index, value) in values.enumerated() {
            if index > 0 { output.comma() }
            output.string(value)
        }
        output.raw("]")
    }

    private func writeCue(_ cue: Cue?, to output: inout JSONOutput) {
        guard let cue else {
            output.raw("null")
            return
        }
        output.raw("{")
        output.key("text")
        output.string(cue.text)
        output.comma()
        output.key("start")
        output.integer(cue.codePointRange.lowerBound)
        output.comma()
        output.key("end")
        output.integer(cue.codePointRange.upperBound)
        output.raw("}")
    }

    private func writeCues(_ cues: [Cue], to output: inout JSONOutput) {
        output.raw("[")
        for (index, cue) in cues.enumerated() {
            if index > 0 { output.comma() }
            writeCue(cue, to: &output)
        }
        output.raw("]")
    }
}
