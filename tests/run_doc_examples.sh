#!/usr/bin/env bash
# Every YAML example of docs/scenario-format.md runs. A block that starts with
# `format: veedor-scenario/1` is a whole scenario: `veedor check` must accept it beside the shipped
# Peru model. Any other block is a list of one-line variants of a key ("rate-pct: {...}"): each
# must be accepted in the first whole example, in place of that example's line with the same key,
# or of the line of KEY when the block starts with "# each line in place of: KEY".
set -u
bin=$1
doc=${2:-docs/scenario-format.md}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp scenarios/peru/model.yaml "$tmp/model.yaml"
awk -v dir="$tmp" '/^```yaml$/ { n++; inside = 1; next } /^```$/ { inside = 0; next }
                   inside { print > (dir "/block-" n ".yaml") }' "$doc"
status=0 whole="" checked=0
check() {  # FILE WHAT
  if ! out=$("$bin" check "$1" 2>&1); then echo "$2 fails check:"; echo "$out"; status=1; fi
  checked=$((checked + 1))
}
for block in $(ls "$tmp"/block-*.yaml | sort -V); do
  if head -1 "$block" | grep -q '^format: veedor-scenario/1$'; then
    [[ -z "$whole" ]] && whole=$block
    check "$block" "the example $(basename "$block")"
  fi
done
[[ -n "$whole" ]] || { echo "no whole scenario example in $doc"; exit 1; }
for block in $(ls "$tmp"/block-*.yaml | sort -V); do
  head -1 "$block" | grep -q '^format: veedor-scenario/1$' && continue
  i=0 in_place_of=""
  while IFS= read -r line; do
    if [[ $line =~ ^#\ each\ line\ in\ place\ of:\ (.*)$ ]]; then in_place_of=${BASH_REMATCH[1]}; continue; fi
    [[ -z $line || $line == \#* ]] && continue
    key=${in_place_of:-${line%%:*}} i=$((i + 1))
    variant="$tmp/variant-$(basename "$block" .yaml)-$i.yaml"
    # Replace the first line of the whole example whose key (after indentation) is the same.
    awk -v key="$key" -v line="$line" '!done && match($0, "^ *" key ":") {
        print substr($0, 1, RLENGTH - length(key) - 1) line; done = 1; next } { print }
        END { if (!done) exit 3 }' "$whole" > "$variant" || { echo "no '$key:' line to vary for: $line"; status=1; continue; }
    check "$variant" "the variant '$line'"
  done < "$block"
done
echo "$checked examples checked"
exit $status
