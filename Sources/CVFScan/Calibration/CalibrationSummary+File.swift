extension CalibrationSummary {
    /// The calibration file for this run: each dimension's deployable thresholds with provenance. `date` is
    /// whatever the caller wants recorded (the library never reads the clock).
    public func calibrationFile(corpus: String, date: String) throws(CalibrationError) -> CalibrationFile {
        let entries = dimensions.map { dimension in
            CalibrationFile.Dimension(
                id: dimension.id, thresholds: dimension.fit.thresholds,
                source: dimension.fit.source == .fitted ? .fitted : .default, sampleCount: dimension.metrics.count)
        }
        let folds: Int =
            switch evaluation {
            case let .crossValidated(folds): folds
            case .fixedThresholds: 0
            }
        return try CalibrationFile(
            scale: scale, bandNames: bandNames, dimensions: entries,
            provenance: CalibrationFile.Provenance(
                corpus: corpus, sampleCount: sampleCount, recordCount: recordCount, folds: folds, date: date))
    }
}
