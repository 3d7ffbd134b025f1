/// Wraps styled text to a width in terminal columns, breaking at spaces, and writes the lines with SGR escapes
/// (or without any, when colour is off).
///
/// It streams: it holds only the current line and word, so an answer of any length wraps in memory bounded by
/// the width. A word longer than a line is cut at the width. A style is closed at the end of every line and
/// reopened on the next, so a highlight never bleeds into the margin or into whatever a pager prints next.
/// Text given to it must already be sanitized; the only escapes it writes are the styles the writers chose.
struct TerminalWrapper {
    private struct Cell {
        var scalar: Unicode.Scalar
        var columns: Int
        var style: TerminalStyle?
    }

    let width: Int
    let color: Bool
    let firstIndent: String
    let hangingIndent: String
    private(set) var output = ""
    private var line: [Cell] = []
    private var lineColumns = 0
    private var spaces: [Cell] = []
    private var word: [Cell] = []
    private var wordColumns = 0
    private var onFirstLine = true

    /// - Parameters:
    ///   - width: total columns, indent included; at least 20 is used so a tiny terminal still gets words.
    ///   - firstIndent: written before the first line (spaces or a label such as `  [3] `).
    ///   - hangingIndent: written before every later line.
    init(width: Int, color: Bool, firstIndent: String = "", hangingIndent: String = "") {
        self.width = max(width, 20)
        self.color = color
        self.firstIndent = firstIndent
        self.hangingIndent = hangingIndent
    }

    private var available: Int {
        max(width - TerminalDisplayWidth.columns(of: onFirstLine ? firstIndent : hangingIndent), 8)
    }

    mutating func append(_ text: String, style: TerminalStyle? = nil) {
        for scalar in text.unicodeScalars { append(scalar, style: style) }
    }

    mutating func append(_ scalar: Unicode.Scalar, style: TerminalStyle?) {
        switch scalar {
        case "\n":
            placeWord()
            endLine()
        case " ", "\t":
            placeWord()
            spaces.append(Cell(scalar: " ", columns: 1, style: style))
        default:
            let columns = TerminalDisplayWidth.columns(of: scalar)
            if columns > 0, wordColumns + columns > available {
                placeWord()
            }
            word.append(Cell(scalar: scalar, columns: columns, style: style))
            wordColumns += columns
        }
    }

    /// Lets the line break here even though there is no space, keeping what follows (a note marker) whole.
    mutating func allowBreak() {
        placeWord()
    }

    /// Ends the text: the last line is written, and the wrapper starts a new paragraph at its first indent.
    mutating func finish() {
        placeWord()
        if !line.isEmpty { endLine() }
        onFirstLine = true
    }

    /// Finishes and returns everything written.
    mutating func finishedOutput() -> String {
        finish()
        return output
    }

    private mutating func placeWord() {
        guard !word.isEmpty else { return }
        let spaceColumns = line.isEmpty ? 0 : spaces.count
        if !line.isEmpty, lineColumns + spaceColumns + wordColumns > available {
            endLine()
        }
        if !line.isEmpty {
            line.append(contentsOf: spaces)
            lineColumns += spaces.count
        }
        spaces.removeAll(keepingCapacity: true)
        line.append(contentsOf: word)
        lineColumns += wordColumns
        word.removeAll(keepingCapacity: true)
        wordColumns = 0
    }

    private mutating func endLine() {
        // A blank line stays blank: no indent, so no trailing spaces.
        if !line.isEmpty { output += onFirstLine ? firstIndent : hangingIndent }
        var current: TerminalStyle?
        for cell in line {
            if color, cell.style != current {
                if current != nil { output += TerminalStyle.reset }
                if let style = cell.style { output += style.escape }
                current = cell.style
            }
            output.unicodeScalars.append(cell.scalar)
        }
        if color, current != nil { output += TerminalStyle.reset }
        output += "\n"
        line.removeAll(keepingCapacity: true)
        spaces.removeAll(keepingCapacity: true)
        lineColumns = 0
        onFirstLine = false
    }
}
