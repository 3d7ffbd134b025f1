/// A read-only map from byte strings to byte strings, built in one pass over a `variant canonical` table's text:
/// keys and values stay in the text's own bytes and an open-addressing index points at them, so building it costs
/// a hash per line and no allocation per entry (the word tables are built at every start-up).
struct ByteStringTable: Sendable {
    private struct Entry: Sendable {
        var hash: UInt32
        var keyStart: Int32
        var keyLength: Int32
        var valueStart: Int32
        var valueLength: Int32
    }

    private let storage: [UInt8]
    private var entries: [Entry] = []
    private var slots: [Int32]
    private var mask: Int

    /// How many pairs the table holds.
    var count: Int { entries.count }

    /// An empty table.
    init() {
        storage = []
        slots = [-1, -1]
        mask = 1
    }

    /// Builds the table from `text` and the byte ranges of its pairs. A key given twice keeps its first value.
    init(text: [UInt8], pairs: [(key: Range<Int>, value: Range<Int>)]) {
        storage = text
        (slots, mask) = ByteKeyIndex.emptySlots(for: pairs.count)
        entries.reserveCapacity(pairs.count)
        for pair in pairs {
            let hash = Self.hash(text, pair.key)
            var slot = Int(hash) & mask
            var duplicate = false
            while slots[slot] >= 0 {
                let entry = entries[Int(slots[slot])]
                if entry.hash == hash, equal(Int(entry.keyStart)..<Int(entry.keyStart + entry.keyLength), pair.key) {
                    duplicate = true
                    break
                }
                slot = (slot + 1) & mask
            }
            guard !duplicate else { continue }
            slots[slot] = Int32(entries.count)
            entries.append(Entry(hash: hash, keyStart: Int32(pair.key.lowerBound), keyLength: Int32(pair.key.count),
                                 valueStart: Int32(pair.value.lowerBound), valueLength: Int32(pair.value.count)))
        }
    }

    private static func hash(_ bytes: [UInt8], _ range: Range<Int>) -> UInt32 {
        bytes.withUnsafeBufferPointer { ByteKeyIndex.hash(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    private func equal(_ left: Range<Int>, _ right: Range<Int>) -> Bool {
        left.count == right.count && storage[left].elementsEqual(storage[right])
    }

    /// The value for `key`, or nil.
    func value(for key: [UInt8]) -> [UInt8]? {
        guard !entries.isEmpty else { return nil }
        let hash = key.withUnsafeBufferPointer(ByteKeyIndex.hash)
        var slot = Int(hash) & mask
        while slots[slot] >= 0 {
            let entry = entries[Int(slots[slot])]
            if entry.hash == hash, Int(entry.keyLength) == key.count,
               storage[Int(entry.keyStart)..<Int(entry.keyStart + entry.keyLength)].elementsEqual(key) {
                return Array(storage[Int(entry.valueStart)..<Int(entry.valueStart + entry.valueLength)])
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The table for the compiled-lexicon cache: the keys' and values' bytes (without the rest of the text it was
    /// parsed from) and five numbers per entry — hash, key start and length, value start and length — so a
    /// restored table needs neither the text's parsing nor a hash of each key.
    var encodedParts: (bytes: [UInt8], entryFields: [UInt32]) {
        var bytes: [UInt8] = []
        var fields: [UInt32] = []
        fields.reserveCapacity(entries.count * 5)
        for entry in entries {
            let keyStart = bytes.count
            bytes.append(contentsOf: storage[Int(entry.keyStart)..<Int(entry.keyStart + entry.keyLength)])
            let valueStart = bytes.count
            bytes.append(contentsOf: storage[Int(entry.valueStart)..<Int(entry.valueStart + entry.valueLength)])
            fields.append(entry.hash)
            fields.append(UInt32(keyStart))
            fields.append(UInt32(entry.keyLength))
            fields.append(UInt32(valueStart))
            fields.append(UInt32(entry.valueLength))
        }
        return (bytes, fields)
    }

    /// A table restored from ``encodedParts``; nil if an entry points outside the bytes.
    init?(bytes: [UInt8], entryFields: [UInt32]) {
        guard entryFields.count % 5 == 0 else { return nil }
        let count = entryFields.count / 5
        storage = bytes
        (slots, mask) = ByteKeyIndex.emptySlots(for: count)
        entries.reserveCapacity(count)
        for index in 0..<count {
            let base = index * 5
            let keyStart = Int(entryFields[base + 1]), keyLength = Int(entryFields[base + 2])
            let valueStart = Int(entryFields[base + 3]), valueLength = Int(entryFields[base + 4])
            guard keyStart <= bytes.count, keyLength <= bytes.count - keyStart,
                  valueStart <= bytes.count, valueLength <= bytes.count - valueStart else { return nil }
            let hash = entryFields[base]
            var slot = Int(hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
            entries.append(Entry(hash: hash, keyStart: Int32(keyStart), keyLength: Int32(keyLength),
                                 valueStart: Int32(valueStart), valueLength: Int32(valueLength)))
        }
    }

    /// Every pair, in the order given, for checks.
    var pairs: [(key: [UInt8], value: [UInt8])] {
        entries.map { entry in
            (Array(storage[Int(entry.keyStart)..<Int(entry.keyStart + entry.keyLength)]),
             Array(storage[Int(entry.valueStart)..<Int(entry.valueStart + entry.valueLength)]))
        }
    }
}
