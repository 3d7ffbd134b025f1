/// What one spelling of a word means to the scanner: the symbols each of its parts matches and the context flags
/// they carry. Computing this (folding, word tables, stemming) is the slow part of reading a word, so each distinct
/// spelling is analysed once per session and then found by hash.
struct LexicalPart: Sendable {
    /// `symbols[symbolStart..<symbolStart + symbolCount]` in the cache.
    var symbolStart: Int32
    var symbolCount: Int32
    var context: ContextFlags
    /// `forms[formStart..<formStart + formLength]`: the folded form, for context rules that look at endings.
    var formStart: Int32
    var formLength: Int32
}

/// A per-session map from a word's spelling (its exact UTF-8 bytes) to its analysed parts.
///
/// Open addressing over a byte arena, so a hit costs a hash of the word and one comparison, with no allocation.
/// Bounded: past `maximumEntries` spellings it starts afresh (between answers), so a stream of unique words
/// cannot grow memory without limit.
struct LexicalCache {
    private struct Slot {
        var hash: UInt64
        var keyStart: Int32
        var keyLength: Int32
        var entry: Int32
    }

    static let maximumEntries = 1 << 20

    private var slots: [Slot]
    private var mask: Int
    private var keyArena: [UInt8] = []
    /// Entry e's parts are `parts[partStarts[e]..<partStarts[e] + partCounts[e]]`.
    private(set) var partStarts: [Int32] = []
    private(set) var partCounts: [UInt8] = []
    private(set) var parts: [LexicalPart] = []
    private(set) var symbols: [Int32] = []
    private(set) var forms: [UInt8] = []
    private var scratchSymbols: [Int32] = []

    private static let emptySlot = Slot(hash: 0, keyStart: -1, keyLength: 0, entry: -1)

    init() {
        slots = [Slot](repeating: Self.emptySlot, count: 4096)
        mask = slots.count - 1
    }

    var entryCount: Int { partStarts.count }

    /// Forgets everything when the cache has grown past its bound. Call between answers only: records of the
    /// current answer refer to parts by index.
    mutating func trimIfNeeded() {
        guard entryCount > Self.maximumEntries else { return }
        self = LexicalCache()
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        // FNV-1a: short words, and a byte loop the optimiser keeps tight.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash | 1
    }

    /// The entry for a spelling, analysing it on first sight.
    mutating func entry(
        for word: UnsafeBufferPointer<UInt8>, hasNonASCII: Bool, lexicon: CompiledLexicon
    ) -> Int32 {
        let hash = Self.hash(word)
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while true {
            let candidate = slots[slot]
            if candidate.entry < 0 { break }
            if candidate.hash == hash, Int(candidate.keyLength) == word.count,
               keyMatches(start: Int(candidate.keyStart), word) {
                return candidate.entry
            }
            slot = (slot + 1) & mask
        }
        let entry = analyse(word, hasNonASCII: hasNonASCII, lexicon: lexicon)
        slots[slot] = Slot(hash: hash, keyStart: Int32(keyArena.count), keyLength: Int32(word.count), entry: entry)
        keyArena.append(contentsOf: word)
        if entryCount * 2 > slots.count { grow() }
        return entry
    }

    @inline(__always)
    private func keyMatches(start: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        keyArena.withUnsafeBufferPointer { arena in
            for offset in 0..<word.count where arena[start + offset] != word[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Self.emptySlot, count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot.entry >= 0 {
            var position = Int(truncatingIfNeeded: slot.hash >> 7) & mask
            while slots[position].entry >= 0 { position = (position + 1) & mask }
            slots[position] = slot
        }
    }

    private mutating func analyse(
        _ word: UnsafeBufferPointer<UInt8>, hasNonASCII: Bool, lexicon: CompiledLexicon
    ) -> Int32 {
        let entry = Int32(partStarts.count)
        partStarts.append(Int32(parts.count))
        let wordParts = lexicon.analyzer.parts(of: word, hasNonASCII: hasNonASCII)
        partCounts.append(UInt8(wordParts.count))
        for part in wordParts {
            scratchSymbols.removeAll(keepingCapacity: true)
            lexicon.vocabulary.symbols(of: part, into: &scratchSymbols)
            var context = ContextWords.table[part.form] ?? []
            if part.canonical != part.form, let canonicalFlags = ContextWords.table[part.canonical] {
                context.formUnion(canonicalFlags.intersection(Self.flagsInheritedFromCanonicalForm))
            }
            if part.form.count >= 4, part.form.last == UInt8(ascii: "d"), part.form[part.form.count - 2] == UInt8(ascii: "e") {
                context.insert(.pastForm)
            }
            parts.append(LexicalPart(
                symbolStart: Int32(symbols.count), symbolCount: Int32(scratchSymbols.count), context: context,
                formStart: Int32(forms.count), formLength: Int32(part.form.count)))
            symbols.append(contentsOf: scratchSymbols)
            forms.append(contentsOf: part.form)
        }
        return entry
    }

    /// Flags that a misspelt or variant spelling should share with its canonical form ("recieved" is past like
    /// "received"); agent and modality words are taken from the form as written.
    private static let flagsInheritedFromCanonicalForm: ContextFlags = [
        .negation, .negatingVerb, .ceasingVerb, .auxiliary, .agentNoun,
    ]

    /// The folded form of a part.
    func form(of part: LexicalPart) -> ArraySlice<UInt8> {
        forms[Int(part.formStart)..<Int(part.formStart + part.formLength)]
    }
}
