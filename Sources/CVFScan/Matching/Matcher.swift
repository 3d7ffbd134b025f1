/// Runs the phrase automaton over the records of an answer's sentences, reporting every pattern match.
///
/// Live states advance together, one record at a time: a word moves each state along the edges its symbols allow
/// and starts new states from the root; a clause mark ends every state except those inside a gap (a gap may cross
/// commas, never a sentence end); a quotation mark is looked through.
///
/// States come in two kinds, kept in separate lists. A state that has just reached a node lives for one word: the
/// next word advances it or it ends. A state inside a gap (`challenge … behaviour`) lives until the last word its
/// gap allows, which it carries, so it is written once rather than copied forward at every word; on benchmark
/// answers gap states are most of the live states.
struct Matcher {
    /// A state that lives for the next word only.
    struct State: Equatable {
        var node: Int32
        var start: Int32
    }

    /// A state inside a gap: it may advance on any word up to and including word number `lastWord` of the sentence
    /// (words counted from the sentence start; clause marks and quotation marks are not words).
    struct GapState: Equatable {
        var node: Int32
        var start: Int32
        var lastWord: Int32
    }

    /// Live states are capped so a pathological lexicon stays linear; the cap is far above what real patterns
    /// reach (a handful of states per word).
    static let maximumStates = 512

    /// Per node, the step at which a state at that node last joined the advanced list: a duplicate check needs a
    /// scan of the list only when the node is already there, which keeps each word's work linear in its states.
    private var advancedStamps: [UInt32] = []
    private var step: UInt32 = 0

    /// Matches every sentence (ranges of `records`), appending to `matches`.
    mutating func match(
        records: UnsafeBufferPointer<TermRecord>, sentences: [Range<Int>], parts: UnsafeBufferPointer<LexicalPart>,
        symbols: UnsafeBufferPointer<Int32>, automaton: PhraseAutomaton.View, into matches: inout [RawMatch]
    ) {
        let nodeCount = automaton.wordEdgeFilters.count
        if advancedStamps.count != nodeCount {
            advancedStamps = [UInt32](repeating: 0, count: nodeCount)
            step = 0
        }
        // The state lists live in scratch memory for the answer: written once per state and word, they must not pay
        // for an array's uniqueness check and bookkeeping on every write.
        let active = UnsafeMutablePointer<State>.allocate(capacity: Self.maximumStates)
        let gaps = UnsafeMutablePointer<GapState>.allocate(capacity: Self.maximumStates)
        let advanced = UnsafeMutablePointer<State>.allocate(capacity: Self.maximumStates)
        defer {
            active.deallocate()
            gaps.deallocate()
            advanced.deallocate()
        }
        let finalStep = advancedStamps.withUnsafeMutableBufferPointer { advancedStamps in
            var run = MatchRun(
                automaton: automaton, active: active, gaps: gaps, advanced: advanced, advancedStamps: advancedStamps,
                step: step)
            for sentence in sentences {
                run.match(records: records, sentence: sentence, parts: parts, symbols: symbols, into: &matches)
            }
            return run.step
        }
        step = finalStep
    }
}

/// One answer's pass of the automaton: the live states and the advanced list's duplicate stamps, all in raw memory.
private struct MatchRun {
    typealias State = Matcher.State
    typealias GapState = Matcher.GapState

    let automaton: PhraseAutomaton.View
    /// States that reached a node at the previous word.
    let active: UnsafeMutablePointer<State>
    let gaps: UnsafeMutablePointer<GapState>
    /// States the current word moved to a node, before they are reported and kept.
    let advanced: UnsafeMutablePointer<State>
    let advancedStamps: UnsafeMutableBufferPointer<UInt32>
    var step: UInt32
    var activeCount = 0
    var gapCount = 0
    /// The smallest `lastWord` among the gap states: until that word has passed, none needs removing.
    var earliestGapEnd = Int32.max
    var advancedCount = 0

    /// A new step: stamps from earlier steps no longer count. At the counter's end every stamp is cleared.
    private mutating func nextStep() {
        if step == UInt32.max {
            advancedStamps.update(repeating: 0)
            step = 0
        }
        step += 1
    }

    mutating func match(
        records: UnsafeBufferPointer<TermRecord>, sentence: Range<Int>, parts: UnsafeBufferPointer<LexicalPart>,
        symbols: UnsafeBufferPointer<Int32>, into matches: inout [RawMatch]
    ) {
        activeCount = 0
        gapCount = 0
        earliestGapEnd = Int32.max
        var wordNumber: Int32 = 0
        for index in sentence {
            let record = records[index]
            switch record.kind {
            case .quote:
                continue
            case .clauseMark:
                // Only gaps may cross commas and other clause marks.
                activeCount = 0
                continue
            case .otherMark:
                activeCount = 0
                gapCount = 0
                earliestGapEnd = Int32.max
                continue
            case .word:
                break
            }
            let part = parts[Int(record.part)]
            let symbolStart = Int(part.symbolStart)
            let symbolEnd = symbolStart + Int(part.symbolCount)
            advancedCount = 0
            nextStep()
            var wordBits: UInt64 = 0
            for symbolIndex in symbolStart..<symbolEnd { wordBits |= PhraseAutomaton.symbolBit(symbols[symbolIndex]) }
            for position in 0..<activeCount {
                let state = active[position]
                let filter = automaton.wordEdgeFilters[Int(state.node)]
                if filter & wordBits != 0 {
                    advance(state.node, start: state.start, filter: filter, symbols: symbols, from: symbolStart, to: symbolEnd)
                }
            }
            // A gap state may advance on any word its gap allows. The list is compacted only when some state's gap
            // has run out, not rewritten at every word.
            for position in 0..<gapCount {
                let node = gaps[position].node
                let filter = automaton.wordEdgeFilters[Int(node)]
                if filter & wordBits != 0 {
                    advance(node, start: gaps[position].start, filter: filter, symbols: symbols, from: symbolStart, to: symbolEnd)
                }
            }
            if earliestGapEnd <= wordNumber { dropEndedGaps(after: wordNumber) }
            for symbolIndex in symbolStart..<symbolEnd {
                add(automaton.next(PhraseAutomaton.root, symbols[symbolIndex]), start: Int32(index))
            }
            activeCount = 0
            for position in 0..<advancedCount {
                let state = advanced[position]
                reach(state.node, start: state.start, at: index, wordNumber: wordNumber, into: &matches)
            }
            wordNumber += 1
        }
    }

    /// Removes the gap states whose last word is `wordNumber` or earlier.
    private mutating func dropEndedGaps(after wordNumber: Int32) {
        var kept = 0
        var earliest = Int32.max
        for position in 0..<gapCount where gaps[position].lastWord > wordNumber {
            gaps[kept] = gaps[position]
            earliest = min(earliest, gaps[position].lastWord)
            kept += 1
        }
        gapCount = kept
        earliestGapEnd = earliest
    }

    /// Moves a state along the edges of the word's symbols that its node's filter allows.
    @inline(__always)
    private mutating func advance(
        _ node: Int32, start: Int32, filter: UInt64, symbols: UnsafeBufferPointer<Int32>, from symbolStart: Int,
        to symbolEnd: Int
    ) {
        for symbolIndex in symbolStart..<symbolEnd where filter & PhraseAutomaton.symbolBit(symbols[symbolIndex]) != 0 {
            add(automaton.next(node, symbols[symbolIndex]), start: start)
        }
    }

    /// Adds the state(s) a transition leads to (-1: none; -2 or less: several nodes) to the advanced list.
    @inline(__always)
    private mutating func add(_ next: Int32, start: Int32) {
        if next >= 0 {
            addAdvanced(State(node: next, start: start))
        } else if next <= -2 {
            for target in automaton.targets(next) {
                addAdvanced(State(node: automaton.multipleTargets[target], start: start))
            }
        }
    }

    /// A state has reached `node` on the word at `index`: report the patterns ending there, start the gaps that
    /// leave it, and keep it alive if words can follow.
    private mutating func reach(_ node: Int32, start: Int32, at index: Int, wordNumber: Int32, into matches: inout [RawMatch]) {
        let node = Int(node)
        for output in Int(automaton.outputStarts[node])..<Int(automaton.outputStarts[node + 1]) {
            matches.append(RawMatch(pattern: automaton.outputs[output], start: start, end: Int32(index)))
        }
        for gap in Int(automaton.gapStarts[node])..<Int(automaton.gapStarts[node + 1]) where gapCount < Matcher.maximumStates {
            let edge = automaton.gapEdges[gap]
            // The gap's next word may follow at once or after up to `width` skipped words.
            let lastWord = wordNumber + 1 + Int32(edge.width)
            gaps[gapCount] = GapState(node: edge.target, start: start, lastWord: lastWord)
            gapCount += 1
            earliestGapEnd = min(earliestGapEnd, lastWord)
        }
        if automaton.wordEdgeFilters[node] != 0, activeCount < Matcher.maximumStates {
            active[activeCount] = State(node: Int32(node), start: start)
            activeCount += 1
        }
    }

    /// Duplicates arise when a word carries several symbols leading to one node, or two live states lead there;
    /// they would report twice.
    @inline(__always)
    private mutating func addAdvanced(_ state: State) {
        guard advancedCount < Matcher.maximumStates else { return }
        let node = Int(state.node)
        if advancedStamps[node] == step {
            for position in 0..<advancedCount where advanced[position] == state { return }
        } else {
            advancedStamps[node] = step
        }
        advanced[advancedCount] = state
        advancedCount += 1
    }
}
