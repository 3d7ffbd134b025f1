#!/usr/bin/env python3
"""Check the structure and the quoted statements of cvfscan's lexicon files.

Usage: check_statements.py [LEXICON_OR_FOLDER ...]

With no arguments it checks every *.lexicon file in the Lexicons folder this script lives under. It:

  1. parses the files (the line format of Lexicons/FORMAT.md; patterns are not parsed, the Swift checker
     `cvfscan lexicon check` does that) and reports missing or unknown keys, bad values and ids, duplicate
     ids, and `shares:` entries that name no loaded dimension;
  2. prints counts of frameworks, dimensions and behaviours (support/counter, by level);
  3. verifies that every `statement:` occurs verbatim in its `source:` file, after collapsing runs of
     whitespace and, on the source side only, removing bullets (•, a leading "- " or "* ") and markdown
     emphasis (**);
  4. for the Leadership Promise booklet (003), lists every sentence that contains "I " or "My ", and every
     list item, that no statement covers, and compares the booklet's tables (area, meets expectation or in
     conflict, leading self/others/business) with the behaviours that quote them, so that a missing
     statement or a wrong level or polarity shows up;
  5. lists, for information only, statements that start or end in the middle of a source sentence.

Exits 0 when there are no problems, 1 otherwise. Python 3 standard library only.
"""

import collections
import os
import re
import sys

ID_PATTERN = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*$')
BLOCK_LINE = re.compile(r'^(framework|dimension|behaviour|behavior)(?:\s+(.*))?$')
PROPERTY_LINE = re.compile(r'^([A-Za-z][A-Za-z0-9_-]*)\s*:\s?(.*)$')

FRAMEWORK_KEYS = {'name': True, 'edition': False, 'source': False, 'shares': False}
DIMENSION_KEYS = {'kind': True, 'name': True, 'description': False}
BEHAVIOUR_KEYS = {'statement': True, 'source': True, 'polarity': True, 'level': False, 'note': False,
                  'pattern': False, 'against': False, 'vocabulary': False}
REPEATABLE_KEYS = {'pattern', 'against', 'vocabulary'}
KINDS = {'value', 'competency', 'area'}
POLARITIES = {'support', 'counter'}
LEVELS = ['leading-self', 'leading-others', 'leading-business']

LEADERSHIP_PROMISE_SOURCE = '003_a8c4d27cf8c5bd33.txt'
TABLE_LEVELS = {1: 'leading-self', 2: 'leading-others', 3: 'leading-business'}
HEADING_LEVELS = {'Leading self': 'leading-self', 'Leading others': 'leading-others',
                  'Leading the business': 'leading-business'}


class Block:
    def __init__(self, kind, identifier, path, line):
        self.kind = kind
        self.id = identifier
        self.path = path
        self.line = line
        self.properties = collections.OrderedDict()  # key -> list of (value, line)
        self.children = []
        self.parent = None

    def value(self, key):
        values = self.properties.get(key)
        return values[0][0] if values else None

    def full_id(self):
        parts = []
        block = self
        while block is not None:
            parts.append(block.id)
            block = block.parent
        return '/'.join(reversed(parts))


class Report:
    def __init__(self):
        self.problems = []

    def problem(self, path, line, column, message):
        self.problems.append(f'{path}:{line}:{column}: {message}')


def parse_lexicon(path, report):
    """Returns the frameworks of one file; every format error goes to the report."""
    frameworks = []
    framework = dimension = behaviour = None
    try:
        with open(path, encoding='utf-8') as handle:
            lines = handle.read().split('\n')
    except (OSError, UnicodeDecodeError) as error:
        report.problem(path, 1, 1, f'cannot read the file: {error}')
        return frameworks
    for number, raw in enumerate(lines, 1):
        stripped = raw.strip()
        column = len(raw) - len(raw.lstrip()) + 1
        if not stripped or stripped.startswith('#'):
            continue
        block_match = BLOCK_LINE.match(stripped)
        if block_match and ':' not in stripped.split()[0]:
            word, identifier = block_match.group(1), (block_match.group(2) or '').strip()
            if not ID_PATTERN.match(identifier):
                report.problem(path, number, column + len(word) + 1,
                               f"bad {word} id '{identifier}': expected lower-case letters, digits and single hyphens")
            if word == 'framework':
                framework = Block('framework', identifier, path, number)
                frameworks.append(framework)
                dimension = behaviour = None
            elif word == 'dimension':
                behaviour = None
                if framework is None:
                    report.problem(path, number, column, f"dimension '{identifier}' before any framework line")
                    dimension = None
                    continue
                dimension = Block('dimension', identifier, path, number)
                dimension.parent = framework
                framework.children.append(dimension)
            else:
                if dimension is None:
                    report.problem(path, number, column, f"behaviour '{identifier}' before any dimension line")
                    behaviour = None
                    continue
                behaviour = Block('behaviour', identifier, path, number)
                behaviour.parent = dimension
                dimension.children.append(behaviour)
            continue
        property_match = PROPERTY_LINE.match(stripped)
        if not property_match:
            report.problem(path, number, column,
                           "expected 'framework ID', 'dimension ID', 'behaviour ID' or 'KEY: VALUE'")
            continue
        key, value = property_match.group(1), property_match.group(2).strip()
        block = behaviour or dimension or framework
        if block is None:
            report.problem(path, number, column, f"property '{key}' before any framework line")
            continue
        allowed = {'framework': FRAMEWORK_KEYS, 'dimension': DIMENSION_KEYS, 'behaviour': BEHAVIOUR_KEYS}[block.kind]
        if key not in allowed:
            report.problem(path, number, column,
                           f"unknown {block.kind} key '{key}': expected one of {', '.join(sorted(allowed))}")
            continue
        if not value:
            report.problem(path, number, column + len(key) + 1, f"empty value for '{key}'")
            continue
        if key in block.properties and key not in REPEATABLE_KEYS:
            first = block.properties[key][0][1]
            report.problem(path, number, column, f"'{key}' given twice in {block.kind} '{block.id}' (first at line {first})")
            continue
        block.properties.setdefault(key, []).append((value, number))
    return frameworks


def check_structure(frameworks, sources_folder, report):
    """Required keys, allowed values, unique ids, shares, source files."""
    seen_frameworks = {}
    for framework in frameworks:
        if framework.id in seen_frameworks:
            first = seen_frameworks[framework.id]
            report.problem(framework.path, framework.line, 1,
                           f"duplicate framework id '{framework.id}' (first defined at {first.path}:{first.line})")
        else:
            seen_frameworks[framework.id] = framework
        check_required(framework, FRAMEWORK_KEYS, report)
        source = framework.value('source')
        if source and not os.path.isfile(os.path.join(sources_folder, source)):
            report.problem(framework.path, framework.properties['source'][0][1], 1,
                           f"source '{source}' is not a file in {sources_folder}")
        if not framework.children:
            report.problem(framework.path, framework.line, 1, f"framework '{framework.id}' has no dimensions")
        dimension_ids = {}
        for dimension in framework.children:
            if dimension.id in dimension_ids:
                report.problem(dimension.path, dimension.line, 1,
                               f"duplicate dimension id '{dimension.full_id()}' (first defined at line {dimension_ids[dimension.id]})")
            dimension_ids.setdefault(dimension.id, dimension.line)
            check_required(dimension, DIMENSION_KEYS, report)
            kind = dimension.value('kind')
            if kind and kind not in KINDS:
                report.problem(dimension.path, dimension.properties['kind'][0][1], 1,
                               f"kind '{kind}': expected one of {', '.join(sorted(KINDS))}")
            if not dimension.children:
                report.problem(dimension.path, dimension.line, 1, f"dimension '{dimension.full_id()}' has no behaviours")
            behaviour_ids = {}
            statements = {}
            for behaviour in dimension.children:
                if behaviour.id in behaviour_ids:
                    report.problem(behaviour.path, behaviour.line, 1,
                                   f"duplicate behaviour id '{behaviour.full_id()}' (first defined at line {behaviour_ids[behaviour.id]})")
                behaviour_ids.setdefault(behaviour.id, behaviour.line)
                check_required(behaviour, BEHAVIOUR_KEYS, report)
                polarity = behaviour.value('polarity')
                if polarity and polarity not in POLARITIES:
                    report.problem(behaviour.path, behaviour.properties['polarity'][0][1], 1,
                                   f"polarity '{polarity}': expected support or counter")
                level = behaviour.value('level')
                if level and level not in LEVELS:
                    report.problem(behaviour.path, behaviour.properties['level'][0][1], 1,
                                   f"level '{level}': expected one of {', '.join(LEVELS)}")
                source = behaviour.value('source')
                if source and not os.path.isfile(os.path.join(sources_folder, source)):
                    report.problem(behaviour.path, behaviour.properties['source'][0][1], 1,
                                   f"source '{source}' is not a file in {sources_folder}")
                statement = behaviour.value('statement')
                if statement:
                    key = (collapse(statement), level)
                    if key in statements:
                        report.problem(behaviour.path, behaviour.line, 1,
                                       f"statement repeated at the same level in '{dimension.full_id()}' (first in behaviour '{statements[key]}')")
                    statements.setdefault(key, behaviour.id)
    all_dimensions = {d.full_id() for f in frameworks for d in f.children}
    for framework in frameworks:
        for value, line in framework.properties.get('shares', []):
            for shared in (part.strip() for part in value.split(',')):
                if shared not in all_dimensions:
                    report.problem(framework.path, line, 1, f"shares '{shared}', which is not a loaded dimension")
                elif shared.split('/')[0] == framework.id:
                    report.problem(framework.path, line, 1, f"shares its own dimension '{shared}'")


def check_required(block, keys, report):
    for key, required in keys.items():
        if required and key not in block.properties:
            report.problem(block.path, block.line, 1, f"{block.kind} '{block.full_id()}' has no '{key}'")


def collapse(text):
    return re.sub(r'\s+', ' ', text).strip()


def normalise_source(text):
    """The source side of the verbatim check: no bullets, no markdown emphasis, single spaces."""
    text = text.replace('**', '')
    text = re.sub(r'(?m)^[ \t\u00a0]*[-*][ \t]+', '', text)
    text = text.replace('•', ' ')
    return collapse(text)


def segment_source(text):
    """Splits a source into list items and lines (the units a statement may quote), keeping their order."""
    segments = []
    for line_number, source_line in enumerate(text.replace('**', '').split('\n'), 1):
        in_table = '<ul' in source_line
        pieces = re.sub(r'<[^>]*>', '\n', source_line).replace('•', '\n').replace('\t', '\n').split('\n')
        for piece in pieces:
            piece = re.sub(r'^\s*(?:[-*]|\d+\.)\s+', '', piece)
            # Nested list items inside a table cell run on: "values e.g.- I take ...- I do not ...";
            # elsewhere " - " is a dash inside a sentence.
            parts = re.split(r'(?:(?<=\s)|(?<=[a-z]))- (?=[A-Za-z])', piece) if in_table else [piece]
            for part in parts:
                part = collapse(part)
                if part:
                    segments.append((line_number, part))
    return segments


SENTENCE_END = re.compile(r'(?<=[.!?])\s+(?=\S)')


def sentences_of(segment):
    return [s for s in SENTENCE_END.split(segment) if s.strip()]


def check_statements(frameworks, sources_folder, report):
    sources = {}
    for framework in frameworks:
        for dimension in framework.children:
            for behaviour in dimension.children:
                statement, source = behaviour.value('statement'), behaviour.value('source')
                if not statement or not source:
                    continue
                if source not in sources:
                    try:
                        with open(os.path.join(sources_folder, source), encoding='utf-8') as handle:
                            sources[source] = handle.read()
                    except (OSError, UnicodeDecodeError):
                        continue  # reported by check_structure
                normalised = sources[source]
                if normalise_source(normalised).find(collapse(statement)) < 0:
                    line = behaviour.properties['statement'][0][1]
                    report.problem(behaviour.path, line, 1,
                                   f"statement of '{behaviour.full_id()}' does not occur verbatim in {source}: "
                                   f"{closest_hint(collapse(statement), normalise_source(normalised))}")
    return sources


def closest_hint(statement, source):
    """The longest prefix of the statement that does occur, to show where the quote goes wrong."""
    low, high = 0, len(statement)
    while low < high:
        middle = (low + high + 1) // 2
        if statement[:middle] in source:
            low = middle
        else:
            high = middle - 1
    return f'matches up to "...{statement[max(0, low - 30):low]}", then differs at "{statement[low:low + 30]}..."'


def partial_quotes(frameworks, sources):
    """Statements that begin or end inside a source sentence (information only)."""
    found = []
    segment_cache = {}
    for framework in frameworks:
        for dimension in framework.children:
            for behaviour in dimension.children:
                statement, source = behaviour.value('statement'), behaviour.value('source')
                if not statement or source not in sources:
                    continue
                if source not in segment_cache:
                    segment_cache[source] = segment_source(sources[source])
                quote = collapse(statement)
                aligned = False
                for _, segment in segment_cache[source]:
                    start = segment.find(quote)
                    while start >= 0 and not aligned:
                        end = start + len(quote)
                        before = segment[:start].rstrip()
                        after = segment[end:].lstrip()
                        starts_well = before == '' or before[-1] in '.!?:;“"\'' or quote[0] in '“"'
                        ends_well = after == '' or after[0] in '.!?:;”"\'' or quote[-1] in '.!?:'
                        aligned = starts_well and ends_well
                        start = segment.find(quote, start + 1)
                    if aligned:
                        break
                if not aligned:
                    found.append(f'{behaviour.path}:{behaviour.line}: {behaviour.full_id()}: "{quote[:80]}"')
    return found


def leadership_promise_items(text):
    """(area, polarity, level, item, line number) for every table statement of the Leadership Promise booklet."""
    items = []
    area = polarity = level = None
    for line_number, line in enumerate(text.split('\n'), 1):
        heading = re.search(r'As an? \**([A-Za-z ]+?)\**\s*\.\.', line)
        if heading:
            area = heading.group(1).strip().lower().replace(' ', '-')
            polarity = level = None
        stripped = line.strip()
        if stripped == 'Meets expectation':
            polarity = 'support'
        elif stripped in HEADING_LEVELS:
            level = HEADING_LEVELS[stripped]
        elif stripped.startswith('- ') and polarity and level:
            items.append((area, polarity, level, collapse(stripped[2:]), line_number))
        cells = line.split('\t')
        if len(cells) == 4 and cells[0] in ('Meets expectation', 'Conflicting skills, attitudes and behaviours'):
            row_polarity = 'support' if cells[0] == 'Meets expectation' else 'counter'
            for index in (1, 2, 3):
                for item in cell_items(cells[index]):
                    items.append((area, row_polarity, TABLE_LEVELS[index], item, line_number))
    return items


def cell_items(cell):
    """The bullet items of one table cell, a nested list's items after the item that introduces it."""
    result = []
    for top in cell.split('•'):
        parts = re.split(r'<ul[^>]*>', top)
        head = collapse(re.sub(r'<[^>]*>', ' ', parts[0]))
        if head:
            result.append(head)
        for nested in parts[1:]:
            for item in re.split(r'(?:^|(?<=\s)|(?<=[a-z]))- ', re.sub(r'<[^>]*>', ' ', nested)):
                item = collapse(item)
                if item:
                    result.append(item)
    return result


def check_leadership_promise(frameworks, sources, sources_folder, report):
    """Compares the booklet's tables with the behaviours quoting it; lists uncovered I/My sentences."""
    text = sources.get(LEADERSHIP_PROMISE_SOURCE)
    if text is None:
        return [], None
    source_path = os.path.relpath(os.path.join(sources_folder, LEADERSHIP_PROMISE_SOURCE))
    quoted = []
    table_behaviours = collections.defaultdict(list)
    for framework in frameworks:
        for dimension in framework.children:
            for behaviour in dimension.children:
                if behaviour.value('source') != LEADERSHIP_PROMISE_SOURCE or not behaviour.value('statement'):
                    continue
                quote = collapse(behaviour.value('statement'))
                quoted.append(quote)
                if behaviour.value('level'):
                    key = (dimension.id, behaviour.value('polarity'), behaviour.value('level'), quote)
                    table_behaviours[key].append(behaviour)
    # Every table item exactly once, with its area, polarity and level.
    table_items = leadership_promise_items(text)
    expected = collections.Counter(item[:4] for item in table_items)
    first_line = {}
    for *key, line_number in table_items:
        first_line.setdefault(tuple(key), line_number)
    for key, count in sorted(expected.items()):
        have = len(table_behaviours.get(key, []))
        if have < count:
            area, polarity, level, item = key
            report.problem(source_path, first_line[key], 1,
                           f"no {polarity} behaviour at {level} in area '{area}' for: \"{item}\"")
    for key, behaviours in sorted(table_behaviours.items()):
        surplus = len(behaviours) - expected.get(key, 0)
        for behaviour in behaviours[len(behaviours) - surplus:] if surplus > 0 else []:
            area, polarity, level, item = key
            report.problem(behaviour.path, behaviour.line, 1,
                           f"'{behaviour.full_id()}' ({polarity}, {level}) matches no table item of area '{area}' "
                           f"with that polarity and level in {LEADERSHIP_PROMISE_SOURCE}")
    # Every sentence with "I "/"My ", and every list item, covered by some statement.
    uncovered = []
    for line_number, segment in segment_source(text):
        for sentence in sentences_of(segment):
            candidate = sentence.strip(' “”"*')
            if not re.search(r'(?<![A-Za-z’\'])(I|My) ', candidate):
                continue
            if not any(candidate in quote or candidate.rstrip('.,;:') in quote for quote in quoted):
                uncovered.append((line_number, candidate))
    for area, polarity, level, item, line_number in table_items:
        if not any(item in quote for quote in quoted) and (line_number, item) not in uncovered:
            uncovered.append((line_number, item))
    return uncovered, expected


def count_report(frameworks, expected_items):
    lines = []
    dimensions = sum(len(f.children) for f in frameworks)
    behaviours = [b for f in frameworks for d in f.children for b in d.children]
    lines.append(f'frameworks: {len(frameworks)}   dimensions: {dimensions}   behaviours: {len(behaviours)}')
    for framework in frameworks:
        by_polarity = collections.Counter(b.value('polarity') for d in framework.children for b in d.children)
        lines.append('')
        lines.append(f'{framework.id} ({os.path.basename(framework.path)}): {len(framework.children)} dimensions, '
                     f'{sum(by_polarity.values())} behaviours (support {by_polarity["support"]}, counter {by_polarity["counter"]})')
        shares = framework.value('shares')
        if shares:
            lines.append(f'  shares: {shares}')
        has_levels = any(b.value('level') for d in framework.children for b in d.children)
        for dimension in framework.children:
            counts = collections.Counter((b.value('polarity'), b.value('level')) for b in dimension.children)
            sources = collections.Counter(b.value('source') for b in dimension.children)
            source_text = ', '.join(f'{s[:3]}:{n}' for s, n in sorted(sources.items()) if s)
            if has_levels:
                cells = []
                for polarity in ('support', 'counter'):
                    parts = [str(counts[(polarity, level)]) for level in LEVELS] + [str(counts[(polarity, None)])]
                    cells.append(f'{polarity} ' + '/'.join(parts))
                lines.append(f'  {dimension.id:<28} {dimension.value("kind") or "?":<10} {len(dimension.children):>3}   '
                             f'{"   ".join(cells)}   [{source_text}]')
            else:
                support = counts[('support', None)] + sum(counts[('support', l)] for l in LEVELS)
                counter = counts[('counter', None)] + sum(counts[('counter', l)] for l in LEVELS)
                lines.append(f'  {dimension.id:<28} {dimension.value("kind") or "?":<10} {len(dimension.children):>3}   '
                             f'support {support}, counter {counter}   [{source_text}]')
        if has_levels:
            lines.append('  (support/counter counted as leading-self/leading-others/leading-business/no level)')
            totals = collections.Counter((b.value('polarity'), b.value('level')) for d in framework.children for b in d.children)
            for polarity in ('support', 'counter'):
                parts = ', '.join(f'{level} {totals[(polarity, level)]}' for level in LEVELS)
                lines.append(f'  total {polarity}: {parts}, no level {totals[(polarity, None)]}')
    if expected_items is not None:
        lines.append('')
        lines.append(f'{LEADERSHIP_PROMISE_SOURCE} tables: {sum(expected_items.values())} statements found in the source')
    return lines


def lexicon_paths(arguments, default_folder):
    paths = []
    for argument in arguments or [default_folder]:
        if os.path.isdir(argument):
            paths.extend(sorted(os.path.join(argument, name) for name in os.listdir(argument) if name.endswith('.lexicon')))
        else:
            paths.append(argument)
    return paths


def main(arguments):
    lexicons_folder = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sources_folder = os.path.join(lexicons_folder, 'sources')
    paths = lexicon_paths(arguments, lexicons_folder)
    report = Report()
    frameworks = []
    for path in paths:
        frameworks.extend(parse_lexicon(os.path.relpath(path), report))
    check_structure(frameworks, sources_folder, report)
    sources = check_statements(frameworks, sources_folder, report)
    for name in os.listdir(sources_folder):
        if name == LEADERSHIP_PROMISE_SOURCE and name not in sources:
            with open(os.path.join(sources_folder, name), encoding='utf-8') as handle:
                sources[name] = handle.read()
    uncovered, expected_items = check_leadership_promise(frameworks, sources, sources_folder, report)
    for line_number, sentence in uncovered:
        report.problem(os.path.relpath(os.path.join(sources_folder, LEADERSHIP_PROMISE_SOURCE)), line_number, 1,
                       f'not covered by any statement: "{sentence}"')

    print('\n'.join(count_report(frameworks, expected_items)))
    partial = partial_quotes(frameworks, sources)
    print('')
    print(f'statements quoting part of a source sentence (information, not a problem): {len(partial)}')
    for line in partial:
        print(f'  {line}')
    print('')
    print(f'{LEADERSHIP_PROMISE_SOURCE}: sentences with "I "/"My " and list items not covered by a statement: {len(uncovered)}')
    print('')
    if report.problems:
        print(f'problems: {len(report.problems)}')
        for problem in report.problems:
            print(f'  {problem}')
        return 1
    print('problems: 0')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
