import Testing

/// The output-safety tests and the fuzzers trust `HTMLStructure` to notice markup that did not come from the
/// writer; a checker that let everything through would leave them green and blind.
@Suite("HTML structure check")
struct HTMLStructureTests {
    static let page = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title>\
        <style>mark { color: red; } p > a { }</style></head><body><main><p class="a">I &lt;b&gt; owned up\
        <a href="#m1">1</a></p></main></body></html>
        """

    @Test("a page of the writer's own markup passes")
    func writerPage() {
        #expect(HTMLStructure.problem(in: Self.page) == nil)
    }

    @Test("markup the writer never emits is reported", arguments: [
        ("<p>I <script>alert(1)</script></p>", "tag '<script' is not the writer's"),
        ("<p>x</p><img src=x>", "tag '<img' is not the writer's"),
        ("<p onclick=\"x\">x</p>", "attribute 'onclick' on <p> is not the writer's"),
        ("<p class=a>x</p>", "unquoted value of 'class' in <p>"),
        ("<p title=\"<b>\">x</p>", "'<' inside the value of 'title' in <p>"),
        ("<a href=\"javascript:alert(1)\">x</a>", "link 'javascript:alert(1)' leaves the page"),
        ("<a href=\"https://example.com\">x</a>", "link 'https://example.com' leaves the page"),
        ("<p \"x\">x</p>", "stray '\"' in <p>"),
        ("<P>x</P><SCRIPT>", "tag '<script' is not the writer's"),
    ])
    func foreignMarkup(html: String, problem: String) {
        #expect(HTMLStructure.problem(in: html) == problem)
    }

    @Test("text inside <style> is not read as tags")
    func styleContents() {
        #expect(HTMLStructure.problem(in: "<style>p > a { } b<i </style><p>x</p>") == nil)
    }
}
