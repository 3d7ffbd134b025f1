extension BandThresholdFitter {
    /// K-fold cross-validation: for each fold, fits on the other folds and bands the held-out samples, so
    /// every sample gets a band from thresholds that never saw its rating. `folds[i]` is sample i's fold in
    /// 0..<`foldCount` (see ``CrossValidationFolds``); samples with a fold outside that range are banded with
    /// `fallback` and reported as a fallback fold of their own.
    public func crossValidate(
        scores: [Double], ratings: [Int], folds: [Int], foldCount: Int, fallback: ScaleThresholds
    ) -> CrossValidatedBands {
        let count = min(scores.count, ratings.count, folds.count)
        var bands = Array(repeating: 0, count: count)
        var fits: [FoldFit] = []
        for fold in 0..<max(foldCount, 0) {
            var trainingScores: [Double] = []
            var trainingRatings: [Int] = []
            var heldOut: [Int] = []
            for index in 0..<count {
                if folds[index] == fold {
                    heldOut.append(index)
                } else {
                    trainingScores.append(scores[index])
                    trainingRatings.append(ratings[index])
                }
            }
            guard !heldOut.isEmpty else { continue }
            let fit = self.fit(scores: trainingScores, ratings: trainingRatings, fallback: fallback)
            for index in heldOut { bands[index] = fit.thresholds.bandIndex(for: scores[index]) }
            fits.append(FoldFit(fold: fold, trainingCount: trainingScores.count, heldOutCount: heldOut.count, fit: fit))
        }
        let stray = (0..<count).filter { folds[$0] < 0 || folds[$0] >= foldCount }
        if !stray.isEmpty {
            for index in stray { bands[index] = fallback.bandIndex(for: scores[index]) }
            fits.append(
                FoldFit(
                    fold: -1, trainingCount: 0, heldOutCount: stray.count,
                    fit: ThresholdFit(thresholds: fallback, source: .fallback(.invalidInput), inSampleQWK: nil)))
        }
        return CrossValidatedBands(bandIndices: bands, folds: fits)
    }
}
