extension ScanState {
    /// Decides every match's context, scores each dimension and assembles the report.
    func makeReport(text: String, id: String?) -> Report {
        // Everything the loop reads is reached through buffers taken once: a closure that captured `self` would copy
        // the whole state (and retain each of its arrays) for every span.
        var matches = tokens.withUnsafeBufferPointer { tokens in
            records.withUnsafeBufferPointer { records in
                cache.parts.withUnsafeBufferPointer { parts in
                    cache.forms.withUnsafeBufferPointer { forms in
                        ReportMatchBuilder(
                            compiled: compiled, text: text, tokens: tokens, records: records, parts: parts, forms: forms)
                        .matches(for: rawMatches, sentences: sentences, contextRanges: contextRanges)
                    }
                }
            }
        }
        let wordCount = tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
        let dimensions = DimensionScorer(compiled: compiled, thresholds: dimensionThresholds)
            .score(matches: &matches, wordCount: wordCount)
        let flags = FlagDetector.flags(matches: matches, dimensions: dimensions, wordCount: wordCount)
        return Report(
            id: id, text: text, wordCount: wordCount, frameworks: compiled.frameworkIDs, dimensions: dimensions,
            matches: matches, flags: flags)
    }
}

/// Turns an answer's raw matches into report matches: decides each span's context and finds the text of every
/// match and cue.
private struct ReportMatchBuilder {
    let compiled: CompiledLexicon
    let text: String
    let tokens: UnsafeBufferPointer<Token>
    let records: UnsafeBufferPointer<TermRecord>
    let parts: UnsafeBufferPointer<LexicalPart>
    let forms: UnsafeBufferPointer<UInt8>

    func matches(for rawMatches: [RawMatch], sentences: [Range<Int>], contextRanges: [Range<Int>]) -> [Match] {
        let patterns = compiled.patterns
        var matches: [Match] = []
        matches.reserveCapacity(rawMatches.count)
        var sentenceIndex = 0
        var lastContext: SpanContext?
        for raw in rawMatches {
            while sentenceIndex < sentences.count, sentences[sentenceIndex].upperBound <= Int(raw.start) {
                sentenceIndex += 1
            }
            guard sentenceIndex < sentences.count else { break }
            // A piece of a sentence cut for length sees some of the sentence around it (ScanState.contextMargin).
            let view = SentenceView(records: records, range: contextRanges[sentenceIndex], parts: parts, forms: forms)
            let start = Int(raw.start)
            let end = Int(raw.end)
            let compiledPattern = patterns[Int(raw.pattern)]
            let behaviourIndex = Int(compiledPattern.behaviourIndex)

            // Matches of one span are adjacent (rawMatches is sorted by start, then longest first), and several
            // behaviours often match the same words: the context of a span is decided once.
            let context: SpanContext
            if let last = lastContext, last.start == start, last.end == end {
                context = last
            } else {
                context = SpanContext(start: start, end: end, view: view, builder: self)
                lastContext = context
            }
            // A fault the applicant meant to commit but dropped ("I was tempted to shout back but I stayed calm") is
            // denied, like "I could have shouted back but": it counts as a denied fault, and not doing it was real.
            let abandoned = !context.negation.negated && compiledPattern.polarity == .counter
                ? context.abandonedCue : nil
            let negated = context.negation.negated || abandoned != nil
            let modality = abandoned == nil ? context.modality.modality : .actual
            let polarity = negated ? compiledPattern.polarity.opposite : compiledPattern.polarity
            var weight = compiledPattern.weight
                * ScoringModel.agentFactor(context.agency.agent, implied: context.agency.cue == nil)
                * ScoringModel.modalityFactor(modality)
            if negated && compiledPattern.polarity == .counter {
                weight *= ScoringModel.deniedCounterFactor
            }
            // "I didn't just ignore it": neither the fault nor its denial (NegationDecision.surpassed).
            let surpassed = !negated && context.negation.notJust != nil && compiledPattern.polarity == .counter
            if surpassed { weight = 0 }
            matches.append(Match(
                dimensionID: compiled.behaviourDimensionIDs[behaviourIndex], behaviourID: compiled.behaviourIDs[behaviourIndex],
                pattern: compiled.patternText(Int(raw.pattern)), role: compiledPattern.role,
                patternLocation: compiled.patternLocation(Int(raw.pattern)), text: context.text, range: context.range,
                codePointRange: context.codePointRange, utf8Range: context.utf8Range,
                behaviourPolarity: compiled.behaviourPolarities[behaviourIndex], polarity: polarity,
                negation: NegationDecision(
                    negated: negated, triggers: abandoned.map { [$0] } ?? context.triggers,
                    pseudoTriggers: context.pseudoTriggers,
                    scopeEnd: abandoned == nil ? context.scopeEnd : context.abandonedScopeEnd, surpassed: surpassed),
                agent: context.agency.agent, agentCue: context.agentCue,
                modality: modality, modalityCue: abandoned == nil ? context.modalityCue : nil,
                weight: weight, credit: 0, behaviourIndex: compiledPattern.behaviourIndex,
                dimensionIndex: compiledPattern.dimensionIndex, sourcePatternIndex: Int32(compiledPattern.patternIndex)))
        }
        return matches
    }

    func stringRange(_ utf8Range: Range<Int>) -> Range<String.Index> {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)
        let end = utf8.index(start, offsetBy: utf8Range.count)
        return start..<end
    }

    func cue(_ record: Int) -> Cue {
        let token = tokens[Int(records[record].token)]
        return Cue(text: String(text[stringRange(token.utf8Range)]), codePointRange: token.codePointRange)
    }

    /// The code-point offset where a negation's reach ended: the start of the record that ended it, or the end of
    /// the sentence's last token.
    func scopeOffset(_ record: Int, sentence: Range<Int>) -> Int {
        if record < sentence.upperBound {
            return tokens[Int(records[record].token)].codePointRange.lowerBound
        }
        return tokens[Int(records[sentence.upperBound - 1].token)].codePointRange.upperBound
    }

    /// The context decisions for one span of records, with their cues as the report shows them. A class: the
    /// matches of a span share one, and copying a struct of arrays and strings would retain each of them.
    private final class SpanContext {
        let start: Int
        let end: Int
        let negation: NegationDetector.Analysis
        let agency: AgencyDetector.Analysis
        let modality: ModalityDetector.Analysis
        let triggers: [Cue]
        let pseudoTriggers: [Cue]
        let agentCue: Cue?
        let modalityCue: Cue?
        let scopeEnd: Int?
        /// The word of a dropped intention before the span, and where its reach ends (just after the span).
        let abandonedCue: Cue?
        let abandonedScopeEnd: Int?
        let utf8Range: Range<Int>
        let range: Range<String.Index>
        let codePointRange: Range<Int>
        let text: String

        init(start: Int, end: Int, view: SentenceView, builder: ReportMatchBuilder) {
            self.start = start
            self.end = end
            negation = NegationDetector.analyse(start: start, end: end, in: view)
            agency = AgencyDetector.analyse(start: start, end: end, in: view)
            modality = ModalityDetector.analyse(start: start, end: end, in: view, genericSubject: agency.generic)
            triggers = negation.triggers.map(builder.cue)
            pseudoTriggers = negation.pseudoTriggers.map(builder.cue)
            agentCue = agency.cue.map(builder.cue)
            modalityCue = modality.cue.map(builder.cue)
            scopeEnd = negation.scopeEnd.map { builder.scopeOffset($0, sentence: view.range) }
            abandonedCue = negation.abandonedIntention.map(builder.cue)
            abandonedScopeEnd = negation.abandonedIntention == nil ? nil : builder.scopeOffset(end + 1, sentence: view.range)
            let firstToken = builder.tokens[Int(builder.records[start].token)]
            let lastToken = builder.tokens[Int(builder.records[end].token)]
            utf8Range = firstToken.utf8Range.lowerBound..<lastToken.utf8Range.upperBound
            range = builder.stringRange(utf8Range)
            codePointRange = firstToken.codePointRange.lowerBound..<lastToken.codePointRange.upperBound
            text = String(builder.text[range])
        }
    }
}
