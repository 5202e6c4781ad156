# Sourced by the tests that open the shipped brief in headless Chromium.
# shipped_brief VEEDOR LANG OUT [OPTION...]: the brief of the shipped model and its eight scenarios,
# as `make run` writes it (500 trials, seed 1), in OUT; its stderr in OUT.log; exit code kept.
shipped_scenarios=(scenarios/peru/bill-2017-flat.yaml scenarios/peru/indexed-2016.yaml scenarios/peru/restore-2015.yaml
                   scenarios/peru/share-2015.yaml scenarios/peru/costed-needs.yaml scenarios/peru/what-it-takes.yaml
                   scenarios/peru/funding-risk.yaml scenarios/peru/falling-path.yaml)
shipped_brief() {
  local bin=$1 lang=$2 out=$3
  shift 3
  "$bin" report scenarios/peru/model.yaml "${shipped_scenarios[@]}" --trials 500 --seed 1 --lang "$lang" "$@" \
    --out "$out" 2> "$out.log"
}
# chromium_flags PROFILE: headless, no network or first-run work, a private profile.
chromium_flags() {
  flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
         --disable-component-update --disable-sync --user-data-dir="$1" --hide-scrollbars)
}
