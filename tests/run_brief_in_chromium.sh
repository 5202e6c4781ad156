#!/usr/bin/env bash
# Opens the HTML brief in headless Chromium (Debian's `chromium`, installed by `make test`): the
# page must render its tables and charts, take a non-blank screenshot, and log no console error.
set -u
bin=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bin" report scenarios/peru/model.yaml scenarios/peru/costed-needs.yaml --trials 500 --seed 1 --lang es \
  --out "$out/brief" > /dev/null 2> "$out/report.log" || { echo "veedor report failed:"; cat "$out/report.log"; exit 1; }
chromium_flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
                --disable-component-update --disable-sync --user-data-dir="$out/profile" --hide-scrollbars)
url="file://$out/brief/brief.html"
timeout 120 chromium "${chromium_flags[@]}" --window-size=1200,3000 --screenshot="$out/shot.png" \
  --enable-logging=stderr --v=0 "$url" > /dev/null 2> "$out/chromium.log"
timeout 120 chromium "${chromium_flags[@]}" --dump-dom "$url" > "$out/dom.html" 2> /dev/null
status=0
[[ -s "$out/shot.png" ]] || { echo "no screenshot"; status=1; }
size=$(stat -c %s "$out/shot.png" 2>/dev/null || echo 0)
(( size > 50000 )) || { echo "the screenshot is nearly blank ($size bytes)"; status=1; }
tables=$(grep -o "<table>" "$out/dom.html" | wc -l)
charts=$(grep -o "<svg" "$out/dom.html" | wc -l)
(( tables >= 6 )) || { echo "only $tables tables rendered"; status=1; }
(( charts >= 8 )) || { echo "only $charts charts rendered"; status=1; }
grep -q "Cifras principales" "$out/dom.html" || { echo "the Spanish headings are missing"; status=1; }
if grep -E "CONSOLE|Uncaught|Refused to load" "$out/chromium.log"; then echo "console errors above"; status=1; fi
[[ $status == 0 ]] && echo "brief rendered: $tables tables, $charts charts, screenshot $size bytes, no console error"
exit $status
