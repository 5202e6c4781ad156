#!/usr/bin/env bash
# report --baseline: the brief compares the other scenarios against the one named, year by year,
# and the overlay chart draws that one's need (the example of docs/cli.md); a name that is none of
# the scenarios is a usage error (exit 2) that lists them, and nothing is written.
set -u
bin=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
fail() { echo "$*"; status=1; }
has() {  # has FILE TEXT
  grep -qF -- "$2" "$1" || fail "$1 lacks: $2"
}
unset LC_ALL LC_MESSAGES LANG
# The example of docs/cli.md, in a scratch folder.
"$bin" report tests/track/model.yaml tests/track/plan.yaml tests/compare/plan-b.yaml --baseline plan-b --lang en \
  --out "$out/brief" > "$out/stdout" 2> "$out/stderr" || fail "report --baseline plan-b: exit $?: $(cat "$out/stderr")"
md=$out/brief/brief.md
has "$md" "### Gap (need - funded) minus that of Plan B: S/ 3,000 a year, per year, current soles"
# The track plan funds S/ 900, 800, 1,000 and 500 less than Plan B (simulate --baseline plan-b).
has "$md" "| Track test plan | +S/ 900.00 | +S/ 800.00 | +S/ 1,000.00 | +S/ 500.00 | +S/ 3,200.00 |"
has "$out/brief/charts/11-scenarios-overlay.gp" "Need of the baseline: Plan B: S/ 3,000 a year"
# Without --baseline, the first scenario is the baseline.
"$bin" report tests/track/model.yaml tests/track/plan.yaml tests/compare/plan-b.yaml --lang en --out "$out/first" \
  > /dev/null 2>&1 || fail "report without --baseline: exit $?"
has "$out/first/brief.md" "| Plan B: S/ 3,000 a year | -S/ 900.00 | -S/ 800.00 | -S/ 1,000.00 | -S/ 500.00 | -S/ 3,200.00 |"
# A baseline that is none of the scenarios: exit 2, the scenarios listed, no folder made.
"$bin" report tests/track/model.yaml tests/track/plan.yaml tests/compare/plan-b.yaml --baseline plan-c --out "$out/none" \
  > "$out/stdout" 2> "$out/stderr"
rc=$?
[[ $rc == 2 ]] || fail "--baseline plan-c: exit $rc, expected 2"
[[ "$(cat "$out/stderr")" == "error: --baseline plan-c is none of the scenarios given: tests/track/plan.yaml, tests/compare/plan-b.yaml" ]] ||
  fail "--baseline plan-c: stderr $(cat "$out/stderr")"
[[ ! -e "$out/none" ]] || fail "--baseline plan-c wrote $out/none"
# In Spanish, the same refusal in Spanish.
"$bin" report tests/track/model.yaml tests/track/plan.yaml tests/compare/plan-b.yaml --baseline plan-c --lang es \
  --out "$out/none" > /dev/null 2> "$out/stderr"
grep -q "ninguno de los escenarios" "$out/stderr" || fail "--lang es: stderr $(cat "$out/stderr")"
[[ $status == 0 ]] && echo "report --baseline: ok"
exit $status
