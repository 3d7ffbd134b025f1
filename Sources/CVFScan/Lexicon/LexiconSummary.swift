/// Counts of what a lexicon holds, per framework and dimension, as text or JSON (`cvfscan lexicon list`).
public struct LexiconSummary: Sendable {
    /// One dimension's counts.
    public struct DimensionCounts: Sendable, Hashable {
        public var id: String
        public var name: String
        public var kind: Dimension.Kind
        public var behaviours: Int
        public var supportBehaviours: Int
        public var counterBehaviours: Int
        public var patterns: Int
    }

    /// One framework's counts.
    public struct FrameworkCounts: Sendable, Hashable {
        public var id: String
        public var name: String
        public var edition: String?
        public var source: String?
        public var dimensions: [DimensionCounts]
        public var sharedDimensionIDs: [String]
    }

    /// Frameworks in load order.
    public var frameworks: [FrameworkCounts]

    /// Counts the lexicon.
    public init(lexicon: Lexicon) {
        var patternsPerBehaviour: [String: Int] = [:]
        for pattern in lexicon.patterns { patternsPerBehaviour[pattern.behaviourID, default: 0] += 1 }
        var behavioursPerDimension: [String: [Behaviour]] = [:]
        for behaviour in lexicon.behaviours { behavioursPerDimension[behaviour.dimensionID, default: []].append(behaviour) }
        frameworks = lexicon.frameworks.map { framework in
            let dimensions = lexicon.dimensions.filter { $0.frameworkID == framework.id }.map { dimension in
                let behaviours = behavioursPerDimension[dimension.id] ?? []
                return DimensionCounts(
                    id: dimension.id, name: dimension.name, kind: dimension.kind, behaviours: behaviours.count,
                    supportBehaviours: behaviours.filter { $0.polarity == .support }.count,
                    counterBehaviours: behaviours.filter { $0.polarity == .counter }.count,
                    patterns: behaviours.reduce(0) { $0 + (patternsPerBehaviour[$1.id] ?? 0) })
            }
            return FrameworkCounts(id: framework.id, name: framework.name, edition: framework.edition,
                                   source: framework.source, dimensions: dimensions,
                                   sharedDimensionIDs: framework.sharedDimensionIDs)
        }
    }

    /// A readable table, safe to print to a terminal: names and editions come from user lexicons, so escape
    /// sequences and other controls in them are removed.
    public func text() -> String {
        func safe(_ text: String) -> String { TerminalSanitizer.sanitize(text, keepNewlines: false) }
        var lines: [String] = []
        for framework in frameworks {
            let edition = framework.edition.map { ", \(safe($0))" } ?? ""
            lines.append("\(framework.id) — \(safe(framework.name))\(edition)")
            let width = framework.dimensions.map(\.id.count).max() ?? 0
            for dimension in framework.dimensions {
                let id = dimension.id + String(repeating: " ", count: width - dimension.id.count)
                let counter = dimension.counterBehaviours > 0 ? " (\(dimension.counterBehaviours) in conflict)" : ""
                lines.append("  \(id)  \(dimension.kind.rawValue.padding(10))  \(dimension.behaviours) behaviours\(counter), \(dimension.patterns) patterns  \(safe(dimension.name))")
            }
            if !framework.sharedDimensionIDs.isEmpty {
                lines.append("  also reports: \(framework.sharedDimensionIDs.joined(separator: ", "))")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// The same as JSON: `{"frameworks":[{"id","name","edition","source","shares","dimensions":[{"id","name",
    /// "kind","behaviours","supportBehaviours","counterBehaviours","patterns"}]}]}`.
    public func json() -> String {
        var output = JSONOutput()
        output.raw("{")
        output.key("frameworks")
        output.raw("[")
        for (frameworkIndex, framework) in frameworks.enumerated() {
            if frameworkIndex > 0 { output.comma() }
            output.raw("{")
            output.key("id"); output.string(framework.id); output.comma()
            output.key("name"); output.string(framework.name); output.comma()
            output.key("edition"); output.optionalString(framework.edition); output.comma()
            output.key("source"); output.optionalString(framework.source); output.comma()
            output.key("shares")
            output.raw("[")
            for (index, id) in framework.sharedDimensionIDs.enumerated() {
                if index > 0 { output.comma() }
                output.string(id)
            }
            output.raw("]")
            output.comma()
            output.key("dimensions")
            output.raw("[")
            for (index, dimension) in framework.dimensions.enumerated() {
                if index > 0 { output.comma() }
                output.raw("{")
                output.key("id"); output.string(dimension.id); output.comma()
                output.key("name"); output.string(dimension.name); output.comma()
                output.key("kind"); output.string(dimension.kind.rawValue); output.comma()
                output.key("behaviours"); output.integer(dimension.behaviours); output.comma()
                output.key("supportBehaviours"); output.integer(dimension.supportBehaviours); output.comma()
                output.key("counterBehaviours"); output.integer(dimension.counterBehaviours); output.comma()
                output.key("patterns"); output.integer(dimension.patterns)
                output.raw("}")
            }
            output.raw("]}")
        }
        output.raw("]}")
        return output.string
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
