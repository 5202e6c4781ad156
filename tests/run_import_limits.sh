#!/usr/bin/env bash
# veedor import mef on hostile files (docs/hostile-input.md): a row longer than --max-record-bytes
# is a bad row at its line and is skipped unread, so peak memory stays bounded whatever the file
# holds (measured with /usr/bin/time -v); a header that never ends, /dev/zero and a FIFO are
# refused at once; the same file named twice (also through a symlink or a hard link) is refused.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }
select=bench/select-meta-trata.yaml
# The bound on peak memory (maximum resident set size, KiB). The 48 MiB record below alone would
# exceed it; what remains is the program, one chunk buffer per thread and the 1 MiB limit.
bound_kib=$((40 * 1024))

python3 bench/gen_mef.py --rows 300 --year 2016 --seed 3 --out "$tmp/good.csv" > /dev/null
# Line 5 of big.csv holds a 48 MiB quoted field (with line ends inside, as a quoted field may);
# the rows around it are good.
python3 - "$tmp/good.csv" "$tmp/big.csv" "$tmp/endless.csv" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
huge = '"' + ("A" * (1 << 20) + "\n") * 48 + '"'
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("\n".join(lines[:4]) + "\n" + huge + "," + lines[4] + "\n" + "\n".join(lines[5:]) + "\n")
with open(sys.argv[3], "w", encoding="utf-8") as f:  # a header that never ends: 48 MiB without a line end
    f.write("ANO_EJE," + "B" * (48 << 20))
PY
lines_after=$(( $(wc -l < "$tmp/good.csv") + 48 ))  # line ends in big.csv

# Under AddressSanitizer freed blocks wait in a quarantine (256 MiB by default) and count as
# resident: keep it small, so the peak measures what the import holds. Other builds ignore it.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=1"

run() {  # run NAME ARGS...: veedor under /usr/bin/time -v; stderr in NAME.err, peak KiB in NAME.kib
  local name=$1; shift
  /usr/bin/time -v -o "$tmp/$name.time" timeout 60 "$bin" "$@" > "$tmp/$name.out" 2> "$tmp/$name.err"
  local rc=$?
  sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/$name.time" > "$tmp/$name.kib"
  return $rc
}
# A sanitizer's runtime adds its own resident memory to every run: the bound is then the peak of
# the same import of the file without its long row (good.csv), plus 24 MiB, half the long row that
# must never be held. Without a sanitizer that sum is below 40 MiB, which stays the bound.
run base-1 import mef "$tmp/good.csv" --select $select -j 1 --out "$tmp/base.yaml" || fail "the import of good.csv failed"
run base-2 import mef "$tmp/good.csv" --select $select -j 2 --out "$tmp/base2.yaml" || fail "the import of good.csv failed"
base_kib=$(( $(cat "$tmp/base-1.kib") > $(cat "$tmp/base-2.kib") ? $(cat "$tmp/base-1.kib") : $(cat "$tmp/base-2.kib") ))
(( base_kib + 24 * 1024 > bound_kib )) && bound_kib=$(( base_kib + 24 * 1024 ))
bounded() {  # bounded NAME: peak memory within the bound
  local kib; kib=$(cat "$tmp/$1.kib")
  echo "$1: peak $kib KiB (bound $bound_kib KiB)"
  (( kib > 0 && kib <= bound_kib )) || fail "$1: peak memory $kib KiB over the bound of $bound_kib KiB"
}

for threads in 1 2; do
  run "fail-$threads" import mef "$tmp/big.csv" --select $select --max-record-bytes 1048576 -j $threads --out "$tmp/m.yaml"
  [[ $? == 1 ]] || fail "-j $threads: an overlong row did not fail the import"
  grep -qxF "$tmp/big.csv:5:1: error: the row is longer than the limit of 1048576 bytes (raise it with --max-record-bytes)" "$tmp/fail-$threads.err" \
    || { fail "-j $threads: no bad row at line 5"; cat "$tmp/fail-$threads.err"; }
  [[ ! -e "$tmp/m.yaml" ]] || fail "a model was written"
  bounded "fail-$threads"

  run "skip-$threads" import mef "$tmp/big.csv" --select $select --max-record-bytes 1048576 -j $threads \
    --on-bad-row skip --out "$tmp/m.yaml" || { fail "-j $threads: the skipping import failed"; cat "$tmp/skip-$threads.err"; }
  grep -q "^300 rows read (utf-8), .* 1 bad rows skipped" "$tmp/skip-$threads.out" || { fail "-j $threads: wrong summary"; cat "$tmp/skip-$threads.out"; }
  bounded "skip-$threads"
  rm -f "$tmp/m.yaml"
done
echo "big.csv: $lines_after lines, $(stat -c %s "$tmp/big.csv") bytes"

run endless import mef "$tmp/endless.csv" --select $select --max-record-bytes 1048576 --out "$tmp/m.yaml"
[[ $? == 1 ]] || fail "a header without end was not refused"
grep -qxF "$tmp/endless.csv:1:1: error: the header row is longer than the limit of 1048576 bytes (raise it with --max-record-bytes); is this a MEF CSV file?" "$tmp/endless.err" \
  || { fail "no message for the endless header"; cat "$tmp/endless.err"; }
bounded endless

# Devices and pipes are refused before they are opened: no hang, no memory.
run zero import mef /dev/zero --select $select --out "$tmp/m.yaml"
rc=$?
[[ $rc == 1 ]] || fail "/dev/zero: exit $rc, expected 1"
grep -qxF "/dev/zero: error: is not a regular file (a device, a pipe or a socket); expected a MEF CSV file" "$tmp/zero.err" \
  || { fail "/dev/zero: wrong message"; cat "$tmp/zero.err"; }
mkfifo "$tmp/fifo.csv"
run fifo import mef "$tmp/fifo.csv" --select $select --out "$tmp/m.yaml"
rc=$?
[[ $rc == 1 ]] || fail "FIFO: exit $rc, expected 1 (124 is a hang)"
grep -qxF "$tmp/fifo.csv: error: is not a regular file (a device, a pipe or a socket); expected a MEF CSV file" "$tmp/fifo.err" \
  || { fail "FIFO: wrong message"; cat "$tmp/fifo.err"; }

# The same file twice: by the same name, through a symlink, through a hard link.
ln -s good.csv "$tmp/symlink.csv"
ln "$tmp/good.csv" "$tmp/hardlink.csv"
for other in good.csv symlink.csv hardlink.csv; do
  run twice import mef "$tmp/good.csv" "$tmp/$other" --select $select --out "$tmp/m.yaml"
  rc=$?
  [[ $rc == 1 ]] || fail "$other: exit $rc, expected 1"
  grep -qxF "$tmp/$other: error: is the same file as $tmp/good.csv (argument 1 and argument 2); its rows would be counted twice. Name each file once" "$tmp/twice.err" \
    || { fail "$other: not refused as the same file"; cat "$tmp/twice.err"; }
done
[[ ! -e "$tmp/m.yaml" ]] || fail "a model was written"
exit $status
