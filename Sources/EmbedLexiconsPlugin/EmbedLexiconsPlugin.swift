import Foundation
import PackagePlugin

/// Compiles the lexicons and word tables in `Lexicons/` into the library, so `cvfscan` needs no files at run time
/// and the built-in lexicons are always exactly what `Lexicons/` holds.
@main
struct EmbedLexiconsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let lexiconDirectory = context.package.directoryURL.appending(path: "Lexicons")
        let names = try FileManager.default.contentsOfDirectory(atPath: lexiconDirectory.path)
            .filter { $0.hasSuffix(".lexicon") || $0 == "spelling-variants.txt" || $0 == "word-forms.txt" }
            .sorted()
        let inputs = names.map { lexiconDirectory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLexicons.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) lexicon files",
                executable: try context.tool(named: "LexiconEmbedder").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
