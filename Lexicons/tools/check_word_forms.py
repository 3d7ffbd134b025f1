#!/usr/bin/env python3
"""Check Lexicons/word-forms.txt and Lexicons/spelling-variants.txt, the word unification tables of cvfscan.

cvfscan folds case, accents and apostrophes, then maps a word through word-forms.txt, then through
spelling-variants.txt, then stems it (Snowball English). This script checks what the engine relies on:

    format      every data line is 'variant canonical': two lower-case ASCII words separated by one space,
                with ' or - only inside a word; no tabs, no trailing spaces, LF line endings, final newline
    order       sorted by variant (byte order): word-forms.txt within each section, spelling-variants.txt whole
    unique      a variant appears at most once in a file, and never equals its canonical
    no chains   no canonical of a file is a variant in the same file (one lookup per file is enough)
    stable      word-forms then spelling-variants is idempotent: what comes out of the two lookups is a variant
                of neither file, so normalising an already normalised word changes nothing
    no shadow   no variant is in both files (the word-forms entry would hide the spelling-variants one)
    dictionary  (needs the Debian word lists) a misspelling is in no word list, so no real word is rewritten;
                its correction is a British word (or a spelling-variants canonical, or the joined form of a
                hyphenated British word); irregular forms and their base forms are real words

word-forms.txt is divided into sections by marker comments; every data line must follow one:
    # [irregular-verbs]      irregular past tenses and participles -> base form
    # [auxiliaries]          forms of be, have, do -> base form
    # [irregular-plurals]    irregular plurals -> singular
    # [misspellings]         common misspellings -> correct British spelling

Usage
    apt-get install wamerican wamerican-large wbritish wbritish-large
    python3 Lexicons/tools/check_word_forms.py                  # check both files; exit 1 on any problem
    python3 Lexicons/tools/check_word_forms.py --sort           # first sort word-forms.txt sections in place
    python3 Lexicons/tools/check_word_forms.py --no-dictionary  # skip the word-list checks (lists not installed)
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

LEXICONS = Path(__file__).resolve().parent.parent
WORD_FORMS = LEXICONS / "word-forms.txt"
SPELLING_VARIANTS = LEXICONS / "spelling-variants.txt"
DICT_DIR = Path("/usr/share/dict")
WORD_LISTS = ("american-english", "american-english-large", "british-english", "british-english-large")
BRITISH_LISTS = ("british-english", "british-english-large")
PACKAGES = "wamerican wamerican-large wbritish wbritish-large"

WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")
SECTION_MARKER = re.compile(r"# \[([a-z-]+)\]")
SECTIONS = ("irregular-verbs", "auxiliaries", "irregular-plurals", "misspellings")
MISSPELLINGS = "misspellings"


@dataclass
class Entry:
    variant: str
    canonical: str
    line: int
    section: str | None


@dataclass
class Table:
    path: Path
    entries: list[Entry] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)


class Problems:
    def __init__(self) -> None:
        self.messages: list[str] = []

    def add(self, path: Path, line: int | None, message: str) -> None:
        shown = path.relative_to(LEXICONS.parent) if path.is_relative_to(LEXICONS.parent) else path
        self.messages.append(f"{shown}:{line}: {message}" if line else f"{shown}: {message}")


def read_table(path: Path, problems: Problems, sectioned: bool) -> Table:
    table = Table(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        problems.add(path, None, f"cannot read ({error.strerror})")
        return table
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        problems.add(path, line, "non-ASCII byte; the tables hold ASCII words only (accents are folded first)")
        return table
    if "\r" in text:
        problems.add(path, text[:text.index("\r")].count("\n") + 1, "CR character; use LF line endings")
    if text and not text.endswith("\n"):
        problems.add(path, text.count("\n") + 1, "missing newline at the end of the file")
    table.lines = text.split("\n")
    if table.lines and table.lines[-1] == "":
        table.lines.pop()

    section: str | None = None
    seen_sections: set[str] = set()
    first_line: dict[str, int] = {}
    for number, line in enumerate(table.lines, start=1):
        if line.startswith("#"):
            marker = SECTION_MARKER.fullmatch(line)
            if marker and sectioned:
                name = marker.group(1)
                if name not in SECTIONS:
                    problems.add(path, number, f"unknown section '{name}'; expected one of {', '.join(SECTIONS)}")
                elif name in seen_sections:
                    problems.add(path, number, f"section '{name}' appears twice")
                seen_sections.add(name)
                section = name
            continue
        if line == "":
            continue
        if sectioned and section is None:
            problems.add(path, number, "data line before the first section marker (e.g. '# [misspellings]')")
        parts = line.split(" ")
        if len(parts) != 2 or not all(parts):
            problems.add(path, number, f"expected 'variant canonical' (two words, one space), got {line!r}")
            continue
        variant, canonical = parts
        bad = [word for word in parts if not WORD.fullmatch(word)]
        if bad:
            problems.add(path, number, f"{bad[0]!r} is not a lower-case word (letters; ' or - only inside)")
            continue
        if variant == canonical:
            problems.add(path, number, f"'{variant}' maps to itself")
        if variant in first_line:
            problems.add(path, number, f"variant '{variant}' already mapped at line {first_line[variant]}")
            continue
        first_line[variant] = number
        table.entries.append(Entry(variant, canonical, number, section))
        table.mapping[variant] = canonical

    if sectioned:
        for name in SECTIONS:
            if name not in seen_sections:
                problems.add(path, None, f"section '# [{name}]' is missing")
    check_order(table, problems)
    return table


def check_order(table: Table, problems: Problems) -> None:
    previous: dict[str | None, Entry] = {}
    for entry in table.entries:
        before = previous.get(entry.section)
        if before is not None and before.variant.encode() > entry.variant.encode():
            where = f" in section '{entry.section}'" if entry.section else ""
            problems.add(table.path, entry.line, f"'{entry.variant}' is out of order{where} (after "
                         f"'{before.variant}' at line {before.line}); run with --sort")
        previous[entry.section] = entry


def sort_sections(path: Path) -> None:
    """Sort the data lines of each section in place.

    Within a section, the comments before its first data line stay on top, the data lines are sorted, any comment
    found between data lines moves below them, and one blank line is kept before the next section.
    """
    lines = path.read_text(encoding="ascii").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    segments: list[list[str]] = [[]]
    for line in lines:
        if SECTION_MARKER.fullmatch(line):
            segments.append([])
        segments[-1].append(line)
    output: list[str] = []
    for segment in segments:
        preamble: list[str] = []
        data: list[str] = []
        later_comments: list[str] = []
        for line in segment:
            if line.startswith("#") or line == "":
                if not data:
                    preamble.append(line)
                elif line:
                    later_comments.append(line)
            else:
                data.append(line)
        ends_blank = bool(segment) and segment[-1] == ""
        if data:
            while preamble and preamble[-1] == "":
                preamble.pop()
        output += preamble + sorted(data, key=lambda line: line.split(" ")[0].encode()) + later_comments
        if data and ends_blank:
            output.append("")
    path.write_text("\n".join(output) + "\n", encoding="ascii")


def check_composition(word_forms: Table, spelling: Table, problems: Problems) -> None:
    for table in (word_forms, spelling):
        for entry in table.entries:
            if entry.canonical in table.mapping:
                problems.add(table.path, entry.line, f"chain: canonical '{entry.canonical}' of '{entry.variant}' "
                             f"is itself a variant (line {find_line(table, entry.canonical)}); map "
                             f"'{entry.variant}' straight to '{table.mapping[entry.canonical]}'")
    for entry in word_forms.entries:
        if entry.variant in spelling.mapping:
            problems.add(word_forms.path, entry.line, f"'{entry.variant}' is also a variant in "
                         f"spelling-variants.txt (line {find_line(spelling, entry.variant)}); keep one")
        result = spelling.mapping.get(entry.canonical, entry.canonical)
        if result in word_forms.mapping:
            problems.add(word_forms.path, entry.line, f"unstable: '{entry.variant}' -> '{entry.canonical}' -> "
                         f"'{result}', which word-forms.txt maps again (line {find_line(word_forms, result)})")
    for entry in spelling.entries:
        if entry.canonical in word_forms.mapping:
            problems.add(spelling.path, entry.line, f"unstable: canonical '{entry.canonical}' of '{entry.variant}' "
                         f"is a variant in word-forms.txt (line {find_line(word_forms, entry.canonical)})")


def find_line(table: Table, variant: str) -> int:
    return next((entry.line for entry in table.entries if entry.variant == variant), 0)


def load_lists(names: tuple[str, ...]) -> set[str]:
    words: set[str] = set()
    for name in names:
        path = DICT_DIR / name
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            sys.exit(f"cannot read {path} ({error.strerror}); install the word lists (apt-get install {PACKAGES}) "
                     "or pass --no-dictionary")
        words.update(line.strip().lower() for line in text.splitlines())
    return words


def check_dictionary(word_forms: Table, spelling: Table, problems: Problems) -> None:
    every_word = load_lists(WORD_LISTS)
    british = load_lists(BRITISH_LISTS)
    spelling_canonicals = set(spelling.mapping.values())

    def is_word(word: str, vocabulary: set[str]) -> bool:
        return word in vocabulary or ("-" in word and all(part in vocabulary for part in word.split("-")))

    def is_british(word: str) -> bool:
        joined = word.replace("-", "")
        return is_word(word, british) or word in spelling_canonicals or joined in british

    for entry in word_forms.entries:
        if entry.section == MISSPELLINGS:
            if entry.variant in every_word:
                problems.add(word_forms.path, entry.line, f"misspelling '{entry.variant}' is a real word in the "
                             "Debian word lists; mapping it would rewrite that word")
            elif "-" in entry.variant and entry.variant.replace("-", "") in every_word:
                problems.add(word_forms.path, entry.line, f"misspelling '{entry.variant}' is a hyphenated real word")
            if not is_british(entry.canonical):
                problems.add(word_forms.path, entry.line, f"correction '{entry.canonical}' of '{entry.variant}' "
                             "is not in the British word lists")
        else:
            for word in (entry.variant, entry.canonical):
                if not is_word(word, every_word):
                    problems.add(word_forms.path, entry.line, f"'{word}' is not in the word lists; irregular "
                                 "forms must be real words")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sort", action="store_true", help="sort word-forms.txt within its sections first")
    parser.add_argument("--no-dictionary", action="store_true", help="skip the checks that need the word lists")
    parser.add_argument("--word-forms", type=Path, default=WORD_FORMS)
    parser.add_argument("--spelling-variants", type=Path, default=SPELLING_VARIANTS)
    arguments = parser.parse_args()

    if arguments.sort:
        sort_sections(arguments.word_forms)
    problems = Problems()
    word_forms = read_table(arguments.word_forms.resolve(), problems, sectioned=True)
    spelling = read_table(arguments.spelling_variants.resolve(), problems, sectioned=False)
    check_composition(word_forms, spelling, problems)
    if not arguments.no_dictionary:
        check_dictionary(word_forms, spelling, problems)

    for message in problems.messages:
        print(message, file=sys.stderr)
    counts: dict[str, int] = {}
    for entry in word_forms.entries:
        counts[entry.section or "?"] = counts.get(entry.section or "?", 0) + 1
    summary = ", ".join(f"{name} {counts.get(name, 0)}" for name in SECTIONS)
    print(f"word-forms.txt: {len(word_forms.entries)} entries ({summary}); "
          f"spelling-variants.txt: {len(spelling.entries)} entries; {len(problems.messages)} problems")
    return 1 if problems.messages else 0


if __name__ == "__main__":
    sys.exit(main())
