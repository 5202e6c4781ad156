#!/usr/bin/env bash
# Every `veedor COMMAND --help` ends with two or three examples; each one runs (exit 0) from a
# folder that holds the repository's scenarios/, as it would from the repository's root. The
# commands are asked of the binary itself, so a new subcommand is checked without editing this.
set -u
bin=$(realpath "$1")
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ln -s "$root/scenarios" "$work/scenarios"
status=0
commands=$("$bin" completion --commands) || { echo "no command list"; exit 1; }
[[ -n "$commands" ]] || { echo "empty command list"; exit 1; }
while IFS=$'\t' read -r cmd _; do
  help=$("$bin" $cmd --help) || { echo "$cmd --help failed"; status=1; continue; }
  examples=$(printf '%s\n' "$help" | sed -n '/^Examples:$/,$p' | sed -n 's/^  veedor //p')
  n=$(printf '%s' "$examples" | grep -c .)
  if (( n < 2 || n > 3 )); then echo "veedor $cmd --help has $n examples (2 or 3 wanted)"; status=1; fi
  while read -r example; do
    [[ -n "$example" ]] || continue
    read -r -a args <<< "$example"
    (cd "$work" && "$bin" "${args[@]}" > out.txt 2> err.txt)
    rc=$?
    if [[ $rc != 0 ]]; then echo "veedor $example: exit $rc"; cat "$work/err.txt"; status=1; fi
  done <<< "$examples"
done <<< "$commands"
exit $status
