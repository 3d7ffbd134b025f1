/// How strong the evidence for a dimension is, in words a recruiter uses.
public enum Band: String, Sendable, Hashable, CaseIterable, Comparable {
    /// No evidence worth the name.
    case none
    /// Some evidence, thin or indirect.
    case limited
    /// Clear evidence of the dimension.
    case moderate
    /// Several distinct, concrete behaviours of the dimension.
    case strong

    /// 0 for none up to 3 for strong, the scale assessors mark on.
    public var rank: Int {
        switch self {
        case .none: 0
        case .limited: 1
        case .moderate: 2
        case .strong: 3
        }
    }

    public static func < (left: Band, right: Band) -> Bool { left.rank < right.rank }
}
