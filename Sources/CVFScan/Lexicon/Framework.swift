/// A framework: the College of Policing CVF, a force's values, its leadership promise.
public struct Framework: Sendable, Hashable, Identifiable {
    /// The framework's id, e.g. `cvf`.
    public var id: String
    /// Its display name.
    public var name: String
    /// Edition or year, if given.
    public var edition: String?
    /// The source document, if given.
    public var source: String?
    /// Full ids of dimensions of other frameworks that this framework reports too.
    public var sharedDimensionIDs: [String]
    /// Where the framework is defined.
    public var location: SourceLocation
    /// Where each shared dimension id is written, for error messages.
    var shareLocations: [SourceLocation] = []

    /// Creates a framework.
    public init(
        id: String, name: String, edition: String? = nil, source: String? = nil, sharedDimensionIDs: [String] = [],
        location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.edition = edition
        self.source = source
        self.sharedDimensionIDs = sharedDimensionIDs
        self.location = location
    }
}
