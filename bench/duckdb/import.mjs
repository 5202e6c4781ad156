// The MEF import of bench/run_import_bench.sh done by DuckDB (through @duckdb/node-api):
//
//   node bench/duckdb/import.mjs FILE.csv > totals.json
//
// Same selection and grouping as `veedor import mef FILE.csv --select bench/select-meta-trata.yaml`:
// rows whose META_NOMBRE contains "TRATA DE PERSONAS" (case-insensitive, ILIKE, repeated spaces as one), grouped by PLIEGO
// and ANO_EJE, exact sums of the 7 MONTO_* stages; and the year's general budget, the sum of
// MONTO_PIA over every row. The amounts are read as DECIMAL(18,2) and summed as DECIMAL(38,2)
// (exact, no float); they leave DuckDB as text. DuckDB uses all the machine's threads (its default).
//
// One scan of the file: rows are grouped by (year, PLIEGO if selected else NULL), so the NULL group
// holds the rows that are not selected, and the general budget is the sum of the groups' PIA (a
// window over the groups). The column types are given (read from the header line: MONTO_* as
// DECIMAL(18,2), ANO_EJE as INTEGER, everything else as VARCHAR, so that codes keep their leading
// zeros), so DuckDB does not sniff types.
//
// Output (stdout, JSON): {"years": {"2016": {"general_budget": "…", "by_pliego": {"004": {"pia": "…",
// "pim": "…", …}}}}}, stages in the order pia, pim, certificado, comprometido_anual, comprometido,
// devengado, girado.
import { DuckDBInstance } from '@duckdb/node-api';
import { openSync, readSync, closeSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node import.mjs FILE.csv');
  process.exit(2);
}

const STAGES = ['pia', 'pim', 'certificado', 'comprometido_anual', 'comprometido', 'devengado', 'girado'];
const MONTO = STAGES.map((s) => 'MONTO_' + s.toUpperCase());

// The header line: the column names, every one in double quotes.
function header(path) {
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(64 * 1024);
  const n = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  let line = buf.subarray(0, n).toString('utf8');
  if (line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  line = line.slice(0, line.indexOf('\n')).replace(/\r$/, '');
  return line.split(',').map((c) => c.replace(/^"|"$/g, ''));
}

const sqlString = (s) => "'" + s.replaceAll("'", "''") + "'";
const columns = header(file)
  .map((c) => `${sqlString(c)}: ${sqlString(MONTO.includes(c) ? 'DECIMAL(18,2)' : c === 'ANO_EJE' ? 'INTEGER' : 'VARCHAR')}`)
  .join(', ');

const sums = STAGES.map((s, i) => `SUM(${MONTO[i]})::DECIMAL(38,2) AS ${s}`).join(', ');
const sql = `
  WITH g AS (
    SELECT ANO_EJE AS year,
           CASE WHEN regexp_replace(META_NOMBRE, ' +', ' ', 'g') ILIKE '%TRATA DE PERSONAS%' THEN PLIEGO END AS pliego,
           ${sums}
    FROM read_csv(${sqlString(file)}, header = true, delim = ',', quote = '"', escape = '"',
                  columns = {${columns}})
    GROUP BY ALL
  )
  SELECT year::VARCHAR AS year, pliego,
         (SUM(pia) OVER (PARTITION BY year))::DECIMAL(38,2)::VARCHAR AS general_budget,
         ${STAGES.map((s) => `${s}::VARCHAR AS ${s}`).join(', ')}
  FROM g`;

// DUCKDB_THREADS=N limits DuckDB to N threads (the benchmark leaves it unset: DuckDB's default, all CPUs).
const config = process.env.DUCKDB_THREADS ? { threads: String(process.env.DUCKDB_THREADS) } : {};
const instance = await DuckDBInstance.create(':memory:', config);
const connection = await instance.connect();
const reader = await connection.runAndReadAll(sql);
const out = { years: {} };
for (const r of reader.getRowObjectsJson()) {
  const y = (out.years[r.year] ??= { general_budget: r.general_budget, by_pliego: {} });
  if (r.pliego === null) continue; // the rows that are not selected
  y.by_pliego[r.pliego] = Object.fromEntries(STAGES.map((s) => [s, r[s]]));
}
process.stdout.write(JSON.stringify(out) + '\n');
connection.closeSync();
instance.closeSync();
