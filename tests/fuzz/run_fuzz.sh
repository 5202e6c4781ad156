#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS on a scratch copy of its committed seed corpus, so the
# repository's corpus is never modified. Prints libFuzzer's final statistics; fails on any crash,
# leak, sanitizer report or broken property. Whatever the target writes to the temporary
# directory goes into the scratch folder, removed at the end.
set -u
target=$1
seeds=$2
seconds=${3:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus" "$work/tmp"
cp -r "$seeds"/. "$work/corpus/" 2>/dev/null || true
cd "$work"
TMPDIR="$work/tmp" "$target" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 -timeout=10 \
  -print_final_stats=1 "$work/corpus" > "$work/log" 2>&1
rc=$?
grep -E "stat::number_of_executed_units|stat::new_units_added|Done [0-9]+ runs" "$work/log" | sed "s|^|$(basename "$target"): |"
if [[ $rc != 0 ]]; then
  tail -40 "$work/log"
  echo "$(basename "$target"): FAILED (exit $rc); the crashing input is printed above"
fi
exit $rc
