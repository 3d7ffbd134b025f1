import Testing
@testable import CVFScan

/// `--color always|never|auto`, `NO_COLOR` and `TERM=dumb`.
@Suite("Colour choice")
struct ColorChoiceTests {
    @Test("colour is used when chosen, or by default only on a terminal without NO_COLOR", arguments: [
        (ColorChoice.auto, true, [:], true),
        (.auto, false, [:], false),
        (.auto, true, ["NO_COLOR": "1"], false),
        (.auto, true, ["NO_COLOR": ""], true),
        (.auto, true, ["TERM": "dumb"], false),
        (.auto, true, ["TERM": "xterm-256color"], true),
        (.always, false, ["NO_COLOR": "1"], true),
        (.always, false, ["TERM": "dumb"], true),
        (.never, true, [:], false),
    ] as [(ColorChoice, Bool, [String: String], Bool)])
    func choice(choice: ColorChoice, terminal: Bool, environment: [String: String], expected: Bool) {
        #expect(choice.usesColor(outputIsTerminal: terminal, environment: environment) == expected)
    }

    @Test("the option's values are the choice's names")
    func names() {
        #expect(ColorChoice.allCases.map(\.rawValue) == ["always", "never", "auto"])
    }
}
