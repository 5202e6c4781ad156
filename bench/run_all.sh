#!/usr/bin/env bash
# Every benchmark of docs/performance.md in one run, then the goals and whether they are met:
#   1. the MEF import against DuckDB and Python's csv + decimal (bench/run_import_bench.sh),
#   2. loading and comparing a national-scale model against yaml-cpp's document tree
#      (bench/run_model_bench.sh),
#   3. Monte Carlo throughput on 1 and 2 threads, against Python's decimal and numpy (bench/run_mc_bench.sh),
#      at 10,000 and at 100,000 trials.
#
#   make bench                       # installs what is missing, builds, then runs this
#   bench/run_all.sh                 # after building build/veedor and build/bench/yaml_tree_parse
#
# Each script's own environment applies (ROWS, RUNS, DATA, TRIALS ...; see their headers). The
# full logs are kept in $LOGS (default bench/results/), one file per benchmark, with the summary.
# Exit status: 0 when every benchmark ran (goals met or not: the summary says), 1 when one failed.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
logs="${LOGS:-$here/results}"
mkdir -p "$logs"
status=0
run() {  # run NAME SCRIPT [VAR=VALUE...]: one benchmark, its log in $logs/NAME.log
    local name=$1 script=$2
    shift 2
    echo "==================== $* bench/$script ===================="
    env "$@" bash "$here/$script" 2>&1 | tee "$logs/$name.log"
    [[ ${PIPESTATUS[0]} == 0 ]] || { echo "bench/$script FAILED" >&2; status=1; }
    echo
}
run import run_import_bench.sh
run model run_model_bench.sh
# Monte Carlo: one run times 1, 10,000 and 100,000 trials (net throughput from the last two, the
# 2-thread scaling at 10,000; bench/README.md, "How it is measured").
run mc run_mc_bench.sh
{
    echo "==================== goals ===================="
    echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, $(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo '?')"
    grep -h "^GOAL" "$logs/import.log" "$logs/model.log" "$logs/mc.log"
} | tee "$logs/summary.txt"
exit $status
