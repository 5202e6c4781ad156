#!/usr/bin/env bash
# Hostile file and folder names through `veedor report` and `veedor plot` with the real gnuplot
# (docs/hostile-input.md): a scenario's name must never run as gnuplot code (now or when the
# .gp is rerun), never become live HTML or Markdown, never reach a terminal raw, and never make
# an output that is not UTF-8; two scenarios of the same name get two sets of charts; any folder
# name works; a failed run replaces nothing; leftovers of a killed run do not confuse the next.
set -u
bin=$(realpath "$1")
src=$(pwd)
tmp=$(mktemp -d)
trap '[[ -n ${KEEP:-} ]] || rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

mkdir -p "$tmp/in/a" "$tmp/in/b"
cp scenarios/peru/model.yaml scenarios/peru/base.yaml "$tmp/in/"
sed 's|^model: model.yaml|model: ../model.yaml|' scenarios/peru/base.yaml > "$tmp/in/a/plan.yaml"
cp "$tmp/in/a/plan.yaml" "$tmp/in/b/plan.yaml"
cd "$tmp/in"
names=("z' . system('touch PWNED') . '.yaml" $'n\n!touch PWNED\n.yaml' "<img src=x onerror=alert(1)>.yaml"
       $'e\x1b[2J\xe2\x80\xaeff\xff.yaml')
for n in "${names[@]}"; do cp base.yaml "$n"; done

check_outputs() {  # FOLDER: every name a slug, every text output UTF-8, no trap
    local dir=$1
    while IFS= read -r -d '' f; do
        local base=${f##*/}
        [[ $base =~ ^[a-z0-9-]+\.(gp|dat|png|svg|html|md)$ ]] || fail "output name not a slug: $(printf %q "$base")"
        [[ $base == *.png ]] || iconv -f UTF-8 -t UTF-8 "$f" > /dev/null 2>&1 || fail "not UTF-8: $base"
    done < <(find "$dir" -type f -print0)
}
check_terminal() {  # FILE of captured stdout or stderr
    LC_ALL=C grep -q $'\x1b' "$1" && fail "an ESC byte reached the terminal in $1"
    grep -qF $'\xe2\x80\xae' "$1" && fail "a bidi control reached the terminal in $1"
    iconv -f UTF-8 -t UTF-8 "$1" > /dev/null 2>&1 || fail "terminal text not UTF-8 in $1"
}
no_trap() { [[ -z $(find "$tmp" / -maxdepth 1 -name PWNED 2>/dev/null; find "$tmp" -name PWNED) ]] || fail "PWNED appeared ($1)"; }

# 1-4, 7, 18: a report with every hostile name, into a folder with a space and an accent.
out="$tmp/mis gráficos"
"$bin" report model.yaml "${names[@]}" a/plan.yaml b/plan.yaml --trials 0 --out "$out" > "$tmp/stdout" 2> "$tmp/stderr"
rc=$?
[[ $rc == 0 ]] || { fail "report exit $rc"; cat "$tmp/stderr"; }
no_trap report
check_outputs "$out"
check_terminal "$tmp/stdout"
check_terminal "$tmp/stderr"
for f in brief.md brief.html; do
    grep -qF '<img src=x' "$out/$f" && fail "$f holds live <img src=x"
done
# 3: `check` names the file on the terminal, its controls shown inertly.
"$bin" check "${names[3]}" > "$tmp/stdout" 2> "$tmp/stderr" || fail "check of the ESC name"
check_terminal "$tmp/stdout"
grep -qF $'e\\x1b[2J<U+202E>ff\xef\xbf\xbd.yaml: valid scenario' "$tmp/stdout" ||
    { fail "check does not show the ESC and the bidi control as \\x1b and <U+202E>:"; cat -v "$tmp/stdout"; }
for s in plan plan-2 z-system-touch-pwned n-touch-pwned img-src-x-onerror-alert-1 e-2j-ff; do
    [[ -s "$out/charts/5-funded-vs-need-$s.svg" ]] || fail "no chart 5-funded-vs-need-$s.svg"
done
# The .gp files are safe to rerun.
(cd "$out/charts" && for g in *.gp; do gnuplot "$g" > /dev/null 2>&1; done)
no_trap "rerun of the .gp files"

# 3: the "wrote" lines name a folder holding an escape sequence inertly.
"$bin" plot model.yaml --trials 0 --out "$tmp/"$'o\x1b[31m' > /dev/null 2> "$tmp/stderr" || fail "plot into an ESC folder"
check_terminal "$tmp/stderr"
grep -qF 'o\x1b[31m/3-national-series.png' "$tmp/stderr" || { fail "wrote lines:"; cat -v "$tmp/stderr"; }

# 4: a model whose name holds the byte 0xFF: compare.md and every other output stay UTF-8.
cp model.yaml m$'\xff'.yaml
"$bin" compare m$'\xff'.yaml --format md --out "$tmp/compare" > "$tmp/stdout" 2> "$tmp/stderr" || fail "compare of the 0xFF model"
for f in "$tmp"/compare/* "$tmp/stdout"; do iconv -f UTF-8 -t UTF-8 "$f" > /dev/null 2>&1 || fail "not UTF-8: $f"; done
grep -qF $'m\xef\xbf\xbd.yaml' "$tmp/compare/compare.md" || fail "compare.md does not show the 0xFF byte as U+FFFD"

# plot, into a folder with an accent; two models of the same name.
mkdir -p m2 && cp model.yaml m2/model.yaml
"$bin" plot model.yaml m2/model.yaml "${names[1]}" --trials 0 --out "$tmp/junín" > "$tmp/stdout" 2> "$tmp/stderr"
rc=$?
[[ $rc == 0 ]] || { fail "plot exit $rc"; cat "$tmp/stderr"; }
[[ -s "$tmp/junín/3-national-series.png" && -s "$tmp/junín/3-national-series-2.png" ]] || fail "two models: not two national series"
no_trap plot
check_outputs "$tmp/junín"
check_terminal "$tmp/stderr"

# 7: a run that fails replaces nothing (brief.md is a folder now: the run fails before writing).
before=$(cd "$out" && find . -type f -exec sha256sum {} + | sort)
rm "$out/brief.md" && mkdir "$out/brief.md"
before=$(cd "$out" && find . -type f -exec sha256sum {} + | sort)
"$bin" report model.yaml a/plan.yaml --trials 0 --lang en --out "$out" > /dev/null 2> "$tmp/stderr"
rc=$?
[[ $rc == 3 ]] || fail "a report into a folder where brief.md is a folder: exit $rc, expected 3"
after=$(cd "$out" && find . -type f -exec sha256sum {} + | sort)
[[ $before == "$after" ]] || fail "a failed report changed earlier outputs"
rmdir "$out/brief.md"

# 8: leftovers of a killed run (temporary files, a render folder) do not confuse the next run,
# and are removed by it.
fresh="$tmp/fresh"
"$bin" report model.yaml a/plan.yaml --trials 0 --out "$fresh" > /dev/null 2>&1 || fail "fresh report"
killed="$tmp/killed"
mkdir -p "$killed/charts/.veedor-render-999999"
echo stale > "$killed/brief.html.tmp-999999"
echo stale > "$killed/charts/3-national-series.svg.tmp-999999"
echo "set output 'x'" > "$killed/charts/.veedor-render-999999/3-national-series.gp"
echo old > "$killed/brief.md"
"$bin" report model.yaml a/plan.yaml --trials 0 --out "$killed" > /dev/null 2> "$tmp/stderr"
rc=$?
[[ $rc == 0 ]] || { fail "report after a killed run: exit $rc"; cat "$tmp/stderr"; }
cmp -s "$fresh/brief.md" "$killed/brief.md" || fail "brief.md after a killed run differs from a fresh one"
cmp -s "$fresh/charts/3-national-series.svg" "$killed/charts/3-national-series.svg" || fail "chart after a killed run differs"
left=$(cd "$killed" && find . -name '*.tmp-*' -o -name '.veedor-render-*')
[[ -z $left ]] || fail "leftovers of the killed run remain: $left"

# A theme (`--style`) is hostile input too: a hostile file name, and hostile text in every key
# that takes text, are refused or kept out of the scripts; a valid theme under a hostile name
# restyles the charts and its name reaches no script.
printf 'format: veedor-theme/1\nfont: "x\x27 . system(\x27touch PWNED\x27) . \x27"\ncolors: {fall: "#ff0000\x27; system \x27touch PWNED"}\n' \
    > "hostile-theme.yaml"
"$bin" plot model.yaml --style hostile-theme.yaml --out "$tmp/themed-bad" > /dev/null 2> "$tmp/stderr"
rc=$?
[[ $rc == 1 ]] || fail "plot with a hostile theme: exit $rc, expected 1"
[[ -e "$tmp/themed-bad" ]] && fail "plot with a hostile theme wrote $tmp/themed-bad"
grep -qF "hostile-theme.yaml:2:7: error: 'font' must be a font family" "$tmp/stderr" || { fail "hostile font:"; cat "$tmp/stderr"; }
grep -qF "hostile-theme.yaml:3:16: error: 'fall' must be a colour written #RRGGBB" "$tmp/stderr" ||
    { fail "hostile colour:"; cat "$tmp/stderr"; }
theme_name="t' . system('touch PWNED') . '"$'\n''!touch PWNED.yaml'
printf 'format: veedor-theme/1\nfont: DejaVu Sans Mono\n' > "$theme_name"
"$bin" plot model.yaml --entity MININTER --style "$theme_name" --out "$tmp/themed" > /dev/null 2> "$tmp/stderr" ||
    { fail "plot with a theme of a hostile name"; cat "$tmp/stderr"; }
grep -qF "font 'DejaVu Sans Mono,10'" "$tmp/themed/9-entity-mininter.gp" || fail "the theme did not reach the script"
grep -lF "PWNED" "$tmp/themed/"*.gp && fail "the theme's file name reached a script"
(cd "$tmp/themed" && for g in *.gp; do gnuplot "$g" > /dev/null 2>&1; done)
no_trap "theme"

# An empty --out (an unset variable in a script) is a usage error for every command that writes:
# as a folder it would mean the root of the file system. Nothing is written anywhere.
before_root=$(ls -A /)
for cmd in "plot model.yaml --trials 0" "report model.yaml --trials 0" "compare model.yaml" "audit model.yaml" \
           "simulate base.yaml --trials 0" "import mef $src/tests/mef-real/sample-2016.csv --select $src/scenarios/mef/select-trata.yaml"; do
    # shellcheck disable=SC2086
    "$bin" $cmd --out '' > "$tmp/stdout" 2> "$tmp/stderr"
    rc=$?
    [[ $rc == 2 ]] || fail "$cmd --out '': exit $rc, expected 2"
    grep -qF "an empty name: give a file or folder (is a variable of the script unset?)" "$tmp/stderr" ||
        { fail "$cmd --out '':"; cat "$tmp/stderr"; }
done
"$bin" plot model.yaml --style '' --out "$tmp/empty-style" > /dev/null 2>&1
[[ $? == 2 ]] || fail "plot --style '': not a usage error"
"$bin" --lang es plot model.yaml --out '' > /dev/null 2> "$tmp/stderr"
grep -qF "un nombre vacío: indique un archivo o una carpeta" "$tmp/stderr" || { fail "--out '' in Spanish:"; cat "$tmp/stderr"; }
[[ $(ls -A /) == "$before_root" ]] || fail "an empty --out wrote into /"

# The theme file is an input: a run whose outputs would replace it writes nothing.
mkdir -p "$tmp/ov"
printf 'format: veedor-theme/1\nfont: DejaVu Sans\n' > "$tmp/ov/9-entity-mininter.dat"
theme_before=$(sha256sum < "$tmp/ov/9-entity-mininter.dat")
"$bin" plot model.yaml --entity MININTER --style "$tmp/ov/9-entity-mininter.dat" --out "$tmp/ov" > /dev/null 2> "$tmp/stderr"
rc=$?
[[ $rc == 3 ]] || fail "plot over its own theme: exit $rc, expected 3"
[[ $(sha256sum < "$tmp/ov/9-entity-mininter.dat") == "$theme_before" ]] || fail "plot overwrote its --style file"
printf 'format: veedor-theme/1\nfont: DejaVu Sans\n' > "$tmp/ov/brief.md"
"$bin" report model.yaml --trials 0 --style "$tmp/ov/brief.md" --out "$tmp/ov" > /dev/null 2>&1
[[ $? == 3 ]] || fail "report over its own theme: not refused"
grep -qx 'format: veedor-theme/1' "$tmp/ov/brief.md" || fail "report overwrote its --style file"

# Two entity ids that differ only in case are valid, and give two charts (the second one -2).
sed 's/\bMIMP\b/mininter/g' model.yaml > case-ids.yaml
grep -q 'id: mininter$' case-ids.yaml || fail "the test's model has no entity mininter (did MIMP move?)"
"$bin" plot case-ids.yaml --entity MININTER --entity mininter --out "$tmp/case-ids" > /dev/null 2> "$tmp/stderr" ||
    { fail "plot of two entities whose ids differ in case"; cat "$tmp/stderr"; }
[[ -s "$tmp/case-ids/9-entity-mininter.png" && -s "$tmp/case-ids/9-entity-mininter-2.png" ]] ||
    fail "not two entity charts: $(ls "$tmp/case-ids")"
grep -qF "9-entity-mininter-2.dat" "$tmp/case-ids/9-entity-mininter-2.gp" || fail "the -2 script does not read its own data"

# A read-only output folder, as a user who is not root: the system's reason, naming the folder.
if [[ $(id -u) == 0 ]] && command -v setpriv > /dev/null; then
    ro="$tmp/ro"
    mkdir -p "$ro" && chmod 555 "$ro" && chmod 755 "$tmp" "$tmp/in" && chmod -R a+r "$tmp/in"
    setpriv --reuid=65534 --regid=65534 --clear-groups "$bin" plot model.yaml --out "$ro" > /dev/null 2> "$tmp/stderr"
    rc=$?
    [[ $rc == 3 ]] || fail "plot into a read-only folder: exit $rc, expected 3"
    grep -qxF "veedor: $ro: cannot write files in this folder: Permission denied" "$tmp/stderr" ||
        { fail "read-only folder message:"; cat "$tmp/stderr"; }
fi
exit $status
