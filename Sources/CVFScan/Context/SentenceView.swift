/// Read access to one sentence's records for the context rules: flags, forms and boundaries by record index.
struct SentenceView {
    let records: UnsafeBufferPointer<TermRecord>
    let range: Range<Int>
    let cache: LexicalCache

    @inline(__always)
    func isWord(_ index: Int) -> Bool {
        records[index].kind == .word
    }

    @inline(__always)
    func flags(_ index: Int) -> ContextFlags {
        let record = records[index]
        guard record.kind == .word else { return [] }
        return cache.parts[Int(record.part)].context
    }

    /// A clause boundary: a clause mark, a sentence mark, or a boundary word.
    @inline(__always)
    func isBoundary(_ index: Int) -> Bool {
        let record = records[index]
        return record.isBoundary || record.kind == .otherMark || record.kind == .clauseMark
    }

    func form(_ index: Int) -> ArraySlice<UInt8> {
        let record = records[index]
        guard record.kind == .word else { return [] }
        return cache.form(of: cache.parts[Int(record.part)])
    }

    func formEquals(_ index: Int, _ word: StaticString) -> Bool {
        let form = self.form(index)
        return word.withUTF8Buffer { bytes in form.elementsEqual(bytes) }
    }

    /// Whether the word at `index` is any of `words` (folded forms).
    func formIsOneOf(_ index: Int, _ words: [StaticString]) -> Bool {
        words.contains { formEquals(index, $0) }
    }

    func formEnds(_ index: Int, with suffix: StaticString) -> Bool {
        let form = self.form(index)
        return suffix.withUTF8Buffer { bytes in
            form.count > bytes.count && form.suffix(bytes.count).elementsEqual(bytes)
        }
    }

    /// The next word record after `index` in the sentence, skipping quotation marks, or nil.
    func nextWord(after index: Int) -> Int? {
        var position = index + 1
        while position < range.upperBound {
            switch records[position].kind {
            case .word: return position
            case .quote: position += 1
            default: return nil
            }
        }
        return nil
    }

    /// The previous word record before `index` in the sentence, skipping quotation marks, or nil.
    func previousWord(before index: Int) -> Int? {
        var position = index - 1
        while position >= range.lowerBound {
            switch records[position].kind {
            case .word: return position
            case .quote: position -= 1
            default: return nil
            }
        }
        return nil
    }
}
