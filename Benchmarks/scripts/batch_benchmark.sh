#!/bin/sh
# Batch throughput and memory of `cvfscan batch` on synthetic exports (Benchmarks/scripts/make_export.py).
#
# Usage: Benchmarks/scripts/batch_benchmark.sh [CVFSCAN] [WORKDIR]
#   CVFSCAN  the binary to measure (default: .build/release/cvfscan; build it with `swift build -c release`)
#   WORKDIR  where the exports and outputs go (default: /tmp/cvfscan-batch-benchmark)
#
# Prints, per input and --jobs, wall seconds, CPU seconds, records/s and peak RSS (GNU time). Records/s per core is
# records / (user + system seconds). On a machine shared with other work, wall-clock rates say more about the
# neighbours than about cvfscan: compare CPU seconds, and run again when the machine is quiet.
set -eu
CVFSCAN=${1:-.build/release/cvfscan}
WORKDIR=${2:-/tmp/cvfscan-batch-benchmark}
SCRIPTS=$(dirname "$0")
mkdir -p "$WORKDIR"
for records in 10000 100000; do
    for format in csv jsonl; do
        file="$WORKDIR/export-$records.$format"
        [ -f "$file" ] || python3 "$SCRIPTS/make_export.py" "$records" "$file"
    done
done
printf '%-24s %4s %8s %8s %10s %10s %9s\n' input jobs wall_s cpu_s records/s rec/s/cpu max_rss_kb
for input in export-10000.csv export-100000.csv export-10000.jsonl export-100000.jsonl; do
    case $input in
        *.csv) columns="--id-column applicant_id --text-column q1" ;;
        *) columns="--id-column applicant_id --text-column answers.q1" ;;
    esac
    records=${input#export-}
    records=${records%%.*}
    for jobs in 1 2; do
        # shellcheck disable=SC2086
        /usr/bin/time -f '%e %U %S %M' -o "$WORKDIR/time.txt" \
            "$CVFSCAN" batch "$WORKDIR/$input" $columns --jobs "$jobs" -o "$WORKDIR/out-$jobs.csv"
        read -r wall user system rss < "$WORKDIR/time.txt"
        awk -v input="$input" -v jobs="$jobs" -v wall="$wall" -v user="$user" -v sys="$system" -v rss="$rss" \
            -v records="$records" 'BEGIN {
                cpu = user + sys
                printf "%-24s %4d %8.2f %8.2f %10.0f %10.0f %9d\n", input, jobs, wall, cpu, records / wall, records / cpu, rss
            }'
    done
    cmp -s "$WORKDIR/out-1.csv" "$WORKDIR/out-2.csv" || echo "  output differs between --jobs 1 and --jobs 2!"
done
