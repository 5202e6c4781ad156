#!/usr/bin/env python3
"""The MEF import of bench/run_import_bench.sh in plain Python: the `csv` module and `decimal`.

    python3 bench/mef_import_decimal.py FILE.csv > totals.json

Same selection and grouping as `veedor import mef FILE.csv --select scenarios/mef/select-trata.yaml`:
rows whose META_NOMBRE contains "TRATA DE PERSONAS" (case-insensitive), grouped by PLIEGO and
ANO_EJE, exact sums of the 7 MONTO_* stages (Decimal from the text, never a float); and the
year's general budget, the sum of MONTO_PIA over every row. Standard library only, one thread,
one pass over the file, memory independent of its size.

Output (stdout, JSON), the shape bench/duckdb/import.mjs prints:
{"years": {"2016": {"general_budget": "…", "by_pliego": {"004": {"pia": "…", "pim": "…", …}}}}}
"""

import csv
import json
import sys
from decimal import Decimal, Inexact, getcontext

STAGES = ["pia", "pim", "certificado", "comprometido_anual", "comprometido", "devengado", "girado"]
NEEDLE = "TRATA DE PERSONAS"


def main(path):
    getcontext().prec = 60            # far more than any sum needs; an inexact sum would raise
    getcontext().traps[Inexact] = True
    with open(path, newline="", encoding="utf-8", buffering=1 << 20) as f:
        rows = csv.reader(f)
        head = next(rows)
        if head and head[0].startswith("\ufeff"):
            head[0] = head[0][1:]
        col = {name: i for i, name in enumerate(head)}
        i_year, i_pliego, i_meta = col["ANO_EJE"], col["PLIEGO"], col["META_NOMBRE"]
        i_stage = [col["MONTO_" + s.upper()] for s in STAGES]
        i_pia = i_stage[0]
        budget = {}        # year -> Decimal
        groups = {}        # (year, pliego) -> [Decimal] * 7
        zero = Decimal(0)
        for r in rows:
            year = r[i_year]
            budget[year] = budget.get(year, zero) + Decimal(r[i_pia])
            if NEEDLE in r[i_meta].upper():
                key = (year, r[i_pliego])
                sums = groups.get(key)
                if sums is None:
                    sums = groups[key] = [zero] * 7
                for k, i in enumerate(i_stage):
                    sums[k] += Decimal(r[i])
    out = {"years": {}}
    for year in sorted(budget):
        out["years"][str(int(year))] = {"general_budget": str(budget[year]), "by_pliego": {}}
    for (year, pliego), sums in sorted(groups.items()):
        out["years"][str(int(year))]["by_pliego"][pliego] = {s: str(v) for s, v in zip(STAGES, sums)}
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: mef_import_decimal.py FILE.csv")
    main(sys.argv[1])
