#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The operating system's own wording for an `errno` value, e.g. "No space left on device".
enum SystemErrorText {
    static func describe(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "system error \(code)" }
        return String(cString: text)
    }

    /// File-type bits of `st_mode`; spelled out because the C macros do not import into Swift.
    static let fileTypeMask: UInt32 = 0o170000
    /// The `st_mode` file type of a directory.
    static let directoryType: UInt32 = 0o040000
    /// The `st_mode` file type of a regular file.
    static let regularFileType: UInt32 = 0o100000
}
