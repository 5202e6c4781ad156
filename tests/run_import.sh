#!/usr/bin/env bash
# veedor import mef on files from bench/gen_mef.py: the imported sums equal the generator's known
# exact totals, stage by stage and pliego by pliego, in UTF-8 and Latin-1; bad rows fail the import
# or are skipped and named; the imported model works with the other commands.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

python3 bench/gen_mef.py --rows 3000 --year 2016 --seed 7 --encoding utf-8 --out "$tmp/utf8.csv" > /dev/null
python3 bench/gen_mef.py --rows 3000 --year 2015 --seed 8 --months-upto 7 --bad-rows 6 --encoding latin-1 \
  --out "$tmp/latin1.csv" > /dev/null

# Bad rows: by default nothing is written and every bad line is named.
"$bin" import mef "$tmp/latin1.csv" --select scenarios/mef/select-trata.yaml --out "$tmp/x.yaml" 2> "$tmp/err"
[[ $? == 1 ]] || fail "bad rows did not fail the import"
[[ ! -e "$tmp/x.yaml" ]] || fail "a model was written despite bad rows"
for line in $(python3 -c "import json; print(' '.join(map(str, json.load(open('$tmp/latin1.totals.json'))['bad_lines'])))"); do
  grep -q "latin1.csv:$line:1: error:" "$tmp/err" || fail "bad line $line not reported"
done

for f in utf8 latin1; do
  "$bin" import mef "$tmp/$f.csv" --select scenarios/mef/select-trata.yaml --on-bad-row skip --out "$tmp/$f.yaml" \
    > "$tmp/$f.out" 2> "$tmp/$f.err" || { fail "import of $f failed"; cat "$tmp/$f.err"; continue; }
  python3 - "$tmp/$f.yaml" "$tmp/$f.totals.json" <<'PY' || fail "$f: totals differ"
import json, re, sys
model, totals = open(sys.argv[1], encoding="utf-8").read(), json.load(open(sys.argv[2]))
want = totals["selected_meta_trata"]["by_pliego"]
got = {}
for block in model.split("\n  - id: E")[1:]:
    code = block.split("\n", 1)[0]
    name = re.search(r'name: "(.*)"', block).group(1)
    stages = dict(kv.split(": ") for kv in re.search(r"stages: \{(.*)\}", block).group(1).split(", "))
    got[code] = (name, stages)
ok = set(got) == set(want)
for code, w in want.items():
    name, stages = got.get(code, ("", {}))
    ok &= name == w["name"]
    for k in ["pia", "pim", "certificado", "comprometido_anual", "comprometido", "devengado", "girado"]:
        ok &= stages.get(k.replace("_", "-")) == w[k]
general = re.search(r"general-budget: ([0-9.]+)", model).group(1)
ok &= general == totals["all"]["pia"]
print("pliegos", len(want), "match" if ok else "DIFFER")
sys.exit(0 if ok else 1)
PY
  "$bin" check "$tmp/$f.yaml" > /dev/null || fail "$f: the imported model does not check"
  "$bin" compare "$tmp/$f.yaml" > "$tmp/$f.compare" || fail "$f: compare failed"
  grep -q "Allocated = pim, executed = devengado" "$tmp/$f.compare" || fail "$f: the stages are not labelled"
  "$bin" audit "$tmp/$f.yaml" > /dev/null || fail "$f: audit failed"
done
grep -q "executed-through: 2015-07-31" "$tmp/latin1.yaml" || fail "the partial year is not marked"
grep -q "(latin-1)" "$tmp/latin1.out" || fail "Latin-1 was not detected"
grep -q "(utf-8)" "$tmp/utf8.out" || fail "UTF-8 was not detected"
python3 -c "import sys; t=open('$tmp/latin1.yaml', encoding='utf-8').read(); sys.exit(0 if any(c in t for c in 'ÁÉÍÓÚÑ') or 'LIMA' in t else 1)" \
  || fail "Latin-1 names were not converted"
exit $status
