#!/usr/bin/env bash
# bench/gen_mef.py writes files that look like the real MEF ones (tests/mef-real/, the real slice):
# the real 63-column header byte for byte (and the older names with --old-header), every field
# quoted, CRLF, MES_EJE 0 rows with PIA/PIM only and months 1-12 with flows only, negative flows,
# amounts with 0-2 decimals and trailing zeros dropped, goals with doubled spaces and with and
# without accents, the TRATAMIENTO/CONTRATACION/CONTRATA traps; same seed, same bytes; and its
# totals equal Python's csv + decimal over the file (bench/mef_import_decimal.py).
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 bench/gen_mef.py --rows 4000 --year 2026 --seed 5 --out "$tmp/a.csv" > /dev/null || exit 1
python3 bench/gen_mef.py --rows 4000 --year 2026 --seed 5 --out "$tmp/b.csv" > /dev/null || exit 1
python3 bench/gen_mef.py --rows 4000 --year 2026 --seed 5 --old-header --out "$tmp/old.csv" > /dev/null || exit 1
cmp -s "$tmp/a.csv" "$tmp/b.csv" || { echo "FAIL: the same seed gave different bytes"; exit 1; }
python3 bench/mef_import_decimal.py "$tmp/a.csv" > "$tmp/py.json" || exit 1
python3 - "$tmp" tests/mef-real/2026-Gasto-Diario.head.csv <<'PY'
import csv, json, re, sys
from decimal import Decimal
tmp, real = sys.argv[1], sys.argv[2]
status = 0
def check(ok, what):
    global status
    if not ok:
        print("FAIL:", what); status = 1
data = open(f"{tmp}/a.csv", "rb").read()
real_header = open(real, "rb").read().split(b"\r\n", 1)[0]
check(data.split(b"\r\n", 1)[0] == real_header, "the header is not the real one")
old = open(f"{tmp}/old.csv", "rb").read().split(b"\r\n", 1)
old_header = real_header
for new, was in [(b'"NIVEL_GOBIERNO"', b'"TIPO_GOBIERNO"'), (b'"NIVEL_GOBIERNO_NOMBRE"', b'"TIPO_GOBIERNO_NOMBRE"'),
                 (b'"FUENTE_FINANCIAMIENTO"', b'"FUENTE_FINANC"'), (b'"CATEGORIA_GASTO"', b'"CATEG_GASTO"')]:
    old_header = old_header.replace(new, was)
check(old[0] == old_header, "--old-header does not write the older names")
check(old[1] == data.split(b"\r\n", 1)[1], "--old-header changed the rows")
check(data.count(b"\n") == data.count(b"\r\n") == 4001, "not every line ends in CRLF")
rows = list(csv.reader(open(f"{tmp}/a.csv", encoding="utf-8", newline="")))
head, rows = rows[0], rows[1:]
check(all(len(r) == 63 for r in rows), "a row without 63 fields")
check(all(line.startswith(b'"') and line.endswith(b'"') for line in data.split(b"\r\n")[:-1]), "a field unquoted")
c = {n: i for i, n in enumerate(head)}
money = [c[n] for n in head if n.startswith("MONTO_")]
m0 = [r for r in rows if r[c["MES_EJE"]] == "0"]
flows = [r for r in rows if r[c["MES_EJE"]] != "0"]
check(m0 and all(all(r[i] == "0" for i in money[2:]) for r in m0), "a MES_EJE 0 row with a flow")
check(flows and all(r[money[0]] == r[money[1]] == "0" for r in flows), "a monthly row with PIA or PIM")
check({int(r[c["MES_EJE"]]) for r in flows} == set(range(1, 13)), "months 1-12 not all present")
amounts = [r[i] for r in rows for i in money]
check(all(re.fullmatch(r"-?(0|[1-9][0-9]*)(\.[0-9]?[1-9])?", a) for a in amounts), "an amount with a trailing zero")
check(any(a.startswith("-") for a in amounts), "no reversal (negative amount)")
for pattern in [r"^[0-9]+$", r"\.[0-9]$", r"\.[0-9][0-9]$"]:
    check(any(re.search(pattern, a) for a in amounts), f"no amount like {pattern}")
check(any(r[c["SEC_FUNC"]] for r in rows), "SEC_FUNC empty")
goals = [r[c["META_NOMBRE"]] for r in rows]
for trap in ["TRATAMIENTO", "CONTRATACION", "CONTRATA"]:
    check(any(re.search(rf"\b{trap}\b", g) for g in goals), f"no {trap} trap")
check(any("TRATA  DE PERSONAS" in g for g in goals) and any("TRATA DE PERSONAS" in g for g in goals),
      "trafficking goals not with and without a doubled space")
check(any("VÍCTIMAS" in g for g in goals) and any("VICTIMAS" in g for g in goals), "accents not on some rows only")
check(any("  " in g and "TRATA" not in g for g in goals), "no ordinary goal with a doubled space")
t = json.load(open(f"{tmp}/a.totals.json"))
py = json.load(open(f"{tmp}/py.json"))["years"]["2026"]
check(py["general_budget"] == t["all"]["pia"], "general budget differs from Python's")
check({k: v for k, v in py["by_pliego"].items()} ==
      {k: {s: v[s] for s in v if s not in ("name", "nivel", "departamento", "rows")}
       for k, v in t["selected_meta_trata"]["by_pliego"].items()}, "selected totals differ from Python's")
labelled = t["trafficking_labelled"]["total"]["devengado"]
selected = t["selected_meta_trata"]["total"]["devengado"]
check(Decimal(selected) < Decimal(labelled), "the byte rule finds every labelled trafficking row")
print("gen_mef: real layout", "ok" if status == 0 else "FAILED")
sys.exit(status)
PY
