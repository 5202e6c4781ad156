#!/usr/bin/env python3
"""Checks that the three MEF imports of bench/run_import_bench.sh found the same totals, and the
generator's.

    python3 bench/compare_import_totals.py MODEL.yaml DUCKDB.json PYTHON.json FILE.totals.json

MODEL.yaml is what `veedor import mef` wrote: per year `general-budget`, per entity (id "E" + the
PLIEGO code) and year `stages: {pia: …, pim: …, …}`. DUCKDB.json and PYTHON.json are the outputs of
bench/duckdb/import.mjs and bench/mef_import_decimal.py. FILE.totals.json is bench/gen_mef.py's:
`all.pia` is the general budget of its one year, `selected_meta_trata.by_pliego` the sums per pliego.

Every amount is compared as an exact Decimal (never a float), for every pliego, every year and
the 7 stages, in both directions (a pliego that one side has and the other lacks is a difference).
Prints "totals: identical (...)" and exits 0, or prints every difference and exits 1.
"""

import json
import re
import sys
from decimal import Decimal

STAGES = ["pia", "pim", "certificado", "comprometido_anual", "comprometido", "devengado", "girado"]


def from_veedor(path):
    """{year: {"general_budget": D, "by_pliego": {code: {stage: D}}}} from veedor's model YAML."""
    years, entity, section = {}, None, None
    fig_year = None
    for line in open(path, encoding="utf-8"):
        s = line.rstrip("\n")
        if re.match(r"^\S", s):
            section = s.split(":")[0]
            continue
        if section == "years":
            m = re.match(r"^  - year: (\d+)$", s)
            if m:
                cur = years.setdefault(m.group(1), {"general_budget": None, "by_pliego": {}})
            m = re.match(r"^    general-budget: (\S+)$", s)
            if m:
                cur["general_budget"] = Decimal(m.group(1))
        elif section == "entities":
            m = re.match(r"^  - id: E(\S+)$", s)
            if m:
                entity = m.group(1)
            m = re.match(r"^      - year: (\d+)$", s)
            if m:
                fig_year = m.group(1)
            m = re.match(r"^        stages: \{(.*)\}$", s)
            if m:
                st = {}
                for part in m.group(1).split(", "):
                    k, v = part.split(": ")
                    st[k.replace("-", "_")] = Decimal(v)
                y = years.setdefault(fig_year, {"general_budget": None, "by_pliego": {}})
                y["by_pliego"][entity] = st
    return years


def from_json(path):
    doc = json.load(open(path, encoding="utf-8"))
    return {y: {"general_budget": Decimal(v["general_budget"]),
                "by_pliego": {p: {k: Decimal(x) for k, x in st.items()} for p, st in v["by_pliego"].items()}}
            for y, v in doc["years"].items()}


def from_generator(path):
    t = json.load(open(path, encoding="utf-8"))
    bp = t["selected_meta_trata"]["by_pliego"]
    return {str(t["year"]): {"general_budget": Decimal(t["all"]["pia"]),
                             "by_pliego": {p: {k: Decimal(v[k]) for k in STAGES} for p, v in bp.items()}}}


def diff(name_a, a, name_b, b):
    out = []
    for y in sorted(set(a) | set(b)):
        if y not in a or y not in b:
            out.append(f"year {y}: only in {name_a if y in a else name_b}")
            continue
        ga, gb = a[y]["general_budget"], b[y]["general_budget"]
        if ga != gb:
            out.append(f"{y} general budget: {name_a} {ga}, {name_b} {gb}")
        pa, pb = a[y]["by_pliego"], b[y]["by_pliego"]
        for p in sorted(set(pa) | set(pb)):
            if p not in pa or p not in pb:
                out.append(f"{y} pliego {p}: only in {name_a if p in pa else name_b}")
                continue
            for s in STAGES:
                va, vb = pa[p].get(s), pb[p].get(s)
                if va != vb:
                    out.append(f"{y} pliego {p} {s}: {name_a} {va}, {name_b} {vb}")
    return out


def main(argv):
    if len(argv) != 5:
        sys.exit(__doc__)
    ref = from_generator(argv[4])
    tools = [("veedor", from_veedor(argv[1])), ("duckdb", from_json(argv[2])), ("python", from_json(argv[3]))]
    diffs = []
    for name, got in tools:
        diffs += diff(name, got, "generator", ref)
    diffs += diff("veedor", tools[0][1], "duckdb", tools[1][1])
    diffs += diff("veedor", tools[0][1], "python", tools[2][1])
    if diffs:
        print("totals: DIFFERENT")
        for d in diffs[:50]:
            print("  " + d)
        if len(diffs) > 50:
            print(f"  ... and {len(diffs) - 50} more")
        return 1
    n_pliegos = sum(len(v["by_pliego"]) for v in ref.values())
    print(f"totals: identical (veedor = duckdb = python = generator: {len(ref)} year(s), general budget "
          f"and {n_pliegos} pliegos x 7 stages)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
