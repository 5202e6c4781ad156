#include "text/messages.hpp"

#include <array>

namespace veedor {

namespace {
// The command line's own lines: counts, summaries, progress, usage errors (engine/cli/).
// clang-format off
constexpr std::array texts{
    MessageText{"cli.errors-one", "{} error", "{} error"},
    MessageText{"cli.errors-many", "{} errors", "{} errores"},
    MessageText{"cli.warnings-one", "{} warning", "{} aviso"},
    MessageText{"cli.warnings-many", "{} warnings", "{} avisos"},
    MessageText{"cli.nothing-written-after", "; nothing was written", "; no se escribió nada"},
    MessageText{"cli.nothing-written", "nothing was written", "no se escribió nada"},
    MessageText{"cli.year-headline", "year {}", "año {}"},
    MessageText{"cli.field-headline", "{} {}", "{} {}"},
    MessageText{"cli.trials-out-of-range", "veedor: --trials: {} is out of range 0..{}", "veedor: --trials: {} está fuera del rango 0..{}"},
    MessageText{"cli.simulating", "simulating {}", "simulando {}"},
    MessageText{"cli.more-bad-rows", "{} more bad rows not shown", "{} filas erróneas más no se muestran"},
    MessageText{"cli.rows-all-bad", "{} rows read, every one bad: nothing can be imported, and nothing was written", "{} filas leídas, todas erróneas: no se puede importar nada, y no se escribió nada"},
    MessageText{"cli.rows-bad", "{} rows read, {} bad; nothing was written", "{} filas leídas, {} erróneas; no se escribió nada"},
    MessageText{"cli.rows-bad-skip", "{} rows read, {} bad; nothing was written (use --on-bad-row skip to import without them)", "{} filas leídas, {} erróneas; no se escribió nada (use --on-bad-row skip para importar sin ellas)"},
    MessageText{"cli.internal-error", "veedor: internal error: {}", "veedor: error interno: {}"},
    MessageText{"cli.init-exists", "veedor: {} already exists; init never writes over a file", "veedor: {} ya existe; init nunca sobrescribe un archivo"},
    MessageText{"cli.run-help-options", "Run '{} --help' for its options.", "Ejecute '{} --help' para ver sus opciones."},
    MessageText{"cli.run-help-commands", "Run '{} --help' for its commands.", "Ejecute '{} --help' para ver sus comandos."},
    MessageText{"cli.run-help-main", "Run 'veedor --help' for the commands.", "Ejecute 'veedor --help' para ver los comandos."},
    MessageText{"cli.report-scenario-first", "veedor: {} is a scenario; the first file of `report` is the model", "veedor: {} es un escenario; el primer archivo de `report` es el modelo"},
    MessageText{"cli.track-models-differ", "error: the scenarios use different models ({}, {}); give the actuals with --actual MODEL", "error: los escenarios usan modelos distintos ({}, {}); dé lo ejecutado con --actual MODELO"},
    MessageText{"cli.wrote", "wrote {}", "se escribió {}"},
    // report --pdf (cli/pdf_print.cpp, cli/cmd_report.cpp); a last value after ": " is the system's reason.
    MessageText{"pdf.no-chromium", "veedor: Chromium is not installed, so no PDF was made. Install it with\n  apt-get install --no-install-recommends chromium\nand run again, or print {}/brief.html on A4 from a browser.", "veedor: Chromium no está instalado, así que no se hizo el PDF. Instálelo con\n  apt-get install --no-install-recommends chromium\ny vuelva a ejecutar, o imprima {}/brief.html en A4 desde un navegador."},
    MessageText{"pdf.failed-exit", "{} failed (exit {})", "{} falló (salida {})"},
    MessageText{"pdf.failed-signal", "{} failed (killed by a signal)", "{} falló (terminado por una señal)"},
    MessageText{"pdf.timeout", "{} did not finish printing within {} s", "{} no terminó de imprimir en {} s"},
    MessageText{"pdf.no-pdf", "{} wrote no PDF", "{} no escribió ningún PDF"},
    MessageText{"tool.cannot-run", "{}: cannot be run: {}", "{}: no se puede ejecutar: {}"},
    MessageText{"pdf.lost-track", "{}: lost track of it: {}", "{}: se perdió su rastro: {}"},
    MessageText{"tool.private-folder", "{}: cannot create a private folder: {}", "{}: no se puede crear una carpeta privada: {}"},
    // Drawing the charts with gnuplot (plots/gnuplot_renderer.cpp).
    MessageText{"render.failed-on", "gnuplot failed on {}", "gnuplot falló con {}"},
    MessageText{"render.cannot-write", "{}: cannot write {}", "{}: no se puede escribir {}"},
    MessageText{"render.list", "{}, {}", "{}, {}"},
    MessageText{"render.chart-failed", "{} ({})", "{} ({})"},
    MessageText{"render.not-produced", "gnuplot did not produce {} (its messages are above)", "gnuplot no produjo {} (sus mensajes están arriba)"},
    MessageText{"pdf.cannot-write-page", "{}: cannot write the page to print", "{}: no se puede escribir la página que se imprimirá"},
    MessageText{"cli.brief-is-in", "The brief is in {}/brief.html (and brief.md{})", "El informe está en {}/brief.html (y brief.md{})"},
    // An output target refused (writers/atomic_file.cpp); the last value is the system's reason.
    MessageText{"output.is-folder", "{}: is a folder; cannot write a file there", "{}: es una carpeta; no se puede escribir un archivo allí"},
    MessageText{"output.not-regular", "{}: is not a regular file (a device, a pipe or a socket); veedor writes only regular files", "{}: no es un archivo regular (un dispositivo, una tubería o un socket); veedor solo escribe archivos regulares"},
    MessageText{"output.parent-not-folder", "{}: is not a folder", "{}: no es una carpeta"},
    MessageText{"output.is-input", "{}: is an input of this run; veedor never overwrites an input", "{}: es una entrada de esta ejecución; veedor nunca sobrescribe una entrada"},
    MessageText{"output.same-name", "{}: two outputs of this run have this name; nothing was written", "{}: dos salidas de esta ejecución tienen este nombre; no se escribió nada"},
    MessageText{"output.cannot-create-folder", "{}: cannot create the folder: {}", "{}: no se puede crear la carpeta: {}"},
    MessageText{"output.folder-refuses", "{}: cannot write files in this folder: {}", "{}: no se pueden escribir archivos en esta carpeta: {}"},
    MessageText{"output.cannot-write", "{}: cannot be written: {}", "{}: no se puede escribir: {}"},
    MessageText{"output.cannot-replace", "{}: cannot be replaced: {}", "{}: no se puede reemplazar: {}"},
    MessageText{"cli.kept-script", "veedor: kept {}, edited since veedor wrote it; the new script is {}", "veedor: se conservó {}, editado desde que veedor lo escribió; el nuevo guion es {}"},
    MessageText{"cli.charts-same-name", "veedor: two charts are both named {}; nothing was written", "veedor: dos gráficos se llaman {}; no se escribió nada"},
    MessageText{"cli.no-gnuplot", "veedor: gnuplot is not installed, so no image was drawn. Install it with\n  apt-get install --no-install-recommends gnuplot-nox\nand run again, or run `gnuplot NAME.gp` in {}: the scripts and data are there.", "veedor: gnuplot no está instalado, así que no se dibujó ninguna imagen. Instálelo con\n  apt-get install --no-install-recommends gnuplot-nox\ny vuelva a ejecutar, o ejecute `gnuplot NOMBRE.gp` en {}: los guiones y los datos están allí."},
    MessageText{"cli.did-you-mean", "; did you mean '{}'?", "; ¿quiso decir '{}'?"},
    MessageText{"cli.year-not-in-model", "veedor: --year {} is not a year of the model", "veedor: --year {} no es un año del modelo"},
    MessageText{"cli.no-year-in-range", "veedor: {} holds no year of the model (it has {})", "veedor: {} no contiene ningún año del modelo (tiene {})"},
    MessageText{"cli.baseline-none", "--baseline {} is none of the scenarios given: {}", "--baseline {} no es ninguno de los escenarios dados: {}"},
    MessageText{"cli.baseline-several", "--baseline {} names more than one scenario; give its file: {}", "--baseline {} nombra más de un escenario; dé su archivo: {}"},
    MessageText{"cli.none", "none", "ninguno"},
    MessageText{"cli.group-not-in-model", "veedor: --group '{}' is not a group of the model", "veedor: --group '{}' no es un grupo del modelo"},
    MessageText{"cli.entity-not-in-model", "veedor: --entity '{}' is not an entity of the model", "veedor: --entity '{}' no es una entidad del modelo"},
    MessageText{"cli.or", " or ", " o "},
    MessageText{"cli.of-command", " of '{}'", " de '{}'"},
    MessageText{"cli.command-required", "a command is required{}: {}", "se requiere un comando{}: {}"},
    MessageText{"cli.not-a-command", "'{}' is not a command{}", "'{}' no es un comando{}"},
    MessageText{"cli.not-a-command-list", "'{}' is not a command{}; the commands are {}", "'{}' no es un comando{}; los comandos son {}"},
    MessageText{"cli.not-an-option", "'{}' is not an option", "'{}' no es una opción"},
    MessageText{"cli.out-of-range", "{} is out of range {}", "{} está fuera del rango {}"},
    MessageText{"cli.not-plain-number", "{} is not a plain decimal number (digits 0-9 only, no sign, no leading zero)", "{} no es un número decimal simple (solo dígitos 0-9, sin signo, sin cero inicial)"},
    MessageText{"cli.empty-path", "an empty name: give a file or folder (is a variable of the script unset?)",
                "un nombre vacío: indique un archivo o una carpeta (¿una variable del script no tiene valor?)"},
    MessageText{"cli.shown-cut", "{}... ({} characters)", "{}... ({} caracteres)"},
    MessageText{"cli.range-needs-year", "'..' needs a first or a last year (2015..2017, 2015.., ..2017)", "'..' necesita un primer o un último año (2015..2017, 2015.., ..2017)"},
    MessageText{"cli.range-backwards", "{} ends before it starts", "{} termina antes de empezar"},
    MessageText{"cli.cli11-extra-one", "The following argument was not expected: {}", "no se esperaba este argumento: {}"},
    MessageText{"cli.cli11-extra-many", "The following arguments were not expected: {}", "no se esperaban estos argumentos: {}"},
    MessageText{"cli.cli11-required", "{} is required", "{} es obligatorio"},
    MessageText{"cli.cli11-value-missing", "{}: a value is missing", "{}: falta un valor"},
};
// clang-format on
}  // namespace

std::span<const MessageText> cli_messages() { return texts; }

}  // namespace veedor
