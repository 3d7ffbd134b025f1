/// The character encoding `InputDecoder` recognised in a piece of input.
///
/// The raw values are stable, lower-camel-case names suitable for JSON reports and log lines.
public enum TextEncoding: String, Sendable {
    /// UTF-8 without a byte order mark (also plain ASCII).
    case utf8
    /// UTF-8 that started with the byte order mark `EF BB BF`, which Excel writes for "CSV UTF-8".
    case utf8WithByteOrderMark
    /// UTF-16 little-endian, announced by the byte order mark `FF FE` or recognised by its NUL pattern.
    case utf16LittleEndian
    /// UTF-16 big-endian, announced by the byte order mark `FE FF` or recognised by its NUL pattern.
    case utf16BigEndian
    /// Windows-1252 ("ANSI" on Western-European Windows), used only when invalid UTF-8 is decoded
    /// under `InputDecoder.InvalidUTF8Policy.fallBackToWindows1252`.
    case windows1252
}
