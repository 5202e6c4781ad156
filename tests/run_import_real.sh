#!/usr/bin/env bash
# veedor import mef on files in the MEF's real format (issue 13), built from the real slice
# tests/mef-real/2026-Gasto-Diario.head.csv by tests/mef-real/make_fixtures.py. Every expected figure
# below was computed by hand from the fixture, with the command in the comment beside it.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
real=tests/mef-real/2026-Gasto-Diario.head.csv
python3 tests/mef-real/make_fixtures.py "$tmp"
# The stages line of entity $2 in model $1.
stages() { awk -v id="  - id: $2" '$0 == id {on = 1} on && /stages:/ {print; exit}' "$1" | sed 's/^ *//'; }

# 1. The real slice, unchanged, all of pliego 440: certificado and comprometido-anual net below zero
#    (reversals), which is kept exactly, with a warning, instead of failing the import. By hand:
#    python3 -c "import csv; from decimal import Decimal as D; r=list(csv.reader(open('$real')))[1:];
#                print([sum(D(x[i]) for x in r) for i in range(56, 63)])"
#    -> 0, 0, -830355.16, -181762.94, 1927286.72, 1557671.82, 628513.04
printf 'format: veedor-select/1\nmatch:\n  - {column: PLIEGO, equals: ["440"]}\n' > "$tmp/all-440.yaml"
"$bin" import mef "$real" --select "$tmp/all-440.yaml" --out "$tmp/real.yaml" > "$tmp/real.out" 2> "$tmp/real.err" \
  || { fail "the real slice did not import"; cat "$tmp/real.err"; }
[[ "$(stages "$tmp/real.yaml" E440)" == "stages: {pia: 0.00, pim: 0.00, certificado: -830355.16, comprometido-anual: -181762.94, comprometido: 1927286.72, devengado: 1557671.82, girado: 628513.04}" ]] \
  || fail "real slice: stages of pliego 440 differ: $(stages "$tmp/real.yaml" E440)"
grep -qF ": warning: pliego 440 (GOBIERNO REGIONAL DEL DEPARTAMENTO DE AMAZONAS), 2026: certificado nets to -830355.16 (reversals larger than the amounts in these files); kept as it is" "$tmp/real.err" \
  || fail "real slice: no warning for the negative certificado"
grep -q "127 rows read (utf-8), 127 selected into 1 entities" "$tmp/real.out" || fail "real slice: summary"
"$bin" check "$tmp/real.yaml" > /dev/null 2>&1 || fail "real slice: the model with negative stages does not check"

# 2. The shipped rules on the real rows plus trafficking lines as the MEF names them. By hand (the
#    rows make_fixtures.py adds, the traps left out):
#    007: pia 2500000; pim 2750000.5; certificado 400000+5000+7000 = 412000;
#         comprometido-anual 380000+5000+7000 = 392000; comprometido 250000.1+4500+7000 = 261500.10;
#         devengado 240000.1+4500+6999.99 = 251500.09; girado 200000+4500+6999.99 = 211499.99
#    440: pia 120000; pim 150000; certificado 30000-2000+800+10000 = 38800; comprometido-anual the same;
#         comprometido 12000.5-1000.25+800+9000 = 20800.25; devengado 11000.5-1000.25+800+9000 = 19800.25;
#         girado 9000-1000.25+750.5+9000 = 17750.25
want007="stages: {pia: 2500000.00, pim: 2750000.50, certificado: 412000.00, comprometido-anual: 392000.00, comprometido: 261500.10, devengado: 251500.09, girado: 211499.99}"
want440="stages: {pia: 120000.00, pim: 150000.00, certificado: 38800.00, comprometido-anual: 38800.00, comprometido: 20800.25, devengado: 19800.25, girado: 17750.25}"
# trata-old: the older header names (TIPO_GOBIERNO, FUENTE_FINANC, CATEG_GASTO, " ANO_EJE ");
# trata-wide: the wide Gasto-Devengado layout (devengado per month in columns), the same rows.
for f in trata trata-old trata-wide; do
  "$bin" import mef "$tmp/$f.csv" --select scenarios/mef/select-trata.yaml --out "$tmp/$f.yaml" \
    --explain "$tmp/$f-explain.csv" > "$tmp/$f.out" 2> "$tmp/$f.err" || { fail "$f did not import"; cat "$tmp/$f.err"; continue; }
  [[ "$(stages "$tmp/$f.yaml" E007)" == "$want007" ]] || fail "$f: pliego 007: $(stages "$tmp/$f.yaml" E007)"
  [[ "$(stages "$tmp/$f.yaml" E440)" == "$want440" ]] || fail "$f: pliego 440: $(stages "$tmp/$f.yaml" E440)"
  grep -q "138 rows read (utf-8), 9 selected into 2 entities" "$tmp/$f.out" || fail "$f: summary"
done
cmp -s "$tmp/trata-explain.csv" "$tmp/trata-old-explain.csv" || fail "the older header names select other lines"
cmp -s "$tmp/trata-explain.csv" "$tmp/trata-wide-explain.csv" || fail "the wide layout selects other lines"
grep -q "executed-through: 2026-05-31" "$tmp/trata-wide.yaml" || fail "wide: executed-through is not the last month with devengado"

# 3. --explain lists every selected line, none of the traps (TRATAMIENTO, CONTRATACION, CONTRATA,
#    TRATADAS), each with its stages; the accented, double-spaced goal is kept as written (trimmed).
[[ $(wc -l < "$tmp/trata-explain.csv") == 7 ]] || fail "explain: not 6 lines and a header"
grep -qiE "TRATAMIENTO|CONTRATA|TRATADA" "$tmp/trata-explain.csv" && fail "explain: a trap was selected"
grep -qF 'pliego,"007","M. DEL INTERIOR",2026,"PREVENCIÓN Y PERSECUCIÓN DEL DELITO DE TRATA DE  PERSONAS","ACCIONES ADMINISTRATIVAS","SIN PRODUCTO","match 1 (line 13)",2,2500000.00,2750000.50,400000.00,380000.00,250000.10,240000.10,200000.00' \
  "$tmp/trata-explain.csv" || fail "explain: the accented goal's line"
head -1 "$tmp/trata-explain.csv" | grep -q "^group_by,code,name,year,META_NOMBRE,ACTIVIDAD_ACCION_OBRA_NOMBRE,PRODUCTO_PROYECTO_NOMBRE,rule,rows,pia,pim,certificado,comprometido-anual,comprometido,devengado,girado" \
  || fail "explain: header"
# "TRATA" alone, as whole words, still catches none of the traps.
printf 'format: veedor-select/1\nmatch:\n  - {columns: [META_NOMBRE, ACTIVIDAD_ACCION_OBRA_NOMBRE, PRODUCTO_PROYECTO_NOMBRE], words: [trata]}\n' > "$tmp/trata-word.yaml"
"$bin" import mef "$tmp/trata.csv" --select "$tmp/trata-word.yaml" --out "$tmp/w.yaml" --explain "$tmp/w.csv" > /dev/null 2>&1 \
  || fail "words: [trata] failed"
grep -qiE "TRATAMIENTO|CONTRATA|TRATADA" "$tmp/w.csv" && fail "words: [trata] caught a trap"
[[ $(wc -l < "$tmp/w.csv") == 7 ]] || fail "words: [trata] did not find the 6 lines"

# 4. exclude: the mixed goal left out. 440 devengado by hand: 19800.25 - 9000 = 10800.25.
cp scenarios/mef/select-trata.yaml "$tmp/excl.yaml"
printf 'exclude:\n  - {column: META_NOMBRE, words: ["violencia familiar"]}\n' >> "$tmp/excl.yaml"
"$bin" import mef "$tmp/trata.csv" --select "$tmp/excl.yaml" --out "$tmp/excl.out.yaml" > /dev/null 2>&1 || fail "exclude failed"
stages "$tmp/excl.out.yaml" E440 | grep -q "devengado: 10800.25," || fail "exclude: $(stages "$tmp/excl.out.yaml" E440)"

# 4b. share: the mixed goal counted at a stated share, rounded half-even to the céntimo once per
#     pliego, year, stage and rule; its note reaches the figure's note; --explain shows the share.
#     By hand, the mixed row of 440 (10000, 10000, 9000, 9000, 9000) at 12.34565%:
#       1000000 céntimos x 0.1234565 = 123456.5 -> 123456 (half-even; half-up would give 123457) = 1234.56
#        900000 céntimos x 0.1234565 = 111110.85 -> 111111 = 1111.11
#     440: certificado 38800 - 10000 + 1234.56 = 30034.56 (comprometido-anual the same);
#          comprometido 20800.25 - 9000 + 1111.11 = 12911.36; devengado 19800.25 - 9000 + 1111.11 = 11911.36;
#          girado 17750.25 - 9000 + 1111.11 = 9861.36. 007 has no mixed goal: unchanged.
{ printf 'format: veedor-select/1\nmatch:\n'
  printf '  - {column: META_NOMBRE, words: ["violencia familiar"], share: 12.34565%%, note: "the trafficking part, as the plan states"}\n'
  sed -n '/^  - columns:/,$p' scenarios/mef/select-trata.yaml; } > "$tmp/share.yaml"
"$bin" import mef "$tmp/trata.csv" --select "$tmp/share.yaml" --out "$tmp/share.out.yaml" --explain "$tmp/share.csv" > /dev/null 2> "$tmp/share.err" \
  || fail "share failed: $(cat "$tmp/share.err")"
[[ "$(stages "$tmp/share.out.yaml" E440)" == "stages: {pia: 120000.00, pim: 150000.00, certificado: 30034.56, comprometido-anual: 30034.56, comprometido: 12911.36, devengado: 11911.36, girado: 9861.36}" ]] \
  || fail "share: pliego 440: $(stages "$tmp/share.out.yaml" E440)"
[[ "$(stages "$tmp/share.out.yaml" E007)" == "$want007" ]] || fail "share: pliego 007 changed"
awk '/- id: E440/ {on = 1} on' "$tmp/share.out.yaml" | grep -qF 'note: "Lines of match rule 1 (line 3) counted at 12.34565%: the trafficking part, as the plan states"' \
  || fail "share: the note is not in the model"
"$bin" check "$tmp/share.out.yaml" > /dev/null 2>&1 || fail "share: the model does not check"
grep -qF '"PREVENCION DE LA VIOLENCIA FAMILIAR, SEXUAL Y TRATA DE PERSONAS","ACCIONES ADMINISTRATIVAS","SIN PRODUCTO","match 1 (line 3)",1,0.00,0.00,10000.00,10000.00,9000.00,9000.00,9000.00,12.34565%' "$tmp/share.csv" \
  || fail "share: the explain line: $(grep VIOLENCIA "$tmp/share.csv")"
head -1 "$tmp/share.csv" | grep -q ",girado,share.$" || fail "share: explain header"
grep -q ',100%.$' "$tmp/share.csv" || fail "share: a line counted in full does not say 100%"
printf 'format: veedor-select/1\nmatch:\n  - {column: META_NOMBRE, words: [trata], share: 140%%}\nexclude:\n  - {column: META_NOMBRE, words: [x], share: 50%%}\n' > "$tmp/share-bad.yaml"
"$bin" import mef "$tmp/trata.csv" --select "$tmp/share-bad.yaml" --out "$tmp/x.yaml" 2> "$tmp/share-bad.err"
[[ $? == 1 ]] || fail "share: a bad share is not refused"
grep -qF "share-bad.yaml:3:50: error: share '140%' is not a percentage above 0% and up to 100% (e.g. 40%)" "$tmp/share-bad.err" \
  || fail "share: message for 140%: $(cat "$tmp/share-bad.err")"
grep -qF "share-bad.yaml:5:46: error: 'share' belongs to a 'match' rule: an excluded row counts for nothing" "$tmp/share-bad.err" \
  || fail "share: message for a share in exclude: $(cat "$tmp/share-bad.err")"

# docs/import-mef.md: its share example runs (440 devengado by hand: 19800.25 - 9000 + 9000 x 40% =
# 14400.25), and its --explain listing is this fixture's.
{ echo "format: veedor-select/1"; awk '/^```yaml$/ {on = 1; block = ""; next} /^```$/ {if (on && block ~ /share: 40%/) printf "%s", block; on = 0} on {block = block $0 "\n"}' docs/import-mef.md; } > "$tmp/doc-share.yaml"
"$bin" import mef "$tmp/trata.csv" --select "$tmp/doc-share.yaml" --out "$tmp/doc-share.out.yaml" > /dev/null 2>&1 || fail "docs: the share example does not run"
stages "$tmp/doc-share.out.yaml" E440 | grep -q "devengado: 14400.25," || fail "docs: share example: $(stages "$tmp/doc-share.out.yaml" E440)"
grep '^pliego,"' docs/import-mef.md | while IFS= read -r line; do
  grep -qF "$line" "$tmp/trata-explain.csv" || echo "FAIL: docs: an explain line is not the fixture's: $line"
done | grep FAIL && status=1

# 5. A ';'-separated file is named as such.
"$bin" import mef "$tmp/trata-semicolon.csv" --select scenarios/mef/select-trata.yaml --out "$tmp/x.yaml" 2> "$tmp/semi.err"
[[ $? == 1 ]] || fail "semicolon: exit code"
grep -qF "trata-semicolon.csv:1:1: error: the header is one column separated by ';'; veedor reads the MEF's comma-separated files. Convert it, or download the file again from the MEF's open-data portal" "$tmp/semi.err" \
  || fail "semicolon: message: $(cat "$tmp/semi.err")"

# 6. Overlapping files (month 5 twice) are refused, and summed when told.
"$bin" import mef "$tmp/trata.csv" "$tmp/month5-again.csv" --select scenarios/mef/select-trata.yaml --out "$tmp/x.yaml" 2> "$tmp/over.err"
[[ $? == 1 && ! -e "$tmp/x.yaml" ]] || fail "overlap: not refused"
grep -qF "month5-again.csv: error: has rows of 2026 month 5 (MES_EJE), as $tmp/trata.csv does: their amounts would be summed twice (a monthly and a daily file of one year?). Import one of them, or give --allow-overlap if the files hold different rows" "$tmp/over.err" \
  || fail "overlap: message: $(cat "$tmp/over.err")"
# ... as soon as the overlap is known: a second file of 5 MB (more than a chunk) whose first rows
# overlap is not read to its end, so the bad row at its end is never reported.
{ cat "$tmp/month5-again.csv"; for i in $(seq 40); do tail -n +2 "$tmp/month5-again.csv"; done; printf '"2026","5","bad row"\r\n'; } > "$tmp/big-overlap.csv"
"$bin" import mef "$tmp/trata.csv" "$tmp/big-overlap.csv" -j 2 --select scenarios/mef/select-trata.yaml --out "$tmp/x.yaml" 2> "$tmp/big.err"
[[ $? == 1 && ! -e "$tmp/x.yaml" ]] || fail "early overlap: not refused"
grep -qF "big-overlap.csv: error: has rows of 2026 month 5 (MES_EJE), as $tmp/trata.csv does: their amounts would be summed twice" "$tmp/big.err" \
  || fail "early overlap: message: $(cat "$tmp/big.err")"
grep -q "fields, the header has" "$tmp/big.err" && fail "early overlap: the file was read to its end: $(cat "$tmp/big.err")"
"$bin" import mef "$tmp/trata.csv" "$tmp/month5-again.csv" --allow-overlap --select scenarios/mef/select-trata.yaml --out "$tmp/x.yaml" > /dev/null 2>&1 \
  || fail "overlap: --allow-overlap refused"

# 7. executed-through: the last month with rows; a file of budget rows only has no execution yet.
grep -q "executed-through: 2026-05-31" "$tmp/trata.yaml" || fail "executed-through of month 5"
"$bin" import mef "$tmp/budget-only.csv" --select scenarios/mef/select-trata.yaml --out "$tmp/b.yaml" > /dev/null 2>&1 || fail "budget only"
grep -q "executed-through: 2026-01-01" "$tmp/b.yaml" && grep -q "No execution yet: the files hold only the budget (MES_EJE 0)" "$tmp/b.yaml" \
  || fail "budget only: no execution yet not said"

# 8. A pliego with no selected row in a year the files cover: zeros and "No specific budget".
"$bin" import mef "$tmp/trata.csv" "$tmp/mininter-2025.csv" --select scenarios/mef/select-trata.yaml --out "$tmp/two.yaml" > /dev/null 2>&1 \
  || fail "two years"
awk '/- id: E440/ {on = 1} on' "$tmp/two.yaml" | grep -A5 "year: 2025" | grep -q 'note: "No specific budget: no row of the files for this year matched the selection rules."' \
  || fail "two years: 440 in 2025 is not 'no specific budget'"
"$bin" check "$tmp/two.yaml" > /dev/null || fail "two years: the model does not check"
# 9. Odd names (Windows-1252 file): the en dash read as such, names trimmed, a department " " is no
#    region, a blank PLIEGO code a bad row, a blank name reported and replaced by the code.
"$bin" import mef "$tmp/odd-names.csv" --select scenarios/mef/select-trata.yaml --out "$tmp/odd.yaml" > "$tmp/odd.out" 2> "$tmp/odd.err"
[[ $? == 1 ]] || fail "odd names: the blank code did not fail the import"
grep -qF "odd-names.csv:3:1: error: PLIEGO is blank: the selected row belongs to no group" "$tmp/odd.err" || fail "odd names: blank code message"
"$bin" import mef "$tmp/odd-names.csv" --select scenarios/mef/select-trata.yaml --on-bad-row skip --out "$tmp/odd.yaml" > "$tmp/odd.out" 2> "$tmp/odd.err" \
  || fail "odd names: skip failed"
grep -q "(latin-1)" "$tmp/odd.out" || fail "odd names: the encoding assumed is not said"
grep -qF 'name: "M. DEL INTERIOR – SEDE CENTRAL"' "$tmp/odd.yaml" || fail "odd names: en dash or trailing space"
awk '/- id: E007/ {on = 1} /- id: E039/ {on = 0} on' "$tmp/odd.yaml" | grep -q "region:" && fail "odd names: a blank department became a region"
grep -qF "odd-names.csv: warning: pliego 039: its name is blank in the files; it is named 'pliego 039'" "$tmp/odd.err" \
  || fail "odd names: blank name not reported"
# 10. compare shows every stage with the pliego's name and the avance % (devengado / PIM). By hand:
#     007: 251500.09 / 2750000.50 = 9.1454...% -> 9.15%; 440: 19800.25 / 150000 = 13.2001...% -> 13.20%.
#     The lines are the README's (its MEF section), so the README's example is checked here.
"$bin" compare "$tmp/trata.yaml" 2> /dev/null | sed -n '/^Budget stages/,$p' > "$tmp/stages.txt"
python3 - "$tmp/stages.txt" <<'PY' || fail "compare: the stages table differs from the README's"
import sys
readme = open("README.md", encoding="utf-8").read()
got = open(sys.argv[1], encoding="utf-8").read().rstrip("\n")
sys.exit(0 if got and got in readme else 1)
PY
grep -qF "E007 M. DEL INTERIOR" "$tmp/stages.txt" && grep -q "9.15%$" "$tmp/stages.txt" && grep -q "13.20%$" "$tmp/stages.txt" \
  || fail "compare: names or avance %"
# The README's explain example.
[[ "$(cut -d, -f2,5,9,15 "$tmp/trata-explain.csv" | head -3)" == 'code,META_NOMBRE,rows,devengado
"007","ATENCIÓN A VÍCTIMAS DE TRATA",1,4500.00
"007","LUCHA CONTRA LA TRATA DE PERSONA Y TRAFICO ILICITO DE MIGRANTES",1,6999.99' ]] || fail "README's explain example"
exit $status
