/// A column located in a CSV header row.
public struct CSVColumn: Sendable, Equatable {
    /// 0-based position of the column in each record.
    public var index: Int
    /// The column's name exactly as written in the header row.
    public var name: String

    /// Creates a column reference.
    public init(index: Int, name: String) {
        self.index = index
        self.name = name
    }
}
