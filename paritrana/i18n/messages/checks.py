"""Messages of the data checks (``paritrana.checks``): candidates across years, empty cells,
coverage above 100 %, implausible changes, and the default hint of every issue code."""

from __future__ import annotations

from paritrana.i18n.text import Text

SAME_FILE = Text("checks.same-file", en="same file", id="berkas yang sama")
THE_BASELINE = Text("checks.the-baseline", en="the baseline", id="pembanding")
THE_ASSESSED = Text("checks.the-assessed", en="the assessed data", id="yang dinilai")

MISSING_BASELINE = Text(
    "checks.missing-baseline",
    en="{name:q} is missing from the baseline year {year} ({source}), needed by {users:codelist}",
    id="{name:q} tidak ada di tahun pembanding {year} ({source}), padahal diperlukan oleh indikator {users:codelist}",
)
MISSING_BASELINE_NO_YEAR = Text(
    "checks.missing-baseline-no-year",
    en="{name:q} is missing from the baseline ({source}), needed by {users:codelist}",
    id="{name:q} tidak ada di data pembanding ({source}), padahal diperlukan oleh indikator {users:codelist}",
)
NOT_IN_BASELINE_YEAR = Text("checks.not-in-baseline", en="{name:q} is missing from the baseline year {year}",
                            id="{name:q} tidak ada di tahun pembanding {year}")
NOT_IN_BASELINE = Text("checks.not-in-baseline-no-year", en="{name:q} is missing from the baseline",
                       id="{name:q} tidak ada di data pembanding")
CLOSEST_NAMES = Text("checks.closest", en="closest names in {year}: {names:qlist}",
                     id="nama yang paling mirip di {year}: {names:qlist}")
CLOSEST_NAMES_BASELINE = Text("checks.closest-baseline", en="closest names in the baseline: {names:qlist}",
                              id="nama yang paling mirip di data pembanding: {names:qlist}")
ADD_TO_BASELINE = Text(
    "checks.hint.missing-baseline",
    en="add the candidate to the previous year's sheet, or correct the spelling of its name",
    id="tambahkan kandidat ini ke lembar tahun sebelumnya, atau perbaiki ejaan namanya",
)
ONLY_IN_BASELINE = Text("checks.only-in-baseline", en="{name:q} is in {base} but not in {year}",
                        id="{name:q} ada di data {base}, tetapi tidak ada di data {year}")
RENAMED_OR_LEFT_OUT = Text(
    "checks.hint.only-in-baseline",
    en="check whether the candidate was renamed or left out of the assessed year",
    id="periksa apakah nama kandidat ini berubah atau terlewat di tahun yang dinilai",
)
COVERAGE_ABOVE_100 = Text(
    "checks.coverage",
    en="coverage of {name} is {pct:num2}% (peserta {peserta:int} > pekerja {pekerja:int})",
    id="cakupan kepesertaan {name} {pct:num2}% (peserta {peserta:int} > pekerja {pekerja:int})",
)
CHECK_BOTH_FIGURES = Text(
    "checks.hint.coverage",
    en="check both figures; the candidate fails `peserta <= pekerja` if the criteria require it",
    id="periksa kedua angka itu; kandidat tidak memenuhi syarat `peserta <= pekerja` bila kriteria mensyaratkannya",
)
CHANGE_POINTS = Text(
    "checks.change-points",
    en="{what} of {name} changed by {delta:signed} percentage points from {base} ({before:num2} → {now:num2}), "
       "more than the plausible {limit:num} percentage points",
    id="{what} {name} berubah {delta:signed} poin persentase dari {base} ({before:num2} → {now:num2}), melebihi "
       "batas wajar {limit:num} poin persentase",
)
CHANGE = Text(
    "checks.change",
    en="{what} of {name} changed by {delta:signed} from {base} ({before:num2} → {now:num2}), more than the "
       "plausible {limit:num}",
    id="{what} {name} berubah {delta:signed} dari {base} ({before:num2} → {now:num2}), melebihi batas wajar "
       "{limit:num}",
)
CHECK_BOTH_YEARS = Text("checks.hint.change", en="check both years' figures", id="periksa angka kedua tahun itu")

EMPTY_NEEDED = Text(
    "checks.empty-needed",
    en="{column:code} of {name} is empty (needed by indicator {users:codelist})",
    id="nilai {column:code} untuk {name} kosong (diperlukan oleh indikator {users:codelist})",
)
EMPTY_NEEDED_BEFORE = Text(
    "checks.empty-needed-before",
    en="{column:code} of {name} in {year} is empty (needed by indicator {users:codelist} through `previous()`)",
    id="nilai {column:code} untuk {name} di tahun {year} kosong (diperlukan oleh indikator {users:codelist} "
       "melalui `previous()`)",
)
FILL_OR_SET_MISSING = Text(
    "checks.hint.empty-needed",
    en="fill in the value, or set `missing:` on the indicator to `zero`, `mean` or `exclude`",
    id="isi nilainya, atau atur `missing:` pada indikator itu menjadi `zero`, `mean`, atau `exclude`",
)
EMPTY = Text("checks.empty", en="{column:code} of {name} is empty; {effects:list}",
             id="nilai {column:code} untuk {name} kosong; {effects:list}")
EMPTY_BEFORE = Text("checks.empty-before", en="{column:code} of {name} in {year} is empty; {effects:list}",
                    id="nilai {column:code} untuk {name} di tahun {year} kosong; {effects:list}")
EFFECT_ZERO = Text("checks.effect.zero", en="indicator {iid:code} counts it as 0",
                   id="indikator {iid:code} menghitungnya sebagai 0")
EFFECT_MEAN = Text("checks.effect.mean", en="indicator {iid:code} uses the group mean",
                   id="indikator {iid:code} memakai rata-rata kelompok")
EFFECT_EXCLUDE = Text("checks.effect.exclude", en="indicator {iid:code} leaves the candidate out of the ranking",
                      id="indikator {iid:code} mengeluarkan kandidat ini dari pemeringkatan")
EFFECT_ELIGIBILITY = Text("checks.effect.eligibility", en="the candidate fails the eligibility rules that use it",
                          id="kandidat tidak memenuhi syarat kelayakan yang memakainya")
BASELINE_GAP = Text("checks.baseline-gap",
                    en="the baseline year is {base}, not the year before {year}: changes such as `previous()` "
                       "growth span {gap:int} years",
                    id="tahun pembanding {base}, bukan tahun sebelum {year}: perubahan seperti pertumbuhan "
                       "dengan `previous()` mencakup {gap:int} tahun")
ADD_YEAR_BEFORE = Text("checks.hint.baseline-gap", en="add the sheet of {missing} if the data exist",
                       id="tambahkan lembar {missing} bila datanya ada")
NOT_COMPUTABLE = Text("checks.not-computable",
                      en="indicator {iid:code} cannot be computed for {name} from its figures (a division by zero, "
                         "for instance); {effect}",
                      id="indikator {iid:code} untuk {name} tidak dapat dihitung dari angkanya (misalnya pembagian "
                         "dengan nol); {effect}")
CHECK_FIGURES = Text("checks.hint.not-computable", en="check this candidate's figures",
                     id="periksa angka kandidat ini")
FILL_IF_KNOWN = Text("checks.hint.empty", en="fill in the value if it is known", id="isi nilainya bila diketahui")

# ---- the default hint of each issue code (when the issue brings none) -----------------------------

HINT_NOT_A_NUMBER = Text("checks.hint.not-a-number", en="type a plain number, without units",
                         id="ketik angkanya saja, tanpa satuan")
HINT_OUT_OF_BOUNDS = Text(
    "checks.hint.out-of-bounds",
    en="correct the value, or change the column's `min`/`max` under `columns:` in the criteria",
    id="perbaiki nilainya, atau ubah `min`/`max` kolom itu di bawah `columns:` dalam berkas kriteria",
)
HINT_NOT_INTEGER = Text("checks.hint.not-integer", en="enter a whole number", id="isi dengan bilangan bulat")
HINT_BAD_YEAR = Text("checks.hint.bad-year", en="type the year as four digits (e.g. 2024)",
                     id="ketik tahunnya dengan empat angka (misalnya 2024)")
HINT_MISSING_GROUP = Text("checks.hint.missing-group", en="fill in the group of the candidate",
                          id="isi kelompok kandidat ini")
HINT_UNUSED_COLUMN = Text("checks.hint.unused-column", en="nothing to do; delete the column or use it in the criteria",
                          id="tidak perlu tindakan; hapus kolom ini atau gunakan dalam berkas kriteria")
HINT_PERIOD = Text(
    "checks.hint.period",
    en="check the years in the sheet names, or choose the assessed year or a baseline workbook",
    id="periksa tahun pada nama lembar, atau pilih tahun yang dinilai atau buku kerja pembanding",
    cli_en="check the years in the sheet names, or pass --year or --baseline",
    cli_id="periksa tahun pada nama lembar, atau gunakan `--year` atau `--baseline`",
)
HINT_SCORING = Text("checks.hint.scoring", en="check the values of that candidate and the indicator's expression",
                    id="periksa nilai kandidat itu dan ekspresi indikatornya dalam berkas kriteria")
