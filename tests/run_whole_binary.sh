#!/usr/bin/env bash
# Guards a doctest binary against tests that pass by running nothing (docs/reliability.md).
#
#   run_whole_binary.sh names BINARY
#     fails when a test case name holds ';': CTest's discovery splits the name there into entries
#     that each select no case.
#   run_whole_binary.sh whole BINARY CTEST BUILD_DIR PREFIX
#     runs BINARY whole, in a fresh temporary directory, and fails unless it passes, executes
#     exactly the cases it lists, CTest holds exactly that many entries named PREFIX..., and the
#     temporary directory is empty afterwards (the tests clean up after themselves).
set -u
mode=$1
bin=$2
names=$("$bin" --list-test-cases --no-colors=true | grep -v -e '^\[doctest\]' -e '^=*$')
listed=$(printf '%s\n' "$names" | grep -c .)

if [[ "$mode" == names ]]; then
  bad=$(printf '%s\n' "$names" | grep ';')
  if [[ -n "$bad" ]]; then
    echo "test case names with ';' (CTest splits them into entries that run nothing):"
    printf '  %s\n' "$bad"
    exit 1
  fi
  echo "$listed test case names, none with ';'"
  exit 0
fi

ctest=$3
build=$4
prefix=$5
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/tmpdir"
TMPDIR="$tmp/tmpdir" "$bin" --no-colors=true > "$tmp/log" 2>&1
rc=$?
summary=$(grep '^\[doctest\] test cases:' "$tmp/log")
executed=$(sed -E 's/^\[doctest\] test cases: *([0-9]+) .*/\1/' <<< "$summary")
failed=$(sed -E 's/.*\| *([0-9]+) failed.*/\1/' <<< "$summary")
discovered=$("$ctest" --test-dir "$build" -N | grep -cE "^ *Test +#[0-9]+: ${prefix}")
left=$(ls -A "$tmp/tmpdir")
echo "$(basename "$bin"): $listed listed, $discovered CTest entries, $executed executed, ${failed:-?} failed, exit $rc"
status=0
if [[ $rc != 0 || "${failed:-x}" != 0 ]]; then
  grep -B2 -A8 -E 'ERROR|FATAL' "$tmp/log" | head -60
  echo "FAILED: the binary run whole does not pass"; status=1
fi
if [[ "$executed" != "$listed" ]]; then echo "FAILED: it executed $executed cases of the $listed it lists"; status=1; fi
if [[ "$discovered" != "$listed" ]]; then
  echo "FAILED: CTest has $discovered entries '${prefix}...' for $listed cases (a name split in two?)"; status=1
fi
if [[ -n "$left" ]]; then
  echo "FAILED: left in the temporary directory:"; printf '  %s\n' $left; status=1
fi
exit $status
