extension ScanState {
    /// Decides every match's context, scores each dimension and assembles the report.
    func makeReport(text: String, id: String?) -> Report {
        let patterns = compiled.patterns
        var matches: [Match] = []
        matches.reserveCapacity(rawMatches.count)
        var sentenceIndex = 0
        records.withUnsafeBufferPointer { records in
            for raw in rawMatches {
                while sentenceIndex < sentences.count, sentences[sentenceIndex].upperBound <= Int(raw.start) {
                    sentenceIndex += 1
                }
                guard sentenceIndex < sentences.count else { break }
                // A piece of a sentence cut for length sees some of the sentence around it (ScanState.contextMargin).
                let view = SentenceView(records: records, range: contextRanges[sentenceIndex], cache: cache)
                let start = Int(raw.start)
                let end = Int(raw.end)
                let compiledPattern = patterns[Int(raw.pattern)]
                let behaviourIndex = Int(compiledPattern.behaviourIndex)

                let negation = NegationDetector.analyse(start: start, end: end, in: view)
                let agency = AgencyDetector.analyse(start: start, end: end, in: view)
                let modality = ModalityDetector.analyse(start: start, end: end, in: view, genericSubject: agency.generic)

                let polarity = negation.negated ? compiledPattern.polarity.opposite : compiledPattern.polarity
                var weight = compiledPattern.weight
                    * ScoringModel.agentFactor(agency.agent, implied: agency.cue == nil)
                    * ScoringModel.modalityFactor(modality.modality)
                if negation.negated && compiledPattern.polarity == .counter {
                    weight *= ScoringModel.deniedCounterFactor
                }
                // "I didn't just ignore it": neither the fault nor its denial (NegationDecision.surpassed).
                let surpassed = !negation.negated && negation.notJust != nil && compiledPattern.polarity == .counter
                if surpassed { weight = 0 }
                let firstToken = tokens[Int(records[start].token)]
                let lastToken = tokens[Int(records[end].token)]
                let utf8Range = firstToken.utf8Range.lowerBound..<lastToken.utf8Range.upperBound
                let range = stringRange(utf8Range, in: text)
                matches.append(Match(
                    dimensionID: compiled.behaviourDimensionIDs[behaviourIndex], behaviourID: compiled.behaviourIDs[behaviourIndex],
                    pattern: compiled.patternText(Int(raw.pattern)), role: compiledPattern.role,
                    patternLocation: compiled.patternLocation(Int(raw.pattern)), text: String(text[range]), range: range,
                    codePointRange: firstToken.codePointRange.lowerBound..<lastToken.codePointRange.upperBound,
                    utf8Range: utf8Range, behaviourPolarity: compiled.behaviourPolarities[behaviourIndex], polarity: polarity,
                    negation: NegationDecision(
                        negated: negation.negated, triggers: negation.triggers.map { cue($0, in: text) },
                        pseudoTriggers: negation.pseudoTriggers.map { cue($0, in: text) },
                        scopeEnd: negation.scopeEnd.map { scopeOffset($0, sentence: view.range) }, surpassed: surpassed),
                    agent: agency.agent, agentCue: agency.cue.map { cue($0, in: text) },
                    modality: modality.modality, modalityCue: modality.cue.map { cue($0, in: text) },
                    weight: weight, credit: 0, behaviourIndex: compiledPattern.behaviourIndex,
                    dimensionIndex: compiledPattern.dimensionIndex))
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

    private func stringRange(_ utf8Range: Range<Int>, in text: String) -> Range<String.Index> {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: utf8Range.lowerBound)
        let end = utf8.index(start, offsetBy: utf8Range.count)
        return start..<end
    }

    private func cue(_ record: Int, in text: String) -> Cue {
        let token = tokens[Int(records[record].token)]
        return Cue(text: String(text[stringRange(token.utf8Range, in: text)]), codePointRange: token.codePointRange)
    }

    /// The code-point offset where a negation's reach ended: the start of the record that ended it, or the end of
    /// the sentence's last token.
    private func scopeOffset(_ record: Int, sentence: Range<Int>) -> Int {
        if record < sentence.upperBound {
            return tokens[Int(records[record].token)].codePointRange.lowerBound
        }
        return tokens[Int(records[sentence.upperBound - 1].token)].codePointRange.upperBound
    }
}
