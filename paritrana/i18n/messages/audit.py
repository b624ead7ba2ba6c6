"""Messages of the audit trail: the what-if Excel report (its notes, the podium words, the
published-weights check), the audit record, and ``paritrana verify``."""

from __future__ import annotations

from paritrana.i18n.text import Text

# ---- the Ranking sheet ------------------------------------------------------------------------
PLACE_1 = Text("xlsx.place-1", en="1st place", id="Juara I")
PLACE_2 = Text("xlsx.place-2", en="2nd place", id="Juara II")
PLACE_3 = Text("xlsx.place-3", en="3rd place", id="Juara III")
TIE = Text("xlsx.tie", en="tie", id="seri")
NOT_SCORED_BY_JURY = Text("xlsx.not-scored-by-jury", en="shortlisted, no jury scores",
                          id="masuk nominasi, belum dinilai juri")
WHAT_IF = Text(
    "xlsx.what-if",
    en="Try another weight or goalpost on the {sheet:q} sheet: every score, rank, the podium and the final stage are "
       "recalculated the way paritrana would, with that value.",
    id="Bobot dan batas di lembar {sheet:q} dapat dicoba diubah: semua skor, peringkat, juara, dan tahap akhir "
       "dihitung ulang seperti pemeringkatan paritrana dengan nilai itu.",
)
RANKING_NOTE = Text(
    "xlsx.ranking-note",
    en="Score = sum of the contributions (global weight × normalised value, {sheet:q} sheet); each raw value there is "
       "a formula over the {data:q} sheet; ranks, ties and the podium are formulas too.",
    id="Skor = jumlah kontribusi (bobot global × nilai ternormalisasi, lembar {sheet:q}); setiap nilai mentah di sana "
       "adalah rumus dari lembar {data:q}; peringkat, seri, dan juara juga rumus.",
)
RANKING_NOTE_GEOMETRIC = Text(
    "xlsx.ranking-note-geometric",
    en="Score = weighted geometric mean of the normalised values ({sheet:q} sheet; no additive contributions); each "
       "raw value there is a formula over the {data:q} sheet; ranks, ties and the podium are formulas too.",
    id="Skor = rata-rata geometrik tertimbang dari nilai ternormalisasi (lembar {sheet:q}; tanpa kontribusi aditif); "
       "setiap nilai mentah di sana adalah rumus dari lembar {data:q}; peringkat, seri, dan juara juga rumus.",
)
RANKING_NOTE_STAGED = Text(
    "xlsx.ranking-note-staged",
    en="Desk score = sum of the contributions (global weight × normalised value, {sheet:q} sheet); each raw value "
       "there is a formula over the {data:q} sheet; ranks, the shortlist, ties and the podium are formulas too.",
    id="Skor indikator = jumlah kontribusi (bobot global × nilai ternormalisasi, lembar {sheet:q}); setiap nilai "
       "mentah di sana adalah rumus dari lembar {data:q}; peringkat, daftar nominasi, seri, dan juara juga rumus.",
)
WEIGHTS_CHANGED = Text("xlsx.weights-changed", en="weights changed from those published",
                       id="bobot diubah dari yang diterbitkan")
WEIGHTS_AS_PUBLISHED = Text("xlsx.weights-as-published", en="weights as published", id="bobot sesuai yang diterbitkan")
WEIGHTS_CHANGED_BANNER = Text("xlsx.weights-changed-banner",
                              en="⚠ weights changed from those published: this is not the published ranking "
                                 "(see the {sheet:q} sheet)",
                              id="⚠ bobot diubah dari yang diterbitkan: ini bukan peringkat yang diterbitkan "
                                 "(lihat lembar {sheet:q})")

PRINT_TOP = Text("xlsx.print-top",
                 en="Printed: the first {n:int} rows of each table sheet; every row is in the file.",
                 id="Yang dicetak: {n:int} baris pertama setiap lembar tabel; semua baris ada di berkas ini.")

# ---- the Breakdown sheet ----------------------------------------------------------------------
SOURCE = Text("xlsx.source", en="Source (Data)", id="Sumber (Data)")
COMPUTED = Text("xlsx.computed", en="Value from the data", id="Nilai dari data")
BREAKDOWN_NOTE = Text(
    "xlsx.breakdown-note",
    en="Raw value: a formula over the {data:q} sheet (the Source column gives its cells); normalised values and "
       "contributions: formulas over the raw values; min/max over the eligible candidates of the same group.",
    id="Nilai mentah: rumus dari lembar {data:q} (kolom Sumber menunjukkan selnya); nilai ternormalisasi dan "
       "kontribusi: rumus dari nilai mentah; min/maks dihitung dari kandidat yang memenuhi syarat dalam kelompok "
       "yang sama.",
)
BREAKDOWN_NOTE_GEOMETRIC = Text(
    "xlsx.breakdown-note-geometric",
    en="Raw value: a formula over the {data:q} sheet (the Source column gives its cells); normalised values: "
       "formulas over the raw values; geometric aggregation has no additive contributions.",
    id="Nilai mentah: rumus dari lembar {data:q} (kolom Sumber menunjukkan selnya); nilai ternormalisasi: rumus dari "
       "nilai mentah; agregasi geometrik tidak memiliki kontribusi aditif.",
)

# ---- the Criteria sheet -----------------------------------------------------------------------
LOW_GOALPOST = Text("xlsx.low-goalpost", en="Lower goalpost", id="Batas bawah")
HIGH_GOALPOST = Text("xlsx.high-goalpost", en="Upper goalpost", id="Batas atas")

# ---- the Audit sheet --------------------------------------------------------------------------
BUILD = Text("audit.build", en="Build", id="Versi build")
LIBRARIES = Text("audit.libraries", en="Libraries", id="Pustaka")
WORKING_FOLDER = Text("audit.working-folder", en="Working folder", id="Folder kerja")
INPUTS = Text("audit.inputs", en="Input files", id="Berkas masukan")
ROLE = Text("audit.role", en="Role", id="Peran")
PATH_GIVEN = Text("audit.path-given", en="Path as given", id="Lokasi berkas seperti ditulis")
PATH_ABSOLUTE = Text("audit.path-absolute", en="Absolute path", id="Lokasi lengkap")
SIZE = Text("audit.size", en="Size (bytes)", id="Ukuran (bita)")
ROLE_DATA = Text("audit.role-data", en="data", id="data")
ROLE_BASELINE = Text("audit.role-baseline", en="baseline", id="pembanding")
ROLE_CRITERIA = Text("audit.role-criteria", en="criteria", id="kriteria")
ROLE_PANEL = Text("audit.role-panel", en="jury scores", id="nilai juri")
ROLE_CONFLICTS = Text("audit.role-conflicts", en="conflicts of interest", id="konflik kepentingan")
ROLE_PREVIOUS = Text("audit.role-previous", en="previous result", id="hasil sebelumnya")
OPTIONS = Text("audit.options", en="Options", id="Opsi")
SENSITIVITY = Text("audit.sensitivity", en="Sensitivity analysis", id="Analisis sensitivitas")
SENSITIVITY_SETTINGS = Text("audit.sensitivity-settings", en="{runs:int} runs, seed {seed}, weights ±{pct:num}%",
                            id="{runs:int} simulasi, angka acak awal {seed}, bobot ±{pct:num}%")
NO_SENSITIVITY = Text("audit.no-sensitivity", en="not in this report", id="tidak ada dalam laporan ini")
PUBLISHED = Text("audit.published", en="Weights and goalposts as published", id="Bobot dan batas yang diterbitkan")
WHAT = Text("audit.what", en="What", id="Yang diatur")
CELL = Text("audit.cell", en="Cell", id="Sel")
AS_PUBLISHED = Text("audit.as-published", en="As published", id="Diterbitkan")
NOW = Text("audit.now", en="In this workbook", id="Di buku kerja ini")
RECORD = Text("audit.record", en="Audit record (JSON, read by `paritrana verify`)",
              id="Catatan audit (JSON, dibaca oleh `paritrana verify`)")

# ---- paritrana verify -------------------------------------------------------------------------
RECORD_MALFORMED = Text("verify.record-malformed", en="the audit record is malformed or was altered ({problem})",
                        id="catatan audit rusak atau telah diubah ({problem})")
RECORD_MALFORMED_HINT = Text("verify.record-malformed-hint",
                             en="verify the report as paritrana wrote it, or make it again from its inputs",
                             id="periksa laporan seperti yang dibuat paritrana, atau buat ulang dari berkas masukannya")
NO_RECORD = Text("verify.no-record", en="the report holds no audit record",
                 id="laporan tidak memuat catatan audit")
NO_RECORD_HINT = Text("verify.no-record-hint",
                      en="only reports written by this version of paritrana (Excel, or JSON saved to a file) can be "
                         "verified; make the report again",
                      id="hanya laporan yang dibuat paritrana versi ini (Excel, atau JSON yang disimpan ke berkas) "
                         "yang dapat diverifikasi; buat ulang laporannya",
                      cli_en="only reports written by this version of paritrana with `--output` (.xlsx or .json) can "
                             "be verified; make the report again",
                      cli_id="hanya laporan yang dibuat paritrana versi ini dengan `--output` (.xlsx atau .json) yang "
                             "dapat diverifikasi; buat ulang laporannya")
NOT_A_REPORT = Text("verify.not-a-report", en="not a paritrana report (an .xlsx workbook or a .json file)",
                    id="bukan laporan paritrana (buku kerja .xlsx atau berkas .json)")
UNREADABLE_REPORT = Text("verify.unreadable-report", en="the report cannot be read ({reason})",
                         id="laporan tidak dapat dibaca ({reason})")
JSON_BROKEN = Text("verify.json-broken",
                   en="the report cannot be read: its JSON is broken at line {line}, column {column}",
                   id="laporan tidak dapat dibaca: JSON-nya rusak di baris {line}, kolom {column}")
NOT_UTF8 = Text("verify.not-utf8", en="the report cannot be read: it is not UTF-8 text",
                id="laporan tidak dapat dibaca: isinya bukan teks UTF-8")
RECORD_DISAGREES = Text("verify.record-disagrees",
                        en="the audit record does not match the report it is in ({what})",
                        id="catatan audit tidak sesuai dengan isi laporannya ({what})")
INPUT_TOO_LARGE = Text("verify.input-too-large", en="the file is too large to be an input of this report",
                       id="berkas terlalu besar untuk menjadi berkas masukan laporan ini")
NOT_A_FOLDER = Text("verify.not-a-folder", en="not a folder", id="bukan folder")
NOT_A_FOLDER_HINT = Text("verify.not-a-folder-hint", en="give the folder that holds the report's input files",
                         id="berikan folder yang berisi berkas masukan laporan itu",
                         cli_en="give `--inputs` the folder that holds the report's input files",
                         cli_id="berikan folder yang berisi berkas masukan laporan itu pada `--inputs`")

VERIFIED = Text("verify.verified", en="verified: {report} is what paritrana gives for the recorded inputs",
                id="cocok: {report} sesuai dengan hasil paritrana dari berkas masukan yang tercatat")
NOT_VERIFIED = Text("verify.not-verified", en="not verified: {report} does not match (differences: {n:int})",
                    id="tidak cocok: {report} berbeda di {n:int} tempat")
CHECKED = Text("verify.checked", en="Checked:", id="Yang diperiksa:")
DIFFERENCES = Text("verify.differences", en="Differences:", id="Perbedaan:")
CHECKED_INPUT = Text("verify.checked-input", en="{role}: {path} (SHA-256 as recorded)",
                     id="{role}: {path} (SHA-256 sesuai catatan)")
CHECKED_PACKAGED = Text("verify.checked-packaged",
                        en="{role}: {name}, the criteria packaged with paritrana (SHA-256 as recorded)",
                        id="{role}: {name}, kriteria bawaan paritrana (SHA-256 sesuai catatan)")
CHECKED_RANKING = Text("verify.checked-ranking",
                       en="{n:int} ranks and scores recomputed with the recorded options: the same",
                       id="{n:int} peringkat dan skor dihitung ulang dengan opsi yang tercatat: sama")
CHECKED_MOVEMENT = Text("verify.checked-movement",
                        en="{n:int} previous ranks (the movement since the previous result): the same",
                        id="{n:int} peringkat sebelumnya (perubahan peringkat dari hasil sebelumnya): sama")
CHECKED_HISTORY = Text("verify.checked-history", en="{n:int} years of the ranking history recomputed: the same",
                       id="{n:int} tahun riwayat peringkat dihitung ulang: sama")
CHECKED_INELIGIBLE = Text("verify.checked-ineligible", en="{n:int} ineligible candidates: the same",
                          id="{n:int} kandidat yang tidak memenuhi syarat: sama")
CHECKED_WEIGHTS = Text("verify.checked-weights", en="{n:int} weights and goalposts in the workbook: as published",
                       id="{n:int} bobot dan batas di buku kerja: sesuai yang diterbitkan")
READ_FROM = Text("verify.read-from", en="{role} read from the recorded path {path}",
                 id="{role} dibaca dari lokasi yang tercatat {path}")
ROLE_NAMES = {
    "data": Text("verify.role-data", en="data file", id="berkas data"),
    "baseline": Text("verify.role-baseline", en="baseline file", id="berkas pembanding"),
    "criteria": Text("verify.role-criteria", en="criteria file", id="berkas kriteria"),
    "panel": Text("verify.role-panel", en="jury scores file", id="berkas nilai juri"),
    "conflicts": Text("verify.role-conflicts", en="conflicts of interest file", id="berkas konflik kepentingan"),
    "previous": Text("verify.role-previous", en="previous result file", id="berkas hasil sebelumnya"),
}
INPUT_CHANGED = Text("verify.input-changed",
                     en="{role} changed since the report was made: {path} (SHA-256 {old} recorded, {new} now)",
                     id="{role} berubah sejak laporan dibuat: {path} (SHA-256 tercatat {old}, sekarang {new})")
INPUT_MISSING = Text("verify.input-missing", en="{role} not found: {path} (looked for {places:qlist})",
                     id="{role} tidak ditemukan: {path} (dicari di {places:qlist})",
                     cli_en="{role} not found: {path} (looked for {places:qlist}); give the folder it is kept in "
                            "with `--inputs FOLDER`",
                     cli_id="{role} tidak ditemukan: {path} (dicari di {places:qlist}); berikan folder tempat berkas "
                            "itu disimpan dengan `--inputs FOLDER`")
INPUT_OUTSIDE = Text("verify.input-outside",
                     en="{role}: {path} leads outside the folder {folder:q} (a link); it was not read",
                     id="{role}: {path} mengarah ke luar folder {folder:q} (sebuah tautan); berkas itu tidak dibaca")
INPUT_NOT_A_FILE = Text("verify.input-not-a-file", en="{role}: {path} is not a regular file; it was not read",
                        id="{role}: {path} bukan berkas biasa; berkas itu tidak dibaca")
PACKAGED_CHANGED = Text("verify.packaged-changed",
                        en="{role}: the criteria packaged with this paritrana as {name} differ from those the report "
                           "used",
                        id="{role}: kriteria bawaan paritrana ini bernama {name} berbeda dengan yang dipakai laporan")
RERUN_FAILED = Text("verify.rerun-failed", en="the recorded inputs no longer give a ranking: {error}",
                    id="berkas masukan yang tercatat tidak lagi menghasilkan peringkat: {error}")
NOT_RERUN = Text("verify.not-rerun", en="the ranking was not recomputed: an input is missing",
                 id="peringkat tidak dihitung ulang karena ada berkas masukan yang tidak ditemukan")
RANK_DIFFERS = Text("verify.rank-differs", en="{name}: rank {old} in the report, {new} recomputed",
                    id="{name}: peringkat {old} di laporan, {new} bila dihitung ulang")
SCORE_DIFFERS = Text("verify.score-differs", en="{name}: score {old:num3} in the report, {new:num3} recomputed",
                     id="{name}: skor {old:num3} di laporan, {new:num3} bila dihitung ulang")
NO_VALUES = Text("verify.no-values",
                 en="the workbook holds no computed ranks or scores in {n:int} rows (e.g. {cell}): it was saved by a "
                    "program that does not calculate formulas",
                 id="buku kerja tidak menyimpan hasil peringkat atau skor di {n:int} baris (misalnya {cell}): berkas "
                    "disimpan oleh program yang tidak menghitung rumus")
TIE_DIFFERS = Text("verify.tie-differs", en="{name}: tie {old} in the report, {new} recomputed",
                   id="{name}: tanda seri {old} di laporan, {new} bila dihitung ulang")
VALUE_DIFFERS = Text("verify.value-differs", en="{name}: {what} {old} in the report, {new} recomputed",
                     id="{name}: {what} {old} di laporan, {new} bila dihitung ulang")
NUMBER = Text("verify.number", en="{x:num3}", id="{x:num3}")
EMPTY_VALUE = Text("verify.empty-value", en="empty", id="kosong")
TITLE_DIFFERS = Text("verify.title-differs", en="title {old:q} in the report, {new:q} in the criteria",
                     id="judul {old:q} di laporan, {new:q} menurut kriteria")
WARNINGS_DIFFER = Text("verify.warnings-differ",
                       en="the warnings differ: {old:int} in the report, {new:int} recomputed (first that differs: "
                          "{first:q})",
                       id="daftar peringatan berbeda: {old:int} peringatan di laporan, {new:int} bila dihitung ulang "
                          "(yang pertama berbeda: {first:q})")
YES = Text("verify.yes", en="`true`", id="`true`")
NO = Text("verify.no", en="`false`", id="`false`")
ASPECT_SCORE = Text("verify.aspect-score", en="score of aspect {aspect:code}", id="skor aspek {aspect:code}")
INDICATOR_FIELDS = {
    "raw": Text("verify.field.raw", en="raw value of {indicator:code}", id="nilai mentah {indicator:code}"),
    "normalized": Text("verify.field.normalized", en="normalised value of {indicator:code}",
                       id="nilai ternormalisasi {indicator:code}"),
    "weight": Text("verify.field.weight", en="global weight of {indicator:code}", id="bobot global {indicator:code}"),
    "contribution": Text("verify.field.contribution", en="contribution of {indicator:code}",
                         id="kontribusi {indicator:code}"),
}
YEAR_DIFFERS = Text("verify.year-differs", en="assessed year {old} in the report, {new} recomputed",
                    id="tahun yang dinilai {old} di laporan, {new} bila dihitung ulang")
BASELINE_YEAR_DIFFERS = Text("verify.baseline-year-differs", en="baseline year {old} in the report, {new} recomputed",
                             id="tahun pembanding {old} di laporan, {new} bila dihitung ulang")
PREVIOUS_RANK_DIFFERS = Text("verify.previous-rank-differs",
                             en="{name}: previous rank {old} in the report, {new} recomputed",
                             id="{name}: peringkat sebelumnya {old} di laporan, {new} bila dihitung ulang")
NOT_RANKED_BEFORE = Text("verify.not-ranked-before", en="new", id="baru")
HISTORY_DIFFERS = Text("verify.history-differs",
                       en="ranking history {year}: the ranks or scores of {names:list} differ when recomputed",
                       id="riwayat peringkat {year}: peringkat atau skor {names:list} berbeda bila dihitung ulang")
ONLY_IN_REPORT = Text("verify.only-in-report", en="{name}: ranked in the report, not when recomputed",
                      id="{name}: ada dalam peringkat di laporan, tidak ada bila dihitung ulang")
ONLY_RECOMPUTED = Text("verify.only-recomputed", en="{name}: ranked when recomputed, not in the report",
                       id="{name}: ada dalam peringkat bila dihitung ulang, tidak ada di laporan")
INELIGIBLE_DIFFER = Text("verify.ineligible-differ",
                         en="ineligible candidates differ: {old} in the report, {new} recomputed",
                         id="kandidat yang tidak memenuhi syarat berbeda: {old} di laporan, {new} bila dihitung ulang")
NAMES = Text("verify.names", en="{names:qlist}", id="{names:qlist}")
NO_NAMES = Text("verify.no-names", en="none", id="tidak ada")
WEIGHT_EDITED = Text("verify.weight-edited",
                     en="weight edited after publication: cell {cell} ({what}) holds {new:num}, published {old:num}",
                     id="bobot diubah setelah diterbitkan: sel {cell} ({what}) berisi {new:num}, yang diterbitkan "
                        "{old:num}")
WEIGHT_EDITED_TEXT = Text("verify.weight-edited-text",
                          en="weight edited after publication: cell {cell} ({what}) holds {new:q}, published {old:num}",
                          id="bobot diubah setelah diterbitkan: sel {cell} ({what}) berisi {new:q}, yang diterbitkan "
                             "{old:num}")
WEIGHT_NOT_CRITERIA = Text("verify.weight-not-criteria",
                           en="the published {what} in the audit record ({old:num}) is not the criteria's ({new:num})",
                           id="{what} yang diterbitkan menurut catatan audit ({old:num}) bukan yang ada di berkas "
                              "kriteria ({new:num})")
