/// A dimension scored on its own: a value, a competency, or a Leadership Promise area.
public struct Dimension: Sendable, Hashable, Identifiable {
    /// What sort of dimension it is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A value, e.g. courage.
        case value
        /// A competency, e.g. we take ownership.
        case competency
        /// An area of a leadership framework, e.g. performance manager.
        case area
    }

    /// The full id, `framework/dimension`, e.g. `cvf/take-ownership`.
    public var id: String
    /// The id of the framework that defines it.
    public var frameworkID: String
    /// Value, competency or area.
    public var kind: Kind
    /// Display name.
    public var name: String
    /// One line for reports.
    public var description: String?
    /// Where the dimension is defined.
    public var location: SourceLocation

    /// Creates a dimension.
    public init(
        id: String, frameworkID: String, kind: Kind, name: String, description: String? = nil,
        location: SourceLocation
    ) {
        self.id = id
        self.frameworkID = frameworkID
        self.kind = kind
        self.name = name
        self.description = description
        self.location = location
    }
}
