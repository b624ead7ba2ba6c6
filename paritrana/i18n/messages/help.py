"""``--help`` of every command, in Indonesian and English (``paritrana.cli.help`` applies them).

Keys name what they describe, so that the command line finds them without a table:

- ``help.<command path>``: a command (``help.rank``, ``help.criteria.show``; the app: ``help.main``);
- ``help.<command path>.<parameter>``: one command's option or argument, else
  ``help.opt.<parameter>`` for one shared by several commands (``--criteria``, ``--year``...);
- ``help.metavar.<parameter>``: the placeholder of a value (``BERKAS``);
- ``help.panel.<name>``, ``help.ui.*``: panel titles and the words of the help layout.

A text may use ``{default}``: the option's default, formatted in the language (the layout's own
"[default: …]" is switched off, since it writes 2000000 where a reader expects 2.000.000), and
the values the command line supplies (``paritrana.cli.help.VALUES``: ``{suffixes}``, the report
types of the format table).
Typer reads the texts as rich markup: no ``[`` followed by a letter.
"""

from __future__ import annotations

from paritrana.i18n.text import Text

# ---- commands --------------------------------------------------------------------------------
MAIN = Text("help.main", en="Score and rank the candidates of the Paritrana Award (BPJS Ketenagakerjaan coverage).",
            id="Menilai dan memeringkat kandidat Paritrana Award (cakupan kepesertaan BPJS Ketenagakerjaan).")
RANK = Text("help.rank",
            en="Load, check, score and rank the data; print the ranking, and save a report with `--output`.",
            id="Memuat, memeriksa, menilai, dan memeringkat data; menampilkan peringkat, dan menyimpan laporan "
               "dengan `--output`.")
EXPLAIN = Text("help.explain",
               en="Explain one candidate's score, indicator by indicator: raw value → normalised value → weighted "
                  "contribution (with `--vs`, the score gap to another candidate; with `--panel`, the jury's scores "
                  "and the final score).",
               id="Menjelaskan skor satu kandidat per indikator: nilai mentah → nilai ternormalisasi → kontribusi "
                  "berbobot (dengan `--vs`, selisih skornya dengan kandidat lain; dengan `--panel`, nilai juri dan "
                  "skor akhir).")
VALIDATE = Text("help.validate",
                en="Check the data without ranking: every error and warning with its sheet, cell and a fix.\n\n"
                   "Exits with 1 when there is any error (the same errors that make `rank` stop).",
                id="Memeriksa data tanpa memeringkat: setiap kesalahan dan peringatan beserta lembar, sel, dan "
                   "saran perbaikannya.\n\nKode keluar 1 bila ada kesalahan (kesalahan yang sama menghentikan "
                   "`rank`).")
TEMPLATE = Text("help.template",
                en="Save a blank input workbook with exactly the columns the criteria need; with `--panel`, the "
                   "jurors' scoring forms for the shortlist.",
                id="Menyimpan buku kerja isian kosong dengan kolom yang tepat sesuai kebutuhan kriteria; dengan "
                   "`--panel`, formulir penilaian juri untuk daftar nominasi.")
SENSITIVITY = Text("help.sensitivity",
                   en="How stable the ranking is: the scores again under random weights (and methods); rank "
                      "intervals, the chance of first place, the safe weight ranges of the top three, and the top "
                      "three without each indicator.",
                   id="Seberapa stabil peringkat: skor dihitung ulang dengan bobot (dan metode) acak; rentang "
                      "peringkat, peluang juara 1, rentang bobot aman untuk tiga besar, dan tiga besar tanpa tiap "
                      "indikator.")
VERIFY = Text("help.verify",
              en="Check that a published report (.xlsx or .json) is what paritrana gives for its recorded inputs: "
                 "the inputs are hashed again, ranked again with the recorded options, and every rank and score "
                 "(and, in a workbook, every weight) is compared.\n\nExits with 1 when anything differs. Nothing "
                 "the report records is run, and nothing is written.",
              id="Memeriksa apakah laporan yang diterbitkan (.xlsx atau .json) sesuai dengan hasil paritrana dari "
                 "berkas masukan yang tercatat: SHA-256 berkas masukan dihitung ulang, data diperingkat ulang dengan "
                 "opsi yang tercatat, lalu setiap peringkat dan skor (dan, pada buku kerja, setiap bobot) dibandingkan."
                 "\n\nKode keluar 1 bila ada perbedaan. Tidak ada perintah dari laporan yang dijalankan, dan tidak "
                 "ada berkas yang dibuat.")
VERIFY_REPORT = Text("help.verify.report", en="The report to check (.xlsx or .json, saved with `--output`).",
                     id="Laporan yang diperiksa (.xlsx atau .json, disimpan dengan `--output`).")
VERIFY_INPUTS = Text("help.verify.inputs",
                     en="A folder holding the report's input files (may be given more than once); only files in "
                        "these folders are read. Default: the paths the report recorded.",
                     id="Folder berisi berkas masukan laporan (boleh diberikan lebih dari sekali); hanya berkas di "
                        "folder ini yang dibaca. Bawaan: lokasi yang tercatat di laporan.")
VERIFY_FORMAT = Text("help.verify.fmt", en="Output format on the screen (default {default:code}).",
                     id="Format keluaran di layar (bawaan {default:code}).")
V_REPORT = Text("help.metavar.report", en="REPORT", id="LAPORAN")
V_INPUTS = Text("help.metavar.inputs", en="FOLDER", id="FOLDER")
CRITERIA = Text("help.criteria", en="Show, check, list or start criteria files.",
                id="Menampilkan, memeriksa, mendaftar, atau memulai berkas kriteria.")
CRITERIA_SHOW = Text("help.criteria.show",
                     en="The aspect → indicator tree with relative and global weights, methods and rules.",
                     id="Pohon aspek → indikator dengan bobot relatif dan bobot global, metode, serta syarat.")
CRITERIA_CHECK = Text("help.criteria.check",
                      en='Strict check: every error with its YAML line (exit 1), then the warnings; "OK" when clean.',
                      id='Pemeriksaan ketat: setiap kesalahan beserta baris YAML-nya (kode keluar 1), lalu '
                         'peringatan; "OK" bila tidak ada masalah.')
CRITERIA_LIST = Text("help.criteria.list",
                     en="The packaged criteria: the name to give `--criteria`, the title and the file.",
                     id="Daftar kriteria bawaan: nama untuk `--criteria`, judul, dan berkasnya.")
CRITERIA_INIT = Text("help.criteria.init",
                     en="Save an editable copy of packaged criteria (default: the kabupaten/kota criteria, with "
                        "comments in Indonesian).",
                     id="Menyimpan salinan kriteria bawaan yang dapat diubah (bawaan: kriteria kabupaten/kota, "
                        "dengan penjelasan dalam bahasa Indonesia).")

# ---- options and arguments shared by several commands -----------------------------------------
O_HELP = Text("help.opt.help", en="Show this help and exit.", id="Menampilkan bantuan ini lalu keluar.")
O_VERSION = Text("help.opt.version", en="Show the version and exit.", id="Menampilkan versi lalu keluar.")
O_DEBUG = Text("help.opt.debug", en="Show a traceback on errors (for developers).",
               id="Menampilkan traceback bila terjadi kesalahan (untuk pengembang).")
O_MAX_ROWS = Text("help.opt.max_rows",
                  en="Refuse a sheet or CSV with more than N rows (default {default:int}); may follow the command.",
                  id="Menolak lembar atau CSV yang memiliki lebih dari N baris (bawaan {default:int}); boleh ditulis "
                     "setelah perintah.")
O_MAX_COLUMNS = Text("help.opt.max_columns",
                     en="Refuse a sheet or CSV with more than N columns (default {default:int}); may follow the "
                        "command.",
                     id="Menolak lembar atau CSV yang memiliki lebih dari N kolom (bawaan {default:int}); boleh "
                        "ditulis setelah perintah.")
O_FILE = Text("help.opt.file", en="Input workbook (.xlsx, .xlsm) or CSV file.",
              id="Buku kerja data (.xlsx, .xlsm) atau berkas CSV.")
O_CRITERIA = Text("help.opt.criteria",
                  en="Criteria: a YAML file, or the name of packaged criteria (`paritrana criteria list`: kabkota, "
                     "provinsi, badan-usaha…); a file that exists wins over a name (default: `kabkota`).",
                  id="Kriteria: berkas YAML, atau nama kriteria bawaan (`paritrana criteria list`: kabkota, "
                     "provinsi, badan-usaha…); berkas yang ada selalu didahulukan daripada nama (bawaan: "
                     "`kabkota`).")
O_YEAR = Text("help.opt.year", en="Assessed year (default: the newest in the file).",
              id="Tahun yang dinilai (bawaan: tahun terbaru dalam berkas).")
O_BASELINE = Text("help.opt.baseline", en="Workbook holding the baseline year, for `previous()`.",
                  id="Buku kerja berisi data tahun pembanding, untuk `previous()`.")
O_LANG = Text("help.opt.lang",
              en="Output language, also of this help (default: PARITRANA_LANG, else the criteria's language, else "
                 "`id`).",
              id="Bahasa keluaran, juga untuk bantuan ini (bawaan: PARITRANA_LANG, lalu bahasa kriteria, lalu "
                 "`id`).")
O_ENCODING = Text("help.opt.encoding", en="Text encoding of a CSV file (default UTF-8), e.g. cp1252.",
                  id="Pengodean teks berkas CSV (bawaan UTF-8), misalnya cp1252.")
O_MAX_MB = Text("help.opt.max_uncompressed_mb",
                en="Refuse a workbook that would inflate beyond N MB (default {default:int}).",
                id="Menolak buku kerja yang isinya melebihi N MB setelah dibuka (bawaan {default:int}).")
O_PANEL = Text("help.opt.panel",
               en="The jury's interview scores for the final stage: a folder of the returned scoring forms "
                  "(`template --panel`), or a workbook (one sheet per juror, or one long sheet "
                  "Juri/Wilayah/Kriteria/Nilai); may be repeated. Needs criteria with `panel:` and `stages:`.",
               id="Nilai wawancara tim juri untuk tahap akhir: folder berisi formulir penilaian yang sudah diisi "
                  "(`template --panel`), atau buku kerja (satu lembar per juri, atau satu lembar panjang "
                  "Juri/Wilayah/Kriteria/Nilai); boleh diulang. Perlu kriteria yang memiliki `panel:` dan "
                  "`stages:`.")
O_CONFLICTS = Text("help.opt.conflicts",
                   en="Conflicts of interest beside the criteria's: a sheet with the columns Juri and Wilayah (and "
                      "Alasan Pencabutan when the chair lifts one); a conflicted score is never counted.",
                   id="Konflik kepentingan, selain yang ada dalam kriteria: lembar dengan kolom Juri dan Wilayah "
                      "(ditambah Alasan Pencabutan bila ketua tim juri mencabutnya); nilai yang berkonflik tidak "
                      "pernah dihitung.")
O_PREVIOUS = Text("help.opt.previous",
                  en="A previous result (the JSON paritrana wrote last year): adds each candidate's change of rank "
                     "(▲ 2, ▼ 1, =, new) and its previous rank and score; with `explain`, splits the change of the "
                     "score into its own data, the other candidates and the criteria.",
                  id="Hasil sebelumnya (berkas JSON yang dibuat paritrana tahun lalu): menambahkan perubahan "
                     "peringkat setiap kandidat (▲ 2, ▼ 1, =, baru) serta peringkat dan skor sebelumnya; pada "
                     "`explain`, merinci perubahan skor menjadi datanya sendiri, kandidat lain, dan perubahan "
                     "kriteria.")
O_FORCE = Text("help.opt.force", en="Replace the file if it exists.", id="Menimpa berkas bila sudah ada.")
O_FORMAT = Text("help.opt.fmt", en="Output format on the screen (default {default:code}).",
                id="Format keluaran di layar (bawaan {default:code}).")

# ---- options of one command -------------------------------------------------------------------
RANK_FORMAT = Text("help.rank.fmt",
                   en="Output format on the screen (default {default:code}; `md` is short for `markdown`).",
                   id="Format keluaran di layar (bawaan {default:code}; `md` sama dengan `markdown`).")
RANK_FILE = Text("help.rank.file",
                 en="Input workbooks (.xlsx, .xlsm) or CSV files, or a folder of them: several are ranked together "
                    "(the national round), each candidate keeping its file.",
                 id="Buku kerja data (.xlsx, .xlsm) atau berkas CSV, atau folder berisi berkas itu: beberapa berkas "
                    "diperingkat bersama (putaran nasional), setiap kandidat tetap mencatat berkas asalnya.")
RANK_TOP_PER_GROUP = Text("help.rank.top_per_group",
                          en="Take each group's first N (e.g. each province's, with `group_by: file`) to one "
                             "shortlist, scored and ranked together.",
                          id="Mengambil N teratas setiap kelompok (misalnya setiap provinsi, dengan `group_by: file`) "
                             "ke satu daftar nominasi yang dinilai dan diperingkat bersama.")
RANK_HISTORY = Text("help.rank.history",
                    en="Add each candidate's rank and score in every year of the data, each year against the year "
                       "before it (a table, and `history` in the JSON).",
                    id="Menambahkan peringkat dan skor setiap kandidat pada setiap tahun dalam data, setiap tahun "
                       "dibandingkan dengan tahun sebelumnya (tabel, dan `history` dalam JSON).")
RANK_TOP = Text("help.rank.top", en="Show only the first N of each group.",
                id="Hanya menampilkan N teratas setiap kelompok.")
RANK_GROUP = Text("help.rank.group", en="Show only this group.", id="Hanya menampilkan kelompok ini.")
RANK_OUTPUT = Text("help.rank.output",
                   en="Save a report; its extension picks the type ({suffixes:listor}).",
                   id="Menyimpan laporan; ekstensinya menentukan jenisnya ({suffixes:listor}).")
RANK_CSV_DIALECT = Text(
    "help.rank.csv_dialect",
    en="How CSV is written: `excel-id` (`;` between fields, decimal comma, UTF-8 with BOM, headers in the output "
       "language: a spreadsheet set to Indonesian opens numbers as numbers) or `plain` (for programs: `,` and `.`, "
       "English headers). Default: `excel-id` under `--lang id`, `plain` under `en`.",
    id="Bentuk CSV: `excel-id` (pemisah `;`, koma desimal, UTF-8 dengan BOM, judul kolom dalam bahasa keluaran: "
       "spreadsheet berbahasa Indonesia membacanya sebagai angka) atau `plain` (untuk program lain: `,` dan `.`, "
       "judul kolom bahasa Inggris). Bawaan: `excel-id` untuk `--lang id`, `plain` untuk `en`.",
)
RANK_SENSITIVITY = Text("help.rank.sensitivity",
                        en="Add a sensitivity sheet (10,000 weight draws, seed 0) to an .xlsx `--output`.",
                        id="Menambahkan lembar sensitivitas (10.000 simulasi bobot, angka acak awal 0) ke laporan "
                           "`--output` .xlsx.")
EXPLAIN_NAME = Text("help.explain.name",
                    en='The candidate, spelled as in the data (case, punctuation and "Kab." do not matter).',
                    id='Kandidat yang dijelaskan, dieja seperti di data (huruf besar/kecil, tanda baca, dan awalan '
                       '"Kab." tidak berpengaruh).')
EXPLAIN_VS = Text("help.explain.vs", en="Explain the score gap to this candidate.",
                  id="Menjelaskan selisih skor dengan kandidat ini.")
TEMPLATE_OUTPUT = Text("help.template.output",
                       en="The workbook to save (.xlsx); with `--panel`, the folder of the forms.",
                       id="Buku kerja yang disimpan (.xlsx); bersama `--panel`, folder tempat formulir disimpan.")
TEMPLATE_YEARS = Text("help.template.years",
                      en="Year sheets, e.g. 2023,2024 (default: last year, and the year before it when the criteria "
                         "use `previous()`).",
                      id="Lembar tahun, misalnya 2023,2024 (bawaan: tahun lalu, ditambah tahun sebelumnya bila "
                         "kriteria memakai `previous()`).")
TEMPLATE_PANEL = Text("help.template.panel",
                      en="Print the jurors' scoring forms instead: one workbook per juror, for the shortlist of the "
                         "desk ranking of FILE; `--output` is then a folder.",
                      id="Membuat formulir penilaian juri: satu buku kerja per juri, untuk daftar nominasi dari "
                         "peringkat tahap indikator BERKAS; `--output` berupa folder.")
TEMPLATE_FILE = Text("help.template.file",
                     en="With `--panel`: the data file whose desk ranking gives the shortlist.",
                     id="Bersama `--panel`: berkas data yang peringkat tahap indikatornya menentukan daftar nominasi.")
TEMPLATE_JURORS = Text("help.template.jurors",
                       en="With `--panel`: the jurors (a text file, one name per line, or a sheet with a Juri column "
                          "and an optional Unsur column); default: the criteria's `panel: jurors:`.",
                       id="Bersama `--panel`: daftar juri (berkas teks, satu nama per baris, atau lembar dengan kolom "
                          "Juri dan, bila ada, kolom Unsur); bawaan: `panel: jurors:` dalam kriteria.")
TEMPLATE_NAMES = Text("help.template.names",
                      en="Fill in the candidate names: a text file (one name per line) or a workbook/CSV with a name "
                         "column.",
                      id="Mengisi nama kandidat: berkas teks (satu nama per baris) atau buku kerja/CSV yang memiliki "
                         "kolom nama.")
SENS_RUNS = Text("help.sensitivity.runs", en="Monte Carlo draws (default {default:int}).",
                 id="Jumlah simulasi Monte Carlo (bawaan {default:int}).")
SENS_JITTER = Text("help.sensitivity.jitter",
                   en="Each weight is multiplied by a random factor within 1 ± jitter (default {default:num}: ±25%).",
                   id="Setiap bobot dikalikan faktor acak dalam rentang 1 ± jitter (bawaan {default:num}: ±25%).")
SENS_METHODS = Text("help.sensitivity.methods",
                    en="Normalisations drawn per run, separated by commas (e.g. minmax,rank,zscore; `criteria` = "
                       "each indicator's own). Default: the criteria's.",
                    id="Metode normalisasi yang diundi per simulasi, dipisah koma (misalnya minmax,rank,zscore; "
                       "`criteria` = metode tiap indikator). Bawaan: metode dalam kriteria.")
SENS_SEED = Text("help.sensitivity.seed",
                 en="Random seed, to repeat an analysis exactly (default: a new one, which is shown).",
                 id="Angka acak awal, untuk mengulang analisis persis sama (bawaan: angka baru, yang ditampilkan).")
SENS_OUTPUT = Text("help.sensitivity.output", en="Save the analysis; its extension picks the type (.xlsx or .json).",
                   id="Menyimpan analisis; ekstensinya menentukan jenisnya (.xlsx atau .json).")
SENS_TOP = Text("help.sensitivity.top",
                en="Show only the first N of each group (default: all when there are at most 30, else 20).",
                id="Hanya menampilkan N teratas setiap kelompok (bawaan: semua bila paling banyak 30, selain itu 20).")
INIT_NAME = Text("help.criteria.init.name",
                 en="Packaged criteria to copy (`paritrana criteria list`; default `kabkota`). A folder that "
                    "exists, or a word that is no packaged name, is taken as FOLDER.",
                 id="Kriteria bawaan yang disalin (`paritrana criteria list`; bawaan `kabkota`). Folder yang ada, "
                    "atau kata yang bukan nama kriteria bawaan, dianggap FOLDER.")
INIT_DIRECTORY = Text("help.criteria.init.directory",
                      en="Folder to save the copy in, under its packaged file name (default: the current folder).",
                      id="Folder tempat salinan disimpan, dengan nama berkas bawaannya (bawaan: folder kerja saat "
                         "ini).")

# ---- placeholders of values ---------------------------------------------------------------------
V_FILE = Text("help.metavar.file", en="FILE", id="BERKAS")
V_TOP_PER_GROUP = Text("help.metavar.top_per_group", en="N", id="N")
V_NAME = Text("help.metavar.name", en="NAME", id="NAMA")
V_VS = Text("help.metavar.vs", en="NAME", id="NAMA")
V_CRITERIA = Text("help.metavar.criteria", en="CRITERIA", id="KRITERIA")
V_DIRECTORY = Text("help.metavar.directory", en="FOLDER", id="FOLDER")
V_YEARS = Text("help.metavar.years", en="YEARS", id="TAHUN")
V_YEAR = Text("help.metavar.year", en="YEAR", id="TAHUN")
V_BASELINE = Text("help.metavar.baseline", en="FILE", id="BERKAS")
V_OUTPUT = Text("help.metavar.output", en="FILE", id="BERKAS")
V_PANEL = Text("help.metavar.panel", en="FILE|FOLDER", id="BERKAS|FOLDER")
V_CONFLICTS = Text("help.metavar.conflicts", en="FILE", id="BERKAS")
V_JURORS = Text("help.metavar.jurors", en="FILE", id="BERKAS")
V_PREVIOUS = Text("help.metavar.previous", en="RESULT.json", id="HASIL.json")
V_NAMES = Text("help.metavar.names", en="FILE", id="BERKAS")
V_GROUP = Text("help.metavar.group", en="GROUP", id="KELOMPOK")
V_ENCODING = Text("help.metavar.encoding", en="ENCODING", id="PENGODEAN")
V_METHODS = Text("help.metavar.methods", en="METHODS", id="METODE")
V_JITTER = Text("help.metavar.jitter", en="FRACTION", id="PECAHAN")

# ---- the layout of the help and of usage errors ---------------------------------------------------
P_LIMITS = Text("help.panel.limits", en="Limits", id="Batas")
UI_USAGE = Text("help.ui.usage", en="Usage:", id="Penggunaan:")
UI_OPTIONS_METAVAR = Text("help.ui.options-metavar", en="[OPTIONS]", id="[OPSI]")
UI_COMMAND_METAVAR = Text("help.ui.command-metavar", en="COMMAND [ARGS]...", id="PERINTAH [ARGUMEN]...")
UI_ARGUMENTS = Text("help.ui.arguments", en="Arguments", id="Argumen")
UI_OPTIONS = Text("help.ui.options", en="Options", id="Opsi")
UI_COMMANDS = Text("help.ui.commands", en="Commands", id="Perintah")
UI_ERROR = Text("help.ui.error", en="Error", id="Kesalahan")
UI_REQUIRED = Text("help.ui.required", en="[required]", id="[wajib]")
UI_TRY_HELP = Text("help.ui.try-help", en="Try {command} for help.", id="Bantuan: {command}")
UI_ABORTED = Text("help.ui.aborted", en="Aborted.", id="Dibatalkan.")
