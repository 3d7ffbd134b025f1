/// Frameworks, their dimensions and behaviours, and the patterns that evidence them, as read from lexicon files.
///
/// A lexicon is plain data. ``EvidenceScanner`` compiles the frameworks it is asked for into a matcher.
public struct Lexicon: Sendable {
    /// Frameworks in the order they were loaded.
    public internal(set) var frameworks: [Framework] = []
    /// Dimensions in file order.
    public internal(set) var dimensions: [Dimension] = []
    /// Behaviours in file order.
    public internal(set) var behaviours: [Behaviour] = []
    /// Patterns in file order.
    public internal(set) var patterns: [Pattern] = []

    /// An empty lexicon.
    public init() {}

    /// Parses the text of one lexicon file. `file` names it in error messages.
    ///
    /// - Throws: ``LexiconError/invalid(_:)`` with every error in the file.
    public static func parse(_ text: String, file: String) throws(LexiconError) -> Lexicon {
        let (lexicon, diagnostics) = parseCollectingDiagnostics(text, file: file)
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw .invalid(diagnostics)
        }
        return lexicon
    }

    /// Parses one file, returning what parsed cleanly and every diagnostic.
    static func parseCollectingDiagnostics(_ text: String, file: String) -> (Lexicon, [LexiconDiagnostic]) {
        var parser = LexiconParser(file: file)
        let lexicon = parser.parse(text)
        return (lexicon, parser.diagnostics)
    }

    /// This lexicon with `other`'s frameworks added; a framework of `other` with an id already present replaces
    /// that framework with all its dimensions, behaviours and patterns.
    public func merging(_ other: Lexicon) -> Lexicon {
        let replaced = Set(other.frameworks.map(\.id))
        guard !frameworks.contains(where: { replaced.contains($0.id) }) else {
            var merged = Lexicon()
            merged.frameworks = frameworks.filter { !replaced.contains($0.id) } + other.frameworks
            merged.dimensions = dimensions.filter { !replaced.contains($0.frameworkID) } + other.dimensions
            merged.behaviours = behaviours.filter { !Self.belongs($0.id, toAnyOf: replaced) } + other.behaviours
            merged.patterns = patterns.filter { !Self.belongs($0.behaviourID, toAnyOf: replaced) } + other.patterns
            return merged
        }
        var merged = self
        merged.append(other)
        return merged
    }

    /// Adds `other`'s content as it is (the caller knows the framework ids do not clash).
    mutating func append(_ other: Lexicon) {
        frameworks += other.frameworks
        dimensions += other.dimensions
        behaviours += other.behaviours
        patterns += other.patterns
    }

    /// Whether a full id (`framework/...`) belongs to one of the frameworks, without building strings.
    static func belongs(_ fullID: String, toAnyOf frameworkIDs: Set<String>) -> Bool {
        frameworkIDs.contains { id in
            fullID.utf8.count > id.utf8.count && fullID.utf8.starts(with: id.utf8)
                && fullID.utf8.dropFirst(id.utf8.count).first == UInt8(ascii: "/")
        }
    }

    /// Checks what one file cannot check alone: that shared dimensions exist.
    public func crossReferenceDiagnostics() -> [LexiconDiagnostic] {
        let known = Set(dimensions.map(\.id))
        var diagnostics: [LexiconDiagnostic] = []
        for framework in frameworks {
            for (index, id) in framework.sharedDimensionIDs.enumerated() where !known.contains(id) {
                let location = index < framework.shareLocations.count ? framework.shareLocations[index] : framework.location
                diagnostics.append(LexiconDiagnostic(.error, at: location,
                    "shared dimension '\(id)' is not defined by any loaded lexicon"))
            }
        }
        return diagnostics
    }

    static func frameworkID(of fullID: String) -> String {
        String(fullID.prefix { $0 != "/" })
    }

    /// The framework with this id.
    public func framework(id: String) -> Framework? {
        frameworks.first { $0.id == id }
    }

    /// The dimension with this full id.
    public func dimension(id: String) -> Dimension? {
        dimensions.first { $0.id == id }
    }

    /// The behaviour with this full id.
    public func behaviour(id: String) -> Behaviour? {
        behaviours.first { $0.id == id }
    }

    /// The dimensions a framework reports, its own first, then those it shares, in file order.
    public func reportedDimensions(of frameworkID: String) -> [Dimension] {
        guard let framework = framework(id: frameworkID) else { return [] }
        let own = dimensions.filter { $0.frameworkID == frameworkID }
        let shared = framework.sharedDimensionIDs.compactMap { id in dimensions.first { $0.id == id } }
        return own + shared
    }
}
