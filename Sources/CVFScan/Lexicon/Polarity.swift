/// Whether evidence speaks for a framework's expectations or against them.
public enum Polarity: String, Sendable, Hashable, CaseIterable {
    /// Expected behaviour.
    case support
    /// Behaviour in conflict with the framework.
    case counter

    /// The other polarity.
    public var opposite: Polarity {
        switch self {
        case .support: .counter
        case .counter: .support
        }
    }
}
