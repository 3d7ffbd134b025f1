#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a compiled-lexicon cache file at a fixed address for as long as anything refers to them: mapped
/// read-only from the file, or a copy of an array (tests, and where mapping fails).
///
/// Mapping is what makes a warm start-up cheap: the file is already in the page cache, so mapping it costs a few
/// dozen microseconds, where reading it into fresh memory costs a zero-filled page fault per 4 KB (about 3 ms for
/// the 2.7 MB file on the benchmark machine); and the automaton's tables are then used where they lie, with no copy
/// (``IntegerRun``). The cache only ever replaces a file by renaming a new one over it, and removing a file leaves
/// a mapping intact, so the mapped bytes never change under a running scan.
final class CacheFileBytes: @unchecked Sendable {
    // @unchecked: the memory is written once, before `init` returns, and only read afterwards; it is released in
    // `deinit`, when nothing can refer to it any more.
    let buffer: UnsafeRawBufferPointer
    private let isMapped: Bool

    /// A copy of `bytes`, aligned for any integer type.
    init(copying bytes: [UInt8]) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 16)
        bytes.withUnsafeBytes { copy.copyMemory(from: $0) }
        buffer = UnsafeRawBufferPointer(copy)
        isMapped = false
    }

    /// The file at `path` mapped read-only; nil if it cannot be opened or mapped (an empty file included).
    init?(mappingFileAt path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0, status.st_size < Int.max / 2 else { return nil }
        let size = Int(status.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            return nil
        }
        buffer = UnsafeRawBufferPointer(start: address, count: size)
        isMapped = true
    }

    deinit {
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: buffer.baseAddress), buffer.count)
        } else {
            UnsafeMutableRawBufferPointer(mutating: buffer).deallocate()
        }
    }

    var count: Int { buffer.count }
}
