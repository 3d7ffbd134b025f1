/// How a ``Pattern`` holds its text: as a string, or as an entry of the string table of the compiled-lexicon cache
/// file it was read from (made into a `String` at each read, so a warm start-up makes none of them).
enum PatternTextStorage: Sendable {
    case string(String)
    /// String `index` of the table; the table was checked when the file was loaded.
    case encoded(BinaryStringTable, index: Int)

    var text: String {
        switch self {
        case .string(let text): text
        case .encoded(let strings, let index): index < strings.count ? strings.string(at: index) : ""
        }
    }
}
