/// Read access to one sentence's records for the context rules: flags, forms and boundaries by record index.
///
/// Holds buffers over the session's word cache, not the cache itself: a copy of the cache would retain each of its
/// arrays for every view, and a form read through an array slice would retain the forms array on every compare.
struct SentenceView {
    let records: UnsafeBufferPointer<TermRecord>
    let range: Range<Int>
    /// The word cache's parts and folded forms (``LexicalCache/parts``, ``LexicalCache/forms``).
    let parts: UnsafeBufferPointer<LexicalPart>
    let forms: UnsafeBufferPointer<UInt8>

    @inline(__always)
    func isWord(_ index: Int) -> Bool {
        records[index].kind == .word
    }

    @inline(__always)
    func flags(_ index: Int) -> ContextFlags {
        let record = records[index]
        guard record.kind == .word else { return [] }
        return parts[Int(record.part)].context
    }

    /// A clause boundary: a clause mark, a sentence mark, or a boundary word.
    @inline(__always)
    func isBoundary(_ index: Int) -> Bool {
        let record = records[index]
        return record.isBoundary || record.kind == .otherMark || record.kind == .clauseMark
    }

    func form(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let record = records[index]
        guard record.kind == .word else { return UnsafeBufferPointer(start: nil, count: 0) }
        let part = parts[Int(record.part)]
        return UnsafeBufferPointer(rebasing: forms[Int(part.formStart)..<Int(part.formStart + part.formLength)])
    }

    func formEquals(_ index: Int, _ word: StaticString) -> Bool {
        let form = self.form(index)
        return word.withUTF8Buffer { Self.equal(form, $0) }
    }

    @inline(__always)
    private static func equal(_ form: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard form.count == bytes.count else { return false }
        for offset in 0..<bytes.count where form[offset] != bytes[offset] { return false }
        return true
    }

    /// Whether the word at `index` is any of `words` (folded forms).
    func formIsOneOf(_ index: Int, _ words: [StaticString]) -> Bool {
        let form = self.form(index)
        return words.contains { word in word.withUTF8Buffer { Self.equal(form, $0) } }
    }

    func formEnds(_ index: Int, with suffix: StaticString) -> Bool {
        let form = self.form(index)
        return suffix.withUTF8Buffer { bytes in
            form.count > bytes.count && Self.equal(UnsafeBufferPointer(rebasing: form[(form.count - bytes.count)...]), bytes)
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
