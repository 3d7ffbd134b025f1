/// One step of an answer as matching and context see it: a word part (a contraction gives two), or a mark.
struct TermRecord: Sendable {
    enum Kind: UInt8, Sendable {
        /// A word or number part; `part` says which.
        case word
        /// A clause mark: `,` `;` `:`, brackets, dashes, ellipses.
        case clauseMark
        /// A sentence end or other punctuation and symbols, which break a run of words.
        case otherMark
        /// A quotation mark or a slash ("and/or"), which matching and context look through.
        case quote
    }

    var kind: Kind
    /// A word that ends a clause (`but`, `however`, `so` before a new clause), or a clause mark.
    var isBoundary: Bool
    /// Index into the cache's parts, or -1 for marks.
    var part: Int32
    /// Index of the token it comes from.
    var token: Int32
}

/// A pattern match before context: which compiled pattern, from which record to which (inclusive).
struct RawMatch: Sendable, Hashable {
    var pattern: Int32
    var start: Int32
    var end: Int32
}
