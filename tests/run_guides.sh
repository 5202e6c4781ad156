#!/usr/bin/env bash
# Runs every command that docs/guide.md and docs/guia.md show (each line that starts with "$ "),
# in order, from a fresh folder that holds the repository's scenarios/ and tests/years/, with the
# built veedor first on PATH. Each must exit 0.
set -u
bin=$(realpath "$1")
root=$(pwd)
status=0
for guide in docs/guide.md docs/guia.md; do
  work=$(mktemp -d)
  mkdir -p "$work/bin" "$work/tests"
  ln -s "$bin" "$work/bin/veedor"
  ln -s "$root/scenarios" "$work/scenarios"
  ln -s "$root/tests/years" "$work/tests/years"
  n=0
  while IFS= read -r line; do
    n=$((n + 1))
    (cd "$work" && PATH="$work/bin:$PATH" bash -c "${line#\$ }" > out.txt 2> err.txt)
    rc=$?
    if [[ $rc != 0 ]]; then echo "$guide: '${line#\$ }': exit $rc"; tail -5 "$work/err.txt"; status=1; fi
  done < <(grep '^\$ ' "$guide")
  (( n >= 10 )) || { echo "$guide: only $n commands found"; status=1; }
  rm -rf "$work"
done
exit $status
