#!/usr/bin/env bash
# `veedor report --pdf`: OUT/brief.pdf printed by headless Chromium on A4, in both languages, at
# most 12 pages and 3 MB. Without Chromium on PATH: exit 5, the package named, the brief written
# and no PDF. A Chromium that fails or hangs (a stand-in script; --pdf-timeout 1): exit 3 and
# nothing written, no partial PDF. The real printing skips (exit 77) when Chromium is absent.
set -u
bin=$(realpath "$1")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
fail() { echo "$*"; status=1; }
model=scenarios/peru/model.yaml

# A PATH with gnuplot alone (when installed), so that exit 5 is Chromium's.
mkdir -p "$out/gnuplot-only" "$out/fake"
gnuplot=$(command -v gnuplot) && ln -s "$gnuplot" "$out/gnuplot-only/gnuplot"
PATH=$out/gnuplot-only "$bin" report $model --pdf --out "$out/no-chromium" > "$out/stdout" 2> "$out/stderr"
rc=$?
[[ $rc == 5 ]] || fail "without Chromium: exit $rc, expected 5"
grep -qx "veedor: Chromium is not installed, so no PDF was made. Install it with" "$out/stderr" &&
  grep -qx "  apt-get install --no-install-recommends chromium" "$out/stderr" ||
  { fail "without Chromium, the message:"; cat "$out/stderr"; }
[[ -s $out/no-chromium/brief.html && ! -e $out/no-chromium/brief.pdf ]] || fail "without Chromium: brief.html missing or a brief.pdf made"

# A Chromium that writes half a PDF and fails, and one that hangs: nothing is written.
cat > "$out/fake/chromium" <<'FAKE'
#!/bin/bash
for a in "$@"; do [[ $a == --print-to-pdf=* ]] && printf '%%PDF-1.4 half' > "${a#--print-to-pdf=}"; done
[[ -n ${HANG:-} ]] && exec /bin/sleep 60
exit 1
FAKE
chmod +x "$out/fake/chromium"
PATH=$out/fake:$out/gnuplot-only "$bin" report $model --pdf --out "$out/failed" > /dev/null 2> "$out/stderr"
rc=$?
[[ $rc == 3 ]] || fail "failing Chromium: exit $rc, expected 3"
grep -qx "veedor: $out/fake/chromium failed (exit 1); nothing was written" "$out/stderr" || { fail "failing Chromium, the message:"; cat "$out/stderr"; }
[[ ! -e $out/failed ]] || fail "failing Chromium: something was written: $(ls -R "$out/failed")"
start=$SECONDS
HANG=1 PATH=$out/fake:$out/gnuplot-only "$bin" report $model --pdf --pdf-timeout 1 --out "$out/hung" > /dev/null 2> "$out/stderr"
rc=$?
[[ $rc == 3 ]] || fail "hanging Chromium: exit $rc, expected 3"
(( SECONDS - start < 20 )) || fail "hanging Chromium: took $((SECONDS - start)) s with --pdf-timeout 1"
grep -qx "veedor: $out/fake/chromium did not finish printing within 1 s; nothing was written" "$out/stderr" ||
  { fail "hanging Chromium, the message:"; cat "$out/stderr"; }
[[ ! -e $out/hung ]] || fail "hanging Chromium: something was written"
pgrep -f "$out/fake/chromium" > /dev/null && fail "the hanging Chromium was left running"
[[ $status == 0 ]] || exit $status

command -v chromium > /dev/null || { echo "SKIP: chromium is not installed (apt-get install chromium)"; exit 77; }
source tests/shipped_brief.sh
for lang in es en; do
  shipped_brief "$bin" $lang "$out/brief-$lang" --pdf > "$out/stdout" ||
    { fail "report --pdf --lang $lang: exit $?"; cat "$out/brief-$lang.log"; continue; }
  said="The brief is in $out/brief-$lang/brief.html (and brief.md, brief.pdf)"
  [[ $lang == es ]] && said="El informe está en $out/brief-$lang/brief.html (y brief.md, brief.pdf)"
  grep -qxF "$said" "$out/stdout" || fail "$lang: stdout: $(cat "$out/stdout")"
  pdf=$out/brief-$lang/brief.pdf
  [[ -s $pdf ]] || { fail "$lang: no brief.pdf"; continue; }
  bytes=$(stat -c %s "$pdf")
  read -r pages box < <(python3 -c '
import re, sys
d = open(sys.argv[1], "rb").read()
boxes = set(m.decode().replace(" ", ",") for m in re.findall(rb"/MediaBox\s*\[([^\]]*)\]", d))
print(len(re.findall(rb"/Type\s*/Page[^s]", d)), ";".join(sorted(boxes)) or "none")' "$pdf")
  # A4 is 595.28 x 841.89 points; Chromium writes it as 594.96 x 841.92. Every page's box is A4.
  [[ $box =~ ^0,0,59[45]\.[0-9]+,84[12]\.[0-9]+$ ]] || fail "$lang: not A4 on every page: $box"
  (( pages >= 2 && pages <= 12 )) || fail "$lang: $pages pages, expected 2 to 12"
  (( bytes <= 3000000 )) || fail "$lang: $bytes bytes, more than 3 MB"
  echo "$lang: $pages A4 pages, $bytes bytes"
done
ls "$out"/brief-es/brief.pdf.tmp* "$out"/brief-es/.veedor* 2> /dev/null && fail "temporary files left"
exit $status
