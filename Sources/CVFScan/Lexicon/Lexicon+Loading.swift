import Synchronization
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

extension Lexicon {
    /// The lexicons built into cvfscan: the `*.lexicon` files of `Lexicons/`, compiled in at build time.
    ///
    /// - Throws: ``LexiconError/invalid(_:)`` if a built-in file has errors (`swift test` checks they do not).
    public static func builtIn() throws(LexiconError) -> Lexicon {
        try BuiltInLexiconCache.shared.get(frameworks: nil)
    }

    /// The ids of the built-in frameworks, in the order they are listed, found without parsing the files.
    public static var builtInFrameworkIDs: [String] {
        BuiltInLexiconCache.shared.declaredIDs
    }

    /// Only the built-in frameworks with these ids, with the frameworks whose dimensions they share: reads only
    /// the files that declare them, so scoring one framework does not pay for parsing the others.
    ///
    /// - Throws: ``LexiconError/unknownFramework(id:available:)`` for an id no built-in file declares.
    public static func builtIn(frameworks: [String]) throws(LexiconError) -> Lexicon {
        let lexicon = try BuiltInLexiconCache.shared.get(frameworks: frameworks)
        let loaded = Set(lexicon.frameworks.map(\.id))
        if let missing = frameworks.first(where: { !loaded.contains($0) }) {
            throw .unknownFramework(id: missing, available: try builtIn().frameworks.map(\.id))
        }
        return lexicon
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
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw .notFound(path: path)
        }
        let isDirectory = UInt32(status.st_mode) & SystemErrorText.fileTypeMask == SystemErrorText.directoryType
        var files: [String] = [path]
        if isDirectory {
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
            let bytes = try readLexiconFile(file)
            // A file that is not UTF-8 is malformed data, not a missing file: each line holding a bad byte is an
            // error with its place, and the other files are still checked.
            let encodingErrors = invalidUTF8Diagnostics(bytes, file: file)
            guard encodingErrors.isEmpty else {
                diagnostics += encodingErrors
                continue
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let (parsed, fileDiagnostics) = parseCollectingDiagnostics(
                text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, file: file)
            lexicon = lexicon.merging(parsed)
            diagnostics += fileDiagnostics
        }
        return (lexicon, diagnostics)
    }

    private static func readLexiconFile(_ path: String) throws(LexiconError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or not a regular file")
        }
        return [UInt8](data)
    }

    /// One error for each line holding bytes that are not UTF-8, at the first such byte (columns in characters,
    /// as the parser counts them; a byte order mark is not counted).
    static func invalidUTF8Diagnostics(_ bytes: [UInt8], file: String) -> [LexiconDiagnostic] {
        var diagnostics: [LexiconDiagnostic] = []
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var line = 1
        var column = 1
        var lineReported = false
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            for _ in 0..<3 { _ = iterator.next() }
            offset = 3
        }
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
                if encoded.count == 1, encoded.first == 0x0A {
                    line += 1
                    column = 1
                    lineReported = false
                } else {
                    column += 1
                }
            case .error(let length):
                if !lineReported {
                    let byte = String(bytes[offset], radix: 16, uppercase: true)
                    diagnostics.append(LexiconDiagnostic(
                        .error, at: SourceLocation(file: file, line: line, column: column),
                        "byte 0x\(byte) is not UTF-8: save the file with UTF-8 encoding"))
                    lineReported = true
                }
                offset += length
                column += 1
            case .emptyInput:
                return diagnostics
            }
        }
    }
}

/// Parses built-in lexicon files once per process, and only those asked for: `cvfscan` scoring the default
/// framework reads one file, not five.
private final class BuiltInLexiconCache: Sendable {
    static let shared = BuiltInLexiconCache()
    static let preferredOrder = ["cvf", "cvf-2016", "wmp-values", "wmp-people-deal", "wmp-leadership-promise"]

    private struct ParsedFile: Sendable {
        var lexicon: Lexicon
        var diagnostics: [LexiconDiagnostic]
    }

    private let files: [(path: String, text: String)]
    /// The frameworks each file declares, found with a byte search, without parsing.
    private let declared: [[String]]
    private let parsed: Mutex<[Int: ParsedFile]>

    private init() {
        files = Lexicon.builtInFiles
        declared = files.map { Self.declaredFrameworks(in: $0.text) }
        parsed = Mutex([:])
    }

    /// The ids after `framework` at the start of a line.
    private static func declaredFrameworks(in text: String) -> [String] {
        var ids: [String] = []
        withUTF8Bytes(of: text) { bytes in
            let keyword = Array("framework".utf8)
            var lineStart = 0
            while lineStart < bytes.count {
                var position = lineStart
                while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
                if position + keyword.count < bytes.count,
                   bytes[position..<(position + keyword.count)].elementsEqual(keyword),
                   bytes[position + keyword.count] == 0x20 {
                    var idStart = position + keyword.count
                    while idStart < bytes.count, bytes[idStart] == 0x20 { idStart += 1 }
                    var idEnd = idStart
                    while idEnd < bytes.count, bytes[idEnd] != 0x0A, bytes[idEnd] != 0x0D, bytes[idEnd] != 0x20 { idEnd += 1 }
                    ids.append(String(decoding: bytes[idStart..<idEnd], as: UTF8.self))
                }
                while position < bytes.count, bytes[position] != 0x0A { position += 1 }
                lineStart = position + 1
            }
        }
        return ids
    }

    /// Every declared framework id, in the preferred order.
    var declaredIDs: [String] {
        let rank = Dictionary(uniqueKeysWithValues: Self.preferredOrder.enumerated().map { ($1, $0) })
        return declared.flatMap { $0 }.enumerated().sorted { left, right in
            (rank[left.element] ?? Self.preferredOrder.count, left.offset) < (rank[right.element] ?? Self.preferredOrder.count, right.offset)
        }.map(\.element)
    }

    private func file(_ index: Int) -> ParsedFile {
        if let cached = parsed.withLock({ $0[index] }) { return cached }
        let (lexicon, diagnostics) = Lexicon.parseCollectingDiagnostics(files[index].text, file: files[index].path)
        let file = ParsedFile(lexicon: lexicon, diagnostics: diagnostics)
        parsed.withLock { $0[index] = file }
        return file
    }

    /// The built-in frameworks with these ids (all when nil) and the frameworks whose dimensions they share.
    func get(frameworks wanted: [String]?) throws(LexiconError) -> Lexicon {
        var indices: [Int] = []
        var pending = wanted.map(Set.init)
        if pending == nil { indices = Array(files.indices) }
        var lexicon = Lexicon()
        var diagnostics: [LexiconDiagnostic] = []
        var loaded: Set<Int> = []
        while true {
            if let wantedIDs = pending {
                indices = files.indices.filter { !loaded.contains($0) && !Set(declared[$0]).isDisjoint(with: wantedIDs) }
            }
            guard !indices.isEmpty else { break }
            for index in indices where !loaded.contains(index) {
                loaded.insert(index)
                let file = file(index)
                lexicon.append(file.lexicon)
                diagnostics += file.diagnostics
            }
            guard wanted != nil else { break }
            // Shared dimensions may live in files not loaded yet.
            let known = Set(lexicon.frameworks.map(\.id))
            let needed = Set(lexicon.frameworks.flatMap(\.sharedDimensionIDs).map(Lexicon.frameworkID(of:)))
            pending = needed.subtracting(known)
            if pending?.isEmpty ?? true { break }
        }
        diagnostics += lexicon.crossReferenceDiagnostics()
        if diagnostics.contains(where: { $0.severity == .error }) { throw .invalid(diagnostics) }
        // Files load in name order (cvf-2016 before cvf); frameworks are listed in the order a reader expects.
        let rank = Dictionary(uniqueKeysWithValues: Self.preferredOrder.enumerated().map { ($1, $0) })
        lexicon.frameworks = lexicon.frameworks.enumerated().sorted { left, right in
            (rank[left.element.id] ?? Self.preferredOrder.count, left.offset)
                < (rank[right.element.id] ?? Self.preferredOrder.count, right.offset)
        }.map(\.element)
        return lexicon
    }
}
