import Testing
@testable import CVFScan

@Suite("Agreement statistics against hand computations")
struct AgreementStatisticsTests: CalibrationTestSupport {
    @Test("Spearman with ties uses average ranks")
    func spearmanWithTies() {
        // x = [10, 20, 20, 40, 50] -> ranks [1, 2.5, 2.5, 4, 5]; y = [1, 2, 3, 3, 5] -> ranks [1, 2, 3.5, 3.5, 5].
        // Both rank means are 3; deviations dx = [-2, -.5, -.5, 1, 2], dy = [-2, -1, .5, .5, 2].
        // sum dx*dy = 4 + .5 - .25 + .5 + 4 = 8.75; sum dx^2 = sum dy^2 = 9.5; rho = 8.75 / 9.5 = 35/38.
        // Cross-checked once with scipy.stats.spearmanr: 0.9210526315789475.
        #expect(isClose(AgreementStatistics.spearman([10, 20, 20, 40, 50], [1, 2, 3, 3, 5]), 35.0 / 38.0))
    }

    @Test("Pearson r")
    func pearson() {
        // means 28 and 2.8; dx = [-18, -8, -8, 12, 22], dy = [-1.8, -.8, .2, .2, 2.2];
        // sum dx*dy = 32.4 + 6.4 - 1.6 + 2.4 + 48.4 = 88; sum dx^2 = 1080; sum dy^2 = 8.8;
        // r = 88 / sqrt(1080 * 8.8) = 88 / sqrt(9504). scipy.stats.pearsonr: 0.90267093384844.
        #expect(isClose(AgreementStatistics.pearson([10, 20, 20, 40, 50], [1, 2, 3, 3, 5]), 88 / (9504.0).squareRoot()))
    }

    @Test("Perfect and inverted agreement give +1 and -1", arguments: [
        ([10.0, 20, 30, 40], [0.0, 1, 2, 3], 1.0),
        ([10.0, 20, 30, 40], [3.0, 2, 1, 0], -1.0),
    ])
    func perfectAndInverted(scores: [Double], ratings: [Double], expected: Double) {
        // Perfectly monotone and linear columns: both coefficients are exactly +-1 by definition.
        #expect(isClose(AgreementStatistics.spearman(scores, ratings), expected))
        #expect(isClose(AgreementStatistics.pearson(scores, ratings), expected))
    }

    @Test("Undefined correlations are nil", arguments: [
        ([10.0, 20, 30], [2.0, 2, 2]),  // constant human column: zero variance
        ([50.0, 50, 50], [0.0, 1, 2]),  // constant machine column
        ([10.0], [1.0]),  // n < 2
        ([], []),  // empty
        ([10.0, 20], [1.0]),  // lengths differ
        ([10.0, .nan, 30], [0.0, 1, 2]),  // non-finite input
    ])
    func undefinedCorrelations(first: [Double], second: [Double]) {
        #expect(AgreementStatistics.spearman(first, second) == nil)
        #expect(AgreementStatistics.pearson(first, second) == nil)
    }

    @Test("QWK on a known 3x3 matrix")
    func quadraticWeightedKappaKnown() {
        // Confusion [[3,1,1],[1,2,1],[0,0,1]], weights (i-j)^2 = [[0,1,4],[1,0,1],[4,1,0]].
        // observed = 1*1 + 4*1 + 1*1 + 1*1 + 4*0 + 1*0 = 7.
        // expected = r_i c_j / 10 with r = [5,4,1], c = [4,3,3]:
        //   [[2.0,1.5,1.5],[1.6,1.2,1.2],[0.4,0.3,0.3]];
        //   sum w*E = 1.5 + 4*1.5 + 1.6 + 1.2 + 4*0.4 + 0.3 = 12.2.
        // kappa = 1 - 7/12.2 = 26/61. sklearn cohen_kappa_score(weights="quadratic"): 0.42622950819672123.
        #expect(isClose(AgreementStatistics.quadraticWeightedKappa(knownHuman, knownMachine, scale: threePointScale), 26.0 / 61.0))
        let matrix = AgreementStatistics.confusionMatrix(human: knownHuman, machine: knownMachine, scale: threePointScale)
        #expect(matrix?.counts == [[3, 1, 1], [1, 2, 1], [0, 0, 1]])
        #expect(matrix?.total == 10)
        #expect(matrix?.count(human: 1, machine: 2) == 1)
        #expect(matrix?.count(human: 0, machine: 0) == 3)
        #expect(matrix?.count(human: 3, machine: 0) == 0)  // off the 0...2 scale
    }

    @Test("QWK perfect, inverted, one rater constant, undefined", arguments: [
        // Identical ratings: observed disagreement 0 -> kappa 1.
        ([0, 1, 2], [0, 1, 2], 1.0 as Double?),
        // Reversed: observed = 4 + 4 = 8; expected: all E = 1/3, sum w*E = 12/3 = 4; kappa = 1 - 8/4 = -1.
        ([0, 1, 2], [2, 1, 0], -1.0),
        // One rater constant: observed equals expected cell by cell, kappa = 0 (sklearn also gives 0.0).
        ([1, 1, 1], [0, 1, 2], 0.0),
        // Both constant on the same point: expected disagreement 0 -> undefined.
        ([2, 2, 2], [2, 2, 2], nil),
        // Empty -> undefined.
        ([], [], nil),
        // Off the scale or mismatched -> undefined.
        ([0, 3], [0, 1], nil),
        ([0, 1], [0], nil),
    ])
    func quadraticWeightedKappaCases(first: [Int], second: [Int], expected: Double?) {
        let kappa = AgreementStatistics.quadraticWeightedKappa(first, second, scale: threePointScale)
        if let expected {
            #expect(isClose(kappa, expected))
        } else {
            #expect(kappa == nil)
        }
    }

    @Test("Exact and adjacent agreement")
    func exactAndAdjacent() {
        // Diagonal 3 + 2 + 1 = 6 of 10; only the (0,2) cell (1 pair) is two points apart -> 9 of 10.
        // numpy: mean(h == m) = 0.6, mean(|h - m| <= 1) = 0.9.
        #expect(AgreementStatistics.exactAgreement(knownHuman, knownMachine) == 0.6)
        #expect(AgreementStatistics.adjacentAgreement(knownHuman, knownMachine) == 0.9)
        #expect(AgreementStatistics.exactAgreement([], []) == nil)
        #expect(AgreementStatistics.adjacentAgreement([1], [1, 2]) == nil)
    }

    @Test("Detection precision, recall and F1 for evidence present (rating >= 1)")
    func detection() {
        // Present = rows/columns 1 and 2. TP = 2 + 1 + 0 + 1 = 4; FP = row 0, columns 1-2 = 1 + 1 = 2;
        // FN = rows 1-2, column 0 = 1 + 0 = 1. precision 4/6, recall 4/5, F1 = 8 / (8 + 2 + 1) = 8/11.
        // sklearn precision_score / recall_score / f1_score: 0.6667, 0.8, 0.72727.
        let statistics = AgreementStatistics.detection(
            human: knownHuman, machine: knownMachine, scale: threePointScale, presentFrom: 1)
        #expect(statistics?.truePositives == 4)
        #expect(statistics?.falsePositives == 2)
        #expect(statistics?.falseNegatives == 1)
        #expect(isClose(statistics?.precision, 2.0 / 3.0))
        #expect(isClose(statistics?.recall, 0.8))
        #expect(isClose(statistics?.f1, 8.0 / 11.0))
    }

    @Test("Detection without positives")
    func detectionWithoutPositives() {
        // No human positives: recall and F1 undefined; machine says present once: precision 0/1 = 0.
        let noHumanPositives = AgreementStatistics.detection(human: [0, 0, 0], machine: [0, 1, 0], scale: threePointScale, presentFrom: 1)
        #expect(noHumanPositives?.recall == nil)
        #expect(noHumanPositives?.f1 == nil)
        #expect(noHumanPositives?.precision == 0)
        // Human positives but the machine never says present: precision undefined, recall 0, F1 = 0 / (0 + 0 + 2) = 0.
        let machineSilent = AgreementStatistics.detection(human: [1, 2, 0], machine: [0, 0, 0], scale: threePointScale, presentFrom: 1)
        #expect(machineSilent?.precision == nil)
        #expect(machineSilent?.recall == 0)
        #expect(machineSilent?.f1 == 0)
    }

    @Test("ROC AUC counts ties as one half")
    func aucWithTies() {
        // Positives score 20, 40, 40; negatives 10, 20, 30. Pairs: positive 20 beats 10 (1), ties 20 (1/2),
        // loses to 30 (0) -> 1.5; each positive 40 beats all three -> 3 + 3. U = 7.5 of 9 pairs = 5/6.
        // Via ranks: [1, 2.5, 2.5, 4, 5.5, 5.5], R+ = 2.5 + 5.5 + 5.5 = 13.5, U = 13.5 - 3*4/2 = 7.5.
        // sklearn roc_auc_score: 0.8333333333333333.
        #expect(isClose(AgreementStatistics.rocAUC(scores: [10, 20, 20, 30, 40, 40], positive: [false, false, true, false, true, true]), 5.0 / 6.0))
    }

    @Test("ROC AUC perfect, inverted and undefined", arguments: [
        ([10.0, 20, 30, 40], [false, false, true, true], 1.0 as Double?),  // every positive outscores every negative
        ([10.0, 20, 30, 40], [true, true, false, false], 0.0),  // every negative outscores every positive
        ([50.0, 50, 50, 50], [true, false, true, false], 0.5),  // all tied: each of 4 pairs counts 1/2
        ([10.0, 20], [false, false], nil),  // no positives
        ([10.0, 20], [true, true], nil),  // no negatives
        ([10.0, 20], [true], nil),  // lengths differ
    ])
    func aucCases(scores: [Double], positive: [Bool], expected: Double?) {
        let auc = AgreementStatistics.rocAUC(scores: scores, positive: positive)
        if let expected { #expect(isClose(auc, expected)) } else { #expect(auc == nil) }
    }

    @Test("Standardised mean difference with sample variances")
    func standardisedMeanDifference() {
        // Machine bands [4,3,3] of 0,1,2: mean 0.9, sum of squares 4*.81 + 3*.01 + 3*1.21 = 6.9, var 6.9/9.
        // Human [5,4,1]: mean 0.6, sum of squares 5*.36 + 4*.16 + 1*1.96 = 4.4, var 4.4/9.
        // SMD = (0.9 - 0.6) / sqrt((6.9/9 + 4.4/9) / 2) = 0.3 / sqrt(11.3/18).
        // numpy with var(ddof=1): 0.37863284572050415.
        #expect(isClose(
            AgreementStatistics.standardisedMeanDifference(machine: knownMachine, human: knownHuman, scale: threePointScale),
            0.3 / (11.3 / 18).squareRoot()))
    }

    @Test("SMD undefined or zero", arguments: [
        ([1, 1, 1], [1, 1, 1], nil as Double?),  // both constant: pooled SD 0
        ([2], [1], nil),  // n < 2
        ([0, 2], [0, 2], 0.0),  // same distribution: difference 0
        // Machine [0,2] mean 1 var 2; human [1,1] mean 1 var 0: difference 0 -> 0.
        ([0, 2], [1, 1], 0.0),
        // Machine [1,2] mean 1.5 var .5; human [0,0] mean 0 var 0; SMD = 1.5 / sqrt(.25) = 3.
        ([1, 2], [0, 0], 3.0),
    ])
    func smdCases(machine: [Int], human: [Int], expected: Double?) {
        let smd = AgreementStatistics.standardisedMeanDifference(machine: machine, human: human, scale: threePointScale)
        if let expected { #expect(isClose(smd, expected)) } else { #expect(smd == nil) }
    }

    @Test("Weighted figures equal figures on explicitly repeated pairs")
    func weightsMatchRepetition() {
        // The bootstrap counts a pair drawn w times by weight w; that must equal repeating the pair w times.
        let scores = [12.0, 35, 35, 61, 80, 95]
        let human = [0, 1, 0, 2, 2, 1]
        let machine = [0, 1, 1, 2, 2, 2]
        let weights = [2, 0, 1, 3, 1, 2]
        let weighted = EvaluationSet(
            scale: threePointScale, scores: scores, humanIndex: human, machineIndex: machine,
            recordIndex: Array(0..<6), recordCount: 6, evidencePresentFrom: 1
        ).metrics(weights: weights)
        var repeatedScores: [Double] = []
        var repeatedHuman: [Int] = []
        var repeatedMachine: [Int] = []
        for index in 0..<6 {
            for _ in 0..<weights[index] {
                repeatedScores.append(scores[index])
                repeatedHuman.append(human[index])
                repeatedMachine.append(machine[index])
            }
        }
        let repeated = EvaluationSet(
            scale: threePointScale, scores: repeatedScores, humanIndex: repeatedHuman, machineIndex: repeatedMachine,
            recordIndex: Array(repeatedScores.indices), recordCount: repeatedScores.count, evidencePresentFrom: 1
        ).metrics()
        #expect(weighted.count == 9)
        #expect(weighted.confusion == repeated.confusion)
        for metric in AgreementMetric.allCases {
            let expected = repeated.value(of: metric)
            #expect(expected != nil, "fixture should define \(metric)")
            if let expected { #expect(isClose(weighted.value(of: metric), expected), "\(metric)") }
        }
        // The bootstrap's fused two-pass kernel agrees with the general array functions on the repeated data.
        let humanValues = repeatedHuman.map(Double.init)
        let detection = AgreementStatistics.detection(
            human: repeatedHuman, machine: repeatedMachine, scale: threePointScale, presentFrom: 1)
        let general: [AgreementMetric: Double?] = [
            .spearman: AgreementStatistics.spearman(repeatedScores, humanValues),
            .pearson: AgreementStatistics.pearson(repeatedScores, humanValues),
            .qwk: AgreementStatistics.quadraticWeightedKappa(repeatedHuman, repeatedMachine, scale: threePointScale),
            .exact: AgreementStatistics.exactAgreement(repeatedHuman, repeatedMachine),
            .adjacent: AgreementStatistics.adjacentAgreement(repeatedHuman, repeatedMachine),
            .precision: detection?.precision,
            .recall: detection?.recall,
            .f1: detection?.f1,
            .auc: AgreementStatistics.rocAUC(scores: repeatedScores, positive: repeatedHuman.map { $0 >= 1 }),
            .smd: AgreementStatistics.standardisedMeanDifference(machine: repeatedMachine, human: repeatedHuman, scale: threePointScale),
        ]
        for metric in AgreementMetric.allCases {
            let expected = general[metric] ?? nil
            #expect(expected != nil, "\(metric)")
            if let expected { #expect(isClose(repeated.value(of: metric), expected), "\(metric)") }
        }
    }
}
