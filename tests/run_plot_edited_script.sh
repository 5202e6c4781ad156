#!/usr/bin/env bash
# `veedor plot` never overwrites a .gp the user has edited: it keeps it, writes the new script as
# NAME.new.gp and says so on stderr. An untouched .gp is replaced silently. (Without gnuplot on
# PATH, so exit 5: the scripts are what this checks.)
set -u
bin=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
plot() { PATH=/nonexistent "$bin" plot scenarios/peru/model.yaml --out "$out/charts" > /dev/null 2> "$out/stderr"; }
status=0
plot
gp=$out/charts/3-national-series.gp
head -1 "$gp" | grep -Eqx '# veedor: fnv1a64 [0-9a-f]{16}' || { echo "no checksum line:"; head -1 "$gp"; status=1; }
plot  # unedited: replaced, no warning, no .new.gp
grep -q "edited since veedor" "$out/stderr" && { echo "warned about an unedited script"; status=1; }
[[ ! -e "$out/charts/3-national-series.new.gp" ]] || { echo ".new.gp written for an unedited script"; status=1; }
echo "set style fill solid 0.9  # my style" >> "$gp"
cp "$gp" "$out/edited.gp"
plot
rc=$?
[[ $rc == 5 ]] || { echo "exit code $rc, expected 5 (gnuplot missing)"; status=1; }
cmp -s "$gp" "$out/edited.gp" || { echo "the edited script was overwritten"; status=1; }
grep -Fxq "veedor: kept $gp, edited since veedor wrote it; the new script is $out/charts/3-national-series.new.gp" \
  "$out/stderr" || { echo "no exact warning:"; cat "$out/stderr"; status=1; }
grep -Fxq "wrote $out/charts/3-national-series.new.gp" "$out/stderr" || { echo "new script not listed"; status=1; }
[[ $(grep -c "edited since veedor" "$out/stderr") == 1 ]] || { echo "warned about other scripts"; status=1; }
exit $status
