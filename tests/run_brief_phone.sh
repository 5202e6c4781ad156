#!/usr/bin/env bash
# run_brief_phone.sh VEEDOR ARTEFACT_DIR: the shipped Spanish brief on a phone, 400 px wide, in
# headless Chromium. A script run in the page lists every element that reaches past the viewport
# and is not inside a scroll box (a box with overflow-x auto or scroll that itself fits), and
# measures the charts' text: the size each SVG <text> is drawn at, in CSS px (its font size times
# the scale of its SVG on screen, getScreenCTM). Legible: no chart text under 8 px, the size of
# gnuplot's smallest text (value labels; axis labels are 10 px) at full size, as a desktop shows
# it (the brief's table text on a phone is 12.8 px). The screenshot is kept for a person to look
# at: ARTEFACT_DIR/brief-400px.png. Skips (exit 77) when Chromium is absent.
set -u
bin=$1
artefacts=$2
command -v chromium > /dev/null || { echo "SKIP: chromium is not installed (apt-get install chromium)"; exit 77; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$artefacts"
source tests/shipped_brief.sh
shipped_brief "$bin" es "$out/brief" > /dev/null || { echo "veedor report failed:"; cat "$out/brief.log"; exit 1; }
chromium_flags "$out/profile"
python3 -c '
import sys
check = """<script>
var vw = document.documentElement.clientWidth, cut = [], small = 0, least = 1e9, texts = 0;
function inScrollBox(e) {
  for (var p = e.parentElement; p; p = p.parentElement) {
    var o = getComputedStyle(p).overflowX;
    if (o == "auto" || o == "scroll") return true;
  }
  return false;
}
document.querySelectorAll("body *").forEach(function (e) {
  var r = e.getBoundingClientRect();
  if (r.width == 0 || inScrollBox(e)) return;
  var clipped = e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX == "hidden";
  if (r.right > vw + 1 || r.left < -1 || clipped)
    cut.push(e.tagName + "." + (typeof e.className == "string" ? e.className : "") + " " + Math.round(r.left) + ".." +
             Math.round(r.right));
});
document.querySelectorAll("figure svg text").forEach(function (t) {
  if (!t.textContent.trim()) return;
  var m = t.getScreenCTM(), size = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
  texts++; least = Math.min(least, size); if (size < 7.95) small++;
});
parent.postMessage("width " + vw + " page " + document.documentElement.scrollWidth +
  " cut " + (cut.length ? cut.slice(0, 5).join("; ") : "none") + " texts " + texts + " least " + least.toFixed(1) +
  " small " + small, "*");
</script></body>"""
open(sys.argv[2], "w").write(open(sys.argv[1]).read().replace("</body>", check))' "$out/brief/brief.html" "$out/brief/phone-check.html"
# Headless Chromium makes no window narrower than 500 px: the brief is shown in a 400 px frame
# of a host page, and the script in the brief posts what it found to the host.
host() {  # host PAGE HEIGHT: a page holding PAGE in a frame 400 px wide
  echo "<html><body style='margin:0'><iframe src='$1' style='width:400px;height:$2px;border:0;display:block'></iframe>
<script>addEventListener('message', function (e) { document.body.setAttribute('data-phone', e.data) })</script></body></html>"
}
host phone-check.html 900 > "$out/brief/host-check.html"
host brief.html 6000 > "$out/brief/host-shot.html"
timeout 120 chromium "${flags[@]}" --window-size=500,900 --virtual-time-budget=20000 \
  --dump-dom "file://$out/brief/host-check.html" > "$out/dom.html" 2> /dev/null
timeout 120 chromium "${flags[@]}" --window-size=500,6000 --screenshot="$out/shot.png" \
  "file://$out/brief/host-shot.html" > /dev/null 2>&1
# The screenshot cut to the frame's 400 px: each row's first 400 pixels are kept as filtered, which
# PNG's filters allow (each byte depends only on bytes to its left and above).
python3 -c '
import struct, sys, zlib
d = open(sys.argv[1], "rb").read()
pos, chunks = 8, []
while pos < len(d):
    n, kind = struct.unpack(">I4s", d[pos:pos + 8]); chunks.append((kind, d[pos + 8:pos + 8 + n])); pos += 12 + n
w, h, depth, colour = struct.unpack(">IIBB", chunks[0][1][:10])
bpp = {2: 3, 6: 4}[colour] * depth // 8
raw = zlib.decompress(b"".join(c for k, c in chunks if k == b"IDAT"))
row = 1 + w * bpp
cut = b"".join(raw[y * row:y * row + 1 + 400 * bpp] for y in range(h))
def chunk(kind, body): return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
open(sys.argv[2], "wb").write(d[:8] + chunk(b"IHDR", struct.pack(">I", 400) + chunks[0][1][4:]) +
    chunk(b"IDAT", zlib.compress(cut, 9)) + chunk(b"IEND", b""))' "$out/shot.png" "$artefacts/brief-400px.png"
status=0
result=$(grep -o 'data-phone="[^"]*"' "$out/dom.html")
read -r _ width _ page _ cut_rest <<< "${result#data-phone=\"}"
echo "400 px: $result"
[[ $width == 400 ]] || { echo "the viewport is $width px wide, not 400"; status=1; }
[[ $page == "$width" ]] || { echo "the page scrolls sideways: $page px wide"; status=1; }
[[ $result == *" cut none "* ]] || { echo "cut off: $result"; status=1; }
[[ $result =~ texts\ ([0-9]+)\ least\ ([0-9.]+)\ small\ ([0-9]+) ]] || { echo "no chart text measured"; exit 1; }
(( BASH_REMATCH[1] >= 100 )) || { echo "only ${BASH_REMATCH[1]} chart texts"; status=1; }
[[ ${BASH_REMATCH[3]} == 0 ]] || { echo "${BASH_REMATCH[3]} chart texts under 8 px (the least ${BASH_REMATCH[2]} px)"; status=1; }
[[ -s $artefacts/brief-400px.png ]] || { echo "no screenshot"; status=1; }
exit $status
