#!/usr/bin/env bash
# Runs one golden case: veedor with the arguments in CASE/args (from the repository root) must
# print exactly CASE/stdout and CASE/stderr (when present) and exit with CASE/rc (0 if absent).
# With UPDATE_GOLDEN=1 it rewrites the expected files instead (review the diff before committing).
set -u
bin=$1
case_dir=$2
read -r -a args < "$case_dir/args"
unset LC_ALL LC_MESSAGES LANG  # the language is --lang's or English, never the machine's locale
unset COLUMNS  # tables are as wide as their text: the expected output does not depend on a terminal
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" "${args[@]}" > "$tmp/stdout" 2> "$tmp/stderr"
rc=$?
if [[ "${UPDATE_GOLDEN:-}" == 1 ]]; then
  cp "$tmp/stdout" "$case_dir/stdout"
  cp "$tmp/stderr" "$case_dir/stderr"
  echo "$rc" > "$case_dir/rc"
  exit 0
fi
status=0
expected_rc=$(cat "$case_dir/rc" 2>/dev/null || echo 0)
if [[ "$rc" != "$expected_rc" ]]; then
  echo "exit code $rc, expected $expected_rc"; status=1
fi
diff -u "$case_dir/stdout" "$tmp/stdout" || status=1
if [[ -f "$case_dir/stderr" ]]; then diff -u "$case_dir/stderr" "$tmp/stderr" || status=1; fi
exit $status
