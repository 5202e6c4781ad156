#!/usr/bin/env bash
# Issue 16, item 5: `plot` and `report` take the filters of compare and audit. plot --entity
# MININTER charts MININTER alone (its 2015 allocation, S/ 954,099.00, without MIMP's 2,914,192.00);
# report --year 2016 --entity MININTER gives a brief whose tables hold MININTER's 2016 row alone.
set -u
bin=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
fail() { echo "$*"; status=1; }
model=scenarios/peru/model.yaml
"$bin" plot $model --out "$out/all" > /dev/null 2>&1
"$bin" plot $model --entity MININTER --out "$out/mininter" > /dev/null 2>&1 || fail "plot --entity MININTER: exit $?"
data=1-allocated-vs-executed-sectors.dat
grep -qP '\t2914192\.00(\t|$)' "$out/all/$data" || fail "unfiltered: MIMP's 2015 allocation is not charted"
grep -qP '\t954099\.00(\t|$)' "$out/mininter/$data" || fail "--entity MININTER: MININTER's 2015 allocation is not charted"
grep -qP '\t2914192\.00(\t|$)' "$out/mininter/$data" && fail "--entity MININTER: MIMP is charted too"
"$bin" report $model --year 2016 --entity MININTER --lang en --out "$out/brief" > /dev/null 2> "$out/log" ||
  { fail "report --year 2016 --entity MININTER: exit $?"; cat "$out/log"; }
md=$out/brief/brief.md
grep -qxF '| Ministry of the Interior (MININTER) | 2016 | S/ 813,815.00 | S/ 479,906.00 | 58.97% \* |' "$md" ||
  fail "report: MININTER's 2016 row is missing"
grep -q '^| [^|]* | 2015 |\|(MIMP) |' "$md" && fail "report: a row of 2015 or of MIMP: $(grep '^| [^|]* | 2015 |\|(MIMP) |' "$md" | head -2)"
exit $status
