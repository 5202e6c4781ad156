#!/usr/bin/env python3
"""Writes a synthetic MEF budget-execution CSV (one year) and the exact totals an importer must find.

    python3 bench/gen_mef.py --rows N --year 2016 [--months-upto 12] [--seed 1]
                             [--encoding utf-8|latin-1] [--bad-rows K] --out FILE.csv

The layout is that of the Peruvian Ministry of Economy and Finance open-data file "Presupuesto y
Ejecución de Gasto" (datos abiertos / Consulta Amigable): 62 named columns, ANO_EJE .. MONTO_GIRADO,
every field (the header too) in double quotes with any inner `"` doubled, lines ending in "\\n",
amounts as plain decimals with exactly two places ("12345.67", "0.00").

Content: the three levels of government (E national, R regional, M local); 23 national pliegos
(all in LIMA), the 25 regional governments (pliegos 440..464) and 330 municipalities (6-digit
ubigeo-like pliego codes), each pliego in one department (DEPARTAMENTO_EJECUTORA "01".."25",
names in upper-case Spanish with accents: ÁNCASH, APURÍMAC, HUÁNUCO, JUNÍN, SAN MARTÍN, so the
encoding matters). Names include commas ("M. DE VIVIENDA, CONSTRUCCION Y SANEAMIENTO"), doubled
quotes, Ñ and °. MES_EJE runs 1..--months-upto. About 0.5% of rows (5 in 1024 draws) are
anti-trafficking goals: META_NOMBRE contains "TRATA DE PERSONAS"; no other META_NOMBRE does, but
one ordinary activity name (ACTIVIDAD_ACCION_OBRA_NOMBRE "... VIOLENCIA Y TRATA DE PERSONAS") does,
a trap for a reader that searches the whole line. Justice pliegos (004, 006, 007, 022) have
PROGRAMA_PPTO "0086" (MEJORA DE LOS SERVICIOS DEL SISTEMA DE JUSTICIA PENAL) on many rows.

Amounts are whole céntimos throughout (no float reaches the text or the totals):
0 <= GIRADO <= DEVENGADO <= COMPROMETIDO <= COMPROMETIDO_ANUAL <= CERTIFICADO <= PIM, PIA >= 0,
PIM usually >= PIA but on about 1% of rows lower.

--rows N is the number of good rows. --bad-rows K adds K bad rows (so the file has 1 + N + K
lines) at spread-out line numbers, cycling through: a field missing (61 fields), MONTO_DEVENGADO
"12,50", a field too many (63 fields), MONTO_PIM "abc". Half of them carry a TRATA goal. Bad rows
count in no total; their 1-based line numbers (the header is line 1) are in "bad_lines". The good
rows do not depend on K: the bad rows draw from their own generator.

FILE.totals.json (UTF-8) holds, as strings with two decimals:
  all                      every good row
  selected_meta_trata      good rows whose META_NOMBRE contains "TRATA DE PERSONAS":
                           by_pliego {code: {name, nivel, departamento, rows, 7 stages}}, total
  selected_programa_0086   good rows with PROGRAMA_PPTO "0086": total
Stages: pia, pim, certificado, comprometido_anual, comprometido, devengado, girado.

Deterministic: the only randomness is random.Random(seed) (and random.Random(seed + 1000003) for
the bad rows); the same arguments give byte-identical files. Fast: rows are glued from precomputed
encoded pieces (month, executing unit, programmatic block, goal department, economic block,
amounts), one 72-bit draw per row.
"""

import argparse
import json
import os
import random
import sys

COLUMNS = [
    "ANO_EJE", "MES_EJE", "NIVEL_GOBIERNO", "NIVEL_GOBIERNO_NOMBRE", "SECTOR", "SECTOR_NOMBRE",
    "PLIEGO", "PLIEGO_NOMBRE", "SEC_EJEC", "EJECUTORA", "EJECUTORA_NOMBRE",
    "DEPARTAMENTO_EJECUTORA", "DEPARTAMENTO_EJECUTORA_NOMBRE", "PROVINCIA_EJECUTORA",
    "PROVINCIA_EJECUTORA_NOMBRE", "DISTRITO_EJECUTORA", "DISTRITO_EJECUTORA_NOMBRE",
    "PROGRAMA_PPTO", "PROGRAMA_PPTO_NOMBRE", "TIPO_ACT_PROY", "TIPO_ACT_PROY_NOMBRE",
    "PRODUCTO_PROYECTO", "PRODUCTO_PROYECTO_NOMBRE", "ACTIVIDAD_ACCION_OBRA",
    "ACTIVIDAD_ACCION_OBRA_NOMBRE", "FUNCION", "FUNCION_NOMBRE", "DIVISION_FUNCIONAL",
    "DIVISION_FUNCIONAL_NOMBRE", "GRUPO_FUNCIONAL", "GRUPO_FUNCIONAL_NOMBRE", "META", "FINALIDAD",
    "META_NOMBRE", "DEPARTAMENTO_META", "DEPARTAMENTO_META_NOMBRE", "FUENTE_FINANCIAMIENTO",
    "FUENTE_FINANCIAMIENTO_NOMBRE", "RUBRO", "RUBRO_NOMBRE", "TIPO_RECURSO", "TIPO_RECURSO_NOMBRE",
    "CATEGORIA_GASTO", "CATEGORIA_GASTO_NOMBRE", "TIPO_TRANSACCION", "GENERICA", "GENERICA_NOMBRE",
    "SUBGENERICA", "SUBGENERICA_NOMBRE", "SUBGENERICA_DET", "SUBGENERICA_DET_NOMBRE", "ESPECIFICA",
    "ESPECIFICA_NOMBRE", "ESPECIFICA_DET", "ESPECIFICA_DET_NOMBRE", "MONTO_PIA", "MONTO_PIM",
    "MONTO_CERTIFICADO", "MONTO_COMPROMETIDO_ANUAL", "MONTO_COMPROMETIDO", "MONTO_DEVENGADO",
    "MONTO_GIRADO",
]
STAGES = ["pia", "pim", "certificado", "comprometido_anual", "comprometido", "devengado", "girado"]
TRATA = "TRATA DE PERSONAS"

# --------------------------------------------------------------------------------------------
# Reference data
# --------------------------------------------------------------------------------------------

# code, name, capital district of the capital province, provinces (first = capital province)
DEPARTMENTS = [
    ("01", "AMAZONAS", "CHACHAPOYAS", ["CHACHAPOYAS", "BAGUA", "BONGARÁ", "CONDORCANQUI", "LUYA",
                                       "RODRÍGUEZ DE MENDOZA", "UTCUBAMBA"]),
    ("02", "ÁNCASH", "HUARAZ", ["HUARAZ", "AIJA", "ANTONIO RAYMONDI", "ASUNCIÓN", "BOLOGNESI",
                                "CARHUAZ", "CARLOS FERMÍN FITZCARRALD", "CASMA", "CORONGO", "HUARI",
                                "HUARMEY", "HUAYLAS", "MARISCAL LUZURIAGA", "OCROS", "PALLASCA",
                                "POMABAMBA", "RECUAY", "SANTA", "SIHUAS", "YUNGAY"]),
    ("03", "APURÍMAC", "ABANCAY", ["ABANCAY", "ANDAHUAYLAS", "ANTABAMBA", "AYMARAES", "COTABAMBAS",
                                   "CHINCHEROS", "GRAU"]),
    ("04", "AREQUIPA", "AREQUIPA", ["AREQUIPA", "CAMANÁ", "CARAVELÍ", "CASTILLA", "CAYLLOMA",
                                    "CONDESUYOS", "ISLAY", "LA UNIÓN"]),
    ("05", "AYACUCHO", "AYACUCHO", ["HUAMANGA", "CANGALLO", "HUANCA SANCOS", "HUANTA", "LA MAR",
                                    "LUCANAS", "PARINACOCHAS", "PÁUCAR DEL SARA SARA", "SUCRE",
                                    "VÍCTOR FAJARDO", "VILCAS HUAMÁN"]),
    ("06", "CAJAMARCA", "CAJAMARCA", ["CAJAMARCA", "CAJABAMBA", "CELENDÍN", "CHOTA", "CONTUMAZÁ",
                                      "CUTERVO", "HUALGAYOC", "JAÉN", "SAN IGNACIO", "SAN MARCOS",
                                      "SAN MIGUEL", "SAN PABLO", "SANTA CRUZ"]),
    ("07", "CALLAO", "CALLAO", ["CALLAO"]),
    ("08", "CUSCO", "CUSCO", ["CUSCO", "ACOMAYO", "ANTA", "CALCA", "CANAS", "CANCHIS",
                              "CHUMBIVILCAS", "ESPINAR", "LA CONVENCIÓN", "PARURO", "PAUCARTAMBO",
                              "QUISPICANCHI", "URUBAMBA"]),
    ("09", "HUANCAVELICA", "HUANCAVELICA", ["HUANCAVELICA", "ACOBAMBA", "ANGARAES",
                                            "CASTROVIRREYNA", "CHURCAMPA", "HUAYTARÁ", "TAYACAJA"]),
    ("10", "HUÁNUCO", "HUÁNUCO", ["HUÁNUCO", "AMBO", "DOS DE MAYO", "HUACAYBAMBA", "HUAMALÍES",
                                  "LEONCIO PRADO", "MARAÑÓN", "PACHITEA", "PUERTO INCA",
                                  "LAURICOCHA", "YAROWILCA"]),
    ("11", "ICA", "ICA", ["ICA", "CHINCHA", "NASCA", "PALPA", "PISCO"]),
    ("12", "JUNÍN", "HUANCAYO", ["HUANCAYO", "CONCEPCIÓN", "CHANCHAMAYO", "JAUJA", "JUNÍN",
                                 "SATIPO", "TARMA", "YAULI", "CHUPACA"]),
    ("13", "LA LIBERTAD", "TRUJILLO", ["TRUJILLO", "ASCOPE", "BOLÍVAR", "CHEPÉN", "JULCÁN",
                                       "OTUZCO", "PACASMAYO", "PATAZ", "SÁNCHEZ CARRIÓN",
                                       "SANTIAGO DE CHUCO", "GRAN CHIMÚ", "VIRÚ"]),
    ("14", "LAMBAYEQUE", "CHICLAYO", ["CHICLAYO", "FERREÑAFE", "LAMBAYEQUE"]),
    ("15", "LIMA", "LIMA", ["LIMA", "BARRANCA", "CAJATAMBO", "CANTA", "CAÑETE", "HUARAL",
                            "HUAROCHIRÍ", "HUAURA", "OYÓN", "YAUYOS"]),
    ("16", "LORETO", "IQUITOS", ["MAYNAS", "ALTO AMAZONAS", "LORETO", "MARISCAL RAMÓN CASTILLA",
                                 "REQUENA", "UCAYALI", "DATEM DEL MARAÑÓN", "PUTUMAYO"]),
    ("17", "MADRE DE DIOS", "TAMBOPATA", ["TAMBOPATA", "MANU", "TAHUAMANU"]),
    ("18", "MOQUEGUA", "MOQUEGUA", ["MARISCAL NIETO", "GENERAL SÁNCHEZ CERRO", "ILO"]),
    ("19", "PASCO", "CHAUPIMARCA", ["PASCO", "DANIEL ALCIDES CARRIÓN", "OXAPAMPA"]),
    ("20", "PIURA", "PIURA", ["PIURA", "AYABACA", "HUANCABAMBA", "MORROPÓN", "PAITA", "SULLANA",
                              "TALARA", "SECHURA"]),
    ("21", "PUNO", "PUNO", ["PUNO", "AZÁNGARO", "CARABAYA", "CHUCUITO", "EL COLLAO", "HUANCANÉ",
                            "LAMPA", "MELGAR", "MOHO", "SAN ANTONIO DE PUTINA", "SAN ROMÁN",
                            "SANDIA", "YUNGUYO"]),
    ("22", "SAN MARTÍN", "MOYOBAMBA", ["MOYOBAMBA", "BELLAVISTA", "EL DORADO", "HUALLAGA", "LAMAS",
                                       "MARISCAL CÁCERES", "PICOTA", "RIOJA", "SAN MARTÍN",
                                       "TOCACHE"]),
    ("23", "TACNA", "TACNA", ["TACNA", "CANDARAVE", "JORGE BASADRE", "TARATA"]),
    ("24", "TUMBES", "TUMBES", ["TUMBES", "CONTRALMIRANTE VILLAR", "ZARUMILLA"]),
    ("25", "UCAYALI", "CALLERÍA", ["CORONEL PORTILLO", "ATALAYA", "PADRE ABAD", "PURÚS"]),
]

# district municipalities: department code -> [(province, district)]
DISTRICTS = {
    "01": [("UTCUBAMBA", "CAJARURO"), ("BAGUA", "ARAMANGO"), ("CONDORCANQUI", "RÍO SANTIAGO")],
    "02": [("SANTA", "NUEVO CHIMBOTE"), ("HUARAZ", "INDEPENDENCIA"), ("SANTA", "COISHCO")],
    "03": [("ANDAHUAYLAS", "TALAVERA"), ("ANDAHUAYLAS", "SAN JERÓNIMO"), ("ABANCAY", "TAMBURCO")],
    "04": [("AREQUIPA", "CAYMA"), ("AREQUIPA", "CERRO COLORADO"),
           ("AREQUIPA", "JOSÉ LUIS BUSTAMANTE Y RIVERO"), ("AREQUIPA", "PAUCARPATA"),
           ("AREQUIPA", "YANAHUARA"), ("AREQUIPA", "MARIANO MELGAR"), ("ISLAY", "MEJÍA")],
    "05": [("HUAMANGA", "CARMEN ALTO"), ("HUAMANGA", "SAN JUAN BAUTISTA"),
           ("HUAMANGA", "JESÚS NAZARENO"), ("LA MAR", "AYNA")],
    "06": [("CAJAMARCA", "LOS BAÑOS DEL INCA"), ("JAÉN", "BELLAVISTA"), ("CHOTA", "LAJAS")],
    "07": [("CALLAO", "BELLAVISTA"), ("CALLAO", "CARMEN DE LA LEGUA REYNOSO"),
           ("CALLAO", "LA PERLA"), ("CALLAO", "LA PUNTA"), ("CALLAO", "VENTANILLA"),
           ("CALLAO", "MI PERÚ")],
    "08": [("CUSCO", "SAN JERÓNIMO"), ("CUSCO", "SAN SEBASTIÁN"), ("CUSCO", "SANTIAGO"),
           ("CUSCO", "WANCHAQ"), ("LA CONVENCIÓN", "ECHARATI")],
    "09": [("HUANCAVELICA", "ASCENSIÓN"), ("TAYACAJA", "COLCABAMBA")],
    "10": [("HUÁNUCO", "AMARILIS"), ("HUÁNUCO", "PILLCO MARCA"),
           ("LEONCIO PRADO", "JOSÉ CRESPO Y CASTILLO")],
    "11": [("ICA", "LA TINGUIÑA"), ("ICA", "PARCONA"), ("ICA", "SUBTANJALLA"),
           ("CHINCHA", "PUEBLO NUEVO"), ("PISCO", "SAN ANDRÉS")],
    "12": [("HUANCAYO", "EL TAMBO"), ("HUANCAYO", "CHILCA"), ("CHANCHAMAYO", "PERENÉ"),
           ("SATIPO", "PANGOA"), ("SATIPO", "RÍO TAMBO")],
    "13": [("TRUJILLO", "EL PORVENIR"), ("TRUJILLO", "FLORENCIA DE MORA"),
           ("TRUJILLO", "LA ESPERANZA"), ("TRUJILLO", "VÍCTOR LARCO HERRERA"),
           ("TRUJILLO", "HUANCHACO"), ("PATAZ", "PARCOY")],
    "14": [("CHICLAYO", "JOSÉ LEONARDO ORTIZ"), ("CHICLAYO", "LA VICTORIA"),
           ("CHICLAYO", "PIMENTEL"), ("LAMBAYEQUE", "MÓRROPE"), ("FERREÑAFE", "PÍTIPO")],
    "15": [("LIMA", d) for d in [
        "ANCÓN", "ATE", "BARRANCO", "BREÑA", "CARABAYLLO", "CHORRILLOS", "CIENEGUILLA", "COMAS",
        "EL AGUSTINO", "INDEPENDENCIA", "JESÚS MARÍA", "LA MOLINA", "LA VICTORIA", "LINCE",
        "LOS OLIVOS", "LURIGANCHO", "LURÍN", "MAGDALENA DEL MAR", "MIRAFLORES", "PACHACÁMAC",
        "PUENTE PIEDRA", "RÍMAC", "SAN BORJA", "SAN ISIDRO", "SAN JUAN DE LURIGANCHO",
        "SAN JUAN DE MIRAFLORES", "SAN MARTÍN DE PORRES", "SAN MIGUEL", "SANTIAGO DE SURCO",
        "SURQUILLO", "VILLA EL SALVADOR", "VILLA MARÍA DEL TRIUNFO"]]
    + [("HUAURA", "HUALMAY"), ("HUARAL", "CHANCAY"), ("BARRANCA", "PARAMONGA")],
    "16": [("MAYNAS", "BELÉN"), ("MAYNAS", "PUNCHANA"), ("MAYNAS", "SAN JUAN BAUTISTA"),
           ("ALTO AMAZONAS", "JEBEROS")],
    "17": [("TAMBOPATA", "LABERINTO"), ("TAMBOPATA", "INAMBARI"), ("MANU", "HUEPETUHE"),
           ("TAMBOPATA", "LAS PIEDRAS")],
    "18": [("MARISCAL NIETO", "SAMEGUA"), ("ILO", "EL ALGARROBAL"), ("ILO", "PACOCHA")],
    "19": [("PASCO", "YANACANCHA"), ("OXAPAMPA", "VILLA RICA"), ("OXAPAMPA", "PUERTO BERMÚDEZ")],
    "20": [("PIURA", "CASTILLA"), ("PIURA", "VEINTISÉIS DE OCTUBRE"), ("SULLANA", "BELLAVISTA"),
           ("TALARA", "EL ALTO"), ("PAITA", "COLÁN")],
    "21": [("SAN ROMÁN", "CABANILLAS"), ("PUNO", "CHUCUITO"), ("CHUCUITO", "DESAGUADERO"),
           ("SANDIA", "SAN JUAN DEL ORO"), ("EL COLLAO", "PILCUYO")],
    "22": [("SAN MARTÍN", "LA BANDA DE SHILCAYO"), ("SAN MARTÍN", "MORALES"),
           ("RIOJA", "NUEVA CAJAMARCA"), ("TOCACHE", "UCHIZA")],
    "23": [("TACNA", "ALTO DE LA ALIANZA"), ("TACNA", "CIUDAD NUEVA"),
           ("TACNA", "CORONEL GREGORIO ALBARRACÍN LANCHIPA"), ("TACNA", "POCOLLAY")],
    "24": [("TUMBES", "CORRALES"), ("TUMBES", "LA CRUZ"), ("ZARUMILLA", "AGUAS VERDES")],
    "25": [("CORONEL PORTILLO", "YARINACOCHA"), ("CORONEL PORTILLO", "MANANTAY"),
           ("PADRE ABAD", "IRAZOLA"), ("ATALAYA", "SEPAHUA")],
}

# regional government pliego codes, in the order of DEPARTMENTS (as MEF numbers them)
REGION_PLIEGO = {
    "01": "440", "02": "441", "03": "442", "04": "443", "05": "444", "06": "445", "08": "446",
    "09": "447", "10": "448", "11": "449", "12": "450", "13": "451", "14": "452", "16": "453",
    "17": "454", "18": "455", "19": "456", "20": "457", "21": "458", "22": "459", "23": "460",
    "24": "461", "25": "462", "15": "463", "07": "464",
}

# pliego, name, sector, sector name, pool ("E" or "JUST"), [(ejecutora, name)]
NATIONAL = [
    ("001", "PRESIDENCIA DEL CONSEJO DE MINISTROS", "01", "PRESIDENCIA CONSEJO MINISTROS", "E",
     [("001", "PRESIDENCIA DEL CONSEJO DE MINISTROS")]),
    ("003", "MINISTERIO DE CULTURA", "03", "CULTURA", "E",
     [("001", "MINISTERIO DE CULTURA-ADMINISTRACION GENERAL")]),
    ("004", "PODER JUDICIAL", "04", "PODER JUDICIAL", "JUST",
     [("001", "GERENCIA GENERAL"), ("003", "CORTE SUPERIOR DE JUSTICIA DE LIMA"),
      ("006", "CORTE SUPERIOR DE JUSTICIA DE LIMA NORTE")]),
    ("005", "MINISTERIO DEL AMBIENTE", "05", "AMBIENTAL", "E",
     [("001", "MINISTERIO DEL AMBIENTE-ADMINISTRACION GENERAL")]),
    ("006", "MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS", "06", "JUSTICIA", "JUST",
     [("001", "MINISTERIO DE JUSTICIA - OFICINA GENERAL DE ADMINISTRACION"),
      ("002", "DIRECCION GENERAL DE DEFENSA PUBLICA Y ACCESO A LA JUSTICIA")]),
    ("007", "MINISTERIO DEL INTERIOR", "07", "INTERIOR", "JUST",
     [("001", "OFICINA GENERAL DE ADMINISTRACION"),
      ("002", "DIRECCION DE ECONOMIA Y FINANZAS DE LA PNP"),
      ("018", "DIRECCION EJECUTIVA DE INVESTIGACION CRIMINAL - DIRINCRI")]),
    ("008", "MINISTERIO DE RELACIONES EXTERIORES", "08", "RELACIONES EXTERIORES", "E",
     [("001", "SECRETARIA GENERAL")]),
    ("009", "MINISTERIO DE ECONOMIA Y FINANZAS", "09", "ECONOMIA Y FINANZAS", "E",
     [("001", "ADMINISTRACION GENERAL")]),
    ("010", "M. DE EDUCACION", "10", "EDUCACION", "E",
     [("024", "MINISTERIO DE EDUCACION-SEDE CENTRAL"),
      ("026", "PROGRAMA EDUCACION BASICA PARA TODOS")]),
    ("011", "M. DE SALUD", "11", "SALUD", "E",
     [("001", "ADMINISTRACION CENTRAL - MINSA"),
      ("027", "INSTITUTO NACIONAL DE SALUD DEL NIÑO - SAN BORJA")]),
    ("012", "M. DE TRABAJO Y PROMOCION DEL EMPLEO", "12", "TRABAJO Y PROMOCION DEL EMPLEO", "E",
     [("001", "MTPE - OFICINA GENERAL DE ADMINISTRACION")]),
    ("013", "M. DE AGRICULTURA Y RIEGO", "13", "AGRARIO", "E",
     [("001", "MINISTERIO DE AGRICULTURA Y RIEGO-ADMINISTRACION CENTRAL")]),
    ("016", "M. DE ENERGIA Y MINAS", "16", "ENERGIA Y MINAS", "E",
     [("001", "MINISTERIO DE ENERGIA Y MINAS-CENTRAL")]),
    ("019", "CONTRALORIA GENERAL", "19", "CONTRALORIA GENERAL", "E",
     [("001", "CONTRALORIA GENERAL")]),
    ("020", "DEFENSORIA DEL PUEBLO", "20", "DEFENSORIA DEL PUEBLO", "E",
     [("001", "DEFENSORIA DEL PUEBLO")]),
    ("022", "MINISTERIO PUBLICO", "22", "MINISTERIO PUBLICO", "JUST",
     [("001", "GERENCIA GENERAL"),
      ("002", "UNIDAD CENTRAL DE PROTECCION Y ASISTENCIA A VICTIMAS Y TESTIGOS \"UCAVIT\"")]),
    ("026", "M. DE DEFENSA", "26", "DEFENSA", "E",
     [("001", "MINISTERIO DE DEFENSA-UNIDAD EJECUTORA 001")]),
    ("035", "M. DE COMERCIO EXTERIOR Y TURISMO", "35", "COMERCIO EXTERIOR Y TURISMO", "E",
     [("001", "MINISTERIO DE COMERCIO EXTERIOR Y TURISMO-DIRECCION GENERAL DE ADMINISTRACION")]),
    ("036", "M. DE TRANSPORTES Y COMUNICACIONES", "36", "TRANSPORTES Y COMUNICACIONES", "E",
     [("001", "ADMINISTRACION GENERAL"), ("007", "PROYECTO ESPECIAL DE INFRAESTRUCTURA DE "
                                                 "TRANSPORTE NACIONAL - PROVIAS NACIONAL")]),
    ("037", "M. DE VIVIENDA, CONSTRUCCION Y SANEAMIENTO", "37",
     "VIVIENDA CONSTRUCCION Y SANEAMIENTO", "E",
     [("001", "MINISTERIO DE VIVIENDA, CONSTRUCCION Y SANEAMIENTO-ADMINISTRACION GENERAL")]),
    ("038", "M. DE LA PRODUCCION", "38", "PRODUCCION", "E",
     [("001", "MINISTERIO DE LA PRODUCCION")]),
    ("039", "MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES", "39",
     "MUJER Y POBLACIONES VULNERABLES", "E",
     [("001", "ADMINISTRACION NIVEL CENTRAL"),
      ("006", "PROGRAMA NACIONAL CONTRA LA VIOLENCIA FAMILIAR Y SEXUAL"),
      ("009", "PROGRAMA INTEGRAL NACIONAL PARA EL BIENESTAR FAMILIAR - INABIF")]),
    ("040", "MINISTERIO DE DESARROLLO E INCLUSION SOCIAL", "40", "DESARROLLO E INCLUSION SOCIAL",
     "E", [("001", "MIDIS-ADMINISTRACION GENERAL")]),
]

REGION_UNITS = [("001", "SEDE CENTRAL"), ("100", "EDUCACION"), ("400", "SALUD"),
                ("200", "AGRICULTURA")]

# executing units that can carry TRATA goals, with a weight
TRATA_NATIONAL = {("007", "001"): 6, ("007", "002"): 4, ("007", "018"): 10, ("039", "001"): 10,
                  ("039", "006"): 8, ("039", "009"): 3, ("006", "001"): 6, ("006", "002"): 4,
                  ("022", "001"): 10, ("022", "002"): 4, ("004", "001"): 4, ("012", "001"): 3,
                  ("008", "001"): 2, ("035", "001"): 2}
TRATA_REGIONS = {"16": 4, "17": 4, "08": 3, "21": 3, "15": 2, "07": 2, "20": 2, "24": 2,
                 "23": 2, "04": 2, "12": 2, "22": 2, "25": 2, "10": 1}
TRATA_MUNIS = {"MUNICIPALIDAD METROPOLITANA DE LIMA": 3, "MUNICIPALIDAD PROVINCIAL DE TAMBOPATA": 2,
               "MUNICIPALIDAD PROVINCIAL DE MAYNAS": 2, "MUNICIPALIDAD PROVINCIAL DE PUNO": 1,
               "MUNICIPALIDAD PROVINCIAL DE CUSCO": 1,
               "MUNICIPALIDAD DISTRITAL DE SAN JUAN DE LURIGANCHO": 1,
               "MUNICIPALIDAD PROVINCIAL DE SAN ROMÁN - JULIACA": 1,
               "MUNICIPALIDAD PROVINCIAL DE TACNA": 1, "MUNICIPALIDAD PROVINCIAL DE TUMBES": 1}

F03 = ("03", "PLANEAMIENTO, GESTION Y RESERVA DE CONTINGENCIA", "006", "GESTION")
F05 = ("05", "ORDEN PUBLICO Y SEGURIDAD", "014", "ORDEN INTERNO")
F06 = ("06", "JUSTICIA", "013", "JUSTICIA")
F10 = ("10", "AGROPECUARIA", "025", "RIEGO")
F15 = ("15", "TRANSPORTE", "033", "TRANSPORTE TERRESTRE")
F15U = ("15", "TRANSPORTE", "036", "TRANSPORTE URBANO")
F17 = ("17", "AMBIENTE", "055", "GESTION INTEGRAL DE LA CALIDAD AMBIENTAL")
F18 = ("18", "SANEAMIENTO", "040", "SANEAMIENTO")
F20 = ("20", "SALUD", "044", "SALUD INDIVIDUAL")
F21 = ("21", "CULTURA Y DEPORTE", "046", "DEPORTES")
F22 = ("22", "EDUCACION", "047", "EDUCACION BASICA")
F23 = ("23", "PROTECCION SOCIAL", "051", "ASISTENCIA SOCIAL")
F24 = ("24", "PREVISION SOCIAL", "052", "PREVISION SOCIAL")

# program -> name, [(product code, product name, activity code, activity name, function and
# division, (group code, group name), [goal names])]; 9001/9002 have "3999999 SIN PRODUCTO"
PROGRAMS = {
    "9001": ("ACCIONES CENTRALES", [
        ("3999999", "SIN PRODUCTO", "5000001", "PLANEAMIENTO Y PRESUPUESTO", F03,
         ("0007", "DIRECCION Y SUPERVISION SUPERIOR"), ["PLANEAMIENTO Y PRESUPUESTO",
                                                        "FORMULACION DEL PLAN OPERATIVO INSTITUCIONAL"]),
        ("3999999", "SIN PRODUCTO", "5000002", "CONDUCCION Y ORIENTACION SUPERIOR", F03,
         ("0007", "DIRECCION Y SUPERVISION SUPERIOR"), ["CONDUCCION Y ORIENTACION SUPERIOR",
                                                        "GESTION DE LA ALTA DIRECCION"]),
        ("3999999", "SIN PRODUCTO", "5000003", "GESTION ADMINISTRATIVA", F03,
         ("0008", "ASESORAMIENTO Y APOYO"), ["GESTION ADMINISTRATIVA",
                                             "CONTRATACION DE PERSONAL ADMINISTRATIVO",
                                             "PAGO DE PLANILLAS Y OBLIGACIONES SOCIALES",
                                             "MANTENIMIENTO DEL LOCAL INSTITUCIONAL"]),
        ("3999999", "SIN PRODUCTO", "5000004", "ASESORAMIENTO TECNICO Y JURIDICO", F03,
         ("0008", "ASESORAMIENTO Y APOYO"), ["ASESORAMIENTO TECNICO Y JURIDICO"]),
        ("3999999", "SIN PRODUCTO", "5000005", "GESTION DE RECURSOS HUMANOS", F03,
         ("0008", "ASESORAMIENTO Y APOYO"), ["GESTION DE RECURSOS HUMANOS",
                                             "CAPACITACION DEL PERSONAL"]),
        ("3999999", "SIN PRODUCTO", "5000006", "ACCIONES DE CONTROL Y AUDITORIA", F03,
         ("0007", "DIRECCION Y SUPERVISION SUPERIOR"), ["ACCIONES DE CONTROL Y AUDITORIA"]),
    ]),
    "9002": ("ASIGNACIONES PRESUPUESTARIAS QUE NO RESULTAN EN PRODUCTOS", [
        ("3999999", "SIN PRODUCTO", "5000991", "OBLIGACIONES PREVISIONALES", F24,
         ("0116", "SISTEMA DE PENSIONES"), ["PAGO DE PENSIONES A CESANTES Y JUBILADOS",
                                            "OBLIGACIONES PREVISIONALES"]),
        ("3999999", "SIN PRODUCTO", "5000584", "MANTENIMIENTO DE CAMINOS VECINALES", F15,
         ("0068", "VIAS VECINALES"), ["MANTENIMIENTO RUTINARIO DE CAMINOS VECINALES"]),
        ("3999999", "SIN PRODUCTO", "5001254", "TRANSFERENCIA DE RECURSOS PARA PROGRAMAS SOCIALES",
         F23, ("0114", "DESARROLLO DE CAPACIDADES SOCIALES Y ECONOMICAS"),
         ["PROGRAMA DEL VASO DE LECHE", "COMEDORES POPULARES", "APOYO AL ADULTO MAYOR"]),
        ("3999999", "SIN PRODUCTO", "5000276", "GESTION DEL PROGRAMA", F03,
         ("0008", "ASESORAMIENTO Y APOYO"), ["DEFENSA JUDICIAL DEL ESTADO",
                                             "PAGO DE SENTENCIAS JUDICIALES EN CALIDAD DE COSA JUZGADA",
                                             "LUCHA CONTRA EL TRAFICO ILICITO DE MIGRANTES"]),
    ]),
    "0030": ("REDUCCION DE DELITOS Y FALTAS QUE AFECTAN LA SEGURIDAD CIUDADANA", [
        ("3000355", "PATRULLAJE POR SECTOR", "5004156", "PATRULLAJE POLICIAL POR SECTOR", F05,
         ("0030", "OPERACIONES POLICIALES"), ["PATRULLAJE POLICIAL POR SECTOR",
                                              "PATRULLAJE INTEGRADO CON SERENAZGO"]),
        ("3000356", "COMUNIDAD ORGANIZADA A FAVOR DE LA SEGURIDAD CIUDADANA", "5004160",
         "FORMACION Y CAPACITACION DE JUNTAS VECINALES", F05, ("0030", "OPERACIONES POLICIALES"),
         ["JUNTAS VECINALES DE SEGURIDAD CIUDADANA"]),
    ]),
    "0067": ("CELERIDAD EN LOS PROCESOS JUDICIALES DE FAMILIA", [
        ("3000536", "PROCESOS JUDICIALES DE FAMILIA RESUELTOS", "5004350",
         "ATENCION DE PROCESOS EN MATERIA DE FAMILIA", F06, ("0031", "ADMINISTRACION DE JUSTICIA"),
         ["ATENCION DE PROCESOS DE VIOLENCIA FAMILIAR", "ATENCION DE PROCESOS DE ALIMENTOS"]),
    ]),
    "0080": ("LUCHA CONTRA LA VIOLENCIA FAMILIAR", [
        ("3000223", "PERSONAS AFECTADAS POR HECHOS DE VIOLENCIA FAMILIAR CON SERVICIOS DE ATENCION",
         "5003448", "ATENCION INTEGRAL A VICTIMAS DE VIOLENCIA Y TRATA DE PERSONAS", F23,
         ("0115", "PROTECCION DE POBLACIONES EN RIESGO"),
         ["ATENCION INTEGRAL EN LOS CENTROS EMERGENCIA MUJER",
          "SERVICIO DE ATENCION URGENTE - \"LINEA 100\""]),
    ]),
    "0086": ("MEJORA DE LOS SERVICIOS DEL SISTEMA DE JUSTICIA PENAL", [
        ("3000595", "PROCESOS PENALES CON INVESTIGACION DE CALIDAD", "5004449",
         "INVESTIGACION PRELIMINAR Y PREPARATORIA DE DELITOS", F06,
         ("0031", "ADMINISTRACION DE JUSTICIA"),
         ["IMPLEMENTACION DEL NUEVO CODIGO PROCESAL PENAL",
          "INVESTIGACION FISCAL DE DELITOS COMUNES"]),
        ("3000596", "PROCESOS PENALES RESUELTOS", "5004451", "ATENCION DE PROCESOS PENALES", F06,
         ("0031", "ADMINISTRACION DE JUSTICIA"),
         ["JUZGAMIENTO DE PROCESOS PENALES", "AUDIENCIAS DE JUICIO ORAL"]),
        ("3000597", "DEFENSA PUBLICA EN MATERIA PENAL", "5004455",
         "ASISTENCIA LEGAL GRATUITA EN MATERIA PENAL", F06, ("0032", "ACCESO A LA JUSTICIA"),
         ["DEFENSA PUBLICA GRATUITA", "DEFENSA DE VICTIMAS"]),
    ]),
    "0090": ("LOGROS DE APRENDIZAJE DE ESTUDIANTES DE LA EDUCACION BASICA REGULAR", [
        ("3000385", "INSTITUCIONES EDUCATIVAS CON CONDICIONES PARA EL CUMPLIMIENTO DE HORAS LECTIVAS",
         "5005628", "CONTRATACION OPORTUNA Y PAGO DEL PERSONAL DOCENTE", F22,
         ("0104", "EDUCACION PRIMARIA"), ["PAGO DE DOCENTES DE EDUCACION PRIMARIA",
                                          "PAGO DE DOCENTES DE EDUCACION SECUNDARIA"]),
        ("3000386", "DOCENTES CON COMPETENCIAS PARA LA ENSEÑANZA", "5005630",
         "FORMACION DOCENTE EN SERVICIO", F22, ("0104", "EDUCACION PRIMARIA"),
         ["CAPACITACION DE DOCENTES EN COMPRENSION LECTORA"]),
    ]),
    "0001": ("PROGRAMA ARTICULADO NUTRICIONAL", [
        ("3033254", "NIÑOS CON VACUNA COMPLETA", "5000017", "APLICACION DE VACUNAS COMPLETAS", F20,
         ("0096", "ATENCION MEDICA BASICA"), ["VACUNACION DE NIÑOS MENORES DE 5 AÑOS"]),
        ("3033256", "NIÑOS CON CRED COMPLETO SEGUN EDAD", "5000018",
         "ATENCION A NIÑOS CON CRECIMIENTO Y DESARROLLO - CRED COMPLETO PARA SU EDAD", F20,
         ("0096", "ATENCION MEDICA BASICA"), ["CONTROL DE CRECIMIENTO Y DESARROLLO"]),
    ]),
    "0002": ("SALUD MATERNO NEONATAL", [
        ("3033172", "ATENCION PRENATAL REENFOCADA", "5000037",
         "BRINDAR ATENCION PRENATAL REENFOCADA", F20, ("0096", "ATENCION MEDICA BASICA"),
         ["ATENCION PRENATAL", "ATENCION DEL PARTO NORMAL"]),
    ]),
    "0036": ("GESTION INTEGRAL DE RESIDUOS SOLIDOS", [
        ("3000580", "GOBIERNOS LOCALES EJECUTAN ACTIVIDADES DE BARRIDO, RECOLECCION Y TRANSPORTE",
         "5004327", "BARRIDO DE CALLES Y RECOJO DE RESIDUOS SOLIDOS", F17,
         ("0124", "GESTION DE LOS RESIDUOS SOLIDOS"),
         ["LIMPIEZA PUBLICA", "RECOJO Y DISPOSICION FINAL DE RESIDUOS SOLIDOS"]),
    ]),
    "0082": ("PROGRAMA NACIONAL DE SANEAMIENTO URBANO", [
        ("3000001", "ACCIONES COMUNES", "5001550", "OPERACION Y MANTENIMIENTO DE SISTEMAS DE AGUA",
         F18, ("0088", "SANEAMIENTO URBANO"), ["MANTENIMIENTO DEL SISTEMA DE AGUA POTABLE"]),
    ]),
    "0083": ("PROGRAMA NACIONAL DE SANEAMIENTO RURAL", [
        ("3000001", "ACCIONES COMUNES", "5001551", "OPERACION Y MANTENIMIENTO DE SISTEMAS DE AGUA",
         F18, ("0089", "SANEAMIENTO RURAL"), ["MANTENIMIENTO DE SISTEMAS DE AGUA EN ZONA RURAL"]),
    ]),
    "0138": ("REDUCCION DEL COSTO, TIEMPO E INSEGURIDAD EN EL SISTEMA DE TRANSPORTE", [
        ("3000479", "CAMINO VECINAL CON MANTENIMIENTO VIAL", "5001435",
         "MANTENIMIENTO PERIODICO DE CAMINOS VECINALES", F15, ("0068", "VIAS VECINALES"),
         ["MANTENIMIENTO PERIODICO DE CAMINO VECINAL"]),
    ]),
    "0148": ("REDUCCION DEL TIEMPO, INSEGURIDAD Y COSTO AMBIENTAL EN EL TRANSPORTE URBANO", [
        ("3000001", "ACCIONES COMUNES", "5004380", "FISCALIZACION DEL TRANSPORTE URBANO", F15U,
         ("0074", "VIAS URBANAS"), ["FISCALIZACION DEL TRANSITO Y TRANSPORTE URBANO"]),
    ]),
    "0068": ("REDUCCION DE VULNERABILIDAD Y ATENCION DE EMERGENCIAS POR DESASTRES", [
        ("3000734", "CAPACIDAD INSTALADA PARA LA PREPARACION Y RESPUESTA FRENTE A EMERGENCIAS Y "
                    "DESASTRES", "5005612", "DESARROLLO DE LOS CENTROS Y ESPACIOS DE MONITOREO DE "
                                            "EMERGENCIAS", F03, ("0008", "ASESORAMIENTO Y APOYO"),
         ["PREVENCION DE DESASTRES - \"FENOMENO EL NIÑO\""]),
    ]),
    "0042": ("APROVECHAMIENTO DE LOS RECURSOS HIDRICOS PARA USO AGRARIO", [
        ("3000001", "ACCIONES COMUNES", "5001500", "MANTENIMIENTO DE CANALES DE RIEGO", F10,
         ("0050", "RIEGO"), ["MANTENIMIENTO DE CANALES DE RIEGO"]),
    ]),
    "0101": ("INCREMENTO DE LA PRACTICA DE ACTIVIDADES FISICAS, DEPORTIVAS Y RECREATIVAS EN LA "
             "POBLACION PERUANA", [
        ("3000001", "ACCIONES COMUNES", "5005158", "PROMOCION DE ACTIVIDADES DEPORTIVAS", F21,
         ("0108", "PROMOCION Y DESARROLLO DEPORTIVO"), ["ESCUELAS DEPORTIVAS MUNICIPALES"]),
    ]),
}

PROJECT_TEMPLATES = [
    ("9002", F18, ("0088", "SANEAMIENTO URBANO"),
     "MEJORAMIENTO DEL SERVICIO DE AGUA POTABLE Y ALCANTARILLADO EN LA LOCALIDAD DE {p}"),
    ("9002", F15, ("0068", "VIAS VECINALES"),
     "CREACION DEL CAMINO VECINAL {p} - {q}, DISTRITO DE {p}"),
    ("9002", F22, ("0104", "EDUCACION PRIMARIA"),
     "MEJORAMIENTO DE LA INFRAESTRUCTURA EDUCATIVA DE LA I.E. N° {n} EN {p}"),
    ("0030", F05, ("0030", "OPERACIONES POLICIALES"),
     "AMPLIACION DEL SERVICIO DE SEGURIDAD CIUDADANA EN EL DISTRITO DE {p}"),
    ("0036", F17, ("0124", "GESTION DE LOS RESIDUOS SOLIDOS"),
     "INSTALACION DEL SERVICIO DE LIMPIEZA PUBLICA EN EL DISTRITO DE {p}"),
    ("9002", F21, ("0108", "PROMOCION Y DESARROLLO DEPORTIVO"),
     "CONSTRUCCION DEL ESTADIO MUNICIPAL \"{p}\""),
    ("0138", F15, ("0068", "VIAS VECINALES"),
     "REHABILITACION DEL PUENTE {p} SOBRE EL RIO {q}"),
]
PROJECT_WORKS = [("4000074", "EXPEDIENTE TECNICO"), ("6000032", "EJECUCION DE OBRA"),
                 ("6000025", "SUPERVISION DE OBRA")]

TRATA_GOALS = [
    "PREVENCION Y ATENCION DE VICTIMAS DE TRATA DE PERSONAS",
    "FORTALECIMIENTO DE LA FISCALIA ESPECIALIZADA EN TRATA DE PERSONAS",
    "INVESTIGACION DE DELITOS DE TRATA DE PERSONAS Y TRAFICO ILICITO DE MIGRANTES",
    "ASISTENCIA A VICTIMAS DE TRATA DE PERSONAS Y SUS FAMILIARES",
    "IMPLEMENTACION DEL PLAN REGIONAL CONTRA LA TRATA DE PERSONAS",
    "PROTECCION Y REINTEGRACION DE VICTIMAS DE TRATA DE PERSONAS - \"HOGAR REFUGIO\"",
    "CAPACITACION EN PREVENCION DE LA TRATA DE PERSONAS Y EXPLOTACIÓN SEXUAL",
]

# program weights per pool
POOL_PROGRAMS = {
    "JUST": {"0086": 40, "9001": 25, "9002": 20, "0030": 10, "0067": 5},
    "E": {"9001": 35, "9002": 30, "0090": 5, "0001": 5, "0002": 5, "0138": 5, "0080": 5,
          "0068": 5, "0042": 5},
    "R": {"9001": 20, "9002": 20, "0090": 20, "0001": 10, "0002": 10, "0138": 5, "0068": 5,
          "0042": 5, "0030": 3, "0080": 2},
    "M": {"9001": 25, "9002": 25, "0036": 10, "0082": 8, "0083": 8, "0138": 5, "0148": 4,
          "0030": 5, "0068": 3, "0101": 2, "0080": 5},
}
PROJECT_SHARE = {"JUST": 0, "E": 5, "R": 20, "M": 30}   # % of the pool that are projects
TRATA_POOL_PROGRAMS = {
    "JUST": {"0086": 50, "9002": 25, "0030": 15, "9001": 10},
    "OTHER": {"9002": 45, "0080": 30, "9001": 15, "0030": 10},
}
TRATA_FUNCTION = {"0086": (F06, ("0031", "ADMINISTRACION DE JUSTICIA")),
                  "0030": (F05, ("0030", "OPERACIONES POLICIALES")),
                  "0080": (F23, ("0115", "PROTECCION DE POBLACIONES EN RIESGO")),
                  "9002": (F23, ("0115", "PROTECCION DE POBLACIONES EN RIESGO")),
                  "9001": (F03, ("0008", "ASESORAMIENTO Y APOYO"))}

FUNDING = {  # key -> fuente, name, rubro, name, tipo recurso, name
    "RO": ("1", "RECURSOS ORDINARIOS", "00", "RECURSOS ORDINARIOS", "0", ""),
    "RDR": ("2", "RECURSOS DIRECTAMENTE RECAUDADOS", "09", "RECURSOS DIRECTAMENTE RECAUDADOS",
            "0", ""),
    "ROOC": ("3", "RECURSOS POR OPERACIONES OFICIALES DE CREDITO", "19",
             "RECURSOS POR OPERACIONES OFICIALES DE CREDITO", "0", ""),
    "DYT": ("4", "DONACIONES Y TRANSFERENCIAS", "13", "DONACIONES Y TRANSFERENCIAS", "0", ""),
    "FCM": ("5", "RECURSOS DETERMINADOS", "07", "FONDO DE COMPENSACION MUNICIPAL", "0", ""),
    "IM": ("5", "RECURSOS DETERMINADOS", "08", "IMPUESTOS MUNICIPALES", "0", ""),
    "CANON": ("5", "RECURSOS DETERMINADOS", "18",
              "CANON Y SOBRECANON, REGALIAS, RENTA DE ADUANAS Y PARTICIPACIONES", "P",
              "CANON MINERO"),
    "REGAL": ("5", "RECURSOS DETERMINADOS", "18",
              "CANON Y SOBRECANON, REGALIAS, RENTA DE ADUANAS Y PARTICIPACIONES", "R",
              "REGALIAS MINERAS"),
}
POOL_FUNDING = {
    "E": {"RO": 75, "RDR": 12, "ROOC": 8, "DYT": 5},
    "R": {"RO": 65, "RDR": 10, "ROOC": 5, "DYT": 5, "CANON": 12, "REGAL": 3},
    "M": {"RO": 8, "RDR": 20, "DYT": 7, "FCM": 30, "IM": 15, "CANON": 17, "REGAL": 3},
}

GENERICA = {"1": "PERSONAL Y OBLIGACIONES SOCIALES", "2": "PENSIONES Y OTRAS PRESTACIONES SOCIALES",
            "3": "BIENES Y SERVICIOS", "4": "DONACIONES Y TRANSFERENCIAS", "5": "OTROS GASTOS",
            "6": "ADQUISICION DE ACTIVOS NO FINANCIEROS", "8": "SERVICIO DE LA DEUDA PUBLICA"}
# generica, subgenerica, name, subgenerica_det, name, especifica, name, especifica_det, name, weight
CLASSIFIERS = [
    ("1", "1", "RETRIBUCIONES Y COMPLEMENTOS EN EFECTIVO", "1", "PERSONAL ADMINISTRATIVO", "3",
     "RETRIBUCIONES Y COMPLEMENTOS DE PERSONAL ADMINISTRATIVO", "1",
     "PERSONAL ADMINISTRATIVO NOMBRADO (REGIMEN PUBLICO)", 10),
    ("1", "1", "RETRIBUCIONES Y COMPLEMENTOS EN EFECTIVO", "9", "GASTOS VARIABLES Y OCASIONALES",
     "3", "AGUINALDOS", "1", "AGUINALDOS", 3),
    ("1", "3", "CONTRIBUCIONES A LA SEGURIDAD SOCIAL", "1", "CONTRIBUCIONES A LA SEGURIDAD SOCIAL",
     "1", "CONTRIBUCIONES A LA SEGURIDAD SOCIAL", "5", "CONTRIBUCIONES A ESSALUD DE C.A.S.", 4),
    ("2", "1", "PENSIONES", "1", "PENSIONES", "1", "PENSIONES", "1",
     "REGIMEN DE PENSIONES DL. 20530", 3),
    ("3", "1", "COMPRA DE BIENES", "1", "ALIMENTOS Y BEBIDAS", "1", "ALIMENTOS Y BEBIDAS", "1",
     "ALIMENTOS Y BEBIDAS PARA CONSUMO HUMANO", 5),
    ("3", "1", "COMPRA DE BIENES", "3", "COMBUSTIBLES, CARBURANTES, LUBRICANTES Y AFINES", "1",
     "COMBUSTIBLES, CARBURANTES, LUBRICANTES Y AFINES", "1", "COMBUSTIBLES Y CARBURANTES", 6),
    ("3", "1", "COMPRA DE BIENES", "5", "MATERIALES Y UTILES", "1", "DE OFICINA", "2",
     "PAPELERIA EN GENERAL, UTILES Y MATERIALES DE OFICINA", 7),
    ("3", "2", "CONTRATACION DE SERVICIOS", "1", "VIAJES", "2", "VIAJES DOMESTICOS", "1",
     "PASAJES Y GASTOS DE TRANSPORTE", 5),
    ("3", "2", "CONTRATACION DE SERVICIOS", "1", "VIAJES", "2", "VIAJES DOMESTICOS", "2",
     "VIATICOS Y ASIGNACIONES POR COMISION DE SERVICIO", 5),
    ("3", "2", "CONTRATACION DE SERVICIOS", "2",
     "SERVICIOS BASICOS, COMUNICACIONES, PUBLICIDAD Y DIFUSION", "1",
     "SERVICIOS DE ENERGIA ELECTRICA, AGUA Y GAS", "1",
     "SERVICIO DE SUMINISTRO DE ENERGIA ELECTRICA", 4),
    ("3", "2", "CONTRATACION DE SERVICIOS", "4",
     "SERVICIO DE MANTENIMIENTO, ACONDICIONAMIENTO Y REPARACIONES", "1",
     "DE EDIFICACIONES, OFICINAS Y ESTRUCTURAS", "1", "DE EDIFICACIONES, OFICINAS Y ESTRUCTURAS", 4),
    ("3", "2", "CONTRATACION DE SERVICIOS", "7", "SERVICIOS PROFESIONALES Y TECNICOS", "11",
     "SERVICIOS DIVERSOS", "99", "SERVICIOS DIVERSOS", 12),
    ("3", "2", "CONTRATACION DE SERVICIOS", "8", "CONTRATO ADMINISTRATIVO DE SERVICIOS", "1",
     "CONTRATO ADMINISTRATIVO DE SERVICIOS", "1", "CONTRATO ADMINISTRATIVO DE SERVICIOS", 12),
    ("4", "1", "DONACIONES Y TRANSFERENCIAS CORRIENTES", "3", "A OTRAS UNIDADES DEL GOBIERNO", "1",
     "A OTRAS UNIDADES DEL GOBIERNO NACIONAL", "1", "A OTRAS UNIDADES DEL GOBIERNO NACIONAL", 2),
    ("5", "5", "PAGO DE SENTENCIAS JUDICIALES, LAUDOS ARBITRALES Y SIMILARES", "1",
     "PAGO DE SENTENCIAS JUDICIALES, LAUDOS ARBITRALES Y SIMILARES", "1",
     "PAGO DE SENTENCIAS JUDICIALES", "1", "SENTENCIAS JUDICIALES", 2),
    ("6", "2", "CONSTRUCCION DE EDIFICIOS Y ESTRUCTURAS", "6", "OTRAS ESTRUCTURAS", "1",
     "INFRAESTRUCTURA VIAL", "3", "COSTO DE CONSTRUCCION POR CONTRATA", 6),
    ("6", "3", "ADQUISICION DE VEHICULOS, MAQUINARIAS Y OTROS", "2", "MOBILIARIO, EQUIPOS Y APARATOS",
     "3", "EQUIPOS COMPUTACIONALES Y PERIFERICOS", "1", "EQUIPOS COMPUTACIONALES Y PERIFERICOS", 3),
    ("6", "8", "OTROS GASTOS DE ACTIVOS NO FINANCIEROS", "1",
     "INVERSIONES INTANGIBLES", "3", "ESTUDIOS DE PREINVERSION", "1", "ESTUDIOS DE PREINVERSION", 2),
    ("8", "2", "INTERESES Y CARGOS DE LA DEUDA", "1", "INTERESES DE LA DEUDA INTERNA", "1",
     "INTERESES DE LA DEUDA INTERNA", "1", "INTERESES DE LA DEUDA INTERNA DE LARGO PLAZO", 1),
]
CATEGORY = {"1": ("5", "GASTOS CORRIENTES"), "2": ("5", "GASTOS CORRIENTES"),
            "3": ("5", "GASTOS CORRIENTES"), "4": ("5", "GASTOS CORRIENTES"),
            "5": ("5", "GASTOS CORRIENTES"), "6": ("6", "GASTOS DE CAPITAL"),
            "8": ("7", "SERVICIO DE LA DEUDA")}

NIVEL_NAME = {"E": "GOBIERNO NACIONAL", "R": "GOBIERNOS REGIONALES", "M": "GOBIERNOS LOCALES"}
LEVEL_SHARE = {"E": 35, "R": 30, "M": 35}   # % of ordinary rows per level of government

ETAB_BITS = 12      # executing-unit table: 4096 slots
PTAB = 256          # programmatic pool size
ECON_TAB = 1024     # economic pool size
AMOUNTS = 65536     # distinct amount tuples
TRATA_SLOTS = 5     # TRATA rows: 5 of every 1024 draws (about 0.49%)
CHUNK = 20000       # rows per write


# --------------------------------------------------------------------------------------------
# Construction
# --------------------------------------------------------------------------------------------

def q(text):
    return '"' + text.replace('"', '""') + '"'


def fields(*values):
    return ",".join(q(v) for v in values) + ","


def weighted_table(rng, weights, size):
    """A tuple of `size` keys in which each key appears in proportion to its weight (each at
    least once), shuffled by rng."""
    keys = list(weights)
    total = sum(weights[k] for k in keys)
    counts = {k: max(1, weights[k] * size // total) for k in keys}
    short = size - sum(counts.values())
    i = 0
    while short > 0:
        counts[keys[i % len(keys)]] += 1
        short -= 1
        i += 1
    while short < 0:
        k = max(keys, key=lambda k: (counts[k], keys.index(k)))
        counts[k] -= 1
        short += 1
    table = [k for k in keys for _ in range(counts[k])]
    rng.shuffle(table)
    return tuple(table)


class Unit:
    __slots__ = ("nivel", "pliego", "pliego_name", "dept", "dept_name", "block", "pool", "tpool",
                 "weight")


def build_units():
    depts = {d[0]: d for d in DEPARTMENTS}
    units = []

    def add(nivel, sector, sector_name, pliego, pliego_name, sec, ejec, ejec_name, dcode, pcode,
            pname, dist_code, dist_name, pool, tpool, weight):
        u = Unit()
        u.nivel, u.pliego, u.pliego_name = nivel, pliego, pliego_name
        u.dept, u.dept_name = dcode, depts[dcode][1]
        u.block = fields(nivel, NIVEL_NAME[nivel], sector, sector_name, pliego, pliego_name,
                         f"{sec:06d}", ejec, ejec_name, dcode, u.dept_name, pcode, pname,
                         dist_code, dist_name)
        u.pool, u.tpool, u.weight = pool, tpool, weight
        units.append(u)

    sec = 1
    for pliego, pname, sector, sname, pool, ejecs in NATIONAL:
        for ejec, ename in ejecs:
            tw = TRATA_NATIONAL.get((pliego, ejec), 0)
            add("E", sector, sname, pliego, pname, sec, ejec, ename, "15", "01", "LIMA", "01",
                "LIMA", pool, ("JUST" if pool == "JUST" else "OTHER", tw), 1)
            sec += 1
    sec = 700
    for dcode, dname, capital, provinces in DEPARTMENTS:
        pliego = REGION_PLIEGO[dcode]
        if dcode == "07":
            pname = "GOBIERNO REGIONAL DE LA PROVINCIA CONSTITUCIONAL DEL CALLAO"
        else:
            pname = "GOBIERNO REGIONAL DEL DEPARTAMENTO DE " + dname
        for ejec, what in REGION_UNITS:
            tw = TRATA_REGIONS.get(dcode, 0) if ejec == "001" else 0
            add("R", "99", "GOBIERNOS REGIONALES", pliego, pname, sec, ejec,
                f"REGION {dname}-{what}", dcode, "01", provinces[0], "01", capital, "R",
                ("OTHER", tw), 3 if ejec == "001" else 2)
            sec += 1
    sec = 300001
    for dcode, dname, capital, provinces in DEPARTMENTS:
        next_district = {}
        for pi, prov in enumerate(provinces, 1):
            if dcode == "15" and pi == 1:
                name = "MUNICIPALIDAD METROPOLITANA DE LIMA"
            elif dcode == "21" and prov == "SAN ROMÁN":
                name = "MUNICIPALIDAD PROVINCIAL DE SAN ROMÁN - JULIACA"
            else:
                name = "MUNICIPALIDAD PROVINCIAL DE " + prov
            dist = capital if pi == 1 else prov
            next_district[prov] = (pi, 2)
            add("M", "98", "GOBIERNOS LOCALES", f"{dcode}{pi:02d}01", name, sec, "001", name,
                dcode, f"{pi:02d}", prov, "01", dist, "M", ("OTHER", TRATA_MUNIS.get(name, 0)),
                4 if pi == 1 else 2)
            sec += 1
        for prov, dist in DISTRICTS.get(dcode, []):
            pi, di = next_district[prov]
            next_district[prov] = (pi, di + 1)
            name = "MUNICIPALIDAD DISTRITAL DE " + dist
            add("M", "98", "GOBIERNOS LOCALES", f"{dcode}{pi:02d}{di:02d}", name, sec, "001", name,
                dcode, f"{pi:02d}", prov, f"{di:02d}", dist, "M",
                ("OTHER", TRATA_MUNIS.get(name, 0)), 2)
            sec += 1
    return units


def place_names():
    names = []
    for dcode, dname, capital, provinces in DEPARTMENTS:
        names.extend(provinces)
        names.extend(d for _, d in DISTRICTS.get(dcode, []))
    return sorted(set(names))


def prog_fields(prog, tipo, prod, prod_name, act, act_name, func, group, meta, fin, goal):
    assert TRATA not in goal or goal in TRATA_GOALS
    return fields(prog, PROGRAMS[prog][0] if prog in PROGRAMS else "", tipo,
                  "ACTIVIDAD" if tipo == "3" else "PROYECTO", prod, prod_name, act, act_name,
                  func[0], func[1], func[2], func[3], group[0], group[1], f"{meta:04d}",
                  f"{fin:07d}", goal)


def build_programmatic(rng):
    """Blocks PROGRAMA_PPTO..META_NOMBRE. Returns (blocks, n0086, pools, trata_pools): blocks
    with PROGRAMA_PPTO "0086" come first (index < n0086); pools map a pool name to a tuple of
    PTAB block indices."""
    places = place_names()
    specs = {}   # pool -> list of (program, text)
    for pool, weights in POOL_PROGRAMS.items():
        progs = weighted_table(rng, weights, PTAB)
        nproj = PTAB * PROJECT_SHARE[pool] // 100
        out = []
        for i, prog in enumerate(progs):
            if i < nproj:
                tprog, func, group, pattern = PROJECT_TEMPLATES[rng.randrange(len(PROJECT_TEMPLATES))]
                p, qq = rng.choice(places), rng.choice(places)
                name = pattern.format(p=p, q=qq, n=rng.randrange(100, 90000))
                act, act_name = PROJECT_WORKS[rng.randrange(len(PROJECT_WORKS))]
                text = prog_fields(tprog, "2", f"2{rng.randrange(100000, 400000):06d}", name, act,
                                   act_name, func, group, rng.randrange(1, 400),
                                   rng.randrange(1, 200000), name)
                out.append((tprog, text))
            else:
                lines = PROGRAMS[prog][1]
                prod, prod_name, act, act_name, func, group, goals = lines[rng.randrange(len(lines))]
                goal = goals[rng.randrange(len(goals))]
                text = prog_fields(prog, "3", prod, prod_name, act, act_name, func, group,
                                   rng.randrange(1, 400), rng.randrange(1, 200000), goal)
                out.append((prog, text))
        specs[pool] = out
    tspecs = {}
    for pool, weights in TRATA_POOL_PROGRAMS.items():
        progs = weighted_table(rng, weights, PTAB)
        out = []
        for prog in progs:
            func, group = TRATA_FUNCTION[prog]
            goal = TRATA_GOALS[rng.randrange(len(TRATA_GOALS))]
            if prog in ("9001", "9002"):
                prod, prod_name = "3999999", "SIN PRODUCTO"
            else:
                prod, prod_name = PROGRAMS[prog][1][0][0], PROGRAMS[prog][1][0][1]
            act = f"5{rng.randrange(1000, 6000):06d}"
            text = prog_fields(prog, "3", prod, prod_name, act, goal, func, group,
                               rng.randrange(1, 400), rng.randrange(1, 200000), goal)
            out.append((prog, text))
        tspecs[pool] = out
    # index: 0086 blocks first, then the others, in order of first appearance
    texts = []
    seen = {}
    allspecs = [s for pool in specs.values() for s in pool] + \
               [s for pool in tspecs.values() for s in pool]
    for want86 in (True, False):
        for prog, text in allspecs:
            if (prog == "0086") == want86 and text not in seen:
                seen[text] = len(texts)
                texts.append(text)
    n86 = sum(1 for t in texts if t.startswith('"0086"'))
    pools = {k: tuple(seen[t] for _, t in v) for k, v in specs.items()}
    tpools = {k: tuple(seen[t] for _, t in v) for k, v in tspecs.items()}
    return texts, n86, pools, tpools


def build_economic(rng):
    """Blocks FUENTE_FINANCIAMIENTO..ESPECIFICA_DET_NOMBRE per level: tuples of ECON_TAB texts."""
    cls_weights = {i: c[-1] for i, c in enumerate(CLASSIFIERS)}
    out = {}
    for nivel, fw in POOL_FUNDING.items():
        funds = weighted_table(rng, fw, ECON_TAB)
        classes = weighted_table(rng, cls_weights, ECON_TAB)
        texts = []
        for f, c in zip(funds, classes):
            g, sg, sgn, sgd, sgdn, esp, espn, espd, espdn, _ = CLASSIFIERS[c]
            cat = CATEGORY[g]
            texts.append(fields(*FUNDING[f], cat[0], cat[1], "2", g, GENERICA[g], sg, sgn, sgd,
                                sgdn, esp, espn, espd, espdn))
        out[nivel] = tuple(texts)
    return out


def cents(c):
    return f"{c // 100}.{c % 100:02d}"


def build_amounts(rng):
    """AMOUNTS tuples (pia, pim, cert, comp_anual, comp, dev, gir) in céntimos, and their text."""
    rr = rng.randrange
    digits = weighted_table(rng, {2: 8, 3: 14, 4: 20, 5: 22, 6: 18, 7: 11, 8: 5, 9: 2}, 1024)

    def mag():
        d = digits[rr(1024)]
        v = rr(10 ** d, 10 ** (d + 1))
        if rr(10) < 6:
            v -= v % 100
        return v

    def part(x, p_all):
        if rr(100) < p_all:
            return x
        return x * rr(1001) // 1000

    values, texts = [], []
    for _ in range(AMOUNTS):
        pia = 0 if rr(100) < 35 else mag()
        k = rr(100)
        if pia == 0:
            pim = 0 if k < 15 else mag()
        elif k < 45:
            pim = pia
        elif k < 98:
            pim = pia + part(pia, 0)
        else:
            pim = pia * rr(1000) // 1000          # the rare cut below the opening budget
        cert = part(pim, 40)
        ca = part(cert, 60)
        comp = part(ca, 70)
        dev = part(comp, 50)
        gir = part(dev, 70)
        t = (pia, pim, cert, ca, comp, dev, gir)
        assert pia >= 0 and pim >= 0 and pim >= cert >= ca >= comp >= dev >= gir >= 0
        values.append(t)
        texts.append(",".join(q(cents(c)) for c in t) + "\n")
    return values, texts


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, required=True, help="good rows")
    ap.add_argument("--year", type=int, required=True)
    ap.add_argument("--months-upto", type=int, default=12)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--encoding", choices=["utf-8", "latin-1"], default="utf-8")
    ap.add_argument("--bad-rows", type=int, default=0)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    if a.rows < 0 or a.bad_rows < 0 or not 1 <= a.months_upto <= 12:
        ap.error("--rows and --bad-rows must be >= 0, --months-upto in 1..12")
    enc = "latin-1" if a.encoding == "latin-1" else "utf-8"

    rng = random.Random(a.seed)
    units = build_units()
    prog_texts, n86, pools, tpools = build_programmatic(rng)
    econ = build_economic(rng)
    amounts, amount_texts = build_amounts(rng)

    def b(text):
        return text.encode(enc)

    depts = [(d[0], d[1]) for d in DEPARTMENTS]
    dm_all = [b(fields(c, n)) for c, n in depts]
    lima = b(fields("15", "LIMA"))
    EJB = [b(u.block) for u in units]
    DM = []
    for u in units:
        if u.nivel == "E":       # national units spend all over the country, mostly in Lima
            DM.append(tuple(dm_all) + (lima,) * 7)
        else:
            DM.append((b(fields(u.dept, u.dept_name)),) * 32)
    PB = [b(t) for t in prog_texts]
    econ_b = {k: tuple(b(t) for t in v) for k, v in econ.items()}
    ECON = [econ_b[u.nivel] for u in units]
    POOL = [pools[u.pool] for u in units]
    TPOOL = [tpools[u.tpool[0]] for u in units]
    AB = [b(t) for t in amount_texts]
    YM = [b(fields(str(a.year), str(m))) for m in range(1, a.months_upto + 1)]
    MT = tuple(YM[i * a.months_upto // 2048] for i in range(2048))

    level_units = {lv: [i for i, u in enumerate(units) if u.nivel == lv] for lv in "ERM"}
    ew = {}
    for lv, idx in level_units.items():
        tot = sum(units[i].weight for i in idx)
        for i in idx:
            ew[i] = units[i].weight * LEVEL_SHARE[lv] * 100000 // (tot * 100)
    ETAB = weighted_table(rng, ew, 1 << ETAB_BITS)
    TETAB = weighted_table(rng, {i: u.tpool[1] for i, u in enumerate(units) if u.tpool[1] > 0},
                           1024)

    # the bad rows: their own generator, so the good rows do not depend on --bad-rows
    K, N = a.bad_rows, a.rows
    total_lines = N + K
    bad_pos = [((2 * i + 1) * total_lines) // (2 * K) for i in range(K)]   # 0-based data index
    brng = random.Random(a.seed + 1000003)
    bad_rows = []
    for i in range(K):
        e = ETAB[brng.randrange(len(ETAB))] if i % 2 == 0 else TETAB[brng.randrange(1024)]
        pi = (POOL[e] if i % 2 == 0 else TPOOL[e])[brng.randrange(PTAB)]
        amt = list(amounts[brng.randrange(AMOUNTS)])
        amt_f = [q(cents(c)) for c in amt]
        kind = i % 4
        if kind == 0:
            amt_f = amt_f[:-1]                     # 61 fields
        elif kind == 1:
            amt_f[5] = q("12,50")                  # MONTO_DEVENGADO with a decimal comma
        elif kind == 2:
            amt_f.append(q("0.00"))                # 63 fields
        else:
            amt_f[1] = q("abc")                    # MONTO_PIM not a number
        bad_rows.append(MT[brng.randrange(2048)] + EJB[e] + PB[pi] + DM[e][brng.randrange(32)]
                        + ECON[e][brng.randrange(ECON_TAB)] + b(",".join(amt_f) + "\n"))

    cnt = [0] * AMOUNTS
    cnt86 = [0] * AMOUNTS
    trata_rows = []          # (unit, amount index)
    gb = rng.getrandbits

    def good(f, count):
        out = []
        done = 0
        while done < count:
            n = min(CHUNK, count - done)
            for _ in range(n):
                r = gb(72)
                ai = (r >> 45) & 0xFFFF
                if (r >> 12) & 1023 < TRATA_SLOTS:
                    e = TETAB[r & 1023]
                    pi = TPOOL[e][(r >> 22) & 255]
                    trata_rows.append((e, ai))
                else:
                    e = ETAB[r & 4095]
                    pi = POOL[e][(r >> 22) & 255]
                if pi < n86:
                    cnt86[ai] += 1
                cnt[ai] += 1
                out += (MT[r >> 61], EJB[e], PB[pi], DM[e][(r >> 30) & 31],
                        ECON[e][(r >> 35) & 1023], AB[ai])
            f.write(b"".join(out))
            out.clear()
            done += n

    with open(a.out, "wb", buffering=1 << 22) as f:
        f.write(b(",".join(q(c) for c in COLUMNS) + "\n"))
        written = 0                                # data lines written so far
        for pos, row in zip(bad_pos, bad_rows):
            good(f, pos - written)
            f.write(row)
            written = pos + 1
        good(f, total_lines - written)

    def stage_dict(sums):
        return {k: cents(v) for k, v in zip(STAGES, sums)}

    def sum_counts(c):
        s = [0] * 7
        for i, n in enumerate(c):
            if n:
                v = amounts[i]
                for k in range(7):
                    s[k] += n * v[k]
        return s

    by_pliego = {}
    tsum = [0] * 7
    for e, ai in trata_rows:
        u = units[e]
        d = by_pliego.get(u.pliego)
        if d is None:
            d = by_pliego[u.pliego] = {"name": u.pliego_name, "nivel": u.nivel,
                                       "departamento": u.dept_name, "rows": 0, "sums": [0] * 7}
        d["rows"] += 1
        for k in range(7):
            d["sums"][k] += amounts[ai][k]
            tsum[k] += amounts[ai][k]
    bp = {}
    for code in sorted(by_pliego):
        d = by_pliego[code]
        bp[code] = {"name": d["name"], "nivel": d["nivel"], "departamento": d["departamento"],
                    "rows": d["rows"], **stage_dict(d["sums"])}
    totals = {
        "year": a.year, "rows": N, "months_upto": a.months_upto,
        "bad_lines": [p + 2 for p in bad_pos],
        "seed": a.seed, "encoding": a.encoding, "bad_rows": K, "lines": 1 + N + K,
        "columns": len(COLUMNS),
        "all": stage_dict(sum_counts(cnt)),
        "selected_meta_trata": {"rows": len(trata_rows), "by_pliego": bp,
                                "total": stage_dict(tsum)},
        "selected_programa_0086": {"rows": sum(cnt86), "total": stage_dict(sum_counts(cnt86))},
    }
    with open(a.out.removesuffix(".csv") + ".totals.json", "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(totals, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
