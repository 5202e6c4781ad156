#!/usr/bin/env python3
"""The MEF import of bench/run_import_bench.sh in plain Python: the `csv` module and `decimal`.

    python3 bench/mef_import_decimal.py FILE.csv [--group-by COLUMN] [--encoding latin-1] > totals.json

Same selection and grouping as `veedor import mef FILE.csv --select bench/select-meta-trata.yaml`:
rows whose META_NOMBRE contains "TRATA DE PERSONAS" (case-insensitive), grouped by PLIEGO and
ANO_EJE, exact sums of the 7 MONTO_* stages (Decimal from the text, never a float); and the
year's general budget, the sum of MONTO_PIA over every row. Standard library only, one thread,
one pass over the file, memory independent of its size.

Output (stdout, JSON), the shape bench/duckdb/import.mjs prints:
{"years": {"2016": {"general_budget": "…", "by_pliego": {"004": {"pia": "…", "pim": "…", …}}}}}
With --group-by COLUMN (tests/run_import.sh: SEC_EJEC, NIVEL_GOBIERNO, DEPARTAMENTO_EJECUTORA) the
groups are that column's codes, under "by_" + the column's name in lower case.
"""

import csv
import json
import sys
from decimal import Decimal, Inexact, getcontext

STAGES = ["pia", "pim", "certificado", "comprometido_anual", "comprometido", "devengado", "girado"]
NEEDLE = "TRATA DE PERSONAS"
CENT = Decimal("0.01")


def two(v):
    """Two decimals, as veedor writes a sum ("83.00"): the real files drop trailing zeros ("83"),
    so a sum of their amounts may have fewer. Exact: every amount has at most 2 decimals."""
    return str(v.quantize(CENT))


def main(path, group_by="PLIEGO", encoding="utf-8"):
    getcontext().prec = 60            # far more than any sum needs; an inexact sum would raise
    getcontext().traps[Inexact] = True
    with open(path, newline="", encoding=encoding, buffering=1 << 20) as f:
        rows = csv.reader(f)
        head = next(rows)
        if head and head[0].startswith("\ufeff"):
            head[0] = head[0][1:]
        col = {name: i for i, name in enumerate(head)}
        i_year, i_pliego, i_meta = col["ANO_EJE"], col[group_by], col["META_NOMBRE"]
        i_stage = [col["MONTO_" + s.upper()] for s in STAGES]
        i_pia = i_stage[0]
        budget = {}        # year -> Decimal
        groups = {}        # (year, pliego) -> [Decimal] * 7
        zero = Decimal(0)
        for r in rows:
            year = r[i_year]
            budget[year] = budget.get(year, zero) + Decimal(r[i_pia])
            if NEEDLE in " ".join(r[i_meta].upper().split()):   # as veedor: repeated spaces are one
                key = (year, r[i_pliego])
                sums = groups.get(key)
                if sums is None:
                    sums = groups[key] = [zero] * 7
                for k, i in enumerate(i_stage):
                    sums[k] += Decimal(r[i])
    by = "by_" + group_by.lower()
    out = {"years": {}}
    for year in sorted(budget):
        out["years"][str(int(year))] = {"general_budget": two(budget[year]), by: {}}
    for (year, pliego), sums in sorted(groups.items()):
        out["years"][str(int(year))][by][pliego] = {s: two(v) for s, v in zip(STAGES, sums)}
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file")
    ap.add_argument("--group-by", default="PLIEGO")
    ap.add_argument("--encoding", default="utf-8")
    a = ap.parse_args()
    main(a.file, a.group_by, a.encoding)
