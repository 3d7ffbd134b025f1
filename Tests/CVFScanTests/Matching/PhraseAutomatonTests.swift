import Testing
@testable import CVFScan

/// The matcher skips a live state's table lookups when its node's filter lacks a symbol's bit, so a filter missing
/// the bit of any edge would silently lose matches.
@Suite("Phrase automaton")
struct PhraseAutomatonTests {
    @Test("every word edge's symbol is in its node's filter, and only nodes with edges have one", arguments: [["cvf"], Lexicon.builtInFrameworkIDs])
    func filtersCoverEveryEdge(frameworks: [String]) throws {
        let scanner = try EvidenceScanner(lexicon: try Lexicon.builtIn(frameworks: frameworks), frameworks: frameworks)
        let automaton = scanner.compiled.automaton
        let filters = automaton.wordEdgeFilters.withUnsafeBufferPointer { Array($0) }
        let table = automaton.transitions.storage
        let keys = table.keys.withUnsafeBufferPointer { Array($0) }
        var nodesWithEdges = Set<Int>()
        var edges = 0
        for key in keys where key != UInt64.max {
            let node = Int(key >> 32)
            let symbol = Int32(bitPattern: UInt32(truncatingIfNeeded: key))
            #expect(filters[node] & PhraseAutomaton.symbolBit(symbol) != 0)
            nodesWithEdges.insert(node)
            edges += 1
        }
        #expect(edges == table.count)
        #expect(edges > 1_000)
        let rootSymbols = automaton.rootTransitions.withUnsafeBufferPointer { transitions in
            transitions.indices.filter { transitions[$0] != -1 }
        }
        for symbol in rootSymbols {
            #expect(filters[Int(PhraseAutomaton.root)] & PhraseAutomaton.symbolBit(Int32(symbol)) != 0)
        }
        for node in 1..<filters.count where !nodesWithEdges.contains(node) {
            #expect(filters[node] == 0)
        }
    }

    @Test("symbol bits spread over the whole word")
    func symbolBitsSpread() {
        let bits = (0..<4_096).reduce(UInt64(0)) { $0 | PhraseAutomaton.symbolBit(Int32($1)) }
        #expect(bits == UInt64.max)
        #expect((0..<4_096).allSatisfy { PhraseAutomaton.symbolBit(Int32($0)).nonzeroBitCount == 1 })
    }
}
