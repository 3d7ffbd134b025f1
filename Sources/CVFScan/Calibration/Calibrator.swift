/// Runs a calibration: validates the human-marked samples, fits and cross-validates thresholds, computes
/// agreement, intervals, gates and adverse impact. Pure and deterministic: the same input gives an
/// identical ``CalibrationSummary``.
public enum Calibrator {
    /// Calibrates every dimension in `samples` (dimension id -> samples) on `scale`.
    ///
    /// - Parameters:
    ///   - bandNames: one per scale point; nil uses ``RatingScale/defaultBandNames``.
    ///   - defaultThresholds: thresholds used where fitting is impossible or switched off.
    ///   - dimensionDefaults: per-dimension overrides of `defaultThresholds` (e.g. the engine's current ones).
    public static func calibrate(
        samples: [String: [CalibrationSample]], scale: RatingScale, bandNames: [String]? = nil,
        defaultThresholds: ScaleThresholds, dimensionDefaults: [String: ScaleThresholds] = [:],
        options: CalibrationOptions = CalibrationOptions()
    ) throws(CalibrationError) -> CalibrationSummary {
        try options.validate(scale: scale)
        let names = bandNames ?? scale.defaultBandNames
        try scale.validateBandNames(names)
        try ScaleThresholds.validate(defaultThresholds.values, expectedCount: scale.thresholdCount, dimension: nil)
        for (id, thresholds) in dimensionDefaults {
            try ScaleThresholds.validate(thresholds.values, expectedCount: scale.thresholdCount, dimension: id)
        }
        let dimensionIDs = samples.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for id in dimensionIDs {
            guard !id.isEmpty else { throw .invalidDimension(id: id, problem: .empty) }
            var seen = Set<String>()
            for sample in samples[id] ?? [] {
                try sample.validate(dimension: id, scale: scale)
                guard seen.insert(sample.recordID).inserted else {
                    throw .duplicateSample(dimension: id, recordID: sample.recordID)
                }
            }
        }

        let allRecordIDs = dimensionIDs.flatMap { (samples[$0] ?? []).map(\.recordID) }
        let foldOfRecord = CrossValidationFolds.assign(recordIDs: allRecordIDs, folds: options.folds)
        let recordIDs = foldOfRecord.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var recordPosition: [String: Int] = [:]
        for (position, id) in recordIDs.enumerated() { recordPosition[id] = position }
        let presentFrom = options.evidencePresentFrom ?? scale.defaultEvidencePresentFrom
        let fitter = BandThresholdFitter(scale: scale, minimumSamples: options.minimumSamplesToFit)

        var dimensions: [DimensionCalibration] = []
        var pooledScores: [Double] = []
        var pooledHuman: [Int] = []
        var pooledMachine: [Int] = []
        var pooledSecond: [Int?] = []
        var pooledRecord: [Int] = []
        for id in dimensionIDs {
            // Record order fixes the bootstrap draws, so sort it: the same corpus read in any order gives the
            // same intervals.
            let dimensionSamples = (samples[id] ?? []).sorted { $0.recordID.utf8.lexicographicallyPrecedes($1.recordID.utf8) }
            let scores = dimensionSamples.map(\.score)
            let ratings = dimensionSamples.map(\.humanRating)
            let fallback = dimensionDefaults[id] ?? defaultThresholds
            let fit: ThresholdFit
            let crossValidation: CrossValidatedBands?
            let bands: [Int]
            if options.fitThresholds {
                fit = fitter.fit(scores: scores, ratings: ratings, fallback: fallback)
                if fit.source == .fitted {
                    let folds = dimensionSamples.map { foldOfRecord[$0.recordID] ?? -1 }
                    let validated = fitter.crossValidate(
                        scores: scores, ratings: ratings, folds: folds, foldCount: options.folds, fallback: fallback)
                    crossValidation = validated
                    bands = validated.bandIndices
                } else {
                    crossValidation = nil
                    bands = scores.map(fallback.bandIndex(for:))
                }
            } else {
                fit = ThresholdFit(thresholds: fallback, source: .fallback(.fittingDisabled), inSampleQWK: nil)
                crossValidation = nil
                bands = scores.map(fallback.bandIndex(for:))
            }
            let humanIndex = ratings.map(scale.index(of:))
            let secondIndex = dimensionSamples.map { $0.secondHumanRating.map(scale.index(of:)) }
            let set = EvaluationSet(
                scale: scale, scores: scores, humanIndex: humanIndex, machineIndex: bands,
                recordIndex: Array(0..<scores.count), recordCount: scores.count, evidencePresentFrom: presentFrom)
            let metrics = set.metrics()
            let gates = gatesFor(
                metrics: metrics, humanIndex: humanIndex, machineIndex: bands, secondIndex: secondIndex, scale: scale,
                criteria: options.gateCriteria)
            dimensions.append(
                DimensionCalibration(
                    id: id, metrics: metrics,
                    intervals: Bootstrap.intervals(for: set, options: options.bootstrap, stream: "dimension:" + id),
                    fit: fit, crossValidation: crossValidation, gates: gates,
                    adverseImpact: AdverseImpact.analyse(
                        scores: scores, groups: dimensionSamples.map(\.group), thresholds: fit.thresholds, scale: scale,
                        bandNames: names, options: options.adverseImpact)))
            pooledScores += scores
            pooledHuman += humanIndex
            pooledMachine += bands
            pooledSecond += secondIndex
            pooledRecord += dimensionSamples.map { recordPosition[$0.recordID] ?? 0 }
        }

        let pooledSet = EvaluationSet(
            scale: scale, scores: pooledScores, humanIndex: pooledHuman, machineIndex: pooledMachine,
            recordIndex: pooledRecord, recordCount: recordIDs.count, evidencePresentFrom: presentFrom)
        let pooledMetrics = pooledSet.metrics()
        let overall = PooledCalibration(
            metrics: pooledMetrics,
            intervals: Bootstrap.intervals(for: pooledSet, options: options.bootstrap, stream: "overall"),
            gates: gatesFor(
                metrics: pooledMetrics, humanIndex: pooledHuman, machineIndex: pooledMachine, secondIndex: pooledSecond,
                scale: scale, criteria: options.gateCriteria))
        return CalibrationSummary(
            scale: scale, bandNames: names,
            evaluation: options.fitThresholds ? .crossValidated(folds: options.folds) : .fixedThresholds,
            options: options, evidencePresentFrom: presentFrom, sampleCount: pooledScores.count,
            recordCount: recordIDs.count, dimensions: dimensions, overall: overall)
    }

    /// Gates for one set of pairs; degradation compares both humans with human-machine on the same
    /// double-marked pairs.
    private static func gatesFor(
        metrics: AgreementMetrics, humanIndex: [Int], machineIndex: [Int], secondIndex: [Int?], scale: RatingScale,
        criteria: DeploymentGates.Criteria
    ) -> DeploymentGates {
        var humanHuman = ConfusionMatrix(scale: scale)
        var humanMachine = ConfusionMatrix(scale: scale)
        for index in humanIndex.indices {
            guard let second = secondIndex[index] else { continue }
            humanHuman.add(rowIndex: humanIndex[index], columnIndex: second, weight: 1)
            humanMachine.add(rowIndex: humanIndex[index], columnIndex: machineIndex[index], weight: 1)
        }
        return DeploymentGates.evaluate(
            qwk: metrics.qwk, smd: metrics.smd, humanHumanQWK: humanHuman.quadraticWeightedKappa,
            humanMachineQWK: humanMachine.quadraticWeightedKappa, doubleMarkedCount: humanHuman.total,
            criteria: criteria)
    }
}
