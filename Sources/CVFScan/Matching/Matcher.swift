/// Runs the phrase automaton over the records of one sentence, reporting every pattern match.
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

    private var active: [State] = []
    private var advanced: [State] = []
    /// Per node, the step at which a state at that node last joined `active` / `advanced`: a duplicate check needs a
    /// scan of the list only when the node is already there, which keeps each word's work linear in its states.
    private var activeStamps: [UInt32] = []
    private var advancedStamps: [UInt32] = []
    private var step: UInt32 = 0

    private mutating func nextStep(nodeCount: Int) {
        if activeStamps.count != nodeCount || step == UInt32.max {
            activeStamps = [UInt32](repeating: 0, count: nodeCount)
            advancedStamps = [UInt32](repeating: 0, count: nodeCount)
            step = 0
        }
        step += 1
    }

    mutating func match(
        records: UnsafeBufferPointer<TermRecord>, sentence: Range<Int>, parts: UnsafeBufferPointer<LexicalPart>,
        symbols: UnsafeBufferPointer<Int32>, automaton: PhraseAutomaton, into matches: inout [RawMatch]
    ) {
        automaton.withView { automaton in
            match(records: records, sentence: sentence, parts: parts, symbols: symbols, automaton: automaton, into: &matches)
        }
    }

    mutating func match(
        records: UnsafeBufferPointer<TermRecord>, sentence: Range<Int>, parts: UnsafeBufferPointer<LexicalPart>,
        symbols: UnsafeBufferPointer<Int32>, automaton: PhraseAutomaton.View, into matches: inout [RawMatch]
    ) {
        active.removeAll(keepingCapacity: true)
        for index in sentence {
            let record = records[index]
            switch record.kind {
            case .quote:
                continue
            case .clauseMark, .otherMark:
                if record.kind == .clauseMark {
                    // Only gaps may cross commas and other clause marks.
                    active.removeAll { $0.gapRemaining < 0 }
                } else {
                    active.removeAll(keepingCapacity: true)
                }
                continue
            case .word:
                break
            }
            let part = parts[Int(record.part)]
            let symbolStart = Int(part.symbolStart)
            let symbolEnd = symbolStart + Int(part.symbolCount)
            advanced.removeAll(keepingCapacity: true)
            // `active` is rebuilt below under a new step, so its stamps from before no longer count.
            nextStep(nodeCount: automaton.hasWordEdges.count)
            for state in active {
                for symbolIndex in symbolStart..<symbolEnd {
                    advance(to: automaton.next(state.node, symbols[symbolIndex]), start: state.start, automaton: automaton)
                }
                if state.gapRemaining > 0 {
                    add(State(node: state.node, start: state.start, gapRemaining: state.gapRemaining - 1))
                }
            }
            for symbolIndex in symbolStart..<symbolEnd {
                advance(to: automaton.next(PhraseAutomaton.root, symbols[symbolIndex]), start: Int32(index), automaton: automaton)
            }
            active.removeAll(keepingCapacity: true)
            for state in advanced {
                guard state.gapRemaining < 0 else {
                    append(state)
                    continue
                }
                reach(state.node, start: state.start, at: index, automaton: automaton, into: &matches)
            }
        }
    }

    @inline(__always)
    private mutating func advance(to next: Int32, start: Int32, automaton: PhraseAutomaton.View) {
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
    private mutating func reach(
        _ node: Int32, start: Int32, at index: Int, automaton: PhraseAutomaton.View, into matches: inout [RawMatch]
    ) {
        let node = Int(node)
        for output in Int(automaton.outputStarts[node])..<Int(automaton.outputStarts[node + 1]) {
            matches.append(RawMatch(pattern: automaton.outputs[output], start: start, end: Int32(index)))
        }
        for gap in Int(automaton.gapStarts[node])..<Int(automaton.gapStarts[node + 1]) {
            let edge = automaton.gapEdges[gap]
            if active.count < Self.maximumStates {
                append(State(node: edge.target, start: start, gapRemaining: Int16(edge.width)))
            }
        }
        if automaton.hasWordEdges[node], active.count < Self.maximumStates {
            append(State(node: Int32(node), start: start, gapRemaining: -1))
        }
    }

    private mutating func append(_ state: State) {
        let node = Int(state.node)
        if activeStamps[node] == step {
            for existing in active where existing == state { return }
        } else {
            activeStamps[node] = step
        }
        active.append(state)
    }

    @inline(__always)
    private mutating func add(_ state: State) {
        guard advanced.count < Self.maximumStates else { return }
        // Duplicates arise when a word carries several symbols leading to one node; they would report twice.
        let node = Int(state.node)
        if advancedStamps[node] == step {
            for existing in advanced where existing == state { return }
        } else {
            advancedStamps[node] = step
        }
        advanced.append(state)
    }
}
