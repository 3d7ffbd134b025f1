/// One cell to be written by `CSVWriter`.
///
/// Text cells are protected against formula injection; only cells the caller explicitly marks as
/// numeric may start with `-` or `+`, and only when they really are plain numbers.
public enum CSVCell: Sendable, Equatable, ExpressibleByStringLiteral {
    /// Free text (an answer, a name, an evidence quote). If it starts with `=`, `+`, `-`, `@`, tab or
    /// carriage return it is written with a leading `'` so spreadsheets show it instead of running it.
    case text(String)
    /// A number the program produced itself, e.g. a score `-3` or `0.75`. Written unchanged when it is a
    /// plain decimal number (`-?digits[.digits][e±digits]`, optional leading `+`); anything else is
    /// protected like text, so mislabelling a cell can never open an injection.
    case numeric(String)

    /// A text cell from a string literal.
    public init(stringLiteral value: String) {
        self = .text(value)
    }

    /// A numeric cell holding an integer.
    public static func integer(_ value: Int) -> CSVCell {
        .numeric(String(value))
    }
}
