#!/usr/bin/env bash
# Charts over the years and the user's style (docs/charts.md):
# 1. golden scripts: for each tests/charts/CASE, `veedor ARGS --out DIR` (ARGS in CASE/args) writes
#    each CASE/*.gp and CASE/*.dat byte for byte (UPDATE_GOLDEN=1 rewrites them instead);
# 2. the theme example of docs/charts.md ("Your style") is read by `plot --style` and `report
#    --style`, and its colours, font and size reach the scripts of both; a second run writes the
#    same scripts;
# 3. the README's chart of one ministry (docs/images/...png) is what its command draws today.
# Usage: run_plot_charts.sh VEEDOR (from the repository root)
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset LC_ALL LC_MESSAGES LANG COLUMNS
status=0
fail() { echo "FAIL: $*"; status=1; }

# 1. golden scripts and data
for case_dir in tests/charts/*/; do
  name=$(basename "$case_dir")
  read -r -a args < "$case_dir/args"
  out="$tmp/golden-$name"
  "$bin" "${args[@]}" --out "$out" > "$tmp/stdout" 2> "$tmp/stderr"
  rc=$?
  [[ $rc == 0 ]] || { fail "$name: exit $rc"; cat "$tmp/stderr"; continue; }
  for want in "$case_dir"*.gp "$case_dir"*.dat; do
    [[ -e $want ]] || continue
    got="$out/$(basename "$want")"
    if [[ "${UPDATE_GOLDEN:-}" == 1 ]]; then cp "$got" "$want"; continue; fi
    diff -u "$want" "$got" > "$tmp/diff" || { fail "$name: $(basename "$want") differs"; head -40 "$tmp/diff"; }
  done
done

# 1b. the plan against actual of a scenario whose horizon has an allocated year but no executed one:
# the legend names only what is drawn, and gnuplot has nothing to warn about.
"$bin" report scenarios/peru/model.yaml scenarios/peru/costed-needs.yaml --trials 0 --lang es --out "$tmp/track" \
  > /dev/null 2> "$tmp/stderr" || { fail "report of costed-needs"; cat "$tmp/stderr"; }
grep -F "warning" "$tmp/stderr" && fail "gnuplot warned while drawing the report's charts"
gp="$tmp/track/charts/8-plan-vs-actual.gp"
grep -qF "title 'asignación real'" "$gp" || fail "8-plan-vs-actual: no actual allocation (2017 has one)"
grep -qF "ejecución real" "$gp" && fail "8-plan-vs-actual: its legend names an actual execution no year has"

# 2. the theme of docs/charts.md
awk '/^```yaml$/ { inside = 1; next } /^```$/ { inside = 0 } inside' docs/charts.md |
  awk '/^format: veedor-theme\/1$/ { keep = 1 } keep' > "$tmp/theme.yaml"
grep -q '^format: veedor-theme/1$' "$tmp/theme.yaml" || fail "docs/charts.md has no theme example"
for run in 1 2; do
  "$bin" plot scenarios/peru/model.yaml --entity MININTER --style "$tmp/theme.yaml" --out "$tmp/styled-$run" \
    > /dev/null 2> "$tmp/stderr" || { fail "plot --style, run $run"; cat "$tmp/stderr"; }
done
gp="$tmp/styled-1/9-entity-mininter.gp"
for want in "font 'DejaVu Serif,11' fontscale 2 linewidth 4" "size 2400,1400" "size 1200,700" "lc rgb '#264653'" \
            "lc rgb '#e76f51'" "center font ',17' noenhanced"; do
  grep -qF "$want" "$gp" || fail "the theme's \"$want\" is not in 9-entity-mininter.gp"
done
diff -r "$tmp/styled-1" "$tmp/styled-2" > /dev/null || fail "a second run with the same --style drew other files"
"$bin" report scenarios/peru/model.yaml --style "$tmp/theme.yaml" --out "$tmp/brief" > /dev/null 2> "$tmp/stderr" ||
  { fail "report --style"; cat "$tmp/stderr"; }
grep -qF "lc rgb '#264653'" "$tmp/brief/charts/1-allocated-vs-executed-sectors.gp" ||
  fail "the brief's charts do not use the theme"
grep -qF 'width="1200"' "$tmp/brief/brief.html" || fail "the brief's inline charts are not the theme's size"
# The scenario charts take every colour from the theme too: its need, central case, tornado range,
# axes and scenario shades are in their scripts, and not one of veedor's default colours for them.
"$bin" plot scenarios/peru/model.yaml scenarios/peru/costed-needs.yaml scenarios/peru/restore-2015.yaml --trials 50 \
  --style "$tmp/theme.yaml" --out "$tmp/styled-scenarios" > /dev/null 2> "$tmp/stderr" ||
  { fail "plot --style with scenarios"; cat "$tmp/stderr"; }
sc=$tmp/styled-scenarios
for want in "5-funded-vs-need-costed-needs.gp:#7b2cbf" "5-funded-vs-need-costed-needs.gp:#222222" \
            "6-gap-by-axis-costed-needs.gp:#3c096c" "6-gap-by-axis-costed-needs.gp:#d0bfff" \
            "7-tornado-costed-needs.gp:#90a8c8" "7-tornado-costed-needs.gp:#264653" "7-tornado-costed-needs.gp:#e76f51" \
            "11-scenarios-overlay.gp:#2a9d8f" "11-scenarios-overlay.gp:#7b2cbf"; do
  grep -qF "lc rgb '${want#*:}'" "$sc/${want%%:*}" 2> /dev/null || fail "the theme's ${want#*:} is not in ${want%%:*}"
done
left=$(grep -lE "#(6a51a3|000000|6f8fc8|3b1f5c|1b7a5a|66c2a4|c7b8e0|08306b|2171b5|1f3d7a|c4561d)" \
  "$sc"/5-*.gp "$sc"/6-*.gp "$sc"/7-*.gp "$sc"/11-*.gp)
[[ -z $left ]] || fail "default colours left in styled scenario charts: $left"

# 3. the README's chart of one ministry over the years
cmd=$(grep -m1 '^    build/veedor plot scenarios/peru/model.yaml --entity' README.md | sed 's/^    //')
[[ -n $cmd ]] || fail "README shows no chart of one entity"
read -r -a words <<< "$cmd"
words[0]=$bin
for i in "${!words[@]}"; do [[ ${words[$i]} == --out ]] && words[$((i + 1))]="$tmp/readme"; done
"${words[@]}" > /dev/null 2>&1 || fail "the README's command fails: $cmd"
png=$(grep -m1 -o 'docs/images/[0-9]*-entity-[a-z0-9-]*\.png' README.md)
[[ -f $png ]] || fail "README shows no image under docs/images/"
cmp -s "$png" "$tmp/readme/$(basename "$png")" || fail "$png is not what \`$cmd\` draws"

[[ $status == 0 ]] && echo "charts: golden scripts, the documented theme and the README's chart all match"
exit $status
