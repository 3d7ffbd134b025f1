/// Reads an HTML page the way a browser tokenises tags, to check that everything in it came from the writer:
/// the same check the DecodeAndScan and LexiconParse fuzzers apply to every page they render (Fuzz/run.sh compiles
/// this file into each harness). Its own tests are in `HTMLStructureTests`.
enum HTMLStructure {
    /// Tags and attributes the HTML writers emit themselves; anything else in a page came from the input.
    static let writerTags: Set<String> = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "main", "header", "article", "section", "figure",
        "h1", "h2", "h3", "p", "a", "span", "mark", "sup", "q", "strong", "ul", "ol", "li", "table", "thead", "tbody",
        "tr", "th", "td", "details", "summary", "div", "svg", "g", "line", "text", "rect", "tspan",
    ]
    static let writerAttributes: Set<String> = [
        "class", "id", "href", "title", "lang", "charset", "name", "content", "http-equiv", "scope", "style",
        "aria-label", "aria-labelledby", "role", "xmlns", "viewbox", "width", "height", "x", "y", "x1", "y1", "x2", "y2",
        "rx", "stroke", "stroke-width", "fill", "font-size", "font-weight", "text-anchor",
    ]

    /// Checks an HTML page the way a browser would read it: every tag is one the writer uses, every attribute one it
    /// writes, every value quoted, every link stays on the page, and no `<style>` holds a tag. Returns a description
    /// of the first problem. Works on UTF-8 bytes: every byte that matters here is ASCII.
    static func problem(in html: String) -> String? {
        let bytes = Array(html.utf8)
        var index = 0
        var insideStyle = false
        func isNameByte(_ byte: UInt8) -> Bool {
            !(byte == 0x20 || byte == 0x3E || byte == 0x3D || byte == 0x2F || byte == 0x0A || byte == 0x09 || byte == 0x22
                || byte == 0x27)
        }
        func name(_ start: Int, _ end: Int) -> String {
            String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            index += 1
            var closing = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "/") { closing = true; index += 1 }
            let nameStart = index
            while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
            let tag = name(nameStart, index)
            if insideStyle {
                if closing && tag == "style" { insideStyle = false }
                continue
            }
            guard writerTags.contains(tag) else { return "tag '<\(closing ? "/" : "")\(tag)' is not the writer's" }
            if tag == "style" && !closing { insideStyle = true }
            if tag == "!doctype" {
                while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
                continue
            }
            // Attributes up to the end of the tag; a quoted value runs to its closing quote.
            while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == UInt8(ascii: "/") { index += 1; continue }
                let attributeStart = index
                while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
                let attribute = name(attributeStart, index)
                if attribute.isEmpty {
                    return "stray '\(String(decoding: bytes[index..<min(index + 1, bytes.count)], as: UTF8.self))' in <\(tag)>"
                }
                guard writerAttributes.contains(attribute) else { return "attribute '\(attribute)' on <\(tag)> is not the writer's" }
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
                index += 1
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return "unquoted value of '\(attribute)' in <\(tag)>" }
                index += 1
                let valueStart = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "<") { return "'<' inside the value of '\(attribute)' in <\(tag)>" }
                    index += 1
                }
                if attribute == "href", bytes[valueStart..<index].first != UInt8(ascii: "#") {
                    return "link '\(String(decoding: bytes[valueStart..<index], as: UTF8.self))' leaves the page"
                }
                index += 1
            }
        }
        return nil
    }
}
