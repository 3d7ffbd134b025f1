/// Every pattern of every selected framework in one trie over word symbols, with gap edges.
///
/// A scan feeds each word of a sentence once; the set of live trie states (matches in progress) advances together,
/// a new match may start at every word, and a state that reaches a pattern's end reports it. The cost per word is
/// the number of live states — bounded by how patterns overlap in the text, not by how many patterns there are —
/// which is what makes the scan independent of lexicon size. (Classic Aho–Corasick failure links are not used:
/// words carry several symbols — stem, exact form, prefixes — and gaps, which a deterministic automaton would have
/// to multiply out.)
struct PhraseAutomaton: Sendable {
    /// An edge that lets up to `width` words pass before matching continues at `target`; in the builder, width 0
    /// joins branches.
    struct GapEdge: Sendable, Hashable {
        var width: Int32
        var target: Int32
    }

    /// Child of the root per symbol: a node (>= 0), none (-1), or several (see ``targets(_:)``): the hot first step
    /// is an array index.
    private(set) var rootTransitions: IntegerRun<Int32>
    private(set) var transitions: TransitionTable
    /// Where one node and symbol lead to several nodes, the table holds `-2 - k` and the nodes are
    /// `multipleTargets[multipleStarts[k]..<multipleStarts[k + 1]]`.
    private(set) var multipleStarts: IntegerRun<Int32>
    private(set) var multipleTargets: IntegerRun<Int32>
    /// Node n's outputs are `outputs[outputStarts[n]..<outputStarts[n + 1]]`.
    private(set) var outputStarts: IntegerRun<Int32>
    private(set) var outputs: IntegerRun<Int32>
    /// Node n's gap edges are `gapEdges[gapStarts[n]..<gapStarts[n + 1]]`; every width is at least 1.
    private(set) var gapStarts: IntegerRun<Int32>
    private(set) var gapEdges: [GapEdge]
    /// Per node, one bit (``symbolBit(_:)``) for each symbol a word edge leaving it carries; zero when none does (a
    /// state at such a node is dropped once reported). Most live states have no edge for most symbols of a word, and
    /// this word, read once per state, says so without probing the transition table, whose misses dominated the scan.
    private(set) var wordEdgeFilters: IntegerRun<UInt64>

    static let root: Int32 = 0

    var nodeCount: Int { wordEdgeFilters.count }

    /// The bit of ``wordEdgeFilters`` a symbol sets.
    @inline(__always)
    static func symbolBit(_ symbol: Int32) -> UInt64 {
        1 &<< ((UInt64(UInt32(bitPattern: symbol)) &* 0x9E37_79B9_7F4A_7C15) &>> 58)
    }

    /// An automaton restored from its parts (the compiled-lexicon cache); nil if they do not fit together.
    init?(
        rootTransitions: IntegerRun<Int32>, transitions: TransitionTable, multipleStarts: IntegerRun<Int32>,
        multipleTargets: IntegerRun<Int32>, outputStarts: IntegerRun<Int32>, outputs: IntegerRun<Int32>,
        gapStarts: IntegerRun<Int32>, gapEdges: [GapEdge], wordEdgeFilters: IntegerRun<UInt64>
    ) {
        let nodes = wordEdgeFilters.count
        let multiples = multipleStarts.count - 1
        // A target is a node (>= 0), none (-1) or a multiple k (-2 - k): exactly the values in -1 - multiples..<nodes.
        // Checked as one minimum and maximum per array, which the compiler vectorises: a warm start-up checks
        // every value of the cached automaton (a few hundred thousand).
        let lowestTarget = -1 - multiples
        guard nodes > 0, multiples >= 0, outputStarts.count == nodes + 1, gapStarts.count == nodes + 1,
              multipleStarts.first == 0, multipleStarts.last.map({ Int($0) == multipleTargets.count }) ?? false,
              outputStarts.first == 0, outputStarts.last.map({ Int($0) == outputs.count }) ?? false,
              gapStarts.first == 0, gapStarts.last.map({ Int($0) == gapEdges.count }) ?? false,
              Self.isNondecreasing(multipleStarts), Self.isNondecreasing(outputStarts), Self.isNondecreasing(gapStarts),
              Self.allWithin(multipleTargets, 0, nodes - 1),
              Self.allWithin(rootTransitions, lowestTarget, nodes - 1),
              Self.allWithin(transitions.storage.values, lowestTarget, nodes - 1),
              gapEdges.allSatisfy({ $0.target >= 0 && Int($0.target) < nodes && $0.width >= 1 }) else { return nil }
        self.rootTransitions = rootTransitions
        self.transitions = transitions
        self.multipleStarts = multipleStarts
        self.multipleTargets = multipleTargets
        self.outputStarts = outputStarts
        self.outputs = outputs
        self.gapStarts = gapStarts
        self.gapEdges = gapEdges
        self.wordEdgeFilters = wordEdgeFilters
    }

    /// Whether every value lies in `lowest...highest`.
    private static func allWithin(_ values: IntegerRun<Int32>, _ lowest: Int, _ highest: Int) -> Bool {
        guard !values.isEmpty else { return true }
        guard lowest <= highest, lowest >= Int(Int32.min), highest <= Int(Int32.max) else { return false }
        var minimum = Int32.max
        var maximum = Int32.min
        values.withUnsafeBufferPointer { buffer in
            for value in buffer {
                minimum = Swift.min(minimum, value)
                maximum = Swift.max(maximum, value)
            }
        }
        return Int(minimum) >= lowest && Int(maximum) <= highest
    }

    /// Whether each value is at least the one before it.
    private static func isNondecreasing(_ values: IntegerRun<Int32>) -> Bool {
        values.withUnsafeBufferPointer { buffer in
            var descents = 0
            for index in buffer.indices.dropFirst() where buffer[index] < buffer[index - 1] { descents += 1 }
            return descents == 0
        }
    }

    /// Builds the automaton from a finished builder, giving provisional symbols their final numbers.
    ///
    /// The builder joins the branches of alternatives and optional parts with zero-width edges. A node shared by
    /// many patterns ("I" + …) can reach dozens of joins that way, and a scan that followed them would keep a
    /// live state for each and look each up at every word. So they are removed here: every node takes over the
    /// word edges, gap edges and outputs of the nodes it reaches through zero-width edges (its closure), and a
    /// (node, symbol) may then lead to several nodes. The matches found are the same; the work per word is one
    /// lookup per live state.
    init(_ builder: PhraseAutomatonBuilder, symbolCount: Int, finalSymbol: (Int32) -> Int32) {
        let nodeCount = builder.nodeCount
        var wordEdges = [[(symbol: Int32, target: Int32)]](repeating: [], count: nodeCount)
        for edge in builder.edges {
            let symbol = finalSymbol(edge.symbol)
            guard symbol >= 0, Int(symbol) < symbolCount else { continue }
            wordEdges[Int(edge.from)].append((symbol, edge.to))
        }
        let outputsByNode = builder.outputsByNode()
        let gapsByNode = builder.gapsByNode()

        var visitedStamp = [Int](repeating: -1, count: nodeCount)
        var stack: [Int] = []
        var closure: [Int] = []
        var rootTransitions = [Int32](repeating: -1, count: symbolCount)
        var transitionEntries: [(state: Int32, symbol: Int32, target: Int32)] = []
        transitionEntries.reserveCapacity(builder.edges.count)
        var multipleStarts: [Int32] = [0]
        var multipleTargets: [Int32] = []
        var outputStarts: [Int32] = [0]
        var flatOutputs: [Int32] = []
        var gapStarts: [Int32] = [0]
        var flatGaps: [GapEdge] = []
        var wordEdgeFilters = [UInt64](repeating: 0, count: nodeCount)
        outputStarts.reserveCapacity(nodeCount + 1)
        gapStarts.reserveCapacity(nodeCount + 1)
        for node in 0..<nodeCount {
            closure.removeAll(keepingCapacity: true)
            stack.append(node)
            visitedStamp[node] = node
            while let current = stack.popLast() {
                closure.append(current)
                for gap in gapsByNode[current] where gap.width == 0 && visitedStamp[Int(gap.target)] != node {
                    visitedStamp[Int(gap.target)] = node
                    stack.append(Int(gap.target))
                }
            }
            var edges: [(symbol: Int32, target: Int32)] = []
            var nodeOutputs: [Int32] = []
            var nodeGaps: [GapEdge] = []
            for member in closure {
                edges.append(contentsOf: wordEdges[member])
                nodeOutputs.append(contentsOf: outputsByNode[member])
                nodeGaps.append(contentsOf: gapsByNode[member].filter { $0.width > 0 })
            }
            edges.sort { $0.symbol != $1.symbol ? $0.symbol < $1.symbol : $0.target < $1.target }
            var index = 0
            while index < edges.count {
                let symbol = edges[index].symbol
                var targets: [Int32] = []
                while index < edges.count, edges[index].symbol == symbol {
                    if targets.last != edges[index].target { targets.append(edges[index].target) }
                    index += 1
                }
                let value: Int32
                if targets.count == 1 {
                    value = targets[0]
                } else {
                    value = -2 - Int32(multipleStarts.count - 1)
                    multipleTargets.append(contentsOf: targets)
                    multipleStarts.append(Int32(multipleTargets.count))
                }
                if node == Int(Self.root) {
                    rootTransitions[Int(symbol)] = value
                } else {
                    transitionEntries.append((Int32(node), symbol, value))
                }
            }
            wordEdgeFilters[node] = edges.reduce(0) { $0 | Self.symbolBit($1.symbol) }
            flatOutputs.append(contentsOf: Set(nodeOutputs).sorted())
            outputStarts.append(Int32(flatOutputs.count))
            let sortedGaps = Set(nodeGaps).sorted { $0.width != $1.width ? $0.width < $1.width : $0.target < $1.target }
            flatGaps.append(contentsOf: sortedGaps)
            gapStarts.append(Int32(flatGaps.count))
        }
        self.rootTransitions = IntegerRun(rootTransitions)
        self.transitions = TransitionTable(entries: transitionEntries)
        self.multipleStarts = IntegerRun(multipleStarts)
        self.multipleTargets = IntegerRun(multipleTargets)
        self.outputStarts = IntegerRun(outputStarts)
        self.outputs = IntegerRun(flatOutputs)
        self.gapStarts = IntegerRun(gapStarts)
        self.gapEdges = flatGaps
        self.wordEdgeFilters = IntegerRun(wordEdgeFilters)
    }
}

/// Builds a ``PhraseAutomaton`` by walking each pattern's element tree straight into the trie: a frontier of
/// (node, pending gap) positions advances element by element, so optional parts and alternatives branch the
/// frontier instead of being multiplied out into word sequences, and shared prefixes are stored once. Nodes are
/// numbered in creation order, so the same lexicon always gives the same automaton.
struct PhraseAutomatonBuilder {
    struct Edge {
        var from: Int32
        var symbol: Int32
        var to: Int32
    }

    /// A place the walk has reached: a node, and the gap width still to insert before the next word. Gaps are
    /// inserted lazily, so a gap that an optional part leaves at the start or end of a sequence disappears and
    /// neighbouring gaps merge.
    struct Position: Hashable {
        var node: Int32
        var gap: Int16
    }

    private(set) var edges: [Edge] = []
    private var edgeIndex: [Int64: Int32] = [:]
    private var gapIndex: [Int64: Int32] = [:]
    private var gapList: [(node: Int32, edge: PhraseAutomaton.GapEdge)] = []
    private var outputList: [(node: Int32, output: Int32)] = []
    /// Nodes made so far, the root included.
    private(set) var nodeCount = 1

    private mutating func newNode() -> Int32 {
        nodeCount += 1
        return Int32(nodeCount - 1)
    }

    private mutating func child(of node: Int32, symbol: Int32) -> Int32 {
        let key = Int64(node) << 32 | Int64(UInt32(bitPattern: symbol))
        if let existing = edgeIndex[key] { return existing }
        let created = newNode()
        edgeIndex[key] = created
        edges.append(Edge(from: node, symbol: symbol, to: created))
        return created
    }

    private mutating func gapChild(of node: Int32, width: Int) -> Int32 {
        let key = Int64(node) << 32 | Int64(width)
        if let existing = gapIndex[key] { return existing }
        let created = newNode()
        gapIndex[key] = created
        gapList.append((node, PhraseAutomaton.GapEdge(width: Int32(width), target: created)))
        return created
    }

    /// Advances every position along one word symbol, inserting pending gaps first.
    mutating func advance(_ positions: [Position], symbol: Int32) -> [Position] {
        var next: [Position] = []
        next.reserveCapacity(positions.count)
        for position in positions {
            var node = position.node
            if position.gap > 0, node != PhraseAutomaton.root {
                node = gapChild(of: node, width: min(Int(position.gap), PatternParser.maximumGap))
            }
            let target = Position(node: child(of: node, symbol: symbol), gap: 0)
            if !next.contains(target) { next.append(target) }
        }
        return next
    }

    /// Adds a gap to every position (a gap at the root, before any word, is dropped).
    func gap(_ positions: [Position], width: Int) -> [Position] {
        positions.map { position in
            position.node == PhraseAutomaton.root ? position
                : Position(node: position.node, gap: Int16(min(Int(position.gap) + width, PatternParser.maximumGap)))
        }
    }

    /// Joins the branches of a frontier into one node through zero-width edges, so what follows an optional part
    /// or a group of alternatives is built once instead of once per branch (a trie would multiply them). The
    /// matcher treats reaching a branch as reaching the join too. The root and positions with a pending gap stay
    /// as they are.
    mutating func merge(_ positions: [Position]) -> [Position] {
        let joinable = positions.filter { $0.node != PhraseAutomaton.root && $0.gap == 0 }
        guard joinable.count > 1 else { return positions }
        let joined = newNode()
        for position in joinable {
            gapList.append((position.node, PhraseAutomaton.GapEdge(width: 0, target: joined)))
        }
        return [Position(node: joined, gap: 0)] + positions.filter { $0.node == PhraseAutomaton.root || $0.gap != 0 }
    }

    /// Ends a sequence of `output` at every position; a pending gap is dropped, and the root ends nothing.
    mutating func finish(_ positions: [Position], output: Int32) {
        for position in positions where position.node != PhraseAutomaton.root {
            outputList.append((position.node, output))
        }
    }

    func outputsByNode() -> [[Int32]] {
        var result = [[Int32]](repeating: [], count: nodeCount)
        for (node, output) in outputList where !result[Int(node)].contains(output) {
            result[Int(node)].append(output)
        }
        return result.map { $0.sorted() }
    }

    func gapsByNode() -> [[PhraseAutomaton.GapEdge]] {
        var result = [[PhraseAutomaton.GapEdge]](repeating: [], count: nodeCount)
        for (node, edge) in gapList { result[Int(node)].append(edge) }
        return result.map { $0.sorted { $0.width < $1.width } }
    }
}
