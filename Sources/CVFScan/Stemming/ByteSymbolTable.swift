/// A read-only set of distinct byte strings numbered in the order given (`firstSymbol`, `firstSymbol + 1`, …),
/// found by an open-addressing index over their bytes.
///
/// The keys live in one byte array with their end offsets, so the compiled-lexicon cache stores a table as two
/// arrays copied in one go, and restoring it costs one hash per key instead of a `Dictionary` of `[UInt8]` keys
/// (an allocation and a SipHash pass per key). Lookups take a buffer, so a prefix of a word needs no array.
struct ByteSymbolTable: Sendable {
    /// The keys, concatenated in symbol order.
    private(set) var bytes: [UInt8] = []
    /// Where each key ends in ``bytes``.
    private(set) var ends: [Int32] = []
    let firstSymbol: Int32
    /// Entry index per slot, or -1; always at least half empty, so a probe always ends.
    private var slots: [Int32]
    private var mask: Int

    /// How many keys the table holds.
    var count: Int { ends.count }

    /// A table of `keys`, numbered in order; a key given again keeps its first number.
    init(keys: [[UInt8]], firstSymbol: Int32) {
        self.firstSymbol = firstSymbol
        (slots, mask) = ByteKeyIndex.emptySlots(for: keys.count)
        for key in keys {
            key.withUnsafeBufferPointer { key in
                if case .vacant(let slot) = find(key) { append(key, at: slot) }
            }
        }
    }

    /// A table restored from ``bytes`` and ``ends``; nil if they do not fit together or repeat a key.
    init?(bytes: [UInt8], ends: [Int32], firstSymbol: Int32) {
        var previous: Int32 = 0
        for end in ends {
            guard end >= previous else { return nil }
            previous = end
        }
        guard Int(previous) == bytes.count, firstSymbol >= 0 else { return nil }
        self.firstSymbol = firstSymbol
        (slots, mask) = ByteKeyIndex.emptySlots(for: ends.count)
        self.bytes = bytes
        self.ends = ends
        for index in 0..<ends.count {
            let start = index == 0 ? 0 : Int(ends[index - 1])
            let found = bytes.withUnsafeBufferPointer { find(UnsafeBufferPointer(rebasing: $0[start..<Int(ends[index])])) }
            guard case .vacant(let slot) = found else { return nil }
            slots[slot] = Int32(index)
        }
    }

    private enum Probe {
        case found(Int32)
        case vacant(Int)
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>) -> Probe {
        var slot = Int(ByteKeyIndex.hash(key)) & mask
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let entry = Int(slots[slot])
                if entry < 0 { return .vacant(slot) }
                let start = entry == 0 ? 0 : Int(ends[entry - 1])
                let end = Int(ends[entry])
                if end - start == key.count, memcmpEqual(stored.baseAddress.map { $0 + start }, key.baseAddress, key.count) {
                    return .found(Int32(entry))
                }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private func memcmpEqual(_ left: UnsafePointer<UInt8>?, _ right: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
        guard count > 0 else { return true }
        guard let left, let right else { return false }
        for offset in 0..<count where left[offset] != right[offset] { return false }
        return true
    }

    private mutating func append(_ key: UnsafeBufferPointer<UInt8>, at slot: Int) {
        slots[slot] = Int32(ends.count)
        bytes.append(contentsOf: key)
        ends.append(Int32(bytes.count))
    }

    /// The symbol of `key`, or nil.
    @inline(__always)
    func symbol(for key: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard case .found(let entry) = find(key) else { return nil }
        return firstSymbol + entry
    }

    /// The symbol of `key`, or nil.
    func symbol(for key: [UInt8]) -> Int32? {
        key.withUnsafeBufferPointer { symbol(for: $0) }
    }

    /// Key `index`, in symbol order.
    func key(at index: Int) -> [UInt8] {
        Array(bytes[(index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])])
    }

    /// The distinct key lengths, shortest first.
    var keyLengths: [Int] {
        var lengths = Set<Int>()
        var start: Int32 = 0
        for end in ends {
            lengths.insert(Int(end - start))
            start = end
        }
        return lengths.sorted()
    }
}
