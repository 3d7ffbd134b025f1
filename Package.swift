// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "cvfscan",
    products: [
        .library(name: "CVFScan", targets: ["CVFScan"]),
        .executable(name: "cvfscan", targets: ["cvfscan"]),
    ],
    targets: [
        // The engine: decoding, tokenising, stemming, lexicons, matching, context, scoring, reports, batch, calibration.
        .target(
            name: "CVFScan",
            plugins: ["EmbedLexiconsPlugin"]
        ),
        // The command-line filter: parses arguments, calls the library, prints, maps errors to exit codes.
        .executableTarget(
            name: "cvfscan",
            dependencies: ["CVFScan"]
        ),
        // Compiles Lexicons/*.lexicon and the word tables into the library at build time, so the binary works
        // from any directory and cannot drift from Lexicons/, the one source of truth.
        .executableTarget(
            name: "LexiconEmbedder",
            path: "Sources/LexiconEmbedder"
        ),
        .plugin(
            name: "EmbedLexiconsPlugin",
            capability: .buildTool(),
            dependencies: ["LexiconEmbedder"],
            path: "Sources/EmbedLexiconsPlugin"
        ),
        // Release-mode figures (MB/s, answers/s, start-up, peak memory). Never run by `swift test`.
        .executableTarget(
            name: "cvfscan-benchmarks",
            dependencies: ["CVFScan"],
            path: "Benchmarks/CVFScanBenchmarks"
        ),
        .testTarget(
            name: "CVFScanTests",
            dependencies: ["CVFScan", "cvfscan"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
