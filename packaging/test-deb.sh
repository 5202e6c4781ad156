#!/usr/bin/env bash
# packaging/test-deb.sh [BUILD_DIR]: builds the Debian package (CPack), installs it with apt (which
# pulls its Depends), runs `veedor compare` on the installed example, checks the man page and the
# bash completion are there, then removes the package. Run as root on Debian 12, from the root of
# the repository, after `make build` (README, "Installing"). It changes the system: not part of ctest.
set -euo pipefail
build=${1:-build}
cmake --build "$build" --target package
deb=$(ls "$build"/veedor_*.deb)
echo "== $deb"
dpkg-deb --info "$deb" | sed -n 's/^ \(Package\|Version\|Depends\|Recommends\):/\1:/p'
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "./$deb" > /dev/null
trap 'apt-get remove -y -qq veedor > /dev/null' EXIT
echo "== $(command -v veedor): $(veedor --version)"
ls /usr/share/man/man1/veedor*.1 /usr/share/bash-completion/completions/veedor
echo "== veedor compare /usr/share/doc/veedor/examples/peru/model.yaml --year 2016 --group sectors"
veedor compare /usr/share/doc/veedor/examples/peru/model.yaml --year 2016 --group sectors
