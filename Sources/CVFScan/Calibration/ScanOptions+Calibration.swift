extension ScanOptions {
    /// Options whose band thresholds come from a calibration file (`cvfscan --calibration FILE`).
    ///
    /// The scanner's bands are the four of the 0–3 scale (none, limited, moderate, strong), so the file must use
    /// that scale; a file fitted to another scale is refused rather than silently misread.
    public init(calibration file: CalibrationFile) throws(CalibrationError) {
        guard file.scale == .cvfDefault else {
            throw .invalidFile(path: file.provenance.corpus, problem: .invalidOption(
                name: "scale", value: "\(file.scale.lowest)-\(file.scale.highest)",
                expected: "0-3, the scale of cvfscan's four bands"))
        }
        var thresholds: [String: BandThresholds] = [:]
        for dimension in file.dimensions {
            let values = dimension.thresholds.values
            guard values.count == 3 else { continue }
            thresholds[dimension.id] = BandThresholds(limited: values[0], moderate: values[1], strong: values[2])
        }
        self.init(thresholds: thresholds)
    }
}

extension BandThresholds {
    /// The same thresholds as the calibration layer's values for the 0–3 scale.
    public var scaleValues: [Double] { [limited, moderate, strong] }
}
