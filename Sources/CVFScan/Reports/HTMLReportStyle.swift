/// The stylesheet of every HTML report, inline in the page: no fonts, images or anything else from the network.
///
/// Highlights nest: the outermost match of a piece of text colours its background, the next draws a bar under
/// it, the third a bar over it. Counter-evidence is hatched red and struck through; someone else's deeds are
/// grey with a dotted underline; hypotheticals and opinions are outlined in italics; a negated match starts
/// with a red "not". The print rules keep the colours, drop the navigation and start each batch report on a
/// new page. Dimension colours (`.d0` to `.d8`, grey `.d9`) are those of
/// ``ReportPalette``.
enum HTMLReportStyle {
    static let stylesheet = """
    :root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --rule: #d0d7de; --paper: #fff; --red: #b91c1c; }
    * { box-sizing: border-box; }
    body { margin: 0; background: #f3f4f6; color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif; }
    .page { max-width: 62rem; margin: 0 auto; padding: 1.5rem; }
    .batch-header { margin: 0 0 1.5rem; }
    .batch-header h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
    article.report { background: var(--paper); border: 1px solid var(--rule); border-radius: 8px; padding: 1.25rem 1.5rem 1rem; margin: 0 0 1.5rem; }
    .title { font-size: 1.45rem; margin: 0 0 .2rem; overflow-wrap: anywhere; }
    .section-title { font-size: 1.05rem; margin: 1.4rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid var(--rule); }
    .meta, .back { color: var(--muted); margin: 0; font-size: .9rem; }
    .back a, .meta a { color: var(--muted); }
    .answer-text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1.02rem; line-height: 2; margin: 0; }
    mark { --c: #e5e7eb; --s: #6b7280; background: var(--c); color: inherit; padding: .12em .05em; border-radius: 3px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
    mark.continued { border-top-left-radius: 0; border-bottom-left-radius: 0; padding-left: 0; }
    mark.continues { border-top-right-radius: 0; border-bottom-right-radius: 0; padding-right: 0; }
    mark mark { background: none; padding: .12em 0; border-radius: 0; box-shadow: inset 0 -.28em 0 var(--s); }
    mark mark mark { box-shadow: inset 0 .28em 0 var(--s); }
    mark mark mark mark { box-shadow: inset 0 -.28em 0 var(--s), inset 0 .28em 0 var(--s); }
    .d0 { --c: #bfdbfe; --s: #2563eb; }
    .d1 { --c: #bbf7d0; --s: #15803d; }
    .d2 { --c: #fde68a; --s: #b45309; }
    .d3 { --c: #ddd6fe; --s: #7c3aed; }
    .d4 { --c: #a5f3fc; --s: #0e7490; }
    .d5 { --c: #fbcfe8; --s: #be185d; }
    .d6 { --c: #d9f99d; --s: #4d7c0f; }
    .d7 { --c: #fed7aa; --s: #c2410c; }
    .d8 { --c: #99f6e4; --s: #0f766e; }
    .d9 { --c: #e7e5e4; --s: #57534e; }
    mark.counter:not(.other) { background: repeating-linear-gradient(135deg, #fecaca 0 4px, #fff1f2 4px 8px); color: #7f1d1d; text-decoration: line-through 2px var(--red); box-shadow: inset 0 0 0 1.5px var(--red); }
    mark mark.counter:not(.other) { background: none; box-shadow: inset 0 -.28em 0 var(--red); }
    mark.hypothetical:not(.counter):not(.other), mark.opinion:not(.counter):not(.other) { background: none; font-style: italic; box-shadow: inset 0 0 0 1.5px var(--s); }
    mark.vocabulary:not(.counter):not(.other) { background: none; box-shadow: inset 0 -2px 0 var(--s); }
    mark.other { background: none; color: #6b7280; box-shadow: none; text-decoration: underline dotted 2px var(--s); text-underline-offset: .25em; }
    mark.negated-start::before { content: "not"; font-size: .62em; font-weight: 700; font-style: normal; letter-spacing: .03em; color: #fff; background: var(--red); border-radius: 3px; padding: 0 .25em; margin-right: .2em; vertical-align: .3em; }
    sup.note { font-size: .68em; line-height: 0; margin: 0 .1em 0 .05em; white-space: nowrap; }
    sup.note a { color: var(--muted); text-decoration: none; }
    sup.note a.warn { color: var(--red); font-weight: 700; }
    .key { display: flex; flex-wrap: wrap; gap: .35rem .6rem; align-items: center; margin: .8rem 0 0; font-size: .85rem; color: var(--muted); }
    .key mark { white-space: nowrap; }
    .scores { display: grid; grid-template-columns: minmax(0, 1fr); gap: .75rem; }
    .chart { margin: 0; }
    .chart svg { display: block; width: 100%; max-width: 760px; height: auto; font-family: inherit; }
    table { border-collapse: collapse; width: 100%; font-size: .92rem; }
    th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #eaeef2; vertical-align: top; }
    thead th { font-weight: 600; color: var(--muted); border-bottom: 1px solid var(--rule); }
    tbody th { font-weight: 600; }
    td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
    .swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .45em; vertical-align: -.05em; background: var(--s); }
    .band { display: inline-block; min-width: 5.2em; text-align: center; padding: 0 .4em; border-radius: 999px; font-size: .85em; font-weight: 600; color: #fff; }
    .band-none { background: #9ca3af; } .band-limited { background: #b45309; } .band-moderate { background: #1d4ed8; } .band-strong { background: #15803d; }
    details summary { cursor: default; color: var(--ink); }
    details ul { margin: .3rem 0 .2rem; padding-left: 1.1rem; color: var(--muted); }
    ol.evidence { list-style: none; margin: 0; padding: 0; }
    ol.evidence > li { display: grid; grid-template-columns: 2.2rem minmax(0, 1fr); column-gap: .6rem; padding: .55rem 0; border-top: 1px solid #eaeef2; }
    ol.evidence > li:first-child { border-top: none; }
    ol.evidence > li:target { background: #fffbea; }
    .number-badge { justify-self: start; min-width: 1.7rem; height: 1.7rem; line-height: 1.7rem; text-align: center; border-radius: 50%; font-size: .8rem; font-weight: 700; background: var(--c); color: var(--ink); box-shadow: inset 0 0 0 2px var(--s); }
    .number-badge.counter { background: #fecaca; box-shadow: inset 0 0 0 2px var(--red); }
    .evidence p { margin: 0; }
    .evidence .head { overflow-wrap: anywhere; }
    .credit { font-weight: 700; font-variant-numeric: tabular-nums; margin: 0 .35em; }
    .credit.minus { color: var(--red); }
    .credit.zero { color: var(--muted); }
    .evidence q { font-style: italic; }
    .why { color: var(--ink); font-size: .92rem; }
    .statement { color: var(--muted); font-size: .9rem; }
    .explain { margin: .3rem 0 0; padding: .35rem .6rem; background: #f6f8fa; border-radius: 4px; list-style: none; font: .8rem/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
    ul.flags { margin: 0; padding-left: 1.2rem; }
    ul.flags li { margin: .2rem 0; }
    .flag-id { font: .85em ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; background: #fff4ce; border-radius: 3px; padding: 0 .3em; }
    .summary { background: var(--paper); border: 1px solid var(--rule); border-radius: 8px; padding: 1.25rem 1.5rem; }
    .summary .table-scroll { overflow-x: auto; }
    .summary > .section-title:first-child { margin-top: 0; }
    .summary table { display: block; width: 100%; }
    .summary thead, .summary tbody { display: flex; flex-direction: column; }
    .summary tr { display: grid; grid-template-columns: var(--columns); align-items: end; border-bottom: 1px solid #eaeef2; }
    .summary thead tr { border-bottom-color: var(--rule); }
    .summary th, .summary td { border-bottom: none; }
    .summary tbody tr { align-items: center; }
    .summary th a { color: var(--ink); }
    .summary th.dimension-column { display: flex; justify-content: flex-end; align-items: flex-end; padding-bottom: .5rem; }
    .summary th.dimension-column a { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-size: .85rem; line-height: 1.2; }
    .summary td a { overflow-wrap: anywhere; }
    .sort-target { display: block; position: relative; top: -1rem; }
    .chip { display: inline-block; min-width: 2.2em; text-align: center; border-radius: 4px; padding: 0 .3em; font-variant-numeric: tabular-nums; font-weight: 600; }
    .chip.band-none { background: #f3f4f6; color: #6b7280; } .chip.band-limited { background: #fde68a; color: #713f12; } .chip.band-moderate { background: #bfdbfe; color: #1e3a8a; } .chip.band-strong { background: #bbf7d0; color: #14532d; }
    .sort-note { color: var(--muted); font-size: .85rem; margin: 0 0 .6rem; }
    @page { margin: 14mm; }
    @media print {
      body { background: #fff; font-size: 10pt; }
      .page { max-width: none; padding: 0; }
      article.report, .summary { border: none; border-radius: 0; padding: 0; margin: 0 0 8mm; }
      .batch article.report { break-after: page; }
      mark, .swatch, .band, .chip, .number-badge, svg, .flag-id { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      a { color: inherit; text-decoration: none; }
      .back, .sort-note, .skip { display: none; }
      .section-title { break-after: avoid; }
      ol.evidence > li, tr, .chart, .key, .keep-together { break-inside: avoid; }
      .answer-text { line-height: 1.8; }
      .summary .table-scroll { overflow: visible; }
    }
    """
}
