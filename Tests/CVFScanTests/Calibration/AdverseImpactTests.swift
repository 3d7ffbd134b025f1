import Testing
@testable import CVFScan

@Suite("Adverse impact (four-fifths rule)")
struct AdverseImpactTests: CalibrationTestSupport {
    // Thresholds 25/50/75. Group A (10): 80 80 60 60 60 30 30 30 10 10; group B (10): 60 60 60 60 30 30 10 10
    // 10 10; group C (3): 90 90 90; one sample without a group.
    private let scores: [Double] = [80, 80, 60, 60, 60, 30, 30, 30, 10, 10] + [60, 60, 60, 60, 30, 30, 10, 10, 10, 10] + [90, 90, 90, 55]
    private let groups: [String?] = Array(repeating: "A", count: 10) + Array(repeating: "B", count: 10) + ["C", "C", "C", nil]

    private func analyse() -> AdverseImpact? {
        AdverseImpact.analyse(
            scores: scores, groups: groups, thresholds: ScaleThresholds.evenlySpaced(for: .cvfDefault),
            scale: .cvfDefault, bandNames: RatingScale.cvfDefault.defaultBandNames)
    }

    @Test("Group sizes and mean scores")
    func groupSummaries() throws {
        let impact = try #require(analyse())
        // A mean (160 + 180 + 90 + 20) / 10 = 45; B (240 + 60 + 40) / 10 = 34; C 90; C has 3 < 5 members.
        #expect(impact.groups.map(\.name) == ["A", "B", "C"])
        #expect(impact.groups.map(\.count) == [10, 10, 3])
        #expect(impact.groups.map(\.meanScore) == [45, 34, 90])
        #expect(impact.groups.map(\.tooSmallToJudge) == [false, false, true])
        #expect(impact.ungroupedCount == 1)
    }

    @Test("Selection rates, ratios and flags per band")
    func selections() throws {
        let impact = try #require(analyse())
        #expect(impact.bands.map(\.name) == ["limited", "moderate", "strong"])
        #expect(impact.bands.map(\.threshold) == [25, 50, 75])
        // limited (>= 25): A 8/10, B 6/10, C 3/3. Reference = highest judged group = A 0.8 (C is too small).
        //   B 0.6 / 0.8 = 0.75 < 0.8 -> flagged; C ratio 1.25 but too small -> not flagged.
        // moderate (>= 50): A 5/10, B 4/10 -> 0.4 / 0.5 = 0.8, not below 0.8 -> not flagged.
        // strong (>= 75): A 2/10, B 0/10 -> ratio 0 -> flagged; C 3/3 -> 1 / 0.2 = 5.
        let expected: [(rates: [Double], ratios: [Double], flags: [Bool])] = [
            ([0.8, 0.6, 1], [1, 0.75, 1.25], [false, true, false]),
            ([0.5, 0.4, 1], [1, 0.8, 2], [false, false, false]),
            ([0.2, 0, 1], [1, 0, 5], [false, true, false]),
        ]
        for (band, expectation) in zip(impact.bands, expected) {
            #expect(band.selections.map(\.rate) == expectation.rates, "\(band.name)")
            for (selection, ratio) in zip(band.selections, expectation.ratios) {
                #expect(isClose(selection.ratioToHighest, ratio), "\(band.name) \(selection.group)")
            }
            #expect(band.selections.map(\.flagged) == expectation.flags, "\(band.name)")
            #expect(band.selections.map(\.tooSmallToJudge) == [false, false, true])
        }
        #expect(impact.bands.map(\.highestRate) == [0.8, 0.5, 0.2])
        #expect(impact.anyFlagged)
    }

    @Test("No groups, no report; nobody selected, no ratio")
    func degenerateCases() throws {
        #expect(AdverseImpact.analyse(
            scores: [10, 20], groups: [nil, nil], thresholds: ScaleThresholds.evenlySpaced(for: .cvfDefault),
            scale: .cvfDefault, bandNames: RatingScale.cvfDefault.defaultBandNames) == nil)
        let nobody = try #require(AdverseImpact.analyse(
            scores: Array(repeating: 5, count: 10), groups: Array(repeating: "A", count: 5) + Array(repeating: "B", count: 5),
            thresholds: ScaleThresholds.evenlySpaced(for: .cvfDefault), scale: .cvfDefault,
            bandNames: RatingScale.cvfDefault.defaultBandNames))
        // Every rate is 0, so there is no highest rate to divide by: ratios nil, nothing flagged.
        #expect(nobody.bands.allSatisfy { $0.selections.allSatisfy { $0.ratioToHighest == nil && !$0.flagged } })
        #expect(!nobody.anyFlagged)
    }
}
