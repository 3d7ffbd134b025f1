/// Settings for one `cvfscan calibrate` run; the defaults follow the project's brief.
public struct CalibrationOptions: Sendable, Hashable {
    /// Cross-validation folds, at least 2; default 5.
    public var folds: Int
    /// Percentile bootstrap settings; default 1000 replicates, seed 20120101, 95%.
    public var bootstrap: BootstrapOptions
    /// A dimension with fewer samples keeps its default thresholds; default 20, at least 2.
    public var minimumSamplesToFit: Int
    /// False evaluates the given default thresholds as they are, without fitting.
    public var fitThresholds: Bool
    /// Lowest rating counting as "evidence present"; nil means the scale's second point.
    public var evidencePresentFrom: Int?
    /// Adverse impact settings; default minimum group size 5, four-fifths limit.
    public var adverseImpact: AdverseImpact.Options
    /// Deployment gate limits; default Williamson, Xi & Breyer (2012).
    public var gateCriteria: DeploymentGates.Criteria

    /// Options with the defaults above, each overridable.
    public init(
        folds: Int = 5, bootstrap: BootstrapOptions = BootstrapOptions(), minimumSamplesToFit: Int = 20,
        fitThresholds: Bool = true, evidencePresentFrom: Int? = nil,
        adverseImpact: AdverseImpact.Options = AdverseImpact.Options(),
        gateCriteria: DeploymentGates.Criteria = .williamson2012
    ) {
        self.folds = folds
        self.bootstrap = bootstrap
        self.minimumSamplesToFit = minimumSamplesToFit
        self.fitThresholds = fitThresholds
        self.evidencePresentFrom = evidencePresentFrom
        self.adverseImpact = adverseImpact
        self.gateCriteria = gateCriteria
    }

    /// The largest replicate count accepted, to keep a mistyped option from running for hours.
    public static let maximumReplicates = 100_000

    /// Throws the first option outside its range for `scale`.
    func validate(scale: RatingScale) throws(CalibrationError) {
        if folds < 2 { throw .invalidOption(name: "folds", value: String(folds), expected: "at least 2") }
        if bootstrap.replicates < 0 || bootstrap.replicates > CalibrationOptions.maximumReplicates {
            throw .invalidOption(
                name: "replicates", value: String(bootstrap.replicates),
                expected: "0...\(CalibrationOptions.maximumReplicates) (0 switches intervals off)")
        }
        if !(bootstrap.level > 0 && bootstrap.level < 1) {
            throw .invalidOption(name: "level", value: "\(bootstrap.level)", expected: "a number strictly between 0 and 1")
        }
        if minimumSamplesToFit < 2 {
            throw .invalidOption(name: "minimum-samples", value: String(minimumSamplesToFit), expected: "at least 2")
        }
        if let present = evidencePresentFrom, present <= scale.lowest || present > scale.highest {
            throw .invalidOption(
                name: "evidence-present-from", value: String(present),
                expected: "a rating within \(scale.lowest + 1)...\(scale.highest)")
        }
        if adverseImpact.minimumGroupSize < 1 {
            throw .invalidOption(
                name: "minimum-group-size", value: String(adverseImpact.minimumGroupSize), expected: "at least 1")
        }
        if !(adverseImpact.ratioLimit > 0 && adverseImpact.ratioLimit <= 1) {
            throw .invalidOption(name: "ratio-limit", value: "\(adverseImpact.ratioLimit)", expected: "a number within (0, 1]")
        }
    }
}
