#!/usr/bin/env bash
# Terminal tables fit the terminal (here COLUMNS=80, as a terminal 80 wide would give): names are
# shortened with "…", numbers never; --wide keeps every name whole; CSV is never shortened.
set -u
bin=$1
status=0
fail() { echo "$*"; status=1; }
m=scenarios/peru/model.yaml
out=$(COLUMNS=80 "$bin" compare $m --group regional-local --year 2016)
grep -qxF 'GR-HUANCAVE…  2016   S/ 15,100.00   S/ 10,570.00   70.00% *    S/ 5,171.00    52.08%' <<< "$out" ||
  { fail "no shortened name at 80 columns:"; echo "$out" | sed -n 5,10p; }
COLUMNS=80 "$bin" compare $m --wide | cmp -s - tests/golden/peru-compare/stdout || fail "--wide is not the whole table"
COLUMNS=80 "$bin" compare $m --format csv | cmp -s - tests/golden/peru-compare-csv/stdout || fail "CSV was shortened"
"$bin" compare $m | cmp -s - tests/golden/peru-compare/stdout || fail "not a terminal, no COLUMNS: not the whole table"
# Scenarios compared: long titles are shortened to fit, numbers never; --wide keeps them whole.
two=(tests/track/plan.yaml tests/compare/plan-b.yaml)
out=$(COLUMNS=60 "$bin" simulate "${two[@]}")
grep -qxF 'Plan B: S/ …  2017         +S/ 900.00         +S/ 510.00  S/ 0.00     -S/ 900.00' <<< "$out" || { fail "no shortened title at 60 columns:"; echo "$out" | sed -n 1,30p; }
COLUMNS=60 "$bin" simulate "${two[@]}" --wide | cmp -s - tests/golden/simulate-compare-two/stdout ||
  fail "simulate --wide is not the whole comparison"
exit $status
