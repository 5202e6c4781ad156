#!/usr/bin/env bash
# MEF import throughput and memory: `veedor import mef` against DuckDB (through Node.js,
# @duckdb/node-api) and Python's csv + decimal, side by side on the same generated files of
# 10^5, 10^6 and 10^7 rows, same selection (META_NOMBRE contains "TRATA DE PERSONAS"), same
# grouping (PLIEGO and year), exact sums of the 7 MONTO_* stages, and the year's general budget
# (MONTO_PIA over every row).
#
#   bench/run_import_bench.sh        # from anywhere, after building build/veedor; see bench/README-import.md
#
# Builds nothing. Per size: generates the file once with bench/gen_mef.py (cached in $DATA); reads
# it once to warm the page cache; runs the three tools, each under `/usr/bin/time -f "%e %M %U %S"`
# (wall seconds, peak RSS, CPU seconds), interleaved (veedor, duckdb, python, then again), noting
# how busy the CPUs were in the second before and how much CPU other processes took during each
# run (from /proc/stat); after the first round checks that the three
# give exactly the same totals per pliego and stage and the same general budget, and the
# generator's (exit 1 if not); prints a Markdown table and the ratios against the goals (veedor at
# least 2x DuckDB's throughput, with at most a quarter of its peak memory).
#
# Environment:
#   ROWS    sizes to run, default "100000 1000000 10000000"
#   DATA    folder of the cached files, default /tmp/veedor-bench-data (mef-N.csv, mef-N.totals.json,
#           mef-N.stamp; a file is reused when its stamp says the same rows, bytes and generator)
#   RUNS    best of, default 3 for N <= 10^6 and 1 above
#   VEEDOR  binary, default build/veedor
#   KEEP=1  keep the temporary folder with the tools' outputs
#   PREPARE=1  only generate (or find) the files, time nothing
# A size is skipped, with a message, when its file is not cached and the disk holding $DATA has
# less than 2,500 bytes free per row (25 GB for 10^7 rows; the file itself is ~880 bytes a row).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
veedor="${VEEDOR:-$root/build/veedor}"
rows_list="${ROWS:-100000 1000000 10000000}"
data="${DATA:-/tmp/veedor-bench-data}"
rules="$root/bench/select-meta-trata.yaml"
year=2016
seed=1

die() { echo "run_import_bench.sh: $*" >&2; exit 1; }
[[ -x "$veedor" ]] || die "$veedor not found or not executable. Build it first:
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build -j2"
for t in python3 node npm; do command -v "$t" >/dev/null || die "$t not found"; done
[[ -x /usr/bin/time ]] || die "/usr/bin/time not found (Debian: apt-get install time)"
[[ -f "$rules" ]] || die "$rules not found"

# ---- DuckDB for Node.js, exactly the versions of bench/duckdb/package-lock.json -----------------
if [[ ! -d "$here/duckdb/node_modules/@duckdb/node-api" ]]; then
    echo "installing @duckdb/node-api into bench/duckdb/node_modules (npm ci)"
    (cd "$here/duckdb" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in bench/duckdb"
fi
duckdb_version="$(cd "$here/duckdb" && node -e 'import("@duckdb/node-api").then(m => console.log(m.default.version()))')"

work="$(mktemp -d "${TMPDIR:-/tmp}/veedor-import-bench.XXXXXX")"
if [[ "${KEEP:-0}" == 1 ]]; then echo "temporary folder kept: $work"; else trap 'rm -rf "$work"' EXIT; fi
mkdir -p "$data"
gen_hash="$(sha256sum "$here/gen_mef.py" | cut -c1-16)"

cpu_busy() {  # % of all CPUs busy during one second, from /proc/stat
    local a b
    a=($(head -1 /proc/stat)); sleep 1; b=($(head -1 /proc/stat))
    awk -v u1="${a[1]}" -v n1="${a[2]}" -v s1="${a[3]}" -v i1="${a[4]}" -v w1="${a[5]}" \
        -v u2="${b[1]}" -v n2="${b[2]}" -v s2="${b[3]}" -v i2="${b[4]}" -v w2="${b[5]}" \
        'BEGIN { busy = (u2-u1)+(n2-n1)+(s2-s1); tot = busy+(i2-i1)+(w2-w1); printf "%.0f", tot ? 100*busy/tot : 0 }'
}

# timed TOOL N OUT: runs one tool on the file of N rows, output to OUT; appends
# "N tool seconds kb user system others%" to results.txt
timed() {
    local tool="$1" n="$2" out="$3" file="$data/mef-$2.csv" tf="$work/time.txt"
    local cmd
    case "$tool" in
        veedor) cmd=("$veedor" import mef "$file" --select "$rules" --out "$out") ;;
        duckdb) cmd=(node "$here/duckdb/import.mjs" "$file") ;;
        python) cmd=(python3 "$here/mef_import_decimal.py" "$file") ;;
        wc)     cmd=(wc -l "$file") ;;
    esac
    local a b
    a=($(head -1 /proc/stat))
    if [[ "$tool" == veedor ]]; then
        /usr/bin/time -f "%e %M %U %S" -o "$tf" "${cmd[@]}" >"$work/veedor.log" 2>&1 \
            || { cat "$work/veedor.log" >&2; die "veedor failed on $file"; }
    else
        /usr/bin/time -f "%e %M %U %S" -o "$tf" "${cmd[@]}" >"$out" 2>"$work/$tool.err" \
            || { cat "$work/$tool.err" >&2; die "$tool failed on $file"; }
    fi
    b=($(head -1 /proc/stat))
    # The CPU time that other processes used while the tool ran, in % of all the CPUs over its run:
    # everything busy in /proc/stat minus the tool's own user + system time.
    local t=($(tail -1 "$tf"))
    local others
    others="$(awk -v e="${t[0]}" -v u="${t[2]}" -v s="${t[3]}" -v hz="$clk_tck" -v cpus="$cpus" \
        -v busy="$(( b[1]-a[1] + b[2]-a[2] + b[3]-a[3] + b[6]-a[6] + b[7]-a[7] + b[8]-a[8] ))" \
        'BEGIN { o = busy / hz - u - s; if (o < 0 || e <= 0) o = 0; else o = 100 * o / (cpus * e); printf "%.0f", o }')"
    echo "$n $tool ${t[*]} $others" >>"$work/results.txt"
    printf '  %-7s %8s s %8s KB  cpu %6.2f s  others %3s%%\n' "$tool" "${t[0]}" "${t[1]}" \
        "$(awk -v u="${t[2]}" -v s="${t[3]}" 'BEGIN { print u + s }')" "$others"
    if (( others > 10 )); then
        echo "WARNING: other processes used ${others}% of the CPUs during this run" >&2
    fi
}
clk_tck="$(getconf CLK_TCK)"
cpus="$(nproc)"

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(uname -sr);" \
     "$("$veedor" --version 2>/dev/null | head -1 || echo 'veedor ?'); DuckDB $duckdb_version (@duckdb/node-api," \
     "node $(node --version)); $(python3 --version)"
: >"$work/results.txt"
: >"$work/busy.txt"
: >"$work/bytes.txt"
for n in $rows_list; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "ROWS: '$n' is not a row count"
    file="$data/mef-$n.csv" totals="$data/mef-$n.totals.json" stamp="$data/mef-$n.stamp"
    echo
    echo "== $n rows =="
    # ---- the file, generated once ----
    want="rows=$n year=$year seed=$seed gen=$gen_hash"
    if [[ -f "$file" && -f "$totals" && -f "$stamp" && "$(cat "$stamp")" == "$want bytes=$(stat -c %s "$file")" ]]; then
        echo "file: $file (cached, $(stat -c %s "$file") bytes)"
    else
        free_kb="$(df -Pk "$data" | awk 'NR==2 {print $4}')"
        need_kb=$(( n * 2500 / 1024 ))
        if (( free_kb < need_kb )); then
            gb() { awk -v kb="$1" 'BEGIN { printf "%.1f GB", kb * 1024 / 1e9 }'; }
            echo "SKIPPED: $n rows needs $(gb "$need_kb") free on the disk of $data (the file alone is" \
                 "~$(gb $(( n * 883 / 1024 )))); only $(gb "$free_kb") are free there. Free some space or set DATA."
            continue
        fi
        rm -f "$file" "$totals" "$stamp"
        echo "file: generating $file ($(awk -v kb="$free_kb" 'BEGIN { printf "%.1f", kb * 1024 / 1e9 }') GB free on its disk) ..."
        start=$(date +%s.%N)
        python3 "$here/gen_mef.py" --rows "$n" --year "$year" --seed "$seed" --out "$data/mef-$n.part.csv"
        mv "$data/mef-$n.part.totals.json" "$totals"
        mv "$data/mef-$n.part.csv" "$file"
        echo "$want bytes=$(stat -c %s "$file")" >"$stamp"
        echo "file: $(stat -c %s "$file") bytes in $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}') s"
    fi
    [[ "${PREPARE:-0}" == 1 ]] && continue
    echo "$n $(stat -c %s "$file")" >>"$work/bytes.txt"
    # ---- warm the page cache: every tool then reads the file from memory ----
    cat "$file" >/dev/null
    avail_kb="$(awk '/MemAvailable/ {print $2}' /proc/meminfo)"
    if (( $(stat -c %s "$file") / 1024 > avail_kb )); then
        echo "NOTE: the file is larger than the available memory; it cannot stay in the page cache, so disk reads are timed too"
    fi
    if command -v fincore >/dev/null; then
        echo "page cache: $(fincore -nb -o RES "$file" | awk -v size="$(stat -c %s "$file")" '{ printf "%.0f", 100 * $1 / size }')% of the file in memory"
    fi
    runs="${RUNS:-}"
    [[ -n "$runs" ]] || { if (( n <= 1000000 )); then runs=3; else runs=1; fi; }
    busy="$(cpu_busy)"
    echo "$n $busy" >>"$work/busy.txt"
    echo "CPU busy in the second before timing: ${busy}%; load average $(cut -d' ' -f1-3 /proc/loadavg); best of $runs"
    if (( busy > 10 )); then
        echo "WARNING: something else is using ${busy}% of the CPUs; the figures are not those of an idle machine" >&2
    fi
    for (( r = 1; r <= runs; r++ )); do
        echo " run $r/$runs"
        timed veedor "$n" "$work/veedor-$n.yaml"
        timed wc "$n" "$work/wc-$n.txt"
        timed duckdb "$n" "$work/duckdb-$n.json"
        timed python "$n" "$work/python-$n.json"
        if (( r == 1 )); then
            python3 "$here/compare_import_totals.py" "$work/veedor-$n.yaml" "$work/duckdb-$n.json" \
                "$work/python-$n.json" "$totals" || { echo "the three tools or the generator disagree on $file" >&2; exit 1; }
        fi
    done
done

[[ "${PREPARE:-0}" == 1 ]] && exit 0
[[ -s "$work/results.txt" ]] || die "no size was run"

# ---- the table: best time of the runs, highest peak RSS of the runs ------------------------------
echo
python3 - "$work/results.txt" "$work/busy.txt" "$work/bytes.txt" <<'EOF'
import sys
from collections import defaultdict
best, rss, runs = {}, defaultdict(int), defaultdict(int)
order = []
for line in open(sys.argv[1]):
    n, tool, secs, kb, user, system, others = line.split()
    n, secs, kb = int(n), float(secs), int(kb)
    run = (secs, float(user) + float(system), int(others))
    key = (n, tool)
    if key not in best:
        order.append(key)
    if key not in best or secs < best[key][0]:
        best[key] = run
    rss[key] = max(rss[key], kb)
    runs[key] += 1
busy = dict(l.split() for l in open(sys.argv[2]))
size = {int(n): int(b) for n, b in (l.split() for l in open(sys.argv[3]))}
def gbs(n, tool):
    s = best[(n, tool)][0]
    return size[n] / s / 1e9 if s > 0 else float("inf")
print("| rows | tool | seconds | rows/s | GB/s | peak RSS MB | CPU seconds | runs | CPU busy before | others during |")
print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for n, tool in order:
    s, cpu, others = best[(n, tool)]
    rate = f"{n / s:,.0f}" if s > 0 else "-"
    print(f"| {n:,} | {tool} | {s:.2f} | {rate} | {gbs(n, tool):.2f} | {rss[(n, tool)] / 1024:.1f} | {cpu:.2f} | {runs[(n, tool)]} "
          f"| {busy.get(str(n), '?')}% | {others}% |")
print()
goals = []
print("| rows | throughput veedor / DuckDB (goal >= 2x) | peak RSS DuckDB / veedor (goal >= 4x) | throughput veedor / python |")
print("|---:|---:|---:|---:|")
for n in sorted({n for n, _ in order}):
    v, d, p = best.get((n, "veedor")), best.get((n, "duckdb")), best.get((n, "python"))
    if not (v and d):
        continue
    mem = rss[(n, "duckdb")] / rss[(n, "veedor")]
    if v[0] > 0:
        thr = d[0] / v[0]
        thr_text = f"{thr:.2f}x ({'met' if thr >= 2 else 'NOT met'})"
        py = f"{p[0] / v[0]:.1f}x" if p else "-"
    else:
        thr_text = py = "- (veedor under the 10 ms resolution)"
    print(f"| {n:,} | {thr_text} | {mem:.1f}x ({'met' if mem >= 4 else 'NOT met'}) | {py} |")
    goals.append(f"GOAL import, {n:,} rows: throughput {thr_text} of DuckDB's, goal >= 2x; "
                 f"DuckDB's peak memory {mem:.1f}x veedor's ({'met' if mem >= 4 else 'NOT met'}), goal >= 4x")
print()
# The floor: `wc -l` only counts the newlines of the same file (one core, no parsing). Goal: veedor
# imports at least half as fast.
print("| rows | veedor GB/s | veedor rows/s | wc -l GB/s (the floor) | veedor / wc -l (goal >= 0.5) |")
print("|---:|---:|---:|---:|---:|")
for n in sorted({n for n, _ in order}):
    if not (best.get((n, "veedor")) and best.get((n, "wc"))):
        continue
    v, w = gbs(n, "veedor"), gbs(n, "wc")
    ratio = v / w
    met = "met" if ratio >= 0.5 else "NOT met"
    vs = best[(n, "veedor")][0]
    print(f"| {n:,} | {v:.2f} | {n / vs if vs > 0 else float('inf'):,.0f} | {w:.2f} | {ratio:.2f} ({met}) |")
    goals.append(f"GOAL import, {n:,} rows: {v:.2f} GB/s, {ratio:.2f}x the throughput of wc -l "
                 f"({w:.2f} GB/s, the floor) on the same file ({met}), goal >= 0.5x")
print()
print("\n".join(goals))
print()
print("seconds: best of the runs (/usr/bin/time %e, 10 ms resolution), and that run's CPU seconds (%U + %S) and the")
print("share of all CPUs that other processes used during it; peak RSS: highest of the runs (%M). veedor and DuckDB")
print("run on all the CPUs, python and wc -l on one; DuckDB's RSS includes node's own; GB/s: the file's bytes (1e9)")
print("over the best seconds.")
EOF
