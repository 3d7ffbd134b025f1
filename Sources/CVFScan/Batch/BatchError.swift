/// Why a batch run could not start or had to stop. Problems confined to one record never end up here: they go
/// into that record's own row or line.
public enum BatchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Opening or reading an input failed, or it is not a text export (see ``BatchInputError``).
    case input(BatchInputError)
    /// A CSV input's header row has no column of that name. `role` says what the column was asked for.
    case missingColumn(path: String, column: String, role: String, availableColumns: [String])
    /// The input's file name does not say whether it is CSV or JSON Lines.
    case unknownInputFormat(path: String)
    /// Standard input (`-`) was named more than once.
    case standardInputRepeated
    /// A question is not written `COLUMN=DIMENSION`.
    case invalidQuestion(String)
    /// Two questions name the same column.
    case repeatedQuestionColumn(String)
    /// A question names a dimension the scanner does not score. `scanned` lists the dimensions it does;
    /// `definedIn` is the framework that defines it, when the lexicon has it but the framework was not selected.
    case unknownQuestionDimension(column: String, dimensionID: String, scanned: [String], definedIn: String?)
    /// The options cannot work together (no answer column, fewer than one job...).
    case invalidOptions(String)

    /// True for mistakes in how the run was asked for (a column or dimension that does not exist), as opposed to
    /// problems with the input files themselves.
    public var isUsageError: Bool {
        switch self {
        case .input: false
        case .missingColumn, .unknownInputFormat, .standardInputRepeated, .invalidQuestion, .repeatedQuestionColumn,
            .unknownQuestionDimension, .invalidOptions:
            true
        }
    }

    /// The message for the recruiter, naming the file, the column or the option and what to do.
    public var description: String {
        switch self {
        case .input(let error):
            return error.description
        case .missingColumn(let path, let column, let role, let availableColumns):
            let found = availableColumns.map { "\"\($0)\"" }.joined(separator: ", ")
            return "\(path):1: no column named \"\(column)\" (\(role)); the header row has: "
                + (found.isEmpty ? "(no columns)" : found)
        case .unknownInputFormat(let path):
            return "\(path): cannot tell the format from the file name; name it .csv or .jsonl, "
                + "or say which with --input-format csv|jsonl"
        case .standardInputRepeated:
            return "standard input (-) can be read only once; name it once among the inputs"
        case .invalidQuestion(let text):
            return "question '\(text)' is not COLUMN=DIMENSION, e.g. q3=cvf/collaborative"
        case .repeatedQuestionColumn(let column):
            return "column \"\(column)\" has two questions; give each answer column one dimension"
        case .unknownQuestionDimension(let column, let dimensionID, let scanned, let definedIn):
            if let definedIn {
                return "question \(column)=\(dimensionID): the dimension belongs to the framework \(definedIn), "
                    + "which is not being scored; add it with --framework \(definedIn)"
            }
            return "question \(column)=\(dimensionID): no dimension \"\(dimensionID)\"; the dimensions scored are: "
                + scanned.joined(separator: ", ")
        case .invalidOptions(let message):
            return message
        }
    }
}
