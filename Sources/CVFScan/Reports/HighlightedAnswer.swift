/// The answer cut at every boundary of every match, so that writers can mark overlapping matches of different
/// dimensions: each piece is covered by the same set of matches from its first character to its last.
///
/// Pieces hold the answer with ``TerminalSanitizer`` applied (escape sequences, control characters and
/// bidirectional overrides removed) while keeping the original code-point offsets, so removing a sequence never
/// shifts a highlight onto the wrong words.
struct HighlightedAnswer {
    struct Piece {
        /// The piece's text, sanitized; empty when everything in it was removed.
        var text: String
        /// Code-point offsets in the original answer.
        var range: Range<Int>
        /// Indices into ``Report/matches`` of the matches covering the piece, outermost first: earlier start, then
        /// longer, then report order. Writers nest or layer marks in this order.
        var covering: [Int]
        /// Indices of the matches that end with this piece, in report order: where their notes go.
        var ending: [Int]
    }

    /// The pieces in text order; together they are the whole answer.
    var pieces: [Piece]

    init(_ report: Report, keepNewlines: Bool = true) {
        let length = report.text.unicodeScalars.count
        let matches = report.matches
        var bounds: [Range<Int>] = []
        bounds.reserveCapacity(matches.count)
        for match in matches {
            let lower = min(max(match.codePointRange.lowerBound, 0), length)
            let upper = min(max(match.codePointRange.upperBound, lower), length)
            bounds.append(lower..<upper)
        }
        var cuts = Set<Int>([0, length])
        for range in bounds {
            cuts.insert(range.lowerBound)
            cuts.insert(range.upperBound)
        }
        let boundaries = cuts.sorted()
        let order = bounds.indices.sorted { left, right in
            let a = bounds[left], b = bounds[right]
            if a.lowerBound != b.lowerBound { return a.lowerBound < b.lowerBound }
            if a.upperBound != b.upperBound { return a.upperBound > b.upperBound }
            return left < right
        }

        var pieceEnding: [Int: Int] = [:]
        for (position, boundary) in boundaries.dropFirst().enumerated() { pieceEnding[boundary] = position }
        var endingByPiece: [[Int]] = Array(repeating: [], count: max(boundaries.count - 1, 0))
        for (index, range) in bounds.enumerated() where !endingByPiece.isEmpty {
            // A match ending at offset 0 (only possible when empty) gets its note after the first piece.
            endingByPiece[pieceEnding[range.upperBound] ?? 0].append(index)
        }

        var pieces: [Piece] = []
        pieces.reserveCapacity(endingByPiece.count)
        var filter = TerminalSanitizer.Filter(keepNewlines: keepNewlines)
        var scalars = report.text.unicodeScalars.makeIterator()
        var nextMatch = 0
        var active: [Int] = []
        for position in endingByPiece.indices {
            let start = boundaries[position], end = boundaries[position + 1]
            var text = String.UnicodeScalarView()
            for _ in start..<end {
                guard let scalar = scalars.next() else { break }
                if let kept = filter.filter(scalar) { text.append(kept) }
            }
            active.removeAll { bounds[$0].upperBound <= start }
            while nextMatch < order.count, bounds[order[nextMatch]].lowerBound <= start {
                if !bounds[order[nextMatch]].isEmpty { active.append(order[nextMatch]) }
                nextMatch += 1
            }
            pieces.append(Piece(text: String(text), range: start..<end, covering: active, ending: endingByPiece[position]))
        }
        self.pieces = pieces
    }
}
