#!/usr/bin/env bash
# Without gnuplot on PATH, `veedor plot` names the package, exits 5, and still writes the scripts
# and data so that they can be drawn later.
set -u
bin=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
PATH=/nonexistent "$bin" plot scenarios/peru/model.yaml --out "$out/charts" > "$out/stdout" 2> "$out/stderr"
rc=$?
status=0
[[ $rc == 5 ]] || { echo "exit code $rc, expected 5"; status=1; }
grep -q "apt-get install --no-install-recommends gnuplot-nox" "$out/stderr" || { echo "no package named:"; cat "$out/stderr"; status=1; }
[[ -s "$out/charts/3-national-series.gp" && -s "$out/charts/3-national-series.dat" ]] || { echo "scripts not written"; status=1; }
[[ ! -e "$out/charts/3-national-series.png" ]] || { echo "an image appeared without gnuplot"; status=1; }
exit $status
