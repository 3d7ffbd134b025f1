/// What the byte-keyed read-only tables (``ByteStringTable``, ``ByteSymbolTable``) share: the hash of a key and an
/// empty open-addressing index.
enum ByteKeyIndex {
    /// FNV-1a (32 bits) over a key's bytes: keys are short words, and the byte loop stays tight. Stored in the
    /// compiled-lexicon cache by ``ByteStringTable``, so it must not change without a new cache format.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in key { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    /// Slots for `count` keys, every one empty (-1), and the mask that wraps a probe: at least twice as many slots
    /// as keys, so a probe always ends at an empty one.
    static func emptySlots(for count: Int) -> (slots: [Int32], mask: Int) {
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        return ([Int32](repeating: -1, count: capacity), capacity - 1)
    }
}
