#!/usr/bin/env bash
# Monte Carlo throughput: veedor (1 and 2 threads) against the same computation in Python's
# decimal module (bench/mc_decimal.py) and in numpy, float64 and vectorised (bench/mc_numpy.py),
# on 10,000 trials x 5 years x 50 costed lines.
#
#   bench/run_mc_bench.sh            # from the repository root, after building build/veedor
#
# Builds nothing. Steps: generate the scenario into a temporary folder; check that the central
# case of Python and veedor agree digit for digit (exit 1 if not); check that the Monte Carlo
# summaries agree digit for digit when Python draws from veedor's own random streams, and that
# veedor gives the same summaries with 1 and 2 threads (exit 1 if not); then time everything and
# print a Markdown table.
#
# Timing (bench/README.md, "How it is measured"): every command RUNS times, round-robin
# (bench/time_runs.py), the median kept. Throughput is net of everything a run does once (loading,
# the central case, the sensitivity runs, numpy's import): (TRIALS_LARGE - TRIALS) / (time at
# TRIALS_LARGE - time at TRIALS), the same for every tool. The 2-thread scaling is given at TRIALS
# trials, as the issue asks: the trials' time (time at TRIALS - time at 1 trial) on 1 thread over
# that on 2.
#
# Environment: VEEDOR (binary, default build/veedor), TRIALS (10000), TRIALS_LARGE (100000),
# PY_TRIALS (1000), RUNS (median of, 11), CHECK_TRIALS (trials of the Monte Carlo agreement check, 500),
# NUMPY_PYTHON (a python3 with numpy; default python3, else /usr/bin/python3, Debian's
# python3-numpy), KEEP=1 keeps the temporary folder.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
veedor="${VEEDOR:-$root/build/veedor}"
trials="${TRIALS:-10000}"
large="${TRIALS_LARGE:-100000}"
py_trials="${PY_TRIALS:-1000}"
runs="${RUNS:-11}"
check_trials="${CHECK_TRIALS:-500}"
seed=12345

if [[ ! -x "$veedor" ]]; then
    echo "run_mc_bench.sh: $veedor not found or not executable." >&2
    echo "Build it first: cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build -j2" >&2
    exit 1
fi
command -v python3 >/dev/null || { echo "run_mc_bench.sh: python3 not found" >&2; exit 1; }
numpy_python="${NUMPY_PYTHON:-python3}"
if ! "$numpy_python" -c 'import numpy' 2>/dev/null; then
    numpy_python=/usr/bin/python3
    "$numpy_python" -c 'import numpy' 2>/dev/null ||
        { echo "run_mc_bench.sh: no python3 with numpy (tools/install-deps.sh --bench installs python3-numpy)" >&2; exit 1; }
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/veedor-mc-bench.XXXXXX")"
if [[ "${KEEP:-0}" == 1 ]]; then echo "temporary folder kept: $work"; else trap 'rm -rf "$work"' EXIT; fi

# ---- the scenario ------------------------------------------------------------------------------
python3 "$here/make_mc_scenario.py" "$work" >/dev/null
scenario="$work/mc50.yaml"
"$veedor" check "$scenario"

# ---- central case: Python against veedor, every year and the horizon --------------------------
python3 "$here/mc_decimal.py" "$scenario" --central >"$work/py-central.csv"
"$veedor" simulate "$scenario" --trials 1 --seed 1 --format csv >"$work/veedor-years.csv"
python3 - "$work/py-central.csv" "$work/veedor-years.csv" <<'EOF'
import csv, sys
py = list(csv.DictReader(open(sys.argv[1])))
ve = {r["year"]: r for r in csv.DictReader(open(sys.argv[2]))}
diffs, cells = [], 0
for r in py:
    v = ve.get(r["year"])
    if v is None:
        diffs.append(f"{r['year']}: no such row in veedor's output")
        continue
    for k, x in r.items():
        if k == "year":
            continue
        cells += 1
        if v.get(k) != x:
            diffs.append(f"{r['year']} {k}: python {x} veedor {v.get(k)}")
if len(py) != len(ve):
    diffs.append(f"python has {len(py)} periods, veedor {len(ve)}")
if diffs:
    print("central case: DIFFERENT")
    print("\n".join("  " + d for d in diffs))
    sys.exit(1)
print(f"central case: identical ({len(py)} periods, {cells} figures: general budget, price index, "
      "funded, executed, need, current and constant)")
EOF

# ---- central case: numpy (float) against veedor: the largest difference, in soles ---------------
"$numpy_python" "$here/mc_numpy.py" "$scenario" --central >"$work/np-central.csv"
python3 - "$work/np-central.csv" "$work/veedor-years.csv" <<'EOF'
import csv, sys
from decimal import Decimal
ve = {r["year"]: r for r in csv.DictReader(open(sys.argv[2]))}
worst = max(abs(Decimal(r[k]) - Decimal(ve[r["year"]][k])) for r in csv.DictReader(open(sys.argv[1]))
            for k in ("funded", "executed", "need"))
print(f"central case, numpy float64 against veedor: largest difference S/ {worst} (floats, no rounding to the céntimo)")
if worst > 1:
    sys.exit(1)
EOF

# ---- Monte Carlo: Python on veedor's streams against veedor, 1 and 2 threads -------------------
"$veedor" simulate "$scenario" --trials "$check_trials" --seed "$seed" --threads 1 --format csv \
    --out "$work/v1" >/dev/null 2>&1
"$veedor" simulate "$scenario" --trials "$check_trials" --seed "$seed" --threads 2 --format csv \
    --out "$work/v2" >/dev/null 2>&1
python3 "$here/mc_decimal.py" "$scenario" --trials "$check_trials" --seed "$seed" --streams veedor \
    >"$work/py-mc.txt" 2>/dev/null
python3 - "$work" "$check_trials" <<'EOF'
import csv, sys
work, n = sys.argv[1], sys.argv[2]
def veedor(d):
    mc = [r[1:9] for r in list(csv.reader(open(f"{work}/{d}/simulate-montecarlo.csv")))[1:]]
    pr = [r[1:5] for r in list(csv.reader(open(f"{work}/{d}/simulate-probability.csv")))[1:]]
    return mc, pr
text = open(f"{work}/py-mc.txt").read().strip().split("\n\n")
py = ([r for r in csv.reader(text[0].splitlines())][1:], [r for r in csv.reader(text[1].splitlines())][1:])
v1, v2 = veedor("v1"), veedor("v2")
ok = True
if v1 != v2:
    print("Monte Carlo: veedor's summaries DIFFER between 1 and 2 threads"); ok = False
for name, a, b in (("summaries", v1[0], py[0]), ("coverage counts", v1[1], py[1])):
    if a != b:
        ok = False
        print(f"Monte Carlo {name}: python (veedor's streams) and veedor DIFFER")
        for x, y in zip(a, b):
            if x != y:
                print(f"  veedor {','.join(x)}\n  python {','.join(y)}")
        if len(a) != len(b):
            print(f"  {len(a)} rows against {len(b)}")
if not ok:
    sys.exit(1)
print(f"Monte Carlo, {n} trials: identical ({len(py[0])} percentile/mean rows and {len(py[1])} coverage rows, "
      "python on veedor's streams = veedor 1 thread = veedor 2 threads)")
EOF

# ---- timing --------------------------------------------------------------------------------------
cpu_busy() {  # % of all CPUs busy during one second, from /proc/stat
    local a b
    a=($(head -1 /proc/stat)); sleep 1; b=($(head -1 /proc/stat))
    awk -v u1="${a[1]}" -v n1="${a[2]}" -v s1="${a[3]}" -v i1="${a[4]}" -v w1="${a[5]}" \
        -v u2="${b[1]}" -v n2="${b[2]}" -v s2="${b[3]}" -v i2="${b[4]}" -v w2="${b[5]}" \
        'BEGIN { busy = (u2-u1)+(n2-n1)+(s2-s1); tot = busy+(i2-i1)+(w2-w1); printf "%.0f", tot ? 100*busy/tot : 0 }'
}
busy="$(cpu_busy)"
echo
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //');" \
     "load average $(cut -d' ' -f1-3 /proc/loadavg); CPU busy before timing: ${busy}%"
if (( busy > 10 )); then
    echo "WARNING: something else is using ${busy}% of the CPUs; the figures below are not those of an idle machine" >&2
fi

# Commands as text for time_runs.py (split there with shlex, no shell): paths quoted with %q.
sim="$(printf '%q ' "$veedor" simulate "$scenario") --seed $seed --format csv"
np="$(printf '%q ' "$numpy_python" "$here/mc_numpy.py" "$scenario") --seed $seed"
py="$(printf '%q ' python3 "$here/mc_decimal.py" "$scenario") --seed $seed"
load_before="$(cut -d' ' -f1 /proc/loadavg)"
python3 "$here/time_runs.py" "$runs" \
    v1_one "$sim --trials 1 --threads 1" v1_small "$sim --trials $trials --threads 1" \
    v1_large "$sim --trials $large --threads 1" \
    v2_one "$sim --trials 1 --threads 2" v2_small "$sim --trials $trials --threads 2" \
    v2_large "$sim --trials $large --threads 2" \
    np_small "$np --trials $trials" np_large "$np --trials $large" >"$work/times.txt"
python3 "$here/time_runs.py" 3 py_one "$py --trials 1" py_small "$py --trials $py_trials" >>"$work/times.txt"
echo "load average (1 min) while timing: $load_before before, $(cut -d' ' -f1 /proc/loadavg) after"

awk -v S="$trials" -v L="$large" -v PT="$py_trials" -v runs="$runs" '
{ wall[$1] = $2; lo[$1] = $3; hi[$1] = $4; cpu[$1] = $5 }
function rate(n, t) { return t > 0 ? n / t : 0 }
function row(tool, threads, k, one) {
    net = rate(L - S, wall[k "_large"] - wall[k "_small"])
    printf "| %s | %d | %s | %.3f (%.3f - %.3f) | %.3f (%.3f - %.3f) | %.0f | %s | %.0f |\n", tool, threads,
           one, wall[k "_small"], lo[k "_small"], hi[k "_small"], wall[k "_large"], lo[k "_large"], hi[k "_large"], net,
           threads == 1 ? sprintf("%.0f", rate(L - S, cpu[k "_large"] - cpu[k "_small"])) : "-", rate(S, wall[k "_small"])
}
END {
    printf "\nMedian of %d runs of each command, round-robin (Python decimal: of 3), wall-clock seconds with the fastest\n", runs
    printf "and slowest run. \"net\" trials/s = (%d - %d) / (time at %d - time at %d): what a run does once (loading, the\n", L, S, L, S
    printf "central case, the sensitivity runs, numpy'"'"'s import, writing) cancels out; \"CPU\" is the same from user + system\n"
    printf "time (1 thread only: the figure that a busy machine disturbs least); \"gross\" = %d / time at %d.\n\n", S, S
    printf "| tool | threads | s at 1 trial | s at %d | s at %d | trials/s (net) | trials/s (net, CPU) | trials/s (gross, %d) |\n", S, L, S
    printf "|---|---:|---:|---:|---:|---:|---:|---:|\n"
    row("veedor", 1, "v1", sprintf("%.3f", wall["v1_one"]))
    row("veedor", 2, "v2", sprintf("%.3f", wall["v2_one"]))
    row("numpy float64", 1, "np", "-")
    rp = rate(PT - 1, wall["py_small"] - wall["py_one"])
    printf "| python decimal | 1 | %.3f | %d trials: %.3f (%.3f - %.3f) | - | %.0f (%d - 1 trials) | - | %.0f |\n",
           wall["py_one"], PT, wall["py_small"], lo["py_small"], hi["py_small"], rp, PT, rate(PT, wall["py_small"])

    r1 = rate(L - S, wall["v1_large"] - wall["v1_small"]); r2 = rate(L - S, wall["v2_large"] - wall["v2_small"])
    rn = rate(L - S, wall["np_large"] - wall["np_small"])
    c1 = rate(L - S, cpu["v1_large"] - cpu["v1_small"]); cn = rate(L - S, cpu["np_large"] - cpu["np_small"])
    t1 = wall["v1_small"] - wall["v1_one"]; t2 = wall["v2_small"] - wall["v2_one"]
    scale = t2 > 0 ? t1 / t2 : 0
    vs_np = rn ? r1 / rn : 0
    vs_py = rp ? r1 / rp : 0
    printf "\n| ratio | figure | also | target |\n|---|---:|---|---|\n"
    printf "| veedor 1 thread / numpy | %.2fx net | %.2fx net CPU, %.2fx gross at %d, %.2fx gross at %d | >= 1x (net): %s |\n",
           vs_np, cn ? c1 / cn : 0, wall["np_small"] / wall["v1_small"], S, wall["np_large"] / wall["v1_large"], L,
           (vs_np >= 1 ? "met" : "NOT MET")
    printf "| veedor 2 threads / 1 thread, %d trials | %.2fx (trials: time at %d - time at 1) | %.2fx gross at %d, %.2fx net %d-%d | >= 1.8x: %s |\n",
           S, scale, S, wall["v1_small"] / wall["v2_small"], S, r1 ? r2 / r1 : 0, S, L, (scale >= 1.8 ? "met" : "NOT MET")
    printf "| veedor 1 thread / python decimal | %.1fx net | | >= 50x: %s |\n", vs_py, (vs_py >= 50 ? "met" : "NOT MET")
    printf "\nGOAL Monte Carlo scaling, %d trials: 2 threads run the trials %.2fx as fast as 1 thread (%s), goal >= 1.8x\n", S, scale, (scale >= 1.8 ? "met" : "NOT met")
    printf "GOAL Monte Carlo against numpy (float64, vectorised): %.2fx the net trials/s on 1 thread (%s), goal >= 1x\n", vs_np, (vs_np >= 1 ? "met" : "NOT met")
    printf "GOAL Monte Carlo against Python decimal: %.1fx the net trials/s on 1 thread (%s), goal >= 50x\n", vs_py, (vs_py >= 50 ? "met" : "NOT met")
}' "$work/times.txt"
