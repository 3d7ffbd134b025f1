#!/usr/bin/env bash
# Inputs too big for `swift test`, through the release `cvfscan`, with peak memory and time (docs/robustness.md).
#
#   Benchmarks/scripts/big_input.sh                 every measurement below (1 GiB of JSON Lines first)
#   Benchmarks/scripts/big_input.sh 104857600       the same with 100 MiB of JSON Lines
#   Benchmarks/scripts/big_input.sh 0               without the JSON Lines stream
#   CVFSCAN=/path/to/cvfscan Benchmarks/scripts/big_input.sh    use that binary instead of building one
#
# 1. JSON Lines through the filter (`cvfscan --format jsonl`), generated on the fly into a pipe (the answers of
#    Benchmarks/corpus/development.jsonl, renumbered, over and over) and counted, not kept: memory must stay flat.
#    Checks: status 0, one report line per input line, nothing on stderr.
# 2. One 50 MB answer on a single line (`cvfscan --format json`): scanned whole; the one piece of evidence in its
#    middle is found.
# 3. One 50 MB sentence of evidence repeated with no sentence end: scanned in linear time, every repeat found.
# 4. The answer-size limit: exactly 64 MiB is scanned, one byte more is refused with status 65 and a clear message.
# Prints peak RSS (GNU time's "Maximum resident set size") and wall time for each; exits 1 if a check fails.
set -euo pipefail

repository="$(cd "$(dirname "$0")/../.." && pwd)"
bytes="${1:-1073741824}"
work="$(mktemp -d "${TMPDIR:-/tmp}/cvfscan-big.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [[ -z "${CVFSCAN:-}" ]]; then
    (cd "$repository" && swift build -c release --product cvfscan >&2)
    CVFSCAN="$(cd "$repository" && swift build -c release --show-bin-path)/cvfscan"
fi
[[ -x /usr/bin/time ]] || { echo "big_input.sh: GNU time (/usr/bin/time) is needed for peak memory" >&2; exit 69; }

failed=0
fail() { echo "!! $*"; failed=1; }

# "peak RSS N MiB, W s, status S" from a `/usr/bin/time -v` report; the status is left in $status.
summarise() {
    local rss elapsed
    rss="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$1")"
    elapsed="$(awk -F': ' '/Elapsed \(wall clock\) time/ {print $2}' "$1")"
    status="$(awk -F': ' '/Exit status/ {print $2}' "$1")"
    echo "   peak RSS $((rss / 1024)) MiB, wall $elapsed, exit status $status"
}

if [[ "$bytes" != 0 ]]; then
echo "== 1. $bytes bytes of JSON Lines through cvfscan --format jsonl"
python3 - "$bytes" "$work/count" "$repository/Benchmarks/corpus/development.jsonl" <<'PYTHON' \
    | /usr/bin/time -v -o "$work/time-jsonl" "$CVFSCAN" --format jsonl 2>"$work/stderr-jsonl" \
    | wc -l >"$work/reports" || true
import json, sys
limit, count_file, corpus = int(sys.argv[1]), sys.argv[2], sys.argv[3]
texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8") if line.strip()]
out = sys.stdout.buffer
written = lines = 0
block = []
try:
    while True:
        line = (json.dumps({"id": "big-%d" % lines, "text": texts[lines % len(texts)]}) + "\n").encode()
        if written + len(line) > limit:
            break
        block.append(line)
        written += len(line)
        lines += 1
        if len(block) >= 512:
            out.write(b"".join(block))
            block = []
    out.write(b"".join(block))
    out.flush()
finally:
    open(count_file, "w").write("%d %d\n" % (lines, written))
PYTHON
read -r lines written <"$work/count"
reports="$(tr -d ' ' <"$work/reports")"
echo "   input: $lines lines, $written bytes; output: $reports report lines"
summarise "$work/time-jsonl"
[[ "$status" == 0 ]] || fail "status $status"
[[ "$reports" == "$lines" ]] || fail "expected $lines report lines, got $reports"
[[ -s "$work/stderr-jsonl" ]] && { fail "stderr:"; head -5 "$work/stderr-jsonl"; }
fi

echo "== 2. a 50,000,000-byte answer on one line through cvfscan --format json"
python3 - "$work/line.txt" <<'PYTHON'
import sys
filler = b"the cat sat on the mat "
repetitions = 50_000_000 // len(filler)
half = repetitions // 2
with open(sys.argv[1], "wb") as out:
    out.write(filler * half + b"and I took responsibility for my mistake " + filler * (repetitions - half))
PYTHON
/usr/bin/time -v -o "$work/time-line" "$CVFSCAN" --format json "$work/line.txt" >"$work/report-line" 2>"$work/stderr-line" || true
summarise "$work/time-line"
[[ "$status" == 0 ]] || fail "status $status"
matches="$(grep -o '"matches":\[{"dimension":"[^"]*","behaviour":"[^"]*","pattern":"[^"]*","role":"[^"]*","text":"[^"]*"' "$work/report-line" | sed 's/.*"text"://')"
echo "   first match: $matches; $(grep -o '"words":[0-9]*' "$work/report-line")"
[[ "$matches" == '"took responsibility for"' ]] || fail "expected the match 'took responsibility for'"
[[ -s "$work/stderr-line" ]] && { fail "stderr:"; head -5 "$work/stderr-line"; }

echo "== 3. a 50,000,000-byte sentence of evidence repeated without an end"
python3 -c "import sys; sys.stdout.buffer.write(b'I took responsibility and ' * (50_000_000 // 26))" >"$work/endless.txt"
# The report (about 1.2 GB of JSON on one line: every match with its context) is counted as it streams, not kept;
# `tr` first, because grep holds a whole line in memory.
/usr/bin/time -v -o "$work/time-endless" "$CVFSCAN" --format json "$work/endless.txt" 2>"$work/stderr-endless" \
    | tr ',' '\n' | grep -c '^"text":"took responsibility"$' >"$work/found-endless" || true
summarise "$work/time-endless"
[[ "$status" == 0 ]] || fail "status $status"
found="$(tr -d ' ' <"$work/found-endless")"
echo "   matches of 'took responsibility': $found of $((50000000 / 26))"
[[ "$found" == $((50000000 / 26)) ]] || fail "expected every repeat found"

echo "== 4. the answer-size limit: 64 MiB scanned, 64 MiB + 1 byte refused"
python3 -c "import sys; sys.stdout.buffer.write(b' ' * (64 * 1048576 - 23) + b'I took responsibility. ')" >"$work/limit.txt"
/usr/bin/time -v -o "$work/time-limit" "$CVFSCAN" --format json "$work/limit.txt" >"$work/report-limit" 2>"$work/stderr-limit" || true
summarise "$work/time-limit"
[[ "$status" == 0 ]] || fail "status $status at exactly 64 MiB"
printf ' ' >>"$work/limit.txt"
/usr/bin/time -v -o "$work/time-over" "$CVFSCAN" --format json "$work/limit.txt" >"$work/report-over" 2>"$work/stderr-over" || true
summarise "$work/time-over"
echo "   stderr: $(cat "$work/stderr-over")"
[[ "$status" == 65 ]] || fail "status $status at 64 MiB + 1"
[[ -s "$work/report-over" ]] && fail "a report was written for an answer over the limit"

exit "$failed"
