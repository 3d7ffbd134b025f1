import Testing
@testable import CVFScan

/// `text[start..<end]` by code points, as Python slices it.
private func slice(_ text: String, _ range: Range<Int>) -> String {
    let scalars = Array(text.unicodeScalars)
    var result = ""
    result.unicodeScalars.append(contentsOf: scalars[range])
    return result
}

/// Each token as `text@start-end` (code points), or `text@start-end/bytes` with byte offsets.
private func describe(_ text: String, withBytes: Bool = false) -> [String] {
    Tokenizer().tokenize(text).tokens.map { token in
        let base = "\(slice(text, token.codePointRange))@\(token.codePointRange.lowerBound)-\(token.codePointRange.upperBound)"
        return withBytes ? base + "/\(token.utf8Range.lowerBound)-\(token.utf8Range.upperBound)" : base
    }
}

/// Sentences as the texts of their tokens joined by spaces.
private func sentences(_ text: String) -> [String] {
    let tokenized = Tokenizer().tokenize(text)
    return tokenized.sentences.map { range in
        range.map { String(tokenized.text(of: tokenized.tokens[$0])) }.joined(separator: " ")
    }
}

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("words keep internal apostrophes and hyphens; offsets are code points and bytes", arguments: [
        ("I didn't panic.", ["I@0-1/0-1", "didn't@2-8/2-8", "panic@9-14/9-14", ".@14-15/14-15"]),
        ("I wasn\u{2019}t rude", ["I@0-1/0-1", "wasn\u{2019}t@2-8/2-10", "rude@9-13/11-15"]),
        ("multi-agency and co-ordinated", ["multi-agency@0-12/0-12", "and@13-16/13-16", "co-ordinated@17-29/17-29"]),
        ("the officer's and colleagues' views", ["the@0-3/0-3", "officer's@4-13/4-13", "and@14-17/14-17",
                                                 "colleagues'@18-29/18-29", "views@30-35/30-35"]),
        ("\u{1F600} I helped.", ["\u{1F600}@0-1/0-4", "I@2-3/5-6", "helped@4-10/7-13", ".@10-11/13-14"]),
        ("Calm.\r\nI listened", ["Calm@0-4/0-4", ".@4-5/4-5", "I@7-8/7-8", "listened@9-17/9-17"]),
        ("cafe\u{301} owner", ["cafe\u{301}@0-5/0-6", "owner@6-11/7-12"]),
        ("It took 3.5 hours, 1,000 calls", ["It@0-2/0-2", "took@3-7/3-7", "3.5@8-11/8-11", "hours@12-17/12-17",
                                          ",@17-18/17-18", "1,000@19-24/19-24", "calls@25-30/25-30"]),
        ("\u{1F469}\u{200D}\u{1F692} arrived", ["\u{1F469}\u{200D}\u{1F692}@0-3/0-11", "arrived@4-11/12-19"]),
        ("na\u{EF}ve \u{3A3}\u{3C9}\u{3BA}\u{3C1}\u{3AC}\u{3C4}\u{3B7}\u{3C2}", ["na\u{EF}ve@0-5/0-6", "\u{3A3}\u{3C9}\u{3BA}\u{3C1}\u{3AC}\u{3C4}\u{3B7}\u{3C2}@6-14/7-23"]),
    ])
    func tokens(text: String, expected: [String]) {
        #expect(describe(text, withBytes: true) == expected)
    }

    // Plain lower-case words are read eight bytes at a time: words ending just before, at and after an
    // eight-byte boundary, at the very end of the text, and words the fast path must hand to the full reader.
    @Test("plain words of every length, and the words the fast path must leave to the full reader", arguments: [
        ("abcdefg abcdefgh abcdefghi", ["abcdefg@0-7/0-7", "abcdefgh@8-16/8-16", "abcdefghi@17-26/17-26"]),
        ("responsibility", ["responsibility@0-14/0-14"]),
        ("Responsibilities", ["Responsibilities@0-16/0-16"]),
        ("a", ["a@0-1/0-1"]),
        ("McDonald's staff", ["McDonald's@0-10/0-10", "staff@11-16/11-16"]),
        ("well-being, team.", ["well-being@0-10/0-10", ",@10-11/10-11", "team@12-16/12-16", ".@16-17/16-17"]),
        ("e.g. ok i.e. so", ["e.g.@0-4/0-4", "ok@5-7/5-7", "i.e.@8-12/8-12", "so@13-15/13-15"]),
        ("abc1 x2", ["abc1@0-4/0-4", "x2@5-7/5-7"]),
        ("long\u{E9}word caf\u{E9}", ["long\u{E9}word@0-9/0-10", "caf\u{E9}@10-14/11-16"]),
        ("two  spaces\there", ["two@0-3/0-3", "spaces@5-11/5-11", "here@12-16/12-16"]),
    ])
    func plainWords(text: String, expected: [String]) {
        #expect(describe(text, withBytes: true) == expected)
    }

    @Test("every token's code-point range slices exactly its text, whatever the characters")
    func offsetsSliceTheText() {
        let text = "Situation:\r\n\u{2022} I didn\u{2019}t panic \u{1F600}\u{1F3FD}, I stayed calm\u{2026} e.g. caf\u{E9} \u{1F1EC}\u{1F1E7} ok!"
        let tokenized = Tokenizer().tokenize(text)
        for token in tokenized.tokens {
            #expect(slice(text, token.codePointRange) == String(tokenized.text(of: token)))
        }
        #expect(tokenized.tokens.count == 17)
    }

    @Test("kinds", arguments: [
        ("word", Token.Kind.word), ("1st", .word), ("42", .number), ("3.5", .number), (",", .punctuation),
        ("\u{1F600}", .symbol), ("\u{00A3}", .symbol), ("\u{2014}", .punctuation),
    ])
    func kinds(text: String, kind: Token.Kind) {
        #expect(Tokenizer().tokenize(text).tokens.map(\.kind) == [kind])
    }

    @Test("sentences split at . ! ? and line breaks, not after abbreviations or inside decimals", arguments: [
        ("I spoke to Mr. Smith, e.g. about the 3.5 hours etc. Then I left! Did he? Yes",
         ["I spoke to Mr . Smith , e.g. about the 3.5 hours etc . Then I left !", "Did he ?", "Yes"]),
        ("I called PC. Jones. He came", ["I called PC . Jones .", "He came"]),
        ("See No. 5 today. I said no. He agreed", ["See No . 5 today .", "I said no .", "He agreed"]),
        ("First line\nsecond line\r\nthird", ["First line", "second line", "third"]),
        ("Wait... then I acted.", ["Wait ... then I acted ."]),
        ("He said \"Stop.\" Then I left.", ["He said \" Stop . \"", "Then I left ."]),
        ("", []),
    ])
    func sentenceSplitting(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test("bullets and STAR headings start sentences")
    func bulletsAndHeadings() {
        let text = "Situation: a busy shop\n- I calmed him\n\u{2022} I called security * twice\n1. I reported it\nWhat I did: listened"
        #expect(sentences(text) == [
            "Situation :", "a busy shop", "- I calmed him", "\u{2022} I called security * twice",
            "1. I reported it", "What I did :", "listened",
        ])
        let tokens = Tokenizer().tokenize(text).tokens
        #expect(tokens[0].flags.contains(.heading))
        #expect(tokens[1].flags.contains(.heading) && tokens[1].flags.contains(.sentenceEnd))
        #expect(tokens.filter { $0.flags.contains(.bullet) }.count == 3)
    }

    @Test("a colon after several words mid-line is a clause mark, not a heading")
    func colonInSentence() {
        let tokens = Tokenizer().tokenize("Then he said: stop it").tokens
        #expect(tokens[3].flags.contains(.clauseBoundary))
        #expect(!tokens[3].flags.contains(.heading))
        #expect(sentences("Then he said: stop it") == ["Then he said : stop it"])
    }

    @Test("clause marks: commas, semicolons, brackets, dashes, ellipses; boundary words via the analyser")
    func clauseMarks() {
        let text = "I was scared, but I stayed calm; however he shouted (loudly) \u{2013} so I left\u{2026} and so upset"
        let analysed = TextAnalyzer().analyse(text)
        let tokenized = TokenizedText(text: text, tokens: analysed.tokens)
        let boundaries = analysed.tokens.filter { $0.flags.contains(.clauseBoundary) }.map { String(tokenized.text(of: $0)) }
        #expect(boundaries == [",", "but", ";", "however", "(", ")", "\u{2013}", "so", "\u{2026}"])
    }

    @Test("dotted abbreviations are one token that does not end the sentence")
    func dottedAbbreviation() {
        let tokens = Tokenizer().tokenize("Help others, i.e. the public.").tokens
        #expect(describe("Help others, i.e. the public.") == ["Help@0-4", "others@5-11", ",@11-12", "i.e.@13-17", "the@18-21", "public@22-28", ".@28-29"])
        #expect(tokens[3].flags.contains(.abbreviation))
        #expect(tokens.filter { $0.flags.contains(.sentenceStart) }.count == 1)
    }

    @Test("capitalised and non-ASCII flags")
    func flags() {
        let tokens = Tokenizer().tokenize("Sarah met Zo\u{EB}").tokens
        #expect(tokens[0].flags.contains(.capitalised))
        #expect(!tokens[1].flags.contains(.capitalised))
        #expect(tokens[2].flags.contains(.nonASCII) && !tokens[0].flags.contains(.nonASCII))
    }

    @Test("control characters and NULs are skipped without breaking offsets")
    func controls() {
        #expect(describe("a\u{0}b\u{7}c \u{1B}[2J d") == ["a@0-1", "b@2-3", "c@4-5", "[@7-8", "2J@8-10", "d@11-12"])
    }

    @Test("a long line of one word and many short words stays linear and exact")
    func longInput() {
        let word = String(repeating: "a", count: 200_000)
        let tokens = Tokenizer().tokenize(word).tokens
        #expect(tokens.count == 1 && tokens[0].codePointRange == 0..<200_000)
        let many = String(repeating: "ab, ", count: 50_000)
        #expect(Tokenizer().tokenize(many).tokens.count == 100_000)
    }

    @Test("bytes that did not come from a String never crash the tokeniser")
    func invalidBytes() {
        let bytes: [UInt8] = [0x49, 0x20, 0xFF, 0xC3, 0x20, 0xE2, 0x80, 0x41, 0xF0, 0x9F]
        var tokens: [Token] = []
        bytes.withUnsafeBufferPointer { Tokenizer().tokenize(utf8: $0, into: &tokens) }
        #expect(tokens.first?.utf8Range == 0..<1)
        #expect(tokens.last.map { $0.utf8Range.upperBound <= bytes.count } == true)
    }
}
