#!/usr/bin/env python3
"""Times several commands round-robin and prints, per command, the median wall-clock and CPU time.

    python3 bench/time_runs.py RUNS NAME 'COMMAND' [NAME 'COMMAND' ...]

Each round runs every command once, in the order given, so that a change in the machine's load
during the measurement falls on every command alike instead of on whichever ran last. A command
is split with shlex (no shell); its output is discarded; a command that fails stops the timing
(exit 1). Output, one line per command:

    NAME median_wall fastest_wall slowest_wall median_cpu

in seconds (wall: time.perf_counter around the run; CPU: user + system time of the child, from
resource.getrusage), with 4 decimals.
"""

import resource
import shlex
import statistics
import subprocess
import sys
import time


def run_once(argv):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"time_runs.py: {shlex.join(argv)} failed (exit {done.returncode})")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main(argv):
    if len(argv) < 4 or len(argv) % 2 != 0:
        sys.exit(__doc__.split("\n\n")[1])
    runs = int(argv[1])
    commands = [(argv[i], shlex.split(argv[i + 1])) for i in range(2, len(argv), 2)]
    walls = {name: [] for name, _ in commands}
    cpus = {name: [] for name, _ in commands}
    for _ in range(runs):
        for name, command in commands:
            wall, cpu = run_once(command)
            walls[name].append(wall)
            cpus[name].append(cpu)
    for name, _ in commands:
        w = walls[name]
        print(f"{name} {statistics.median(w):.4f} {min(w):.4f} {max(w):.4f} {statistics.median(cpus[name]):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
