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
    init(sequences: [[[PatternAtom]]], symbolCount: Int) {
        var builder = Builder()
        for (output, patternSequences) in sequences.enumerated() {
            for sequence in patternSequences {
                builder.insert(sequence, output: Int32(output))
            }
        }
        rootTransitions = [Int32](repeating: -1, count: symbolCount)
        transitions = TransitionTable(expectedCount: builder.edges.count)
        for (key, child) in builder.edges.sorted(by: { ($0.key.node, $0.key.symbol) < ($1.key.node, $1.key.symbol) }) {
            if key.node == Self.root, Int(key.symbol) < symbolCount {
                rootTransitions[Int(key.symbol)] = child
            } else {
                transitions.insert(key.node, key.symbol, child)
            }
        }
        outputStarts = [0]
        outputs = []
        gapStarts = [0]
        gapEdges = []
        for node in 0..<builder.nodeCount {
            outputs.append(contentsOf: builder.outputs[node].sorted())
            outputStarts.append(Int32(outputs.count))
            gapEdges.append(contentsOf: builder.gaps[node].sorted { $0.key < $1.key }.map { GapEdge(width: Int32($0.key), target: $0.value) })
            gapStarts.append(Int32(gapEdges.count))
        }
        hasWordEdges = builder.hasWordEdges
    }

    private struct EdgeKey: Hashable {
        var node: Int32
        var symbol: Int32
    }

    private struct Builder {
        var edges: [EdgeKey: Int32] = [:]
        var outputs: [Set<Int32>] = [[]]
        var gaps: [[Int: Int32]] = [[:]]
        var hasWordEdges: [Bool] = [false]
        var nodeCount: Int { outputs.count }

        mutating func newNode() -> Int32 {
            outputs.append([])
            gaps.append([:])
            hasWordEdges.append(false)
            return Int32(outputs.count - 1)
        }

        mutating func insert(_ sequence: [PatternAtom], output: Int32) {
            var node = PhraseAutomaton.root
            for atom in sequence {
                switch atom {
                case .symbol(let symbol):
                    let key = EdgeKey(node: node, symbol: symbol)
                    if let child = edges[key] {
                        node = child
                    } else {
                        let child = newNode()
                        edges[key] = child
                        hasWordEdges[Int(node)] = true
                        node = child
                    }
                case .gap(let width):
                    if let child = gaps[Int(node)][width] {
                        node = child
                    } else {
                        let child = newNode()
                        gaps[Int(node)][width] = child
                        node = child
                    }
                }
            }
            outputs[Int(node)].insert(output)
        }
    }
}
