#!/usr/bin/env python3
"""How far cvfscan's scores agree with a rated corpus, per dimension.

Usage:
  python3 Benchmarks/scripts/corpus_agreement.py [CORPUS.jsonl] [--cvfscan PATH] [--lexicons PATH]...
                                                  [--dimension ID] [--show N]

Runs `cvfscan --format json` on every record's text (one process per record, so it works with any build) and
prints, per cvf dimension: Spearman's rho between score and the 0-3 rating, how many strong answers (rating 3)
and good-or-better answers (rating >= 2) have that dimension among their top three scores, mean score per rating,
and with --show N the N largest disagreements. Default corpus: Benchmarks/corpus/development.jsonl.
The held-out corpus (holdout.jsonl) is for measuring only: never tune lexicons against it.
"""
import argparse
import json
import subprocess
import sys
from collections import defaultdict

DIMENSIONS = ["cvf/emotionally-aware", "cvf/take-ownership", "cvf/collaborative", "cvf/deliver-support-inspire",
              "cvf/analyse-critically", "cvf/innovative-open-minded", "cvf/courage", "cvf/respect-empathy",
              "cvf/public-service"]


def spearman(xs, ys):
    def ranks(values):
        order = sorted(range(len(values)), key=lambda i: values[i])
        result = [0.0] * len(values)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
                j += 1
            for k in range(i, j + 1):
                result[order[k]] = (i + j) / 2 + 1
            i = j + 1
        return result
    rx, ry = ranks(xs), ranks(ys)
    n = len(xs)
    mx, my = sum(rx) / n, sum(ry) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    sxx = sum((a - mx) ** 2 for a in rx)
    syy = sum((b - my) ** 2 for b in ry)
    return sxy / (sxx * syy) ** 0.5 if sxx > 0 and syy > 0 else float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default="Benchmarks/corpus/development.jsonl")
    parser.add_argument("--cvfscan", default=".build/debug/cvfscan")
    parser.add_argument("--lexicons", action="append", default=[])
    parser.add_argument("--dimension")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()

    records = [json.loads(line) for line in open(args.corpus, encoding="utf-8") if line.strip()]
    command = [args.cvfscan, "--format", "json"]
    for path in args.lexicons:
        command += ["--lexicons", path]
    scores = []
    for record in records:
        result = subprocess.run(command, input=record["text"].encode(), capture_output=True)
        if result.returncode != 0:
            sys.exit(f"cvfscan failed on {record['id']}: {result.stderr.decode()}")
        report = json.loads(result.stdout)
        scores.append({d["id"]: d["score"] for d in report["dimensions"]})

    dimensions = [args.dimension] if args.dimension else DIMENSIONS
    print(f"{'dimension':32} {'rho':>6} {'top3 (3)':>9} {'top3 (>=2)':>11}   mean score by rating 0/1/2/3")
    rhos = []
    for dimension in dimensions:
        xs = [s.get(dimension, 0) for s in scores]
        ys = [r["ratings"].get(dimension, 0) for r in records]
        rho = spearman(xs, ys)
        rhos.append(rho)
        strong = [i for i, y in enumerate(ys) if y == 3]
        good = [i for i, y in enumerate(ys) if y >= 2]

        def in_top3(i):
            ranked = sorted(scores[i].items(), key=lambda kv: (-kv[1], kv[0]))
            top = [k for k, v in ranked[:3] if v > 0]
            return dimension in top
        means = defaultdict(list)
        for x, y in zip(xs, ys):
            means[y].append(x)
        mean_text = "/".join(f"{sum(means[k]) / len(means[k]):.0f}" if means[k] else "-" for k in range(4))
        print(f"{dimension:32} {rho:6.2f} {sum(map(in_top3, strong)):>4}/{len(strong):<4} {sum(map(in_top3, good)):>5}/{len(good):<5}   {mean_text}")
        if args.show:
            worst = sorted(range(len(records)), key=lambda i: -abs(xs[i] / 33.3 - ys[i]))[:args.show]
            for i in worst:
                print(f"    {records[i]['id']}: rating {ys[i]}, score {xs[i]}")
    valid = [r for r in rhos if r == r]
    if len(valid) > 1:
        print(f"{'mean':32} {sum(valid) / len(valid):6.2f}")


if __name__ == "__main__":
    main()
