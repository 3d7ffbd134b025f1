/// A pattern's element tree as it sits in a compiled-lexicon cache file, decoded when read. The file was checked
/// whole when it was loaded (checksum, and ``CompiledLexicon/skipElements(_:depth:)`` over this very tree), so
/// decoding cannot fail; were it ever to, the pattern reads as having no elements rather than crashing.
struct EncodedPatternElements: Sendable {
    let strings: BinaryStringTable
    let position: Int
    let end: Int

    func decoded() -> [PatternElement] {
        var reader = BinaryReader(strings: strings, position: position, end: end)
        return CompiledLexicon.decodeElements(&reader) ?? []
    }
}
