/// Why lexicons could not be loaded.
public enum LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The files have errors; every error of every file is listed, in file order.
    case invalid([LexiconDiagnostic])
    /// A path given with `--lexicons` does not exist.
    case notFound(path: String)
    /// A file could not be read (permissions, an I/O error). A file that is not UTF-8 is `invalid`, with the place.
    case unreadable(path: String, reason: String)
    /// A folder given with `--lexicons` holds no `*.lexicon` files.
    case noLexiconFiles(folder: String)
    /// A framework asked for with `--framework` is not loaded.
    case unknownFramework(id: String, available: [String])

    public var description: String {
        switch self {
        case .invalid(let diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }
            return errors.map(\.description).joined(separator: "\n")
        case .notFound(let path):
            return "\(path): no such file or folder"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read: \(reason)"
        case .noLexiconFiles(let folder):
            return "\(folder): the folder holds no *.lexicon files"
        case .unknownFramework(let id, let available):
            return "unknown framework '\(id)'; the loaded frameworks are \(available.joined(separator: ", ")) (or 'all')"
        }
    }
}
