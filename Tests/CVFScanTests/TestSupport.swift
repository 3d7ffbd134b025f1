import Foundation
@testable import CVFScan

/// A small lexicon whose patterns the engine tests rely on, independent of the built-in lexicons' content.
enum TestLexicon {
    static let text = """
    framework test
      name: Test framework
    dimension ownership
      kind: competency
      name: Ownership
    behaviour responsibility
      statement: We take responsibility.
      source: test
      polarity: support
      pattern: took responsibility
      pattern: owned up
      pattern: (challenged | challenge) ...3 behaviour
      pattern: multi-agency
      against: blamed (others | my colleague)
      vocabulary: take ownership
    behaviour feedback
      statement: We seek feedback.
      source: test
      polarity: support
      pattern: asked for feedback
      pattern: learnt from my mistake
    behaviour blame
      statement: I blame others.
      source: test
      polarity: counter
      pattern: blame others
    dimension calm
      kind: competency
      name: Calm
    behaviour calm
      statement: We stay calm.
      source: test
      polarity: support
      pattern: stayed calm
      pattern: "sorry"
      pattern: reassur*
      pattern: organised a meeting
    """

    static let lexicon: Lexicon = {
        do {
            return try Lexicon.parse(text, file: "test.lexicon")
        } catch {
            return Lexicon()
        }
    }()

    static let scanner: EvidenceScanner? = try? EvidenceScanner(lexicon: lexicon, frameworks: ["test"])

    /// Scans `text` with the test lexicon.
    static func scan(_ text: String) -> Report? {
        scanner?.scan(text)
    }
}

extension Report {
    /// The matches of one dimension (`test/ownership`).
    func matches(in dimensionID: String) -> [Match] {
        matches.filter { $0.dimensionID == dimensionID }
    }
}
