"""The jury's workbook, the combination of the jurors' scores and the stages: errors, warnings,
hints and notes (``paritrana.panel``).

Places come first (``juri.xlsx › Juri 3!C7``), so the texts start with the problem. Juror and
candidate names are data, quoted as written: "Juri 3", "Sekadau"; interview criteria are
identifiers: `komitmen`.
"""

from __future__ import annotations

from paritrana.i18n.text import Text

# ---- pieces used inside other messages ---------------------------------------------------------

WHO = Text("panel.who",
           en="juror {juror:q}, candidate {candidate:q}, criterion {criterion:code}",
           id="juri {juror:q}, kandidat {candidate:q}, kriteria {criterion:code}")
WITH_WHO = Text("panel.with-who", en="{problem} ({who})", id="{problem} ({who})")
ROLE_JUROR = Text("panel.role.juror", en="juror", id="juri")
ROLE_CANDIDATE = Text("panel.role.candidate", en="candidate", id="nama kandidat")
ROLE_CRITERION = Text("panel.role.criterion", en="criterion", id="kriteria")
ROLE_SCORE = Text("panel.role.score", en="score", id="nilai")
CELL_HEADER = Text("panel.cell-header", en="{cell} {header:q}", id="{cell} {header:q}")
TWO_HINTS = Text("panel.two-hints", en="{first}; {second}", id="{first}; {second}")
NAME_OR_ID = Text("panel.name-or-id", en="{label:q} or {cid:code}", id="{label:q} atau {cid:code}")
HOW_MEAN = Text("panel.how.mean", en="mean", id="rata-rata")
HOW_MEDIAN = Text("panel.how.median", en="median", id="median")
NOBODY = Text("panel.nobody", en="none", id="tidak ada")

# ---- the jury's workbook: its layout -----------------------------------------------------------

NO_PANEL_SECTION = Text("panel.no-panel-section",
                        en="the criteria have no `panel:` section",
                        id="berkas kriteria tidak memiliki bagian `panel:`")
ADD_PANEL_SECTIONS = Text(
    "panel.add-panel-sections",
    en="add `panel:` (the scale and the interview criteria) and `stages:` "
       "(e.g. `stages: {{shortlist: 5, final: {{desk: 60, panel: 40}}}}`), as in criteria/paritrana-kabkota-final.yaml",
    id="tambahkan bagian `panel:` (skala dan kriteria wawancara) dan `stages:` "
       "(misalnya `stages: {{shortlist: 5, final: {{desk: 60, panel: 40}}}}`), seperti dalam "
       "criteria/paritrana-kabkota-final.yaml")
SCORES_WITHOUT_STAGES = Text(
    "panel.scores-without-stages",
    en="jury scores were given, but the criteria have no `panel:` and `stages:` sections",
    id="nilai juri diberikan, tetapi berkas kriteria tidak memiliki bagian `panel:` dan `stages:`",
    cli_en="jury scores were given (`--panel`), but the criteria have no `panel:` and `stages:` sections",
    cli_id="nilai juri diberikan (`--panel`), tetapi berkas kriteria tidak memiliki bagian `panel:` dan `stages:`")
SHEET_IGNORED_LONG = Text(
    "panel.sheet-ignored-long",
    en="sheet ignored: no juror column and no candidate column (the scores are read from sheet {sheets:qlist})",
    id="lembar diabaikan: tidak ada kolom juri dan kolom nama kandidat (nilai dibaca dari lembar {sheets:qlist})")
NO_LONG_HEADER = Text(
    "panel.no-long-header",
    en="no header row: none of the first {rows:int} rows has a juror column (e.g. {jurors:qlistor}) and a "
       "candidate column (e.g. {candidates:qlistor})",
    id="baris judul tidak ditemukan: tidak satu pun dari {rows:int} baris pertama memuat kolom juri (misalnya "
       "{jurors:qlistor}) dan kolom nama kandidat (misalnya {candidates:qlistor})")
LONG_LAYOUT_HINT = Text(
    "panel.long-layout-hint",
    en='a CSV file of jury scores has one row per juror, candidate and criterion, with the headers "Juri", '
       '"Wilayah", "Kriteria" and "Nilai"',
    id='berkas CSV nilai juri berisi satu baris per juri, kandidat, dan kriteria, dengan judul kolom "Juri", '
       '"Wilayah", "Kriteria", dan "Nilai"')
CELL_JUROR = Text("panel.cell.juror", en="juror", id="nama juri")
CELL_CANDIDATE = Text("panel.cell.candidate", en="candidate", id="nama kandidat")
CELL_CRITERION = Text("panel.cell.criterion", en="criterion", id="kriteria")
ROW_INCOMPLETE = Text("panel.row-incomplete",
                      en="the {roles:list} cells of row {row} are empty",
                      id="{roles:list} pada baris {row} kosong")
FILL_OR_DELETE_ROW = Text("panel.fill-or-delete-row",
                          en="fill it in, or delete the row",
                          id="isi sel itu, atau hapus barisnya")
TWO_ROLE_COLUMNS = Text("panel.two-role-columns",
                        en="two {role} columns: {first} and {second}",
                        id="ada dua kolom {role}: {first} dan {second}")
REMOVE_ONE_COLUMN = Text("panel.remove-one-column",
                         en="delete or rename one of them",
                         id="hapus salah satunya atau ganti judulnya")
ROLE_COLUMN_MISSING = Text(
    "panel.role-column-missing",
    en="no {role} column in the header row (row {row}); the headers are {found:qlist}",
    id="kolom {role} tidak ditemukan di baris judul (baris {row}); judul yang ada: {found:qlist}")
NAME_THE_COLUMN = Text(
    "panel.name-the-column",
    en="name the column {names:qlistor}, or add its header under `panel: columns: {key}:` in the criteria",
    id="beri kolom itu judul {names:qlistor}, atau tambahkan judulnya di bawah `panel: columns: {key}:` dalam "
       "berkas kriteria")
COLUMN_IGNORED = Text(
    "panel.column-ignored",
    en="column {name:q} ignored: not a juror, candidate, criterion or score column",
    id="kolom {name:q} diabaikan: bukan kolom juri, nama kandidat, kriteria, atau nilai")
UNKNOWN_LAYOUT = Text(
    "panel.unknown-layout",
    en="the sheet holds numbers but none of its first {rows:int} rows is a header row with a candidate column "
       "(accepted headers: {names:qlistor})",
    id="lembar berisi angka, tetapi tidak satu pun dari {rows:int} baris pertamanya berupa baris judul dengan kolom "
       "nama kandidat (judul yang diterima: {names:qlistor})")
JUROR_SHEET_HINT = Text(
    "panel.juror-sheet-hint",
    en='give each juror a sheet with a header row such as "Kabupaten/Kota | Komitmen | Inovasi" and one row per '
       'candidate, or put every score on one sheet with the columns "Juri", "Wilayah", "Kriteria" and "Nilai"',
    id='buat untuk setiap juri satu lembar dengan baris judul seperti "Kabupaten/Kota | Komitmen | Inovasi" dan satu '
       'baris per kandidat, atau tulis semua nilai dalam satu lembar dengan kolom "Juri", "Wilayah", "Kriteria", '
       'dan "Nilai"')
SHEET_IGNORED_NO_CANDIDATE = Text(
    "panel.sheet-ignored-no-candidate",
    en="sheet ignored: no candidate column (not a juror's sheet)",
    id="lembar diabaikan: tidak ada kolom nama kandidat (bukan lembar nilai juri)")
SHEET_IGNORED_NO_CRITERIA = Text(
    "panel.sheet-ignored-no-criteria",
    en="sheet ignored: no interview criterion column and no scores (not a juror's sheet)",
    id="lembar diabaikan: tidak ada kolom kriteria wawancara dan tidak ada nilai (bukan lembar nilai juri)")
NO_JUROR_SHEETS = Text(
    "panel.no-juror-sheets",
    en="no juror's sheet: no sheet has a header row with a candidate column (accepted headers: {names:qlistor})",
    id="tidak ada lembar nilai juri: tidak satu pun lembar memiliki baris judul dengan kolom nama kandidat "
       "(judul yang diterima: {names:qlistor})")
SUMMARY_SHEET_BY_NAME = Text(
    "panel.summary-sheet-by-name",
    en="sheet ignored: its name says it is a summary, not one juror's scores",
    id="lembar diabaikan: namanya menunjukkan lembar rekapitulasi, bukan nilai seorang juri")
RENAME_IF_JUROR = Text(
    "panel.rename-if-juror",
    en="if it holds one juror's scores, rename the sheet after that juror",
    id="bila lembar ini berisi nilai seorang juri, ganti nama lembarnya dengan nama juri itu")
SUMMARY_SHEET_BY_VALUES = Text(
    "panel.summary-sheet-by-values",
    en="sheet ignored: each of its {n:int} scores is the {how} of the other jurors' scores (a summary, not one "
       "juror's scores)",
    id="lembar diabaikan: setiap nilainya ({n:int} nilai) sama dengan {how} nilai juri lain (lembar rekapitulasi, "
       "bukan nilai seorang juri)")
SAME_JUROR_TWICE = Text(
    "panel.same-juror-twice",
    en="sheets {first:q} and {second:q} name the same juror; this sheet is not read",
    id="lembar {first:q} dan {second:q} menamai juri yang sama; lembar ini tidak dibaca")
ONE_SHEET_PER_JUROR = Text(
    "panel.one-sheet-per-juror",
    en="give each juror's sheet a different name, or delete the extra sheet",
    id="beri nama yang berbeda untuk lembar setiap juri, atau hapus lembar yang berlebih")
SAME_SCORES_AS = Text(
    "panel.same-scores-as",
    en="all {n:int} scores on this sheet are the same as on sheet {other:q}",
    id="semua nilai di lembar ini ({n:int} nilai) sama persis dengan nilai di lembar {other:q}")
CHECK_COPIED = Text(
    "panel.check-copied",
    en="check that the sheet was not copied by mistake",
    id="periksa apakah lembar itu tersalin secara tidak sengaja")
JUROR_SPELLING = Text(
    "panel.juror-spelling",
    en="juror {name:q} is taken to be {first:q} (written so at {place})",
    id="juri {name:q} dianggap sama dengan juri {first:q} (ditulis demikian di {place})")
SPELL_ALIKE = Text(
    "panel.spell-alike",
    en="write each juror's name the same way in every row",
    id="tulis nama setiap juri dengan ejaan yang sama di semua baris")
JUROR_SCORED_NOBODY = Text(
    "panel.juror-scored-nobody",
    en="juror {juror:q} scored no candidate: every score is empty",
    id="juri {juror:q} tidak menilai satu kandidat pun: semua sel nilainya kosong")
JUROR_SHEET_EMPTY = Text(
    "panel.juror-sheet-empty",
    en="juror {juror:q} scored no candidate: the sheet has no candidate rows",
    id="juri {juror:q} tidak menilai satu kandidat pun: lembar ini tidak memiliki baris kandidat")
FILL_OR_DROP_JUROR = Text(
    "panel.fill-or-drop-juror",
    en="fill in the juror's scores, or delete the sheet if the juror took no part",
    id="isi nilai juri itu, atau hapus lembarnya bila juri itu tidak ikut menilai")

# ---- the jury's workbook: rows, names and cells ------------------------------------------------

ROW_IGNORED_TOTAL = Text(
    "panel.row-ignored-total",
    en="row {name:q} ignored: a total or an average, not a candidate",
    id="baris {name:q} diabaikan: berisi jumlah atau rata-rata, bukan kandidat")
TWO_CRITERION_COLUMNS = Text(
    "panel.two-criterion-columns",
    en="two columns for interview criterion {cid:code}: {first} and {second}",
    id="ada dua kolom untuk kriteria wawancara {cid:code}: {first} dan {second}")
CRITERIA_COLUMNS_MISSING = Text(
    "panel.criteria-columns-missing",
    en="no column for interview criterion {missing:codelist} in the header row (row {row}); other headers: {others}",
    id="kolom untuk kriteria wawancara {missing:codelist} tidak ditemukan di baris judul (baris {row}); judul lain "
       "yang ada: {others}")
QUOTED_LIST = Text("panel.quoted-list", en="{names:qlist}", id="{names:qlist}")
CRITERION_DID_YOU_MEAN = Text(
    "panel.criterion-did-you-mean",
    en="for {cid:code}, did you mean {close:q}? (add it under `panel: criteria: {cid}: headers:`)",
    id="untuk {cid:code}, apakah yang dimaksud {close:q}? (tambahkan di bawah `panel: criteria: {cid}: headers:`)")
NAME_THE_COLUMNS = Text("panel.name-the-columns",
                        en="name the columns {names:list}",
                        id="beri judul kolom {names:list}")
CRITERION_COLUMN_IGNORED = Text(
    "panel.criterion-column-ignored",
    en="column {name:q} ignored: not an interview criterion",
    id="kolom {name:q} diabaikan: bukan kriteria wawancara")
CANDIDATE_TWICE = Text(
    "panel.candidate-twice",
    en="candidate {name:q} appears twice on this sheet (also in row {row})",
    id="kandidat {name:q} muncul dua kali di lembar ini (juga di baris {row})")
ONE_ROW_PER_CANDIDATE = Text("panel.one-row-per-candidate",
                             en="keep one row per candidate",
                             id="sisakan satu baris untuk setiap kandidat")
UNKNOWN_CANDIDATE = Text("panel.unknown-candidate",
                         en="candidate {name:q} is not in the data",
                         id="kandidat {name:q} tidak ada dalam data")
DID_YOU_MEAN = Text("names.did-you-mean",
                    en="did you mean {names:qlistor}?",
                    id="apakah yang dimaksud {names:qlistor}?")
CHECK_SPELLING = Text("panel.check-spelling",
                      en="check the spelling against the data",
                      id="periksa ejaannya dengan nama di data")
UNKNOWN_CRITERION = Text("panel.unknown-criterion",
                         en="{name:q} is not an interview criterion",
                         id="{name:q} bukan kriteria wawancara")
KNOWN_CRITERIA = Text("panel.known-criteria",
                      en="the interview criteria are {names:codelist}",
                      id="kriteria wawancara yang ada: {names:codelist}")
SCORED_TWICE = Text("panel.scored-twice",
                    en="{who} is scored twice (also at {other})",
                    id="{who} dinilai dua kali (juga di {other})")
KEEP_ONE_SCORE = Text("panel.keep-one-score",
                      en="keep one of the two scores",
                      id="hapus salah satu dari kedua nilai itu")
OUT_OF_SCALE = Text("panel.out-of-scale",
                    en="score {value:num} is outside the panel's scale {lo:num}–{hi:num} ({who})",
                    id="nilai {value:num} di luar skala penilaian {lo:num}–{hi:num} ({who})")
WITHIN_SCALE = Text(
    "panel.within-scale",
    en="give a score from {lo:num} to {hi:num} (the scale in `panel: scale:`), or leave the cell empty for an "
       "abstention",
    id="isi dengan nilai {lo:num} sampai {hi:num} (skala pada `panel: scale:`), atau kosongkan sel bila juri abstain")
PERCENT_SCORE = Text("panel.percent-score",
                     en="{typed:q} is a percentage, not a score on the scale {lo:num}–{hi:num} ({who})",
                     id="{typed:q} berupa persen, bukan nilai pada skala {lo:num}–{hi:num} ({who})")
TYPE_WITHOUT_PERCENT = Text("panel.type-without-percent",
                            en="type the score without the % sign",
                            id="ketik nilainya tanpa tanda %")
NOT_A_SCORE = Text("panel.not-a-score",
                   en="{typed} is not a score ({who})",
                   id="{typed} bukan nilai ({who})")
TYPE_OR_ABSTAIN = Text("panel.type-or-abstain",
                       en="type the score as a number, or leave the cell empty for an abstention",
                       id="ketik nilainya sebagai angka, atau kosongkan sel bila juri abstain")
DATE_NOT_SCORE = Text("panel.date-not-score",
                      en="{typed:q} is a date or a time, not a score ({who})",
                      id="{typed:q} berupa tanggal atau waktu, bukan nilai ({who})")
FORMAT_AS_NUMBER = Text("panel.format-as-number",
                        en="format the cell as a number",
                        id='ubah format sel itu menjadi angka ("Number")')
NOT_FINITE = Text("panel.not-finite",
                  en="{typed} is not a finite number ({who})",
                  id="{typed} bukan bilangan terhingga ({who})")

# ---- combining the scores (panel.aggregate) -----------------------------------------------------

CONSTANT_JUROR = Text(
    "panel.constant-juror",
    en="juror {juror:q} gave every score the same value; after standardisation their scores sit at the panel's mean",
    id="juri {juror:q} memberi nilai yang sama untuk semuanya; setelah standardisasi, nilainya sama dengan "
       "rata-rata tim juri")
ITEM_COUNT = Text("panel.item-count",
                  en="{candidate} on {criterion:code} ({n:int})",
                  id="{candidate} pada {criterion:code} ({n:int} nilai)")
TRIMMED_TOO_FEW = Text(
    "panel.trimmed-too-few",
    en="a trimmed mean needs at least {n:int} scores; too few for {items:list}",
    id="rata-rata terpangkas memerlukan sedikitnya {n:int} nilai; nilai kurang untuk {items:list}")
SET_FALLBACK = Text(
    "panel.set-fallback",
    en="set `panel: trimmed_fallback:` to `mean` or `median`, or `aggregation:` to `mean`",
    id="atur `panel: trimmed_fallback:` menjadi `mean` atau `median`, atau `aggregation:` menjadi `mean`")
FALLBACK_USED = Text(
    "panel.fallback-used",
    en="fewer than {n:int} scores: the {how} was used instead of the trimmed mean for {items:list}",
    id="kurang dari {n:int} nilai: {how} dipakai sebagai pengganti rata-rata terpangkas untuk {items:list}")
JURORS_ON = Text("panel.jurors-on",
                 en="{n:int} on {criterion:code}",
                 id="{n:int} juri pada {criterion:code}")
CANDIDATE_COUNTS = Text("panel.candidate-counts", en="{candidate} ({counts:list})", id="{candidate} ({counts:list})")
TOO_FEW_JURORS = Text(
    "panel.too-few-jurors",
    en="too few jurors for {items:list} (at least {n:int} per interview criterion)",
    id="jumlah juri kurang untuk {items:list} (sedikitnya {n:int} juri per kriteria wawancara)")
ADD_SCORES_OR_LOWER = Text(
    "panel.add-scores-or-lower",
    en="add the missing scores to the jury's workbook, or lower `panel: min_jurors:`",
    id="tambahkan nilai yang kurang di berkas nilai juri, atau turunkan `panel: min_jurors:`")
NOBODY_SCORED = Text(
    "panel.nobody-scored",
    en="finalist {name:q} was scored by no juror: {why}",
    id="finalis {name:q} tidak dinilai oleh juri mana pun: {why}")
NO_ROWS = Text("panel.no-rows",
               en="no juror's scores have a row for it",
               id="tidak ada baris untuk finalis ini dalam nilai juri mana pun")
ALL_ABSTAINED = Text("panel.all-abstained",
                     en="every juror left its scores empty (abstained)",
                     id="semua juri mengosongkan nilainya (abstain)")
ADD_FINALIST_SCORES = Text(
    "panel.add-finalist-scores",
    en="add the jury's scores for this finalist, or check that its name is spelled as in the data",
    id="isi nilai juri untuk finalis ini, atau periksa apakah namanya ditulis sama dengan nama di data")

# ---- the stages (panel.stages) --------------------------------------------------------------------

DESK_ONLY = Text(
    "stages.desk-only",
    en="the final stage was not scored: there are no jury scores yet; this is the desk ranking. Shortlisted: {names}",
    id="tahap akhir belum dinilai karena nilai juri belum ada; ini peringkat tahap indikator. Masuk nominasi: {names}",
    cli_en="the final stage was not scored: there are no jury scores yet (give them with `--panel`); this is the "
           "desk ranking. Shortlisted: {names}",
    cli_id="tahap akhir belum dinilai karena nilai juri belum ada (berikan dengan `--panel`); ini peringkat tahap "
           "indikator. Masuk nominasi: {names}")
NAMES = Text("panel.names", en="{names:list}", id="{names:list}")
IGNORED_NOT_SHORTLISTED = Text(
    "stages.ignored-not-shortlisted",
    en="jury scores for {name:q} ignored: not shortlisted (desk rank {rank:int})",
    id="nilai juri untuk {name:q} diabaikan: tidak masuk nominasi (peringkat indikator {rank:int})")
IGNORED_INELIGIBLE = Text(
    "stages.ignored-ineligible",
    en="jury scores for {name:q} ignored: the candidate is ineligible",
    id="nilai juri untuk {name:q} diabaikan: kandidat tidak memenuhi syarat")
NO_ROW_FOR_FINALIST = Text(
    "stages.no-row-for-finalist",
    en="juror {juror:q} has no row for finalist {name:q}; counted as an abstention",
    id="juri {juror:q} tidak memiliki baris untuk finalis {name:q}; dianggap abstain")
NO_SCORE_FOR_CRITERIA = Text(
    "stages.no-score-for-criteria",
    en="juror {juror:q} has no row for finalist {name:q} on {criteria:codelist}; counted as an abstention",
    id="juri {juror:q} tidak memiliki baris untuk finalis {name:q} pada kriteria {criteria:codelist}; dianggap "
       "abstain")
ADD_ROW_EMPTY_IF_ABSTAINED = Text(
    "stages.add-row",
    en="add the row, leaving its cells empty if the juror abstained",
    id="tambahkan barisnya, dengan sel kosong bila juri abstain")

# ---- the chair's diagnostics (panel.diagnostics, report/panel_terminal.py) ------------------------------

ICC = Text(
    "panel.icc",
    en="Reliability of the jury's mean score, ICC(2,k) = {value:num2} — {band} ({level:num}% confidence interval "
       "{low:num2}–{high:num2})",
    id="Keandalan rata-rata nilai tim juri, ICC(2,k) = {value:num2} — {band} (selang kepercayaan {level:num}%: "
       "{low:num2}–{high:num2})")
ICC_NO_INTERVAL = Text(
    "panel.icc-no-interval",
    en="Reliability of the jury's mean score, ICC(2,k) = {value:num2} — {band} (no confidence interval)",
    id="Keandalan rata-rata nilai tim juri, ICC(2,k) = {value:num2} — {band} (selang kepercayaan tidak dapat "
       "dihitung)")
ICC_NONE = Text(
    "panel.icc-none",
    en="Reliability of the jury's mean score, ICC(2,k): not computable (needs at least 2 jurors who scored the same "
       "2 finalists, with scores that are not all equal)",
    id="Keandalan rata-rata nilai tim juri, ICC(2,k): tidak dapat dihitung (perlu sedikitnya 2 juri yang menilai 2 "
       "finalis yang sama, dengan nilai yang tidak semuanya sama)")
ICC_LEFT_OUT = Text(
    "panel.icc-left-out",
    en="left out (the largest complete table of jurors × finalists is used): {names:list}",
    id="tidak ikut dihitung (dipakai tabel juri × finalis lengkap yang terbesar): {names:list}")
ALPHA = Text("panel.alpha",
             en="Agreement between the jurors' scores, Krippendorff's α (interval) = {alpha:num2} — {band}",
             id="Kesepakatan nilai antarjuri, α Krippendorff (interval) = {alpha:num2} — {band}")
ALPHA_NONE = Text("panel.alpha-none",
                  en="Agreement between the jurors' scores, Krippendorff's α (interval): not computable (needs a "
                     "finalist scored by at least two jurors, and scores that are not all equal)",
                  id="Kesepakatan nilai antarjuri, α Krippendorff (interval): tidak dapat dihitung (perlu finalis "
                     "yang dinilai sedikitnya dua juri, dengan nilai yang tidak semuanya sama)")
WITHOUT_SAME = Text("panel.without-same",
                    en="Without {juror}, the top three stay the same.",
                    id="Tanpa {juror}, tiga besar tetap sama.")
WITHOUT_SWAP = Text("panel.without-swap",
                    en="Without {juror}, {first} and {second} swap places.",
                    id="Tanpa {juror}, {first} dan {second} bertukar tempat.")
WITHOUT_BECOMES = Text("panel.without-becomes",
                       en="Without {juror}, the top three become {new:list} (with every juror: {old:list}).",
                       id="Tanpa {juror}, tiga besar menjadi {new:list} (dengan semua juri: {old:list}).")
WITHOUT_NOT_COMPUTABLE = Text("panel.without-not-computable",
                              en="Without {juror}, the final ranking cannot be computed: {why}.",
                              id="Tanpa {juror}, peringkat akhir tidak dapat dihitung: {why}.")
WITHOUT_ANYONE_SAME = Text("panel.without-anyone-same",
                           en="Without any one juror, the top three stay the same.",
                           id="Tanpa salah satu juri pun, tiga besar tetap sama.")
WITHOUT_OTHERS_SAME = Text("panel.without-others-same",
                           en="Without any one of the other jurors, the top three stay the same.",
                           id="Tanpa salah satu juri lainnya, tiga besar tetap sama.")
IN_GROUP = Text("panel.in-group", en="{group}: {sentence}", id="{group}: {sentence}")

# ---- the panel's members, conflicts of interest (core.panel_spec, panel.conflicts) ----------------

JUROR_DECLARED_TWICE = Text(
    "panel.juror-declared-twice",
    en="juror {name:q} is listed twice (also as {first:q})",
    id="juri {name:q} tercantum dua kali (juga sebagai {first:q})")
NOT_A_DECLARED_JUROR = Text(
    "panel.not-a-declared-juror",
    en="{name:q} is not one of the jurors under `panel: jurors:` ({names:qlist})",
    id="{name:q} bukan salah satu juri di bawah `panel: jurors:` ({names:qlist})")
NOT_A_DECLARED_JUROR_CLOSE = Text(
    "panel.not-a-declared-juror-close",
    en="{name:q} is not one of the jurors under `panel: jurors:`; did you mean {close:q}?",
    id="{name:q} bukan salah satu juri di bawah `panel: jurors:`; apakah yang dimaksud {close:q}?")
CONFLICT_UNKNOWN_CANDIDATE = Text(
    "panel.conflict-unknown-candidate",
    en="conflict of interest of juror {juror:q}: candidate {name:q} is not in the data",
    id="konflik kepentingan juri {juror:q}: kandidat {name:q} tidak ada dalam data")
CONFLICT_UNKNOWN_JUROR = Text(
    "panel.conflict-unknown-juror",
    en="conflict of interest with {name:q}: {juror:q} is not a juror of the panel",
    id="konflik kepentingan dengan {name:q}: {juror:q} bukan anggota tim juri")
JURORS_ARE = Text("panel.jurors-are",
                  en="the jurors are {names:qlist}",
                  id="juri yang ada: {names:qlist}")
OVERRIDE_WITHOUT_CONFLICT = Text(
    "panel.override-without-conflict",
    en="the chair lifts a conflict of interest of juror {juror:q} with {name:q}, but no such conflict is declared",
    id="ketua tim juri mencabut konflik kepentingan juri {juror:q} dengan {name:q}, padahal konflik itu tidak "
       "dinyatakan")
DECLARE_OR_DROP_OVERRIDE = Text(
    "panel.declare-or-drop-override",
    en="check the juror's and the candidate's names, or delete the override",
    id="periksa nama juri dan nama kandidatnya, atau hapus pencabutan itu")
CONFLICTED_SCORE_IGNORED = Text(
    "panel.conflicted-score-ignored",
    en="juror {juror:q} has a conflict of interest with {candidate:q} but gave a score ({value:num} on "
       "{criterion:code}); the score is not counted",
    id="juri {juror:q} memiliki konflik kepentingan dengan {candidate:q}, tetapi mengisi nilai ({value:num} pada "
       "{criterion:code}); nilai itu tidak dihitung")
LEAVE_CONFLICT_EMPTY = Text(
    "panel.leave-conflict-empty",
    en="leave the cell empty; if the conflict does not apply, the chair lifts it with a reason "
       "(`panel: overrides:`)",
    id="kosongkan sel itu; bila konflik itu tidak berlaku, ketua tim juri mencabutnya dengan alasan "
       "(`panel: overrides:`)")
JUROR_FROM = Text("panel.juror-from", en="the juror from {origin} ({juror})", id="juri dari {origin} ({juror})")
JUROR_NAMED = Text("panel.juror-named", en="{juror}", id="{juror}")
ONE_JUROR_COUNTED = Text("panel.one-juror-counted", en="1 juror", id="1 juri")
N_JURORS_COUNTED = Text("panel.n-jurors-counted", en="{n:int} jurors", id="{n:int} juri")
CONFLICT_LINE = Text(
    "panel.conflict-line",
    en="{candidate} is scored by {jurors}; {who:list} not counted (conflict of interest)",
    id="{candidate} dinilai oleh {jurors}; {who:list} tidak dihitung (konflik kepentingan)")
CONFLICT_LIFTED = Text(
    "panel.conflict-lifted",
    en="The conflict of interest of {juror} with {candidate} was lifted by the chair: {reason}",
    id="Konflik kepentingan {juror} dengan {candidate} dicabut oleh ketua tim juri: {reason}")
CONFLICT_ROW_INCOMPLETE = Text(
    "panel.conflict-row-incomplete",
    en="row {row} of the conflicts of interest names no juror or no candidate",
    id="baris {row} daftar konflik kepentingan tidak memuat nama juri atau nama kandidat")
NO_CONFLICT_HEADER = Text(
    "panel.no-conflict-header",
    en="no header row: none of the first {rows:int} rows of any sheet has a juror column (e.g. {jurors:qlistor}) "
       "and a candidate column (e.g. {candidates:qlistor})",
    id="baris judul tidak ditemukan: tidak satu pun dari {rows:int} baris pertama di lembar mana pun memuat kolom juri "
       "(misalnya {jurors:qlistor}) dan kolom nama kandidat (misalnya {candidates:qlistor})")
CONFLICT_SHEET_HINT = Text(
    "panel.conflict-sheet-hint",
    en='write one row per conflict under the headers "Juri" and "Wilayah" (optionally "Alasan Pencabutan" when '
       'the chair lifts it)',
    id='tulis satu baris per konflik di bawah judul kolom "Juri" dan "Wilayah" (ditambah "Alasan Pencabutan" bila '
       'ketua tim juri mencabutnya)')

# ---- the scoring forms (panel.forms, report.panel_forms) -------------------------------------------

FORM_ID_DAMAGED = Text(
    "panel.form-id-damaged",
    en="the form's hidden identification sheet is damaged",
    id="lembar identitas formulir (tersembunyi) rusak")
REPRINT_FORM = Text(
    "panel.reprint-form",
    en="copy the scores onto a newly printed form",
    id="salin nilainya ke formulir yang baru dicetak")
REPRINT_FORMS = Text(
    "panel.reprint-forms",
    en="print new forms for the current shortlist and have them filled in",
    id="cetak formulir baru untuk daftar nominasi sekarang, lalu minta juri mengisinya",
    cli_en="print new forms for the current shortlist (`paritrana template` with `--panel`) and have them filled in",
    cli_id="cetak formulir baru untuk daftar nominasi sekarang (`paritrana template` dengan `--panel`), lalu minta "
           "juri mengisinya")
FILE_IGNORED_NOT_WORKBOOK = Text(
    "panel.file-ignored-not-workbook",
    en="file ignored: not a workbook or CSV file",
    id="berkas diabaikan: bukan buku kerja atau berkas CSV")
NO_FORMS_IN_FOLDER = Text(
    "panel.no-forms-in-folder",
    en="the folder holds no workbook of jury scores",
    id="folder ini tidak berisi buku kerja nilai juri")
PUT_FORMS_IN_FOLDER = Text(
    "panel.put-forms-in-folder",
    en="put the returned forms (.xlsx) in the folder",
    id="simpan formulir yang sudah diisi (.xlsx) di folder itu")
JUROR_TWO_FILES = Text(
    "panel.juror-two-files",
    en="juror {juror:q} has scores in two files (also in {other:q}); nothing is merged",
    id="juri {juror:q} memiliki nilai di dua berkas (juga di {other:q}); tidak ada yang digabungkan")
KEEP_ONE_FORM = Text(
    "panel.keep-one-form",
    en="keep the juror's final form and move the other out of the folder",
    id="sisakan formulir terakhir juri itu dan pindahkan yang lain dari folder")
UNKNOWN_JUROR = Text(
    "panel.unknown-juror",
    en="juror {juror:q} is not a member of the panel ({names:qlist})",
    id="juri {juror:q} bukan anggota tim juri ({names:qlist})")
ADD_JUROR_TO_CRITERIA = Text(
    "panel.add-juror-to-criteria",
    en="check the juror's name, or add the juror under `panel: jurors:` in the criteria",
    id="periksa nama juri itu, atau tambahkan juri itu di bawah `panel: jurors:` dalam berkas kriteria")
FORM_FOR_ANOTHER_PANEL = Text(
    "panel.form-for-another-panel",
    en="check that the file belongs to this round's forms",
    id="periksa apakah berkas itu termasuk formulir putaran ini")
JUROR_NO_FORM = Text(
    "panel.juror-no-form",
    en="juror {juror:q} returned no form; the panel score is computed without this juror",
    id="juri {juror:q} tidak mengembalikan formulir; skor wawancara dihitung tanpa juri ini")
WITHOUT_FORMS = Text("panel.without-forms",
                     en="{text} (no form came back from {jurors:qlist})",
                     id="{text} (juri yang tidak mengembalikan formulir: {jurors:qlist})")
COLLECT_MISSING_FORM = Text(
    "panel.collect-missing-form",
    en="collect the juror's form, or note in the minutes that the juror did not score",
    id="kumpulkan formulir juri itu, atau catat dalam berita acara bahwa juri itu tidak menilai")
FORM_OTHER_YEAR = Text(
    "panel.form-other-year",
    en="the form was printed for the data of {printed}, not {now}",
    id="formulir ini dicetak untuk data tahun {printed}, bukan {now}")
FORM_OTHER_SHORTLIST = Text(
    "panel.form-other-shortlist",
    en="the form was printed for another shortlist (the desk data changed since): on the form but no longer "
       "shortlisted: {out:list}; shortlisted now but not on the form: {new:list}",
    id="formulir ini dicetak untuk daftar nominasi lain (data tahap indikator berubah sejak formulir dicetak): ada di "
       "formulir tetapi tidak lagi masuk nominasi: {out:list}; masuk nominasi sekarang tetapi tidak ada di formulir: "
       "{new:list}")
FORM_OTHER_DATA = Text(
    "panel.form-other-data",
    en="the form was printed from other data (another SHA-256); the shortlist is the same",
    id="formulir ini dicetak dari data lain (SHA-256 berbeda); daftar nominasinya sama")
FORM_OTHER_CRITERIA = Text(
    "panel.form-other-criteria",
    en="the form was printed under other criteria (another SHA-256); its interview criteria are the same",
    id="formulir ini dicetak dengan berkas kriteria lain (SHA-256 berbeda); kriteria wawancaranya sama")
FORM_OTHER_CRITERIA_SET = Text(
    "panel.form-other-criteria-set",
    en="the form has the interview criteria {printed:codelist}, the criteria now {now:codelist}",
    id="formulir ini memuat kriteria wawancara {printed:codelist}, sedangkan berkas kriteria sekarang "
       "{now:codelist}")
FORM_SHEET_MISSING = Text(
    "panel.form-sheet-missing",
    en="the form's scoring sheet {sheet:q} is missing",
    id="lembar penilaian {sheet:q} pada formulir ini tidak ada")
FORM_ROW_MOVED = Text(
    "panel.form-row-moved",
    en="row {row} of the form should hold {expected:q} but holds {found:q}",
    id="baris {row} formulir ini seharusnya berisi {expected:q}, tetapi berisi {found:q}")
FORM_ROW_ADDED = Text(
    "panel.form-row-added",
    en="scores for {name:q} on a row added to the form ignored: the form is for the printed finalists only",
    id="nilai untuk {name:q} pada baris yang ditambahkan ke formulir diabaikan: formulir ini hanya untuk "
       "finalis yang tercetak")
DELETE_ADDED_ROW = Text("panel.delete-added-row",
                        en="delete the row, or score a finalist on its printed row",
                        id="hapus baris itu, atau isi nilai finalis pada baris yang tercetak")
RESTORE_FORM_ROWS = Text(
    "panel.restore-form-rows",
    en="put the rows back in their printed order, or copy the scores onto a newly printed form",
    id="kembalikan urutan baris seperti saat dicetak, atau salin nilainya ke formulir yang baru dicetak")
JURORS_NOT_UTF8 = Text(
    "panel.jurors-not-utf8",
    en="the list of jurors is not UTF-8 text",
    id="daftar juri bukan teks UTF-8")
NO_JURORS_IN_FILE = Text(
    "panel.no-jurors-in-file",
    en="no juror's name in the file",
    id="berkas ini tidak memuat nama juri")
JURORS_FILE_HINT = Text(
    "panel.jurors-file-hint",
    en='write one name per line, or give a sheet with a "Juri" column',
    id='tulis satu nama per baris, atau gunakan lembar dengan kolom "Juri"')
TOO_FEW_JURORS_KEPT = Text(
    "panel.too-few-jurors-kept",
    en="fewer than {n:int} jurors for {items:list}; scored over the jurors who remain (`too_few_jurors: warn`)",
    id="kurang dari {n:int} juri untuk {items:list}; skor dihitung dari juri yang tersisa (`too_few_jurors: warn`)")
ALL_CONFLICTED = Text("panel.all-conflicted",
                      en="every juror who has a row for it has a conflict of interest with it",
                      id="setiap juri yang memiliki baris untuk finalis ini memiliki konflik kepentingan dengannya")
FORMS_NEED_STAGES = Text(
    "panel.forms-need-stages",
    en="scoring forms need criteria with a `panel:` and a `stages:` section",
    id="formulir penilaian memerlukan berkas kriteria yang memiliki bagian `panel:` dan `stages:`")
NO_JURORS = Text(
    "panel.no-jurors",
    en="no jurors to print forms for: the criteria name none under `panel: jurors:`",
    id="tidak ada juri untuk dibuatkan formulir: berkas kriteria tidak menyebut juri di bawah `panel: jurors:`")
NAME_THE_JURORS = Text(
    "panel.name-the-jurors",
    en="list the jurors under `panel: jurors:` in the criteria",
    id="tulis nama para juri di bawah `panel: jurors:` dalam berkas kriteria",
    cli_en="list the jurors under `panel: jurors:` in the criteria, or give a list with `--jurors`",
    cli_id="tulis nama para juri di bawah `panel: jurors:` dalam berkas kriteria, atau berikan daftarnya dengan "
           "`--jurors`")
NO_FINALISTS = Text(
    "panel.no-finalists",
    en="the desk ranking shortlists nobody",
    id="peringkat tahap indikator tidak menghasilkan satu finalis pun")
FORMS_FOLDER_IS_FILE = Text(
    "panel.forms-folder-is-file",
    en="a file, not a folder: the forms are saved in a folder",
    id="ini berkas, bukan folder: formulir disimpan di dalam folder")
FORMS_FOLDER_HINT = Text(
    "panel.forms-folder-hint",
    en="give the name of a folder (it is created when it does not exist)",
    id="berikan nama folder (folder dibuat bila belum ada)")

# the form itself
FORM_SHEET = Text("form.sheet", en="Form", id="Formulir")
FORM_TITLE = Text("form.title", en="Interview scoring form — {panel}", id="Formulir penilaian wawancara — {panel}")
FORM_PANEL_DEFAULT = Text("form.panel-default", en="jury interview", id="wawancara tim juri")
FORM_SUBTITLE = Text("form.subtitle",
                     en="Assessed year {year} · {n:int} finalists · scores from {lo:num} to {hi:num}",
                     id="Tahun yang dinilai {year} · {n:int} finalis · nilai {lo:num} sampai {hi:num}")
FORM_JUROR = Text("form.juror", en="Juror: {name}", id="Juri: {name}")
FORM_JUROR_ROLE = Text("form.juror-role", en="Juror: {name} ({role})", id="Juri: {name} ({role})")
FORM_WEIGHT = Text("form.weight", en="Weight", id="Bobot")
FORM_NO = Text("form.no", en="No.", id="No.")
FORM_CONFLICT_CELL = Text("form.conflict-cell", en="conflict of interest", id="konflik kepentingan")
FORM_INPUT = Text("form.input", en="A score from {lo:num} to {hi:num}; leave empty to abstain.",
                  id="Nilai {lo:num} sampai {hi:num}; kosongkan bila abstain.")
FORM_INVALID_TITLE = Text("form.invalid-title", en="Not a valid score", id="Nilai tidak valid")
FORM_INVALID = Text("form.invalid", en="Type a score from {lo:num} to {hi:num}, or leave the cell empty to abstain.",
                    id="Ketik nilai {lo:num} sampai {hi:num}, atau kosongkan sel bila abstain.")
FORM_LEGEND = Text(
    "form.legend",
    en="Scores from {lo:num} to {hi:num}; decimals are allowed. An empty cell is an abstention: it is not counted, "
       "and it is not a zero.",
    id="Isi nilai {lo:num} sampai {hi:num}; angka desimal boleh. Sel kosong berarti abstain: tidak dihitung dan "
       "bukan nol.")
FORM_LEGEND_CONFLICTS = Text(
    "form.legend-conflicts",
    en="Scores from {lo:num} to {hi:num}; decimals are allowed. An empty cell is an abstention: it is not counted, "
       "and it is not a zero. Grey cells: a conflict of interest; leave them empty (a score there is not counted).",
    id="Isi nilai {lo:num} sampai {hi:num}; angka desimal boleh. Sel kosong berarti abstain: tidak dihitung dan "
       "bukan nol. Sel abu-abu: konflik kepentingan; jangan diisi (nilai di sel itu tidak dihitung).")
FORM_NOTES = Text("form.notes", en="Juror's notes:", id="Catatan juri:")
FORM_DATE = Text("form.date", en="Date: ..............................", id="Tanggal: ..............................")
FORM_SIGNATURE = Text("form.signature", en="Juror's signature,", id="Tanda tangan juri,")
FORM_FOOTER = Text("form.footer", en="Form code {code}", id="Kode formulir {code}")
FORM_GUIDE_TITLE = Text("form.guide-title", en="How to fill in the interview scoring form",
                        id="Petunjuk pengisian formulir penilaian wawancara")
FORM_SHORTLIST_TOP = Text("form.shortlist-top", en="the first {n:int} of the desk ranking",
                          id="{n:int} teratas peringkat tahap indikator")
FORM_SHORTLIST_MIN = Text("form.shortlist-min", en="every candidate with a desk score of at least {score:num}",
                          id="setiap kandidat dengan skor indikator sedikitnya {score:num}")
FORM_GUIDE_FOR = Text(
    "form.guide-for",
    en="This form is for {juror}. On the sheet {sheet:q}, score each of the {n:int} finalists ({rule}) on each "
       "interview criterion.",
    id="Formulir ini untuk {juror}. Di lembar {sheet:q}, beri nilai {n:int} finalis ({rule}) pada setiap kriteria "
       "wawancara.")
FORM_GUIDE_SCALE = Text(
    "form.guide-scale",
    en="Type scores from {lo:num} to {hi:num} (decimals are allowed) without units, % signs or text.",
    id="Ketik nilai {lo:num} sampai {hi:num} (angka desimal boleh), tanpa satuan, tanda %, atau teks.")
FORM_GUIDE_ABSTAIN = Text(
    "form.guide-abstain",
    en="Leave a cell empty when you give no score (an abstention): it is not counted, and it is not a zero.",
    id="Kosongkan sel bila tidak memberi nilai (abstain): sel kosong tidak dihitung dan tidak dianggap nol.")
FORM_GUIDE_CONFLICT = Text(
    "form.guide-conflict",
    en="A grey cell marks a conflict of interest: leave it empty. A score typed there anyway is not counted.",
    id="Sel abu-abu menandai konflik kepentingan: jangan diisi. Nilai yang tetap diisi di sel itu tidak dihitung.")
FORM_GUIDE_LOCKED = Text(
    "form.guide-locked",
    en="The scoring sheet is locked (without a password) so that the names and the order of the rows stay as "
       "printed: do not change the finalists' names, the order of the rows or the sheet's name.",
    id="Lembar penilaian dikunci (tanpa kata sandi) agar nama dan urutan baris tetap seperti saat dicetak: jangan "
       "mengubah nama finalis, urutan baris, atau nama lembar.")
FORM_GUIDE_RETURN = Text(
    "form.guide-return",
    en="When it is filled in, print and sign the form, and return the file to the secretariat under the same name.",
    id="Setelah diisi, cetak dan tanda tangani formulir, lalu serahkan berkasnya kepada sekretariat tanpa mengganti "
       "namanya.")
FORM_GUIDE_SECRETARIAT = Text(
    "form.guide-secretariat",
    en="Secretariat: keep the returned forms together in one folder and give that folder to `paritrana rank` as "
       "the jury's scores; a missing, duplicate or outdated form is reported.",
    id="Sekretariat: simpan semua formulir yang kembali dalam satu folder, lalu berikan folder itu kepada "
       "`paritrana rank` sebagai nilai juri; formulir yang kurang, ganda, atau kedaluwarsa akan dilaporkan.")
FORM_HEAD_CRITERION = Text("form.head-criterion", en="Criterion", id="Kriteria")
FORM_HEAD_LABEL = Text("form.head-label", en="Description", id="Keterangan")
FORM_HEAD_SCALE = Text("form.head-scale", en="Scale", id="Skala")
FORM_FACT_CODE = Text("form.fact-code",
                      en="Form code: {code} (also in the footer of the printed form).",
                      id="Kode formulir: {code} (juga tercetak di kaki halaman formulir).")
FORM_FACT_DATA = Text("form.fact-data", en="Finalists from the data {name} (SHA-256 {sha}).",
                      id="Finalis berdasarkan data {name} (SHA-256 {sha}).")
FORM_FACT_CRITERIA = Text("form.fact-criteria", en="Criteria: {name} (SHA-256 {sha}).",
                          id="Kriteria: {name} (SHA-256 {sha}).")

# ---- the chair's tables (report/panel_terminal.py, explain) ------------------------------------------

COLUMN_CONFLICTS = Text("panel.column-conflicts", en="Conflict of interest", id="Konflik kepentingan")
COLUMN_JUROR_MEAN = Text("panel.column-juror-mean", en="Juror's mean", id="Rata-rata juri")
COLUMN_JUROR_STD = Text("panel.column-juror-std", en="Juror's std. dev.", id="Simpangan baku juri")
STANDARDIZED_CAPTION = Text(
    "panel.standardized-caption",
    en="standardised: x′ = (x − juror's mean) / juror's std. dev. × {std:num2} + {mean:num2} (pooled within-juror "
       "std. dev. and mean of all the scores)",
    id="standardisasi: x′ = (x − rata-rata juri) / simpangan baku juri × {std:num2} + {mean:num2} (simpangan baku "
       "gabungan dalam-juri dan rata-rata semua nilai)")
COLUMN_RAW_TOTAL = Text("panel.column-raw-total", en="Raw score", id="Nilai mentah")
COLUMN_STANDARDIZED_TOTAL = Text("panel.column-standardized-total", en="Standardised", id="Setelah standardisasi")
NOT_COUNTED_CONFLICT = Text("panel.not-counted-conflict", en="conflict of interest", id="konflik kepentingan")
JUROR_SCORES_CAPTION = Text(
    "panel.juror-scores-caption",
    en="each juror's score of {name}: the weighted mean over the criteria they scored, as given and after "
       "standardisation",
    id="nilai setiap juri untuk {name}: rata-rata tertimbang dari kriteria yang dinilainya, sebelum dan sesudah "
       "standardisasi")
STANDARDIZED_FORMULA = Text(
    "panel.standardized-formula",
    en="Standardisation per juror: new score = (score − the juror's mean) / the juror's standard deviation × "
       "{std:num2} + {mean:num2}, where {std:num2} is the pooled within-juror standard deviation and {mean:num2} the "
       "mean of all the panel's scores; the juror's mean and standard deviation are over every score they gave.",
    id="Standardisasi per juri: nilai baru = (nilai − rata-rata juri) / simpangan baku juri × {std:num2} + "
       "{mean:num2}; {std:num2} adalah simpangan baku gabungan dalam-juri dan {mean:num2} rata-rata semua nilai tim "
       "juri; rata-rata dan simpangan baku juri dihitung dari semua nilai yang diberikannya.")
STANDARDIZED_EXAMPLE = Text(
    "panel.standardized-example",
    en="For example {juror} on {criterion:code}: ({raw:num} − {m:num2}) / {s:num2} × {std:num2} + {mean:num2} = "
       "{value:num2}.",
    id="Contoh: {juror} pada {criterion:code}: ({raw:num} − {m:num2}) / {s:num2} × {std:num2} + {mean:num2} = "
       "{value:num2}.")
PANEL_CONFLICTED = Text("panel.panel-conflicted",
                        en="{step}; not counted (conflict of interest): {jurors:list}",
                        id="{step}; tidak dihitung (konflik kepentingan): {jurors:list}")
