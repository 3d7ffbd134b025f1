/// Runs the phrase automaton over the records of an answer's sentences, reporting every pattern match.
///
/// Live states advance together, one record at a time: a word moves each state along the edges its symbols allow
/// and starts new states from the root; a clause mark ends every state except those inside a gap (a gap may cross
/// commas, never a sentence end); a quotation mark is looked through.
struct Matcher {
    struct State: Equatable {
        var node: Int32
        var start: Int32
        /// Words a gap state may still skip; -1 for a state not in a gap.
        var gapRemaining: Int16
    }

    /// Live states are capped so a pathological lexicon stays linear; the cap is far above what real patterns
    /// reach (a handful of states per word).
    static let maximumStates = 512

    /// Per node, the step at which a state at that node last joined the active / advanced list: a duplicate check
    /// needs a scan of the list only when the node is already there, which keeps each word's work linear in its
    /// states.
    private var activeStamps: [UInt32] = []
    private var advancedStamps: [UInt32] = []
    private var step: UInt32 = 0

    /// Matches every sentence (ranges of `records`), appending to `matches`.
    mutating func match(
        records: UnsafeBufferPointer<TermRecord>, sentences: [Range<Int>], parts: UnsafeBufferPointer<LexicalPart>,
        symbols: UnsafeBufferPointer<Int32>, automaton: PhraseAutomaton.View, into matches: inout [RawMatch]
    ) {
        let nodeCount = automaton.wordEdgeFilters.count
        if activeStamps.count != nodeCount {
            activeStamps = [UInt32](repeating: 0, count: nodeCount)
            advancedStamps = [UInt32](repeating: 0, count: nodeCount)
            step = 0
        }
        // The state lists live in scratch memory for the answer: written once per state and word, they must not pay
        // for an array's uniqueness check and bookkeeping on every write.
        let active = UnsafeMutablePointer<State>.allocate(capacity: Self.maximumStates)
        let advanced = UnsafeMutablePointer<State>.allocate(capacity: Self.maximumStates)
        defer {
            active.deallocate()
            advanced.deallocate()
        }
        let finalStep = activeStamps.withUnsafeMutableBufferPointer { activeStamps in
            advancedStamps.withUnsafeMutableBufferPointer { advancedStamps in
                var run = MatchRun(
                    automaton: automaton, active: active, advanced: advanced, activeStamps: activeStamps,
                    advancedStamps: advancedStamps, step: step)
                for sentence in sentences {
                    run.match(records: records, sentence: sentence, parts: parts, symbols: symbols, into: &matches)
                }
                return run.step
            }
        }
        step = finalStep
    }
}

/// One answer's pass of the automaton: the live states and their duplicate stamps, all in raw memory.
private struct MatchRun {
    typealias State = Matcher.State

    let automaton: PhraseAutomaton.View
    let active: UnsafeMutablePointer<State>
    let advanced: UnsafeMutablePointer<State>
    let activeStamps: UnsafeMutableBufferPointer<UInt32>
    let advancedStamps: UnsafeMutableBufferPointer<UInt32>
    var step: UInt32
    var activeCount = 0
    var advancedCount = 0

    /// A new step: stamps from earlier steps no longer count. At the counter's end every stamp is cleared.
    private mutating func nextStep() {
        if step == UInt32.max {
            activeStamps.update(repeating: 0)
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
        for index in sentence {
            let record = records[index]
            switch record.kind {
            case .quote:
                continue
            case .clauseMark:
                // Only gaps may cross commas and other clause marks.
                var kept = 0
                for position in 0..<activeCount where active[position].gapRemaining >= 0 {
                    active[kept] = active[position]
                    kept += 1
                }
                activeCount = kept
                continue
            case .otherMark:
                activeCount = 0
                continue
            case .word:
                break
            }
            let part = parts[Int(record.part)]
            let symbolStart = Int(part.symbolStart)
            let symbolEnd = symbolStart + Int(part.symbolCount)
            advancedCount = 0
            // The active list is rebuilt below under a new step, so its stamps from before no longer count.
            nextStep()
            var wordBits: UInt64 = 0
            for symbolIndex in symbolStart..<symbolEnd { wordBits |= PhraseAutomaton.symbolBit(symbols[symbolIndex]) }
            for position in 0..<activeCount {
                let state = active[position]
                let filter = automaton.wordEdgeFilters[Int(state.node)]
                if filter & wordBits != 0 {
                    for symbolIndex in symbolStart..<symbolEnd
                    where filter & PhraseAutomaton.symbolBit(symbols[symbolIndex]) != 0 {
                        advance(to: automaton.next(state.node, symbols[symbolIndex]), start: state.start)
                    }
                }
                if state.gapRemaining > 0 {
                    add(State(node: state.node, start: state.start, gapRemaining: state.gapRemaining - 1))
                }
            }
            for symbolIndex in symbolStart..<symbolEnd {
                advance(to: automaton.next(PhraseAutomaton.root, symbols[symbolIndex]), start: Int32(index))
            }
            activeCount = 0
            for position in 0..<advancedCount {
                let state = advanced[position]
                guard state.gapRemaining < 0 else {
                    append(state)
                    continue
                }
                reach(state.node, start: state.start, at: index, into: &matches)
            }
        }
    }

    @inline(__always)
    private mutating func advance(to next: Int32, start: Int32) {
        if next >= 0 {
            add(State(node: next, start: start, gapRemaining: -1))
        } else if next <= -2 {
            for target in automaton.targets(next) {
                add(State(node: automaton.multipleTargets[target], start: start, gapRemaining: -1))
            }
        }
    }

    /// A state has reached `node` on the word at `index`: report the patterns ending there, start the gaps that
    /// leave it, and keep it alive if words can follow.
    private mutating func reach(_ node: Int32, start: Int32, at index: Int, into matches: inout [RawMatch]) {
        let node = Int(node)
        for output in Int(automaton.outputStarts[node])..<Int(automaton.outputStarts[node + 1]) {
            matches.append(RawMatch(pattern: automaton.outputs[output], start: start, end: Int32(index)))
        }
        for gap in Int(automaton.gapStarts[node])..<Int(automaton.gapStarts[node + 1]) {
            let edge = automaton.gapEdges[gap]
            append(State(node: edge.target, start: start, gapRemaining: Int16(edge.width)))
        }
        if automaton.wordEdgeFilters[node] != 0 {
            append(State(node: Int32(node), start: start, gapRemaining: -1))
        }
    }

    @inline(__always)
    private mutating func append(_ state: State) {
        guard activeCount < Matcher.maximumStates else { return }
        let node = Int(state.node)
        if activeStamps[node] == step {
            for position in 0..<activeCount where active[position] == state { return }
        } else {
            activeStamps[node] = step
        }
        active[activeCount] = state
        activeCount += 1
    }

    @inline(__always)
    private mutating func add(_ state: State) {
        guard advancedCount < Matcher.maximumStates else { return }
        // Duplicates arise when a word carries several symbols leading to one node; they would report twice.
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
