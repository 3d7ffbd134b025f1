import CVFScan

/// Values kept alive until the process exits. A compiled lexicon is tens of thousands of small objects; releasing
/// them one by one as a command returns costs about as much as loading them, and the process is about to exit.
enum ProcessLifetime {
    nonisolated(unsafe) private static var retained: [EvidenceScanner] = []

    /// Returns `scanner`, which now lives until the process exits.
    static func keep(_ scanner: EvidenceScanner) -> EvidenceScanner {
        retained.append(scanner)
        return scanner
    }
}
