#!/usr/bin/env bash
# Loading, validating and comparing a national-scale model (every regional and local government,
# 10 years: 1,915 entities, 19,150 figures) against yaml-cpp building its document tree of the same
# file. Wall time and peak memory, best of RUNS (default 5), with /usr/bin/time.
#   cmake --build build --target yaml_tree_parse yaml_event_parse veedor && bench/run_model_bench.sh
set -eu
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
model=$(mktemp --suffix=.yaml)
times=$(mktemp)
trap 'rm -f "$model" "$times"' EXIT
python3 bench/gen_national_model.py --out "$model"
best() {  # prints "seconds KB" of the fastest of RUNS runs of the command
  local best_s=999999 best_kb=0
  for _ in $(seq "$RUNS"); do
    # -o: the command's own stderr is discarded, so time must not write its figures there.
    /usr/bin/time -o "$times" -f "%e %M" "$@" > /dev/null 2>/dev/null || true
    read -r s kb < <(tail -1 "$times")
    if awk "BEGIN{exit !($s < $best_s)}"; then best_s=$s; best_kb=$kb; fi
  done
  echo "$best_s $best_kb"
}
printf "model: %s bytes\n" "$(stat -c %s "$model")"
printf "%-40s %8s %10s\n" "what" "seconds" "peak MB"
read -r ys ykb < <(best build/bench/yaml_tree_parse "$model")
printf "%-40s %8s %10.1f\n" "yaml-cpp: document tree (LoadFile)" "$ys" "$(echo "$ykb/1024" | bc -l)"
read -r es ekb < <(best build/bench/yaml_event_parse "$model")
printf "%-40s %8s %10.1f\n" "yaml-cpp: event parser alone (no-op)" "$es" "$(echo "$ekb/1024" | bc -l)"
read -r vs vkb < <(best build/veedor --version)
printf "%-40s %8s %10.1f\n" "veedor --version (shared libraries)" "$vs" "$(echo "$vkb/1024" | bc -l)"
read -r cs ckb < <(best build/veedor check "$model")
printf "%-40s %8s %10.1f\n" "veedor check (load + validate)" "$cs" "$(echo "$ckb/1024" | bc -l)"
read -r ms mkb < <(best build/veedor compare "$model" --format csv)
printf "%-40s %8s %10.1f\n" "veedor compare (load + validate + compare)" "$ms" "$(echo "$mkb/1024" | bc -l)"
speed=$(echo "$ms/$ys" | bc -l) memory=$(echo "$mkb/$ykb" | bc -l)
met() { if [[ $(echo "$1 < $2" | bc -l) == 1 ]]; then echo met; else echo "NOT met"; fi; }
printf "speed: veedor compare takes %.2fx yaml-cpp's time (goal: below 1x)\n" "$speed"
printf "memory: veedor compare uses %.2fx yaml-cpp's peak (goal: below 0.1x)\n" "$memory"
printf "\nGOAL model loading: veedor compare in %.2fx the time of yaml-cpp's tree (%s), goal below 1x\n" "$speed" "$(met "$speed" 1)"
printf "GOAL model loading: veedor compare's peak memory %.2fx yaml-cpp's (%s), goal below 0.1x; %.1f MB of it before any input\n" \
  "$memory" "$(met "$memory" 0.1)" "$(echo "$vkb/1024" | bc -l)"
