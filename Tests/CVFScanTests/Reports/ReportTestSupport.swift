import Testing
@testable import CVFScan

/// A fixed lexicon and answers for the report tests, independent of the built-in lexicons and of the engine
/// tests' lexicon, so editing either never changes a golden file. Its texts carry `&`, `<`, `"` and `|` so the
/// goldens show lexicon text escaped too; "took responsibility" is in two dimensions and "responsibility for my
/// part" in a third, so highlights overlap both exactly and partly.
enum ReportFixtures {
    static let lexiconText = """
    framework golden
      name: Golden report framework
    dimension ownership
      kind: competency
      name: Ownership
    behaviour responsibility
      statement: We take responsibility for our actions & their <consequences>.
      source: test
      polarity: support
      pattern: took responsibility
      pattern: owned up
      against: blamed (others | my colleague)
      vocabulary: take ownership
    behaviour feedback
      statement: We seek "feedback" and learn from it.
      source: test
      polarity: support
      pattern: asked for feedback
      pattern: ask for feedback
    behaviour blame
      statement: I blame others | when things go wrong.
      source: test
      polarity: counter
      pattern: blame others
    dimension calm
      kind: value
      name: Calm & composed
    behaviour calm
      statement: We stay calm under pressure.
      source: test
      polarity: support
      pattern: stayed calm
      pattern: reassur*
      pattern: responsibility for my part
    dimension teamwork
      kind: competency
      name: Teamwork
    behaviour together
      statement: We work together.
      source: test
      polarity: support
      pattern: organised a meeting
      pattern: took responsibility
    """

    static let lexicon: Lexicon = (try? Lexicon.parse(lexiconText, file: "golden.lexicon")) ?? Lexicon()

    static let scanner: EvidenceScanner? = try? EvidenceScanner(lexicon: lexicon, frameworks: ["golden"])

    /// Every decision a report shows: counter-evidence, overlapping matches, a negated fault, someone else's deeds,
    /// a hypothetical, a group, an opinion with the framework's own words, and two paragraphs.
    static let realisticAnswer = """
    When the handover went wrong I blamed my colleague at first, then I took responsibility for my part and \
    owned up to the sergeant. I didn't blame others again. My manager stayed calm and reassured the victim. \
    I would ask for feedback next time.

    We organised a meeting with the partners. I think I take ownership of problems.

    """

    /// Markup, attribute breakers, a terminal retitle (`ESC ]0;…BEL`) and clear (`ESC [2J`), a C1 control, a
    /// right-to-left override, Markdown link, image, table and e-mail injection, and emoji (a ZWJ family) and a
    /// combining accent before matches, so any offset counted in bytes or characters instead of code points
    /// would put the highlights on the wrong words.
    static let hostileAnswer = "<script>alert(\"x\")</script> I took responsibility\" onmouseover=\"alert(1)\" and owned up.\n"
        + "\u{1B}]0;pwned\u{07}\u{1B}[2J The \u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467} family and Zoe\u{0301} were upset; "
        + "I stayed calm \u{202E}and reassured them\u{202C}.\u{9B}31m\n"
        + "[link](javascript:alert(1)) ![img](http://evil.example/x.png) | a | b |\n"
        + "<img src=x onerror=alert(1)> I asked for feedback \u{1F642} & &amp; it's `code` *bold* user@evil.example www.evil.example\n"

    /// An id as hostile as the answer: it is shown in every format's heading.
    static let hostileID = "<b>applicant</b> | \"x\" ](javascript:alert(1)) \u{1B}[2J"

    static let noEvidenceAnswer = "I like trains and long walks."

    static func report(_ text: String, id: String?) throws -> Report {
        let scanner = try #require(scanner, "the report fixtures' lexicon must compile")
        return scanner.scan(text, id: id)
    }

    static func realistic() throws -> Report { try report(realisticAnswer, id: "applicant-17.txt") }
    static func hostile() throws -> Report { try report(hostileAnswer, id: hostileID) }
    static func noEvidence() throws -> Report { try report(noEvidenceAnswer, id: nil) }
}
