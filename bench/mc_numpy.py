#!/usr/bin/env python3
"""veedor's Monte Carlo workload as an analyst would write it with numpy: binary floats, vectorised.

    python3 bench/mc_numpy.py SCENARIO.yaml [--trials N] [--seed S]
    python3 bench/mc_numpy.py SCENARIO.yaml --central

The same scenario reader and the same model of the computation as bench/mc_decimal.py (whose
Scenario class it uses), but every trial at once: one array of trials per uncertain input,
drawn from numpy's default generator (PCG64), the price index, funding, execution and the need
computed on whole arrays in float64, the need of the 50 lines as one matrix product, and the
percentiles with numpy.percentile(method="inverted_cdf") (the nearest rank, as veedor's). No
rounding to the céntimo or to micro units: this is the float computation veedor is set against,
so its figures agree with veedor's to a few céntimos, not digit for digit.

Output: the same CSV as mc_decimal.py (percentiles and mean per period and figure, then the
coverage counts); the time of the trials and summaries on stderr.
"""

import argparse
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mc_decimal import METRICS, Scenario, Unsupported  # noqa: E402


def draw(d, u):
    """The values of Dist d at the uniforms u (an array), in units (not micro units)."""
    p = [x / 1e6 for x in d.p]
    if d.kind == "fixed":
        return np.full(u.shape, p[0])
    if d.kind == "uniform":
        return p[0] + u * (p[1] - p[0])
    a, b, c = p
    fc = (b - a) / (c - a)
    return np.where(u < fc, a + np.sqrt(u * (c - a) * (b - a)), c - np.sqrt((1 - u) * (c - a) * (c - b)))


def evaluate(s, v, n):
    """Every trial at once: v maps id(Dist) to an array of n values. Returns per period (years,
    then the horizon) the 10 figures as arrays: funded, executed, need, two gaps, need per axis."""
    def val(d):
        return v[id(d)]

    def inflation(y):
        for y1, y2, d in s.inflation:
            if y1 <= y <= y2:
                return val(d)
        raise Unsupported(f"no inflation for {y}")

    years = s.years
    index = np.ones(n)
    for y in range(s.prices_of + 1, s.first):
        index = index * (1 + inflation(y) / 100)
    idx = []
    for y in years:
        if y > s.prices_of:
            index = index * (1 + inflation(y) / 100)
        idx.append(index)
    idx = np.stack(idx, axis=1)  # trials x years

    def step(m, y):
        if s.fund_kind == "flat":
            return m
        rate = val(s.fund_rate) if s.fund_kind == "grow" else inflation(y)
        return m * (1 + rate / 100)

    m = np.full(n, float(s.headline_level[s.fund_base]))
    for y in range(s.fund_base + 1, s.first):
        m = step(m, y)
    funded = []
    for y in years:
        if y > s.fund_base:
            m = step(m, y)
        funded.append(m)
    funded = np.stack(funded, axis=1)
    rate = val(s.exec_rate) if s.exec_rate is not None else np.full(n, 100.0)
    executed = funded * (rate / 100)[:, None]

    # Quantities: lines x years (trials x lines x years when one is uncertain), unit costs trials x lines.
    def quantity(need, y):
        if "path" in need:
            sy, ds, dt, by = need["path"]
            start, target = val(ds), val(dt)
            if y >= by:
                return target
            if y > sy:
                return start + (target - start) * (y - sy) / (by - sy)
            return start
        for year, d in need["per_year"]:
            if year == y:
                return val(d)
        return np.zeros(n)

    uc = np.stack([val(nd["unit_cost"]) for nd in s.needs], axis=1)  # trials x lines
    axis_of = np.array([nd["axis"] for nd in s.needs])
    params = {id(d) for d in s.params}
    if any(id(d) in params for nd in s.needs for d in
           ([x for _, x in nd.get("per_year", [])] + (list(nd["path"][1:3]) if "path" in nd else []))):
        # An uncertain quantity: quantities per trial, trials x lines x years.
        q = np.stack([np.stack([np.broadcast_to(quantity(nd, y), (n,)) for y in years], axis=1) for nd in s.needs],
                     axis=1)
        cost = q * uc[:, :, None]
        need_axis = np.stack([cost[:, axis_of == a, :].sum(axis=1) for a in range(5)], axis=1)
    else:
        # Fixed quantities (the benchmark's): lines x years once, the cost per axis a matrix product.
        q = np.array([[quantity(nd, y)[0] for y in years] for nd in s.needs])
        need_axis = np.stack([uc[:, axis_of == a] @ q[axis_of == a] for a in range(5)], axis=1)
    need_axis = need_axis * idx[:, None, :]  # current soles, trials x axes x years
    need = need_axis.sum(axis=1)

    periods = []
    for i in range(len(years) + 1):
        pick = (lambda x: x[..., i]) if i < len(years) else (lambda x: x.sum(axis=-1))
        f, e, nd = pick(funded), pick(executed), pick(need)
        periods.append([f, e, nd, nd - f, nd - e] + [pick(need_axis[:, a, :]) for a in range(5)])
    return periods


def values_of(s, n, rng):
    v = {}
    for d in s.params:
        v[id(d)] = draw(d, rng.random(n))
    for d in s.fixed:
        v[id(d)] = np.full(n, d.p[0] / 1e6)
    return v


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("scenario")
    ap.add_argument("--trials", type=int)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--central", action="store_true", help="print the central case's need and funding, yearly, as CSV")
    a = ap.parse_args(argv[1:])
    try:
        s = Scenario(a.scenario)
    except Unsupported as e:
        print(f"mc_numpy.py: not supported: {e}", file=sys.stderr)
        return 2
    period = lambda y: str(y) if y else f"{s.first}-{s.last}"  # noqa: E731
    years = s.years + [0]
    if a.central:
        v = {id(d): np.array([d.central() / 1e6]) for d in s.params + s.fixed}
        print("year,funded,executed,need")
        for p, figures in enumerate(evaluate(s, v, 1)):
            print(",".join([period(years[p])] + [f"{x[0]:.2f}" for x in figures[:3]]))
        return 0
    trials = a.trials if a.trials is not None else s.trials
    seed = a.seed if a.seed is not None else s.seed
    if not trials or seed is None:
        print("mc_numpy.py: give --trials and --seed (or monte-carlo: in the scenario)", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    periods = evaluate(s, values_of(s, trials, np.random.default_rng(seed)), trials)
    rows = []
    for p, figures in enumerate(periods):
        for k, x in enumerate(figures[:5]):
            pct = np.percentile(x, [5, 10, 50, 90, 95], method="inverted_cdf")
            rows.append([period(years[p]), METRICS[k]] + [f"{y:.2f}" for y in pct] + [f"{x.mean():.2f}"])
        for k, x in enumerate(figures[5:]):  # computed as veedor and mc_decimal.py do, not printed
            np.percentile(x, [5, 10, 50, 90, 95], method="inverted_cdf")
    covers = [(int((f[3] <= 0).sum()), int((f[4] <= 0).sum())) for f in periods]
    elapsed = time.perf_counter() - t0
    print("period,figure,p5,p10,p50,p90,p95,mean")
    for r in rows:
        print(",".join(r))
    print()
    print("period,trials,funded_covers_need,executed_covers_need")
    for p, (cf, ce) in enumerate(covers):
        print(f"{period(years[p])},{trials},{cf},{ce}")
    print(f"mc_numpy.py: {trials} trials, {len(s.params)} uncertain inputs, float64: "
          f"{elapsed:.3f} s in the trials and summaries ({trials / elapsed:.0f} trials/s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
