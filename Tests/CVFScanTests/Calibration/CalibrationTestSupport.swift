@testable import CVFScan

/// Fixtures and helpers shared by the calibration suites; a suite gets them by conforming, which keeps these
/// names out of the test module's global namespace that other suites share.
protocol CalibrationTestSupport {}

extension CalibrationTestSupport {
    /// True when `actual` is defined and within `tolerance` of `expected`; floating-point sums differ from the
    /// exact hand fractions only in the last bits.
    func isClose(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-12) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= tolerance
    }

    /// The 0...2 scale used by the small hand-computed fixtures.
    var threePointScale: RatingScale {
        (try? RatingScale(0...2)) ?? .cvfDefault
    }

    /// Human (rows) and machine (columns) ratings whose confusion matrix on 0...2 is
    ///   [[3, 1, 1],
    ///    [1, 2, 1],
    ///    [0, 0, 1]]   n = 10, row totals [5, 4, 1], column totals [4, 3, 3].
    var knownHuman: [Int] { [0, 0, 0, 0, 0, 1, 1, 1, 1, 2] }
    var knownMachine: [Int] { [0, 0, 0, 1, 2, 0, 1, 1, 2, 2] }
}
