/// One optional interval per ``AgreementMetric``; nil where no replicate had the figure defined.
public struct MetricIntervals: Sendable, Hashable {
    private var storage: [ConfidenceInterval?]

    /// No intervals at all, e.g. when bootstrapping is switched off.
    public static let none = MetricIntervals(storage: Array(repeating: nil, count: AgreementMetric.allCases.count))

    private init(storage: [ConfidenceInterval?]) {
        self.storage = storage
    }

    /// The interval for `metric`.
    public subscript(metric: AgreementMetric) -> ConfidenceInterval? {
        get { storage[MetricIntervals.position(of: metric)] }
        set { storage[MetricIntervals.position(of: metric)] = newValue }
    }

    private static func position(of metric: AgreementMetric) -> Int {
        AgreementMetric.allCases.firstIndex(of: metric) ?? 0
    }
}
