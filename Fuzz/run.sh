#!/usr/bin/env bash
# Builds the libFuzzer harnesses of Fuzz/ with AddressSanitizer and runs them on their seed corpora.
# The harnesses are not SwiftPM targets, so `swift build` and `swift test` never see them.
#
#   Fuzz/run.sh TARGET SECONDS              one harness (or `all`) for SECONDS each; 0 builds only
#   Fuzz/run.sh                             every harness, 60 seconds each
#   nice -n 19 Fuzz/run.sh all 300          every harness for five minutes, one after the other, politely
#   Fuzz/run.sh ReadCSV path/to/crash-123   replay one input (a crash file) through the harness
#   FUZZ_ARGS="-max_len=65536" Fuzz/run.sh LexiconParse 300
#
# Harnesses (docs/robustness.md): DecodeAndScan (decoding, tokeniser, a full scan, every report writer),
# LexiconParse (the lexicon parser and compiler), ReadCSV (the batch CSV reader), ReadJSONLines (the JSON Lines
# reader and filter).
#
# Each harness is compiled with every library source (one module named CVFScan, so harnesses reach internal API)
# and with EmbeddedLexicons.swift, which the package's build plugin normally generates; here LexiconEmbedder is
# compiled and run directly on the same files, so no `swift build` is needed first.
#
# Everything goes outside the repository, under $FUZZ_WORK (default /tmp/cvfscan-fuzz):
#   bin/<harness>          the fuzzer
#   corpus/<harness>/      inputs the fuzzer found interesting (the committed seeds in Fuzz/corpus/ stay untouched)
#   crashes/<harness>/     crash-*, timeout-*, oom-* inputs; replay with `Fuzz/run.sh <harness> FILE`
#   logs/<harness>.log     the run's output, ending with libFuzzer's final statistics
# Exit status: 0 when no harness found anything, 1 when one did, 64 for a wrong argument.
set -euo pipefail

repository="$(cd "$(dirname "$0")/.." && pwd)"
fuzz="$repository/Fuzz"
work="${FUZZ_WORK:-/tmp/cvfscan-fuzz}"
swiftc="${SWIFTC:-swiftc}"
all_harnesses=(DecodeAndScan LexiconParse ReadCSV ReadJSONLines)

target="${1:-all}"
seconds="${2:-60}"
harnesses=("${all_harnesses[@]}")
[[ "$target" != "all" ]] && harnesses=("$target")
for harness in "${harnesses[@]}"; do
    [[ -f "$fuzz/$harness.swift" ]] || { echo "run.sh: no harness '$harness' (have: ${all_harnesses[*]})" >&2; exit 64; }
done
replay=""
if [[ -f "$seconds" ]]; then
    replay="$(cd "$(dirname "$seconds")" && pwd)/$(basename "$seconds")"
elif ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
    echo "run.sh: SECONDS must be a whole number or a file to replay, not '$seconds'" >&2
    exit 64
fi

mkdir -p "$work/bin" "$work/generated" "$work/logs"

# The built-in lexicons, embedded exactly as the build plugin does (same files, same order).
embedded="$work/generated/EmbeddedLexicons.swift"
embedder="$work/bin/LexiconEmbedder"
if [[ ! -x "$embedder" || "$repository/Sources/LexiconEmbedder/main.swift" -nt "$embedder" ]]; then
    "$swiftc" -O "$repository/Sources/LexiconEmbedder/main.swift" -o "$embedder"
fi
lexicon_files=()
while IFS= read -r name; do lexicon_files+=("$repository/Lexicons/$name"); done < <(
    cd "$repository/Lexicons" && ls | grep -E '\.lexicon$|^spelling-variants\.txt$|^word-forms\.txt$' | LC_ALL=C sort)
"$embedder" "$embedded" "${lexicon_files[@]}"

library_sources=()
while IFS= read -r -d '' source; do library_sources+=("$source"); done < <(
    find "$repository/Sources/CVFScan" -name '*.swift' -print0 | LC_ALL=C sort -z)

# The tests' reading of an HTML page as a browser would, shared so the fuzzer and the tests check the same thing.
html_structure="$repository/Tests/CVFScanTests/CommandLine/OutputSafetyTestSupport.swift"

# libFuzzer and AddressSanitizer report crashes themselves; Swift's own backtracer would get in their way.
export SWIFT_BACKTRACE=enable=no
# Leak checking is off, at exit too: Swift keeps pointers in enum payloads with spare bits set, which LeakSanitizer
# cannot see, so it reports the lexicons compiled once per process as leaked.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
linker=()
command -v ld.lld >/dev/null 2>&1 && linker=(-use-ld=lld)

status=0
for harness in "${harnesses[@]}"; do
    binary="$work/bin/$harness"
    echo "== building $harness"
    "$swiftc" -sanitize=fuzzer,address -parse-as-library -O -swift-version 6 -module-name CVFScan "${linker[@]}" \
        "${library_sources[@]}" "$embedded" "$fuzz/FuzzSupport.swift" "$html_structure" "$fuzz/$harness.swift" \
        -o "$binary"
    if [[ -n "$replay" ]]; then
        "$binary" -detect_leaks=0 "$replay" || status=1
        continue
    fi
    [[ "$seconds" == 0 ]] && continue

    corpus="$work/corpus/$harness"
    crashes="$work/crashes/$harness"
    mkdir -p "$corpus" "$crashes"
    options=(-max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -print_final_stats=1 -detect_leaks=0
             -artifact_prefix="$crashes/")
    [[ -f "$fuzz/$harness.dict" ]] && options+=(-dict="$fuzz/$harness.dict")
    log="$work/logs/$harness.log"
    echo "== fuzzing $harness for $seconds s (log: $log)"
    # The first corpus folder receives new inputs; the committed seeds are only read.
    # shellcheck disable=SC2086
    if ! "$binary" "${options[@]}" ${FUZZ_ARGS:-} "$corpus" "$fuzz/corpus/$harness" >"$log" 2>&1; then
        status=1
        echo "!! $harness found a problem; the input is in $crashes/ and the report at the end of $log:"
        grep -E 'FUZZ INVARIANT|ERROR: |Fatal error|SUMMARY' "$log" | head -5 || true
    fi
    grep -E 'stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb' "$log" \
        | sed "s/^/   $harness: /" || true
done
exit "$status"
