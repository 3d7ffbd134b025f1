import Foundation

/// Writes applicants' answers deterministically from the sentences of real answers (the development corpus).
///
/// An answer is 2 to 5 paragraphs of 2 to 6 sentences drawn at random from every development answer, so the text
/// has the vocabulary, sentence lengths and evidence density of real answers without repeating one answer over
/// and over (which would flatter the word cache). Half the answers also name a person with a made-up name, as
/// real answers do: those names keep adding new words however long the stream runs, which is what tests that a
/// session's memory stays bounded.
struct AnswerGenerator {
    /// The seed of the benchmark corpus; changing it changes every figure's input.
    static let corpusSeed: UInt64 = 20_240_501

    private let sentences: [String]
    private var random: SeededGenerator
    private var answersWritten = 0

    init(sentences: [String], seed: UInt64) {
        self.sentences = sentences.isEmpty ? Self.fallbackSentences : sentences
        random = SeededGenerator(seed: seed)
    }

    /// The next answer.
    mutating func nextAnswer() -> String {
        answersWritten += 1
        var answer = ""
        let paragraphs = random.integer(in: 2...5)
        let namedParagraph = random.index(below: 2) == 0 ? random.index(below: paragraphs) : -1
        for paragraph in 0..<paragraphs {
            if paragraph > 0 { answer += "\n\n" }
            let count = random.integer(in: 2...6)
            for sentence in 0..<count {
                if sentence > 0 { answer += " " }
                answer += sentences[random.index(below: sentences.count)]
            }
            if paragraph == namedParagraph {
                answer += " " + namedSentence()
            }
        }
        return answer
    }

    /// Answers until their UTF-8 bytes reach `bytes`.
    mutating func answers(totalBytes bytes: Int) -> [String] {
        var answers: [String] = []
        var total = 0
        while total < bytes {
            let answer = nextAnswer()
            total += answer.utf8.count
            answers.append(answer)
        }
        return answers
    }

    private static let nameSyllables = [
        "an", "bel", "car", "dor", "el", "fen", "gar", "hol", "is", "jan", "kel", "lor", "mar", "nor", "ol", "per",
        "quin", "ros", "san", "tam", "ul", "ven", "wil", "yas", "zan", "bri", "cha", "dev", "ema", "fra",
    ]
    private static let nameTemplates = [
        ("I spoke to ", " about it afterwards."),
        ("My colleague ", " backed me up."),
        ("Later ", " thanked me for how I had handled it."),
        ("I made sure ", " knew what would happen next."),
    ]

    /// A sentence naming someone with a made-up name of 2 to 4 syllables (about 800,000 possible names).
    private mutating func namedSentence() -> String {
        var name = ""
        for _ in 0..<random.integer(in: 2...4) {
            name += Self.nameSyllables[random.index(below: Self.nameSyllables.count)]
        }
        let template = Self.nameTemplates[random.index(below: Self.nameTemplates.count)]
        return template.0 + name.prefix(1).uppercased() + name.dropFirst() + template.1
    }

    private static let fallbackSentences = [
        "I took responsibility for my mistake, apologised to the customer and put it right.",
        "I stayed calm, listened and liaised with the council.",
        "We agreed a plan as a team and I kept everyone updated.",
    ]
}

extension AnswerGenerator {
    /// The sentences of the `text` field of every line of a JSON Lines corpus, in file order.
    static func sentences(fromCorpusAt path: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        var sentences: [String] = []
        for line in data.split(separator: 0x0A) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = object["text"] as? String else { continue }
            sentences += split(text)
        }
        return sentences
    }

    /// Sentences end at `.`, `!` or `?` followed by a space or a line break; line breaks end sentences too.
    /// Fragments of fewer than three words (headings, "Thanks.") are left out.
    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        let bytes = Array(text.utf8)
        var start = 0
        func emit(_ end: Int) {
            let sentence = String(decoding: bytes[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if sentence.split(separator: " ").count >= 3 { sentences.append(sentence) }
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let isEnd = byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
            if byte == 0x0A {
                emit(index)
                start = index + 1
            } else if isEnd, index + 1 == bytes.count || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x0A {
                emit(index + 1)
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count { emit(bytes.count) }
        return sentences
    }
}
