/// Checks that help lexicon authors prune and fix lexicons: every diagnostic of the built-in files, patterns that
/// several dimensions share, and patterns that never match a corpus.
public enum LexiconReview {
    /// A word sequence that patterns of more than one dimension match.
    public struct SharedPattern: Sendable, Hashable {
        /// The sequence, as stems, "exact" forms and prefix*.
        public var sequence: String
        /// The patterns that match it, in lexicon order.
        public var patterns: [Pattern]
        /// The dimensions those patterns belong to.
        public var dimensionIDs: [String]
    }

    /// Every diagnostic of the built-in lexicon files and word tables, in file order.
    public static func builtInDiagnostics() -> [LexiconDiagnostic] {
        var lexicon = Lexicon()
        var diagnostics: [LexiconDiagnostic] = []
        for file in Lexicon.builtInFiles {
            let (parsed, fileDiagnostics) = Lexicon.parseCollectingDiagnostics(file.text, file: file.path)
            lexicon = lexicon.merging(parsed)
            diagnostics += fileDiagnostics
        }
        diagnostics += lexicon.crossReferenceDiagnostics()
        for file in EmbeddedLexicons.files where file.name.hasSuffix(".txt") {
            diagnostics += WordTables.parse(file.contents, file: "Lexicons/" + file.name).diagnostics
        }
        return diagnostics
    }

    /// Every diagnostic of lexicon files or folders, loaded on top of nothing (not the built-in lexicons).
    public static func diagnostics(ofPaths paths: [String]) throws(LexiconError) -> (Lexicon, [LexiconDiagnostic]) {
        var lexicon = Lexicon()
        var diagnostics: [LexiconDiagnostic] = []
        for path in paths {
            let (loaded, fileDiagnostics) = try Lexicon.loadCollectingDiagnostics(contentsOf: path)
            lexicon = lexicon.merging(loaded)
            diagnostics += fileDiagnostics
        }
        return (lexicon, diagnostics)
    }

    /// Word sequences matched by patterns of two or more dimensions, in lexicon order.
    public static func sharedPatterns(in lexicon: Lexicon) -> [SharedPattern] {
        let compiler = PatternCompiler(analyzer: WordAnalyzer())
        let dimensionOfBehaviour = Dictionary(lexicon.behaviours.map { ($0.id, $0.dimensionID) }, uniquingKeysWith: { first, _ in first })
        var order: [String] = []
        var bySequence: [String: [Int]] = [:]
        for (index, pattern) in lexicon.patterns.enumerated() {
            for sequence in Set(compiler.readableSequences(of: pattern).map { $0.joined(separator: " ") }) {
                if bySequence[sequence] == nil { order.append(sequence) }
                bySequence[sequence, default: []].append(index)
            }
        }
        var shared: [SharedPattern] = []
        for sequence in order {
            guard let indices = bySequence[sequence] else { continue }
            let patterns = indices.map { lexicon.patterns[$0] }
            var dimensions: [String] = []
            for pattern in patterns {
                if let dimension = dimensionOfBehaviour[pattern.behaviourID], !dimensions.contains(dimension) {
                    dimensions.append(dimension)
                }
            }
            if dimensions.count > 1 {
                shared.append(SharedPattern(sequence: sequence, patterns: patterns, dimensionIDs: dimensions))
            }
        }
        return shared
    }

    /// Patterns (of every framework) that match nothing in the given answers, in lexicon order.
    public static func unmatchedPatterns(in lexicon: Lexicon, answers: [String]) throws(LexiconError) -> [Pattern] {
        let scanner = try EvidenceScanner(lexicon: lexicon, frameworks: [])
        let session = scanner.makeSession()
        var matched: Set<SourceLocation> = []
        for answer in answers {
            session.analyse(answer)
            for location in session.matchedPatternLocations() { matched.insert(location) }
        }
        return lexicon.patterns.filter { !matched.contains($0.location) }
    }
}

extension ScanSession {
    /// Locations of the patterns with any raw match in the last analysed text, before overlaps are resolved.
    func matchedPatternLocations() -> [SourceLocation] {
        state.findMatchesForReview()
        return state.rawMatches.map { state.compiled.patternLocation(Int($0.pattern)) }
    }

    func analyse(_ text: String) {
        state.analyse(text)
    }
}
