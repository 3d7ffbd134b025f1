/// One step of a compiled pattern: a word symbol, or a gap of up to N words.
enum PatternAtom: Sendable, Hashable {
    case symbol(Int32)
    case gap(Int)
}

/// Every pattern of every selected framework in one trie over word symbols, with gap edges.
///
/// A scan feeds each word of a sentence once; the set of live trie states (matches in progress) advances together,
/// a new match may start at every word, and a state that reaches a pattern's end reports it. The cost per word is
/// the number of live states — bounded by how patterns overlap in the text, not by how many patterns there are —
/// which is what makes the scan independent of lexicon size. (Classic Aho–Corasick failure links are not used:
/// words carry several symbols — stem, exact form, prefixes — and gaps, which a deterministic automaton would have
/// to multiply out.)
struct PhraseAutomaton: Sendable {
    struct GapEdge: Sendable, Hashable {
        var width: Int32
        var target: Int32
    }

    /// Child of the root per symbol (-1 if none): the hot first step is an array index.
    private(set) var rootTransitions: [Int32]
    private(set) var transitions: TransitionTable
    /// Node n's outputs are `outputs[outputStarts[n]..<outputStarts[n + 1]]`.
    private(set) var outputStarts: [Int32]
    private(set) var outputs: [Int32]
    /// Node n's gap edges are `gapEdges[gapStarts[n]..<gapStarts[n + 1]]`.
    private(set) var gapStarts: [Int32]
    private(set) var gapEdges: [GapEdge]
    /// Whether any word edge leaves node n (a state at a node without one is dropped once reported).
    private(set) var hasWordEdges: [Bool]

    static let root: Int32 = 0

    var nodeCount: Int { hasWordEdges.count }

    @inline(__always)
    func next(_ node: Int32, _ symbol: Int32) -> Int32 {
        if node == Self.root {
            return symbol >= 0 && Int(symbol) < rootTransitions.count ? rootTransitions[Int(symbol)] : -1
        }
        return transitions.next(node, symbol)
    }

    /// Builds the automaton from each pattern's word sequences. `sequences[i]` lists the sequences of output `i`.
    /// Edges go straight into the transition table as they are created; nodes are numbered in creation order, so
    /// the same lexicon always gives the same automaton.
    init(sequences: [[[PatternAtom]]], symbolCount: Int) {
        var rootTransitions = [Int32](repeating: -1, count: symbolCount)
        var transitions = TransitionTable(expectedCount: sequences.reduce(0) { $0 + $1.count } * 2)
        var outputs: [[Int32]] = [[]]
        var gaps: [[GapEdge]] = [[]]
        var hasWordEdges = [false]
        func newNode() -> Int32 {
            outputs.append([])
            gaps.append([])
            hasWordEdges.append(false)
            return Int32(outputs.count - 1)
        }
        for (output, patternSequences) in sequences.enumerated() {
            for sequence in patternSequences {
                var node = Self.root
                for atom in sequence {
                    switch atom {
                    case .symbol(let symbol):
                        guard symbol >= 0 else { continue }
                        let existing = node == Self.root ? rootTransitions[Int(symbol)] : transitions.next(node, symbol)
                        if existing >= 0 {
                            node = existing
                        } else {
                            let child = newNode()
                            if node == Self.root {
                                rootTransitions[Int(symbol)] = child
                            } else {
                                transitions.insert(node, symbol, child)
                            }
                            hasWordEdges[Int(node)] = true
                            node = child
                        }
                    case .gap(let width):
                        if let edge = gaps[Int(node)].first(where: { $0.width == Int32(width) }) {
                            node = edge.target
                        } else {
                            let child = newNode()
                            gaps[Int(node)].append(GapEdge(width: Int32(width), target: child))
                            node = child
                        }
                    }
                }
                if !outputs[Int(node)].contains(Int32(output)) { outputs[Int(node)].append(Int32(output)) }
            }
        }
        self.rootTransitions = rootTransitions
        self.transitions = transitions
        var outputStarts: [Int32] = [0]
        var flatOutputs: [Int32] = []
        var gapStarts: [Int32] = [0]
        var flatGaps: [GapEdge] = []
        outputStarts.reserveCapacity(outputs.count + 1)
        gapStarts.reserveCapacity(outputs.count + 1)
        for node in outputs.indices {
            flatOutputs.append(contentsOf: outputs[node].sorted())
            outputStarts.append(Int32(flatOutputs.count))
            flatGaps.append(contentsOf: gaps[node].sorted { $0.width < $1.width })
            gapStarts.append(Int32(flatGaps.count))
        }
        self.outputStarts = outputStarts
        self.outputs = flatOutputs
        self.gapStarts = gapStarts
        self.gapEdges = flatGaps
        self.hasWordEdges = hasWordEdges
    }
}
