#!/usr/bin/env python3
"""Generate Lexicons/spelling-variants.txt: American (and other non-British) spellings -> British spelling.

cvfscan looks every word up in this table (after word-forms.txt, before Snowball stemming) so that an applicant
who writes "organized", "behavior" or "counseling" matches a lexicon pattern written "organised", "behaviour" or
"counselling". Snowball English does not unify these (organize -> organ, organise -> organis), so the table holds
full word forms, every inflection and derivation the word lists know.

How pairs are found
    Input: the Debian word lists wamerican, wamerican-large, wbritish and wbritish-large (/usr/share/dict).
    A word is "American-only" when an American list has it in lower case (or, for -ize/-yze derivatives of
    proper names such as Americanize, capitalised) and no British list has it in lower case. Transformation
    rules (ize->ise, yze->yse, or->our, er->re, l->ll, ll->l, og->ogue, ense->ence, e->ae/oe, o->ou, dgment->
    dgement) are applied once or twice to every American-only word; a result that a British list has is its
    British form. Requiring the American form to be absent from the British lists is what keeps out pairs that
    would conflate different words (meter/metre, prize/prise, tire/tyre...): a word a British writer also uses
    is only mapped when ALSO_BRITISH_SAME_WORD below says it is the same word.
    Curated lists below add pairs no rule finds (gray -> grey, plow -> plough), words too new for the lists
    (deprioritize), and remove false pairs the rules produce (EXCLUDE_FALSE_PAIRS, NEVER_MAP). All lists are
    data in this file, so the output is reproducible byte for byte from the same word-list version.

Usage
    apt-get install wamerican wamerican-large wbritish wbritish-large
    python3 Lexicons/tools/generate_spelling_variants.py            # rewrite Lexicons/spelling-variants.txt
    python3 Lexicons/tools/generate_spelling_variants.py --check    # exit 1 if the committed file is stale
    python3 Lexicons/tools/generate_spelling_variants.py --explain  # also print each pair's rule to stderr
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

LEXICONS = Path(__file__).resolve().parent.parent
OUTPUT = LEXICONS / "spelling-variants.txt"
DICT_DIR = Path("/usr/share/dict")
AMERICAN_LISTS = ("american-english", "american-english-large")
BRITISH_LISTS = ("british-english", "british-english-large")
PACKAGES = ("wamerican", "wamerican-large", "wbritish", "wbritish-large")

WORD = re.compile(r"[a-z]+(?:'s)?")
CONSONANT = "[bcdfghjklmnpqrstvwxz]"
IZE_DERIVATIVE = re.compile(r"[iy]z(?:e|es|ed|ing|ation|ations|er|ers)(?:'s)?$")

# (name, pattern, replacement, british_form_may_be_american_too)
# A rule whose last field is False is loose (it could turn one word into an unrelated one), so its result must be
# a British-only word: that admits anaemia, oedema, mould and rejects art (from ert) or bells (from bels).
RULES: tuple[tuple[str, str, str, bool], ...] = (
    ("ize>ise", r"iz", "is", True),
    ("yze>yse", r"yz", "ys", True),
    # colour, behaviour; two letters before "or" keeps out borage/bourage, forb/fourb, porer/pourer
    ("or>our", r"(?<=[a-z]{2})or", "our", True),
    # centre, centres, centre's; centred; centring
    ("er>re", r"(?<=" + CONSONANT + r")er(?=(?:s|'s)?$)", "re", True),
    ("ered>red", r"(?<=" + CONSONANT + r")ere(?=d$)", "re", True),
    ("ering>ring", r"(?<=" + CONSONANT + r")eri(?=ngs?$)", "ri", True),
    # travelled, counsellor, jewellery-style doubling before a suffix vowel
    ("l>ll", r"(?<=[aeiou])l(?=[eio])", "ll", True),
    # enrol, enrols, enrolment, fulfil, skilful, wilful
    ("ll>l", r"ll(?=(?:ment|ments|ful|s|'s)?$)", "l", True),
    ("llful>lful", r"llful", "lful", True),
    ("og>ogue", r"og(?=(?:s|'s)?$)", "ogue", True),
    ("og>ogu", r"og(?=(?:ed|ing|er|ers|er's)$)", "ogu", True),
    ("ense>ence", r"ense", "ence", True),
    ("dgment>dgement", r"dgment", "dgement", True),
    # anaemia, paediatric, oedema, oestrogen: an "e" after a consonant with two letters still to come
    ("e>ae", r"(?<=" + CONSONANT + r")e(?=[a-z]{2})|^e(?=[a-z]{2})", "ae", False),
    ("e>oe", r"(?<=" + CONSONANT + r")e(?=[a-z]{2})|^e(?=[a-z]{2})", "oe", False),
    ("o>ou", r"o(?=l[dt])", "ou", False),
)

# -er words whose British -re form is known; compounds and derivatives that start with one of them
# (centerpiece, fiberglass, meagerly, theatergoer) take the British form of that part.
COMPOUND_RULE = "compound"

# American words a British list also has in lower case, where both spellings are the same word, so mapping them
# is safe. Each takes the British form the rules give (the rule is printed by --explain).
ALSO_BRITISH_SAME_WORD: tuple[str, ...] = tuple(sorted("""
    abridgment abridgments adjudgment analog analogs anaesthetize anaesthetized
    anaesthetizes anaesthetizing caliper calipered calipering calipers
    dialog dislodgment dislodgments eviler evilest fetation feticide feticides fetid groveled groveling
    homeopath homeopathic homeopathically homeopathist homeopaths homeopathy hosteled hosteling instill instills
    ionizer ionizers judgment judgmental judgments lateraled lateraling lodgment lodgments
    loyaler loyalest marshaler merchandize merchandized merchandizes merchandizing misjudgment misjudgments
    paralleled paralleling partizan partizans precanceled precanceling prejudgment prejudgments surprize
    synagog synagogs synthesizer synthesizers tranquiler tranquilest tranquility uncataloged untraveled
    vaporware vizor vizors woolier woolies wooliest wooliness
""".split()))

# American words that no rule covers or that are too recent for the word lists, with their British form.
# The British form must be in a British list unless the word is marked "new" (then only the format is checked).
EXTRA_PAIRS: tuple[tuple[str, str], ...] = tuple(sorted({
    # no rule: irregular changes
    ("airplane", "aeroplane"), ("airplanes", "aeroplanes"),
    ("aluminum", "aluminium"),
    ("anemia", "anaemia"), ("anemic", "anaemic"),
    ("anesthesia", "anaesthesia"), ("anesthetic", "anaesthetic"), ("anesthetics", "anaesthetics"),
    ("anesthetist", "anaesthetist"), ("anesthetists", "anaesthetists"),
    ("artifact", "artefact"), ("artifacts", "artefacts"),
    ("ax", "axe"),
    ("cozier", "cosier"), ("cozies", "cosies"), ("coziest", "cosiest"), ("cozily", "cosily"),
    ("coziness", "cosiness"), ("cozy", "cosy"),
    ("diarrhea", "diarrhoea"),
    ("donut", "doughnut"), ("donuts", "doughnuts"),
    ("esthetic", "aesthetic"), ("esthetics", "aesthetics"),
    ("gray", "grey"), ("grayed", "greyed"), ("grayer", "greyer"), ("grayest", "greyest"),
    ("graying", "greying"), ("grayish", "greyish"), ("grayness", "greyness"), ("grays", "greys"),
    ("hemoglobin", "haemoglobin"), ("hemophilia", "haemophilia"), ("hemorrhage", "haemorrhage"),
    ("hemorrhaged", "haemorrhaged"), ("hemorrhages", "haemorrhages"), ("hemorrhaging", "haemorrhaging"),
    ("jewelry", "jewellery"),
    ("maneuverability", "manoeuvrability"), ("maneuverable", "manoeuvrable"),
    ("kidnaped", "kidnapped"), ("kidnaper", "kidnapper"), ("kidnapers", "kidnappers"), ("kidnaping", "kidnapping"),
    ("mustache", "moustache"), ("mustached", "moustached"), ("mustaches", "moustaches"),
    ("omelet", "omelette"), ("omelets", "omelettes"),
    ("orthopedic", "orthopaedic"), ("orthopedics", "orthopaedics"),
    ("pajamas", "pyjamas"),
    ("plow", "plough"), ("plowed", "ploughed"), ("plowing", "ploughing"), ("plowman", "ploughman"),
    ("plows", "ploughs"), ("snowplow", "snowplough"), ("snowplows", "snowploughs"),
    ("program", "programme"), ("programs", "programmes"),
    ("skeptic", "sceptic"), ("skeptical", "sceptical"), ("skeptically", "sceptically"),
    ("skepticism", "scepticism"), ("skeptics", "sceptics"),
    ("specialties", "specialities"), ("specialty", "speciality"),
    ("sulfate", "sulphate"), ("sulfates", "sulphates"), ("sulfide", "sulphide"), ("sulfur", "sulphur"),
    ("sulfuric", "sulphuric"), ("sulfurous", "sulphurous"),
    ("tidbit", "titbit"), ("tidbits", "titbits"),
    ("worshiped", "worshipped"), ("worshiper", "worshipper"), ("worshipers", "worshippers"),
    ("worshiping", "worshipping"),
    # British writers use both; unify on the commoner form so patterns need only one
    ("amongst", "among"), ("benefitted", "benefited"), ("benefitting", "benefiting"), ("biassed", "biased"),
    ("focussed", "focused"), ("focusses", "focuses"), ("focussing", "focusing"), ("whilst", "while"),
}))

# British noun/verb pairs spelt apart (licence/license, practice/practise). Snowball stems them apart
# (licenc/licens, practic/practis), so noun and verb would not meet as they do for every other word, and the
# American spellings (license as a noun, practiced) would meet only one of them. Each family meets on the
# spelling that most of its forms share: licens- (licensed, licensing, licensee, unlicensed are British too)
# and practic- (practice, practical). This is the one place the table maps British spellings away from
# themselves, on purpose; the canonical form only has to be in a British or American list.
UNIFY_PAIRS: tuple[tuple[str, str], ...] = (
    ("licence", "license"), ("licenced", "licensed"), ("licences", "licenses"), ("licencing", "licensing"),
    ("practise", "practice"), ("practised", "practiced"), ("practises", "practices"), ("practising", "practicing"),
)

# -ize words whose British form is missing from the word lists (too recent) but frequent in policing and HR
# writing; each takes the ize>ise rule.
NEW_IZE_WORDS: tuple[str, ...] = tuple(sorted("""
    deprioritization deprioritize deprioritized deprioritizes deprioritizing
    deradicalization deradicalize deradicalized deradicalizes deradicalizing
    incentivized incentivizes incentivizing
    operationalization operationalize operationalized operationalizes operationalizing
    reprioritization reprioritize reprioritized reprioritizes reprioritizing
    retraumatization retraumatize retraumatized retraumatizes retraumatizing
    sexualization sexualize sexualized sexualizes sexualizing
    strategize strategized strategizes strategizing
    weaponization weaponize weaponized weaponizes weaponizing
""".split()))

# American words the rules pair with a different British word (or with no real British spelling of the same word).
# The generator fails if one of these no longer comes out of the rules, so the list cannot go stale. An entry
# also removes the word's possessive.
EXCLUDE_FALSE_PAIRS: dict[str, str] = {
    "amorist": "amourist is not the British spelling of amorist",
    "amorists": "amourist is not the British spelling of amorist",
    "apprize": "apprize (to value) is not apprise (to inform)",
    "apprized": "apprize (to value) is not apprise (to inform)",
    "apprizes": "apprize (to value) is not apprise (to inform)",
    "apprizing": "apprize (to value) is not apprise (to inform)",
    "attemper": "attempre is not a British spelling of attemper",
    "bels": "bels (units) is not baels",
    "cenacle": "British writers use cenacle too",
    "deva": "deva (Hindu deity) is not daeva",
    "ecus": "ECUs (currency) is not oecus",
    "erogenic": "erogenic is not aerogenic",
    "erose": "erose (uneven-edged) is not aerose",
    "ger": "ger (a yurt) is not gre",
    "gluteus": "British anatomy also writes gluteus",
    "heredes": "Latin plural, not a spelling variant",
    "lesses": "lesses is not loesses",
    "longevous": "archaic; longaevous is not the British norm",
    "license's": "the licence family meets on license (see UNIFY_PAIRS), so license's stays",
    "maters": "maters (mothers) is not matres",
    "pandora": "Pandora (a name) is not pandoura",
    "phenology": "British science also writes phenology",
    "popliteal": "British anatomy writes popliteal",
    "prefectorial": "British writers use prefectorial",
    "premaxilla": "British anatomy writes premaxilla",
    "premial": "premial (of a reward) is not proemial (introductory)",
    "prized": "prized (valued) is not prised (levered open)",
    "prizing": "prizing (valuing) is not prising (levering open)",
    "seizable": "seize is the British spelling; seise is a legal term",
    "seizer": "seize is the British spelling; seise is a legal term",
    "seizers": "seize is the British spelling; seise is a legal term",
    "seta": "seta (a bristle) is not saeta",
    "stentor": "stentor is not stentour",
    "stentors": "stentor is not stentour",
    "stor": "not a word pair",
    "tels": "tels (mounds) is not taels",
    "wizen": "wizen (to wither) is not wisen",
}

# Classic American/British pairs whose "American" form is an everyday British word with another meaning. No rule
# produces most of them today (the American form is in the British lists); they are listed so that no future rule
# or include can bring them in.
NEVER_MAP: dict[str, str] = {
    "check": "cheque is only the bank sense; check is an everyday British word",
    "curb": "kerb is only the pavement edge; curb (restrain) is British too",
    "disk": "British computing writes disk; disc is the other sense",
    "draft": "draught is only the air current or drink sense; draft is British too",
    "gage": "gage (a pledge, greengage) is not gauge",
    "inquiry": "British English keeps both inquiry (formal investigation) and enquiry",
    "install": "install is the British spelling; instal is rare",
    "meter": "meter (a measuring device: gas meter) is British too; metre is only the unit",
    "meters": "meter (a measuring device: gas meter) is British too; metre is only the unit",
    "micrometer": "micrometer is also the measuring instrument",
    "micrometers": "micrometer is also the measuring instrument",
    "prize": "prise (lever open) is a different British word",
    "prizes": "prise (lever open) is a different British word",
    "seize": "seise is a legal term; seize is British",
    "story": "storey is only the floor of a building",
    "tire": "tire (become tired) is British too; tyre is only the wheel",
    "tires": "tire (become tired) is British too; tyre is only the wheel",
    "vise": "vise (a clamp) reads as vice (wrongdoing) to a British reader",
}


def load(names: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """Return (lower-case entries, lower-cased capitalised entries) of the given lists, ASCII words only."""
    lower: set[str] = set()
    capitalised: set[str] = set()
    for name in names:
        path = DICT_DIR / name
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            sys.exit(f"cannot read {path} ({error.strerror}); install the word lists: "
                     f"apt-get install {' '.join(PACKAGES)}")
        for line in text.splitlines():
            word = line.strip()
            folded = word.lower()
            if not WORD.fullmatch(folded):
                continue
            (lower if word == folded else capitalised).add(folded)
    return lower, capitalised


def package_versions() -> str:
    versions = []
    for package in PACKAGES:
        try:
            result = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                                    capture_output=True, text=True, check=False)
            version = result.stdout.strip() if result.returncode == 0 else "not installed"
        except OSError:
            version = "unknown"
        versions.append(f"{package} {version}")
    return ", ".join(versions)


def apply_rules_once(word: str) -> list[tuple[str, str, bool]]:
    results = []
    for name, pattern, replacement, strict_free in RULES:
        for match in re.finditer(pattern, word):
            results.append((word[:match.start()] + replacement + word[match.end():], name, strict_free))
    return results


def candidates(word: str) -> dict[str, tuple[int, str, bool]]:
    """British candidates of `word` reachable with one or two rule applications: form -> (steps, rules, loose-free)."""
    found: dict[str, tuple[int, str, bool]] = {}
    for first, first_name, first_free in apply_rules_once(word):
        found.setdefault(first, (1, first_name, first_free))
        for second, second_name, second_free in apply_rules_once(first):
            key = (2, f"{first_name}+{second_name}", first_free and second_free)
            if second not in found or found[second][0] > 1:
                found.setdefault(second, key)
    return found


def best_british_form(word: str, british: set[str], american: set[str]) -> tuple[str, str] | None:
    options = []
    for form, (steps, rules, loose_free) in candidates(word).items():
        if form == word or form not in british:
            continue
        if not loose_free and form in american:
            continue
        # fewest rules first, then a form with no -ize left in it, then a British-only form, then alphabetical
        options.append(((steps, "iz" in form or "yz" in form, form in american, form), form, rules))
    if not options:
        return None
    options.sort()
    return options[0][1], options[0][2]


def generate() -> tuple[dict[str, str], dict[str, str]]:
    """Return (variant -> British form, variant -> provenance)."""
    american_lower, american_capitalised = load(AMERICAN_LISTS)
    british_lower, british_capitalised = load(BRITISH_LISTS)
    british_any = british_lower | british_capitalised
    american_any = american_lower | american_capitalised

    # Capitalised-only American words are proper names; only their -ize/-yze derivatives (Americanize) are wanted.
    american_only = {word for word in american_lower if word not in british_lower}
    american_only |= {word for word in american_capitalised - american_lower
                      if IZE_DERIVATIVE.search(word) and word not in british_any}

    pairs: dict[str, str] = {}
    provenance: dict[str, str] = {}
    problems: list[str] = []
    excluded_seen: set[str] = set()

    def add(variant: str, british_form: str, why: str) -> None:
        if variant in provenance:
            problems.append(f"'{variant}' is listed twice ({provenance[variant]}; {why}); keep one")
            return
        for key in (variant, variant.removesuffix("'s")):
            reason = EXCLUDE_FALSE_PAIRS.get(key) or NEVER_MAP.get(key)
            if reason is not None:
                provenance[variant] = f"EXCLUDED ({reason}): would map to {british_form} by {why}"
                excluded_seen.add(key)
                return
        pairs[variant] = british_form
        provenance[variant] = why

    for word in sorted(american_only):
        best = best_british_form(word, british_any, american_any)
        if best is not None:
            add(word, best[0], best[1])

    for word in ALSO_BRITISH_SAME_WORD:
        if word not in american_any or word not in british_lower:
            sys.exit(f"ALSO_BRITISH_SAME_WORD: '{word}' is no longer in both lists; remove it")
        best = best_british_form(word, british_any, american_any)
        if best is None:
            sys.exit(f"ALSO_BRITISH_SAME_WORD: no rule gives a British form of '{word}'")
        add(word, best[0], best[1] + " (also British, same word)")

    for word in NEW_IZE_WORDS:
        if word.replace("iz", "is") in british_any:
            sys.exit(f"NEW_IZE_WORDS: the British form of '{word}' is now in the word lists; remove it")
        add(word, word.replace("iz", "is"), "ize>ise (word newer than the lists)")

    for variant, british_form in EXTRA_PAIRS:
        if british_form not in british_any:
            sys.exit(f"EXTRA_PAIRS: British form '{british_form}' (of '{variant}') is not in a British list")
        add(variant, british_form, "curated pair")

    for variant, canonical in UNIFY_PAIRS:
        if canonical not in british_any | american_any:
            sys.exit(f"UNIFY_PAIRS: '{canonical}' (of '{variant}') is in no word list")
        add(variant, canonical, "noun/verb family unified")

    # Compounds and derivatives of -er/-re words: centerpiece -> centrepiece, meagerly -> meagrely.
    er_words = {variant: british_form for variant, british_form in pairs.items()
                if variant.endswith("er") and british_form == variant[:-2] + "re"}
    for word in sorted(american_only - set(pairs)):
        for prefix in sorted(er_words, key=len, reverse=True):
            if word.startswith(prefix) and len(word) > len(prefix):
                british_form = er_words[prefix] + word[len(prefix):]
                if british_form in british_any and british_form not in american_any:
                    add(word, british_form, f"{COMPOUND_RULE} of {prefix}")
                break

    # Possessives follow their word when the lists only have one side's possessive.
    for variant, british_form in list(pairs.items()):
        if not variant.endswith("'s") and variant + "'s" in american_any and variant + "'s" not in pairs:
            if variant + "'s" not in british_lower:
                add(variant + "'s", british_form + "'s", "possessive of " + variant)

    for word in sorted(set(EXCLUDE_FALSE_PAIRS) - excluded_seen):
        problems.append(f"EXCLUDE_FALSE_PAIRS: the rules no longer pair '{word}'; remove it")
    if problems:
        sys.exit("\n".join(problems))
    resolve_chains(pairs, provenance)
    return pairs, provenance


def resolve_chains(pairs: dict[str, str], provenance: dict[str, str]) -> None:
    """Point every variant at the end of its chain so one lookup suffices; a loop is a bug in the curated lists."""
    for variant in sorted(pairs):
        seen = {variant}
        target = pairs[variant]
        while target in pairs:
            if target in seen:
                sys.exit(f"loop in spelling variants through '{variant}' and '{target}'")
            seen.add(target)
            target = pairs[target]
        if target != pairs[variant]:
            provenance[variant] += f" (chain resolved: {pairs[variant]} -> {target})"
            pairs[variant] = target


def render(pairs: dict[str, str]) -> str:
    lines = [
        "# spelling-variants.txt: American and other non-British spellings -> British spelling.",
        "#",
        "# cvfscan folds case, accents and apostrophes, looks a word up in word-forms.txt, then here, then stems it",
        "# (Snowball English). Lexicon patterns and applicant answers take the same steps, so an answer that says",
        "# \"organized\", \"behavior\" or \"counseling\" matches a pattern written \"organised\", \"behaviour\",",
        "# \"counselling\". Every inflection and derivation is listed because Snowball does not unify them",
        "# (organize -> organ, organise -> organis). Exceptions, so that noun and verb meet under one stem as",
        "# they do for other words: licence -> license and practise -> practice (and their forms). British",
        "# doublets are unified too: whilst -> while, amongst -> among, focussed -> focused, benefitted ->",
        "# benefited, biassed -> biased.",
        "#",
        "# Generated by Lexicons/tools/generate_spelling_variants.py from the Debian word lists",
        f"# {package_versions()}",
        "# by spelling rules (ize/ise, yze/yse, or/our, er/re, l/ll, og/ogue, ense/ence, e/ae, e/oe, o/ou,",
        "# dgment/dgement), keeping a pair only when the American form is in no British list, plus the script's",
        "# curated include and exclude lists. Do not edit by hand: change the script and regenerate:",
        "#     python3 Lexicons/tools/generate_spelling_variants.py",
        "#     python3 Lexicons/tools/check_word_forms.py",
        "#",
        "# Format: one 'variant canonical' pair per line, sorted by variant (byte order); '#' starts a comment.",
        "",
    ]
    lines += [f"{variant} {pairs[variant]}" for variant in sorted(pairs)]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file differs from the output")
    parser.add_argument("--explain", action="store_true", help="print each pair's provenance to stderr")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="file to write or check")
    arguments = parser.parse_args()

    pairs, provenance = generate()
    if arguments.explain:
        for variant in sorted(provenance):
            target = pairs.get(variant, "-")
            print(f"{variant}\t{target}\t{provenance[variant]}", file=sys.stderr)
    text = render(pairs)
    if arguments.check:
        try:
            current = arguments.output.read_text(encoding="utf-8")
        except OSError as error:
            print(f"{arguments.output}: cannot read ({error.strerror})", file=sys.stderr)
            return 1
        if current != text:
            print(f"{arguments.output} is not what the generator makes; rerun "
                  "python3 Lexicons/tools/generate_spelling_variants.py", file=sys.stderr)
            return 1
        print(f"{arguments.output}: up to date ({len(pairs)} pairs)")
        return 0
    arguments.output.write_text(text, encoding="utf-8")
    print(f"wrote {arguments.output} ({len(pairs)} pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
