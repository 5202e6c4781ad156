#!/usr/bin/env bash
# `veedor check NAME.yaml` must exit 1, print exactly NAME.err on stderr and nothing on stdout.
# With UPDATE_GOLDEN=1 it rewrites NAME.err instead (review the diff before committing).
set -u
bin=$1
base=$2
unset LC_ALL LC_MESSAGES LANG  # English unless the case says --lang es: never the locale of the machine
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" check "$base.yaml" > "$tmp/stdout" 2> "$tmp/stderr"
rc=$?
if [[ "${UPDATE_GOLDEN:-}" == 1 ]]; then cp "$tmp/stderr" "$base.err"; exit 0; fi
status=0
[[ $rc == 1 ]] || { echo "exit code $rc, expected 1"; status=1; }
[[ -s "$tmp/stdout" ]] && { echo "unexpected stdout:"; cat "$tmp/stdout"; status=1; }
diff -u "$base.err" "$tmp/stderr" || status=1
exit $status
