extension PhraseAutomaton {
    /// The automaton's arrays as raw buffers, for the scan loop: one lookup per word and live state must not pay for
    /// array bounds checks and reference counting.
    struct View {
        let rootTransitions: UnsafeBufferPointer<Int32>
        let transitionKeys: UnsafeBufferPointer<UInt64>
        let transitionValues: UnsafeBufferPointer<Int32>
        let transitionShift: UInt64
        let multipleStarts: UnsafeBufferPointer<Int32>
        let multipleTargets: UnsafeBufferPointer<Int32>
        let outputStarts: UnsafeBufferPointer<Int32>
        let outputs: UnsafeBufferPointer<Int32>
        let gapStarts: UnsafeBufferPointer<Int32>
        let gapEdges: UnsafeBufferPointer<GapEdge>
        let wordEdgeFilters: UnsafeBufferPointer<UInt64>

        /// Where `node` goes on `symbol`: a node (>= 0), none (-1), or several (<= -2, see ``targets(_:)``).
        @inline(__always)
        func next(_ node: Int32, _ symbol: Int32) -> Int32 {
            if node == PhraseAutomaton.root {
                return symbol >= 0 && Int(symbol) < rootTransitions.count ? rootTransitions[Int(symbol)] : -1
            }
            return TransitionTable.lookup(node, symbol, keys: transitionKeys, values: transitionValues, shift: transitionShift)
        }

        /// The nodes a ``next(_:_:)`` value of -2 or less stands for.
        @inline(__always)
        func targets(_ value: Int32) -> Range<Int> {
            let index = Int(-2 - value)
            return Int(multipleStarts[index])..<Int(multipleStarts[index + 1])
        }
    }

    /// Calls `body` with buffers over the automaton's arrays; they are valid only inside `body`.
    func withView<Result>(_ body: (View) -> Result) -> Result {
        rootTransitions.withUnsafeBufferPointer { rootTransitions in
            transitions.withBuffers { keys, values, shift in
                multipleStarts.withUnsafeBufferPointer { multipleStarts in
                multipleTargets.withUnsafeBufferPointer { multipleTargets in
                outputStarts.withUnsafeBufferPointer { outputStarts in
                    outputs.withUnsafeBufferPointer { outputs in
                        gapStarts.withUnsafeBufferPointer { gapStarts in
                            gapEdges.withUnsafeBufferPointer { gapEdges in
                                wordEdgeFilters.withUnsafeBufferPointer { wordEdgeFilters in
                                    body(View(
                                        rootTransitions: rootTransitions, transitionKeys: keys, transitionValues: values,
                                        transitionShift: shift, multipleStarts: multipleStarts,
                                        multipleTargets: multipleTargets, outputStarts: outputStarts, outputs: outputs,
                                        gapStarts: gapStarts, gapEdges: gapEdges, wordEdgeFilters: wordEdgeFilters))
                                }
                            }
                        }
                    }
                }
                }
                }
            }
        }
    }
}
