/// A behaviour statement of a framework, quoted from its source, and the patterns that evidence it.
public struct Behaviour: Sendable, Hashable, Identifiable {
    /// The full id, `framework/dimension/behaviour`.
    public var id: String
    /// The full id of its dimension.
    public var dimensionID: String
    /// The statement, verbatim from the source document.
    public var statement: String
    /// The source document the statement is quoted from.
    public var source: String
    /// Support for expected behaviour, counter for behaviour in conflict with it.
    public var polarity: Polarity
    /// The level the source gives (e.g. `leading-self`), if any.
    public var level: String?
    /// A reviewer's note on the patterns, if any.
    public var note: String?
    /// Where the behaviour is defined.
    public var location: SourceLocation

    /// Creates a behaviour.
    public init(
        id: String, dimensionID: String, statement: String, source: String, polarity: Polarity,
        level: String? = nil, note: String? = nil, location: SourceLocation
    ) {
        self.id = id
        self.dimensionID = dimensionID
        self.statement = statement
        self.source = source
        self.polarity = polarity
        self.level = level
        self.note = note
        self.location = location
    }
}
