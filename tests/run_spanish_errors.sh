#!/usr/bin/env bash
# The messages on stderr and --help in Spanish hold no English (issue 14): every broken model and
# scenario of tests/bad-models and tests/bad-scenarios checked with --lang es, the failing golden
# cases (usage errors, bad import files, missing files) run in a Spanish locale, and the --help
# of veedor and of every command. Scanned for the English words of tests/spanish/english-words.txt
# and of tests/spanish/english-message-words.txt, whole words, any case. What the input itself
# says is not a word of veedor's: quoted names and values ('…', "…"), file paths, option names
# (--year), YAML keys with hyphens and the system's reason for a failed read.
# There is no list of known leftovers: every line is scanned. A model's own words (a group's name)
# are given in Spanish by the test models, as the shipped one does.
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
unset LC_ALL LC_MESSAGES LANG COLUMNS
cat "$here/spanish/english-words.txt" "$here/spanish/english-message-words.txt" > "$out/words"
status=0
n=0
for f in "$here"/bad-models/*.yaml "$here"/bad-scenarios/*.yaml; do
  rel=tests/${f#"$here"/}
  "$bin" check "$rel" --lang es > /dev/null 2> "$out/check-$(basename "$(dirname "$f")")-$(basename "$f").err"
  n=$((n + 1))
done
for case_dir in "$here"/golden/*/; do
  [[ -f "$case_dir/rc" && $(cat "$case_dir/rc") != 0 ]] || continue
  read -r -a args < "$case_dir/args"
  LANG=es_PE.UTF-8 "$bin" "${args[@]}" > /dev/null 2> "$out/golden-$(basename "$case_dir").err"
  n=$((n + 1))
done
# report --pdf without Chromium and with a Chromium that fails (a stand-in script); with no
# gnuplot either, whose own warnings are not veedor's words.
mkdir -p "$out/none" "$out/fake"
printf '#!/bin/sh\nexit 1\n' > "$out/fake/chromium"
chmod +x "$out/fake/chromium"
PATH=$out/none "$bin" report scenarios/peru/model.yaml --pdf --lang es --out "$out/pdf-none" > /dev/null 2> "$out/pdf-none.err"
PATH=$out/fake "$bin" report scenarios/peru/model.yaml --pdf --lang es --out "$out/pdf-failed" > /dev/null 2> "$out/pdf-failed.err"
grep -q "Chromium no está instalado" "$out/pdf-none.err" || { echo "report --pdf without Chromium: $(cat "$out/pdf-none.err")"; status=1; }
grep -q "falló (salida 1); no se escribió nada" "$out/pdf-failed.err" || { echo "report --pdf, Chromium failing: $(cat "$out/pdf-failed.err")"; status=1; }
n=$((n + 2))
LANG=es_PE.UTF-8 "$bin" --help > "$out/help-veedor.err"
for c in check compare audit simulate plot report track init "import mef"; do
  read -r -a cmd <<< "$c"
  "$bin" "${cmd[@]}" --help --lang es > "$out/help-${c// /-}.err" 2>&1
  n=$((n + 1))
done
for f in "$out"/*.err; do
  # Not veedor's words: quoted input, paths, hyphenated keys (before options: line-width), options,
  # an option's choices ({national,regional,…}), strerror's reason, examples,
  # and the input's own vocabulary listed after "se esperaba una de:" and the like (keys, enum words).
  hits=$(sed -E "s/'[^']*'//g; s/\"[^\"]*\"//g; s/\`[^\`]*\`//g; s#[^ ]*(/[A-Za-z0-9_.-]+|\.[a-z]{2,4}\b)[^ ]*##g; s#[A-Za-z0-9]+(-[A-Za-z0-9]+)+##g; s/--?[A-Za-z0-9-]+//g; s/:\{[^}]*\}//g; s/(no se puede leer|cannot be read|no se puede escribir|no se pueden escribir archivos en esta carpeta|no se puede crear la carpeta|no se puede reemplazar): .*//; s/(se esperaba una de|no es uno de|una de estas palabras|tiene exactamente una de|escrito como un mapeo):.*//; s/^  veedor .*//; s/^ +(import|apt-get|and run).*//" "$f" |
         grep -n -o -i -w -F -f "$out/words" | sort -u -t: -k2,2 | head -20)
  if [[ -n $hits ]]; then
    echo "English in $(basename "$f"):"
    while IFS=: read -r line word; do echo "  $word: $(sed -n "${line}p" "$f" | cut -c1-200)"; done <<< "$hits"
    status=1
  fi
done
[[ $status == 0 ]] && echo "no English word in the Spanish messages of $n runs"
exit $status
