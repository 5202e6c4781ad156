#!/usr/bin/env bash
# `-o FILE` with a known extension (.csv, .json, .md, .txt) writes that one file in that format,
# the same text `--format` prints (pinned by the golden cases); any other name is a folder that
# gets every format, as before.
set -u
bin=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
fail() { echo "$*"; status=1; }
same() {  # same EXPECTED ACTUAL
  cmp -s "$1" "$2" || { fail "$2 differs from $1:"; diff -u "$1" "$2" | head -20; }
}
m=scenarios/peru/model.yaml
"$bin" compare $m -o "$out/compare.csv" > "$out/stdout" 2> "$out/stderr" || fail "compare -o compare.csv: exit $?"
[[ -f "$out/compare.csv" ]] || fail "compare.csv is not a file"
same tests/golden/peru-compare-csv/stdout "$out/compare.csv"
[[ ! -s "$out/stdout" ]] || fail "-o FILE also printed on standard output"
grep -qx "wrote $out/compare.csv" "$out/stderr" || fail "no 'wrote' line: $(cat "$out/stderr")"
"$bin" compare $m -o "$out/c.JSON" > /dev/null 2>&1 || fail "compare -o c.JSON: exit $?"
same tests/golden/peru-compare-json/stdout "$out/c.JSON"
"$bin" compare $m -o "$out/c.md" > /dev/null 2>&1 || fail "compare -o c.md: exit $?"
same tests/golden/peru-compare-md/stdout "$out/c.md"
"$bin" compare $m -o "$out/c.txt" > /dev/null 2>&1 || fail "compare -o c.txt: exit $?"
same tests/golden/peru-compare/stdout "$out/c.txt"
"$bin" audit $m -o "$out/audit.csv" > /dev/null 2>&1 || fail "audit -o audit.csv: exit $?"
same tests/golden/peru-audit-csv/stdout "$out/audit.csv"
"$bin" audit $m -o "$out/audit.txt" > /dev/null 2>&1 || fail "audit -o audit.txt: exit $?"
same tests/golden/peru-audit/stdout "$out/audit.txt"
# A folder keeps every format, whatever its name; so does an existing folder named like a file.
"$bin" compare $m -o "$out/all" > /dev/null 2>&1 || fail "compare -o all: exit $?"
for f in compare-entities.csv compare-totals.csv compare-series.csv compare.json compare.md; do
  [[ -f "$out/all/$f" ]] || fail "folder: $f missing"
done
mkdir "$out/old.csv"
"$bin" compare $m -o "$out/old.csv" > /dev/null 2>&1 || fail "compare -o old.csv/: exit $?"
[[ -f "$out/old.csv/compare.json" ]] || fail "an existing folder named old.csv did not get every format"
# simulate too.
"$bin" simulate scenarios/peru/costed-needs.yaml -o "$out/sim.json" > /dev/null 2>&1 || fail "simulate -o sim.json: exit $?"
"$bin" simulate scenarios/peru/costed-needs.yaml --format json > "$out/sim-stdout.json" 2>/dev/null
same "$out/sim-stdout.json" "$out/sim.json"
exit $status
