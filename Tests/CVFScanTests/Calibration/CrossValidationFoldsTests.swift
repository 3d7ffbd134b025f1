import Testing
@testable import CVFScan

@Suite("Stable hashing and fold assignment")
struct CrossValidationFoldsTests: CalibrationTestSupport {
    @Test("FNV-1a 64 matches the published test vectors", arguments: [
        ("", 0xCBF2_9CE4_8422_2325 as UInt64),
        ("a", 0xAF63_DC4C_8601_EC8C),
        ("foobar", 0x8594_4171_F739_67E8),
    ])
    func fnvVectors(text: String, hash: UInt64) {
        #expect(StableHash.fnv1a64(text) == hash)
    }

    @Test("Folds are fixed by the ids, not by their order")
    func stableAssignment() {
        // Ordered by FNV-1a 64 hash the ids are r5, r4, r7, r6, r1, r3, r2 (computed with a Python port:
        // sorted(ids, key=lambda i: (fnv1a64(i), i.encode()))); dealt round-robin over 3 folds that gives
        // r5 0, r4 1, r7 2, r6 0, r1 1, r3 2, r2 0.
        let expected = ["r1": 1, "r2": 0, "r3": 2, "r4": 1, "r5": 0, "r6": 0, "r7": 2]
        let ids = ["r1", "r2", "r3", "r4", "r5", "r6", "r7"]
        #expect(CrossValidationFolds.assign(recordIDs: ids, folds: 3) == expected)
        #expect(CrossValidationFolds.assign(recordIDs: ids.reversed() + ["r3", "r1"], folds: 3) == expected)
    }

    @Test("Folds are balanced to within one record")
    func balanced() {
        let ids = (0..<103).map { "record-\($0)" }
        let assignment = CrossValidationFolds.assign(recordIDs: ids, folds: 5)
        var sizes = Array(repeating: 0, count: 5)
        for fold in assignment.values { sizes[fold] += 1 }
        #expect(sizes.sorted() == [20, 20, 21, 21, 21])
        #expect(CrossValidationFolds.assign(recordIDs: ids, folds: 0).isEmpty)
    }
}
