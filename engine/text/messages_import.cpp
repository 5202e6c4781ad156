#include "text/messages.hpp"

#include <array>

namespace veedor {

namespace {
// clang-format off
constexpr std::array texts{
    MessageText{"import.width", "{} fields, the header has {}", "{} campos, la cabecera tiene {}"},
    MessageText{"import.not-utf8", "{} is not valid UTF-8 (if the file is Latin-1: --encoding latin-1)", "{} no es UTF-8 válido (si el archivo es Latin-1: --encoding latin-1)"},
    MessageText{"import.not-amount", "{} '{}' is not an amount", "{} '{}' no es un monto"},
    MessageText{"import.not-year-month", "ANO_EJE '{}' or MES_EJE '{}' is not a year and a month (0 to 12)", "ANO_EJE '{}' o MES_EJE '{}' no es un año y un mes (0 a 12)"},
    MessageText{"import.blank-key", "{} is blank: the selected row belongs to no group", "{} está en blanco: la fila seleccionada no pertenece a ningún grupo"},
    MessageText{"import.row-too-long", "the row is longer than the limit of {} bytes (raise it with --max-record-bytes)", "la fila supera el límite de {} bytes (súbalo con --max-record-bytes)"},
    MessageText{"import.row-skipped", "{}; the row is skipped", "{}; la fila se omite"},
    MessageText{"import.same-file", "is the same file as {} (argument {} and argument {}); its rows would be counted twice. Name each file once", "es el mismo archivo que {} (argumento {} y argumento {}); sus filas se contarían dos veces. Nombre cada archivo una sola vez"},
    MessageText{"import.overlap", "has rows of {} month {} (MES_EJE), as {} does: their amounts would be summed twice (a monthly and a daily file of one year?). Import one of them, or give --allow-overlap if the files hold different rows", "tiene filas de {} mes {} (MES_EJE), como {}: sus montos se sumarían dos veces (¿un archivo mensual y uno diario del mismo año?). Importe uno de ellos, o use --allow-overlap si los archivos tienen filas distintas"},
    MessageText{"import.one-column", "the header is one column separated by '{}'; veedor reads the MEF's comma-separated files. Convert it, or download the file again from the MEF's open-data portal", "la cabecera es una sola columna separada por '{}'; veedor lee los archivos del MEF separados por comas. Conviértalo, o descargue el archivo otra vez del portal de datos abiertos del MEF"},
    MessageText{"import.column-twice", "the header has the column {} more than once: which one counts?", "la cabecera tiene la columna {} más de una vez: ¿cuál cuenta?"},
    MessageText{"import.no-column", "the header has no column {}", "la cabecera no tiene la columna {}"},
    MessageText{"import.header-too-long", "the header row is longer than the limit of {} bytes (raise it with --max-record-bytes); is this a MEF CSV file?", "la fila de cabecera supera el límite de {} bytes (súbalo con --max-record-bytes); ¿es un archivo CSV del MEF?"},
    MessageText{"import.empty", "the file is empty; expected the MEF header row", "el archivo está vacío; se esperaba la fila de cabecera del MEF"},
    MessageText{"import.utf16", "the file is UTF-16 text; veedor reads UTF-8 or Latin-1. Convert it: iconv -f UTF-16 -t UTF-8 FILE > FILE-utf8.csv", "el archivo es texto UTF-16; veedor lee UTF-8 o Latin-1. Conviértalo: iconv -f UTF-16 -t UTF-8 ARCHIVO > ARCHIVO-utf8.csv"},
    MessageText{"import.pia-too-large", "{}: MONTO_PIA over every row adds up to {}, which a model cannot hold as the general budget (0 to 10^24 soles)", "{}: MONTO_PIA sobre todas las filas suma {}, que un modelo no puede contener como presupuesto general (0 a 10^24 soles)"},
    MessageText{"import.no-rows", "the files have no data row to import", "los archivos no tienen filas de datos que importar"},
    MessageText{"import.no-match", "no row matched the selection rules ('match'): the model would have no entity", "ninguna fila coincidió con las reglas de selección ('match'): el modelo no tendría ninguna entidad"},
    MessageText{"import.blank-name", "{} {}: its name is blank in the files; it is named '{}'", "{} {}: su nombre está en blanco en los archivos; se llama '{}'"},
    MessageText{"import.negative-stage", "{} {} ({}), {}: {} nets to {} (reversals larger than the amounts in these files); kept as it is", "{} {} ({}), {}: {} da un neto de {} (reversiones mayores que los montos de estos archivos); se deja tal cual"},
    MessageText{"import.stage-out-of-range", "{} {} ({}), {}: {} adds up to {}, and {} (a correction larger than what it corrects?)", "{} {} ({}), {}: {} suma {}, y {} (¿una corrección mayor que lo que corrige?)"},
    MessageText{"import.chosen-stage-range", "the stage the rules chose must be from 0 to 10^24 soles", "la etapa que eligieron las reglas debe estar entre 0 y 10^24 soles"},
    MessageText{"import.stage-range", "a model holds stages below 10^24 soles", "un modelo contiene etapas por debajo de 10^24 soles"},
    MessageText{"import.format", "format '{}' is not supported; this veedor reads 'veedor-select/1'", "el formato '{}' no está soportado; este veedor lee 'veedor-select/1'"},
    MessageText{"import.column-or-columns", "a rule has 'column' or 'columns', not both", "una regla tiene 'column' o 'columns', no ambos"},
    MessageText{"import.needs-column", "a rule needs 'column' (or 'columns': a list)", "una regla necesita 'column' (o 'columns': una lista)"},
    MessageText{"import.empty-word", "an empty word or code would match every row or none; remove it", "una palabra o código vacío coincidiría con todas las filas o con ninguna; quítelo"},
    MessageText{"import.match-needs", "a match rule needs 'contains', 'words' or 'equals'", "una regla de coincidencia necesita 'contains', 'words' o 'equals'"},
    MessageText{"import.match-empty", "'match' has no rule: no row would be selected", "'match' no tiene reglas: no se seleccionaría ninguna fila"},
    MessageText{"import.shorter", "the file became shorter while it was read", "el archivo se acortó mientras se leía"},
    MessageText{"import.share-not-percent", "share '{}' is not a percentage above 0% and up to 100% (e.g. 40%)", "la cuota '{}' no es un porcentaje mayor que 0% y de hasta 100% (p. ej., 40%)"},
    MessageText{"import.share-in-exclude", "'share' belongs to a 'match' rule: an excluded row counts for nothing", "'share' va en una regla de 'match': una fila excluida no cuenta para nada"},
    MessageText{"import.record-too-long", "a record (at line {} of its chunk) is longer than the limit", "un registro (en la línea {} de su bloque) supera el límite"},
};
// clang-format on
}  // namespace

std::span<const MessageText> import_messages() { return texts; }

}  // namespace veedor
