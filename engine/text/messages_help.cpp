#include "text/messages.hpp"

#include <array>

namespace veedor {

namespace {
// --help in Spanish: each English text of the commands (engine/cli/), by its words. A text that
// ends in ": " is the head of one whose end is a list of names ("Output on the terminal: csv, …").
// clang-format off
constexpr std::array texts{
    MessageText{"", "veedor: tracks a public budget, allocated versus executed, from a YAML model.\nExit codes: 0 done, 1 invalid input, 2 usage, 3 output failed, 4 internal error, 5 gnuplot missing.", "veedor: sigue un presupuesto público, asignado frente a ejecutado, desde un modelo YAML.\nCódigos de salida: 0 hecho, 1 entrada no válida, 2 uso, 3 falló la salida, 4 error interno, 5 falta gnuplot."},
    MessageText{"", "Print this help message and exit", "Muestra esta ayuda y termina"},
    MessageText{"", "Display program version information and exit", "Muestra la versión del programa y termina"},
    MessageText{"", "Largest input file accepted, in bytes", "Archivo de entrada más grande que se acepta, en bytes"},
    MessageText{"", "Most values (scalars, lists, mappings) in one input file", "Máximo de valores (escalares, listas, mapeos) en un archivo de entrada"},
    MessageText{"", "Recompute every printed total and percentage; explain each disagreement", "Recalcula cada total y porcentaje publicado; explica cada discrepancia"},
    MessageText{"", "The model (YAML)", "El modelo (YAML)"},
    MessageText{"", "With --format csv the terminal gets the findings; -o DIR writes audit-checks.csv, audit-findings.csv, audit.json and audit.md into DIR. The filters keep the checks and findings of the years, entities and groups named. The exit code is 0 whatever the findings.", "Con --format csv la terminal recibe los hallazgos; -o CARPETA escribe audit-checks.csv, audit-findings.csv, audit.json y audit.md en CARPETA. Los filtros conservan las verificaciones y hallazgos de los años, entidades y grupos nombrados. El código de salida es 0 sean cuales sean los hallazgos."},
    MessageText{"", "Validate a model or a scenario; report every problem as file:line:column", "Valida un modelo o un escenario; informa cada problema como archivo:línea:columna"},
    MessageText{"", "The model or scenario (YAML); its 'format' says which", "El modelo o escenario (YAML); su 'format' dice cuál"},
    MessageText{"", "For a model: list its layers and which layer gives each value", "Para un modelo: lista sus capas y qué capa da cada valor"},
    MessageText{"", "Allocated versus executed: per entity, per group, national series", "Asignado frente a ejecutado: por entidad, por grupo, serie nacional"},
    MessageText{"", "With --format csv the terminal gets the per-entity table; -o DIR writes compare-entities.csv, compare-totals.csv, compare-series.csv, compare.json and compare.md into DIR.", "Con --format csv la terminal recibe la tabla por entidad; -o CARPETA escribe compare-entities.csv, compare-totals.csv, compare-series.csv, compare.json y compare.md en CARPETA."},
    MessageText{"", "Print the bash completion script, or the list of commands", "Muestra el guion de autocompletado de bash, o la lista de comandos"},
    MessageText{"", "One command a line, as typed after veedor (\"import mef\"), a tab and what it does", "Un comando por línea, como se escribe después de veedor (\"import mef\"), un tabulador y lo que hace"},
    MessageText{"", "Build a model from other data", "Construye un modelo a partir de otros datos"},
    MessageText{"", "From the MEF's open-data budget-execution CSV files", "Desde los archivos CSV de datos abiertos de ejecución presupuestal del MEF"},
    MessageText{"", "MEF CSV files (one per year, or parts of a year)", "Archivos CSV del MEF (uno por año, o partes de un año)"},
    MessageText{"", "Selection rules (YAML): which rows count, how they are grouped", "Reglas de selección (YAML): qué filas cuentan, cómo se agrupan"},
    MessageText{"", "The model to write (YAML)", "El modelo a escribir (YAML)"},
    MessageText{"", "fail (nothing is written) or skip (and say which)", "fail (no se escribe nada) o skip (y se dice cuáles)"},
    MessageText{"", "auto (UTF-8 unless the file is not valid UTF-8, then Latin-1), utf-8 or latin-1", "auto (UTF-8 salvo que el archivo no sea UTF-8 válido, entonces Latin-1), utf-8 o latin-1"},
    MessageText{"", "Threads reading each file (default 0: all cores); the model does not depend on it", "Hilos que leen cada archivo (por defecto 0: todos los núcleos); el modelo no depende de ello"},
    MessageText{"", "A row longer than this many bytes is a bad row (default 8 MiB); it bounds the memory used", "Una fila de más bytes que estos es una fila errónea (por defecto 8 MiB); acota la memoria usada"},
    MessageText{"", "Also write the selected lines (group x goal, activity and product names, with every stage) to this CSV file, to review what was counted", "Escribe además las líneas seleccionadas (grupo x meta, nombres de actividad y producto, con cada etapa) en este archivo CSV, para revisar lo que se contó"},
    MessageText{"", "Sum files that share a year and month (MES_EJE); without it that is an error", "Suma archivos que comparten año y mes (MES_EJE); sin esta opción es un error"},
    MessageText{"", "Start a model and a scenario in a folder: small, commented, valid", "Crea un modelo y un escenario en una carpeta: pequeños, comentados, válidos"},
    MessageText{"", "The folder (created if needed); model.yaml and scenario.yaml must not exist in it", "La carpeta (se crea si hace falta); model.yaml y scenario.yaml no deben existir en ella"},
    MessageText{"", "Writes DIR/model.yaml and DIR/scenario.yaml, with comments in English and Spanish; exit 3 if either exists.", "Escribe CARPETA/model.yaml y CARPETA/scenario.yaml, con comentarios en inglés y castellano; sale con 3 si alguno existe."},
    MessageText{"", "Draw the charts of models and scenarios with gnuplot (PNG, SVG)", "Dibuja los gráficos de modelos y escenarios con gnuplot (PNG, SVG)"},
    MessageText{"", "Models and scenarios (YAML); each file's 'format' says which", "Modelos y escenarios (YAML); el 'format' de cada archivo dice cuál"},
    MessageText{"", "Folder for the scripts, data and images", "Carpeta para los guiones, datos e imágenes"},
    MessageText{"", "Language of titles and labels: en or es", "Idioma de títulos y etiquetas: en o es"},
    MessageText{"", "Also draw PDF (not byte-reproducible: cairo stamps the date)", "Dibuja además PDF (no reproducible byte a byte: cairo estampa la fecha)"},
    MessageText{"", "Each chart NAME gets NAME.gp, NAME.dat, NAME.png and NAME.svg; `cd DIR && gnuplot NAME.gp` redraws it. With several scenarios, 11-scenarios-overlay draws their funding paths together. The filters apply to the models' charts; with --entity or --group, each one named also gets a chart of its own over the years. Exit code 5 when gnuplot is missing (the scripts and data are still written).", "Cada gráfico NOMBRE da NOMBRE.gp, NOMBRE.dat, NOMBRE.png y NOMBRE.svg; `cd CARPETA && gnuplot NOMBRE.gp` lo vuelve a dibujar. Con varios escenarios, 11-scenarios-overlay dibuja juntas sus trayectorias de financiamiento. Los filtros se aplican a los gráficos de los modelos; con --entity o --group, cada uno nombrado recibe además un gráfico propio a lo largo de los años. Código de salida 5 cuando falta gnuplot (los guiones y datos se escriben igual)."},
    MessageText{"", "Write the shareable brief: one self-contained HTML file and Markdown", "Escribe el informe para compartir: un archivo HTML autónomo y Markdown"},
    MessageText{"", "Scenarios (YAML) shown side by side", "Escenarios (YAML) mostrados lado a lado"},
    MessageText{"", "With several scenarios, the one the brief compares the others against, year by year: its file or its name without folder and .yaml (default: the first)", "Con varios escenarios, aquel con el que el informe compara los demás, año por año: su archivo o su nombre sin carpeta ni .yaml (por defecto: el primero)"},
    MessageText{"", "Folder for brief.html, brief.md, charts/ (and brief.pdf)", "Carpeta para brief.html, brief.md, charts/ (y brief.pdf)"},
    MessageText{"", "Model with the actual figures the overlay of several scenarios shows as points", "Modelo con las cifras reales que la superposición de varios escenarios muestra como puntos"},
    MessageText{"", "With several scenarios, the one the others are compared against: its file or its name without folder and .yaml (default: the first)", "Con varios escenarios, aquel con el que se comparan los demás: su archivo o su nombre sin carpeta ni .yaml (por defecto: el primero)"},
    MessageText{"", "With several scenarios, whose need the overlay draws: its file or its name without folder and .yaml (default: the first)", "Con varios escenarios, aquel cuya necesidad dibuja la superposición: su archivo o su nombre sin carpeta ni .yaml (por defecto: el primero)"},
    MessageText{"", "How value labels write amounts: mef (S/ 18.1 MM in Spanish) or si (S/ 18,1 millones)", "Cómo escriben los montos las etiquetas de valores: mef (S/ 18.1 MM en castellano) o si (S/ 18,1 millones)"},
    MessageText{"", "Also write brief.pdf (A4), printed by headless Chromium (exit 5 without it)", "Escribir también brief.pdf (A4), impreso con Chromium sin ventana (salida 5 si falta)"},
    MessageText{"", "Seconds Chromium may take to print the PDF (default 120); then nothing is written", "Segundos que Chromium puede tardar en imprimir el PDF (120 por defecto); después no se escribe nada"},
    MessageText{"", "A theme file (YAML: colors, font, font-size, line-width, size) for every chart; keep it and pass it again to draw the same way (docs/charts.md)", "Un archivo de tema (YAML: colors, font, font-size, line-width, size) para cada gráfico; consérvelo y vuelva a pasarlo para dibujar igual (docs/charts.md)"},
    MessageText{"", "Language: es (default) or en", "Idioma: es (por defecto) o en"},
    MessageText{"", "The filters apply to the model's tables, charts and audit findings.", "Los filtros se aplican a las tablas, gráficos y hallazgos de auditoría del modelo."},
    MessageText{"", "Project funding scenarios: funded, expected executed, need, gap", "Proyecta escenarios de financiamiento: financiado, ejecución esperada, necesidad, brecha"},
    MessageText{"", "Scenario files (YAML); several are shown side by side", "Archivos de escenario (YAML); varios se muestran lado a lado"},
    MessageText{"", "Largest number of trials accepted", "Mayor número de pruebas que se acepta"},
    MessageText{"", "With --format csv the terminal gets the yearly table; -o DIR writes simulate-*.csv, simulate.json and simulate.md into DIR (simulate-compare.csv with several scenarios).", "Con --format csv la terminal recibe la tabla anual; -o CARPETA escribe simulate-*.csv, simulate.json y simulate.md en CARPETA (simulate-compare.csv con varios escenarios)."},
    MessageText{"", "The plan against what happened: each scenario beside the actual allocation and execution, with PEFA PI-1 and PI-2", "El plan frente a lo ocurrido: cada escenario junto a la asignación y ejecución reales, con PEFA PI-1 y PI-2"},
    MessageText{"", "Scenario files (YAML)", "Archivos de escenario (YAML)"},
    MessageText{"", "Model with the actual figures (default: the scenarios' own model)", "Modelo con las cifras reales (por defecto: el propio modelo de los escenarios)"},
    MessageText{"", "With --format csv the terminal gets the yearly table; --out DIR writes track-years.csv, track-pefa.csv, track.json, track.md and the chart 8-plan-vs-actual into DIR.", "Con --format csv la terminal recibe la tabla anual; --out CARPETA escribe track-years.csv, track-pefa.csv, track.json, track.md y el gráfico 8-plan-vs-actual en CARPETA."},
    MessageText{"", "Language of the outputs for people: es or en (default: the locale's, from LC_ALL, LC_MESSAGES or LANG; English when none names Spanish)", "Idioma de las salidas para personas: es o en (por defecto: el de la configuración regional, de LC_ALL, LC_MESSAGES o LANG; inglés cuando ninguna indica castellano)"},
    MessageText{"", "Output on the terminal: ", "Salida en la terminal: "},
    MessageText{"", "FILE.csv, .json, .md or .txt: write that one file instead of the terminal's output; any other name: a folder that also gets every format (CSV, JSON, Markdown)", "ARCHIVO.csv, .json, .md o .txt: escribe ese archivo en lugar de la salida en la terminal; cualquier otro nombre: una carpeta que además recibe cada formato (CSV, JSON, Markdown)"},
    MessageText{"", "Rounding of presented figures: ", "Redondeo de las cifras presentadas: "},
    MessageText{"", "Decimal places of rates and changes in %", "Decimales de tasas y variaciones en %"},
    MessageText{"", "Decimal places of shares of the general budget (in %)", "Decimales de las participaciones en el presupuesto general (en %)"},
    MessageText{"", "Decimal places of soles per person", "Decimales de soles por persona"},
    MessageText{"", "How numbers are written for people: mef (14,163,523.00, as the MEF and the report) or si (14 163 523,00 in Spanish)", "Cómo se escriben los números para personas: mef (14,163,523.00, como el MEF y el informe) o si (14 163 523,00 en castellano)"},
    MessageText{"", "Tables as wide as their longest name; by default a table on a terminal (or COLUMNS wide) shortens names to fit", "Tablas tan anchas como su nombre más largo; por defecto una tabla en la terminal (o de COLUMNS de ancho) acorta los nombres para caber"},
    MessageText{"", "Monte Carlo trials (overrides the scenario's; at most --max-trials)", "Pruebas de Monte Carlo (reemplaza las del escenario; como máximo --max-trials)"},
    MessageText{"", "Seed of the random streams (overrides the scenario's)", "Semilla de las secuencias aleatorias (reemplaza la del escenario)"},
    MessageText{"", "Threads for the trials (default 0: all cores); results do not depend on it", "Hilos para las pruebas (por defecto 0: todos los núcleos); los resultados no dependen de ello"},
    MessageText{"", "Only these years: 2016, or 2015..2017 (both included), 2015.. or ..2017 (repeatable)", "Solo estos años: 2016, o 2015..2017 (ambos incluidos), 2015.. o ..2017 (repetible)"},
    MessageText{"", "Only years from this one on (included)", "Solo los años desde este (incluido)"},
    MessageText{"", "Only years up to this one (included)", "Solo los años hasta este (incluido)"},
    MessageText{"", "Only these groups, by id (repeatable)", "Solo estos grupos, por id (repetible)"},
    MessageText{"", "Only these entities, by id (repeatable)", "Solo estas entidades, por id (repetible)"},
    MessageText{"", "Only entities of this level", "Solo las entidades de este nivel"},
};
// clang-format on
}  // namespace

std::optional<std::string> help_in_spanish(std::string_view english) {
    for (const MessageText& t : texts)
        if (t.en == english) return std::string(t.es);
    // A head and a list of names: the head in Spanish, the names as they are.
    for (const MessageText& t : texts)
        if (t.en.ends_with(": ") && english.starts_with(t.en)) return std::string(t.es) + std::string(english.substr(t.en.size()));
    return std::nullopt;
}

}  // namespace veedor
