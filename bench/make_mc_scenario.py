#!/usr/bin/env python3
"""Writes the Monte Carlo benchmark scenario into a folder: model.yaml and mc50.yaml.

    python3 bench/make_mc_scenario.py OUT_DIR

The model has the shape of `small_model` in tests/unit/scenario_fixture.hpp (entity A, years
2015/2016, headline group `all`). The scenario projects 2017-2021 in soles of 2016 with three kinds
of uncertain input: inflation (one triangular for 2016-2021), the execution rate (triangular) and
the unit cost of each of 50 costed needs (triangular): 52 uncertain inputs in all.

The output is deterministic: the only randomness is random.Random(1), and the same files come out
on every run and every machine (integers only; no floating point reaches the text).
"""

import os
import random
import sys

AXES = ["prevention", "prosecution", "protection", "reintegration", "cross-cutting"]
NEEDS = 50

MODEL = """\
format: veedor-model/1
title: "Small"
currency: PEN
headline: all
years:
  - {year: 2015, general-budget: 1000000.00, population: 100}
  - {year: 2016, general-budget: 2000000.00, population: 100}
groups:
  - {id: all, name: "All"}
entities:
  - id: A
    name: "Ministry A"
    level: national
    kind: ministry
    groups: [all]
    figures:
      - {year: 2015, allocated: 1000.00, executed: 500.00}
      - {year: 2016, allocated: 2000.00, executed: 1500.00}
"""

HEAD = """\
# Benchmark scenario written by bench/make_mc_scenario.py (random.Random(1)); do not edit by hand.
# 10,000 trials x 5 years x 50 costed lines; 52 uncertain inputs.
format: veedor-scenario/1
title: "Monte Carlo benchmark: 50 costed needs, 2017-2021"
model: model.yaml
horizon: {from: 2017, to: 2021}
prices-of: 2016

macro:
  inflation-pct:
    - {from: 2016, to: 2021, value: {triangular: [1, 2, 3]}, assumption: "benchmark: inflation between 1% and 3%, 2% most likely"}
  general-budget:
    - {year: 2017, amount: 2100000.00, assumption: "benchmark: the 2016 general budget plus 5%"}
    - {from: 2018, to: 2021, growth-pct: 5, assumption: "benchmark: fixed nominal growth"}

funding:
  - target: total
    flat: {base-year: 2016}

execution:
  - target: total
    rate-pct: {value: {triangular: [40, 55, 70]}, assumption: "benchmark: execution between 40% and 70%"}

needs:
"""

TAIL = """
monte-carlo: {trials: 10000, seed: 12345}
"""


def cents_text(c: int) -> str:
    """A whole number of céntimos as a plain decimal with up to 2 places: 123450 -> 1234.5."""
    text = f"{c // 100}.{c % 100:02d}".rstrip("0").rstrip(".")
    return text


def need_text(rng: random.Random, i: int) -> str:
    axis = AXES[(i - 1) % len(AXES)]
    start = rng.randint(0, 200)
    target = start + rng.randint(10, 800)
    by = rng.choice([2019, 2020, 2021])
    mode = rng.randint(50_000, 5_000_000)            # céntimos: S/ 500.00 to S/ 50,000.00
    low = mode * rng.randint(50, 90) // 100          # 50% to 90% of the mode
    high = mode * rng.randint(110, 200) // 100       # 110% to 200% of the mode
    assert 0 < low < mode < high
    return (
        f"  - id: need-{i:02d}\n"
        f"    activity: \"Benchmark activity {i}\"\n"
        f"    axis: {axis}\n"
        f"    entity: A\n"
        f"    unit: \"unit of activity {i} for one year\"\n"
        f"    quantity:\n"
        f"      path: {{start-year: 2016, start: {start}, target: {target}, by: {by}}}\n"
        f"      assumption: \"benchmark: from {start} units in 2016 to {target} in {by}\"\n"
        f"    unit-cost:\n"
        f"      value: {{triangular: [{cents_text(low)}, {cents_text(mode)}, {cents_text(high)}]}}\n"
        f"      assumption: \"benchmark: unit cost in soles of 2016\"\n"
    )


def main(argv):
    if len(argv) != 2:
        print("usage: make_mc_scenario.py OUT_DIR", file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(1)
    body = "".join(need_text(rng, i) for i in range(1, NEEDS + 1))
    with open(os.path.join(out, "model.yaml"), "w", encoding="utf-8") as f:
        f.write(MODEL)
    with open(os.path.join(out, "mc50.yaml"), "w", encoding="utf-8") as f:
        f.write(HEAD + body + TAIL)
    print(os.path.join(out, "mc50.yaml"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
