import Foundation

extension Lexicon {
    /// The lexicons built into cvfscan: the `*.lexicon` files of `Lexicons/`, compiled in at build time.
    ///
    /// - Throws: ``LexiconError/invalid(_:)`` if a built-in file has errors (`swift test` checks they do not).
    public static func builtIn() throws(LexiconError) -> Lexicon {
        try BuiltInLexiconCache.shared.get()
    }

    /// The names and texts of the built-in lexicon files, as `Lexicons/NAME`.
    public static var builtInFiles: [(path: String, text: String)] {
        EmbeddedLexicons.files
            .filter { $0.name.hasSuffix(".lexicon") }
            .map { (path: "Lexicons/\($0.name)", text: $0.contents) }
    }

    /// Reads a lexicon file, or every `*.lexicon` file of a folder in name order.
    ///
    /// - Throws: ``LexiconError`` naming the path, with every error of every file.
    public static func load(contentsOf path: String) throws(LexiconError) -> Lexicon {
        let (lexicon, diagnostics) = try loadCollectingDiagnostics(contentsOf: path)
        if diagnostics.contains(where: { $0.severity == .error }) { throw .invalid(diagnostics) }
        return lexicon
    }

    /// Reads a file or folder, returning what parsed cleanly and every diagnostic.
    static func loadCollectingDiagnostics(contentsOf path: String) throws(LexiconError) -> (Lexicon, [LexiconDiagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notFound(path: path)
        }
        var files: [String] = [path]
        if isDirectory.boolValue {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw .unreadable(path: path, reason: "the folder cannot be listed")
            }
            files = names.filter { $0.hasSuffix(".lexicon") }.sorted().map {
                path.hasSuffix("/") ? path + $0 : path + "/" + $0
            }
            guard !files.isEmpty else { throw .noLexiconFiles(folder: path) }
        }
        var lexicon = Lexicon()
        var diagnostics: [LexiconDiagnostic] = []
        for file in files {
            let text = try readLexiconFile(file)
            let (parsed, fileDiagnostics) = parseCollectingDiagnostics(text, file: file)
            lexicon = lexicon.merging(parsed)
            diagnostics += fileDiagnostics
        }
        return (lexicon, diagnostics)
    }

    private static func readLexiconFile(_ path: String) throws(LexiconError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or not a regular file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path, reason: "the file is not valid UTF-8; save it as UTF-8")
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }
}

/// Parses the built-in lexicons once per process.
private final class BuiltInLexiconCache: Sendable {
    static let shared = BuiltInLexiconCache()
    static let preferredOrder = ["cvf", "cvf-2016", "wmp-values", "wmp-people-deal", "wmp-leadership-promise"]
    private let result: Result<Lexicon, LexiconError>

    private init() {
        var lexicon = Lexicon()
        var diagnostics: [LexiconDiagnostic] = []
        for file in Lexicon.builtInFiles {
            let (parsed, fileDiagnostics) = Lexicon.parseCollectingDiagnostics(file.text, file: file.path)
            lexicon = lexicon.merging(parsed)
            diagnostics += fileDiagnostics
        }
        diagnostics += lexicon.crossReferenceDiagnostics()
        if diagnostics.contains(where: { $0.severity == .error }) {
            result = .failure(.invalid(diagnostics))
        } else {
            // Files load in name order (cvf-2016 before cvf); frameworks are listed in the order a reader expects.
            let rank = Dictionary(uniqueKeysWithValues: Self.preferredOrder.enumerated().map { ($1, $0) })
            lexicon.frameworks = lexicon.frameworks.enumerated().sorted { left, right in
                (rank[left.element.id] ?? Self.preferredOrder.count, left.offset)
                    < (rank[right.element.id] ?? Self.preferredOrder.count, right.offset)
            }.map(\.element)
            result = .success(lexicon)
        }
    }

    func get() throws(LexiconError) -> Lexicon {
        try result.get()
    }
}
