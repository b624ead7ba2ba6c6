"""Messages of the core: expressions (parsing and evaluating), scoring, and choosing a group.

Positions in expressions count characters from 0, as ``ExpressionError.position`` does.
"""

from __future__ import annotations

from paritrana.i18n.text import Text

# ---- expressions: parsing ---------------------------------------------------------------

NOT_TEXT = Text("expr.not-text", en="an expression must be text, not {kind:code}",
                id="ekspresi harus berupa teks, bukan {kind:code}")
EMPTY = Text("expr.empty", en="empty expression", id="ekspresi kosong")
TOO_LONG = Text("expr.too-long", en="expression is too long ({n:int} characters; the limit is {limit:int})",
                id="ekspresi terlalu panjang ({n:int} karakter; batasnya {limit:int})")
TOO_DEEP = Text("expr.too-deep", en="expression is nested too deeply (more than {n:int} levels)",
                id="ekspresi bersarang terlalu dalam (lebih dari {n:int} tingkat)")
WITH_HINT = Text("expr.with-hint", en="{problem}; {hint}", id="{problem}; {hint}")

UNEXPECTED_CHARACTER = Text("expr.unexpected-character", en="unexpected character {char:code} at position {pos:int}",
                            id="karakter {char:code} di posisi {pos:int} tidak dikenal")
INVALID_NUMBER = Text("expr.invalid-number", en="invalid number {text:code} at position {pos:int}",
                      id="angka {text:code} di posisi {pos:int} tidak valid")
WORD_NOT_SUPPORTED = Text("expr.word-not-supported", en="{word:code} is not supported in expressions",
                          id="{word:code} tidak dapat dipakai dalam ekspresi")
FLOOR_DIVISION = Text("expr.floor-division", en="`//` (floor division) is not supported; use `/`",
                      id="`//` (pembagian bulat) tidak didukung; gunakan `/`")
SINGLE_EQUALS = Text("expr.single-equals", en="`=` is not an operator; did you mean `==`?",
                     id="`=` bukan operator; apakah yang dimaksud `==`?")
STRINGS = Text("expr.strings", en="text in quotes is not supported in expressions",
               id="teks dalam tanda petik tidak dapat dipakai dalam ekspresi")
ATTRIBUTE = Text("expr.attribute", en="attribute access (`.`) is not supported",
                  id="akses atribut (`.`) tidak didukung")
INDEXING = Text("expr.indexing", en="indexing ({char:code}) is not supported",
                id="pengindeksan ({char:code}) tidak didukung")
NOT_AN_OPERATOR = Text("expr.not-an-operator", en="{char:code} is not an operator; use {use:code}",
                       id="{char:code} bukan operator; gunakan {use:code}")
POWER = Text("expr.power", en="`^` is not an operator; use `**` for powers",
             id="`^` bukan operator; gunakan `**` untuk pangkat")
NOT_SUPPORTED = Text("expr.not-supported", en="{char:code} is not supported", id="{char:code} tidak didukung")

UNEXPECTED_END = Text("expr.unexpected-end", en="unexpected end of expression", id="ekspresi berakhir sebelum lengkap")
UNEXPECTED = Text("expr.unexpected", en="unexpected {token} at position {pos:int}",
                  id="{token} di posisi {pos:int} tidak diharapkan")
TOKEN_NUMBER = Text("expr.token-number", en="number {text:code}", id="angka {text:code}")
TOKEN_NAME = Text("expr.token-name", en="name {text:code}", id="nama {text:code}")
TOKEN_SYMBOL = Text("expr.token-symbol", en="{text:code}", id="{text:code}")
LOWER_CASE_KEYWORDS = Text("expr.lower-case-keywords", en="keywords are lower-case ({word:code})",
                           id="kata kunci ditulis dengan huruf kecil ({word:code})")
NOT_IN_PARENTHESES = Text("expr.not-in-parentheses", en="put `not …` in parentheses",
                          id="letakkan `not …` di dalam tanda kurung")
MISSING_CLOSE = Text("expr.missing-close", en="missing `)` for the `(` at position {pos:int}",
                     id="tanda `)` untuk `(` di posisi {pos:int} belum ada")
EXPECTED_COMMA = Text("expr.expected-comma", en="expected `,` or `)` in the call of {func:code} at position {pos:int}",
                      id="seharusnya `,` atau `)` dalam pemanggilan {func:code} di posisi {pos:int}")
CHAINED = Text("expr.chained",
               en="comparisons cannot be chained ({op:code} at position {pos:int}); combine them with `and`, "
                  "e.g. `a < b and b < c`",
               id="perbandingan tidak dapat dirangkai ({op:code} di posisi {pos:int}); gabungkan dengan `and`, "
                  "misalnya `a < b and b < c`")
FUNCTION_NOT_CALLED = Text("expr.function-not-called",
                           en="{name:code} is a function; call it with parentheses, e.g. {call:code}",
                           id="{name:code} adalah fungsi; tulis dengan tanda kurung, misalnya {call:code}")
UNKNOWN_FUNCTION = Text("expr.unknown-function", en="unknown function {name:code} (allowed: {allowed:codelist})",
                        id="fungsi {name:code} tidak dikenal (fungsi yang tersedia: {allowed:codelist})")
UNKNOWN_FUNCTION_CLOSE = Text("expr.unknown-function-close",
                              en="unknown function {name:code}; did you mean {close:code}?",
                              id="fungsi {name:code} tidak dikenal; apakah yang dimaksud {close:code}?")
PREVIOUS_NESTED = Text("expr.previous-nested",
                       en="`previous()` cannot be nested: `previous(previous(…))` is not supported",
                       id="`previous()` tidak dapat bersarang: `previous(previous(…))` tidak didukung")
ONE_ARGUMENT = Text("expr.one-argument", en="{func:code} takes exactly one argument ({n:int} given)",
                    id="{func:code} memerlukan tepat satu argumen (tertulis {n:int})")
EXACTLY_TWO_ARGUMENTS = Text("expr.exactly-two-arguments", en="{func:code} takes exactly two arguments ({n:int} given)",
                             id="{func:code} memerlukan tepat dua argumen (tertulis {n:int})")
PREVIOUS_IN_GAP_CLOSED = Text("expr.previous-in-gap-closed",
                              en="`gap_closed(x, target)` reads `previous(x)` itself: write `x` without `previous()`",
                              id="`gap_closed(x, target)` sudah membaca `previous(x)` sendiri: tulis `x` tanpa "
                                 "`previous()`")
TWO_ARGUMENTS = Text("expr.two-arguments", en="{func:code} needs at least two arguments ({n:int} given)",
                     id="{func:code} memerlukan sedikitnya dua argumen (tertulis {n:int})")

# ---- expressions: evaluating ------------------------------------------------------------

NAME = Text("expr.name", en="{name:code}", id="{name:code}")
NAME_PREVIOUS = Text("expr.name-previous", en="{name:code} in the previous-year data",
                     id="{name:code} pada data tahun sebelumnya")
UNKNOWN_NAME = Text("expr.unknown-name", en="unknown name {name}", id="nama {name} tidak dikenal")
DID_YOU_MEAN = Text("expr.did-you-mean", en="did you mean {close:code}?", id="apakah yang dimaksud {close:code}?")
NOT_NUMBERS = Text("expr.not-numbers", en="name {name} does not hold numbers", id="nama {name} tidak berisi angka")
WRONG_SIZE = Text("expr.wrong-size", en="name {name} has {size}; expected {n:int} values",
                  id="nama {name} berisi {size}, padahal seharusnya {n:int} nilai")
SIZE_TABLE = Text("expr.size-table", en="a table", id="sebuah tabel")
SIZE_VALUES = Text("expr.size-values", en="{n:int} values", id="{n:int} nilai")
NEEDS_BASELINE = Text("expr.needs-baseline", en="`previous()` needs a baseline year: no previous-year data was given",
                      id="`previous()` memerlukan tahun pembanding, tetapi data tahun sebelumnya tidak ada")
IN_DERIVED = Text("expr.in-derived", en="derived value {name:code}: {problem}",
                  id="nilai turunan {name:code}: {problem}")
IN_ELIGIBILITY = Text("expr.in-eligibility", en="eligibility rule {rule:code}: {problem}",
                      id="syarat kelayakan {rule:code}: {problem}")
IN_INDICATOR = Text("expr.in-indicator", en="indicator {iid:code}: {problem}", id="indikator {iid:code}: {problem}")

# ---- scoring ----------------------------------------------------------------------------

VALUE_EMPTY = Text("score.value-empty", en="{column:code} of {name} is empty (needed by indicator {iid:code})",
                   id="nilai {column:code} untuk {name} kosong (diperlukan oleh indikator {iid:code})")
FILL_IN_OR_POLICY = Text("score.fill-in-or-policy",
                         en="fill in the value, or set `missing:` on the indicator to `zero`, `mean` or `exclude`",
                         id="isi nilainya, atau atur `missing:` pada indikator itu menjadi `zero`, `mean`, atau "
                            "`exclude`")
EXCLUDED = Text("score.excluded", en="indicator {iid:code} has no value (`missing: exclude`)",
                id="indikator {iid:code} tidak bernilai (`missing: exclude`)")
NO_VALUE_NOT_IN_BASELINE = Text("score.no-value-not-in-baseline",
                                en="indicator {iid:code} has no value for {name}: the candidate is missing from the "
                                   "baseline year {year}",
                                id="indikator {iid:code} tidak bernilai untuk {name}: kandidat ini tidak ada di "
                                   "tahun pembanding {year}")
NO_VALUE_NO_BASELINE = Text("score.no-value-no-baseline",
                            en="indicator {iid:code} has no value for {name}: the candidate is missing from the "
                               "baseline year",
                            id="indikator {iid:code} tidak bernilai untuk {name}: kandidat ini tidak ada di tahun "
                               "pembanding")
NO_VALUE = Text("score.no-value",
                en="indicator {iid:code} has no value for {name}: the expression gives none (division by zero, the "
                   "log of a value ≤ 0, or an empty baseline value)",
                id="indikator {iid:code} tidak bernilai untuk {name}: ekspresinya tidak menghasilkan nilai "
                   "(pembagian dengan nol, log dari nilai ≤ 0, atau nilai tahun pembanding yang kosong)")
FIX_OR_POLICY = Text("score.fix-or-policy",
                     en="fix the data, or set `missing:` on the indicator to `zero`, `mean` or `exclude`",
                     id="perbaiki datanya, atau atur `missing:` pada indikator itu menjadi `zero`, `mean`, atau "
                        "`exclude`")
NEGATIVE = Text("score.negative",
                en="indicator {iid:code} is negative for {name} ({value:num}); method {method:code} needs values ≥ 0",
                id="indikator {iid:code} bernilai negatif untuk {name} ({value:num}), padahal metode {method:code} "
                   "memerlukan nilai ≥ 0")
USE_MINMAX_OR_ZSCORE = Text("score.use-minmax-or-zscore",
                            en="use `minmax` or `zscore` for an indicator that can be negative",
                            id="gunakan `minmax` atau `zscore` untuk indikator yang dapat bernilai negatif")
TOO_FAR_APART = Text("score.too-far-apart",
                     en="indicator {iid:code} cannot be normalised for {name}: the values are too far apart to "
                        "compute with",
                     id="indikator {iid:code} tidak dapat dinormalisasi untuk {name}: selisih nilainya terlalu besar "
                        "untuk dihitung")
CHECK_MAGNITUDE = Text("score.check-magnitude", en="check the magnitude of the values in the data",
                       id="periksa besaran nilai di data")
GEOMETRIC_NOT_POSITIVE = Text("score.geometric-not-positive",
                              en="geometric aggregation needs values > 0, but {name} has {value:num} on indicator "
                                 "{iid:code}",
                              id="rata-rata geometrik memerlukan nilai > 0, tetapi nilai {name} pada indikator "
                                 "{iid:code} adalah {value:num}")
RANGE_ABOVE_ZERO = Text("score.range-above-zero",
                        en="give {iid:code} a range that starts above 0, e.g. "
                           "`normalize: {{method: minmax, range: [1, 100]}}`",
                        id="beri {iid:code} rentang yang dimulai di atas 0, misalnya "
                           "`normalize: {{method: minmax, range: [1, 100]}}`")

# ---- choosing a group -------------------------------------------------------------------

GROUP_NEEDS_GROUP_BY = Text(
    "usage.group-needs-group-by",
    en="a group can only be chosen under criteria with `group_by`; these criteria rank one pool",
    id="kelompok hanya dapat dipilih dengan kriteria yang memakai `group_by`; kriteria ini memeringkat semua "
       "kandidat bersama",
    cli_en="`--group` needs criteria with `group_by`; these criteria rank one pool",
    cli_id="`--group` memerlukan kriteria yang memakai `group_by`; kriteria ini memeringkat semua kandidat bersama",
)
NO_SUCH_GROUP = Text("usage.no-such-group", en="no group {group:q} in the results",
                     id="kelompok {group:q} tidak ada dalam hasil",
                     cli_en="no group {group:q} in the results (`--group`)",
                     cli_id="kelompok {group:q} tidak ada dalam hasil (`--group`)")
GROUP_DID_YOU_MEAN = Text("usage.group-did-you-mean", en="did you mean {names:qlistor}?",
                          id="apakah yang dimaksud {names:qlistor}?")
GROUPS_KNOWN = Text("usage.groups-known", en="the groups are {groups:qlist}", id="kelompok yang ada: {groups:qlist}")
