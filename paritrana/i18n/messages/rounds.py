"""Rounds over time and across provinces: a previous result and the movement since it, the
split of a score change, status bands, several input files, and the history of a workbook.

Movement reads as the glossary says: *naik 2 peringkat*, *turun 1 peringkat*, *tetap*; a
candidate not ranked before is *baru*. Score changes are in *poin* (points of a score).
"""

from __future__ import annotations

from paritrana.i18n.text import Text

# ---- the previous result (paritrana.io.previous) ------------------------------------------------

PREVIOUS_NOT_JSON = Text("previous.not-json",
                         en="a previous result is read from the JSON paritrana wrote, not from a workbook or report",
                         id="hasil sebelumnya dibaca dari berkas JSON yang dibuat paritrana, bukan dari buku kerja "
                            "atau laporan")
PREVIOUS_SAVE_JSON = Text("previous.save-json",
                          en="give last year's result as JSON (saved with the ranking as a `.json` report)",
                          id="berikan hasil tahun lalu dalam bentuk JSON (laporan `.json` yang disimpan saat "
                             "memeringkat)",
                          cli_en="give last year's result as JSON: `paritrana rank DATA --output hasil-2024.json` "
                                 "(with last year's data and criteria)",
                          cli_id="berikan hasil tahun lalu dalam bentuk JSON: `paritrana rank DATA --output "
                                 "hasil-2024.json` (dengan data dan kriteria tahun lalu)")
PREVIOUS_NOT_FOUND = Text("previous.not-found", en="previous result not found",
                          id="berkas hasil sebelumnya tidak ditemukan")
PREVIOUS_IS_FOLDER = Text("previous.is-folder", en="this is a folder, not a previous result",
                          id="ini folder, bukan berkas hasil sebelumnya")
PREVIOUS_UNREADABLE = Text("previous.unreadable", en="cannot read the previous result: {reason:q}",
                           id="berkas hasil sebelumnya tidak dapat dibaca: {reason:q}")
PREVIOUS_NOT_A_RESULT = Text("previous.not-a-result", en="not a result written by paritrana ({what})",
                             id="bukan hasil yang dibuat paritrana ({what})")
WHAT_JSON = Text("previous.what-json", en="not JSON", id="bukan JSON")
WHAT_KEY = Text("previous.what-key", en="{key:code} is missing or malformed", id="{key:code} tidak ada atau rusak")
PREVIOUS_SAME_YEAR = Text("previous.same-year",
                          en="the previous result assesses {previous}, not a year before {year}",
                          id="hasil sebelumnya menilai tahun {previous}, bukan tahun sebelum {year}")
PREVIOUS_PICK_OLDER = Text("previous.pick-older", en="give the result of an earlier round",
                           id="berikan hasil putaran sebelumnya")
PREVIOUS_NO_MATCH = Text("previous.no-match",
                         en="no candidate of the previous result ({title:q}) is ranked here; every candidate is new",
                         id="tidak ada kandidat hasil sebelumnya ({title:q}) yang diperingkat di sini; semua kandidat "
                            "baru")
PREVIOUS_NO_MATCH_HINT = Text("previous.no-match-hint", en="check that it is the same award category",
                              id="periksa apakah kategori penghargaannya sama")
PREVIOUS_CRITERIA_DIFFER = Text(
    "previous.criteria-differ",
    en="the previous result was ranked under other criteria ({what:list}); ranks and scores also move because of "
       "that, not only because of the data",
    id="hasil sebelumnya disusun dengan kriteria yang berbeda ({what:list}); peringkat dan skor juga berubah karena "
       "perbedaan itu, bukan hanya karena data")
PREVIOUS_CRITERIA_DIFFER_HINT = Text(
    "previous.criteria-differ-hint",
    en="compare with a result ranked under the same criteria, or see the criteria's share of a candidate's change "
       "in its explanation",
    id="bandingkan dengan hasil yang disusun dengan kriteria yang sama, atau lihat bagian perubahan kriteria dalam "
       "penjelasan per kandidat",
    cli_en="compare with a result ranked under the same criteria, or see the criteria's share of a candidate's "
           "change with `paritrana explain DATA NAME --previous RESULT`",
    cli_id="bandingkan dengan hasil yang disusun dengan kriteria yang sama, atau lihat bagian perubahan kriteria "
           "per kandidat dengan `paritrana explain DATA NAMA --previous HASIL`")
CRITERIA_ADDED = Text("previous.criteria-added", en="indicator {ids:codelist} added",
                      id="indikator {ids:codelist} ditambahkan")
CRITERIA_REMOVED = Text("previous.criteria-removed", en="indicator {ids:codelist} removed",
                        id="indikator {ids:codelist} dihapus")
CRITERIA_WEIGHTS = Text("previous.criteria-weights", en="the weight of {ids:codelist} changed",
                        id="bobot {ids:codelist} berubah")
CRITERIA_RULES = Text("previous.criteria-rules", en="other scoring rules changed",
                      id="aturan penilaian lain berubah")
CRITERIA_FILE = Text("previous.criteria-file", en="its criteria file has another SHA-256",
                     id="SHA-256 berkas kriterianya berbeda")
PREVIOUS_NO_CRITERIA = Text("previous.no-criteria",
                            en="the previous result does not record the text of its criteria (it was written by an "
                               "earlier version of paritrana), so the criteria change cannot be told apart",
                            id="hasil sebelumnya tidak mencatat isi berkas kriterianya (dibuat oleh versi paritrana "
                               "yang lebih lama), sehingga pengaruh perubahan kriteria tidak dapat dipisahkan")
PREVIOUS_RANK_AGAIN = Text("previous.rank-again",
                           en="rank last year's data again with this version and its criteria, and give that result",
                           id="peringkat ulang data tahun lalu dengan versi ini dan kriterianya, lalu berikan hasil "
                              "itu",
                           cli_en="rank last year's data again with this version: `paritrana rank DATA-2024.xlsx "
                                  "--criteria CRITERIA-2024.yaml --output hasil-2024.json`",
                           cli_id="peringkat ulang data tahun lalu dengan versi ini: `paritrana rank DATA-2024.xlsx "
                                  "--criteria KRITERIA-2024.yaml --output hasil-2024.json`")

# ---- the split of a score change (paritrana.explain.change) --------------------------------------

CHANGE_NO_STAGES = Text("change.no-stages",
                        en="the change of a score is split for criteria without a final stage only",
                        id="perubahan skor hanya dapat dirinci untuk kriteria tanpa tahap akhir")
CHANGE_NO_RAW = Text("change.no-raw",
                     en="the previous result has no raw value of indicator {iid:code} for every candidate",
                     id="hasil sebelumnya tidak memuat nilai mentah indikator {iid:code} untuk setiap kandidat")
CHANGE_NOT_REPRODUCED = Text("change.not-reproduced",
                             en="the previous result does not give its own scores back from the values it records; "
                                "was it edited?",
                             id="skor dalam hasil sebelumnya tidak dapat dihitung ulang dari nilai yang dicatatnya; "
                                "apakah berkas itu diubah?")
PREVIOUS_CRITERIA_DO_NOT_FIT = Text("change.criteria-do-not-fit",
                                    en="the previous result's criteria cannot rank this year's data, so the criteria "
                                       "change cannot be told apart: {problem}",
                                    id="kriteria hasil sebelumnya tidak dapat memeringkat data tahun ini, sehingga "
                                       "pengaruh perubahan kriteria tidak dapat dipisahkan: {problem}")
MOVED_UP = Text("change.moved-up", en="{name} rose {n:int} places (from {before:int} to {rank:int})",
                id="{name} naik {n:int} peringkat (dari {before:int} ke {rank:int})")
MOVED_UP_ONE = Text("change.moved-up-one", en="{name} rose {n:int} place (from {before:int} to {rank:int})",
                    id="{name} naik {n:int} peringkat (dari {before:int} ke {rank:int})")
MOVED_DOWN = Text("change.moved-down", en="{name} fell {n:int} places (from {before:int} to {rank:int})",
                  id="{name} turun {n:int} peringkat (dari {before:int} ke {rank:int})")
MOVED_DOWN_ONE = Text("change.moved-down-one", en="{name} fell {n:int} place (from {before:int} to {rank:int})",
                      id="{name} turun {n:int} peringkat (dari {before:int} ke {rank:int})")
STAYED = Text("change.stayed", en="{name} stayed at rank {rank:int}", id="{name} tetap di peringkat {rank:int}")
OTHER_GROUP = Text("change.other-group",
                   en="{name} is ranked {rank:int} in {group:q} (before: {before:int} in {previous_group:q})",
                   id="{name} di peringkat {rank:int} kelompok {group:q} (sebelumnya {before:int} di kelompok "
                      "{previous_group:q})")
SCORE_CHANGE = Text("change.score", en="its score {delta} points ({old:num2} → {new:num2})",
                    id="skornya {delta} poin ({old:num2} → {new:num2})")
PARTS = Text("change.parts", en="{head}, {score}: its own data {own}, the other candidates {others}, the criteria "
                                "change {criteria}.",
             id="{head}, {score}: datanya sendiri {own}, kandidat lain {others}, perubahan kriteria {criteria}.")
PART_POINTS = Text("change.part-points", en="{value} points", id="{value} poin")
NOT_SPLIT = Text("change.not-split",
                 en="{head}, {score}; the change cannot be split: this year's data do not meet the previous "
                    "criteria's eligibility rules.",
                 id="{head}, {score}; perubahannya tidak dapat dirinci karena data tahun ini tidak memenuhi syarat "
                    "kelayakan kriteria sebelumnya.")
NEW = Text("change.new",
           en="{name} is new: it was not ranked in the previous result, so there is no change to split.",
           id="{name} baru: tidak diperingkat dalam hasil sebelumnya, jadi tidak ada perubahan skor yang dapat "
              "dirinci.")
NOT_RANKED_NOW = Text("change.not-ranked-now",
                      en="{name} is not eligible this year, so there is no change of score to split.",
                      id="{name} tidak memenuhi syarat tahun ini, jadi tidak ada perubahan skor yang dapat dirinci.")
CHANGE_TITLE = Text("change.title", en="Change since the previous result ({path})",
                    id="Perubahan sejak hasil sebelumnya ({path})")
PART_OWN = Text("change.part.own", en="Its own data", id="Datanya sendiri")
PART_OTHERS = Text("change.part.others", en="The other candidates (normalisation)",
                   id="Kandidat lain (normalisasi)")
PART_CRITERIA = Text("change.part.criteria", en="The criteria change", id="Perubahan kriteria")
PART_TOTAL = Text("change.part.total", en="Change of score", id="Perubahan skor")
PART_COLUMN = Text("change.part.column", en="Part", id="Bagian")
POINTS_COLUMN = Text("change.points.column", en="Points", id="Poin")

# ---- the ranking's extra columns: movement, bands, source file (paritrana.report.rounds) -------------

COL_MOVEMENT = Text("rounds.col.movement", en="Change", id="Perubahan")
COL_PREVIOUS = Text("rounds.col.previous", en="Before", id="Sebelumnya")
COL_FROM = Text("rounds.col.from", en="From (rank)", id="Asal (peringkat)")
COL_SOURCE = Text("rounds.col.source", en="File", id="Berkas")
MOVEMENT_NEW = Text("rounds.movement-new", en="new", id="baru")
MOVEMENT_LEGEND = Text("rounds.movement-legend",
                       en="change of rank since {path} (assessed year {year}): ▲ up, ▼ down, = same; before: rank "
                          "(score)",
                       id="perubahan peringkat sejak {path} (tahun yang dinilai {year}): ▲ naik, ▼ turun, = tetap; "
                          "sebelumnya: peringkat (skor)")
BAND_DEFAULT = Text("rounds.band-default", en="{name} band", id="Predikat {name}")
SCORE_NAME = Text("rounds.score-name", en="score", id="skor")
BAND_COUNTS = Text("rounds.band-counts", en="{label}: {counts}", id="{label}: {counts}")
BAND_COUNT = Text("rounds.band-count", en="{name} ({range}) {n:int}", id="{name} ({range}) {n:int}")
BAND_LOWEST = Text("rounds.band-lowest", en="below {cut:num}", id="di bawah {cut:num}")
BAND_MIDDLE = Text("rounds.band-middle", en="{low:num} to under {high:num}",
                   id="{low:num} sampai di bawah {high:num}")
BAND_HIGHEST = Text("rounds.band-highest", en="{cut:num} and above", id="{cut:num} ke atas")
# CSV column headers (the plain dialect's are fixed English keys, see paritrana.report.text)
CSV_PREVIOUS_RANK = Text("rounds.csv.previous-rank", en="Previous rank", id="Peringkat sebelumnya")
CSV_PREVIOUS_SCORE = Text("rounds.csv.previous-score", en="Previous score", id="Skor sebelumnya")
CSV_MOVEMENT = Text("rounds.csv.movement", en="Change of rank", id="Perubahan peringkat")
CSV_FROM_GROUP = Text("rounds.csv.from-group", en="From group", id="Kelompok asal")
CSV_GROUP_RANK = Text("rounds.csv.group-rank", en="Rank in its group", id="Peringkat di kelompok asal")
SHORTLIST_NOTE = Text("rounds.shortlist-note",
                      en="shortlist: the first {n:int} of each of {groups:int} groups (of {ranked:int} candidates "
                         "ranked), scored and ranked together",
                      id="daftar nominasi: {n:int} teratas dari setiap kelompok ({groups:int} kelompok, dari "
                         "{ranked:int} kandidat yang diperingkat), dinilai dan diperingkat bersama")
CSV_SOURCE = Text("rounds.csv.source", en="Source file", id="Berkas sumber")
SOURCE_PREVIOUS = Text("rounds.source-previous", en="previous result {name} (SHA-256 {sha:code})",
                       id="hasil sebelumnya {name} (SHA-256 {sha:code})")

# ---- several input files (paritrana.io.files) ------------------------------------------------------

FOLDER_WITHOUT_DATA = Text("files.folder-without-data", en="the folder holds no workbook or CSV file",
                           id="folder ini tidak berisi buku kerja atau berkas CSV")
FOLDER_WITHOUT_DATA_HINT = Text("files.folder-without-data-hint",
                                en="put the provinces' .xlsx or .csv files in it, or give the files themselves",
                                id="letakkan berkas .xlsx atau .csv setiap provinsi di dalamnya, atau sebut berkasnya "
                                   "satu per satu")
NAME_IN_TWO_FILES = Text("files.name-in-two-files",
                         en="{name:q} is in two files: {first} ({first_place}) and {second} ({second_place})",
                         id="{name:q} ada di dua berkas: {first} ({first_place}) dan {second} ({second_place})")
NAME_IN_TWO_FILES_HINT = Text("files.name-in-two-files-hint",
                              en="a candidate belongs to one file only; delete one of the rows, or tell the names "
                                 "apart",
                              id="setiap kandidat hanya boleh ada di satu berkas; hapus salah satu barisnya, atau "
                                 "bedakan namanya")
SEMICOLON = Text("files.semicolon", en="{first}; {rest}", id="{first}; {rest}")
YEAR_FILES = Text("files.year-files", en="{year} in {files:list}", id="{year} di {files:list}")
FILES_ASSESS_DIFFERENT_YEARS = Text("files.different-years",
                                    en="the files do not assess the same year: {parts}",
                                    id="berkas masukan tidak menilai tahun yang sama: {parts}")
FILES_DIFFERENT_BASELINES = Text("files.different-baselines",
                                 en="the files do not compare with the same baseline year: {parts}",
                                 id="berkas masukan tidak memakai tahun pembanding yang sama: {parts}")
ONE_YEAR_FOR_ALL_FILES = Text("files.one-year", en="give every file the same years, or choose the assessed year",
                              id="samakan tahun di semua berkas, atau pilih tahun yang dinilai",
                              cli_en="give every file the same years, or choose the assessed year with `--year`",
                              cli_id="samakan tahun di semua berkas, atau pilih tahun yang dinilai dengan `--year`")
SHORTLIST_NEEDS_GROUPS = Text("files.shortlist-needs-groups",
                              en="a shortlist of each group's first candidates needs groups: criteria with "
                                 "`group_by` (`group_by: file` makes each file a group)",
                              id="daftar nominasi dari setiap kelompok memerlukan kelompok: kriteria dengan "
                                 "`group_by` (`group_by: file` menjadikan setiap berkas satu kelompok)")
SHORTLIST_NO_STAGES = Text("files.shortlist-no-stages",
                           en="a shortlist of each group's first candidates is for criteria without a final stage",
                           id="daftar nominasi dari setiap kelompok hanya untuk kriteria tanpa tahap akhir")

# ---- the history of a workbook (rank --history) ------------------------------------------------------

HISTORY_TITLE = Text("rounds.history-title", en="Ranking history", id="Riwayat peringkat")
HISTORY_CAPTION = Text("rounds.history-caption",
                       en="rank (score) in each assessed year, each year against the year before it: {pairs:list}",
                       id="peringkat (skor) pada setiap tahun yang dinilai, setiap tahun dibandingkan dengan tahun "
                          "sebelumnya: {pairs:list}")
HISTORY_PAIR = Text("rounds.history-pair", en="{year} against {baseline}", id="{year} terhadap {baseline}")
HISTORY_YEAR = Text("rounds.history-year", en="{year}", id="{year}")
