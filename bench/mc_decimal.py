#!/usr/bin/env python3
"""veedor's scenario projection and Monte Carlo, written again with Python's decimal module.

    python3 bench/mc_decimal.py SCENARIO.yaml [--trials N] [--seed S] [--streams python|veedor] [--axes]
    python3 bench/mc_decimal.py SCENARIO.yaml --central

The reference for bench/run_mc_bench.sh: the same computation as engine/scenario/projection.cpp
and engine/scenario/montecarlo.cpp, in the standard library only (decimal, random, math; no
numpy, no YAML library), so that veedor's throughput can be set against it.

Rules (docs/scenario-format.md, docs/numerics.md), every rounding half-up (ties away from zero)
and explicit, in a decimal context of 50 digits:

- every uncertain input is sampled, then rounded to 6 decimal places;
- price index: 1 in prices-of, then previous x (1 + inflation/100), rounded to 9 decimals;
- general budget: the scenario's amount, or previous x (1 + growth/100), rounded to the céntimo;
- funding (`flat`, `grow`, `index-to-inflation` of `total`) rounded to the céntimo each year;
- expected executed = funded x rate/100, rounded to the céntimo;
- per need and year: quantity on the straight-line path (start + (target - start) x elapsed/span,
  the step rounded to 6 decimals), constant cost = quantity x unit cost rounded to the céntimo,
  current cost = constant cost x price index rounded to the céntimo;
- funded and executed in constant soles = current / price index, rounded to the céntimo;
- per period (each year, then the horizon) the figures funded, expected executed, need, the two
  gaps and the need of each axis; over the trials, nearest-rank P5, P10, P50, P90, P95 (rank
  ceil(p/100 x N)) and the mean rounded to the céntimo; the trials where funding (execution)
  covers the need.

`--central` evaluates the central case (fixed values, modes of triangulars, midpoints of uniforms)
and prints the yearly figures as CSV: compare with `veedor simulate ... --format csv`.

`--streams python` (the default, used for timing) draws u in [0, 1) from random.Random(seed).
`--streams veedor` draws u from veedor's own per-trial streams (SplitMix64 + xoshiro256**, as in
engine/scenario/random.cpp), so that the Monte Carlo summaries can be compared with veedor's
digit for digit. Either way u goes through the same inverse CDF as veedor's (in binary floating
point, as veedor's), and the result is rounded half-up to 6 decimals with the decimal module.

Only what the benchmark scenario uses is supported: `total` funding and execution targets,
`flat`/`grow`/`index-to-inflation` funding, `rate-pct` execution, fixed/triangular/uniform numbers,
headline totals summed from the entities (no printed group totals). Anything else stops with an
error rather than compute something different from veedor.
"""

import argparse
import math
import os
import sys
import time
from decimal import ROUND_HALF_UP, Decimal, getcontext

getcontext().prec = 50

C2 = Decimal("0.01")
C6 = Decimal("0.000001")
C9 = Decimal("0.000000001")
ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)
HU = ROUND_HALF_UP

AXES = ["prevention", "prosecution", "protection", "reintegration", "cross-cutting"]
METRICS = ["funded", "expected executed", "need", "gap (need - funded)", "gap (need - executed)"]


class Unsupported(Exception):
    pass


# --------------------------------------------------------------------------------------------
# A reader for the YAML the benchmark uses: block mappings and sequences, flow {...} and [...],
# double-quoted strings, plain scalars, comments. Scalars stay text (numbers never pass through
# float); callers turn them into Decimal or int.
# --------------------------------------------------------------------------------------------

def _strip_comment(line):
    out, quoted, i = [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == "\\":
                out.append(line[i:i + 2])
                i += 2
                continue
            if ch == '"':
                quoted = False
        elif ch == '"':
            quoted = True
        elif ch == "#" and (i == 0 or line[i - 1] in " \t"):
            break
        out.append(ch)
        i += 1
    return "".join(out).rstrip()


def _flow(text, pos, in_flow):
    """Parses one flow value at text[pos:]; returns (value, next position)."""
    while pos < len(text) and text[pos] == " ":
        pos += 1
    if pos >= len(text):
        return "", pos
    ch = text[pos]
    if ch == "{":
        out, pos = {}, pos + 1
        while True:
            while text[pos] == " ":
                pos += 1
            if text[pos] == "}":
                return out, pos + 1
            colon = text.index(":", pos)
            key = text[pos:colon].strip()
            value, pos = _flow(text, colon + 1, True)
            out[key] = value
            while text[pos] == " ":
                pos += 1
            if text[pos] == ",":
                pos += 1
    if ch == "[":
        out, pos = [], pos + 1
        while True:
            while text[pos] == " ":
                pos += 1
            if text[pos] == "]":
                return out, pos + 1
            value, pos = _flow(text, pos, True)
            out.append(value)
            while text[pos] == " ":
                pos += 1
            if text[pos] == ",":
                pos += 1
    if ch == '"':
        out, pos = [], pos + 1
        while text[pos] != '"':
            if text[pos] == "\\":
                pos += 1
                out.append({"n": "\n", "t": "\t"}.get(text[pos], text[pos]))
            else:
                out.append(text[pos])
            pos += 1
        return "".join(out), pos + 1
    end = pos
    stops = ",]}" if in_flow else ""
    while end < len(text) and text[end] not in stops:
        end += 1
    return text[pos:end].strip(), end


def _value(text):
    value, pos = _flow(text, 0, False)
    if text[pos:].strip():
        raise Unsupported(f"cannot read YAML value: {text!r}")
    return value


def _block(lines, i, indent):
    """Parses the block node whose lines start at lines[i] with this indent."""
    if lines[i][1].startswith("- ") or lines[i][1] == "-":
        out = []
        while i < len(lines) and lines[i][0] == indent and (lines[i][1].startswith("- ") or lines[i][1] == "-"):
            rest = lines[i][1][1:].lstrip()
            if not rest:
                value, i = _block(lines, i + 1, lines[i + 1][0])
            elif rest[0] not in '{["' and ":" in rest and (rest.split(":", 1)[1][:1] in ("", " ")):
                # "- key: value": a mapping whose keys sit two columns in
                lines[i] = (indent + 2, rest)
                value, i = _block(lines, i, indent + 2)
            else:
                value, i = _value(rest), i + 1
            out.append(value)
        return out, i
    out = {}
    while i < len(lines) and lines[i][0] == indent and not lines[i][1].startswith("- "):
        text = lines[i][1]
        if text.endswith(":"):
            key, rest = text[:-1], ""
        else:
            key, rest = text.split(": ", 1)
        key = key.strip()
        if rest.strip():
            out[key], i = _value(rest), i + 1
        elif i + 1 < len(lines) and lines[i + 1][0] > indent:
            out[key], i = _block(lines, i + 1, lines[i + 1][0])
        else:
            out[key], i = "", i + 1
    return out, i


def read_yaml(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read().splitlines()
    lines = []
    for line in raw:
        line = _strip_comment(line)
        if line.strip():
            lines.append((len(line) - len(line.lstrip(" ")), line.strip()))
    value, i = _block(lines, 0, lines[0][0])
    if i != len(lines):
        raise Unsupported(f"{path}: cannot read from line {lines[i][1]!r}")
    return value


# --------------------------------------------------------------------------------------------
# Uncertain numbers: kept in micro units (value x 10^6) as veedor keeps them, sampled with the
# same inverse CDF, rounded half-up to a micro unit with the decimal module.
# --------------------------------------------------------------------------------------------

def micro(text):
    d = Decimal(text)
    m = d.scaleb(6)
    if m != m.to_integral_value():
        raise Unsupported(f"more than 6 decimal places: {text}")
    return int(m)


class Dist:
    """fixed {value}, triangular {min, mode, max} or uniform {min, max}, in micro units."""

    def __init__(self, spec):
        if isinstance(spec, dict) and "triangular" in spec:
            self.kind, self.p = "triangular", [micro(x) for x in spec["triangular"]]
        elif isinstance(spec, dict) and "uniform" in spec:
            self.kind, self.p = "uniform", [micro(x) for x in spec["uniform"]]
        elif isinstance(spec, dict):
            raise Unsupported(f"distribution {sorted(spec)} (only fixed, triangular, uniform)")
        else:
            self.kind, self.p = "fixed", [micro(spec)]

    @property
    def uncertain(self):
        return self.kind != "fixed"

    def central(self):
        """Central value in micro units: the value, the mode, the midpoint (half-up)."""
        if self.kind == "triangular":
            return self.p[1]
        if self.kind == "uniform":
            s = self.p[0] + self.p[1]
            return (s + 1) // 2 if s >= 0 else -((-s) // 2)
        return self.p[0]

    def quantile_float(self, u):
        """The inverse CDF at u, in micro units, in binary floating point as veedor computes it."""
        if self.kind == "uniform":
            a, b = float(self.p[0]), float(self.p[1])
            return a + u * (b - a)
        a, b, c = float(self.p[0]), float(self.p[1]), float(self.p[2])
        if c == a:
            return a
        fc = (b - a) / (c - a)
        if u < fc:
            return a + math.sqrt(u * (c - a) * (b - a))
        return c - math.sqrt((1 - u) * (c - a) * (c - b))

    def sample(self, u):
        """A draw as a Decimal value, rounded half-up to 6 decimal places."""
        if self.kind == "fixed":
            return Decimal(self.p[0]).scaleb(-6)
        return Decimal(self.quantile_float(u)).to_integral_value(HU).scaleb(-6)


def number(spec):
    """A scenario number: `{value: ..., source/assumption}` or a bare value."""
    if isinstance(spec, dict) and "value" in spec:
        return Dist(spec["value"])
    return Dist(spec)


# --------------------------------------------------------------------------------------------
# veedor's random streams (engine/scenario/random.cpp), for --streams veedor.
# --------------------------------------------------------------------------------------------

M64 = (1 << 64) - 1


def _splitmix64(x):
    x = (x + 0x9E3779B97F4A7C15) & M64
    z = x
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    return x, z ^ (z >> 31)


class VeedorStream:
    def __init__(self, seed, trial):
        _, z = _splitmix64(seed & M64)
        mixed = z ^ ((trial * 0xD1B54A32D192ED03) & M64)
        s = []
        for _ in range(4):
            mixed, v = _splitmix64(mixed)
            s.append(v)
        self.s = s

    def random(self):
        s = self.s
        x = (s[1] * 5) & M64
        result = ((((x << 7) | (x >> 57)) & M64) * 9) & M64
        t = (s[1] << 17) & M64
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = ((s[3] << 45) | (s[3] >> 19)) & M64
        return (result >> 11) * 2.0 ** -53


# --------------------------------------------------------------------------------------------
# The scenario
# --------------------------------------------------------------------------------------------

def years_of(entry):
    if "year" in entry:
        return int(entry["year"]), int(entry["year"])
    return int(entry["from"]), int(entry["to"])


class Scenario:
    def __init__(self, path):
        doc = read_yaml(path)
        if "extends" in doc:
            raise Unsupported("extends")
        model = read_yaml(os.path.join(os.path.dirname(os.path.abspath(path)), doc["model"]))
        self.first, self.last = int(doc["horizon"]["from"]), int(doc["horizon"]["to"])
        self.years = list(range(self.first, self.last + 1))
        self.prices_of = int(doc.get("prices-of", self.first - 1))

        # The model: general budget per year, and the headline total (sum of its members).
        headline = model["headline"]
        self.model_budget = {int(y["year"]): Decimal(y["general-budget"]) for y in model.get("years", [])
                             if y.get("general-budget", "") != ""}
        self.headline_level = {}
        for e in model["entities"]:
            if headline in e.get("groups", []):
                for f in e.get("figures", []):
                    a = f.get("allocated", "")
                    if a == "" or not a[:1].isdigit():
                        raise Unsupported(f"allocated {a!r} of {e['id']} in {f['year']}")
                    y = int(f["year"])
                    self.headline_level[y] = self.headline_level.get(y, ZERO) + Decimal(a)

        macro = doc.get("macro", {}) or {}
        # general budget, inflation, population: the order of veedor's params
        self.budget = []
        for e in macro.get("general-budget", []):
            y1, y2 = years_of(e)
            if "amount" in e:
                self.budget.append((y1, y2, "amount", Decimal(e["amount"])))
            else:
                self.budget.append((y1, y2, "growth", number(e["growth-pct"])))
        self.inflation = []
        for e in macro.get("inflation-pct", []):
            y1, y2 = years_of(e)
            self.inflation.append((y1, y2, number(e)))
        if macro.get("population"):
            raise Unsupported("population in the scenario")

        funding = doc["funding"]
        if len(funding) != 1 or funding[0]["target"] != "total":
            raise Unsupported("funding other than one rule for target total")
        rule = funding[0]
        if "flat" in rule:
            self.fund_kind, self.fund_base, self.fund_rate = "flat", int(rule["flat"]["base-year"]), None
        elif "grow" in rule:
            self.fund_kind, self.fund_base = "grow", int(rule["grow"]["base-year"])
            self.fund_rate = number(rule["grow"]["rate-pct"])
        elif "index-to-inflation" in rule:
            self.fund_kind, self.fund_base = "index", int(rule["index-to-inflation"]["base-year"])
            self.fund_rate = None
        else:
            raise Unsupported(f"funding rule {sorted(rule)}")

        self.exec_rate = None
        for e in doc.get("execution", []) or []:
            if e["target"] != "total" or "rate-pct" not in e:
                raise Unsupported("execution other than rate-pct of target total")
            self.exec_rate = number(e["rate-pct"])

        self.needs = []
        for n in doc.get("needs", []) or []:
            q = n["quantity"]
            need = {"id": n["id"], "axis": AXES.index(n["axis"]), "entity": n["entity"]}
            if "path" in q:
                p = q["path"]
                need["path"] = (int(p["start-year"]), number(p["start"]),
                                number(p["target"]), int(p["by"]))
            else:
                need["per_year"] = [(int(x["year"]), number(x)) for x in q["per-year"]]
            need["unit_cost"] = number(n["unit-cost"])
            self.needs.append(need)
        self._collect_params()

        mc = doc.get("monte-carlo", {}) or {}
        self.trials = int(mc["trials"]) if "trials" in mc else None
        self.seed = int(mc["seed"]) if "seed" in mc else None

    def _collect_params(self):
        """The uncertain numbers in veedor's order (scenario_rules.cpp, collect_params): general
        budget, inflation, population, funding, execution, then per need its per-year quantities,
        path start, path target and unit cost. --streams veedor draws them in this order."""
        order = [d for (_, _, kind, d) in self.budget if kind == "growth"]
        order += [d for (_, _, d) in self.inflation]
        if self.fund_rate is not None:
            order.append(self.fund_rate)
        if self.exec_rate is not None:
            order.append(self.exec_rate)
        for n in self.needs:
            order += [d for (_, d) in n.get("per_year", [])]
            if "path" in n:
                order += [n["path"][1], n["path"][2]]
            order.append(n["unit_cost"])
        self.params = [d for d in order if d.uncertain]
        self.fixed = [d for d in order if not d.uncertain]

    # ---- values of one evaluation: {id(Dist): Decimal} ----------------------------------------

    def central_values(self):
        values = {id(d): Decimal(d.central()).scaleb(-6) for d in self.params}
        for d in self.fixed:
            values[id(d)] = Decimal(d.p[0]).scaleb(-6)
        return values

    def fixed_values(self):
        return {id(d): Decimal(d.p[0]).scaleb(-6) for d in self.fixed}

    # ---- one evaluation (projection.cpp, Projector::evaluate) --------------------------------

    def inflation_of(self, year, v):
        for y1, y2, d in self.inflation:
            if y1 <= year <= y2:
                return v[id(d)]
        raise Unsupported(f"no inflation for {year}")

    def budget_of(self, year, v):
        for y1, y2, kind, x in self.budget:
            if y1 <= year <= y2:
                if kind == "amount":
                    return x
                before = self.budget_of(year - 1, v)
                return None if before is None else (before * (ONE + v[id(x)] / HUNDRED)).quantize(C2, HU)
        return self.model_budget.get(year)

    def evaluate(self, v):
        """One projection. Returns (years, cumulative); each a dict of Decimal figures."""
        years = self.years
        n_years = len(years)

        # price index and general budget (Projector::start)
        index = ONE
        for y in range(self.prices_of + 1, self.first):
            index = (index * (ONE + self.inflation_of(y, v) / HUNDRED)).quantize(C9, HU)
        idx = []
        budget = []
        for y in years:
            if y > self.prices_of:
                index = (index * (ONE + self.inflation_of(y, v) / HUNDRED)).quantize(C9, HU)
            idx.append(index)
            budget.append(self.budget_of(y, v))

        # funding and execution (Projector::fund, add_funding)
        m = self.headline_level[self.fund_base]
        for y in range(self.fund_base + 1, self.first):
            m = self._step(m, y, v)
        funded = []
        for y in years:
            if y > self.fund_base:
                m = self._step(m, y, v)
            funded.append(m)
        rate = v[id(self.exec_rate)] if self.exec_rate is not None else HUNDRED
        executed = [(f * rate / HUNDRED).quantize(C2, HU) for f in funded]

        # needs (Projector::add_needs)
        need = [ZERO] * n_years
        need_c = [ZERO] * n_years
        axis = [[ZERO] * 5 for _ in years]
        axis_c = [[ZERO] * 5 for _ in years]
        lines = []
        for n in self.needs:
            uc = v[id(n["unit_cost"])]
            a = n["axis"]
            if "path" in n:
                sy, ds, dt, by = n["path"]
                start, target = v[id(ds)], v[id(dt)]
                span = by - sy
            line = []
            for i, y in enumerate(years):
                if "path" in n:
                    if y >= by:
                        q = target
                    elif y > sy:
                        q = start + ((target - start) * (y - sy) / span).quantize(C6, HU)
                    else:
                        q = start
                else:
                    q = ZERO
                    for year, d in n["per_year"]:
                        if year == y:
                            q = v[id(d)]
                constant = (q * uc).quantize(C2, HU)
                current = (constant * idx[i]).quantize(C2, HU)
                need[i] += current
                need_c[i] += constant
                axis[i][a] += current
                axis_c[i][a] += constant
                line.append(current)
            lines.append(line)

        out = []
        for i, y in enumerate(years):
            out.append({
                "year": y, "price_index": idx[i], "general_budget": budget[i],
                "funded": funded[i], "executed": executed[i], "need": need[i],
                "funded_constant": (funded[i] / idx[i]).quantize(C2, HU),
                "executed_constant": (executed[i] / idx[i]).quantize(C2, HU),
                "need_constant": need_c[i], "axis": axis[i], "axis_constant": axis_c[i],
            })
        cum = {"year": 0}
        for key in ("funded", "executed", "need", "funded_constant", "executed_constant", "need_constant"):
            cum[key] = sum((r[key] for r in out), ZERO)
        cum["general_budget"] = sum((r["general_budget"] for r in out if r["general_budget"] is not None), ZERO)
        cum["axis"] = [sum((r["axis"][a] for r in out), ZERO) for a in range(5)]
        cum["axis_constant"] = [sum((r["axis_constant"][a] for r in out), ZERO) for a in range(5)]
        cum["lines"] = [sum(line, ZERO) for line in lines]  # veedor's cumulative need per line
        return out, cum

    def _step(self, m, year, v):
        if self.fund_kind == "flat":
            return m
        if self.fund_kind == "grow":
            return (m * (ONE + v[id(self.fund_rate)] / HUNDRED)).quantize(C2, HU)
        return (m * (ONE + self.inflation_of(year, v) / HUNDRED)).quantize(C2, HU)


# --------------------------------------------------------------------------------------------
# Monte Carlo (montecarlo.cpp)
# --------------------------------------------------------------------------------------------

def record(r):
    funded, executed, need = r["funded"], r["executed"], r["need"]
    return [funded, executed, need, need - funded, need - executed] + list(r["axis"])


def summarize(values):
    values.sort()
    n = len(values)

    def rank(p):
        k = min(max((p * n + 99) // 100, 1), n)
        return values[k - 1]

    mean = (sum(values, ZERO) / n).quantize(C2, HU)
    return [rank(5), rank(10), rank(50), rank(90), rank(95), mean]


def monte_carlo(s, trials, seed, streams):
    base = s.fixed_values()
    rng = None
    if streams == "python":
        import random
        rng = random.Random(seed)
    periods = len(s.years) + 1
    slots = 5 + 5
    table = [[[] for _ in range(slots)] for _ in range(periods)]
    for t in range(trials):
        u_source = rng if rng is not None else VeedorStream(seed, t)
        v = dict(base)
        for d in s.params:
            v[id(d)] = d.sample(u_source.random())
        years, cum = s.evaluate(v)
        for p, r in enumerate(years + [cum]):
            row = record(r)
            cells = table[p]
            for k in range(slots):
                cells[k].append(row[k])
    result = []
    for p in range(periods):
        gaps_f, gaps_e = table[p][3], table[p][4]
        covers_f = sum(1 for g in gaps_f if g <= 0)
        covers_e = sum(1 for g in gaps_e if g <= 0)
        result.append(([summarize(table[p][k]) for k in range(slots)], covers_f, covers_e))
    return result


def money(d):
    return f"{d:.2f}"


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("scenario")
    ap.add_argument("--trials", type=int)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--central", action="store_true", help="print the central case, yearly, as CSV")
    ap.add_argument("--streams", choices=["python", "veedor"], default="python",
                    help="where the uniforms come from (default: random.Random(seed))")
    ap.add_argument("--axes", action="store_true", help="also print the summaries of the need per axis")
    a = ap.parse_args(argv[1:])
    try:
        s = Scenario(a.scenario)
    except Unsupported as e:
        print(f"mc_decimal.py: not supported: {e}", file=sys.stderr)
        return 2
    period = lambda y: str(y) if y else f"{s.first}-{s.last}"  # noqa: E731

    if a.central:
        years, cum = s.evaluate(s.central_values())
        cols = ["year", "general_budget", "price_index", "funded", "executed", "need",
                "funded_constant", "executed_constant", "need_constant"]
        print(",".join(cols))
        for r in years + [cum]:
            cells = [period(r["year"]),
                     money(r["general_budget"]) if r["year"] and r["general_budget"] is not None else "",
                     f"{r['price_index']:.9f}" if r["year"] else ""]
            cells += [money(r[k]) for k in cols[3:]]
            print(",".join(cells))
        return 0

    trials = a.trials if a.trials is not None else s.trials
    seed = a.seed if a.seed is not None else s.seed
    if not trials or seed is None:
        print("mc_decimal.py: give --trials and --seed (or monte-carlo: in the scenario)", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    result = monte_carlo(s, trials, seed, a.streams)
    elapsed = time.perf_counter() - t0
    print("period,figure,p5,p10,p50,p90,p95,mean")
    years = s.years + [0]
    for p, (summaries, _, _) in enumerate(result):
        names = METRICS + ([f"need: {x}" for x in AXES] if a.axes else [])
        for k, name in enumerate(names):
            print(",".join([period(years[p]), name] + [money(x) for x in summaries[k]]))
    print()
    print("period,trials,funded_covers_need,executed_covers_need")
    for p, (_, cf, ce) in enumerate(result):
        print(f"{period(years[p])},{trials},{cf},{ce}")
    print(f"mc_decimal.py: {trials} trials, {len(s.params)} uncertain inputs, streams {a.streams}: "
          f"{elapsed:.3f} s in the trials and summaries ({trials / elapsed:.1f} trials/s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
