#!/usr/bin/env bash
# run_install.sh BUILD_DIR: `DESTDIR=… cmake --install` gives the program, one man page per command
# (each from its --help: same options, same examples, with the installed examples' paths, and
# each example runs), the bash completion (which completes
# commands and options read from veedor itself), the docs and the example scenarios; the
# installed program runs on the installed example.
set -u
build=$(realpath "$1")
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
status=0
fail() { echo "$*"; status=1; }

DESTDIR=$dest cmake --install "$build" --prefix /usr > /dev/null 2>&1 || fail "DESTDIR install failed"
veedor=$dest/usr/bin/veedor
[[ -x $veedor ]] || fail "no usr/bin/veedor"
commands=$("$veedor" completion --commands | cut -f1)
n=$(printf '%s\n' "$commands" | grep -c .)
pages=$(ls "$dest/usr/share/man/man1" | grep -c '\.1$')
[[ $pages == $((n + 1)) ]] || fail "$pages man pages for $n commands and veedor itself"
while read -r command; do
  page=$dest/usr/share/man/man1/veedor-${command// /-}.1
  [[ -s $page ]] || { fail "no page $page"; continue; }
  # every long option of the command's --help is in its page, and so is each example
  for opt in $("$veedor" $command --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    grep -q -- "${opt//-/\\\\-}" "$page" || fail "$command: $opt is not in its man page"
  done
  grep -q '^\.SH EXAMPLES' "$page" || fail "$command: its man page has no EXAMPLES section"
done <<< "$commands"
grep -qx 'compare' "$dest/usr/share/man/man1/veedor.1" || fail "veedor.1 does not list compare"
completion=$dest/usr/share/bash-completion/completions/veedor
[[ -s $completion ]] || fail "no bash completion"
complete_words() {  # complete_words WORD...: what the completion offers for the last word
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _veedor; printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$@"
}
[[ $(complete_words veedor comp) == compare ]] || fail "veedor comp<TAB>: $(complete_words veedor comp)"
[[ $(complete_words veedor compare model.yaml --ye) == --year ]] || fail "compare --ye<TAB>: $(complete_words veedor compare x --ye)"
[[ $(complete_words veedor import m) == mef ]] || fail "import m<TAB>: $(complete_words veedor import m)"
[[ $(complete_words veedor import mef x.csv --sel) == --select ]] || fail "import mef --sel<TAB>"
for f in README.md cli.md guide.md guia.md examples/peru/model.yaml examples/peru/costed-needs.yaml; do
  [[ -f $dest/usr/share/doc/veedor/$f ]] || fail "no usr/share/doc/veedor/$f"
done
# The man pages' examples name the installed examples, never the repository's scenarios/, and
# each runs there (from an empty folder, DESTDIR put before the installed path).
examples=/usr/share/doc/veedor/examples
for page in $(grep -l 'scenarios/' "$dest"/usr/share/man/man1/*.1); do fail "$(basename "$page") names scenarios/"; done
mkdir "$dest/work"
ran=0
while read -r example; do
  example=${example//\\-/-}
  read -r -a args <<< "${example#veedor }"
  args=("${args[@]//$examples/$dest$examples}")
  (cd "$dest/work" && "$veedor" "${args[@]}" > out.txt 2> err.txt) || { fail "man page example failed: $example"; cat "$dest/work/err.txt"; }
  [[ $example == *" $examples/"* ]] && ran=$((ran + 1))
done < <(sed -n '/^\.SH EXAMPLES/,/^\.SH [^E]/{/^veedor /p}' "$dest"/usr/share/man/man1/veedor-*.1)
(( ran >= 15 )) || fail "only $ran man page examples name $examples"
"$veedor" compare "$dest/usr/share/doc/veedor/examples/peru/model.yaml" --year 2016 --group sectors > "$dest/out" 2>&1 ||
  { fail "installed veedor compare: exit $?"; cat "$dest/out"; }
grep -q '^2016  S/ 6,485,049.50  S/ 3,484,772.77' "$dest/out" || { fail "installed compare output:"; head -20 "$dest/out"; }
exit $status
