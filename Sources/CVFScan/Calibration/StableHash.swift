/// FNV-1a 64-bit over UTF-8 bytes: a hash that is the same in every process and on every machine, unlike
/// Swift's `Hasher`, which is seeded per process. Used for fold assignment and for per-dimension seeds.
public enum StableHash {
    /// The FNV-1a 64-bit hash of `text`'s UTF-8 bytes.
    public static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
