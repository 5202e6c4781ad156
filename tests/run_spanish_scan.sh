#!/usr/bin/env bash
# The Spanish outputs of the shipped model and scenarios hold no English (issue 14): the terminal
# tables and Markdown of compare, audit and simulate, check's lines, the brief (Markdown and the
# text of the HTML) and the words of the chart scripts are scanned for the English words of
# tests/spanish/english-words.txt, whole words, any case. CSV headers, JSON keys and the enum words
# inside CSV and JSON are a documented schema and stay English (docs/cli.md), so they are not
# scanned; nor are file paths, ids (model.yaml, MININTER) or URLs.
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
words="$here/spanish/english-words.txt"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
unset LC_ALL LC_MESSAGES LANG
model=scenarios/peru/model.yaml
scenarios=(scenarios/peru/*.yaml)
scenarios=("${scenarios[@]/$model}")
read -r -a scenarios <<< "${scenarios[*]}"
status=0
run() {  # NAME ARGS...: runs veedor, keeps standard output in $out/NAME
  local name=$1; shift
  "$bin" "$@" > "$out/$name" 2> "$out/$name.err" || { echo "veedor $* failed:"; cat "$out/$name.err"; status=1; }
}
run compare.txt compare $model --lang es
run compare.md compare $model --lang es -f md
run audit.txt audit $model --lang es
run audit.md audit $model --lang es -f md
run simulate.txt simulate "${scenarios[@]}" --trials 200 --seed 1 --lang es
run simulate.md simulate "${scenarios[@]}" --trials 200 --seed 1 --lang es -f md
run check-model.txt check $model --lang es
for s in "${scenarios[@]}"; do run "check-$(basename "$s").txt" check "$s" --lang es; done
"$bin" report $model "${scenarios[@]}" --trials 200 --seed 1 --lang es --out "$out/brief" > /dev/null 2> "$out/report.err"
rc=$?; [[ $rc == 0 || $rc == 5 ]] || { echo "veedor report failed ($rc):"; cat "$out/report.err"; status=1; }
cp "$out/brief/brief.md" "$out/brief.md" 2> /dev/null
# The HTML's text: no style, script, SVG title or description, no tags.
if [[ -f "$out/brief/brief.html" ]]; then
  perl -0pe 's/<style.*?<\/style>//gs; s/<script.*?<\/script>//gs; s/<(title|desc)>.*?<\/\1>//gs; s/<[^>]*>/ /g' \
    "$out/brief/brief.html" > "$out/brief.html.txt"
fi
# Chart scripts: only their quoted texts, less file names, fonts and colours.
for gp in "$out"/brief/charts/*.gp; do
  [[ -f $gp ]] || continue
  grep -oE "'[^']*'|\"[^\"]*\"" "$gp" | grep -vE '\.(tsv|png|svg|pdf|dat)|^.#|Sans|font|^.(png|svg|pdfcairo|pngcairo)' \
    > "$out/chart-$(basename "$gp").txt"
done
# The ids the shipped files give (shelter-places, victim-witness-program, bill-2017-flat...): they
# are names, not words of the text. Any other hyphenated token is scanned word by word, so
# "half-up" is two English words.
grep -ohE '^\s*-?\s*(id|need|demand): *[A-Za-z0-9_.-]+|\{id: *[A-Za-z0-9_.-]+' scenarios/peru/*.yaml |
  sed -E 's/.*: *//' | grep -- '-' | sort -u > "$out/ids"
for s in scenarios/peru/*.yaml; do basename "$s" .yaml; done | grep -- '-' >> "$out/ids"
export IDS="$out/ids"
for f in "$out"/*.txt "$out"/*.md; do
  [[ -f $f ]] || continue
  # File paths, the ids above and URLs are not words of the text.
  hits=$(sed -E 's#[^ ]*(/[A-Za-z0-9_-]{2,}|\.[a-z]{2,4}\b)[^ ]*##g' "$f" |
         perl -pe 'BEGIN { open(my $h, "<", $ENV{IDS}); chomp(my @ids = <$h>); $re = join("|", map { quotemeta } sort { length($b) <=> length($a) } @ids); } s/(?<![A-Za-z0-9-])(?:$re)(?![A-Za-z0-9-])//g if $re' |
         grep -n -o -i -w -F -f "$words" | sort -u -t: -k2,2 | head -20)
  if [[ -n $hits ]]; then
    echo "English in the Spanish $(basename "$f"):"
    while IFS=: read -r line word; do
      echo "  $word: $(sed -n "${line}p" "$f" | cut -c1-160)"
    done <<< "$hits"
    status=1
  fi
done
[[ $status == 0 ]] && echo "no English word in $(ls "$out"/*.txt "$out"/*.md | wc -l) Spanish outputs"
exit $status
