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
    /// One slot of the open-addressing table: 16 bytes, so four share a cache line. Most English words are at most
    /// eight bytes long, and for them `prefix` is the whole spelling, so a hit needs no second memory access.
    private struct Slot {
        /// The spelling's first eight bytes, little-endian, zero beyond its end.
        var prefix: UInt64
        /// From the top: 16 bits of the hash, the spelling's length (capped at 255), and the entry's part count and
        /// marks packed by ``packedFacts(of:)``, so a hit needs no other table to size and mark its records.
        var check: UInt32
        /// The entry, or -1 for an empty slot.
        var entry: Int32
    }

    static let maximumEntries = 1 << 20
    /// The most parts a word has (`didn't` has two); record buffers are sized by it.
    static let maximumPartsPerWord = 2

    private var slots: [Slot]
    private var mask: Int
    /// The spellings longer than eight bytes, for comparing the bytes `prefix` leaves out.
    private var keyArena: [UInt8] = []
    /// Entry e's spelling is `keyArena[keyStarts[e]..<keyStarts[e] + keyLengths[e]]` when it is longer than eight bytes.
    private var keyStarts: [Int32] = []
    private var keyLengths: [Int32] = []
    /// Entry e's parts are `parts[partStarts[e]..<partStarts[e] + partCounts[e]]`.
    private(set) var partStarts: [Int32] = []
    private(set) var partCounts: [UInt8] = []
    private(set) var parts: [LexicalPart] = []
    /// Per part, the facts building records needs, one byte each so the lookup stays in the fastest cache.
    private(set) var partMarks: [PartMarks] = []
    private(set) var symbols: [Int32] = []
    private(set) var forms: [UInt8] = []
    private var scratchSymbols: [Int32] = []

    private static let emptySlot = Slot(prefix: 0, check: 0, entry: -1)

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

    /// A spelling's first eight bytes and its hash. `readable` is how many bytes may be read from the word's start
    /// (at least its length): with eight of them the prefix is one unaligned load, the common case in running text.
    @inline(__always)
    static func prefixAndHash(_ word: UnsafeBufferPointer<UInt8>, readable: Int) -> (prefix: UInt64, hash: UInt64) {
        let count = word.count
        guard let base = word.baseAddress, count > 0 else { return (0, 0x9E37_79B9_7F4A_7C15) }
        var prefix: UInt64
        if readable >= 8 {
            prefix = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self))
            if count < 8 { prefix &= (1 &<< UInt64(count &* 8)) &- 1 }
        } else {
            prefix = 0
            for offset in 0..<min(count, 8) { prefix |= UInt64(base[offset]) &<< UInt64(offset &* 8) }
        }
        var hash = (prefix ^ UInt64(truncatingIfNeeded: count)) &* 0x9E37_79B9_7F4A_7C15
        if count > 8 {
            // Longer words are rarer: a byte loop over the rest is cheap enough.
            for offset in 8..<count {
                hash = (hash ^ UInt64(base[offset])) &* 0x0000_0100_0000_01B3
            }
        }
        hash ^= hash &>> 29
        return (prefix, hash)
    }

    /// The entry for a spelling, analysing it on first sight. `readable` is how many bytes from the word's start
    /// belong to the text (at least the word's length).
    @inline(__always)
    mutating func entry(
        for word: UnsafeBufferPointer<UInt8>, readable: Int, hasNonASCII: Bool, lexicon: CompiledLexicon
    ) -> Found {
        let (prefix, hash) = Self.prefixAndHash(word, readable: readable)
        let key = UInt32(truncatingIfNeeded: hash &>> 48) << 8 | UInt32(min(word.count, 255))
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let candidate = slots[slot]
            if candidate.entry < 0 { break }
            if candidate.check >> 8 == key, candidate.prefix == prefix,
               word.count <= 8 || longKeyMatches(entry: Int(candidate.entry), word) {
                return Found(entry: candidate.entry, packed: UInt8(truncatingIfNeeded: candidate.check))
            }
            slot = (slot + 1) & mask
        }
        let entry = insert(word, prefix: prefix, key: key, slot: slot, hasNonASCII: hasNonASCII, lexicon: lexicon)
        return Found(entry: entry, packed: packedFacts(of: entry))
    }

    /// What a lookup returns: the entry, how many parts it has (at most ``maximumPartsPerWord``) and their marks.
    struct Found {
        var entry: Int32
        var partCount: Int
        var firstMarks: PartMarks
        var secondMarks: PartMarks

        /// Unpacks the byte ``packedFacts(of:)`` makes.
        init(entry: Int32, packed: UInt8) {
            self.entry = entry
            partCount = Int(packed & 0b11)
            firstMarks = PartMarks(rawValue: (packed >> 2) & 0b111)
            secondMarks = PartMarks(rawValue: (packed >> 5) & 0b111)
        }
    }

    /// An entry's part count in bits 0–1, then three bits of ``PartMarks`` for each of its (at most two) parts.
    private func packedFacts(of entry: Int32) -> UInt8 {
        let first = Int(partStarts[Int(entry)])
        let count = Int(partCounts[Int(entry)])
        var packed = UInt8(count)
        if count > 0 { packed |= partMarks[first].rawValue << 2 }
        if count > 1 { packed |= partMarks[first + 1].rawValue << 5 }
        return packed
    }

    /// Analyses a spelling seen for the first time and files it in the empty `slot` its probe ended at.
    @inline(never)
    private mutating func insert(
        _ word: UnsafeBufferPointer<UInt8>, prefix: UInt64, key: UInt32, slot: Int, hasNonASCII: Bool,
        lexicon: CompiledLexicon
    ) -> Int32 {
        let entry = analyse(word, hasNonASCII: hasNonASCII, lexicon: lexicon)
        slots[slot] = Slot(prefix: prefix, check: key << 8 | UInt32(packedFacts(of: entry)), entry: entry)
        if word.count > 8 {
            keyStarts.append(Int32(truncatingIfNeeded: keyArena.count))
            keyArena.append(contentsOf: word)
        } else {
            keyStarts.append(-1)
        }
        keyLengths.append(Int32(truncatingIfNeeded: word.count))
        if entryCount * 2 > slots.count { grow() }
        return entry
    }

    private func longKeyMatches(entry: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(keyLengths[entry]) == word.count else { return false }
        let start = Int(keyStarts[entry])
        return keyArena.withUnsafeBufferPointer { arena in
            for offset in 8..<word.count where arena[start + offset] != word[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Self.emptySlot, count: old.count * 2)
        mask = slots.count - 1
        // The slot's own bytes do not give back the full hash, so re-hash each spelling from its stored bytes.
        for slot in old where slot.entry >= 0 {
            let entry = Int(slot.entry)
            let length = Int(keyLengths[entry])
            var hash: UInt64
            if length <= 8 {
                var bytes = slot.prefix.littleEndian
                hash = withUnsafeBytes(of: &bytes) { raw in
                    Self.prefixAndHash(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<length]), readable: 8).hash
                }
            } else {
                let start = Int(keyStarts[entry])
                hash = keyArena.withUnsafeBufferPointer { arena in
                    Self.prefixAndHash(UnsafeBufferPointer(rebasing: arena[start..<(start + length)]), readable: arena.count - start).hash
                }
            }
            var position = Int(truncatingIfNeeded: hash) & mask
            while slots[position].entry >= 0 { position = (position + 1) & mask }
            slots[position] = slot
        }
    }

    private mutating func analyse(
        _ word: UnsafeBufferPointer<UInt8>, hasNonASCII: Bool, lexicon: CompiledLexicon
    ) -> Int32 {
        let entry = Int32(partStarts.count)
        partStarts.append(Int32(parts.count))
        let wordParts = lexicon.analyzer.parts(of: word, hasNonASCII: hasNonASCII).prefix(Self.maximumPartsPerWord)
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
            var marks: PartMarks = []
            if context.contains(.clauseBoundaryWord) { marks.insert(.clauseBoundaryWord) }
            if context.contains(.so) { marks.insert(.so) }
            if !context.isDisjoint(with: Self.clauseStartersAfterSo) || part.form.elementsEqual("that".utf8) {
                marks.insert(.startsClauseAfterSo)
            }
            partMarks.append(marks)
            parts.append(LexicalPart(
                symbolStart: Int32(symbols.count), symbolCount: Int32(scratchSymbols.count), context: context,
                formStart: Int32(forms.count), formLength: Int32(part.form.count)))
            symbols.append(contentsOf: scratchSymbols)
            forms.append(contentsOf: part.form)
        }
        return entry
    }

    /// Words that start a new clause after `so` ("so I called", "so that"), which makes that `so` a boundary.
    private static let clauseStartersAfterSo: ContextFlags = [.subjectSelf, .subjectGroup, .subjectOther, .subjectGeneric, .determiner]

    /// Flags that a misspelt or variant spelling should share with its canonical form ("recieved" is past like
    /// "received"); agent and modality words are taken from the form as written.
    private static let flagsInheritedFromCanonicalForm: ContextFlags = [
        .negation, .negatingVerb, .ceasingVerb, .auxiliary, .agentNoun,
    ]
}

/// What building an answer's records needs to know of a word part.
struct PartMarks: OptionSet, Sendable {
    let rawValue: UInt8

    /// A word that ends a clause: `but`, `however`, `although`.
    static let clauseBoundaryWord = PartMarks(rawValue: 1 << 0)
    /// The word `so`, a clause boundary when a new clause follows it.
    static let so = PartMarks(rawValue: 1 << 1)
    /// A word that starts a new clause after `so`: a subject (`I`, `we`, `he`), a determiner, or `that`.
    static let startsClauseAfterSo = PartMarks(rawValue: 1 << 2)
}
