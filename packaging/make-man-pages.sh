#!/usr/bin/env bash
# make-man-pages.sh VEEDOR OUTDIR VERSION: one man page per command with help2man, from the same
# text as `--help`. The commands are asked of veedor (`veedor completion --commands`), so a new
# one gets its page without editing this file.
set -euo pipefail
veedor=$(realpath "$1")
out=$2
version=$3
mkdir -p "$out"
rm -f "$out"/*.1
wrappers=$(mktemp -d)
trap 'rm -rf "$wrappers"' EXIT
page() {  # page NAME DESCRIPTION COMMAND...: help2man reads NAME --help and NAME --version
  local name=$1 description=$2
  shift 2
  cat > "$wrappers/$name" <<WRAPPER
#!/bin/sh
if [ "\$1" = --version ]; then echo "$name $version"; else exec "$veedor" $* "\$@"; fi
WRAPPER
  chmod +x "$wrappers/$name"
  help2man --no-info --section 1 --name "$description" --output "$out/$name.1" "$wrappers/$name"
}
page veedor "tracks a public budget, allocated versus executed, from a YAML model"
while IFS=$'\t' read -r command description; do
  page "veedor-${command// /-}" "$description" $command
done < <("$veedor" completion --commands)
