/// Something a recruiter should know about an answer as a whole.
public struct Flag: Sendable, Hashable {
    /// A stable identifier: `empty`, `short-answer`, `long-answer`, `no-evidence`, `buzzwords`,
    /// `keyword-stuffing`, `mostly-hypothetical`, `credit-to-others`, `counter-evidence`.
    public var id: String
    /// One sentence for the recruiter.
    public var message: String

    /// Creates a flag.
    public init(id: String, message: String) {
        self.id = id
        self.message = message
    }
}
