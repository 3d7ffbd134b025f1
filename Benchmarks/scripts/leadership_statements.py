#!/usr/bin/env python3
"""Does every Leadership Promise statement, read as an answer on its own, count for its own behaviour's side?

Usage:
  python3 Benchmarks/scripts/leadership_statements.py [--cvfscan PATH] [--lexicon PATH] [--verbose]

Reads every behaviour of the `wmp-leadership-promise` framework from the lexicon file (default
Lexicons/wmp-leadership-promise.lexicon), writes each `statement:` to its own temporary file and scans them all
in one run of `cvfscan --framework wmp-leadership-promise --lexicons LEXICON --format json` (one report per
file, so each statement is scored alone). A behaviour passes when the statement's own area gets

  - net support (support > counter) for a `support` ("meets expectation") behaviour, and
  - net counter-evidence (counter > support) for a `counter` ("in conflict") behaviour.

This checks that the patterns cover the framework's own phrasing as well as applicants' words: a statement in
conflict is mostly a negation of an expected one ("I do not take responsibility ..."), so it tests the engine's
negation on the support patterns too. Prints the hit rate per area and overall, then every failure with the
area's support and counter and the matches found (--verbose prints the matches of every statement).
Exit status: 0 when at least 95% of the behaviours pass, 1 otherwise, 2 when cvfscan could not be run.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

FRAMEWORK = "wmp-leadership-promise"
PASS_RATE = 0.95


def read_behaviours(path):
    """(area, behaviour id, polarity, statement) for every behaviour of the framework, in file order."""
    behaviours = []
    framework = area = current = None
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("framework "):
                framework = line.split()[1]
                area = current = None
            elif line.startswith("dimension "):
                area = line.split()[1]
                current = None
            elif line.startswith(("behaviour ", "behavior ")):
                current = {"area": area, "id": line.split()[1], "polarity": None, "statement": None}
                if framework == FRAMEWORK:
                    behaviours.append(current)
            elif current is not None and ":" in line:
                key, value = line.split(":", 1)
                if key in ("statement", "polarity"):
                    current[key] = value.strip()
    return behaviours


def describe(match):
    flags = []
    if match.get("negated"):
        flags.append("negated")
    for key in ("agent", "modality"):
        if match.get(key) not in (None, "self", "actual"):
            flags.append(str(match.get(key)))
    extra = f" [{', '.join(flags)}]" if flags else ""
    dimension = match.get("dimension", "").split("/")[-1]
    return (f"{dimension}/{match.get('behaviour', '').split('/')[-1]} {match.get('polarity')} "
            f"'{match.get('text')}' <- {match.get('pattern')}{extra}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cvfscan", default=".build/debug/cvfscan", help="the cvfscan binary to run")
    parser.add_argument("--lexicon", default="Lexicons/wmp-leadership-promise.lexicon",
                        help="the Leadership Promise lexicon file (loaded with --lexicons)")
    parser.add_argument("--verbose", action="store_true", help="print the matches of every statement")
    args = parser.parse_args()

    behaviours = read_behaviours(args.lexicon)
    if not behaviours:
        print(f"no {FRAMEWORK} behaviours in {args.lexicon}", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, behaviour in enumerate(behaviours):
            path = os.path.join(folder, f"{index:04d}.txt")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(behaviour["statement"] + "\n")
            paths.append(path)
        command = [args.cvfscan, "--framework", FRAMEWORK, "--lexicons", args.lexicon, "--format", "json"] + paths
        try:
            result = subprocess.run(command, capture_output=True, text=True)
        except OSError as error:
            print(f"could not run {args.cvfscan}: {error}", file=sys.stderr)
            return 2
        if result.returncode != 0:
            print(f"{args.cvfscan} exited with {result.returncode}:\n{result.stderr}", file=sys.stderr)
            return 2
        reports = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]

    if len(reports) != len(behaviours):
        print(f"expected {len(behaviours)} reports, got {len(reports)}", file=sys.stderr)
        return 2

    per_area = {}
    failures = []
    for behaviour, report in zip(behaviours, reports):
        dimension_id = f"{FRAMEWORK}/{behaviour['area']}"
        dimension = next((d for d in report["dimensions"] if d["id"] == dimension_id), None)
        support = dimension["support"] if dimension else 0
        counter = dimension["counter"] if dimension else 0
        if behaviour["polarity"] == "support":
            passed = support > counter
        else:
            passed = counter > support
        tally = per_area.setdefault(behaviour["area"], [0, 0])
        tally[0] += passed
        tally[1] += 1
        matches = [m for m in report.get("matches", []) if m.get("role") != "vocabulary" or args.verbose]
        if not passed or args.verbose:
            mark = "ok  " if passed else "FAIL"
            print(f"{mark} {behaviour['area']}/{behaviour['id']} ({behaviour['polarity']}) "
                  f"support {support:.2f} counter {counter:.2f}")
            print(f"     {behaviour['statement']}")
            for match in matches:
                print(f"       {describe(match)}")
        if not passed:
            failures.append(behaviour)

    print()
    total = sum(t[1] for t in per_area.values())
    passed_total = sum(t[0] for t in per_area.values())
    for area, (passed, count) in per_area.items():
        print(f"{area:28} {passed:3}/{count:3}")
    rate = passed_total / total
    print(f"{'all':28} {passed_total:3}/{total:3}  hit rate {100 * rate:.1f}%  failures {len(failures)}")
    return 0 if rate >= PASS_RATE else 1


if __name__ == "__main__":
    sys.exit(main())
