#!/usr/bin/env python3
"""Test fixtures in the MEF's real format, built from the real slice beside this script
(2026-Gasto-Diario.head.csv: 127 rows of the MEF's 2026-Gasto-Diario.csv, unchanged; see
/work/shared/reference/mef-real/README.md and docs/import-mef.md).

The real rows are kept byte for byte (quoted fields, CRLF, UTF-8, 0-2 decimals, negatives, double
and trailing spaces, TRATAMIENTO / CONTRATACION / TRATADAS names). To them this adds, in the same
format, rows copied from a real row with the names of trafficking lines as the MEF writes them
(with and without accents, doubled and trailing spaces, singular, the name in the activity rather
than the goal, a "mixed" goal) and traps (CONTRATA, TRATAMIENTO), month-0 budget rows, and a second
pliego at the national level.

    make_fixtures.py OUTDIR   writes:
      trata.csv            the real rows + the rows above (63 columns, the 2026 header)
      trata-old.csv        the same rows under the older header names (TIPO_GOBIERNO, FUENTE_FINANC,
                           CATEG_GASTO, their _NOMBRE), one header name padded with spaces
      trata-semicolon.csv  trata.csv with ';' between fields (a spreadsheet's export)
      budget-only.csv      the month-0 rows alone (a year with no execution yet)
      month5-again.csv     the real rows alone (month 5 again: overlaps trata.csv)
      odd-names.csv        Windows-1252: an en dash and a trailing space in a pliego's name, a department
                           written " ", a blank PLIEGO code, a pliego whose name is " "
      trata-wide.csv       trata.csv in the wide Gasto-Devengado layout: no MES_EJE, devengado in
                           MONTO_DEVENGADO_ENERO ... DICIEMBRE and MONTO_DEVENGADO_ANUAL
      mininter-2025.csv    the added rows of pliego 007 as 2025 (months 0 and 12): pliego 440 has none
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
raw = open(os.path.join(HERE, "2026-Gasto-Diario.head.csv"), "rb").read().decode("utf-8")
lines = raw.split("\r\n")
assert lines[-1] == ""
header_line, real = lines[0], lines[1:-1]
header = [h.strip('"') for h in header_line.split('","')]
col = {h: i for i, h in enumerate(header)}


def fields(line):
    # The real rows have no comma or quote inside a field's text in these columns' values? They do
    # (names with commas), so split on '","', which only occurs between fields.
    return line[1:-1].split('","')


template = fields(real[0])
assert len(template) == 63


def row(month, pliego, pliego_name, nivel, meta, activity, product, amounts):
    f = list(template)
    f[col["MES_EJE"]] = str(month)
    f[col["PLIEGO"]] = pliego
    f[col["PLIEGO_NOMBRE"]] = pliego_name
    f[col["NIVEL_GOBIERNO"]] = nivel
    f[col["META_NOMBRE"]] = meta
    f[col["ACTIVIDAD_ACCION_OBRA_NOMBRE"]] = activity
    f[col["PRODUCTO_PROYECTO_NOMBRE"]] = product
    for k, name in enumerate(["MONTO_PIA", "MONTO_PIM", "MONTO_CERTIFICADO", "MONTO_COMPROMETIDO_ANUAL",
                              "MONTO_COMPROMETIDO", "MONTO_DEVENGADO", "MONTO_GIRADO"]):
        f[col[name]] = amounts[k]
    return '"' + '","'.join(f) + '"'


AMZ = ("440", "GOBIERNO REGIONAL DEL DEPARTAMENTO DE AMAZONAS", "R")
MININTER = ("007", "M. DEL INTERIOR", "E")
ADM = "ACCIONES ADMINISTRATIVAS"
added = [
    # month 0: the budget (PIA, PIM), no flows
    row(0, *AMZ, "PREVENCION Y PERSECUCION DEL DELITO DE TRATA DE PERSONAS", ADM, "SIN PRODUCTO",
        ["120000", "150000", "0", "0", "0", "0", "0"]),
    row(0, *MININTER, "PREVENCIÓN Y PERSECUCIÓN DEL DELITO DE TRATA DE  PERSONAS ", ADM, "SIN PRODUCTO",
        ["2500000", "2750000.5", "0", "0", "0", "0", "0"]),
    # month 5: flows, with a reversal, 0-2 decimals
    row(5, *AMZ, "PREVENCION Y PERSECUCION DEL DELITO DE TRATA DE PERSONAS", ADM, "SIN PRODUCTO",
        ["0", "0", "30000", "30000", "12000.5", "11000.5", "9000"]),
    row(5, *AMZ, "PREVENCION Y PERSECUCION DEL DELITO DE TRATA DE PERSONAS", ADM, "SIN PRODUCTO",
        ["0", "0", "-2000", "-2000", "-1000.25", "-1000.25", "-1000.25"]),
    row(5, *MININTER, "PREVENCIÓN Y PERSECUCIÓN DEL DELITO DE TRATA DE  PERSONAS ", ADM, "SIN PRODUCTO",
        ["0", "0", "400000", "380000", "250000.1", "240000.1", "200000"]),
    row(5, *MININTER, "ATENCIÓN A VÍCTIMAS DE TRATA", "ASISTENCIA A VÍCTIMAS", "SIN PRODUCTO",
        ["0", "0", "5000", "5000", "4500", "4500", "4500"]),
    row(5, *MININTER, "LUCHA CONTRA LA TRATA DE PERSONA Y TRAFICO ILICITO DE MIGRANTES", ADM, "SIN PRODUCTO",
        ["0", "0", "7000", "7000", "7000", "6999.99", "6999.99"]),
    # the name in the activity, the goal generic
    row(5, *AMZ, ADM, "ASISTENCIA Y PROTECCION A VICTIMAS DE TRATA DE PERSONAS", "SIN PRODUCTO",
        ["0", "0", "800", "800", "800", "800", "750.5"]),
    # a mixed goal: partly trafficking
    row(5, *AMZ, "PREVENCION DE LA VIOLENCIA FAMILIAR, SEXUAL Y TRATA DE PERSONAS", ADM, "SIN PRODUCTO",
        ["0", "0", "10000", "10000", "9000", "9000", "9000"]),
    # traps: never trafficking
    row(5, *AMZ, "CONTRATA ADMINISTRATIVA DE SERVICIOS", "CONTRATACION DE PERSONAL", "SIN PRODUCTO",
        ["0", "0", "700", "700", "700", "700", "700"]),
    row(5, *MININTER, "TRATAMIENTO DE PERSONAS CON ADICCIONES", ADM, "PERSONAS TRATADAS", 
        ["0", "0", "900", "900", "900", "900", "900"]),
]
month0 = added[:2]


def write(path, rows, head=header_line, sep=None, encoding="utf-8"):
    text = "\r\n".join([head] + rows) + "\r\n"
    if sep:
        text = text.replace('","', '"' + sep + '"')
    with open(path, "wb") as f:
        f.write(text.encode(encoding))


def odd(pliego, name, department):
    f = fields(added[4])
    f[col["PLIEGO"]], f[col["PLIEGO_NOMBRE"]], f[col["DEPARTAMENTO_EJECUTORA_NOMBRE"]] = pliego, name, department
    return '"' + '","'.join(f) + '"'



out = sys.argv[1]
write(os.path.join(out, "trata.csv"), real + added)
old = {"NIVEL_GOBIERNO": "TIPO_GOBIERNO", "NIVEL_GOBIERNO_NOMBRE": "TIPO_GOBIERNO_NOMBRE",
       "FUENTE_FINANCIAMIENTO": "FUENTE_FINANC", "FUENTE_FINANCIAMIENTO_NOMBRE": "FUENTE_FINANC_NOMBRE",
       "CATEGORIA_GASTO": "CATEG_GASTO", "CATEGORIA_GASTO_NOMBRE": "CATEG_GASTO_NOMBRE", "ANO_EJE": " ANO_EJE "}
write(os.path.join(out, "trata-old.csv"), real + added, '"' + '","'.join(old.get(h, h) for h in header) + '"')
write(os.path.join(out, "trata-semicolon.csv"), real + added, sep=";")
write(os.path.join(out, "budget-only.csv"), month0)
write(os.path.join(out, "month5-again.csv"), real)
write(os.path.join(out, "odd-names.csv"), [odd("007", "M. DEL INTERIOR – SEDE CENTRAL ", " "), odd(" ", "SIN CÓDIGO", "LIMA"),
                                         odd("039", " ", "LIMA")], encoding="cp1252")
MONTHS = ["ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO", "JULIO", "AGOSTO", "SETIEMBRE", "OCTUBRE",
          "NOVIEMBRE", "DICIEMBRE"]


def wide(line):
    f = fields(line)
    month, dev = int(f[col["MES_EJE"]]), f[col["MONTO_DEVENGADO"]]
    rest = [v for i, v in enumerate(f) if i not in (col["MES_EJE"], col["MONTO_DEVENGADO"])]
    return '"' + '","'.join(rest + [dev if m + 1 == month else "0" for m in range(12)] + [dev]) + '"'


wide_header = [h for h in header if h not in ("MES_EJE", "MONTO_DEVENGADO")] + \
    ["MONTO_DEVENGADO_" + m for m in MONTHS] + ["MONTO_DEVENGADO_ANUAL"]
write(os.path.join(out, "trata-wide.csv"), [wide(r) for r in real + added], '"' + '","'.join(wide_header) + '"')
write(os.path.join(out, "mininter-2025.csv"),
      [r.replace('"2026","5","E"', '"2025","12","E"').replace('"2026","0","E"', '"2025","0","E"') for r in added if '"007"' in r])
