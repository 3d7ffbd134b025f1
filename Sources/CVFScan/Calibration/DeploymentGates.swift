/// Williamson, Xi & Breyer (2012) deployment gates for automated scoring, per dimension: agreement with humans
/// (QWK), no systematic shift (|SMD|), and, when records were double-marked, no more than a small loss of
/// agreement compared with two humans (degradation).
public struct DeploymentGates: Sendable, Hashable {
    /// The limits each gate checks.
    public struct Criteria: Sendable, Hashable {
        /// Human-machine QWK must be at least this.
        public var minimumQWK: Double
        /// |SMD| must be at most this.
        public var maximumAbsoluteSMD: Double
        /// Human-human QWK minus human-machine QWK must be at most this.
        public var maximumDegradation: Double

        /// Custom limits.
        public init(minimumQWK: Double, maximumAbsoluteSMD: Double, maximumDegradation: Double) {
            self.minimumQWK = minimumQWK
            self.maximumAbsoluteSMD = maximumAbsoluteSMD
            self.maximumDegradation = maximumDegradation
        }

        /// QWK >= 0.70, |SMD| <= 0.15, degradation <= 0.10 (Williamson, Xi & Breyer 2012).
        public static let williamson2012 = Criteria(minimumQWK: 0.70, maximumAbsoluteSMD: 0.15, maximumDegradation: 0.10)
    }

    /// A gate's verdict.
    public enum Status: String, Sendable, Hashable {
        /// The figure meets the limit.
        case pass
        /// The figure misses the limit.
        case fail
        /// The figure could not be computed (e.g. no double-marked records); `note` says why.
        case notApplicable = "not-applicable"
    }

    /// One gate: the verdict with the number judged and the limit.
    public struct Gate: Sendable, Hashable {
        /// The verdict.
        public var status: Status
        /// The figure judged (QWK, SMD or degradation), raw, not rounded.
        public var value: Double?
        /// The limit it was compared with.
        public var limit: Double
        /// Why the gate is not applicable, when it is not.
        public var note: String?
    }

    /// QWK >= minimum.
    public var qwk: Gate
    /// |SMD| <= maximum.
    public var smd: Gate
    /// Human-human QWK minus human-machine QWK <= maximum, on the double-marked records.
    public var degradation: Gate
    /// QWK between the two human raters on the double-marked records.
    public var humanHumanQWK: Double?
    /// QWK between the first human and the machine on the same double-marked records.
    public var humanMachineQWKOnDoubleMarked: Double?
    /// Records with a second human rating.
    public var doubleMarkedCount: Int

    /// Figures within this of a limit count as meeting it, so float noise in a difference such as
    /// 0.80 - 0.70 = 0.10000000000000009 cannot fail a gate the printed numbers pass.
    public static let comparisonTolerance = 1e-9

    /// True when QWK and SMD pass and degradation does not fail (it is not applicable without double marking).
    public var passed: Bool {
        qwk.status == .pass && smd.status == .pass && degradation.status != .fail
    }

    /// Judges the figures against `criteria`. `humanMachineQWK` must be computed on the same double-marked
    /// records as `humanHumanQWK`.
    public static func evaluate(
        qwk: Double?, smd: Double?, humanHumanQWK: Double?, humanMachineQWK: Double?, doubleMarkedCount: Int,
        criteria: Criteria = .williamson2012
    ) -> DeploymentGates {
        let qwkGate: Gate =
            if let qwk {
                Gate(status: qwk >= criteria.minimumQWK - comparisonTolerance ? .pass : .fail, value: qwk, limit: criteria.minimumQWK, note: nil)
            } else {
                Gate(
                    status: .notApplicable, value: nil, limit: criteria.minimumQWK,
                    note: "QWK is undefined (no samples, or machine and human both constant)")
            }
        let smdGate: Gate =
            if let smd {
                Gate(
                    status: abs(smd) <= criteria.maximumAbsoluteSMD + comparisonTolerance ? .pass : .fail, value: smd,
                    limit: criteria.maximumAbsoluteSMD, note: nil)
            } else {
                Gate(
                    status: .notApplicable, value: nil, limit: criteria.maximumAbsoluteSMD,
                    note: "SMD is undefined (fewer than 2 samples, or machine and human both constant)")
            }
        let degradationGate: Gate
        if doubleMarkedCount == 0 {
            degradationGate = Gate(
                status: .notApplicable, value: nil, limit: criteria.maximumDegradation,
                note: "no record has a second human rating")
        } else if let humanHumanQWK, let humanMachineQWK {
            let loss = humanHumanQWK - humanMachineQWK
            degradationGate = Gate(
                status: loss <= criteria.maximumDegradation + comparisonTolerance ? .pass : .fail, value: loss,
                limit: criteria.maximumDegradation, note: nil)
        } else {
            degradationGate = Gate(
                status: .notApplicable, value: nil, limit: criteria.maximumDegradation,
                note: "human-human or human-machine QWK is undefined on the \(doubleMarkedCount) double-marked records")
        }
        return DeploymentGates(
            qwk: qwkGate, smd: smdGate, degradation: degradationGate, humanHumanQWK: humanHumanQWK,
            humanMachineQWKOnDoubleMarked: humanMachineQWK, doubleMarkedCount: doubleMarkedCount)
    }
}
