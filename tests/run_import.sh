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
"$bin" import mef "$tmp/latin1.csv" --select bench/select-meta-trata.yaml --out "$tmp/x.yaml" 2> "$tmp/err"
[[ $? == 1 ]] || fail "bad rows did not fail the import"
[[ ! -e "$tmp/x.yaml" ]] || fail "a model was written despite bad rows"
for line in $(python3 -c "import json; print(' '.join(map(str, json.load(open('$tmp/latin1.totals.json'))['bad_lines'])))"); do
  grep -q "latin1.csv:$line:1: error:" "$tmp/err" || fail "bad line $line not reported"
done

for f in utf8 latin1; do
  "$bin" import mef "$tmp/$f.csv" --select bench/select-meta-trata.yaml --on-bad-row skip --out "$tmp/$f.yaml" \
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

# Every grouping: the sums per group equal Python's csv + decimal over the same file
# (bench/mef_import_decimal.py), for the generator's pliegos, executing units, levels and regions.
python3 bench/gen_mef.py --rows 20000 --year 2016 --seed 11 --encoding utf-8 --out "$tmp/big.csv" > /dev/null
for g in pliego:PLIEGO ejecutora:SEC_EJEC nivel-gobierno:NIVEL_GOBIERNO departamento:DEPARTAMENTO_EJECUTORA; do
  by=${g%%:*} column=${g#*:}
  sed "s/^group-by: pliego/group-by: $by/" bench/select-meta-trata.yaml > "$tmp/select-$by.yaml"
  "$bin" import mef "$tmp/big.csv" --select "$tmp/select-$by.yaml" --out "$tmp/by-$by.yaml" > /dev/null 2> "$tmp/by.err" \
    || { fail "group-by $by: import failed"; cat "$tmp/by.err"; continue; }
  python3 bench/mef_import_decimal.py "$tmp/big.csv" --group-by "$column" > "$tmp/by-$by.json"
  python3 - "$tmp/by-$by.yaml" "$tmp/by-$by.json" "$column" <<'PY' || fail "group-by $by: sums differ from Python's"
import json, re, sys
model, column = open(sys.argv[1], encoding="utf-8").read(), sys.argv[3]
want = json.load(open(sys.argv[2]))["years"]["2016"]["by_" + column.lower()]
got = {}
for block in model.split("\n  - id: E")[1:]:
    code = block.split("\n", 1)[0]
    stages = dict(kv.split(": ") for kv in re.search(r"stages: \{(.*)\}", block).group(1).split(", "))
    got[code] = {k.replace("-", "_"): v for k, v in stages.items()}
print(column, len(want), "groups", "match" if got == want else "DIFFER")
sys.exit(0 if got == want and len(want) > 1 else 1)
PY
done

# The thread count changes nothing: 1, 2 and 3 threads write the same bytes (the file is several
# chunks long), and name the same bad rows, at their lines.
python3 bench/gen_mef.py --rows 20000 --year 2017 --seed 12 --bad-rows 8 --out "$tmp/bad.csv" > /dev/null
for j in 1 2 3; do
  "$bin" import mef "$tmp/big.csv" "$tmp/bad.csv" --select bench/select-meta-trata.yaml --on-bad-row skip \
    --threads $j --out "$tmp/model.yaml" > /dev/null 2> "$tmp/j$j.err" || fail "import with $j threads failed"
  mv "$tmp/model.yaml" "$tmp/j$j.yaml"
done
cmp -s "$tmp/j1.yaml" "$tmp/j2.yaml" && cmp -s "$tmp/j1.yaml" "$tmp/j3.yaml" || fail "the thread count changed the model"
cmp -s "$tmp/j1.err" "$tmp/j2.err" && cmp -s "$tmp/j1.err" "$tmp/j3.err" || fail "the thread count changed the messages"
for line in $(python3 -c "import json; print(' '.join(map(str, json.load(open('$tmp/bad.totals.json'))['bad_lines'])))"); do
  grep -q "bad.csv:$line:1: warning:" "$tmp/j2.err" || fail "bad line $line not named with 2 threads"
done
exit $status
