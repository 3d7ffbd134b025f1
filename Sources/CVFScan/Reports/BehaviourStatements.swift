/// What the report writers quote from the lexicon: each behaviour's statement, and how many behaviours each
/// dimension has, so a report can say "2 of 6 behaviours". Counter behaviours count too: denying one ("I never
/// blame others") is evidence the engine lists among a dimension's behaviours.
struct BehaviourStatements: Sendable {
    private var statements: [String: String] = [:]
    private var behaviourCounts: [String: Int] = [:]

    init(lexicon: Lexicon?) {
        guard let lexicon else { return }
        for behaviour in lexicon.behaviours {
            statements[behaviour.id] = behaviour.statement
            behaviourCounts[behaviour.dimensionID, default: 0] += 1
        }
    }

    /// The statement of a behaviour, or nil when the writer was given no lexicon (or another one).
    func statement(for behaviourID: String) -> String? {
        statements[behaviourID]
    }

    /// "2 of 6" when the lexicon is known, else "2".
    func coverage(of dimension: DimensionResult) -> String {
        let covered = dimension.behaviours.count
        guard let total = behaviourCounts[dimension.id], total > 0 else { return String(covered) }
        return "\(covered) of \(total)"
    }
}
