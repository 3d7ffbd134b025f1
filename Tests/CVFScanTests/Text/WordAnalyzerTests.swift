import Testing
@testable import CVFScan

@Suite("Word analyser: folding, contractions, word tables, stems")
struct WordAnalyzerTests {
    let analyzer = WordAnalyzer()

    func stems(_ word: String) -> [String] {
        analyzer.parts(of: word).map { String(decoding: $0.stem, as: UTF8.self) }
    }

    @Test("British and American spellings reach the same stem", arguments: [
        ("organisation", "organization"), ("behaviour", "behavior"), ("recognised", "recognized"),
        ("analysed", "analyzed"), ("judgement", "judgment"), ("centre", "center"), ("defence", "defense"),
        ("programme", "program"), ("licence", "license"), ("counselling", "counseling"),
        ("travelled", "traveled"), ("prioritised", "prioritized"), ("apologise", "apologize"),
    ])
    func spellingVariants(british: String, american: String) {
        #expect(!stems(british).isEmpty)
        #expect(stems(british) == stems(american))
    }

    @Test("irregular forms and misspellings reach the base form's stem", arguments: [
        ("took", "take"), ("taken", "take"), ("held", "hold"), ("spoke", "speak"), ("kept", "keep"),
        ("was", "be"), ("did", "do"), ("people", "person"), ("collegue", "colleague"), ("recieved", "received"),
        ("liased", "liaised"),
    ])
    func wordForms(variant: String, base: String) {
        #expect(stems(variant) == stems(base))
    }

    @Test("contractions expand, with straight and curly apostrophes", arguments: [
        ("didn't", ["did", "not"]), ("didn\u{2019}t", ["did", "not"]), ("can't", ["can", "not"]),
        ("cannot", ["can", "not"]), ("won't", ["will", "not"]), ("wasn\u{2019}t", ["was", "not"]),
        ("I'd", ["i", "would"]), ("we'll", ["we", "will"]), ("I've", ["i", "have"]), ("it's", ["it", "is"]),
        ("let's", ["let", "us"]), ("officer's", ["officer's"]), ("didnt", ["did", "not"]),
    ])
    func contractions(word: String, forms: [String]) {
        #expect(analyzer.parts(of: word).map { String(decoding: $0.form, as: UTF8.self) } == forms)
    }

    @Test("case, accents, ligatures and hyphens fold", arguments: [
        ("CAF\u{C9}", "cafe"), ("cafe\u{301}", "cafe"), ("Stra\u{DF}e", "strasse"), ("\u{FB01}ne", "fine"),
        ("multi-agency", "multiagency"), ("co\u{2011}ordinated", "coordinated"), ("Zo\u{EB}", "zoe"),
        ("\u{3A3}\u{3A9}", "\u{3C3}\u{3C9}"),
    ])
    func folding(word: String, form: String) {
        #expect(analyzer.parts(of: word).map { String(decoding: $0.form, as: UTF8.self) } == [form])
    }

    @Test("British doubled-l inflections meet their base word", arguments: [
        ("travelled", "travel"), ("trialled", "trial"), ("cancelled", "cancel"), ("controlled", "control"),
        ("labelled", "label"), ("filled", "fill"),
    ])
    func doubledL(inflected: String, base: String) {
        #expect(stems(inflected) == stems(base))
    }

    @Test("possessives of indefinite pronouns stay possessive")
    func indefinitePossessives() {
        #expect(analyzer.parts(of: "everyone's").count == 1)
        #expect(analyzer.parts(of: "he's").count == 2)
    }

    @Test("hyphenated and joined compounds share a stem; possessives stem to the noun")
    func compounds() {
        #expect(stems("multi-agency") == stems("multiagency"))
        #expect(stems("co-ordinated") == stems("coordinated"))
        #expect(stems("officer's") == stems("officer"))
    }

    @Test("the public normalising API shows form, canonical form and stem")
    func publicTerms() {
        let terms = TextAnalyzer().terms(of: "Organized")
        #expect(terms == [Term(form: "organized", canonical: "organised", stem: "organis")])
    }
}

@Suite("Word tables")
struct WordTablesTests {
    @Test("the built-in tables parse without diagnostics and have no chains")
    func builtInTables() {
        for file in EmbeddedLexicons.files where file.name.hasSuffix(".txt") {
            let (table, diagnostics) = WordTables.parse(file.contents, file: file.name)
            #expect(diagnostics.isEmpty, "\(diagnostics.prefix(3))")
            #expect(table.count > 1000)
            let chained = table.pairs.filter { table.value(for: $0.value) != nil && table.value(for: $0.value) != $0.value }
            #expect(chained.isEmpty, "\(file.name) chains: \(chained.prefix(3).map { String(decoding: $0.key, as: UTF8.self) })")
        }
    }

    @Test("malformed table lines are reported with their line")
    func malformed() {
        let (table, diagnostics) = WordTables.parse("# comment\norganize organise\nlonely\na b c\norganize x\n", file: "t.txt")
        #expect(table.count == 1)
        #expect(diagnostics.map(\.description) == [
            "t.txt:3:1: expected 'variant canonical' (two words), found 1 word",
            "t.txt:4:1: expected 'variant canonical' (two words), found 3 words",
            "t.txt:5:1: duplicate variant 'organize' (first given at line 2)",
        ])
    }
}
