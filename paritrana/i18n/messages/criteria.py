"""Messages about criteria files: reading the YAML, its keys and values, the checks that need
the whole file, and ``criteria check`` (its warnings and its summary).

A problem inside a criteria file is shown as ``<YAML path>: <problem> (baris <n>)``; several are
listed under ``<file>: <n> masalah:``.
"""

from __future__ import annotations

from paritrana.i18n.text import Text

# ---- the file ---------------------------------------------------------------------------

NOT_FOUND = Text("criteria.not-found", en="criteria file not found", id="berkas kriteria tidak ditemukan")
NOT_FOUND_NAMES = Text("criteria.not-found-names",
                       en="give the path of a YAML file, or the name of packaged criteria: {names:codelistor}",
                       id="tulis nama berkas YAML (beserta foldernya), atau nama kriteria bawaan: {names:codelistor}",
                       cli_en="give the path of a YAML file, or the name of packaged criteria "
                              "(`paritrana criteria list`): {names:codelistor}",
                       cli_id="tulis nama berkas YAML (beserta foldernya), atau nama kriteria bawaan "
                              "(`paritrana criteria list`): "
                              "{names:codelistor}")
IS_A_FOLDER = Text("criteria.is-a-folder", en="this is a folder, not a criteria file",
                   id="ini folder, bukan berkas kriteria")
NOT_A_REGULAR_FILE = Text("criteria.not-a-regular-file", en="not a regular file (a device or pipe?)",
                          id="bukan berkas biasa (perangkat atau pipe?)")
CHOOSE_A_YAML_FILE = Text("criteria.choose-a-yaml-file", en="choose a `.yaml` file",
                          id="pilih berkas `.yaml`")
CANNOT_READ = Text("criteria.cannot-read", en="cannot read the criteria file: {reason:q}",
                   id="berkas kriteria tidak dapat dibaca: {reason:q}")
NOT_UTF8 = Text("criteria.not-utf8", en="the criteria file is not UTF-8 text (byte {n:int})",
                id="berkas kriteria bukan teks UTF-8 (byte ke-{n:int})")
SAVE_AS_UTF8 = Text("criteria.save-as-utf8", en="save the file with the UTF-8 encoding",
                    id="simpan berkas dengan pengodean UTF-8")
TOO_LARGE = Text("criteria.too-large",
                 en="the criteria file is larger than {mb:int} MB (a criteria file is a few hundred lines)",
                 id="berkas kriteria lebih besar dari {mb:int} MB (berkas kriteria biasanya hanya beberapa "
                    "ratus baris)")
PACKAGED_CLOSE = Text("criteria.packaged-close", en="did you mean the packaged criteria {name:code}?",
                      id="apakah yang dimaksud kriteria bawaan {name:code}?")
NOT_PACKAGED = Text("criteria.not-packaged", en="no packaged criteria are called {name:q}",
                    id="tidak ada kriteria bawaan bernama {name:q}")
PACKAGED_NAMES = Text("criteria.packaged-names", en="choose one of {names:codelistor}",
                      id="pilih salah satu: {names:codelistor}")
LIST_CAPTION = Text("criteria.list-caption", en="use a name wherever criteria are asked for",
                    id="nama dapat dipakai di mana pun kriteria diminta",
                    cli_en="use with `--criteria NAME`; `paritrana criteria init NAME` saves an editable copy",
                    cli_id="gunakan dengan `--criteria NAMA`; `paritrana criteria init NAMA` menyimpan salinan "
                           "yang dapat diubah")
INIT_NOT_A_FOLDER = Text("criteria.init-not-a-folder", en="this is a file, not a folder",
                         id="ini berkas, bukan folder")
INIT_CHOOSE_FOLDER = Text("criteria.init-choose-folder", en="choose the folder to save {name:code} in",
                          id="pilih folder tempat menyimpan {name:code}")

# ---- YAML -------------------------------------------------------------------------------

INVALID_YAML = Text("yaml.invalid", en="invalid YAML: {problem:q}", id="YAML tidak valid: {problem:q}")
# what PyYAML's problem means, in words a reader can act on (anything else: INVALID_YAML)
YAML_COLON = Text("yaml.colon", en="invalid YAML: a colon and a space where no key can start",
                  id="YAML tidak valid: ada titik dua dan spasi di tempat yang bukan awal kunci")
QUOTE_COLON = Text("yaml.hint.colon", en='put a text that holds ": " in quotes ("...")',
                   id='apit teks yang memuat ": " dengan tanda kutip ("...")')
YAML_BRACKET = Text("yaml.bracket", en="invalid YAML: a list or mapping in brackets is not closed or lacks a comma",
                    id="YAML tidak valid: daftar atau pemetaan dalam kurung belum ditutup atau kurang tanda koma")
CLOSE_BRACKET = Text("yaml.hint.bracket", en="separate the items with commas and close the bracket",
                     id="pisahkan isinya dengan koma dan tutup kurungnya")
YAML_INDENT = Text("yaml.indent", en="invalid YAML: the indentation does not line up",
                   id="YAML tidak valid: indentasi tidak sejajar")
ALIGN_KEYS = Text("yaml.hint.indent", en="indent keys of one level by the same number of spaces",
                  id="beri indentasi yang sama untuk kunci yang setingkat")
YAML_QUOTE = Text("yaml.quote", en="invalid YAML: a quotation mark is not closed",
                  id="YAML tidak valid: tanda kutip belum ditutup")
CLOSE_QUOTE = Text("yaml.hint.quote", en="close the quotation mark", id="tutup tanda kutipnya")
YAML_START = Text("yaml.start", en="invalid YAML: a value cannot start with {char:q}",
                  id="YAML tidak valid: nilai tidak boleh diawali {char:q}")
QUOTE_VALUE = Text("yaml.hint.start", en='put the value in quotes ("...")',
                   id='apit nilainya dengan tanda kutip ("...")')
YAML_NO_COLON = Text("yaml.no-colon", en="invalid YAML: a line has no `:` after its key",
                     id="YAML tidak valid: ada baris tanpa `:` setelah kuncinya")
KEY_COLON_VALUE = Text("yaml.hint.no-colon", en="write `key: value`, or join the line to the one above",
                       id="tulis `kunci: nilai`, atau gabungkan baris itu dengan baris di atasnya")
YAML_TAB = Text("yaml.tab", en="invalid YAML: a tab where YAML needs spaces",
                id="YAML tidak valid: ada tab di tempat yang memerlukan spasi")
USE_SPACES = Text("yaml.use-spaces", en="indent with spaces; YAML does not accept tabs",
                  id="ganti tab dengan spasi; YAML tidak menerima tab untuk indentasi")
TOO_DEEP = Text("yaml.too-deep", en="the YAML is nested too deeply (more than {n:int} levels)",
                id="struktur YAML bersarang terlalu dalam (lebih dari {n:int} tingkat)")
ANCHORS = Text("yaml.anchors", en="YAML anchors and aliases (`&`, `*`) are not supported in criteria files",
               id="jangkar dan alias YAML (`&`, `*`) tidak didukung dalam berkas kriteria")
WRITE_OUT_IN_FULL = Text("yaml.write-out-in-full", en="write the repeated part out in full",
                         id="tulis ulang bagian yang berulang itu secara lengkap")
TAGS = Text("yaml.tags", en="YAML tags such as {tag:code} are not allowed in criteria files",
            id="tag YAML seperti {tag:code} tidak diizinkan dalam berkas kriteria")
MERGE_KEYS = Text("yaml.merge-keys", en="YAML merge keys (`<<`) are not supported in criteria files",
                  id="kunci gabungan YAML (`<<`) tidak didukung dalam berkas kriteria")
DUPLICATE_KEY = Text("yaml.duplicate-key", en="duplicate key {key:code} (first defined on line {first:int})",
                     id="kunci {key:code} muncul dua kali (pertama kali di baris {first:int})")
DUPLICATE_KEY_BARE = Text("yaml.duplicate-key-bare", en="duplicate key {key:code}",
                          id="kunci {key:code} muncul dua kali")
KEY_NOT_PLAIN = Text("yaml.key-not-plain", en="a key must be plain text or a number",
                     id="kunci harus berupa teks atau angka biasa")
UNSUPPORTED_VALUE = Text("yaml.unsupported-value", en="unsupported YAML value: {problem:q}",
                         id="nilai YAML tidak didukung: {problem:q}")

# ---- one problem, several problems ------------------------------------------------------

PROBLEM_AT = Text("criteria.problem-at", en="{path}: {problem} (line {line:int})",
                  id="{path}: {problem} (baris {line:int})")
PROBLEM_AT_PATH = Text("criteria.problem-at-path", en="{path}: {problem}", id="{path}: {problem}")
PROBLEM_AT_LINE = Text("criteria.problem-at-line", en="{problem} (line {line:int})", id="{problem} (baris {line:int})")
PROBLEMS = Text("criteria.problems", en="{n:int} problems:", id="{n:int} masalah:")
WITH_HINT = Text("criteria.with-hint", en="{problem}; {hint}", id="{problem}; {hint}")

# ---- keys and values (the models) --------------------------------------------------------

NOT_A_MAPPING = Text("criteria.not-a-mapping",
                     en="a criteria file must be a YAML mapping of keys (`title:`, `aspects:`, …)",
                     id="berkas kriteria harus berisi pasangan kunci dan nilai YAML (`title:`, `aspects:`, …)")
UNKNOWN_KEY = Text("criteria.unknown-key", en="unknown key {key:code}; did you mean {close:code}?",
                   id="kunci {key:code} tidak dikenal; apakah yang dimaksud {close:code}?")
UNKNOWN_KEY_ALLOWED = Text("criteria.unknown-key-allowed",
                           en="unknown key {key:code}; the keys allowed here are {allowed:codelist}",
                           id="kunci {key:code} tidak dikenal; kunci yang dikenal di sini: {allowed:codelist}")
REQUIRED_KEY = Text("criteria.required-key", en="required key {key:code} is missing",
                    id="kunci wajib {key:code} belum ada")
REQUIRED = Text("criteria.required", en="a value is required here", id="nilai wajib diisi di sini")
MUST_BE_GT = Text("criteria.must-be-gt", en="must be greater than {limit:num} (got {got:num})",
                  id="harus lebih besar dari {limit:num} (tertulis {got:num})")
MUST_BE_GE = Text("criteria.must-be-ge", en="must be {limit:num} or more (got {got:num})",
                  id="harus {limit:num} atau lebih (tertulis {got:num})")
NOT_ONE_OF = Text("criteria.not-one-of", en="{got:code} is not one of {options:codelistor}",
                  id="{got:code} bukan salah satu dari {options:codelistor}")
NOT_ONE_OF_CLOSE = Text("criteria.not-one-of-close",
                        en="{got:code} is not one of {options:codelistor}; did you mean {close:code}?",
                        id="{got:code} bukan salah satu dari {options:codelistor}; apakah yang dimaksud {close:code}?")
MUST_BE_TEXT = Text("criteria.must-be-text", en="must be text", id="harus berupa teks")
MUST_BE_NUMBER = Text("criteria.must-be-number", en="must be a number", id="harus berupa angka")
MUST_BE_INTEGER = Text("criteria.must-be-integer", en="must be a whole number", id="harus berupa bilangan bulat")
MUST_BE_BOOL = Text("criteria.must-be-bool", en="must be `true` or `false`", id="harus `true` atau `false`")
MUST_BE_MAPPING = Text("criteria.must-be-mapping", en="must be a mapping of keys (`key: value`)",
                       id="harus berupa pasangan kunci dan nilai (`kunci: nilai`)")
MUST_BE_LIST = Text("criteria.must-be-list", en="must be a list, e.g. `[a, b]`",
                    id="harus berupa daftar, misalnya `[a, b]`")
PAIR = Text("criteria.pair", en="must hold two numbers, e.g. `[1, 100]`",
            id="harus berisi dua angka, misalnya `[1, 100]`")
WRONG_COUNT = Text("criteria.wrong-count", en="must hold {n:int} values (got {got:int})",
                   id="harus berisi {n:int} nilai (tertulis {got:int})")
NOT_ACCEPTED = Text("criteria.not-accepted", en="value not accepted: {detail:q}",
                    id="nilai tidak dapat diterima: {detail:q}")

TARGET_NEEDS_GOALPOSTS = Text(
    "criteria.target-needs-goalposts",
    en="method `target` needs goalposts: `{{method: target, min: …, max: …}}`",
    id="metode `target` memerlukan batas bawah dan batas atas: `{{method: target, min: …, max: …}}`",
)
GOALPOSTS_ORDER = Text("criteria.goalposts-order",
                       en="the goalposts need `max` above `min` (got min {lo:num}, max {hi:num})",
                       id="batas atas `max` harus lebih besar dari batas bawah `min` (tertulis min {lo:num}, "
                          "max {hi:num})")
GOALPOSTS_ONLY_TARGET = Text("criteria.goalposts-only-target",
                             en="goalposts `min`/`max` only apply to method `target`, not {method:code}",
                             id="batas `min`/`max` hanya berlaku untuk metode `target`, bukan {method:code}")
RANGE_NOT_FOR = Text("criteria.range-not-for", en="`range` applies to {methods:codelist}, not {method:code}",
                     id="`range` hanya berlaku untuk {methods:codelist}, bukan {method:code}")
RANGE_ORDER = Text("criteria.range-order", en="`range: [lo, hi]` needs hi above lo (got [{lo:num}, {hi:num}])",
                   id="`range: [lo, hi]` memerlukan hi lebih besar dari lo (tertulis [{lo:num}, {hi:num}])")
NONE_CANNOT_MIRROR = Text("criteria.none-cannot-mirror",
                          en="`normalize: none` cannot mirror the scale; remove `better: lower`, or choose a method",
                          id="`normalize: none` tidak dapat membalik skala; hapus `better: lower`, atau pilih "
                             "metode lain")
ASPECT_NEEDS_INDICATOR = Text("criteria.aspect-needs-indicator", en="an aspect needs at least one indicator",
                              id="aspek memerlukan sedikitnya satu indikator")
ASPECTS_OR_INDICATORS = Text("criteria.aspects-or-indicators",
                             en="`aspects` and `indicators` cannot be used together; keep one of them",
                             id="`aspects` dan `indicators` tidak dapat dipakai bersamaan; pilih salah satu")
NEEDS_INDICATOR = Text("criteria.needs-indicator", en="the criteria need at least one indicator",
                       id="kriteria memerlukan sedikitnya satu indikator")
NEEDS_ASPECTS = Text("criteria.needs-aspects",
                     en="the criteria need `aspects` (or a flat `indicators` mapping)",
                     id="kriteria memerlukan `aspects` (atau `indicators` tanpa aspek)")
LABEL_FORM = Text("criteria.label-form",
                  en='must be text, or one text per language: `{{id: "…", en: "…"}}`',
                  id='harus berupa teks, atau teks per bahasa: `{{id: "…", en: "…"}}`')
LABEL_EMPTY = Text("criteria.label-empty", en='give the text in at least one language: `{{id: "…", en: "…"}}`',
                   id='isi teksnya dalam sedikitnya satu bahasa: `{{id: "…", en: "…"}}`')
LABEL_LANGUAGE = Text("criteria.label-language", en="unknown language {key:code}; did you mean {close:code}?",
                      id="kode bahasa {key:code} tidak dikenal; apakah yang dimaksud {close:code}?")
LABEL_LANGUAGE_ALLOWED = Text("criteria.label-language-allowed",
                              en="unknown language {key:code}; the languages are {allowed:codelist}",
                              id="kode bahasa {key:code} tidak dikenal; bahasa yang tersedia: {allowed:codelist}")
LABEL_TEXT = Text("criteria.label-text", en="the text for {key:code} must be text",
                  id="teks untuk bahasa {key:code} harus berupa teks")

# ---- the panel and the stages -------------------------------------------------------------

PANEL_NEEDS_CRITERION = Text("criteria.panel-needs-criterion",
                             en="the panel needs at least one interview criterion",
                             id="`panel:` memerlukan sedikitnya satu kriteria wawancara")
SCALE_ORDER = Text("criteria.scale-order", en="`scale: [min, max]` needs max above min (got [{lo:num}, {hi:num}])",
                   id="`scale: [min, max]` memerlukan max lebih besar dari min (tertulis [{lo:num}, {hi:num}])")
SHORTLIST_ONE_RULE = Text(
    "criteria.shortlist-one-rule",
    en="give the shortlist either as a number of candidates (`shortlist: 5`) or as a lowest desk score "
       "(`shortlist: {{min_score: 50}}`), not both",
    id="tentukan daftar nominasi dengan salah satu cara: jumlah kandidat (`shortlist: 5`) atau skor indikator "
       "terendah (`shortlist: {{min_score: 50}}`)",
)
STAGES_NEED_PANEL = Text(
    "criteria.stages-need-panel",
    en="the final stage needs a `panel:` section (the interview criteria and their scale); add one, "
       "e.g. `panel: {{scale: [0, 100], criteria: {{komitmen: 1}}}}`",
    id="tahap akhir memerlukan bagian `panel:` (kriteria wawancara dan skalanya); tambahkan bagian itu, "
       "misalnya `panel: {{scale: [0, 100], criteria: {{komitmen: 1}}}}`",
)
PANEL_NEEDS_STAGES = Text(
    "criteria.panel-needs-stages",
    en="a panel needs a `stages:` section saying who is interviewed and how the desk and interview scores "
       "combine; add one, e.g. `stages: {{shortlist: 5, final: {{desk: 60, panel: 40}}}}`",
    id="bagian `panel:` memerlukan bagian `stages:` yang menentukan siapa yang diwawancarai dan bagaimana skor "
       "indikator dan skor wawancara digabungkan; tambahkan bagian itu, misalnya "
       "`stages: {{shortlist: 5, final: {{desk: 60, panel: 40}}}}`",
)
PANEL_NAME_TWICE = Text("criteria.panel-name-twice",
                        en="{name:q} names both {first:code} and {second:code}; give each interview criterion "
                           "its own name",
                        id="{name:q} menamai {first:code} sekaligus {second:code}; beri setiap kriteria wawancara "
                           "nama sendiri")

# ---- checks that need the whole file --------------------------------------------------------

BAD_EXPRESSION = Text("criteria.bad-expression", en="bad expression {text:code}: {problem}",
                      id="ekspresi {text:code} tidak valid: {problem}")
DERIVED_NOT_A_NUMBER = Text("criteria.derived-not-a-number",
                            en="a derived value must be a number, not a comparison",
                            id="nilai turunan harus berupa angka, bukan perbandingan")
COLUMN_AND_DERIVED = Text("criteria.column-and-derived",
                          en="{name:code} is both a column and a derived value; rename one of them",
                          id="{name:code} dipakai sebagai nama kolom sekaligus nama nilai turunan; ganti salah "
                             "satu namanya")
CYCLE = Text("criteria.cycle", en="derived values refer to each other in a circle: {cycle:code}",
             id="nilai turunan saling merujuk secara melingkar: {cycle:code}")
INDICATOR_TWICE = Text("criteria.indicator-twice", en="indicator id {iid:code} is used in two aspects",
                       id="id indikator {iid:code} dipakai di dua aspek")
VALUE_NOT_A_NUMBER = Text("criteria.value-not-a-number",
                          en="an indicator value must be a number, not a comparison",
                          id="nilai indikator harus berupa angka, bukan perbandingan")
NAMES_CANDIDATES = Text("criteria.names-candidates",
                        en="{name:code} holds the names of candidates or groups, not numbers",
                        id="{name:code} berisi nama kandidat atau kelompok, bukan angka")
RULE_NOT_A_COMPARISON = Text("criteria.rule-not-a-comparison",
                             en="rule {rule:code} must be a comparison (e.g. `pekerja > 0`)",
                             id="syarat {rule:code} harus berupa perbandingan (misalnya `pekerja > 0`)")
TIEBREAK_NOT_INDICATOR = Text("criteria.tiebreak-not-indicator",
                              en="{name:code} is not an indicator; did you mean {close:code}?",
                              id="{name:code} bukan indikator; apakah yang dimaksud {close:code}?")
TIEBREAK_NOT_INDICATOR_LIST = Text("criteria.tiebreak-not-indicator-list",
                                   en="{name:code} is not an indicator; the indicators are {ids:codelist}",
                                   id="{name:code} bukan indikator; indikator yang ada: {ids:codelist}")
NOT_DECLARED = Text(
    "criteria.not-declared",
    en="{name:code} is neither a column declared under `columns:` nor a derived value; did you mean {close:code}?",
    id="{name:code} bukan kolom yang dideklarasikan di `columns:` maupun nilai turunan; apakah yang dimaksud "
       "{close:code}?",
)
NOT_DECLARED_ADD = Text(
    "criteria.not-declared-add",
    en="{name:code} is neither a column declared under `columns:` nor a derived value; add it under `columns:` "
       "with its headers",
    id="{name:code} bukan kolom yang dideklarasikan di `columns:` maupun nilai turunan; tambahkan kolom itu di "
       "bawah `columns:` beserta judul kolomnya",
)
NOT_A_NAME = Text("criteria.not-a-name", en="{name:code} is not a column or a derived value",
                  id="{name:code} bukan kolom ataupun nilai turunan")
MAX_BELOW_MIN = Text("criteria.max-below-min", en="`max` is below `min`", id="`max` lebih kecil daripada `min`")

# ---- criteria check: warnings and the summary ------------------------------------------------

WARNING = Text("criteria.warning", en="Warning: {text}", id="Peringatan: {text}")
UNDECLARED_NAME = Text(
    "criteria.undeclared-name",
    en="{name:code} is used in an expression but not declared under `columns:`; its header must be exactly {name:q}",
    id="{name:code} dipakai dalam ekspresi tetapi tidak dideklarasikan di `columns:`; judul kolomnya harus persis "
       "{name:q}",
)
UNDECLARED_NAME_CLOSE = Text(
    "criteria.undeclared-name-close",
    en="{name:code} is used in an expression but not declared under `columns:`; did you mean {close:code}?",
    id="{name:code} dipakai dalam ekspresi tetapi tidak dideklarasikan di `columns:`; apakah yang dimaksud "
       "{close:code}?",
)
COLUMN_NOT_DECLARED = Text(
    "criteria.column-not-declared",
    en="column {name:code} is not declared under `columns:`; its header must be exactly {name:q}",
    id="kolom {name:code} tidak dideklarasikan di `columns:`; judul kolomnya harus persis {name:q}",
)
COLUMN_UNUSED = Text("criteria.column-unused", en="column {name:code} is not used by any expression",
                     id="kolom {name:code} tidak dipakai oleh ekspresi mana pun")
DERIVED_UNUSED = Text("criteria.derived-unused", en="derived value {name:code} is not used",
                      id="nilai turunan {name:code} tidak dipakai")
DOMINANT = Text("criteria.dominant",
                en="indicator {iid:code} carries {percent:num1}% of the total score; it alone decides most of "
                   "the ranking",
                id="indikator {iid:code} menyumbang {percent:num1}% skor akhir; indikator ini sendiri menentukan "
                   "sebagian besar peringkat")
GEOMETRIC_ZERO = Text(
    "criteria.geometric-zero",
    en="geometric aggregation: indicator {iid:code} can score 0 or less ({method:code}), which stops the ranking; "
       "use `normalize: {{method: minmax, range: [1, 100]}}`",
    id="rata-rata geometrik: indikator {iid:code} dapat bernilai 0 atau kurang ({method:code}) sehingga "
       "pemeringkatan terhenti; gunakan `normalize: {{method: minmax, range: [1, 100]}}`",
)
DEFAULT_FILE = Text("criteria.default-file", en="{name} (default)", id="{name} (bawaan)")
PACKAGED_FILE = Text("criteria.packaged-file", en="{name} (packaged)", id="{name} (bawaan)")
CHECK_OK = Text("criteria.check-ok", en="OK: {file} ({aspects}, {indicators})",
                id="OK: {file} ({aspects}, {indicators})")
CHECK_OK_WARNINGS = Text("criteria.check-ok-warnings", en="OK: {file} ({aspects}, {indicators}; {warnings})",
                         id="OK: {file} ({aspects}, {indicators}; {warnings})")
# Indonesian nouns do not change after a number; English ones do (one text each for 1 and more).
ASPECTS = Text("criteria.n-aspects", en="{n:int} aspects", id="{n:int} aspek")
ASPECTS_ONE = Text("criteria.n-aspects-one", en="{n:int} aspect", id="{n:int} aspek")
INDICATORS = Text("criteria.n-indicators", en="{n:int} indicators", id="{n:int} indikator")
INDICATORS_ONE = Text("criteria.n-indicators-one", en="{n:int} indicator", id="{n:int} indikator")
WARNINGS = Text("criteria.n-warnings", en="{n:int} warnings", id="{n:int} peringatan")
WARNINGS_ONE = Text("criteria.n-warnings-one", en="{n:int} warning", id="{n:int} peringatan")
CHANGE_POINTS = Text("criteria.change-points", en="{name} ±{limit:num} percentage points",
                     id="{name} ±{limit:num} poin persentase")
CHANGE_UNIT = Text("criteria.change-unit", en="{name} ±{limit:num} {unit}", id="{name} ±{limit:num} {unit}")
CHANGE_BARE = Text("criteria.change-bare", en="{name} ±{limit:num}", id="{name} ±{limit:num}")

# ---- status bands (`bands:`) ------------------------------------------------------------------

BAND_TWO_CLASSES = Text("criteria.band-two-classes", en="give at least two classes",
                        id="tulis paling sedikit dua kelas")
BAND_CUTS_COUNT = Text("criteria.band-cuts-count",
                       en="{classes:int} classes need {n:int} cut-offs, one between each two (found {got:int})",
                       id="{classes:int} kelas memerlukan {n:int} batas, satu di antara setiap dua kelas (tertulis "
                          "{got:int})")
BAND_CUTS_ORDER = Text("criteria.band-cuts-order", en="the cut-offs must increase, from the lowest class up",
                       id="batas harus naik, mulai dari kelas terendah")
BAND_CLASS_TWICE = Text("criteria.band-class-twice", en="the class {names:qlist} is named twice",
                        id="kelas {names:qlist} ditulis dua kali")
BAND_TARGET = Text("criteria.band-target", en="{name:code} is neither `score` nor an indicator ({ids:codelist})",
                   id="{name:code} bukan `score` dan bukan indikator ({ids:codelist})")
BAND_TARGET_CLOSE = Text("criteria.band-target-close",
                         en="{name:code} is neither `score` nor an indicator; did you mean {close:code}?",
                         id="{name:code} bukan `score` dan bukan indikator; apakah yang dimaksud {close:code}?")
BAND_SCORE_AMBIGUOUS = Text("criteria.band-score-ambiguous",
                            en="`score` bands the score, but an indicator is also called `score`; rename the indicator",
                            id="`score` berarti skor, padahal ada indikator yang juga bernama `score`; ganti nama "
                               "indikator itu")
