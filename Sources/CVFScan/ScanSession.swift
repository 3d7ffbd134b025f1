/// Scans answers one after another on one thread, reusing its buffers and its cache of analysed words.
///
/// A session is not `Sendable`: give each thread its own (``EvidenceScanner/makeSession()``). Reports do not depend on
/// what the session scanned before: the cache only remembers how words are analysed.
public final class ScanSession {
    /// All mutable state lives in one struct, reached once per call: the hot loops then touch only a value's own
    /// storage, so Swift needs no dynamic exclusivity checks on every buffer access.
    var state: ScanState

    init(scanner: EvidenceScanner) {
        state = ScanState(scanner: scanner)
    }

    /// Scans one answer.
    public func scan(_ text: String, id: String? = nil) -> Report {
        state.scan(text, id: id)
    }

    /// Runs only the pipeline's first stages — tokenising, normalising and stemming — and returns how many terms
    /// the text has. For measuring those stages on their own (the benchmarks); scanning does this anyway.
    public func analyseWithoutMatching(_ text: String) -> Int {
        state.analyse(text)
        return state.records.count
    }
}

/// A session's buffers and the pipeline stages that use them.
struct ScanState {
    let scanner: EvidenceScanner
    let compiled: CompiledLexicon
    private let tokenizer = Tokenizer()
    var tokens: [Token] = []
    var records: [TermRecord] = []
    var sentences: [Range<Int>] = []
    /// For each of `sentences`, the records the context rules look at: the sentence itself, or, for a piece of a
    /// sentence cut for length, the piece and up to ``contextMargin`` records of the sentence on either side.
    var contextRanges: [Range<Int>] = []
    private var writtenSentenceStarts: [Int] = []
    var cache = LexicalCache()
    private var matcher = Matcher()
    var rawMatches: [RawMatch] = []
    /// The band thresholds of each dimension, looked up by id once per session rather than once per report.
    let dimensionThresholds: [BandThresholds]

    init(scanner: EvidenceScanner) {
        self.scanner = scanner
        self.compiled = scanner.compiled
        dimensionThresholds = scanner.compiled.dimensions.map { scanner.options.thresholds(for: $0.id) }
    }

    /// Scans one answer.
    mutating func scan(_ text: String, id: String? = nil) -> Report {
        var text = text
        var truncated = false
        if text.utf8.count > ScanLimits.maximumAnswerBytes {
            text = Self.truncate(text, toUTF8Count: ScanLimits.maximumAnswerBytes)
            truncated = true
        }
        analyse(text)
        findMatches()
        var report = makeReport(text: text, id: id)
        if truncated {
            report.flags.insert(Flag(id: "truncated", message: "The answer is longer than \(ScanLimits.maximumAnswerBytes >> 20) MiB; only its first \(ScanLimits.maximumAnswerBytes >> 20) MiB were scanned."), at: 0)
        }
        return report
    }

    /// Tokenises the text and turns it into term records and sentences.
    mutating func analyse(_ text: String) {
        cache.trimIfNeeded()
        withUTF8Bytes(of: text) { bytes in
            tokenizer.tokenize(utf8: bytes, into: &tokens)
            buildRecords(bytes)
        }
    }

    /// A sentence longer than this many records is cut after its next clause boundary, and one twice as long
    /// wherever it is. The context rules look across the whole sentence from every match, so text with no
    /// sentence end (a 50 MB line) would cost time quadratic in its length; no written sentence comes near.
    static let longSentenceRecords = 200
    /// How far into the rest of a cut sentence the context rules still look, so a cut changes no decision that
    /// depends on words closer than this.
    static let contextMargin = 200

    private mutating func buildRecords(_ bytes: UnsafeBufferPointer<UInt8>) {
        // The session's arrays are moved into locals for the loop, so looking words up in `cache` (a mutation of
        // `self`) and writing the tokens never overlap, and nothing is reloaded or retained through `self`.
        var tokens: [Token] = []
        swap(&tokens, &self.tokens)
        var sentences: [Range<Int>] = []
        swap(&sentences, &self.sentences)
        sentences.removeAll(keepingCapacity: true)
        var writtenSentenceStarts: [Int] = []
        swap(&writtenSentenceStarts, &self.writtenSentenceStarts)
        writtenSentenceStarts.removeAll(keepingCapacity: true)
        let lexicon = compiled
        // A word has at most two parts, so twice the tokens bounds the records; pages never written cost no memory.
        let capacity = tokens.count * LexicalCache.maximumPartsPerWord
        records = []
        records = tokens.withUnsafeMutableBufferPointer { tokens in
            [TermRecord](unsafeUninitializedCapacity: capacity) { records, initializedCount in
                var count = 0
                var sentenceStart = 0
                var writtenSentenceStart = 0
                // `so` ends a clause when a new clause follows it ("so I called"), not as an intensifier ("so upset").
                var previousWordIsSo = false
                for tokenIndex in 0..<tokens.count {
                    let token = tokens[tokenIndex]
                    let length = count - sentenceStart
                    let isLong = length >= Self.longSentenceRecords
                        && (length >= 2 * Self.longSentenceRecords || (count > 0 && records[count - 1].isBoundary))
                    if token.flags.contains(.sentenceStart) || isLong, count > sentenceStart {
                        sentences.append(sentenceStart..<count)
                        writtenSentenceStarts.append(writtenSentenceStart)
                        sentenceStart = count
                    }
                    if token.flags.contains(.sentenceStart) { writtenSentenceStart = count }
                    let range = token.utf8Range
                    if token.kind == .word || token.kind == .number {
                        let found = cache.entry(
                            for: UnsafeBufferPointer(rebasing: bytes[range]), readable: bytes.count - range.lowerBound,
                            hasNonASCII: token.flags.contains(.nonASCII), lexicon: lexicon)
                        let first = Int(cache.partStarts[Int(found.entry)])
                        for offset in 0..<found.partCount {
                            let part = first + offset
                            let marks = offset == 0 ? found.firstMarks : found.secondMarks
                            if previousWordIsSo, marks.contains(.startsClauseAfterSo) {
                                records[count - 1].isBoundary = true
                                tokens[Int(records[count - 1].token)].flags.insert(.clauseBoundary)
                            }
                            let isBoundary = marks.contains(.clauseBoundaryWord)
                            records[count] = TermRecord(kind: .word, isBoundary: isBoundary, part: Int32(part), token: Int32(tokenIndex))
                            count += 1
                            if isBoundary { tokens[tokenIndex].flags.insert(.clauseBoundary) }
                            previousWordIsSo = marks.contains(.so)
                        }
                        continue
                    }
                    let kind: TermRecord.Kind
                    if token.flags.contains(.quotation) || (range.count == 1 && bytes[range.lowerBound] == UInt8(ascii: "/")) {
                        kind = .quote
                    } else if token.flags.contains(.clauseBoundary) {
                        kind = .clauseMark
                    } else {
                        kind = .otherMark
                    }
                    records[count] = TermRecord(kind: kind, isBoundary: kind == .clauseMark, part: -1, token: Int32(tokenIndex))
                    count += 1
                    previousWordIsSo = false
                }
                if count > sentenceStart {
                    sentences.append(sentenceStart..<count)
                    writtenSentenceStarts.append(writtenSentenceStart)
                }
                initializedCount = count
            }
        }
        swap(&tokens, &self.tokens)
        swap(&sentences, &self.sentences)
        swap(&writtenSentenceStarts, &self.writtenSentenceStarts)
        findContextRanges()
    }

    private mutating func findContextRanges() {
        contextRanges.removeAll(keepingCapacity: true)
        var first = 0
        while first < sentences.count {
            var last = first
            while last + 1 < sentences.count, writtenSentenceStarts[last + 1] == writtenSentenceStarts[first] { last += 1 }
            let written = sentences[first].lowerBound..<sentences[last].upperBound
            for piece in sentences[first...last] {
                contextRanges.append(max(written.lowerBound, piece.lowerBound - Self.contextMargin)
                    ..< min(written.upperBound, piece.upperBound + Self.contextMargin))
            }
            first = last + 1
        }
    }

    /// Runs the automaton over every sentence, then keeps, per behaviour, the longest of overlapping matches.
    private mutating func findMatches() {
        findMatchesForReview()
        resolveOverlaps()
    }

    /// Every match of every pattern, overlaps included.
    mutating func findMatchesForReview() {
        rawMatches.removeAll(keepingCapacity: true)
        compiled.automaton.withView { automaton in
            records.withUnsafeBufferPointer { records in
                cache.parts.withUnsafeBufferPointer { parts in
                    cache.symbols.withUnsafeBufferPointer { symbols in
                        matcher.match(records: records, sentences: sentences, parts: parts, symbols: symbols,
                                      automaton: automaton, into: &rawMatches)
                    }
                }
            }
        }
    }

    private mutating func resolveOverlaps() {
        guard rawMatches.count > 1 else { return }
        let patterns = compiled.patterns
        // Within a behaviour, evidence before the framework's own words, then the longest; ties go to the heavier
        // pattern, the earlier start, then the earlier pattern.
        rawMatches.sort { left, right in
            let leftPattern = patterns[Int(left.pattern)]
            let rightPattern = patterns[Int(right.pattern)]
            if leftPattern.behaviourIndex != rightPattern.behaviourIndex {
                return leftPattern.behaviourIndex < rightPattern.behaviourIndex
            }
            let leftIsVocabulary = leftPattern.role == .vocabulary
            if leftIsVocabulary != (rightPattern.role == .vocabulary) { return !leftIsVocabulary }
            let leftLength = left.end - left.start
            let rightLength = right.end - right.start
            if leftLength != rightLength { return leftLength > rightLength }
            if leftPattern.weight != rightPattern.weight { return leftPattern.weight > rightPattern.weight }
            if left.start != right.start { return left.start < right.start }
            return left.pattern < right.pattern
        }
        var kept: [RawMatch] = []
        // The records each kept match of the current behaviour covers, marked with the behaviour's group number:
        // checking a match costs its own length, not the number kept before it (one phrase repeated all through
        // a long answer would otherwise cost time quadratic in its length).
        var coveringGroup = [Int32](repeating: -1, count: records.count)
        var group: Int32 = 0
        for match in rawMatches {
            if let last = kept.last, patterns[Int(last.pattern)].behaviourIndex != patterns[Int(match.pattern)].behaviourIndex {
                group += 1
            }
            let covered = Int(match.start)...Int(match.end)
            if !covered.contains(where: { coveringGroup[$0] == group }) {
                for record in covered { coveringGroup[record] = group }
                kept.append(match)
            }
        }
        kept.sort { ($0.start, $1.end, $0.pattern) < ($1.start, $0.end, $1.pattern) }
        rawMatches = kept
    }

    static func truncate(_ text: String, toUTF8Count limit: Int) -> String {
        let utf8 = text.utf8
        var end = utf8.index(utf8.startIndex, offsetBy: limit)
        // Back off to a character's first byte so the cut never splits a character.
        while end > utf8.startIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
        return String(decoding: utf8[..<end], as: UTF8.self)
    }
}
