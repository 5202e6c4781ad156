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
# Environment: VEEDOR (binary, default build/veedor), TRIALS (10000), PY_TRIALS (1000),
# RUNS (median of, 11), CHECK_TRIALS (trials of the Monte Carlo agreement check, 500),
# NUMPY_PYTHON (a python3 with numpy; default python3, else /usr/bin/python3, Debian's
# python3-numpy), KEEP=1 keeps the temporary folder.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
veedor="${VEEDOR:-$root/build/veedor}"
trials="${TRIALS:-10000}"
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

median_of() {  # "median fastest slowest" wall seconds (ms resolution) of $runs runs of the command
    local times=() t
    for ((i = 0; i < runs; i++)); do
        t="$( { TIMEFORMAT=%3R; time "$@" >/dev/null 2>&1; } 2>&1 )"
        times+=("$t")
    done
    printf '%s\n' "${times[@]}" | sort -g | awk '{ t[NR] = $1 } END { printf "%s %s %s", t[int((NR + 1) / 2)], t[1], t[NR] }'
}

sim() { "$veedor" simulate "$scenario" --seed "$seed" --format csv "$@"; }
read -r v1_fixed _ _ <<<"$(median_of sim --trials 1 --threads 1)"
load1="$(cut -d' ' -f1 /proc/loadavg)"
read -r v1_full v1_lo v1_hi <<<"$(median_of sim --trials "$trials" --threads 1)"
read -r v2_fixed _ _ <<<"$(median_of sim --trials 1 --threads 2)"
load2="$(cut -d' ' -f1 /proc/loadavg)"
read -r v2_full v2_lo v2_hi <<<"$(median_of sim --trials "$trials" --threads 2)"
py() { python3 "$here/mc_decimal.py" "$scenario" --seed "$seed" "$@"; }
read -r py_fixed _ _ <<<"$(runs=3 median_of py --trials 1)"
read -r py_full py_lo py_hi <<<"$(runs=3 median_of py --trials "$py_trials")"
np() { "$numpy_python" "$here/mc_numpy.py" "$scenario" --seed "$seed" "$@"; }
read -r np_fixed _ _ <<<"$(median_of np --trials 1)"
load3="$(cut -d' ' -f1 /proc/loadavg)"
read -r np_full np_lo np_hi <<<"$(median_of np --trials "$trials")"
echo "load average (1 min) while timing: veedor 1 thread $load1, 2 threads $load2, numpy $load3"

awk -v T="$trials" -v PT="$py_trials" -v runs="$runs" \
    -v v1f="$v1_fixed" -v v1="$v1_full" -v v1lo="$v1_lo" -v v1hi="$v1_hi" \
    -v v2f="$v2_fixed" -v v2="$v2_full" -v v2lo="$v2_lo" -v v2hi="$v2_hi" \
    -v pf="$py_fixed" -v p="$py_full" -v plo="$py_lo" -v phi="$py_hi" \
    -v nf="$np_fixed" -v np="$np_full" -v nlo="$np_lo" -v nhi="$np_hi" '
function net(n, full, fixed) { return (full - fixed > 0) ? (n - 1) / (full - fixed) : 0 }
BEGIN {
    r1 = net(T, v1, v1f); r2 = net(T, v2, v2f); rp = net(PT, p, pf); rn = net(T, np, nf)
    printf "\nMedian of %d runs each (Python decimal: of 3), wall-clock seconds, with the fastest and slowest run.\n", runs
    printf "\"net\" trials/s = (trials - 1) / (median time - median time of --trials 1), which removes loading\n"
    printf "(numpy: the import), the central case, the sensitivity analysis (2 evaluations per uncertain input)\n"
    printf "and writing; \"gross\" = trials / time. Python decimal runs %d trials and is scaled to trials per second.\n\n", PT
    printf "| tool | threads | trials | seconds (median) | fastest - slowest | seconds at --trials 1 | trials/s (net) | trials/s (gross) |\n"
    printf "|---|---:|---:|---:|---:|---:|---:|---:|\n"
    printf "| veedor | 1 | %d | %.3f | %.3f - %.3f | %.3f | %.0f | %.0f |\n", T, v1, v1lo, v1hi, v1f, r1, T / v1
    printf "| veedor | 2 | %d | %.3f | %.3f - %.3f | %.3f | %.0f | %.0f |\n", T, v2, v2lo, v2hi, v2f, r2, T / v2
    printf "| numpy float64 | 1 | %d | %.3f | %.3f - %.3f | %.3f | %.0f | %.0f |\n", T, np, nlo, nhi, nf, rn, T / np
    printf "| python decimal | 1 | %d | %.3f | %.3f - %.3f | %.3f | %.0f | %.0f |\n", PT, p, plo, phi, pf, rp, PT / p
    printf "\n| ratio | net | gross | target |\n|---|---:|---:|---|\n"
    printf "| veedor 1 thread / numpy | %.2fx | %.2fx | >= 1x: %s |\n", rn ? r1 / rn : 0, np / v1, (rn && r1 / rn >= 1) ? "met" : "NOT MET"
    printf "| veedor 1 thread / python decimal | %.1fx | %.1fx | >= 50x: %s |\n", rp ? r1 / rp : 0, (T / v1) / (PT / p), (rp && r1 / rp >= 50) ? "met" : "NOT MET"
    printf "| veedor 2 threads / veedor 1 thread | %.2fx | %.2fx | >= 1.8x: %s |\n", r1 ? r2 / r1 : 0, v1 / v2, (r1 && r2 / r1 >= 1.8) ? "met" : "NOT MET"
    printf "\nGOAL Monte Carlo scaling, %d trials: 2 threads give %.2fx the net trials/s of 1 thread (%s), goal >= 1.8x\n", T, r1 ? r2 / r1 : 0, (r1 && r2 / r1 >= 1.8) ? "met" : "NOT met"
    printf "GOAL Monte Carlo against numpy (float64, vectorised), %d trials: %.2fx the net trials/s on 1 thread (%s), goal >= 1x\n", T, rn ? r1 / rn : 0, (rn && r1 / rn >= 1) ? "met" : "NOT met"
    printf "GOAL Monte Carlo against Python decimal: %.1fx the net trials/s on 1 thread (%s), goal >= 50x\n", rp ? r1 / rp : 0, (rp && r1 / rp >= 50) ? "met" : "NOT met"
}'
