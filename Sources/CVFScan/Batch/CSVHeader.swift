/// The header row of a CSV file: the names of its columns, and lookup by name.
public struct CSVHeader: Sendable, Equatable {
    /// The column names exactly as written in the file.
    public var columns: [String]
    /// The input's name, for error messages.
    public var path: String

    /// Creates a header from column names.
    public init(columns: [String], path: String) {
        self.columns = columns
        self.path = path
    }

    /// Finds a column by name, ignoring case and surrounding whitespace (so `Answer`, `answer ` and
    /// `ANSWER` all match); the first matching column wins.
    /// - Throws: `BatchInputError.missingColumn`, listing the columns that do exist.
    public func column(named name: String) throws(BatchInputError) -> CSVColumn {
        let wanted = Self.comparable(name)
        for (index, column) in columns.enumerated() where Self.comparable(column) == wanted {
            return CSVColumn(index: index, name: column)
        }
        throw .missingColumn(path: path, column: name, availableColumns: columns)
    }

    /// Header names are few and short, so the standard library's Unicode-aware lowercasing is affordable.
    private static func comparable(_ name: String) -> String {
        let scalars = name.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last]).lowercased()
    }
}
