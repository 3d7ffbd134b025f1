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

/// Keeps compiled built-in lexicons on disk, so `cvfscan` starts in milliseconds instead of parsing and compiling
/// thousands of patterns at every run.
///
/// A cache file is named by a hash of everything the compilation depends on — the embedded lexicon files and word
/// tables, the selected frameworks, the cache format, and the running executable (its size and modification time,
/// so a rebuilt program never trusts a cache written by the old one). Files are written to a temporary name and
/// renamed, so concurrent runs never see half a file; a file that fails validation is ignored and recompiled.
///
/// Location: `$CVFSCAN_CACHE_DIR`, else `$XDG_CACHE_HOME/cvfscan`, else `~/.cache/cvfscan`. `CVFSCAN_NO_CACHE=1`
/// turns it off. An unwritable location just means no cache.
enum CompiledLexiconCache {
    /// Most cache files kept; older ones are removed when a new one is written.
    static let maximumFiles = 16

    static var directory: String? {
        // getenv, not ProcessInfo's environment: that builds a dictionary of the whole environment at every start.
        func variable(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
        if let disabled = variable("CVFSCAN_NO_CACHE"), !disabled.isEmpty, disabled != "0" { return nil }
        if let explicit = variable("CVFSCAN_CACHE_DIR"), !explicit.isEmpty { return explicit }
        if let xdg = variable("XDG_CACHE_HOME"), xdg.hasPrefix("/") { return xdg + "/cvfscan" }
        if let home = variable("HOME"), home.hasPrefix("/") { return home + "/.cache/cvfscan" }
        return nil
    }

    /// The cache key of the built-in lexicons compiled for `frameworks`.
    static func key(frameworks: [String]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            hash = (hash ^ 0xFF) &* 0x0000_0100_0000_01B3
        }
        mix(String(EmbeddedLexicons.fingerprint).utf8)
        mix(String(CompiledLexicon.cacheFormatVersion).utf8)
        for id in frameworks { mix(id.utf8) }
        mix(executableIdentity.utf8)
        return String(hash, radix: 16)
    }

    /// The running executable's path, size and modification time, or "" where it cannot be found. Plain
    /// `readlink` and `stat`: FileManager's attributes also look up the owner's user and group names, which
    /// reads /etc/passwd and /etc/group and asks nscd at every start.
    private static let executableIdentity: String = {
        // /proc/self/exe is a link whose own timestamp is the process's start: follow it to the program file.
        var buffer = [CChar](repeating: 0, count: 4097)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return "" }
        let path = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var status = stat()
        guard stat(path, &status) == 0 else { return "" }
        return "\(path):\(status.st_size):\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }()

    static func load(key: String) -> CompiledLexicon? {
        guard let directory, let file = CacheFileBytes(mappingFileAt: "\(directory)/\(key).lexicon-cache") else {
            return nil
        }
        return CompiledLexicon.decoded(from: file)
    }

    static func store(_ compiled: CompiledLexicon, key: String) {
        guard let directory else { return }
        let manager = FileManager.default
        guard (try? manager.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil else { return }
        let destination = "\(directory)/\(key).lexicon-cache"
        let temporary = "\(destination).\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard manager.createFile(atPath: temporary, contents: Data(compiled.encoded())) else { return }
        if rename(temporary, destination) != 0 {
            try? manager.removeItem(atPath: temporary)
            return
        }
        removeOldFiles(in: directory, keeping: destination)
    }

    private static func removeOldFiles(in directory: String, keeping kept: String) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else { return }
        let files = names.filter { $0.hasSuffix(".lexicon-cache") }.map { "\(directory)/\($0)" }
        guard files.count > maximumFiles else { return }
        let dated = files.compactMap { path -> (String, Date)? in
            guard path != kept, let date = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { return nil }
            return (path, date)
        }.sorted { $0.1 < $1.1 }
        for (path, _) in dated.prefix(files.count - maximumFiles) { try? manager.removeItem(atPath: path) }
    }
}
