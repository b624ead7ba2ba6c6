"""Messages and sentences of the outputs: output paths, report types, the terminal and Markdown
rankings, the ineligible candidates' reasons, ``validate``'s heading, and the template."""

from __future__ import annotations

from paritrana.i18n.text import Text

# ---- output paths (paritrana.io.atomic) -----------------------------------------------------
OUTPUT_EXISTS = Text("output.exists", en="the file already exists", id="berkas sudah ada")
OUTPUT_EXISTS_HINT = Text("output.exists-hint",
                          en="choose another name, or allow replacing the file",
                          id="pilih nama lain, atau izinkan berkas itu ditimpa",
                          cli_en="pass `--force` to replace it",
                          cli_id="tambahkan `--force` untuk menimpanya")
OUTPUT_IS_INPUT = Text("output.is-input", en="this is one of the input files; it is never overwritten",
                       id="berkas ini adalah salah satu berkas masukan dan tidak akan ditimpa")
OUTPUT_IS_INPUT_HINT = Text("output.is-input-hint", en="choose another name for the output",
                            id="pilih nama lain untuk hasilnya",
                            cli_en="choose another `--output` name", cli_id="pilih nama lain untuk `--output`")
OUTPUT_IS_FOLDER = Text("output.is-folder", en="is a folder, not a file", id="berupa folder, bukan berkas")
OUTPUT_IS_FOLDER_HINT = Text("output.is-folder-hint", en="add a file name, e.g. {example}",
                             id="tambahkan nama berkasnya, misalnya {example}")
FOLDER_MISSING = Text("output.folder-missing", en="the folder {folder:q} does not exist",
                      id="folder {folder:q} tidak ada")
FOLDER_MISSING_HINT = Text("output.folder-missing-hint", en="create the folder first, or choose another one",
                           id="buat folder itu lebih dulu, atau pilih folder lain")
FOLDER_IS_FILE = Text("output.folder-is-file", en="{folder:q} is a file, not a folder",
                      id="{folder:q} adalah berkas, bukan folder")
NO_PERMISSION = Text("output.no-permission", en="no permission to save files in the folder {folder:q}",
                     id="tidak ada izin untuk menyimpan berkas di folder {folder:q}")
READ_ONLY = Text("output.read-only", en="the folder {folder:q} is on a read-only drive",
                 id="folder {folder:q} berada di drive yang hanya dapat dibaca")
DISK_FULL = Text("output.disk-full", en="the drive of the folder {folder:q} is full",
                 id="drive tempat folder {folder:q} sudah penuh")
CANNOT_SAVE = Text("output.cannot-save", en="the file cannot be saved in the folder {folder:q} ({reason})",
                   id="berkas tidak dapat disimpan di folder {folder:q} ({reason})")
CHOOSE_ANOTHER_FOLDER = Text("output.choose-folder", en="choose another folder", id="pilih folder lain")
NO_NEW_FILES = Text("output.no-new-files", en="the folder {folder:q} does not accept new files",
                    id="folder {folder:q} tidak dapat menampung berkas baru")

# ---- report types (paritrana.report.formats) ------------------------------------------------
UNKNOWN_REPORT_TYPE = Text("report.unknown-type", en="unknown report type {suffix:code}",
                           id="jenis laporan {suffix:code} tidak dikenal")
NO_REPORT_TYPE = Text("report.no-type", en="the file name has no extension to pick the report type",
                      id="nama berkas belum memiliki ekstensi yang menentukan jenis laporan")
USE_SUFFIXES = Text("report.use-suffixes", en="use {suffixes:codelistor}", id="gunakan {suffixes:codelistor}")
SENSITIVITY_XLSX_ONLY = Text(
    "report.sensitivity-xlsx-only",
    en="the sensitivity sheet can only be added to an Excel report",
    id="lembar sensitivitas hanya dapat ditambahkan ke laporan Excel",
)
SENSITIVITY_XLSX_ONLY_HINT = Text(
    "report.sensitivity-xlsx-only-hint",
    en="save the report as .xlsx, or run the sensitivity analysis on its own",
    id="simpan laporan sebagai `.xlsx`, atau jalankan analisis sensitivitas tersendiri",
    cli_en="give an `--output` ending in .xlsx, or run `paritrana sensitivity` for the other formats",
    cli_id="gunakan `--output` yang berakhiran `.xlsx`, atau jalankan `paritrana sensitivity` untuk format lain",
)

# ---- the ranking on the terminal and in Markdown ---------------------------------------------
YEARS = Text("report.years", en="Assessed year {year}, baseline year {baseline}",
             id="Tahun yang dinilai {year}, tahun pembanding {baseline}")
YEAR = Text("report.year", en="Assessed year {year}", id="Tahun yang dinilai {year}")
SHOWN_OF = Text("report.shown-of", en="showing {shown:int} of {total:int} candidates",
                id="menampilkan {shown:int} dari {total:int} kandidat")
MORE_LISTED = Text("report.more-listed", en="… and {n:int} more, not listed here (all of them are in the report)",
                   id="… dan {n:int} lainnya tidak ditampilkan di sini (semuanya ada di laporan)",
                   cli_en="… and {n:int} more, not listed here (all of them are in `--format json` and in the report)",
                   cli_id="… dan {n:int} lainnya tidak ditampilkan di sini (semuanya ada di `--format json` "
                          "dan di laporan)")
ASPECT_SCORES = Text("report.aspect-scores", en="aspect scores (0–100)", id="skor aspek (0–100)")
NORMALISED = Text("report.normalised", en="normalised values (0–100)", id="nilai ternormalisasi (0–100)")
SOURCES = Text("report.sources", en="Sources: {parts}.", id="Sumber: {parts}.")
SOURCE_INPUT = Text("report.source-input", en="input {name} (SHA-256 {sha:code})",
                    id="data {name} (SHA-256 {sha:code})")
SOURCE_BASELINE = Text("report.source-baseline", en="baseline file {name} (SHA-256 {sha:code})",
                       id="berkas pembanding {name} (SHA-256 {sha:code})")
SOURCE_CRITERIA = Text("report.source-criteria", en="criteria {name} (SHA-256 {sha:code})",
                       id="kriteria {name} (SHA-256 {sha:code})")
SOURCE_CRITERIA_DEFAULT = Text("report.source-criteria-default",
                               en="criteria {name:code} (default; SHA-256 {sha:code})",
                               id="kriteria {name:code} (bawaan; SHA-256 {sha:code})")
SOURCE_CRITERIA_PACKAGED = Text("report.source-criteria-packaged",
                                en="criteria {name:code} (packaged; SHA-256 {sha:code})",
                                id="kriteria {name:code} (bawaan; SHA-256 {sha:code})")
SOURCE_JURY = Text("report.source-jury", en="jury scores {name} (SHA-256 {sha:code})",
                   id="nilai juri {name} (SHA-256 {sha:code})")
INELIGIBLE_ITEM = Text("report.ineligible-item", en="{name}: {reasons}", id="{name}: {reasons}")

# ---- why a candidate is ineligible: the failing rule with the candidate's values ---------------
RULE_EMPTY = Text("reason.empty", en="{rule} ({names:list} empty)", id="{rule} ({names:list} kosong)")
RULE_VALUES = Text("reason.values", en="{rule} ({values})", id="{rule} ({values})")
EMPTY_VALUE = Text("reason.empty-value", en="empty", id="kosong")

# ---- validate's heading ------------------------------------------------------------------------
VALIDATE_TITLE = Text("validate.title", en="Data check: {path}", id="Pemeriksaan data: {path}")
VALIDATE_CRITERIA = Text("validate.criteria", en="Criteria: {name}", id="Kriteria: {name}")
VALIDATE_CANDIDATES = Text("validate.candidates", en="{n:int} candidates", id="{n:int} kandidat")
VALIDATE_SUMMARY = Text("validate.summary", en="errors: {errors:int}, warnings: {warnings:int}",
                        id="{errors:int} kesalahan, {warnings:int} peringatan")

# ---- the template (paritrana.report.template) -------------------------------------------------
TEMPLATE_NOT_XLSX = Text("template.not-xlsx", en="the template is an Excel workbook",
                         id="templat berupa buku kerja Excel")
TEMPLATE_NOT_XLSX_HINT = Text("template.not-xlsx-hint", en="give a name ending in .xlsx",
                              id="beri nama berkas yang berakhiran `.xlsx`")
NOT_A_YEAR = Text("template.not-a-year", en="{typed:q} is not a year; write e.g. 2023,2024",
                  id="{typed:q} bukan tahun; tulis misalnya 2023,2024")
NO_YEAR = Text("template.no-year", en="no year given; write at least one, e.g. 2024",
               id="belum ada tahun; tulis minimal satu tahun, misalnya 2024")
NO_NAMES = Text("template.no-names", en="no candidate names found", id="tidak ada nama kandidat yang ditemukan")
NO_NAMES_HINT = Text("template.no-names-hint",
                     en="give a text file with one name per line, or a sheet with a name column",
                     id="berikan berkas teks berisi satu nama per baris, atau lembar yang memiliki kolom nama")
NAMES_NOT_FOUND = Text("template.names-not-found", en="file not found", id="berkas tidak ditemukan")
NAMES_NOT_UTF8 = Text("template.names-not-utf8", en="the names file is not UTF-8 text",
                      id="berkas nama bukan teks UTF-8")
NAMES_NOT_UTF8_HINT = Text("template.names-not-utf8-hint",
                           en='save it as UTF-8 (Notepad: "File → Save as → Encoding: UTF-8")',
                           id='simpan sebagai UTF-8 (Notepad: "File → Save as → Encoding: UTF-8")')

# the Petunjuk / Instructions sheet: stand-alone sentences, capital and full stop
T_TITLE = Text("template.title", en="How to fill in this workbook", id="Petunjuk pengisian")
T_ROWS = Text("template.rows",
              en="Fill in one row per candidate on every year sheet ({years}). The sheet name gives the data year; "
                 "do not rename it.",
              id="Isi satu baris untuk setiap kandidat pada setiap lembar tahun ({years}). Nama lembar menentukan "
                 "tahun data; jangan diganti.")
T_PREVIOUS = Text("template.previous",
                  en="These criteria compare with the previous year: fill in the baseline year's sheet too.",
                  id="Kriteria ini membandingkan dengan tahun sebelumnya: isi juga lembar tahun pembanding.")
T_NAMES = Text("template.names",
               en='Column {entity:q}: the candidate\'s name, spelled the same in every year. The prefix '
                  '"Kabupaten"/"Kab." is optional, but "Kota X" and "X" are different candidates.',
               id='Kolom {entity:q}: nama kandidat, dieja sama di setiap tahun. Awalan "Kabupaten"/"Kab." boleh '
                  'ditulis atau tidak, tetapi "Kota X" berbeda dari "X".')
T_GROUP = Text("template.group",
               en="Column {group:q}: the candidate's group; candidates are ranked within each group.",
               id="Kolom {group:q}: kelompok kandidat; peringkat disusun di dalam setiap kelompok.")
T_NUMBERS = Text("template.numbers",
                 en="Type numbers without units or other text. Numbers typed as text must use the {locale} format. "
                    "If you use formulas, open and save the file in Excel/LibreOffice so that their results are "
                    "stored.",
                 id="Ketik angka tanpa satuan atau teks tambahan. Angka yang diketik sebagai teks harus memakai "
                    "format {locale}. Bila memakai rumus, buka dan simpan berkas di Excel/LibreOffice agar "
                    "hasilnya tersimpan.")
T_LOCALE_ID = Text("template.locale-id", en="Indonesian (1.234.567 and 31,63)", id="Indonesia (1.234.567 dan 31,63)")
T_LOCALE_EN = Text("template.locale-en", en="English (1,234,567 and 31.63)", id="Inggris (1,234,567 dan 31.63)")
T_TOTALS = Text("template.totals",
                en='Do not add "Jumlah"/"Total" rows (they are ignored) and do not change the column headers.',
                id='Jangan menambah baris "Jumlah"/"Total" (baris itu diabaikan) dan jangan mengubah judul kolom.')
T_COMMENTS = Text("template.comments", en="Point at a column header to see its description, unit, and bounds.",
                  id="Arahkan kursor ke judul kolom untuk melihat keterangan, satuan, dan batas nilainya.")
T_CHECK = Text("template.check",
               en="When it is filled in, check it with `paritrana validate {file}`, then rank with "
                  "`paritrana rank {file}`.",
               id="Setelah diisi, periksa dengan `paritrana validate {file}`, lalu susun peringkat dengan "
                  "`paritrana rank {file}`.")
T_HEAD_HEADER = Text("template.head-header", en="Column header", id="Judul kolom")
T_HEAD_NAME = Text("template.head-name", en="Name in the criteria", id="Nama di kriteria")
T_HEAD_NOTE = Text("template.head-note", en="Description and bounds", id="Keterangan dan batas")
T_CRITERIA = Text("template.criteria", en="Criteria: {name}", id="Kriteria: {name}")
T_NOTE_ENTITY = Text("template.note-entity", en="Candidate name, spelled the same in every year",
                     id="Nama kandidat, dieja sama di setiap tahun")
T_NOTE_GROUP = Text("template.note-group", en="Group: candidates are ranked within their group",
                    id="Kelompok: kandidat diperingkat di dalam kelompoknya")
T_NOTE_UNIT = Text("template.note-unit", en="{label}, in {unit}", id="{label}, dalam {unit}")
T_WHOLE = Text("template.whole", en="whole number", id="bilangan bulat")
T_NUMBER = Text("template.number", en="number", id="angka")
T_INVALID_TITLE = Text("template.invalid-title", en="Not a valid value", id="Nilai tidak sah")
T_INVALID = Text("template.invalid", en="Enter a {what}.", id="Isi dengan {what}.")
