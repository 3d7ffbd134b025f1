#!/usr/bin/env python3
"""Times cvfscan and the reference tools on the same corpus in one run and prints MB/s and ratios.

Usage (Benchmarks/compare.sh runs it):
  compare.py --cvfscan BINARY [--benchmarks BINARY --megabytes N] --corpus CORPUS.jsonl --phrases PHRASES.txt
             [--tools NAME,...] [--repeats N] [--markdown]

cvfscan runs as a user would run it: `cvfscan batch CORPUS.jsonl --framework all --format jsonl --jobs 1 -o
/dev/null`, so its time includes start-up, reading and parsing the JSON Lines, every built-in framework, context,
scoring and writing a JSON report per answer. With --benchmarks, the engine alone is timed too, in process, on the
same generated text (cvfscan-benchmarks --engine-rates: scan and score, with and without writing JSON). The
reference tools get the answers already decoded into Python strings, and only their matching is timed (set-up,
such as building an automaton, is reported apart). Rates are MB of answer text (UTF-8) per CPU second, so a busy
machine slows the figures less; wall-clock rates are shown beside them.
"""
import argparse
import importlib.metadata
import json
import os
import resource
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_tools  # noqa: E402

TARGETS = {"pyahocorasick": 5.0, "FlashText": 20.0}


def load_corpus(path):
    texts = []
    with open(path, encoding="utf-8") as corpus:
        for line in corpus:
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def best_of(repeats, body):
    """The fastest of `repeats` runs (wall, CPU seconds of this process), and the body's last result."""
    best_wall = best_cpu = float("inf")
    result = None
    for _ in range(repeats):
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        result = body()
        best_wall = min(best_wall, time.perf_counter() - start_wall)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    return best_wall, best_cpu, result


def time_cvfscan(binary, corpus, repeats):
    """Runs `cvfscan batch` over the JSON Lines corpus on one thread; CPU time is the child's user + system time.

    One untimed run first fills cvfscan's cache of compiled lexicons (CVFSCAN_CACHE_DIR, set by compare.sh), as
    any run after a user's first finds it.
    """
    command = [binary, "batch", corpus, "--framework", "all", "--format", "jsonl", "--jobs", "1", "--output", os.devnull]
    best_wall = best_cpu = float("inf")
    for run in range(repeats + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        completed = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if completed.returncode != 0:
            sys.exit(f"compare.py: {' '.join(command)} failed ({completed.returncode}): {completed.stderr.decode(errors='replace')}")
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if run > 0:
            best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
    return best_wall, best_cpu


def engine_rates(benchmarks, megabytes):
    """The engine in process (cvfscan-benchmarks --engine-rates): CPU MB/s of scan + score, and of scan, score and
    JSON, on the same generated corpus (same seed and size as the corpus file)."""
    command = [benchmarks, "--engine-rates", "--corpus-megabytes", str(megabytes)]
    completed = subprocess.run(command, capture_output=True, text=True)
    if completed.returncode != 0:
        sys.exit(f"compare.py: {' '.join(command)} failed ({completed.returncode}): {completed.stderr}")
    rates = dict(line.split() for line in completed.stdout.splitlines() if line.strip())
    return float(rates["scan+score"]), float(rates["end-to-end"])


def table(headers, rows, markdown, right=()):
    """Rows as an aligned text table, or as a Markdown table."""
    cells = [[str(cell) for cell in row] for row in rows]
    if markdown:
        lines = ["| " + " | ".join(headers) + " |",
                 "| " + " | ".join("---:" if index in right else "---" for index in range(len(headers))) + " |"]
        lines += ["| " + " | ".join(row) + " |" for row in cells]
        return "\n".join(lines)
    widths = [max([len(headers[index])] + [len(row[index]) for row in cells]) for index in range(len(headers))]

    def line(row):
        return "  ".join(cell.rjust(widths[index]) if index in right else cell.ljust(widths[index])
                         for index, cell in enumerate(row)).rstrip()

    return "\n".join([line(headers), "-" * (sum(widths) + 2 * (len(widths) - 1))] + [line(row) for row in cells])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cvfscan", required=True, help="the release cvfscan binary")
    parser.add_argument("--benchmarks", help="the release cvfscan-benchmarks binary (adds the engine's in-process rates)")
    parser.add_argument("--megabytes", type=float, default=20, help="the corpus size given to cvfscan-benchmarks")
    parser.add_argument("--corpus", required=True, help="JSON Lines corpus ({\"id\", \"text\"} per line)")
    parser.add_argument("--phrases", required=True, help="phrase list, one per line")
    parser.add_argument("--tools", default=",".join(reference_tools.TOOLS), help="comma-separated tools to time")
    parser.add_argument("--repeats", type=int, default=3, help="runs per tool, fastest kept (VADER runs once)")
    parser.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    arguments = parser.parse_args()

    texts = load_corpus(arguments.corpus)
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    with open(arguments.phrases, encoding="utf-8") as phrase_file:
        phrases = [line.strip() for line in phrase_file if line.strip()]
    bullet = "- " if arguments.markdown else ""
    print(f"{bullet}corpus: {len(texts)} answers, {megabytes:.1f} MB of text; {len(phrases)} phrases")

    rows = []
    # cvfscan's rates, each compared with every tool: the whole command, and the engine alone (in process).
    cvfscan_rates = []
    wall, cpu = time_cvfscan(arguments.cvfscan, arguments.corpus, arguments.repeats)
    rows.append(["cvfscan batch --jobs 1 (all frameworks, JSON Lines in and out)", "", f"{megabytes / cpu:.1f}",
                 f"{megabytes / wall:.1f}", ""])
    cvfscan_rates.append(("cvfscan batch (whole command)", megabytes / cpu))
    print(f"  cvfscan batch: {megabytes / cpu:.1f} MB/s", file=sys.stderr)
    if arguments.benchmarks:
        scan, end_to_end = engine_rates(arguments.benchmarks, arguments.megabytes)
        rows.append(["cvfscan engine in process: scan, score, JSON", "", f"{end_to_end:.1f}", "", ""])
        rows.append(["cvfscan engine in process: scan, score", "", f"{scan:.1f}", "", ""])
        cvfscan_rates.insert(0, ("cvfscan engine: scan, score, JSON", end_to_end))
        print(f"  cvfscan engine: {end_to_end:.1f} MB/s end to end, {scan:.1f} MB/s scan + score", file=sys.stderr)

    rates = {}
    for name in arguments.tools.split(","):
        factory, package = reference_tools.TOOLS[name]
        start = time.perf_counter()
        run = factory(phrases)
        setup = time.perf_counter() - start
        repeats = 1 if name == "VADER" else arguments.repeats
        wall, cpu, matches = best_of(repeats, lambda: run(texts))
        version = importlib.metadata.version(package)
        rows.append([f"{name} {version}", f"{setup:.2f}", f"{megabytes / cpu:.1f}", f"{megabytes / wall:.1f}", str(matches)])
        rates[name] = megabytes / cpu
        print(f"  {name}: {megabytes / cpu:.1f} MB/s", file=sys.stderr)

    print()
    print(table(["tool", "set-up (s)", "MB/s (CPU)", "MB/s (wall)", "matches"], rows, arguments.markdown, right=(1, 2, 3, 4)))
    print()
    print("(matches: phrase matches found; for VADER, answers with a non-zero compound score. cvfscan's engine rates "
          "are of the same generated text, in process.)")
    print()
    headers = ["ratio"] + [label for label, _ in cvfscan_rates] + ["target"]
    ratio_rows = []
    for name, rate in rates.items():
        target = TARGETS.get(name)
        row = [f"cvfscan / {name}"]
        for _, cvfscan_rate in cvfscan_rates:
            ratio = cvfscan_rate / rate
            verdict = "" if target is None else (" met" if ratio >= target else (" **missed**" if arguments.markdown else " MISSED"))
            row.append(f"{ratio:.2f}×{verdict}")
        row.append("" if target is None else f"≥ {target:.0f}×")
        ratio_rows.append(row)
    print(table(headers, ratio_rows, arguments.markdown, right=tuple(range(1, len(cvfscan_rates) + 1))))


if __name__ == "__main__":
    main()
