import Testing
@testable import CVFScan

@Suite("Williamson, Xi & Breyer (2012) deployment gates")
struct DeploymentGatesTests: CalibrationTestSupport {
    typealias Status = DeploymentGates.Status

    @Test("Gate verdicts", arguments: [
        // qwk, smd, human-human, human-machine (double-marked), double-marked -> qwk, smd, degradation, passed
        // 0.75 >= 0.70; |0.10| <= 0.15; 0.80 - 0.72 = 0.08 <= 0.10.
        (0.75 as Double?, 0.10 as Double?, 0.80 as Double?, 0.72 as Double?, 10, Status.pass, Status.pass, Status.pass, true),
        // 0.69 < 0.70; |-0.16| > 0.15; 0.85 - 0.70 = 0.15 > 0.10.
        (0.69, -0.16, 0.85, 0.70, 10, .fail, .fail, .fail, false),
        // Exactly on the limits passes: 0.70, |-0.15|, 0.80 - 0.70 (0.10000000000000009 in binary).
        (0.70, -0.15, 0.80, 0.70, 10, .pass, .pass, .pass, true),
        // No double marking: degradation not applicable, the others decide.
        (0.90, 0.0, nil, nil, 0, .pass, .pass, .notApplicable, true),
        // Undefined QWK/SMD: not applicable, and the dimension does not pass.
        (nil, nil, nil, nil, 0, .notApplicable, .notApplicable, .notApplicable, false),
        // Double-marked but human-human QWK undefined: degradation not applicable.
        (0.80, 0.05, nil, 0.80, 3, .pass, .pass, .notApplicable, true),
        // Degradation fails alone: 0.95 - 0.80 = 0.15.
        (0.80, 0.05, 0.95, 0.80, 12, .pass, .pass, .fail, false),
    ])
    func verdicts(
        qwk: Double?, smd: Double?, humanHuman: Double?, humanMachine: Double?, doubleMarked: Int,
        qwkStatus: Status, smdStatus: Status, degradationStatus: Status, passed: Bool
    ) {
        let gates = DeploymentGates.evaluate(
            qwk: qwk, smd: smd, humanHumanQWK: humanHuman, humanMachineQWK: humanMachine, doubleMarkedCount: doubleMarked)
        #expect(gates.qwk.status == qwkStatus)
        #expect(gates.smd.status == smdStatus)
        #expect(gates.degradation.status == degradationStatus)
        #expect(gates.passed == passed)
        #expect(gates.qwk.limit == 0.70)
        #expect(gates.smd.limit == 0.15)
        #expect(gates.degradation.limit == 0.10)
        #expect(gates.qwk.value == qwk)
        #expect(gates.smd.value == smd)
        if let humanHuman, let humanMachine, doubleMarked > 0 {
            #expect(gates.degradation.value == humanHuman - humanMachine)
        } else {
            #expect(gates.degradation.value == nil)
            #expect(gates.degradation.note != nil)
        }
    }

    @Test("Custom criteria")
    func customCriteria() {
        let strict = DeploymentGates.Criteria(minimumQWK: 0.8, maximumAbsoluteSMD: 0.1, maximumDegradation: 0.05)
        let gates = DeploymentGates.evaluate(
            qwk: 0.75, smd: 0.12, humanHumanQWK: 0.8, humanMachineQWK: 0.77, doubleMarkedCount: 4, criteria: strict)
        #expect(gates.qwk.status == .fail)
        #expect(gates.smd.status == .fail)
        #expect(gates.degradation.status == .pass)  // 0.03 <= 0.05
    }
}
