#!/usr/bin/env bash
# The same model with LF, with CRLF, and without its final newline gives identical results.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp scenarios/peru/model.yaml "$tmp/lf.yaml"
sed 's/$/\r/' scenarios/peru/model.yaml > "$tmp/crlf.yaml"
head -c -1 scenarios/peru/model.yaml > "$tmp/no-final-newline.yaml"
status=0
for v in lf crlf no-final-newline; do
  (cd "$tmp" && "$bin" audit "$v.yaml" --format json | sed "s/$v.yaml/MODEL/g") > "$tmp/$v.out" || status=1
  (cd "$tmp" && "$bin" compare "$v.yaml" --format csv) >> "$tmp/$v.out" || status=1
done
cmp "$tmp/lf.out" "$tmp/crlf.out" || { echo "CRLF differs from LF"; status=1; }
cmp "$tmp/lf.out" "$tmp/no-final-newline.out" || { echo "no final newline differs"; status=1; }
grep -q '"differ": 7' "$tmp/lf.out" || { echo "unexpected audit"; status=1; }
exit $status
