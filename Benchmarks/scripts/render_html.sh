#!/usr/bin/env bash
# Renders cvfscan's HTML reports in real headless Chromium, so the pictures in docs/ show what a recruiter's
# browser shows, and so a change to the report's CSS can be checked by eye before it ships.
#
#   Benchmarks/scripts/render_html.sh            # writes docs/example-report.{html,png}, docs/example-batch.png
#   OUT=/tmp/render Benchmarks/scripts/render_html.sh
#
# Needs: swift, chromium (Debian: apt-get install chromium); optional: pdftoppm (poppler-utils) for the print
# preview, ImageMagick's convert to cut the batch screenshot down to its first report and its summary table.
# Environment: CVFSCAN (a built cvfscan binary; default: build one), FRAMEWORKS (default:
# cvf,wmp-leadership-promise),
# BUILD_PATH (SwiftPM scratch path), OUT (default: docs), WORK (scratch files; default: a temporary folder).
set -euo pipefail

cd "$(dirname "$0")/../.."
root=$(pwd)
out=${OUT:-$root/docs}
frameworks=${FRAMEWORKS:-cvf,wmp-leadership-promise}
mkdir -p "$out"
work=${WORK:-$(mktemp -d)}
mkdir -p "$work"

if [[ -z "${CVFSCAN:-}" ]]; then
  build_args=(-c release --product cvfscan)
  [[ -n "${BUILD_PATH:-}" ]] && build_args+=(--scratch-path "$BUILD_PATH")
  swift build "${build_args[@]}" >&2
  CVFSCAN="$(swift build "${build_args[@]}" --show-bin-path)/cvfscan"
fi

chromium_bin=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [[ -z "$chromium_bin" ]]; then
  echo "render_html.sh: chromium not found (apt-get install -y chromium)" >&2
  exit 69
fi
# --no-sandbox: Chromium refuses to run as root with its sandbox; the pages have no script and no network.
chromium_run() { "$chromium_bin" --headless --no-sandbox --disable-gpu --hide-scrollbars "$@" 2>/dev/null; }

# One answer, in the words of an applicant to a constable post: ownership, a negation, someone else's deeds,
# a hypothetical, teamwork, an opinion.
cat > "$work/applicant-0417.txt" <<'ANSWER'
Last winter I was the first officer at a house where an elderly man had been reported missing by his daughter. She was frightened and angry that nobody had come sooner, and she shouted at me on the doorstep. I stayed calm, listened to her without interrupting and explained what would happen next. I took the lead until my sergeant arrived, drew up a search plan and briefed the team, and I kept the family updated every half hour.

I didn't blame the call handler for the delay, although my colleague did. We worked with the ambulance service and the local authority to check the hospitals and the day centre. My sergeant made the decision to call the search team. When we found him in the park I made sure his daughter was told first. Afterwards I asked my sergeant how I could improve and took the feedback on board. I think I would involve the neighbours earlier next time, because they knew his routine.
ANSWER

"$CVFSCAN" --framework "$frameworks" --format html "$work/applicant-0417.txt" \
  | sed "s#$work/##g" > "$out/example-report.html"
chromium_run --screenshot="$out/example-report.png" --window-size=1280,1600 "file://$out/example-report.html"

# The print stylesheet: print to PDF and rasterise the first page.
chromium_run --no-pdf-header-footer --print-to-pdf="$work/example-report.pdf" "file://$out/example-report.html"
if command -v pdftoppm >/dev/null; then
  pdftoppm -png -r 70 -f 1 -l 2 "$work/example-report.pdf" "$work/example-report-print"
  echo "print preview: $work/example-report-print-*.png" >&2
fi

# A batch page: the same writer the batch command uses (HTMLBatchReportWriter), through several inputs.
if [[ -f Benchmarks/corpus/development.jsonl ]]; then
  python3 - "$work" <<'PYTHON'
import json, sys
wanted = ["dev-001", "dev-009", "dev-017", "dev-033"]
for line in open("Benchmarks/corpus/development.jsonl", encoding="utf-8"):
    record = json.loads(line)
    if record["id"] in wanted:
        with open(f"{sys.argv[1]}/{record['id']}.txt", "w", encoding="utf-8") as answer:
            answer.write(record["text"])
PYTHON
fi
batch_inputs=("applicant-0417.txt")
for id in dev-001 dev-009 dev-017 dev-033; do
  [[ -f "$work/$id.txt" ]] && batch_inputs+=("$id.txt")
done
(cd "$work" && "$CVFSCAN" --framework "$frameworks" --format html "${batch_inputs[@]}") > "$work/example-batch.html"
chromium_run --screenshot="$work/example-batch-full.png" --window-size=1280,14000 "file://$work/example-batch.html"
# ImageMagick, if there is one (a `convert` earlier in PATH may be something else).
imagemagick=""
for candidate in magick convert /usr/bin/convert convert-im6.q16; do
  if command -v "$candidate" >/dev/null && "$candidate" -version 2>/dev/null | grep -q ImageMagick; then
    imagemagick=$candidate
    break
  fi
done
if [[ -n "$imagemagick" ]]; then
  # The page is long: keep its top (the first report) and its end (the summary table), one above the other.
  "$imagemagick" "$work/example-batch-full.png" -trim +repage "$work/example-batch-trimmed.png"
  "$imagemagick" "$work/example-batch-trimmed.png" -gravity North -crop x760+0+0 +repage "$work/example-batch-top.png"
  "$imagemagick" "$work/example-batch-trimmed.png" -gravity South -crop x820+0+0 +repage "$work/example-batch-bottom.png"
  width=$("$imagemagick" "$work/example-batch-trimmed.png" -format %w info:)
  # A dashed line where the middle of the page was cut out.
  "$imagemagick" -size "${width}x56" xc:'#f3f4f6' -stroke '#6b7280' -strokewidth 2 \
    -draw "stroke-dasharray 10 8 line 0,28 ${width},28" "$work/example-batch-cut.png"
  "$imagemagick" "$work/example-batch-top.png" "$work/example-batch-cut.png" "$work/example-batch-bottom.png" \
    -append -bordercolor '#f3f4f6' -border 24 "$out/example-batch.png"
else
  cp "$work/example-batch-full.png" "$out/example-batch.png"
fi
echo "wrote $out/example-report.html $out/example-report.png $out/example-batch.png (work files in $work)" >&2
