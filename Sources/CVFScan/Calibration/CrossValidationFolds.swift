/// Deterministic assignment of records to cross-validation folds.
///
/// Distinct record ids are ordered by their FNV-1a 64-bit hash (ties by UTF-8 bytes) and dealt round-robin,
/// so folds differ in size by at most one record, the same corpus always gives the same folds whatever the
/// order of its records, and a record keeps one fold across all dimensions.
public enum CrossValidationFolds {
    /// The zero-based fold of every distinct id in `recordIDs`; empty when `folds` is below 1.
    public static func assign(recordIDs: [String], folds: Int) -> [String: Int] {
        guard folds >= 1 else { return [:] }
        let distinct = Set(recordIDs).map { (hash: StableHash.fnv1a64($0), id: $0) }
        let ordered = distinct.sorted { left, right in
            if left.hash != right.hash { return left.hash < right.hash }
            return left.id.utf8.lexicographicallyPrecedes(right.id.utf8)
        }
        var assignment: [String: Int] = [:]
        assignment.reserveCapacity(ordered.count)
        for (position, entry) in ordered.enumerated() { assignment[entry.id] = position % folds }
        return assignment
    }
}
