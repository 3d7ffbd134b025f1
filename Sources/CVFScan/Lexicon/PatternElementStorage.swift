/// How a ``Pattern`` holds its elements: parsed, or still encoded in the compiled-lexicon cache file it was read
/// from (decoded at each read, so a warm start-up decodes none of them).
enum PatternElementStorage: Sendable {
    case parsed([PatternElement])
    case encoded(EncodedPatternElements)

    var elements: [PatternElement] {
        switch self {
        case .parsed(let elements): elements
        case .encoded(let encoded): encoded.decoded()
        }
    }
}
