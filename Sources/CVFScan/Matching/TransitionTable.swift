/// An open-addressing hash table from (state, symbol) to the next state: the automaton's edges, looked up once
/// per word and active state in the scan loop, so it avoids Swift's generic `Dictionary` and its hashing.
struct TransitionTable: Sendable {
    /// Arrays when compiled; restored from the cache, stretches of the mapped file.
    private let keys: IntegerRun<UInt64>
    private let values: IntegerRun<Int32>
    private let mask: Int
    /// 64 minus the table's size in bits: the slot is the top bits of the multiplied key.
    private let shift: UInt64
    let count: Int

    private static let empty = UInt64.max

    /// A table of `entries` (a key given twice keeps its last target), sized so at most half its slots are used.
    /// Built in one go from the finished list, so its size fits what it holds: the table is written to the
    /// compiled-lexicon cache and read at every start-up.
    init(entries: [(state: Int32, symbol: Int32, target: Int32)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: Self.empty, count: capacity)
        var values = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        let shift = Self.shift(forCapacity: capacity)
        var count = 0
        for entry in entries {
            let key = Self.key(entry.state, entry.symbol)
            var slot = Self.slot(of: key, shift: shift)
            while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == Self.empty { count += 1 }
            keys[slot] = key
            values[slot] = entry.target
        }
        self.keys = IntegerRun(keys)
        self.values = IntegerRun(values)
        self.mask = mask
        self.shift = shift
        self.count = count
    }

    private static func shift(forCapacity capacity: Int) -> UInt64 {
        UInt64(64 - capacity.trailingZeroBitCount)
    }

    /// The table's storage, for the compiled-lexicon cache.
    var storage: (keys: IntegerRun<UInt64>, values: IntegerRun<Int32>, count: Int) { (keys, values, count) }

    /// A table restored from ``storage``; nil if the parts do not fit together.
    init?(keys: IntegerRun<UInt64>, values: IntegerRun<Int32>, count: Int) {
        guard keys.count == values.count, keys.count >= 2, keys.count & (keys.count - 1) == 0, count < keys.count else {
            return nil
        }
        self.keys = keys
        self.values = values
        self.mask = keys.count - 1
        self.shift = Self.shift(forCapacity: keys.count)
        self.count = count
    }

    @inline(__always)
    private static func key(_ state: Int32, _ symbol: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: state)) << 32 | UInt64(UInt32(bitPattern: symbol))
    }

    @inline(__always)
    private static func slot(of key: UInt64, shift: UInt64) -> Int {
        // Fibonacci hashing: the top bits of the product depend on every bit of the key. (Lower bits would ignore the
        // state's high bits, so states that share a symbol would pile up in one probe chain.)
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Calls `body` with the table's keys, values and slot shift, for ``lookup(_:_:keys:values:shift:)``.
    @inline(__always)
    func withBuffers<Result>(_ body: (UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<Int32>, UInt64) -> Result) -> Result {
        keys.withUnsafeBufferPointer { keys in values.withUnsafeBufferPointer { values in body(keys, values, shift) } }
    }

    /// The next state, or -1, from buffers given by ``withBuffers(_:)``.
    @inline(__always)
    static func lookup(
        _ state: Int32, _ symbol: Int32, keys: UnsafeBufferPointer<UInt64>, values: UnsafeBufferPointer<Int32>, shift: UInt64
    ) -> Int32 {
        let key = Self.key(state, symbol)
        let mask = keys.count - 1
        var slot = Self.slot(of: key, shift: shift)
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == Self.empty { return -1 }
            slot = (slot + 1) & mask
        }
    }
}
