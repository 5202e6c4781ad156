#!/usr/bin/env bash
# tools/brief-screenshot.sh [VEEDOR]: remakes docs/images/brief-es.png, the README's picture of the
# Spanish brief: the shipped model and its eight scenarios, as `make run` writes it, its first
# screen (1100 x 1500 px) in headless Chromium. Run from the repository's root: `make screenshots`.
set -euo pipefail
bin=${1:-build/veedor}
command -v chromium > /dev/null || { echo "chromium is not installed (apt-get install chromium)" >&2; exit 5; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
source tests/shipped_brief.sh
shipped_brief "$bin" es "$out/brief" > /dev/null || { cat "$out/brief.log" >&2; exit 1; }
chromium_flags "$out/profile"
timeout 120 chromium "${flags[@]}" --window-size=1100,1500 --screenshot="$out/shot.png" \
  "file://$out/brief/brief.html" > /dev/null 2>&1
[[ -s $out/shot.png ]] || { echo "Chromium took no screenshot" >&2; exit 1; }
mv "$out/shot.png" docs/images/brief-es.png
echo "wrote docs/images/brief-es.png"
