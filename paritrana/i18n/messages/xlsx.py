"""The Excel report's words for the jury (conflicts of interest, agreement, standardisation) and
for rounds (movement, bands, several files, history): titles, cell texts and notes of
``paritrana.report.xlsx``. The ranking's column titles that the other outputs share are in
``rounds``; the panel's sentences in ``panel``.
"""

from __future__ import annotations

from paritrana.i18n.text import Text

# ---- the Juri/Jurors sheet: conflicts of interest ------------------------------------------------

CONFLICT_SECTION = Text("xlsx.jury.conflict-section", en="Conflicts of interest (juror × finalist)",
                        id="Konflik kepentingan (juri × finalis)")
CONFLICT_CELL = Text("xlsx.jury.conflict-cell", en="conflict of interest", id="konflik kepentingan")
LIFTED_CELL = Text("xlsx.jury.lifted-cell", en="lifted", id="dicabut")
CONFLICT_SCORE_CELL = Text("xlsx.jury.conflict-score-cell", en="conflict", id="konflik")
CONFLICT_MATRIX_NOTE = Text(
    "xlsx.jury.conflict-matrix-note",
    en="conflict of interest: that juror's scores of that finalist are not counted, even where the cell was filled "
       "in; lifted: the chair lifted the conflict and the scores count (the reason is on the {sheet:q} sheet)",
    id="konflik kepentingan: nilai juri itu untuk finalis itu tidak dihitung, juga bila selnya terisi; dicabut: "
       "ketua tim juri mencabut konflik itu dan nilainya dihitung (alasannya di lembar {sheet:q})")
NO_CONFLICTS = Text("xlsx.jury.no-conflicts", en="no conflict of interest is declared",
                    id="tidak ada konflik kepentingan yang dinyatakan")
ABSTAIN_NOTE = Text(
    "xlsx.jury.abstain-note",
    en="abstain = a blank cell in the jury's file: left out, never 0; conflict = the juror has a conflict of "
       "interest with the finalist: left out, even where the cell was filled in; – = no row for this finalist.",
    id="abstain = sel kosong di berkas nilai juri: tidak dihitung, bukan 0; konflik = juri memiliki konflik "
       "kepentingan dengan finalis itu: tidak dihitung, juga bila selnya terisi; – = tidak ada baris untuk finalis "
       "ini.")

# ---- the Juri/Jurors sheet: agreement and reliability ----------------------------------------------

AGREEMENT_SECTION = Text("xlsx.jury.agreement-section", en="Agreement and reliability of the jury",
                         id="Kesepakatan dan keandalan tim juri")
MEASURE = Text("xlsx.jury.measure", en="Measure", id="Ukuran")
VALUE = Text("xlsx.jury.value", en="Value", id="Nilai")
READING = Text("xlsx.jury.reading", en="Reading", id="Tafsiran")
DETAILS = Text("xlsx.jury.details", en="Details", id="Keterangan")
KENDALL_NAME = Text("xlsx.jury.kendall-name", en="Agreement on the order, Kendall's W",
                    id="Kesepakatan urutan antarjuri, W Kendall")
ICC_NAME = Text("xlsx.jury.icc-name", en="Reliability of the jury's mean score, ICC(2,k)",
                id="Keandalan rata-rata nilai tim juri, ICC(2,k)")
ALPHA_NAME = Text("xlsx.jury.alpha-name", en="Agreement between the jurors' scores, Krippendorff's α (interval)",
                  id="Kesepakatan nilai antarjuri, α Krippendorff (interval)")
NOT_COMPUTABLE = Text("xlsx.jury.not-computable", en="not computable", id="tidak dapat dihitung")
KENDALL_DETAILS = Text("xlsx.jury.kendall-details", en="jurors counted ({n:int}): {jurors:list}",
                       id="juri yang dihitung ({n:int}): {jurors:list}")
KENDALL_NONE = Text("xlsx.jury.kendall-none", en="needs at least 2 jurors who scored every finalist",
                    id="perlu sedikitnya 2 juri yang menilai semua finalis")
ICC_INTERVAL = Text("xlsx.jury.icc-interval", en="{level:num}% confidence interval {low:num2}–{high:num2}",
                    id="selang kepercayaan {level:num}%: {low:num2}–{high:num2}")
ICC_NO_INTERVAL = Text("xlsx.jury.icc-no-interval", en="no confidence interval",
                       id="selang kepercayaan tidak dapat dihitung")
ICC_USED = Text("xlsx.jury.icc-used", en="{jurors:int} jurors × {candidates:int} finalists",
                id="{jurors:int} juri × {candidates:int} finalis")
ICC_LEFT_OUT = Text("xlsx.jury.icc-left-out", en="left out: {names:list}", id="tidak ikut dihitung: {names:list}")
ICC_NONE = Text("xlsx.jury.icc-none", en="needs at least 2 jurors who scored the same 2 finalists",
                id="perlu sedikitnya 2 juri yang menilai 2 finalis yang sama")
ALPHA_DETAILS = Text("xlsx.jury.alpha-details", en="every finalist with at least two totals; abstentions left out",
                     id="setiap finalis dengan sedikitnya dua total; abstain tidak dihitung")
ALPHA_NONE = Text("xlsx.jury.alpha-none", en="needs a finalist scored by at least two jurors",
                  id="perlu finalis yang dinilai sedikitnya dua juri")
AGREEMENT_NOTE = Text(
    "xlsx.jury.agreement-note",
    en="W looks at the order only (0 = no agreement, 1 = every juror ranks alike); ICC(2,k) and α at the totals "
       "themselves; a partial abstention counts as an abstention for ICC and α.",
    id="W hanya melihat urutan (0 = tidak ada kesepakatan, 1 = semua juri mengurutkan sama); ICC(2,k) dan α "
       "melihat total nilainya; abstain pada sebagian kriteria dihitung sebagai abstain untuk ICC dan α.")

# ---- the Juri/Jurors sheet: without one juror ------------------------------------------------------

WITHOUT_JUROR = Text("xlsx.jury.without-juror", en="Without", id="Tanpa juri")
TOP_THREE_WITHOUT = Text("xlsx.jury.top-three-without", en="Top three without that juror",
                         id="Tiga besar tanpa juri itu")
PLACES_CHANGED = Text("xlsx.jury.places-changed", en="Places that change", id="Peringkat yang berubah")
NONE_CHANGED = Text("xlsx.jury.none-changed", en="none", id="tidak ada")

# ---- the Standardisasi/Standardisation sheet -------------------------------------------------------

STANDARDIZATION_TITLE = Text("xlsx.jury.standardization-title", en="Jurors' scores, raw and standardised",
                             id="Nilai juri sebelum dan sesudah standardisasi")
STANDARDIZATION_FORMULA = Text(
    "xlsx.jury.standardization-formula",
    en="x′ = (x − m_j) / s_j × S + M, where m_j and s_j are juror j's mean and standard deviation over every score "
       "they gave, M the mean of all the panel's scores and S the pooled within-juror standard deviation; a juror "
       "whose scores are all equal gets M.",
    id="x′ = (x − m_j) / s_j × S + M; m_j dan s_j adalah rata-rata dan simpangan baku juri j dari semua nilai yang "
       "diberikannya, M rata-rata semua nilai tim juri, dan S simpangan baku gabungan dalam-juri; juri yang semua "
       "nilainya sama mendapat M.")
STANDARDIZATION_NOTE = Text(
    "xlsx.jury.standardization-note",
    en="The standardised scores are formulas over the raw scores and the juror's m_j and s_j below; the {sheet:q} "
       "sheet combines them into each criterion's score.",
    id="Nilai setelah standardisasi adalah rumus dari nilai mentah serta m_j dan s_j juri di bawah; lembar "
       "{sheet:q} menggabungkannya menjadi nilai setiap kriteria.")
POOLED_MEAN = Text("xlsx.jury.pooled-mean", en="M (mean of all the scores)", id="M (rata-rata semua nilai)")
POOLED_STD = Text("xlsx.jury.pooled-std", en="S (pooled within-juror standard deviation)",
                  id="S (simpangan baku gabungan dalam-juri)")
JUROR_MEAN = Text("xlsx.jury.juror-mean", en="m_j (juror's mean)", id="m_j (rata-rata juri)")
JUROR_STD = Text("xlsx.jury.juror-std", en="s_j (juror's standard deviation)", id="s_j (simpangan baku juri)")
JUROR_COUNT = Text("xlsx.jury.juror-count", en="n (scores given)", id="n (jumlah nilai)")
PER_JUROR = Text("xlsx.jury.per-juror", en="Per juror", id="Per juri")
SCORES_SECTION = Text("xlsx.jury.scores-section", en="Every score, raw and standardised",
                      id="Setiap nilai, sebelum dan sesudah standardisasi")
CRITERION = Text("xlsx.jury.criterion", en="Criterion", id="Kriteria")
FINALIST = Text("xlsx.jury.finalist", en="Finalist", id="Finalis")
FILE = Text("xlsx.jury.file", en="File", id="Berkas")
SHEET = Text("xlsx.jury.sheet", en="Sheet", id="Lembar")
CELL = Text("xlsx.jury.cell", en="Cell", id="Sel")
ABSTAINED = Text("xlsx.jury.abstained", en="abstained", id="abstain")

# ---- the Audit sheet: the jury ---------------------------------------------------------------------

AUDIT_CONFLICTS = Text("xlsx.jury.audit-conflicts", en="Conflicts of interest declared",
                       id="Konflik kepentingan yang dinyatakan")
JUROR = Text("xlsx.jury.juror", en="Juror", id="Juri")
CANDIDATE = Text("xlsx.jury.candidate", en="Candidate", id="Kandidat")
DECLARED = Text("xlsx.jury.declared", en="Declared in", id="Dinyatakan di")
LIFTED = Text("xlsx.jury.lifted", en="Lifted by the chair", id="Dicabut ketua tim juri")
FROM_CRITERIA = Text("xlsx.jury.from-criteria", en="the criteria (`conflicts`)", id="berkas kriteria (`conflicts`)")
FROM_ASAL = Text("xlsx.jury.from-asal", en="the juror's `asal` ({origin:q})", id="`asal` juri ({origin:q})")
FROM_FILE = Text("xlsx.jury.from-file", en="the conflicts sheet", id="lembar konflik kepentingan")
AT_PLACE = Text("xlsx.jury.at-place", en="{what}, {place}", id="{what}, {place}")
NOT_LIFTED = Text("xlsx.jury.not-lifted", en="no (not counted)", id="tidak (tidak dihitung)")
LIFTED_BECAUSE = Text("xlsx.jury.lifted-because", en="yes: {reason}", id="ya: {reason}")
LIFTED_BECAUSE_AT = Text("xlsx.jury.lifted-because-at", en="yes: {reason} ({place})", id="ya: {reason} ({place})")
AUDIT_CONFLICTED_SCORES = Text("xlsx.jury.audit-conflicted-scores",
                               en="Scores filled in despite a conflict of interest (not counted)",
                               id="Nilai yang terisi padahal ada konflik kepentingan (tidak dihitung)")
CANDIDATE_CRITERION = Text("xlsx.jury.candidate-criterion", en="Candidate · criterion", id="Kandidat · kriteria")
PLACE = Text("xlsx.jury.place", en="Where", id="Lokasi")
VALUE_WRITTEN = Text("xlsx.jury.value-written", en="Value written", id="Nilai tertulis")
AUDIT_SOURCES = Text("xlsx.jury.audit-sources", en="Files of the jury's scores", id="Berkas nilai juri")
KIND_FORM = Text("xlsx.jury.kind-form", en="Form", id="Formulir")
KIND_WORKBOOK = Text("xlsx.jury.kind-workbook", en="Workbook", id="Buku kerja")
FORM_CODE = Text("xlsx.jury.form-code", en="Form code", id="Kode formulir")
JURORS_IN_FILE = Text("xlsx.jury.jurors-in-file", en="Jurors", id="Juri")
MISSING_JURORS = Text("xlsx.jury.missing-jurors", en="Jurors of the panel without scores",
                      id="Anggota tim juri tanpa nilai")

# ---- rounds: the Ranking sheet ---------------------------------------------------------------------

MOVEMENT_NOTE = Text(
    "xlsx.rounds.movement-note",
    en="The change of rank is a formula (previous rank − rank): it follows the rank when a weight is changed; the "
       "previous rank and score are values from {path}.",
    id="Perubahan peringkat adalah rumus (peringkat sebelumnya − peringkat): ikut berubah bila bobot diubah; "
       "peringkat dan skor sebelumnya adalah nilai dari {path}.")
BANDS_NOTE = Text(
    "xlsx.rounds.bands-note",
    en="Status bands are formulas over the score or the indicator's raw value (a value on a cut-off belongs to the "
       "class above it); the count per class is on the {sheet:q} sheet.",
    id="Predikat adalah rumus dari skor atau nilai mentah indikatornya (nilai yang sama dengan batas kelas masuk ke "
       "kelas di atasnya); jumlah per kelas ada di lembar {sheet:q}.")
BANDS_NOTE_VALUES = Text("xlsx.rounds.bands-note-values",
                         en="The count of candidates per class of each status band is on the {sheet:q} sheet.",
                         id="Jumlah kandidat per kelas setiap predikat ada di lembar {sheet:q}.")
SHORTLIST_FROM_NOTE = Text(
    "xlsx.rounds.shortlist-from-note",
    en="The group each candidate came from and its rank there are values from the ranking of each group.",
    id="Kelompok asal setiap kandidat dan peringkatnya di sana adalah nilai dari pemeringkatan setiap kelompok.")

# ---- rounds: the Kriteria/Criteria sheet's bands ----------------------------------------------------

BANDS_SECTION = Text("xlsx.rounds.bands-section", en="Status bands", id="Predikat")
BAND_OF_SCORE = Text("xlsx.rounds.band-of-score", en="{label} (of the score)", id="{label} (dari skor)")
BAND_OF_INDICATOR = Text("xlsx.rounds.band-of-indicator", en="{label} (of the raw value of {iid:code})",
                         id="{label} (dari nilai mentah {iid:code})")
CLASS = Text("xlsx.rounds.class", en="Class", id="Kelas")
CLASS_RANGE = Text("xlsx.rounds.class-range", en="Values", id="Rentang nilai")
CLASS_COUNT = Text("xlsx.rounds.class-count", en="Candidates", id="Jumlah kandidat")
CLASS_NONE = Text("xlsx.rounds.class-none", en="no value", id="tanpa nilai")
BANDS_COUNT_NOTE = Text(
    "xlsx.rounds.bands-count-note",
    en="The counts are formulas over the band columns of the {sheet:q} sheet.",
    id="Jumlah kandidat adalah rumus dari kolom predikat di lembar {sheet:q}.")

# ---- rounds: the Audit sheet -------------------------------------------------------------------------

AUDIT_PREVIOUS = Text("xlsx.rounds.audit-previous", en="Previous result (change of rank)",
                      id="Hasil sebelumnya (perubahan peringkat)")
PREVIOUS_TITLE = Text("xlsx.rounds.previous-title", en="Title", id="Judul")
AUDIT_FILES = Text("xlsx.rounds.audit-files", en="Data files ranked together", id="Berkas data yang digabung")
FILE_CANDIDATES = Text("xlsx.rounds.file-candidates", en="Candidates (rows of the assessed year)",
                       id="Kandidat (baris tahun yang dinilai)")

# ---- rounds: the Riwayat/History sheet ----------------------------------------------------------------

HISTORY_NOTE = Text(
    "xlsx.rounds.history-note",
    en="Values, not formulas: each year as computed when this report was made. The charts follow the top three of "
       "{year} (rank 1 at the top).",
    id="Nilai, bukan rumus: setiap tahun seperti dihitung saat laporan ini dibuat. Grafik menunjukkan tiga besar "
       "tahun {year} (peringkat 1 di atas).")
HISTORY_YEAR_HEADER = Text("xlsx.rounds.history-year-header", en="{year} (against {baseline})",
                           id="{year} (terhadap {baseline})")
HISTORY_CHART_TITLE = Text("xlsx.rounds.history-chart-title", en="{name}: rank per year",
                           id="{name}: peringkat per tahun")
