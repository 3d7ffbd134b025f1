/// Snowball English ("Porter2") stemmer implementing the current published algorithm, including its 2025 revision
/// (Snowball 3.1: `-ogist` becomes `-og`; `past`, `univers`, `later`, `emerg`, `organ` and `inter` join `gener`,
/// `commun` and `arsen` as fixed R1 prefixes; the `-eed` and `-ing` exceptions live inside step 1b; `skis` is an
/// exception again).
///
/// The output is identical to the reference implementation, `snowballstemmer` 3.1.1 from PyPI
/// (`snowballstemmer.stemmer('english').stemWord(word)`), for every input word. The reference works on Unicode code
/// points, so every count the algorithm makes (the three-letter minimum, R1 and R2, "preceded by more than one letter")
/// counts Unicode scalars here too, never bytes.
///
/// The stemmer holds no state, so one value can be shared freely between threads.
public struct SnowballEnglishStemmer: Sendable {
    /// Creates a stemmer. It has no configuration: the algorithm is fixed by the Snowball English definition.
    public init() {}

    /// Stems one word exactly as the reference Snowball implementation does. No case folding is applied
    /// (the caller lower-cases); non-ASCII letters are handled by code point like the reference.
    ///
    /// - Parameter word: One word, normally already lower-cased. An apostrophe must be U+0027 to be treated as one.
    /// - Returns: The stem. Words shorter than three scalars come back unchanged; an empty word gives an empty stem.
    public func stem(_ word: String) -> String {
        var stemBytes: [UInt8] = []
        var word = word
        word.withUTF8 { wordBytes in
            stem(utf8: wordBytes, into: &stemBytes)
        }
        return String(decoding: stemBytes, as: UTF8.self)
    }

    /// Hot-path entry: stems the UTF-8 bytes of one word; `output` is replaced by the stem's UTF-8 bytes.
    /// Must not allocate per call once `output` has capacity (reserve inside if needed).
    ///
    /// Words of up to 64 ASCII letters are stemmed in a stack buffer; longer or non-ASCII words use `output` itself as
    /// the working buffer. Either way a caller that reuses one array for every word allocates only when a word is longer
    /// than any seen before. Bytes that are not valid UTF-8 never reach this from a `String`; if they do,
    /// each malformed sequence is carried through unchanged as one opaque non-letter, so no data is dropped.
    func stem(utf8 word: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        guard !word.isEmpty else {
            output.removeAll(keepingCapacity: true)
            return
        }
        if Self.isASCII(word) {
            if word.count <= Self.stackWordCapacity {
                stemShortASCII(word, into: &output)
            } else {
                output.removeAll(keepingCapacity: true)
                stemASCII(word, into: &output)
            }
        } else {
            output.removeAll(keepingCapacity: true)
            stemNonASCII(word, into: &output)
        }
    }
}

extension SnowballEnglishStemmer {
    /// Room past the word's own length in the non-ASCII working area; a guard band only, see `stemASCII`.
    private static let workingSlack = 8

    /// Stands in for one non-ASCII scalar while the rules run. Every non-ASCII scalar behaves identically in the
    /// algorithm (a non-vowel that no suffix, prefix or exception contains), so one byte per scalar keeps every
    /// position a scalar position. 0xFF never occurs in UTF-8, so it cannot be mistaken for real input.
    private static let nonASCIIPlaceholder: UInt8 = 0xFF

    private static func isASCII(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var combined: UInt8 = 0
        for byte in word {
            combined |= byte
        }
        return combined < 0x80
    }

    /// Almost every real word fits here; such words are stemmed in a stack buffer and copied out with one array call,
    /// which is several times cheaper than growing, editing and trimming `output` in place.
    private static let stackWordCapacity = 64

    private func stemShortASCII(_ word: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.stackWordCapacity) { scratch in
            guard let scratchStart = scratch.baseAddress, let wordStart = word.baseAddress else { return }
            scratchStart.initialize(from: wordStart, count: word.count)
            let stemCount = Self.runAlgorithm(on: scratch, letterCount: word.count)
            output.replaceSubrange(
                output.startIndex..<output.endIndex,
                with: UnsafeBufferPointer(start: scratchStart, count: stemCount)
            )
        }
    }

    /// Longer ASCII words are stemmed in place in `output`. No rule makes a word longer than it was when the rule started,
    /// so the word's own length is all the room needed (the writers still refuse to pass the buffer's end).
    private func stemASCII(_ word: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.append(contentsOf: word)
        let stemCount = output.withUnsafeMutableBufferPointer { buffer -> Int in
            Self.runAlgorithm(on: buffer, letterCount: word.count)
        }
        output.removeLast(output.count - stemCount)
    }

    /// Non-ASCII words run the byte algorithm on a copy in which each scalar is one placeholder byte, then the
    /// placeholders are swapped back for the original scalars. No rule deletes or reorders a placeholder (every
    /// deletion removes ASCII letters a rule matched), so the n-th placeholder of the stem is the n-th scalar of the word.
    private func stemNonASCII(_ word: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        let workingCount = word.count + Self.workingSlack
        output.reserveCapacity(workingCount + word.count + Self.workingSlack)

        var letterCount = 0
        var previousByteWasNonASCII = false
        for byte in word {
            if byte < 0x80 {
                output.append(byte)
                letterCount += 1
                previousByteWasNonASCII = false
            } else {
                if Self.startsScalar(byte, afterNonASCII: previousByteWasNonASCII) {
                    output.append(Self.nonASCIIPlaceholder)
                    letterCount += 1
                }
                previousByteWasNonASCII = true
            }
        }
        output.append(contentsOf: repeatElement(0, count: workingCount - letterCount))

        let stemCount = output.withUnsafeMutableBufferPointer { buffer -> Int in
            Self.runAlgorithm(on: buffer, letterCount: letterCount)
        }

        // The expanded stem is written after the working area, then moved to the front, so reading the placeholders
        // and writing scalars never overlap.
        var expandedCount = 0
        var scalarCursor = NonASCIIScalarCursor(word: word)
        for index in 0..<stemCount {
            if output[index] == Self.nonASCIIPlaceholder {
                expandedCount += scalarCursor.nextScalarRange().count
            } else {
                expandedCount += 1
            }
        }
        output.append(contentsOf: repeatElement(0, count: expandedCount))

        output.withUnsafeMutableBufferPointer { buffer in
            var scalarCursor = NonASCIIScalarCursor(word: word)
            var writeIndex = workingCount
            for index in 0..<stemCount {
                let letter = buffer[index]
                if letter == Self.nonASCIIPlaceholder {
                    for byteIndex in scalarCursor.nextScalarRange() {
                        buffer[writeIndex] = word[byteIndex]
                        writeIndex += 1
                    }
                } else {
                    buffer[writeIndex] = letter
                    writeIndex += 1
                }
            }
            for index in 0..<expandedCount {
                buffer[index] = buffer[workingCount + index]
            }
        }
        output.removeLast(output.count - expandedCount)
    }

    /// A scalar starts at a lead byte, or at a stray continuation byte that follows ASCII. Continuation bytes after a
    /// non-ASCII byte belong to the scalar already open. For valid UTF-8 this is exactly one unit per scalar.
    private static func startsScalar(_ byte: UInt8, afterNonASCII: Bool) -> Bool {
        byte >= 0xC0 || !afterNonASCII
    }

    /// Walks the non-ASCII scalars of a word in order, using the same boundaries as `startsScalar`.
    private struct NonASCIIScalarCursor {
        let word: UnsafeBufferPointer<UInt8>
        var position = 0

        init(word: UnsafeBufferPointer<UInt8>) {
            self.word = word
        }

        /// The byte range of the next non-ASCII scalar, or an empty range once none are left.
        mutating func nextScalarRange() -> Range<Int> {
            while position < word.count, word[position] < 0x80 {
                position += 1
            }
            guard position < word.count else { return position..<position }
            let start = position
            position += 1
            while position < word.count, word[position] >= 0x80, word[position] < 0xC0 {
                position += 1
            }
            return start..<position
        }
    }

    /// Runs the whole algorithm in place on `buffer[0..<letterCount]` and returns the stem's length.
    private static func runAlgorithm(on buffer: UnsafeMutableBufferPointer<UInt8>, letterCount: Int) -> Int {
        guard let letters = buffer.baseAddress else { return 0 }
        var word = WorkingWord(letters: letters, count: letterCount, capacity: buffer.count)
        if word.applyWholeWordException() { return word.count }
        // The reference leaves words of fewer than three letters alone, counting any leading apostrophe.
        guard letterCount >= 3 else { return letterCount }
        word.markInitialApostropheAndYs()
        word.markRegions()
        word.removeApostropheSuffixAndPlural()
        word.removeEdIngAndFriends()
        word.replaceFinalYWithI()
        word.replaceDerivationalSuffixes()
        word.replaceSecondDerivationalSuffixes()
        word.removeSuffixesInRegion2()
        word.removeFinalEOrDoubleL()
        word.restoreMarkedYs()
        return word.count
    }
}

extension SnowballEnglishStemmer {
    /// One word being stemmed in place: ASCII letters plus one placeholder byte per non-ASCII scalar.
    ///
    /// Region starts are fixed once from the word after the prelude and, as in the reference, never move when later
    /// steps shorten the word, so a region can start past the current end.
    private struct WorkingWord {
        let letters: UnsafeMutablePointer<UInt8>
        var count: Int
        let capacity: Int
        var region1Start = 0
        var region2Start = 0
        var hasMarkedY = false

        init(letters: UnsafeMutablePointer<UInt8>, count: Int, capacity: Int) {
            self.letters = letters
            self.count = count
            self.capacity = capacity
        }

        // MARK: Letter classes

        private static let apostrophe = UInt8(ascii: "'")
        private static let markedY = UInt8(ascii: "Y")

        @inline(__always)
        private static func isVowel(_ letter: UInt8) -> Bool {
            switch letter {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
                 UInt8(ascii: "y"):
                return true
            default:
                return false
            }
        }

        /// Letters that stop a vowel from making a short syllable when they follow it: the vowels, w, x and marked Y.
        @inline(__always)
        private static func isVowelOrWXY(_ letter: UInt8) -> Bool {
            isVowel(letter) || letter == UInt8(ascii: "w") || letter == UInt8(ascii: "x") || letter == markedY
        }

        /// Letters before which a final "li" is an adverb ending that can be dropped.
        @inline(__always)
        private static func isValidLiEnding(_ letter: UInt8) -> Bool {
            switch letter {
            case UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "e"), UInt8(ascii: "g"), UInt8(ascii: "h"),
                 UInt8(ascii: "k"), UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                return true
            default:
                return false
            }
        }

        /// The letters a double must be preceded by, as the whole rest of the word, to be kept (add, egg, off).
        @inline(__always)
        private static func isAEO(_ letter: UInt8) -> Bool {
            letter == UInt8(ascii: "a") || letter == UInt8(ascii: "e") || letter == UInt8(ascii: "o")
        }

        // MARK: Matching helpers

        @inline(__always)
        private func letter(at index: Int) -> UInt8 {
            letters[index]
        }

        @inline(__always)
        private func ends(with suffix: StaticString) -> Bool {
            ends(with: suffix, at: count)
        }

        /// Whether `letters[..<end]` ends with `suffix`.
        @inline(__always)
        private func ends(with suffix: StaticString, at end: Int) -> Bool {
            let suffixCount = suffix.utf8CodeUnitCount
            guard end >= suffixCount else { return false }
            let suffixBytes = suffix.utf8Start
            let offset = end - suffixCount
            for index in 0..<suffixCount where letters[offset + index] != suffixBytes[index] {
                return false
            }
            return true
        }

        @inline(__always)
        private func starts(with prefix: StaticString) -> Bool {
            count >= prefix.utf8CodeUnitCount && ends(with: prefix, at: prefix.utf8CodeUnitCount)
        }

        /// Whether the whole word is exactly `text`.
        @inline(__always)
        private func equals(_ text: StaticString) -> Bool {
            count == text.utf8CodeUnitCount && ends(with: text)
        }

        /// Whether `letters[..<end]` is exactly `text`.
        @inline(__always)
        private func prefix(upTo end: Int, equals text: StaticString) -> Bool {
            end == text.utf8CodeUnitCount && ends(with: text, at: end)
        }

        private func containsVowel(before end: Int) -> Bool {
            var index = 0
            while index < end {
                if Self.isVowel(letters[index]) { return true }
                index += 1
            }
            return false
        }

        /// Replaces `letters[start..<count]` with `replacement`.
        @inline(__always)
        private mutating func replaceSuffix(from start: Int, with replacement: StaticString) {
            let replacementCount = replacement.utf8CodeUnitCount
            guard start + replacementCount <= capacity else { return }
            let replacementBytes = replacement.utf8Start
            for index in 0..<replacementCount {
                letters[start + index] = replacementBytes[index]
            }
            count = start + replacementCount
        }

        @inline(__always)
        private mutating func appendE() {
            guard count < capacity else { return }
            letters[count] = UInt8(ascii: "e")
            count += 1
        }

        // MARK: Exceptions and regions

        /// Whole words the algorithm maps (or keeps) before any rule runs. Returns true when the word was one of them.
        mutating func applyWholeWordException() -> Bool {
            switch count {
            case 3:
                return equals("sky")
            case 4:
                if equals("skis") { replaceSuffix(from: 0, with: "ski"); return true }
                if equals("idly") { replaceSuffix(from: 0, with: "idl"); return true }
                if equals("ugly") { replaceSuffix(from: 0, with: "ugli"); return true }
                if equals("only") { replaceSuffix(from: 0, with: "onli"); return true }
                return equals("news") || equals("howe") || equals("bias")
            case 5:
                if equals("skies") { replaceSuffix(from: 0, with: "sky"); return true }
                if equals("early") { replaceSuffix(from: 0, with: "earli"); return true }
                return equals("atlas") || equals("andes")
            case 6:
                if equals("gently") { replaceSuffix(from: 0, with: "gentl"); return true }
                if equals("singly") { replaceSuffix(from: 0, with: "singl"); return true }
                return equals("cosmos")
            default:
                return false
            }
        }

        /// The prelude: drops one leading apostrophe, then marks a leading y and every y after a vowel as consonant Y.
        mutating func markInitialApostropheAndYs() {
            if count > 0, letters[0] == Self.apostrophe {
                var index = 1
                while index < count {
                    letters[index - 1] = letters[index]
                    index += 1
                }
                count -= 1
            }
            if count > 0, letters[0] == UInt8(ascii: "y") {
                letters[0] = Self.markedY
                hasMarkedY = true
            }
            // Left to right, so a y just marked is no longer a vowel for the y after it ("ayyy" gives "aYyY"). Testing
            // for y first keeps the common y-free word to one comparison per letter.
            var index = 1
            while index < count {
                if letters[index] == UInt8(ascii: "y"), Self.isVowel(letters[index - 1]) {
                    letters[index] = Self.markedY
                    hasMarkedY = true
                }
                index += 1
            }
        }

        /// R1 and R2 each start after the first non-vowel that follows a vowel (R2 searching from R1); words with one of
        /// the listed prefixes have R1 start right after that prefix instead.
        mutating func markRegions() {
            region1Start = count
            region2Start = count
            let region1: Int
            if let prefixLength = fixedRegion1PrefixLength() {
                region1 = prefixLength
            } else if let afterSyllable = positionAfterVowelThenNonVowel(from: 0) {
                region1 = afterSyllable
            } else {
                return
            }
            region1Start = region1
            if let afterSyllable = positionAfterVowelThenNonVowel(from: region1) {
                region2Start = afterSyllable
            }
        }

        private func fixedRegion1PrefixLength() -> Int? {
            guard count >= 4 else { return nil }
            switch letters[0] {
            case UInt8(ascii: "a"):
                return starts(with: "arsen") ? 5 : nil
            case UInt8(ascii: "c"):
                return starts(with: "commun") ? 6 : nil
            case UInt8(ascii: "e"):
                return starts(with: "emerg") ? 5 : nil
            case UInt8(ascii: "g"):
                return starts(with: "gener") ? 5 : nil
            case UInt8(ascii: "i"):
                return starts(with: "inter") ? 5 : nil
            case UInt8(ascii: "l"):
                return starts(with: "later") ? 5 : nil
            case UInt8(ascii: "o"):
                return starts(with: "organ") ? 5 : nil
            case UInt8(ascii: "p"):
                return starts(with: "past") ? 4 : nil
            case UInt8(ascii: "u"):
                return starts(with: "univers") ? 7 : nil
            default:
                return nil
            }
        }

        private func positionAfterVowelThenNonVowel(from start: Int) -> Int? {
            var index = start
            while index < count, !Self.isVowel(letters[index]) {
                index += 1
            }
            index += 1
            while index < count, Self.isVowel(letters[index]) {
                index += 1
            }
            return index < count ? index + 1 : nil
        }

        @inline(__always)
        private func isInRegion1(_ position: Int) -> Bool {
            region1Start <= position
        }

        @inline(__always)
        private func isInRegion2(_ position: Int) -> Bool {
            region2Start <= position
        }

        /// Whether `letters[..<end]` ends in a short syllable: non-vowel, vowel, then a non-vowel other than w, x or Y;
        /// or a vowel then a non-vowel as the whole of it; or "past".
        private func endsWithShortSyllable(at end: Int) -> Bool {
            if end >= 3, !Self.isVowelOrWXY(letters[end - 1]), Self.isVowel(letters[end - 2]),
               !Self.isVowel(letters[end - 3]) {
                return true
            }
            if end == 2, !Self.isVowel(letters[1]), Self.isVowel(letters[0]) {
                return true
            }
            return ends(with: "past", at: end)
        }

        // MARK: Steps

        /// Step 0 and step 1a: possessive apostrophe endings, then plural -s/-es forms.
        mutating func removeApostropheSuffixAndPlural() {
            if ends(with: "'s'") {
                count -= 3
            } else if ends(with: "'s") {
                count -= 2
            } else if ends(with: "'") {
                count -= 1
            }

            guard count > 0, letters[count - 1] == UInt8(ascii: "s") || letters[count - 1] == UInt8(ascii: "d") else {
                return
            }
            if ends(with: "sses") {
                count -= 2
            } else if ends(with: "ied") || ends(with: "ies") {
                let suffixStart = count - 3
                // "preceded by more than one letter" decides between cries -> cri and ties -> tie.
                replaceSuffix(from: suffixStart, with: suffixStart >= 2 ? "i" : "ie")
            } else if ends(with: "ss") || ends(with: "us") {
                return
            } else if letters[count - 1] == UInt8(ascii: "s") {
                // The letter right before the s does not count: gas and this keep their s, gaps loses it.
                if count >= 2, containsVowel(before: count - 2) {
                    count -= 1
                }
            }
        }

        /// Step 1b: -eed/-eedly in R1 become -ee; -ed, -edly, -ing, -ingly go when a vowel precedes them, followed by
        /// restoring an e or undoubling a final consonant.
        mutating func removeEdIngAndFriends() {
            enum Suffix { case eed, ing, other }
            let suffix: Suffix
            let suffixLength: Int
            if ends(with: "eedly") {
                (suffix, suffixLength) = (.eed, 5)
            } else if ends(with: "ingly") {
                (suffix, suffixLength) = (.other, 5)
            } else if ends(with: "edly") {
                (suffix, suffixLength) = (.other, 4)
            } else if ends(with: "eed") {
                (suffix, suffixLength) = (.eed, 3)
            } else if ends(with: "ing") {
                (suffix, suffixLength) = (.ing, 3)
            } else if ends(with: "ed") {
                (suffix, suffixLength) = (.other, 2)
            } else {
                return
            }
            let suffixStart = count - suffixLength

            switch suffix {
            case .eed:
                // Whatever happens, the shorter -ed rule never applies to an -eed ending.
                guard isInRegion1(suffixStart) else { return }
                if prefix(upTo: suffixStart, equals: "proc") || prefix(upTo: suffixStart, equals: "exc")
                    || prefix(upTo: suffixStart, equals: "succ") {
                    return
                }
                replaceSuffix(from: suffixStart, with: "ee")
                return
            case .ing:
                if suffixStart >= 1, letters[suffixStart - 1] == UInt8(ascii: "y") {
                    // dying -> die, lying -> lie, tying -> tie, vying -> vie: exactly one non-vowel before the y.
                    if suffixStart == 2, !Self.isVowel(letters[0]) {
                        replaceSuffix(from: 1, with: "ie")
                        return
                    }
                } else if prefix(upTo: suffixStart, equals: "inn") || prefix(upTo: suffixStart, equals: "out")
                    || prefix(upTo: suffixStart, equals: "cann") || prefix(upTo: suffixStart, equals: "herr")
                    || prefix(upTo: suffixStart, equals: "earr") || prefix(upTo: suffixStart, equals: "even") {
                    return
                }
            case .other:
                break
            }

            guard containsVowel(before: suffixStart) else { return }
            count = suffixStart

            if ends(with: "at") || ends(with: "bl") || ends(with: "iz") {
                appendE()
            } else if endsWithDouble() {
                // add, egg, off keep their double: the double is preceded by exactly one a, e or o.
                if count == 3, Self.isAEO(letters[0]) { return }
                count -= 1
            } else if count == region1Start, endsWithShortSyllable(at: count) {
                appendE()
            }
        }

        private func endsWithDouble() -> Bool {
            guard count >= 2 else { return false }
            let last = letters[count - 1]
            guard last == letters[count - 2] else { return false }
            switch last {
            case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "g"), UInt8(ascii: "m"),
                 UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                return true
            default:
                return false
            }
        }

        /// Step 1c: a final y or Y after a non-vowel that is not the first letter becomes i (cry -> cri, but by, say).
        mutating func replaceFinalYWithI() {
            guard count >= 3 else { return }
            let last = letters[count - 1]
            guard last == UInt8(ascii: "y") || last == Self.markedY, !Self.isVowel(letters[count - 2]) else { return }
            letters[count - 1] = UInt8(ascii: "i")
        }

        /// Step 2: the longest of its suffixes, replaced only when it lies in R1. A longest match outside R1 stops the
        /// step even if a shorter listed suffix would be in R1, as in the reference.
        mutating func replaceDerivationalSuffixes() {
            guard count > 0 else { return }
            let suffixLength: Int
            var replacement: StaticString = ""
            enum Condition { case none, precededByL, precededByValidLiEnding }
            var condition = Condition.none

            switch letters[count - 1] {
            case UInt8(ascii: "i"):
                if ends(with: "lessli") {
                    (suffixLength, replacement) = (6, "less")
                } else if ends(with: "biliti") {
                    (suffixLength, replacement) = (6, "ble")
                } else if ends(with: "fulli") {
                    (suffixLength, replacement) = (5, "ful")
                } else if ends(with: "ousli") {
                    (suffixLength, replacement) = (5, "ous")
                } else if ends(with: "entli") {
                    (suffixLength, replacement) = (5, "ent")
                } else if ends(with: "aliti") {
                    (suffixLength, replacement) = (5, "al")
                } else if ends(with: "iviti") {
                    (suffixLength, replacement) = (5, "ive")
                } else if ends(with: "anci") {
                    (suffixLength, replacement) = (4, "ance")
                } else if ends(with: "enci") {
                    (suffixLength, replacement) = (4, "ence")
                } else if ends(with: "abli") {
                    (suffixLength, replacement) = (4, "able")
                } else if ends(with: "alli") {
                    (suffixLength, replacement) = (4, "al")
                } else if ends(with: "bli") {
                    (suffixLength, replacement) = (3, "ble")
                } else if ends(with: "ogi") {
                    (suffixLength, replacement, condition) = (3, "og", .precededByL)
                } else if ends(with: "li") {
                    (suffixLength, replacement, condition) = (2, "", .precededByValidLiEnding)
                } else {
                    return
                }
            case UInt8(ascii: "l"):
                if ends(with: "ational") {
                    (suffixLength, replacement) = (7, "ate")
                } else if ends(with: "tional") {
                    (suffixLength, replacement) = (6, "tion")
                } else {
                    return
                }
            case UInt8(ascii: "m"):
                guard ends(with: "alism") else { return }
                (suffixLength, replacement) = (5, "al")
            case UInt8(ascii: "n"):
                if ends(with: "ization") {
                    (suffixLength, replacement) = (7, "ize")
                } else if ends(with: "ation") {
                    (suffixLength, replacement) = (5, "ate")
                } else {
                    return
                }
            case UInt8(ascii: "r"):
                if ends(with: "izer") {
                    (suffixLength, replacement) = (4, "ize")
                } else if ends(with: "ator") {
                    (suffixLength, replacement) = (4, "ate")
                } else {
                    return
                }
            case UInt8(ascii: "s"):
                if ends(with: "iveness") {
                    (suffixLength, replacement) = (7, "ive")
                } else if ends(with: "fulness") {
                    (suffixLength, replacement) = (7, "ful")
                } else if ends(with: "ousness") {
                    (suffixLength, replacement) = (7, "ous")
                } else {
                    return
                }
            case UInt8(ascii: "t"):
                guard ends(with: "ogist") else { return }
                (suffixLength, replacement) = (5, "og")
            default:
                return
            }

            let suffixStart = count - suffixLength
            guard isInRegion1(suffixStart) else { return }
            switch condition {
            case .none:
                break
            case .precededByL:
                guard suffixStart >= 1, letters[suffixStart - 1] == UInt8(ascii: "l") else { return }
            case .precededByValidLiEnding:
                guard suffixStart >= 1, Self.isValidLiEnding(letters[suffixStart - 1]) else { return }
            }
            replaceSuffix(from: suffixStart, with: replacement)
        }

        /// Step 3: the longest of its suffixes, replaced when in R1 (-ative only when also in R2).
        mutating func replaceSecondDerivationalSuffixes() {
            guard count > 0 else { return }
            let suffixLength: Int
            var replacement: StaticString = ""
            var needsRegion2 = false

            switch letters[count - 1] {
            case UInt8(ascii: "l"):
                if ends(with: "ational") {
                    (suffixLength, replacement) = (7, "ate")
                } else if ends(with: "tional") {
                    (suffixLength, replacement) = (6, "tion")
                } else if ends(with: "ical") {
                    (suffixLength, replacement) = (4, "ic")
                } else if ends(with: "ful") {
                    (suffixLength, replacement) = (3, "")
                } else {
                    return
                }
            case UInt8(ascii: "e"):
                if ends(with: "alize") {
                    (suffixLength, replacement) = (5, "al")
                } else if ends(with: "icate") {
                    (suffixLength, replacement) = (5, "ic")
                } else if ends(with: "ative") {
                    (suffixLength, replacement, needsRegion2) = (5, "", true)
                } else {
                    return
                }
            case UInt8(ascii: "i"):
                guard ends(with: "iciti") else { return }
                (suffixLength, replacement) = (5, "ic")
            case UInt8(ascii: "s"):
                guard ends(with: "ness") else { return }
                (suffixLength, replacement) = (4, "")
            default:
                return
            }

            let suffixStart = count - suffixLength
            guard isInRegion1(suffixStart) else { return }
            if needsRegion2, !isInRegion2(suffixStart) { return }
            replaceSuffix(from: suffixStart, with: replacement)
        }

        /// Step 4: the longest of its suffixes, deleted when in R2 (-ion only after s or t).
        mutating func removeSuffixesInRegion2() {
            guard count > 0 else { return }
            let suffixLength: Int
            var needsSOrT = false

            switch letters[count - 1] {
            case UInt8(ascii: "l"):
                guard ends(with: "al") else { return }
                suffixLength = 2
            case UInt8(ascii: "e"):
                if ends(with: "ance") || ends(with: "ence") || ends(with: "able") || ends(with: "ible") {
                    suffixLength = 4
                } else if ends(with: "ate") || ends(with: "ive") || ends(with: "ize") {
                    suffixLength = 3
                } else {
                    return
                }
            case UInt8(ascii: "r"):
                guard ends(with: "er") else { return }
                suffixLength = 2
            case UInt8(ascii: "c"):
                guard ends(with: "ic") else { return }
                suffixLength = 2
            case UInt8(ascii: "t"):
                if ends(with: "ement") {
                    suffixLength = 5
                } else if ends(with: "ment") {
                    suffixLength = 4
                } else if ends(with: "ant") || ends(with: "ent") {
                    suffixLength = 3
                } else {
                    return
                }
            case UInt8(ascii: "m"):
                guard ends(with: "ism") else { return }
                suffixLength = 3
            case UInt8(ascii: "i"):
                guard ends(with: "iti") else { return }
                suffixLength = 3
            case UInt8(ascii: "s"):
                guard ends(with: "ous") else { return }
                suffixLength = 3
            case UInt8(ascii: "n"):
                guard ends(with: "ion") else { return }
                (suffixLength, needsSOrT) = (3, true)
            default:
                return
            }

            let suffixStart = count - suffixLength
            guard isInRegion2(suffixStart) else { return }
            if needsSOrT {
                guard suffixStart >= 1 else { return }
                let before = letters[suffixStart - 1]
                guard before == UInt8(ascii: "s") || before == UInt8(ascii: "t") else { return }
            }
            count = suffixStart
        }

        /// Step 5: a final e goes in R2, or in R1 when no short syllable precedes it; a final l goes in R2 after an l.
        mutating func removeFinalEOrDoubleL() {
            guard count > 0 else { return }
            let lastIndex = count - 1
            switch letters[lastIndex] {
            case UInt8(ascii: "e"):
                if isInRegion2(lastIndex) || (isInRegion1(lastIndex) && !endsWithShortSyllable(at: lastIndex)) {
                    count = lastIndex
                }
            case UInt8(ascii: "l"):
                if isInRegion2(lastIndex), lastIndex >= 1, letters[lastIndex - 1] == UInt8(ascii: "l") {
                    count = lastIndex
                }
            default:
                break
            }
        }

        /// The postlude: once the prelude marked any y, every Y in the word becomes y again, as in the reference (which
        /// also lowers a Y that was upper-case in the input, but only in that case).
        mutating func restoreMarkedYs() {
            guard hasMarkedY else { return }
            var index = 0
            while index < count {
                if letters[index] == Self.markedY {
                    letters[index] = UInt8(ascii: "y")
                }
                index += 1
            }
        }
    }
}
