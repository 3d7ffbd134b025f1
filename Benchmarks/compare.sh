#!/usr/bin/env bash
# Times cvfscan against the tools a user might pick instead — pyahocorasick, FlashText, spaCy's PhraseMatcher (blank
# English pipeline) and VADER — on the same corpus and the same phrase list, in one run, and prints MB/s and ratios.
#
# Usage: Benchmarks/compare.sh [--quick] [--megabytes N] [--no-build] [--scratch-path DIR] [--tools NAME,...]
#                               [--markdown]
#
#   --quick            a 2 MB corpus instead of 20 MB
#   --megabytes N      corpus size in MB (default 20)
#   --no-build         use the release binaries already built
#   --scratch-path DIR build directory passed to `swift build` (default .build)
#   --tools LIST       comma-separated subset of pyahocorasick,FlashText,spaCy,VADER
#   --markdown         print the tables as Markdown (for docs/performance.md and the README)
#
# The reference tools are installed from PyPI into a virtual environment under /tmp (CVFSCAN_COMPARE_VENV, default
# /tmp/cvfscan-compare-venv), pinned in Benchmarks/compare/requirements.txt. Nothing here is a dependency of the
# package: the Swift build never sees it. The corpus is cvfscan-benchmarks' deterministic corpus (fixed seed),
# written as JSON Lines; the phrase list is the literal expansion of the built-in patterns
# (cvfscan-benchmarks --export-phrases; the rules are in Benchmarks/CVFScanBenchmarks/PhraseExporter.swift).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
megabytes=20
build=1
scratch_path="$root/.build"
tools="pyahocorasick,FlashText,spaCy,VADER"
markdown=()
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) megabytes=2 ;;
        --megabytes) megabytes="${2:?--megabytes needs a number}"; shift ;;
        --no-build) build=0 ;;
        --scratch-path) scratch_path="${2:?--scratch-path needs a folder}"; shift ;;
        --tools) tools="${2:?--tools needs a list}"; shift ;;
        --markdown) markdown=(--markdown) ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "compare.sh: unknown option '$1' (see --help)" >&2; exit 64 ;;
    esac
    shift
done

cd "$root"
if [ "$build" = 1 ]; then
    swift build -c release --scratch-path "$scratch_path" >&2
fi
binaries="$(swift build -c release --scratch-path "$scratch_path" --show-bin-path)"
for binary in cvfscan cvfscan-benchmarks; do
    [ -x "$binaries/$binary" ] || { echo "compare.sh: no $binaries/$binary; run without --no-build" >&2; exit 66; }
done

venv="${CVFSCAN_COMPARE_VENV:-/tmp/cvfscan-compare-venv}"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$here/compare/requirements.txt" >&2

work="$(mktemp -d /tmp/cvfscan-compare.XXXXXX)"
trap 'rm -rf "$work"' EXIT
"$binaries/cvfscan-benchmarks" --corpus-megabytes "$megabytes" --write-corpus "$work/corpus.jsonl" >&2
"$binaries/cvfscan-benchmarks" --export-phrases "$work/phrases.txt" >&2
# cvfscan's cache of compiled lexicons goes in the work folder: the user's own cache is neither used nor touched.
export CVFSCAN_CACHE_DIR="$work/cache"
unset CVFSCAN_NO_CACHE

bullet=""
[ ${#markdown[@]} -gt 0 ] && bullet="- "
echo "${bullet}cvfscan compared with reference tools"
echo "${bullet}machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(uname -sr)"
echo "${bullet}date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "${bullet}commit: $(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)"
echo "${bullet}python: $("$venv/bin/python" --version 2>&1)"
echo "${bullet}load average (1, 5, 15 min) before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$venv/bin/python" "$here/compare/compare.py" --cvfscan "$binaries/cvfscan" \
    --benchmarks "$binaries/cvfscan-benchmarks" --megabytes "$megabytes" --corpus "$work/corpus.jsonl" \
    --phrases "$work/phrases.txt" --tools "$tools" "${markdown[@]}"
echo
echo "${bullet}load average (1, 5, 15 min) after: $(cut -d' ' -f1-3 /proc/loadavg)"
