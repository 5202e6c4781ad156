#!/usr/bin/env bash
# The rooms of the code and which rooms each may include (docs/architecture.md). Fails, naming the
# file and the line, when a file includes a header of a room it may not use: data flows one way,
# input -> model -> analysis or projection -> presentation -> commands.
#
#   run_layering.sh [ROOT]      check the tree at ROOT (default: the repository)
#   run_layering.sh --self-test check that a forbidden include in a copy of the tree is caught
set -euo pipefail

declare -A allowed=(
  [core]=""
  [model]="core"
  [analysis]="core model"
  [scenario]="core model analysis"
  [yaml]="core"
  [readers]="core model scenario yaml"
  [csv]="core"
  [import]="core model yaml csv"
  [text]="core model"
  [writers]="core model analysis scenario text"
  [report]="core model analysis scenario text writers"
  [plots]="core model analysis scenario text"
  [cli]="core model analysis scenario yaml readers csv import text writers report plots"
)

check() {
  local root=$1 bad=0
  while IFS= read -r -d '' file; do
    local rel=${file#"$root"/} room
    if [[ $rel == plots/* ]]; then room=plots; else room=$(cut -d/ -f2 <<<"$rel"); fi
    if [[ -z ${allowed[$room]+set} ]]; then
      echo "$rel: the room '$room' is not in tests/run_layering.sh's table (add it, and to docs/architecture.md)"
      bad=1
      continue
    fi
    local n=0 line
    while IFS= read -r line; do
      n=$((n + 1))
      [[ $line =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\"([a-z_]+)/ ]] || continue
      local used=${BASH_REMATCH[1]}
      [[ $used == "$room" ]] && continue
      [[ " ${allowed[$room]} " == *" $used "* ]] && continue
      echo "$rel:$n: the room '$room' includes a header of '$used', which it may not use (it may use: ${allowed[$room]:-nothing})"
      bad=1
    done <"$file"
  done < <(find "$root/engine" "$root/plots" \( -name '*.hpp' -o -name '*.cpp' \) -print0 | sort -z)
  return $bad
}

here=$(cd "$(dirname "$0")/.." && pwd)
if [[ ${1:-} == --self-test ]]; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  cp -r "$here/engine" "$here/plots" "$scratch/"
  check "$scratch" >/dev/null || { echo "self-test: the clean copy fails"; exit 1; }
  echo '#include "writers/table.hpp"' >>"$scratch/engine/core/money.hpp"
  if out=$(check "$scratch"); then
    echo "self-test: core including writers/ was not caught"
    exit 1
  fi
  [[ $out == *"engine/core/money.hpp"*"the room 'core' includes a header of 'writers'"* ]] ||
    { echo "self-test: unexpected message: $out"; exit 1; }
  echo "self-test: caught: $out"
  exit 0
fi
check "${1:-$here}" && echo "layering: every include goes down the table"
