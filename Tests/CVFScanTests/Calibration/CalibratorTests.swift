import Foundation
import Testing
@testable import CVFScan

@Suite("Calibrator end to end")
struct CalibratorTests: CalibrationTestSupport {
    /// A synthetic corpus: 300 records rated on "cvf/take-ownership" by cuts 30/55/80 with 10% of ratings one
    /// point off and every third record double-marked; 8 records on "cvf/tiny" (too few to fit); records
    /// alternate between groups "G1" and "G2".
    static func corpus() -> [String: [CalibrationSample]] {
        var generator = SplitMix64(seed: 77)
        var main: [CalibrationSample] = []
        for index in 0..<300 {
            let score = Double(generator.nextIndex(below: 1_001)) / 10
            let truth = score >= 80 ? 3 : score >= 55 ? 2 : score >= 30 ? 1 : 0
            let noisy = generator.nextIndex(below: 10) == 0 ? min(3, max(0, truth + (generator.nextIndex(below: 2) == 0 ? -1 : 1))) : truth
            main.append(CalibrationSample(
                recordID: "record-\(index)", group: index % 2 == 0 ? "G1" : "G2", score: score, humanRating: noisy,
                secondHumanRating: index % 3 == 0 ? truth : nil))
        }
        let tiny = (0..<8).map { CalibrationSample(recordID: "record-\($0)", score: Double($0 * 12), humanRating: $0 % 4) }
        return ["cvf/take-ownership": main, "cvf/tiny": tiny]
    }

    static let options = CalibrationOptions(bootstrap: BootstrapOptions(replicates: 200, seed: 9))

    static func calibrate(_ samples: [String: [CalibrationSample]] = corpus(), options: CalibrationOptions = options) throws -> CalibrationSummary {
        try Calibrator.calibrate(
            samples: samples, scale: .cvfDefault, defaultThresholds: ScaleThresholds.evenlySpaced(for: .cvfDefault), options: options)
    }

    @Test("Same corpus, in any order, gives byte-identical reports")
    func deterministic() throws {
        let first = try Self.calibrate()
        let second = try Self.calibrate()
        #expect(first == second)
        var shuffled = Self.corpus()
        shuffled["cvf/take-ownership"]?.reverse()
        let reordered = try Self.calibrate(shuffled)
        #expect(reordered.renderJSON() == first.renderJSON())
        #expect(reordered.renderTable() == first.renderTable())
    }

    @Test("Fits the main dimension out of sample and falls back on the tiny one")
    func fitsAndFallsBack() throws {
        let summary = try Self.calibrate()
        #expect(summary.dimensions.map(\.id) == ["cvf/take-ownership", "cvf/tiny"])
        #expect(summary.sampleCount == 308)
        #expect(summary.recordCount == 300)
        let main = summary.dimensions[0]
        #expect(main.fit.source == .fitted)
        for (fitted, truth) in zip(main.fit.thresholds.values, [30.0, 55, 80]) { #expect(abs(fitted - truth) <= 3, "\(main.fit.thresholds.values)") }
        #expect(main.crossValidation?.folds.count == 5)
        #expect(main.metrics.count == 300)
        // Out-of-fold QWK cannot beat the in-sample optimum of the same data, and 10% noise keeps it high.
        #expect((main.metrics.qwk ?? 0) <= (main.fit.inSampleQWK ?? 0) + 1e-12)
        #expect((main.metrics.qwk ?? 0) > 0.8)
        let tiny = summary.dimensions[1]
        #expect(tiny.fit.source == .fallback(.tooFewSamples(found: 8, minimum: 20)))
        #expect(tiny.fit.thresholds == ScaleThresholds.evenlySpaced(for: .cvfDefault))
        #expect(tiny.crossValidation == nil)
        // Pooled over both dimensions.
        #expect(summary.overall.metrics.count == 308)
    }

    @Test("Degradation compares both humans on the double-marked records")
    func degradationUsesDoubleMarked() throws {
        let summary = try Self.calibrate()
        let gates = summary.dimensions[0].gates
        #expect(gates.doubleMarkedCount == 100)
        let samples = (Self.corpus()["cvf/take-ownership"] ?? []).sorted { $0.recordID.utf8.lexicographicallyPrecedes($1.recordID.utf8) }
        let bands = summary.dimensions[0].crossValidation?.bandIndices ?? []
        let doubled = samples.indices.filter { samples[$0].secondHumanRating != nil }
        let humanHuman = AgreementStatistics.quadraticWeightedKappa(
            doubled.map { samples[$0].humanRating }, doubled.map { samples[$0].secondHumanRating ?? -1 }, scale: .cvfDefault)
        let humanMachine = AgreementStatistics.quadraticWeightedKappa(
            doubled.map { samples[$0].humanRating }, doubled.map { bands[$0] }, scale: .cvfDefault)
        #expect(gates.humanHumanQWK == humanHuman)
        #expect(gates.humanMachineQWKOnDoubleMarked == humanMachine)
        if let humanHuman, let humanMachine { #expect(gates.degradation.value == humanHuman - humanMachine) }
        // The tiny dimension has no second ratings.
        #expect(summary.dimensions[1].gates.degradation.status == .notApplicable)
    }

    @Test("Adverse impact uses the deployed thresholds")
    func adverseImpactPresent() throws {
        let summary = try Self.calibrate()
        let impact = try #require(summary.dimensions[0].adverseImpact)
        #expect(impact.groups.map(\.name) == ["G1", "G2"])
        #expect(impact.groups.map(\.count) == [150, 150])
        #expect(impact.bands.map(\.threshold) == summary.dimensions[0].fit.thresholds.values)
        #expect(summary.dimensions[1].adverseImpact == nil)
    }

    @Test("JSON figures on a hand-computed fixture")
    func jsonOnKnownFixture() throws {
        // The QWK fixture's machine bands 0/1/2 as scores 10/50/90 with fixed thresholds 40/70 on 0...2.
        // Hand values (see AgreementStatisticsTests): qwk 26/61 = 0.42623, exact 0.6, adjacent 0.9,
        // precision 2/3, recall 0.8, F1 8/11, SMD 0.3/sqrt(11.3/18) = 0.37863.
        // Scores are linear in the band, so r = r(band, human) = 2.6 / sqrt(6.9 * 4.4) = 0.47187.
        // rho on ranks (bands 2.5/6/9, humans 3/7.5/10): 31.25 / sqrt(67.5 * 73.5) = 0.44366.
        // AUC: positives 10, 50, 50, 90, 90 vs negatives 10, 10, 10, 50, 90: (1.5 + 2*3.5 + 2*4.5) / 25 = 0.7.
        // scipy/sklearn on the same arrays: 0.44366428, 0.47187011, 0.7.
        let bandScore = [10.0, 50, 90]
        let samples = zip(knownHuman, knownMachine).enumerated().map { index, pair in
            CalibrationSample(recordID: "r\(index)", score: bandScore[pair.1], humanRating: pair.0)
        }
        let summary = try Calibrator.calibrate(
            samples: ["d": samples], scale: threePointScale, bandNames: ["none", "some", "lots"],
            defaultThresholds: ScaleThresholds([40, 70], scale: threePointScale),
            options: CalibrationOptions(bootstrap: BootstrapOptions(replicates: 0), fitThresholds: false))
        let json = summary.renderJSON()
        let expectedLines = """
            "n": 10,
            "spearman": 0.4437,
            "pearson": 0.4719,
            "qwk": 0.4262,
            "exact": 0.6,
            "adjacent": 0.9,
            "precision": 0.6667,
            "recall": 0.8,
            "f1": 0.7273,
            "auc": 0.7,
            "smd": 0.3786,
            "confusion": {
              "rows": "human",
              "columns": "machine",
              "labels": [0, 1, 2],
              "counts": [
                [3, 1, 1],
                [1, 2, 1],
                [0, 0, 1]
              ]
            },
            "intervals": {
              "spearman": null,
            """
        func indented(_ spaces: Int) -> String {
            expectedLines.split(separator: "\n").map { String(repeating: " ", count: spaces) + $0 }.joined(separator: "\n")
        }
        #expect(json.contains("  \"overall\": {\n" + indented(4) + "\n"), "\(json)")
        #expect(json.contains("      \"id\": \"d\",\n" + indented(6) + "\n"))
        #expect(json.hasPrefix("{\n  \"schema\": \"cvfscan.calibration-summary/1\",\n  \"scale\": {\n    \"lowest\": 0,\n    \"highest\": 2,\n    \"bands\": [\"none\", \"some\", \"lots\"]\n  },"))
        #expect(json.contains("\"thresholds\": \"fixed\",\n    \"folds\": null,"))
        #expect(json.contains("\"values\": [40, 70],\n        \"source\": \"default\",\n        \"fallbackReason\": \"threshold fitting was switched off\","))
        #expect(json.contains("\"degradation\": {\n        \"status\": \"not-applicable\",\n        \"value\": null,"))
        #expect(json.hasSuffix("}\n"))
        #expect(!json.contains("nan") && !json.contains("inf"))
    }

    @Test("Undefined figures render as null")
    func undefinedAsNull() throws {
        // Every human rating 1 and every score 50: correlations, AUC (no negatives) and QWK (both constant
        // on one point: expected disagreement 0) are undefined.
        let samples = (0..<4).map { CalibrationSample(recordID: "r\($0)", score: 50, humanRating: 1) }
        let summary = try Calibrator.calibrate(
            samples: ["d": samples], scale: .cvfDefault, defaultThresholds: ScaleThresholds([25, 60, 75], scale: .cvfDefault),
            options: CalibrationOptions(bootstrap: BootstrapOptions(replicates: 20)))
        let metrics = summary.dimensions[0].metrics
        #expect(metrics.spearman == nil && metrics.pearson == nil && metrics.auc == nil && metrics.qwk == nil && metrics.smd == nil)
        #expect(metrics.exactAgreement == 1)
        let json = summary.renderJSON()
        for key in ["spearman", "pearson", "qwk", "auc", "smd"] { #expect(json.contains("\"\(key)\": null"), "\(key)") }
        #expect(!summary.dimensions[0].gates.passed)
    }

    @Test("An empty corpus reports zero samples and undefined figures, not a crash")
    func emptyCorpus() throws {
        let summary = try Self.calibrate([:])
        #expect(summary.dimensions.isEmpty)
        #expect(summary.overall.metrics.count == 0)
        #expect(AgreementMetric.allCases.allSatisfy { summary.overall.metrics.value(of: $0) == nil })
        #expect(summary.overall.intervals == .none)
        #expect(summary.renderJSON().contains("\"overall\": {\n    \"n\": 0,\n    \"spearman\": null,"))
        #expect(summary.renderTable().contains("\noverall    0    -  -    -"))
    }

    @Test("Table lists every dimension, the pooled row and the fallback reason")
    func table() throws {
        let table = try Self.calibrate().renderTable()
        #expect(table.contains("Agreement, machine against first human"))
        #expect(table.contains("\ndimension             n    rho      r    qwk  exact  adjacent  precision  recall     f1    auc     smd  gates\n"))
        #expect(table.contains("\noverall "))
        #expect(table.contains("\ncvf/tiny            default  25 | 50 | 75        only 8 samples"))
        #expect(table.contains("only 8 samples; at least 20 are needed to fit thresholds"))
        #expect(table.contains("Deployment gates (Williamson, Xi & Breyer 2012): qwk >= 0.7, |smd| <= 0.15, degradation <= 0.1"))
        #expect(table.contains("Adverse impact"))
        #expect(table.hasSuffix("\n"))
    }

    @Test("Calibration file from a summary")
    func calibrationFile() throws {
        let summary = try Self.calibrate()
        let file = try summary.calibrationFile(corpus: "synthetic", date: "2025-11-23")
        #expect(file.dimensions.map(\.source) == [.fitted, .default])
        #expect(file.dimensions.map(\.sampleCount) == [300, 8])
        #expect(file.provenance == .init(corpus: "synthetic", sampleCount: 308, recordCount: 300, folds: 5, date: "2025-11-23"))
        #expect(try CalibrationFile.decode(file.encoded(), path: "x") == file)
    }

    @Test("Bad input is rejected with the reason", arguments: [
        (["d": [CalibrationSample(recordID: "r1", score: 10, humanRating: 1), CalibrationSample(recordID: "r1", score: 20, humanRating: 2)]],
         CalibrationOptions(), CalibrationError.duplicateSample(dimension: "d", recordID: "r1")),
        (["d": [CalibrationSample(recordID: "r1", score: 10, humanRating: 4)]], CalibrationOptions(),
         .invalidSample(dimension: "d", recordID: "r1", problem: .ratingOutsideScale(rating: 4, lowest: 0, highest: 3))),
        (["d": [CalibrationSample(recordID: "r1", score: 10, humanRating: 1, secondHumanRating: -1)]], CalibrationOptions(),
         .invalidSample(dimension: "d", recordID: "r1", problem: .secondRatingOutsideScale(rating: -1, lowest: 0, highest: 3))),
        (["d": [CalibrationSample(recordID: "r1", score: 100.5, humanRating: 1)]], CalibrationOptions(),
         .invalidSample(dimension: "d", recordID: "r1", problem: .scoreOutOfRange(score: 100.5))),
        (["d": [CalibrationSample(recordID: "", score: 10, humanRating: 1)]], CalibrationOptions(),
         .invalidSample(dimension: "d", recordID: "", problem: .emptyRecordID)),
        (["": [CalibrationSample(recordID: "r1", score: 10, humanRating: 1)]], CalibrationOptions(),
         .invalidDimension(id: "", problem: .empty)),
        ([:], CalibrationOptions(folds: 1), .invalidOption(name: "folds", value: "1", expected: "at least 2")),
        ([:], CalibrationOptions(bootstrap: BootstrapOptions(replicates: -1)),
         .invalidOption(name: "replicates", value: "-1", expected: "0...100000 (0 switches intervals off)")),
        ([:], CalibrationOptions(bootstrap: BootstrapOptions(level: 1)),
         .invalidOption(name: "level", value: "1.0", expected: "a number strictly between 0 and 1")),
        ([:], CalibrationOptions(minimumSamplesToFit: 1), .invalidOption(name: "minimum-samples", value: "1", expected: "at least 2")),
        ([:], CalibrationOptions(evidencePresentFrom: 0),
         .invalidOption(name: "evidence-present-from", value: "0", expected: "a rating within 1...3")),
    ])
    func badInput(samples: [String: [CalibrationSample]], options: CalibrationOptions, expected: CalibrationError) {
        #expect(throws: expected) {
            _ = try Calibrator.calibrate(
                samples: samples, scale: .cvfDefault, defaultThresholds: ScaleThresholds.evenlySpaced(for: .cvfDefault), options: options)
        }
    }

    @Test("NaN scores are rejected")
    func nanScore() {
        #expect {
            _ = try Calibrator.calibrate(
                samples: ["d": [CalibrationSample(recordID: "r", score: .nan, humanRating: 1)]], scale: .cvfDefault,
                defaultThresholds: ScaleThresholds.evenlySpaced(for: .cvfDefault))
        } throws: { error in
            guard case let .invalidSample(_, _, .scoreOutOfRange(score)) = error as? CalibrationError else { return false }
            return score.isNaN
        }
    }

    @Test("Bad band names and default thresholds are rejected")
    func badConfiguration() {
        #expect(throws: CalibrationError.invalidBandNames(.wrongCount(found: 2, expected: 4))) {
            _ = try Calibrator.calibrate(
                samples: [:], scale: .cvfDefault, bandNames: ["a", "b"], defaultThresholds: ScaleThresholds.evenlySpaced(for: .cvfDefault))
        }
        #expect(throws: CalibrationError.invalidThresholds(dimension: nil, problem: .wrongCount(found: 1, expected: 3))) {
            _ = try Calibrator.calibrate(
                samples: [:], scale: .cvfDefault, defaultThresholds: ScaleThresholds(validated: [50]))
        }
    }

    @Test("Number formatting", arguments: [
        (0.70004, "0.7"), (-0.00001, "0"), (2.0, "2"), (0.123456, "0.1235"), (-0.987654, "-0.9877"), (1.00004, "1"),
        (37.5, "37.5"), (100.0, "100"), (-3.0, "-3"), (0.0001, "0.0001"), (0.00005, "0.0001"),
    ])
    func numberFormatting(value: Double, text: String) {
        #expect(CalibrationNumberFormat.rounded(value) == text)
    }

    @Test("Fixed-decimal table numbers", arguments: [(0.7, "0.700"), (-0.0004, "0.000"), (1.0, "1.000"), (0.4262, "0.426")])
    func fixedFormatting(value: Double, text: String) {
        #expect(CalibrationNumberFormat.fixed(value, decimals: 3) == text)
    }

    @Test("Band names for scales")
    func bandNames() throws {
        #expect(RatingScale.cvfDefault.defaultBandNames == ["none", "limited", "moderate", "strong"])
        #expect(try RatingScale(1...5).defaultBandNames == ["level-1", "level-2", "level-3", "level-4", "level-5"])
        #expect(try ScaleThresholds([20, 40, 60, 80], scale: RatingScale(1...5)).band(for: 40, on: RatingScale(1...5)) == 3)
    }
}
