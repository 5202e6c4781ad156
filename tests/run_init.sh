#!/usr/bin/env bash
# `veedor init DIR` writes a model and a scenario that `check` accepts and `simulate` runs; a
# second init in the same folder refuses (exit 3) and leaves both files as they were.
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
fail() { echo "$*"; status=1; }
"$bin" init "$work/start" > "$work/stdout" 2> "$work/stderr" || fail "init: exit $?"
printf 'Next: veedor check %s/model.yaml && veedor simulate %s/scenario.yaml\n' "$work/start" "$work/start" |
  diff -u - "$work/stdout" || fail "init's stdout"
"$bin" check "$work/start/model.yaml" > "$work/check-model" 2>&1 || { fail "check model: exit $?"; cat "$work/check-model"; }
grep -q ": valid. 2 years, 1 groups, 2 entities, 4 yearly figures" "$work/check-model" || { fail "check model:"; cat "$work/check-model"; }
"$bin" check "$work/start/scenario.yaml" > "$work/check-scenario" 2>&1 || { fail "check scenario: exit $?"; cat "$work/check-scenario"; }
"$bin" simulate "$work/start/scenario.yaml" > /dev/null 2> "$work/sim-err" || { fail "simulate: exit $?"; cat "$work/sim-err"; }
echo "# my edit" >> "$work/start/model.yaml"
before=$(md5sum "$work/start/model.yaml" "$work/start/scenario.yaml")
"$bin" init "$work/start" > "$work/stdout2" 2> "$work/stderr2"
rc=$?
[[ $rc == 3 ]] || fail "second init: exit $rc, expected 3"
printf "veedor: %s/model.yaml already exists; init never writes over a file\nveedor: %s/scenario.yaml already exists; init never writes over a file\nRun 'veedor init --help' for its options.\n" "$work/start" "$work/start" |
  diff -u - "$work/stderr2" || fail "second init's message"
[[ "$before" == "$(md5sum "$work/start/model.yaml" "$work/start/scenario.yaml")" ]] || fail "init wrote over a file"
exit $status
