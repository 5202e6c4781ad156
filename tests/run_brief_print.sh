#!/usr/bin/env bash
# Prints the shipped Spanish brief (the model and every shipped scenario, as `make run` does) with
# headless Chromium: A4 paper, at most 12 pages and 3 MB, and no element wider than the page.
# Skips (exit 77) with a message when Chromium is absent (tools/install-deps.sh installs it).
set -u
bin=$1
command -v chromium > /dev/null || { echo "SKIP: chromium is not installed (apt-get install chromium)"; exit 77; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
source tests/shipped_brief.sh
shipped_brief "$bin" es "$out/brief" > /dev/null || { echo "veedor report failed:"; cat "$out/brief.log"; exit 1; }
chromium_flags "$out/profile"
timeout 180 chromium "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/brief.pdf" \
  "file://$out/brief/brief.html" > /dev/null 2>&1
[[ -s "$out/brief.pdf" ]] || { echo "Chromium printed nothing"; exit 1; }
status=0
bytes=$(stat -c %s "$out/brief.pdf")
read -r pages box < <(python3 -c '
import re, sys
d = open(sys.argv[1], "rb").read()
box = re.search(rb"/MediaBox\s*\[([^\]]*)\]", d)
print(len(re.findall(rb"/Type\s*/Page[^s]", d)), box.group(1).decode().replace(" ", ",") if box else "none")' "$out/brief.pdf")
# A4 is 595.28 x 841.89 points; Chromium writes it as 594.96 x 841.92.
[[ $box =~ ^0,0,59[45]\.[0-9]+,84[12]\.[0-9]+$ ]] || { echo "not A4: $box"; status=1; }
(( pages <= 12 )) || { echo "$pages pages, more than 12"; status=1; }
(( bytes <= 3000000 )) || { echo "$bytes bytes, more than 3 MB"; status=1; }
# Widths: the page as printed (print rules applied on screen) in a window as wide as A4's text
# (210 mm less 24 mm of margins = 703 px); a script lists every element that reaches past it.
python3 -c '
import sys
html = open(sys.argv[1]).read().replace("@media print {", "@media all {")
check = """<script>
var wide = [];
document.querySelectorAll("body *").forEach(function (e) {
  var r = e.getBoundingClientRect();
  if (r.right > document.documentElement.clientWidth + 1 ||
      (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX != "visible"))
    wide.push(e.tagName + "." + e.className + " " + Math.round(r.right));
});
document.body.setAttribute("data-wide", wide.length ? wide.slice(0, 5).join("; ") : "none");
</script></body>"""
open(sys.argv[2], "w").write(html.replace("</body>", check))' "$out/brief/brief.html" "$out/brief/print-check.html"
timeout 120 chromium "${flags[@]}" --window-size=703,1000 --dump-dom "file://$out/brief/print-check.html" \
  > "$out/dom.html" 2> /dev/null
wide=$(grep -o 'data-wide="[^"]*"' "$out/dom.html")
[[ $wide == 'data-wide="none"' ]] || { echo "elements wider than the page: $wide"; status=1; }
echo "printed: $pages A4 pages, $bytes bytes, $wide"
exit $status
