#!/usr/bin/env bash
# Installs the Debian 12 packages veedor needs to build and run; with --test, also what the test
# suite needs (Chromium, to open the HTML brief headless); with --bench, what bench/run_all.sh
# needs (Python, /usr/bin/time, bc, and Node.js with npm unless a `node` is already installed).
# Idempotent: installs only what is missing; does nothing when all is present.
# gnuplot-nox is named explicitly: otherwise apt satisfies libgnuplot-iostream-dev's
# "gnuplot" dependency with gnuplot-qt and pulls in Qt (see docs/building.md).
set -euo pipefail

packages=(
  build-essential cmake
  libboost-dev libboost-iostreams-dev libboost-filesystem-dev libboost-system-dev
  libyaml-cpp-dev libgnuplot-iostream-dev gnuplot-nox
  doctest-dev libcli11-dev libfmt-dev nlohmann-json3-dev libtbb-dev
  help2man
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(chromium fonts-dejavu-core clang libclang-rt-14-dev python3)
fi
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(python3 python3-numpy time bc)
  command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
