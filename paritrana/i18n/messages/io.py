"""Messages of reading input files (``paritrana.io``): the file, the CSV text, the workbook
package and its limits, the sheets and headers, the cells, the years.

Library texts never name a command-line flag; where the command line should add one, the
text has a ``cli_*`` variant. A cell is quoted as it was typed (``{typed:q}``); a numeric
cell is written as a number in the output language (``{x:num}``).
"""

from __future__ import annotations

from paritrana.i18n.text import Text

# ---- values and places inside other messages -----------------------------------------------

TYPED = Text("io.typed", en="{typed:q}", id="{typed:q}")  # a cell as typed: "64,210"
NUMBER = Text("io.number", en="{x:num}", id="{x:num}")  # a numeric cell: 12,5
SHEET_NAMED = Text("io.what.sheet", en="sheet {name:q}", id="lembar {name:q}")
THE_CSV = Text("io.what.csv", en="the CSV", id="CSV")
ROW_NAMED = Text("io.row-named", en="row {row} {name:q}", id="baris {row} {name:q}")
MORE_CELLS = Text("io.more-cells", en="{n:int} more cells", id="{n:int} sel lain")
DATE_CELL = Text("io.date-cell", en="{cell} {typed:q} → {year}", id="{cell} {typed:q} → {year}")

# ---- the file -----------------------------------------------------------------------------

FILE_EMPTY = Text("io.file.empty", en="the file is empty", id="berkas kosong")
FILE_NOT_FOUND = Text("io.file.not-found", en="file not found", id="berkas tidak ditemukan")
FILE_IS_FOLDER = Text("io.file.folder", en="is a folder, not a workbook", id="ini folder, bukan buku kerja")
FILE_NOT_REGULAR = Text("io.file.not-regular", en="is not a regular file (a device or pipe?)",
                        id="bukan berkas biasa (mungkin perangkat atau pipe)")
SAVE_TO_FILE = Text("io.file.save-first", en="save the data to an .xlsx or .csv file first",
                    id="simpan dulu datanya sebagai berkas .xlsx atau .csv")
CHECK_PATH = Text("io.hint.path", en="check the folder and the file name", id="periksa folder dan nama berkasnya")
EMPTY_FILE_HINT = Text("io.hint.empty-file",
                       en="save the data again from the spreadsheet program; this file holds nothing",
                       id="simpan ulang datanya dari program lembar kerja; berkas ini tidak berisi apa pun")
PICK_A_FILE = Text("io.hint.folder", en="give a workbook or CSV file inside that folder",
                   id="pilih buku kerja atau berkas CSV di dalam folder itu")
CHECK_PERMISSION = Text("io.hint.permission", en="check that the file may be read, and close any program that locks it",
                        id="periksa izin baca berkas itu, dan tutup program lain yang sedang menguncinya")
FILE_UNREADABLE = Text("io.file.unreadable", en="cannot read the file: {reason}",
                       id="berkas tidak dapat dibaca: {reason}")
FILE_TOO_LARGE = Text("io.file.too-large", en="the file is {size:int} MB, above the limit of {limit:int} MB",
                      id="ukuran berkas {size:int} MB, melebihi batas {limit:int} MB")
RAISE_SIZE_LIMIT = Text(
    "io.hint.raise-size",
    en="if the file is genuine, raise the size limit",
    id="bila berkas ini memang benar, naikkan batas ukurannya",
    cli_en="if the file is genuine, raise the limit with --max-uncompressed-mb",
    cli_id="bila berkas ini memang benar, naikkan batasnya dengan `--max-uncompressed-mb`",
)
UNSUPPORTED_TYPE = Text("io.file.type",
                        en="unsupported file type {suffix:q}",
                        id="jenis berkas {suffix:q} tidak didukung")
NO_SUFFIX = Text("io.file.no-suffix", en="the file name has no extension (.xlsx or .csv)",
                 id="nama berkas tidak berakhiran .xlsx atau .csv")
USE_WORKBOOK_OR_CSV = Text("io.hint.workbook-or-csv", en="give an Excel workbook (.xlsx, .xlsm) or a CSV file (.csv)",
                           id="gunakan buku kerja Excel (.xlsx, .xlsm) atau berkas CSV (.csv)")

# ---- the workbook package ---------------------------------------------------------------------

ENCRYPTED_OR_XLS = Text("io.book.encrypted-or-xls",
                        en="the workbook is encrypted (password-protected) or in the old binary .xls format",
                        id="buku kerja dilindungi kata sandi atau berformat .xls lama (biner)")
OLD_XLS = Text("io.book.xls", en="the old binary .xls format is not supported",
               id="format .xls lama (biner) tidak didukung")
REMOVE_PASSWORD_SAVE_XLSX = Text("io.hint.password-xlsx",
                                 en="remove any password and save it as .xlsx in Excel or LibreOffice",
                                 id="hapus kata sandinya bila ada, lalu simpan sebagai .xlsx di Excel atau LibreOffice")
NOT_A_ZIP = Text("io.book.not-zip", en="not an Excel workbook (the file is not a zip package)",
                 id="bukan buku kerja Excel (berkas ini bukan paket zip)")
SAVE_AS_XLSX = Text("io.hint.save-xlsx", en="save the file as .xlsx in Excel or LibreOffice",
                    id="simpan berkas sebagai .xlsx di Excel atau LibreOffice")
PASSWORD = Text("io.book.password", en="the workbook is password-protected", id="buku kerja dilindungi kata sandi")
REMOVE_PASSWORD = Text("io.hint.password", en="remove the password in Excel and save it again",
                       id="hapus kata sandinya di Excel, lalu simpan ulang")
UNREADABLE_BOOK = Text("io.book.unreadable", en="not a readable Excel workbook ({detail:q})",
                       id="buku kerja Excel tidak dapat dibaca ({detail:q})")
RESAVE_XLSX = Text("io.hint.resave", en="open it in Excel or LibreOffice and save it again as .xlsx",
                   id="buka di Excel atau LibreOffice, lalu simpan ulang sebagai .xlsx")
NO_SHEETS = Text("io.book.no-sheets", en="the workbook has no sheets", id="buku kerja tidak memiliki lembar")
DAMAGED_ZIP = Text("io.book.damaged", en="not an Excel workbook (damaged zip package)",
                   id="bukan buku kerja Excel (paket zip rusak)")
DAMAGED_PART = Text("io.book.damaged-part", en="not an Excel workbook (damaged zip part {part:q})",
                    id="bukan buku kerja Excel (bagian zip {part:q} rusak)")
BOMB = Text("io.book.bomb",
            en="the workbook would inflate to {size:int} MB, above the limit of {limit:int} MB (a decompression bomb?)",
            id="buku kerja akan mengembang menjadi {size:int} MB saat dibuka, melebihi batas {limit:int} MB "
               "(bom dekompresi?)")
XLSB = Text("io.book.xlsb", en="binary Excel workbooks (.xlsb) are not supported",
            id="buku kerja Excel biner (.xlsb) tidak didukung")
NOT_EXCEL = Text("io.book.other-kind", en="not an Excel workbook (it is {kind})",
                 id="bukan buku kerja Excel, melainkan {kind}")
KIND_WORD = Text("io.kind.word", en="a Word document", id="dokumen Word")
KIND_POWERPOINT = Text("io.kind.powerpoint", en="a PowerPoint presentation", id="presentasi PowerPoint")
KIND_ZIP = Text("io.kind.zip", en="a zip file", id="berkas zip")
USE_XLSX_OR_CSV = Text("io.hint.xlsx-or-csv", en="give an .xlsx workbook or a .csv file",
                       id="gunakan buku kerja .xlsx atau berkas .csv")
COMPRESSION = Text("io.book.compression", en="unsupported compression in zip part {part:q}",
                   id="metode kompresi bagian zip {part:q} tidak didukung")
ODS_MALFORMED = Text("io.book.ods-xml", en="not a readable spreadsheet (content.xml is not well-formed XML)",
                     id="lembar kerja tidak dapat dibaca (content.xml bukan XML yang sah)")
RESAVE_ODS = Text("io.hint.resave-ods", en="open it in LibreOffice and save it again, or save it as .xlsx",
                  id="buka di LibreOffice, lalu simpan ulang, atau simpan sebagai .xlsx")

# ---- size limits ----------------------------------------------------------------------------

TOO_MANY_ROWS = Text("io.limit.rows",
                     en="{what} has cells down to row {rows:int}, more than the limit of {limit:int} rows",
                     id="{what} memuat sel sampai baris {rows:int}, melebihi batas {limit:int} baris")
DELETE_BELOW = Text(
    "io.hint.rows",
    en="delete stray cells below the table, or raise the row limit",
    id="hapus sel yang tersisa di bawah tabel, atau naikkan batas jumlah baris",
    cli_en="delete stray cells below the table, or raise the limit with --max-rows",
    cli_id="hapus sel yang tersisa di bawah tabel, atau naikkan batasnya dengan `--max-rows`",
)
TOO_MANY_COLUMNS = Text(
    "io.limit.columns",
    en="{what} has cells up to column {letter} ({columns:int} columns), more than the limit of {limit:int} columns",
    id="{what} memuat sel sampai kolom {letter} ({columns:int} kolom), melebihi batas {limit:int} kolom",
)
DELETE_RIGHT = Text(
    "io.hint.columns",
    en="delete stray cells right of the table, or raise the column limit",
    id="hapus sel yang tersisa di kanan tabel, atau naikkan batas jumlah kolom",
    cli_en="delete stray cells right of the table, or raise the limit with --max-columns",
    cli_id="hapus sel yang tersisa di kanan tabel, atau naikkan batasnya dengan `--max-columns`",
)
TOO_MANY_CELLS = Text(
    "io.limit.cells",
    en="{what} spans {rows:int} rows × {columns:int} columns ({cells:int} cells), more than the {limit:int} cells "
       "allowed at the size limit of {mb:int} MB",
    id="{what} mencakup {rows:int} baris × {columns:int} kolom ({cells:int} sel), melebihi {limit:int} sel yang "
       "diizinkan pada batas ukuran {mb:int} MB",
    cli_en="{what} spans {rows:int} rows × {columns:int} columns ({cells:int} cells), more than the {limit:int} "
           "cells allowed with --max-uncompressed-mb {mb}",
    cli_id="{what} mencakup {rows:int} baris × {columns:int} kolom ({cells:int} sel), melebihi {limit:int} sel "
           "yang diizinkan dengan `--max-uncompressed-mb {mb}`",
)
DELETE_FAR = Text(
    "io.hint.cells",
    en="delete stray cells far from the table, or raise the size limit",
    id="hapus sel yang tersisa jauh dari tabel, atau naikkan batas ukurannya",
    cli_en="delete stray cells far from the table, or raise --max-uncompressed-mb",
    cli_id="hapus sel yang tersisa jauh dari tabel, atau naikkan `--max-uncompressed-mb`",
)

# ---- CSV text -------------------------------------------------------------------------------

CSV_UNREADABLE = Text("io.csv.unreadable", en="cannot read the CSV: {detail:q}",
                      id="CSV tidak dapat dibaca: {detail:q}")
CHECK_QUOTES = Text("io.hint.quotes", en='check the quotes (") on that line', id='periksa tanda petik (") di baris itu')
CSV_TOO_MANY_ROWS = Text("io.csv.rows", en="the CSV has more than {limit:int} rows",
                         id="CSV memuat lebih dari {limit:int} baris")
RAISE_ROW_LIMIT = Text(
    "io.hint.raise-rows",
    en="if the file is genuine, raise the row limit",
    id="bila berkas ini memang benar, naikkan batas jumlah baris",
    cli_en="if the file is genuine, raise the limit with --max-rows",
    cli_id="bila berkas ini memang benar, naikkan batasnya dengan `--max-rows`",
)
CSV_TOO_MANY_FIELDS = Text("io.csv.fields-limit",
                           en="the CSV has a line with more than {limit:int} fields (line {line})",
                           id="CSV memuat baris dengan lebih dari {limit:int} kolom (baris {line})")
CHECK_SEPARATOR = Text(
    "io.hint.separator",
    en="check the separator, or raise the column limit",
    id="periksa pemisah kolomnya, atau naikkan batas jumlah kolom",
    cli_en="check the separator, or raise the limit with --max-columns",
    cli_id="periksa pemisah kolomnya, atau naikkan batasnya dengan `--max-columns`",
)
FIELD_COUNT = Text(
    "io.csv.field-count",
    en="line {line} has {n:int} fields ({text:q}), the header row (line {header}) has {expected:int}",
    id="baris {line} memuat {n:int} kolom ({text:q}), padahal baris judul (baris {header}) memuat {expected:int} kolom",
)
DECIMAL_COMMA = Text(
    "io.hint.decimal-comma",
    en='a number with a decimal comma (e.g. 31,63) needs the ";" separator or quotes; save the CSV with ";" as '
       "separator, or put such numbers in quotes",
    id='angka dengan koma desimal (misalnya 31,63) memerlukan pemisah ";" atau tanda petik; simpan CSV dengan '
       'pemisah ";", atau beri tanda petik pada angka seperti itu',
)
EXTRA_FIELDS = Text(  # more fields than the header, in a file whose separator is not the comma
    "io.hint.extra-fields",
    en="put a text that holds the separator in quotes, or delete the extra fields",
    id="beri tanda petik pada teks yang memuat tanda pemisah, atau hapus kolom yang berlebih",
)
MISSING_FIELDS = Text(  # fewer fields than the header
    "io.hint.missing-fields",
    en="add the missing fields (an empty value still needs its separator)",
    id="tambahkan kolom yang kurang (nilai kosong pun tetap memerlukan tanda pemisahnya)",
)
UNKNOWN_ENCODING = Text("io.csv.unknown-encoding", en="unknown encoding {name:code}",
                        id="pengodean {name:code} tidak dikenal")
ENCODING_NAMES = Text("io.hint.encoding-names", en="use a Python codec name such as `utf-8`, `cp1252` or `latin-1`",
                      id="gunakan nama pengodean seperti `utf-8`, `cp1252`, atau `latin-1`")
NOT_VALID_TEXT = Text("io.csv.not-valid", en="the CSV is not valid {encoding} text",
                      id="CSV bukan teks {encoding} yang sah")
NOT_VALID_TEXT_AT = Text("io.csv.not-valid-at", en="the CSV is not valid {encoding} text (byte {byte} on line {line})",
                         id="CSV bukan teks {encoding} yang sah (bita {byte} di baris {line})")
GIVE_UTF16 = Text(
    "io.hint.utf16",
    en="the file starts with a UTF-16 byte-order mark (Excel's \"Unicode Text\"): give the encoding utf-16",
    id="berkas diawali penanda urutan bita UTF-16 (\"Unicode Text\" dari Excel): sebutkan pengodean `utf-16`",
    cli_en="the file starts with a UTF-16 byte-order mark (Excel's \"Unicode Text\"): pass --encoding utf-16",
    cli_id="berkas diawali penanda urutan bita UTF-16 (\"Unicode Text\" dari Excel): tambahkan `--encoding utf-16`",
)
GIVE_ENCODING = Text(
    "io.hint.encoding",
    en="give its encoding, e.g. cp1252 (Excel on Windows) or latin-1",
    id="sebutkan pengodeannya, misalnya `cp1252` (Excel di Windows) atau `latin-1`",
    cli_en="pass its encoding, e.g. --encoding cp1252 (Excel on Windows) or --encoding latin-1",
    cli_id="tambahkan pengodeannya, misalnya `--encoding cp1252` (Excel di Windows) atau `--encoding latin-1`",
)
CANNOT_DECODE = Text("io.csv.decode", en="the CSV cannot be decoded as {encoding:code} ({detail:q})",
                     id="CSV tidak dapat dibaca dengan pengodean {encoding:code} ({detail:q})")
TEXT_ENCODING = Text("io.hint.text-encoding", en="use a text encoding such as `utf-8`, `cp1252` or `latin-1`",
                     id="gunakan pengodean teks seperti `utf-8`, `cp1252`, atau `latin-1`")

# ---- sheets and headers ---------------------------------------------------------------------------

NO_CANDIDATE_ROWS = Text(
    "io.sheet.no-candidates",
    en="no candidate rows: the header row was found but no row below it names a candidate",
    id="tidak ada baris kandidat: baris judul ditemukan, tetapi tidak ada baris di bawahnya yang memuat nama kandidat",
)
FILL_CANDIDATE_ROWS = Text("io.hint.fill-rows", en="fill in one row per candidate below the header row",
                           id="isi satu baris per kandidat di bawah baris judul")
SHEET_TWO_YEARS = Text("io.sheet.two-years",
                       en="the sheet name holds more than one year ({years:list}); read as the data of {year}",
                       id="nama lembar memuat lebih dari satu tahun ({years:list}); dibaca sebagai data {year}")
SHEET_TWO_YEARS_HINT = Text("io.hint.sheet-two-years",
                            en="rename the sheet so that it holds only the year of its data (e.g. \"2024\")",
                            id="ganti nama lembar agar hanya memuat tahun datanya (misalnya \"2024\")")
HIDDEN_ROWS = Text("io.rows.hidden",
                  en="candidate rows hidden in the sheet are read all the same (hidden: {n:int}; row {rows:list})",
                  id="{n:int} baris kandidat tersembunyi di lembar ini, tetapi tetap dibaca (baris {rows:list})")
HIDDEN_ROWS_AMONG = Text("io.rows.hidden-among",
                         en="candidate rows hidden in the sheet are read all the same (hidden: {n:int}; among them "
                            "row {rows:list})",
                         id="{n:int} baris kandidat tersembunyi di lembar ini, tetapi tetap dibaca (di antaranya baris "
                            "{rows:list})")
HIDDEN_ROWS_HINT = Text("io.hint.hidden-rows",
                        en="unhide the rows (or clear the filter) to check them; delete the rows that are not to be "
                           "assessed",
                        id="tampilkan baris itu (atau hapus filternya) untuk memeriksanya; hapus baris yang bukan data "
                           "yang dinilai")
HIDDEN_COLUMNS = Text("io.columns.hidden",
                      en="columns of the table hidden in the sheet are read all the same (column {columns:list}: "
                         "{headers:qlist})",
                      id="kolom {columns:list} dari tabel tersembunyi di lembar ini, tetapi tetap dibaca "
                         "({headers:qlist})")
HIDDEN_COLUMNS_HINT = Text("io.hint.hidden-columns",
                           en="unhide the columns to check them; delete a column that is not to be assessed",
                           id="tampilkan kolom itu untuk memeriksanya; hapus kolom yang bukan data yang dinilai")
HIDDEN_SHEET = Text("io.sheet.hidden", en="the sheet is hidden in the workbook, yet its rows are read",
                   id="lembar ini tersembunyi di buku kerja, tetapi barisnya tetap dibaca")
HIDDEN_SHEET_HINT = Text("io.hint.hidden-sheet",
                         en="unhide the sheet to check it, or delete it if it is not the data to assess",
                         id="tampilkan lembar ini untuk memeriksanya, atau hapus bila bukan data yang dinilai")
SHEET_WITHOUT_YEAR = Text("io.sheet.no-year", en="no year in the sheet name; sheet ignored",
                          id="nama lembar tidak memuat tahun; lembar diabaikan")
SHEET_IGNORED_HINT = Text(
    "io.hint.sheet-ignored",
    en='nothing to do if the sheet holds notes; put the year in its name (e.g. "2024") if it holds data',
    id="tidak perlu tindakan bila lembar ini berisi catatan; bila berisi data, cantumkan tahunnya pada nama lembar "
       '(misalnya "2024")',
)
OTHER_SHEET_IGNORED = Text("io.sheet.other-ignored",
                           en="sheet {sheet:q} ignored (the data are read from sheet {chosen:q})",
                           id="lembar {sheet:q} diabaikan (data dibaca dari lembar {chosen:q})")
OTHER_SHEET_HINT = Text(
    "io.hint.other-sheet",
    en='nothing to do if the sheet holds no data; if it holds another year, put the year in its name (e.g. "2023")',
    id="tidak perlu tindakan bila lembar ini tidak berisi data; bila berisi data tahun lain, cantumkan tahunnya "
       'pada nama lembar (misalnya "2023")',
)
DUPLICATE_YEAR = Text("io.sheet.duplicate-year", en="sheets {first:q} and {second:q} both hold {year}",
                      id="lembar {first:q} dan {second:q} sama-sama memuat data {year}")
ONE_SHEET_PER_YEAR = Text("io.hint.one-sheet", en="delete or rename one of them; keep one sheet per year",
                          id="hapus atau ganti nama salah satunya; tiap tahun cukup satu lembar")
SHEET_WITHOUT_TABLE = Text("io.sheet.no-table", en="no table in the sheet (no row of two filled cells); sheet ignored",
                           id="lembar tidak memuat tabel (tidak ada baris dengan dua sel terisi); lembar diabaikan")
SHEET_WITHOUT_TABLE_HINT = Text(
    "io.hint.sheet-no-table",
    en="nothing to do if the sheet holds notes or a chart; if it should hold the data of {year}, fill in its table",
    id="tidak perlu tindakan bila lembar ini berisi catatan atau grafik; bila lembar ini untuk data {year}, "
       "isi tabelnya",
)
EMPTY_SHEET = Text("io.sheet.empty", en="no candidate rows below the header (row {row}); sheet ignored",
                   id="tidak ada baris kandidat di bawah baris judul (baris {row}); lembar diabaikan")
EMPTY_SHEET_HINT = Text("io.hint.empty-sheet",
                        en="fill in one row per candidate below the header row, or delete the sheet",
                        id="isi satu baris per kandidat di bawah baris judul, atau hapus lembar ini")
NO_HEADER = Text(
    "io.header.none",
    en="no header row: none of the first {n:int} rows has a header for {column:code} (accepted: {headers:qlistor})",
    id="baris judul tidak ditemukan: tidak ada judul kolom {column:code} di {n:int} baris pertama (judul yang "
       "diterima: {headers:qlistor})",
)
NO_HEADER_HINT = Text(
    "io.hint.no-header",
    en="head the candidates' column {alias:q}, or add the header you use under `columns: {column}:` in the criteria",
    id="beri judul {alias:q} pada kolom nama kandidat, atau tambahkan judul yang dipakai di bawah "
       "`columns: {column}:` dalam berkas kriteria",
)
TWO_ROW_HEADER = Text(
    "io.header.two-rows",
    en="the header takes two rows (row {row}: {upper} above row {below}: {lower})",
    id="baris judul menempati dua baris (baris {row}: {upper} di atas baris {below}: {lower})",
)
TWO_ROW_HEADER_HINT = Text(
    "io.hint.two-rows",
    en='make one sheet per year, or one column per indicator with a "Tahun" column',
    id='buat satu lembar per tahun, atau satu kolom per indikator dengan kolom "Tahun"',
)
SUB_COLUMNS_HINT = Text(
    "io.hint.sub-columns",
    en="make it one header row with a title of its own over each column, e.g. {header:q} right above the column "
       "of totals",
    id="jadikan satu baris judul dengan judul sendiri untuk tiap kolom, misalnya {header:q} tepat di atas kolom "
       "jumlahnya",
)
DUPLICATE_HEADER = Text("io.header.duplicate", en="two headers for column {column:code}: {cells:list}",
                        id="dua judul kolom untuk {column:code}: {cells:list}")
HEADER_CELL = Text("io.header.cell", en="{cell} {typed:q}", id="{cell} {typed:q}")
REMOVE_ONE_HEADER = Text("io.hint.duplicate-header", en="delete or rename one of them",
                         id="hapus atau ganti nama salah satunya")
MISSING_COLUMN = Text(
    "io.header.missing",
    en="column {column:code} not found in the header row (row {row}); headers found: {found:qlist}",
    id="kolom {column:code} tidak ditemukan di baris judul (baris {row}); judul yang ada: {found:qlist}",
)
RENAME_HEADER = Text(
    "io.hint.rename-header",
    en="if column {cell} ({typed:q}) is the one, rename it {alias:q}, or add {typed:q} under `columns: {column}:` in "
       "the criteria",
    id="bila kolom {cell} ({typed:q}) yang dimaksud, ganti judulnya menjadi {alias:q}, atau tambahkan {typed:q} di "
       "bawah `columns: {column}:` dalam berkas kriteria",
)
ADD_COLUMN = Text(
    "io.hint.add-column",
    en="add a column headed {alias:q}, or add the header you use under `columns: {column}:` in the criteria",
    id="tambahkan kolom berjudul {alias:q}, atau tambahkan judul yang dipakai di bawah `columns: {column}:` "
       "dalam berkas kriteria",
)
UNDECLARED_COLUMN = Text(
    "io.hint.undeclared",
    en="{column:code} is not declared under `columns:` in the criteria; did you mean {close:code}?",
    id="{column:code} tidak dideklarasikan di bawah `columns:` dalam berkas kriteria; apakah yang dimaksud "
       "{close:code}?",
)
UNUSED_COLUMN = Text("io.header.unused", en="column {header:q} is not used by the criteria",
                     id="kolom {header:q} tidak dipakai oleh kriteria")
UNUSED_COLUMN_HINT = Text("io.hint.unused", en="nothing to do; delete the column or use it in the criteria",
                          id="tidak perlu tindakan; hapus kolom ini atau gunakan dalam berkas kriteria")

# ---- rows -------------------------------------------------------------------------------------

CONTROL_CHARACTERS = Text("io.row.control", en="control characters removed from the name {name:q}",
                          id="karakter kontrol dihapus dari nama {name:q}")
RETYPE_NAME = Text("io.hint.retype-name", en="retype the name in the cell", id="ketik ulang nama di sel itu")
TOTAL_ROW = Text("io.row.total", en="total row {name:q} ignored", id="baris jumlah ({name:q}) diabaikan")
AVERAGE_ROW = Text("io.row.average", en="average row {name:q} ignored", id="baris rata-rata ({name:q}) diabaikan")
TOTAL_ROW_HINT = Text("io.hint.total", en="nothing to do; delete the row to silence this warning",
                      id="tidak perlu tindakan; hapus baris ini agar peringatan ini tidak muncul lagi")
TOTAL_BY_VALUE = Text(
    "io.row.total-value",
    en="row {name:q} ignored as a total row: its values are the sum of the other {n:int} rows",
    id="baris {name:q} diabaikan sebagai baris jumlah: nilainya adalah jumlah {n:int} baris lainnya",
)
SUBTOTAL_BY_VALUE = Text(
    "io.row.subtotal-value",
    en="row {name:q} ignored as a sub-total: its values are the sum of rows {first}–{last} ({n:int} rows)",
    id="baris {name:q} diabaikan sebagai baris subtotal: nilainya adalah jumlah baris {first}–{last} ({n:int} baris)",
)
SUBTOTAL_KEPT = Text(
    "io.row.subtotal-kept",
    en="row {name:q} equals the sum of rows {first}–{last} ({n:int} rows) but is ranked as a candidate: "
       "no total or other sub-total in the sheet goes with it",
    id="baris {name:q} sama dengan jumlah baris {first}–{last} ({n:int} baris), tetapi tetap dinilai sebagai "
       "kandidat karena tidak ada baris jumlah atau subtotal lain di lembar ini",
)
SUBTOTAL_KEPT_HINT = Text(
    "io.hint.subtotal-kept",
    en='nothing to do if it is a candidate; if it is a sub-total, delete the row or start its name with "Jumlah"',
    id='tidak perlu tindakan bila baris ini kandidat; bila baris ini subtotal, hapus baris ini atau awali namanya '
       'dengan "Jumlah"',
)
TOTAL_KEPT = Text(
    "io.row.total-kept",
    en="row {name:q} equals the sum of the other {n:int} rows but is ranked as a candidate: the criteria mark no "
       "column as a count (`integer: true`)",
    id="baris {name:q} sama dengan jumlah {n:int} baris lainnya, tetapi tetap dinilai sebagai kandidat karena "
       "kriteria tidak menandai kolom hitungan (`integer: true`)",
)
TOTAL_KEPT_HINT = Text(
    "io.hint.total-kept",
    en='nothing to do if it is a candidate; if it is a total, delete the row or start its name with "Jumlah", or '
       "mark the count columns `integer: true` in the criteria",
    id='tidak perlu tindakan bila baris ini kandidat; bila baris ini baris jumlah, hapus baris ini atau awali namanya '
       'dengan "Jumlah", atau tandai kolom hitungan dengan `integer: true` di kriteria',
)
TOTAL_BY_VALUE_HINT = Text(
    "io.hint.total-value",
    en="nothing to do if it is a total; if it is a candidate, check its figures and those of the other rows",
    id="tidak perlu tindakan bila baris ini memang baris jumlah; bila baris ini kandidat, periksa angkanya dan "
       "angka baris lainnya",
)
MISSING_GROUP = Text("io.row.no-group",
                     en="{column:code} of {name:q} is empty",
                     id="nilai {column:code} untuk {name:q} kosong")
FILL_GROUP = Text("io.hint.fill-group", en="fill in the group of every candidate", id="isi kelompok setiap kandidat")
DUPLICATE_CANDIDATE = Text("io.row.duplicate", en="candidate {name:q} appears more than once in {year}: {rows:list}",
                           id="kandidat {name:q} muncul lebih dari sekali dalam data {year}: {rows:list}")
DUPLICATE_CANDIDATE_NO_YEAR = Text("io.row.duplicate-no-year",
                                   en="candidate {name:q} appears more than once: {rows:list}",
                                   id="kandidat {name:q} muncul lebih dari sekali: {rows:list}")
ONE_ROW_PER_CANDIDATE = Text("io.hint.one-row", en="delete the extra rows; keep one row per candidate and year",
                             id="hapus baris yang berlebih; tiap kandidat cukup satu baris per tahun")

# ---- cells ------------------------------------------------------------------------------------

NOT_A_NUMBER = Text("io.cell.not-a-number", en="{typed:q} is not a number", id="{typed:q} bukan angka")
TYPE_A_NUMBER = Text("io.hint.number", en="type a plain number (e.g. {big} or {small})",
                     id="ketik angkanya saja, tanpa satuan (misalnya {big} atau {small})")
NOT_IN_LOCALE = Text(
    "io.cell.locale",
    en="{typed:q} is not a number in the {locale:code} number format (e.g. {big} or {small})",
    id="{typed:q} bukan angka dalam format angka {locale:code} (misalnya {big} atau {small})",
)
OTHER_LOCALE_HINT = Text(
    "io.hint.locale",
    en="retype the number in that format, or set `number_locale: {other}` in the criteria if the whole file uses "
       "the {other:code} format",
    id="ketik ulang angkanya dalam format itu, atau atur `number_locale: {other}` dalam berkas kriteria bila "
       "seluruh berkas memakai format {other:code}",
)
TOO_LARGE = Text("io.cell.too-large", en="{typed:q} is too large", id="{typed:q} terlalu besar")
LOGICAL_NOT_NUMBER = Text("io.cell.logical", en="{value} is not a number", id="{value} bukan angka")
TYPE_A_NUMBER_NOT_LOGICAL = Text("io.hint.logical", en="type the number; the cell holds a logical value (TRUE/FALSE)",
                                 id="ketik angkanya; sel ini berisi nilai logika (TRUE/FALSE)")
DATE_NOT_NUMBER = Text("io.cell.date", en="{typed:q} is a date or time, not a number",
                       id="{typed:q} adalah tanggal atau waktu, bukan angka")
FORMAT_AS_NUMBER = Text("io.hint.format-number", en="format the cell as a number and type the value again",
                        id="ubah format sel itu menjadi angka, lalu ketik ulang nilainya")
MIXED_PERCENT = Text(
    "io.cell.mixed-percent",
    en="column {column:code} holds numbers with a % sign, divided by 100 ({cell} {typed:q} → {x:num}), "
       "beside numbers without one ({plain_cell} {plain})",
    id="kolom {column:code} memuat angka bertanda % yang dibagi 100 ({cell} {typed:q} → {x:num}) "
       "di samping angka tanpa tanda % ({plain_cell} {plain})",
)
MIXED_PERCENT_HINT = Text("io.hint.mixed-percent",
                          en="type every number of this column with a % sign, or every one without",
                          id="ketik semua angka di kolom ini dengan tanda %, atau semuanya tanpa tanda %")
NOT_FINITE = Text("io.cell.not-finite", en="{typed:q} is not a finite number", id="{typed:q} bukan bilangan terhingga")
NEGATIVE_PEOPLE = Text("io.cell.negative-people", en="{value} is a negative count for {column:code}",
                       id="{value} bernilai negatif, padahal {column:code} adalah jumlah orang")
NEGATIVE = Text("io.cell.negative", en="{value} is negative; {column:code} cannot be below 0",
                id="{value} bernilai negatif, padahal nilai {column:code} tidak boleh kurang dari 0")
ZERO_OR_MORE = Text("io.hint.zero-or-more", en="enter 0 or more", id="isi dengan angka 0 atau lebih")
BELOW_MIN = Text("io.cell.below-min", en="{value} is below the minimum {low:num} of {column:code}",
                 id="{value} kurang dari batas bawah {low:num} untuk {column:code}")
AT_LEAST = Text(
    "io.hint.at-least",
    en="enter {low:num} or more, or change `min:` of {column:code} under `columns:` in the criteria",
    id="isi dengan angka {low:num} atau lebih, atau ubah `min:` kolom {column:code} di bawah `columns:` dalam "
       "berkas kriteria",
)
ABOVE_MAX = Text("io.cell.above-max", en="{value} is above the maximum {high:num} of {column:code}",
                 id="{value} melebihi batas atas {high:num} untuk {column:code}")
AT_MOST = Text(
    "io.hint.at-most",
    en="enter {high:num} or less, or change `max:` of {column:code} under `columns:` in the criteria",
    id="isi dengan angka {high:num} atau kurang, atau ubah `max:` kolom {column:code} di bawah `columns:` dalam "
       "berkas kriteria",
)
NOT_INTEGER_PEOPLE = Text("io.cell.fraction-people",
                          en="{value} is not a whole number; {column:code} is a count of people",
                          id="{value} bukan bilangan bulat, padahal {column:code} adalah jumlah orang")
NOT_INTEGER = Text("io.cell.fraction", en="{value} is not a whole number; {column:code} is a count",
                   id="{value} bukan bilangan bulat, padahal {column:code} harus berupa bilangan bulat")
WHOLE_NUMBER = Text("io.hint.whole", en="enter a whole number", id="isi dengan bilangan bulat")
FORMULA_WITHOUT_VALUE = Text("io.cell.formula", en="the cell holds a formula whose result was never calculated",
                             id="sel berisi rumus yang hasilnya belum pernah dihitung")
OPEN_AND_SAVE = Text("io.hint.formula",
                     en="open the file in Excel or LibreOffice and save it, so the results are stored",
                     id="buka berkas di Excel atau LibreOffice, lalu simpan agar hasil rumusnya tersimpan")

# ---- years --------------------------------------------------------------------------------------

NOT_A_YEAR = Text("io.year.bad", en="{typed:q} is not a year", id="{typed:q} bukan tahun")
EMPTY_YEAR = Text("io.year.empty", en="the year is empty", id="tahunnya kosong")
IMPLAUSIBLE_YEAR = Text("io.year.implausible", en="{typed:q} is not a plausible year (1900–2100)",
                        id="{typed:q} bukan tahun yang wajar (1900–2100)")
TYPE_THE_YEAR = Text("io.hint.year", en="type the year of the row's data as four digits (e.g. 2024)",
                     id="ketik tahun data baris ini dengan empat angka (misalnya 2024)")
TYPE_ONE_OF_THE_YEARS = Text("io.hint.year-known",
                             en="type the year of the row's data as four digits: {years:listor}",
                             id="ketik tahun data baris ini dengan empat angka: {years:listor}")
DATES_AS_YEARS = Text("io.year.dates", en="the year column holds dates, each read as its year: {cells:list}",
                      id="kolom tahun berisi tanggal, masing-masing dibaca sebagai tahunnya: {cells:list}")
TEXTS_AS_YEARS = Text("io.year.texts", en="the year column holds dates or text, each read as its year: {cells:list}",
                      id="kolom tahun berisi tanggal atau teks, masing-masing dibaca sebagai tahunnya: {cells:list}")
DATES_AS_YEARS_HINT = Text(
    "io.hint.dates",
    en="nothing to do if those years are right; type the year alone (e.g. 2024) to silence this warning",
    id="tidak perlu tindakan bila tahunnya benar; ketik tahunnya saja (misalnya 2024) agar peringatan ini tidak "
       "muncul lagi",
)

# ---- the assessed year and its baseline -------------------------------------------------------------

NO_DATA_FOR_YEAR = Text("io.period.no-year", en="no data for {year} (years in the file: {years:list})",
                        id="tidak ada data {year} (tahun dalam berkas: {years:list})")
PICK_A_YEAR = Text("io.hint.pick-year", en="choose one of those years", id="pilih salah satu tahun itu",
                   cli_en="choose one of them with --year", cli_id="pilih salah satunya dengan `--year`")
NO_BASELINE_YEAR = Text(
    "io.period.no-baseline",
    en="the criteria use previous() ({users:list}) but the data have no year to compare with{note}",
    id="kriteria memakai `previous()` ({users:list}), tetapi data tidak memiliki tahun pembanding{note}",
)
NO_YEAR_BEFORE = Text(
    "io.period.no-year-before",
    en="the criteria use previous() ({users:list}) but {source} has no year before {year}{note}",
    id="kriteria memakai `previous()` ({users:list}), tetapi {source} tidak memuat tahun sebelum {year}{note}",
)
ASSESSED_YEAR_UNKNOWN = Text(
    "io.period.assessed-unknown",
    en="the data have no year, and the baseline {name} holds several years ({years:list}): "
       "the assessed year is needed to choose the baseline year",
    id="data tidak memuat tahun, sedangkan berkas pembanding {name} memuat beberapa tahun ({years:list}): "
       "tahun yang dinilai diperlukan untuk memilih tahun pembanding",
)
GIVE_ASSESSED_YEAR = Text("io.hint.assessed-year", en="give the assessed year",
                          id="sebutkan tahun yang dinilai",
                          cli_en="give the assessed year with --year",
                          cli_id="sebutkan tahun yang dinilai dengan `--year`")
THE_FILE = Text("io.period.the-file", en="the file", id="berkas ini")
THE_FILES = Text("io.period.the-files", en="the data of the input files", id="data berkas masukan")
THE_BASELINE_FILE = Text("io.period.baseline-file", en="the baseline {name}", id="berkas pembanding {name}")
ELIGIBILITY_RULE = Text("io.period.rule", en="eligibility rule {rule:q}", id="syarat kelayakan {rule:q}")
EMPTY_SHEETS_NOTE = Text("io.period.empty-sheets", en=" (no candidate rows in sheet {sheets:qlist})",
                         id=" (tidak ada baris kandidat di lembar {sheets:qlist})")
ADD_BASELINE = Text(
    "io.hint.baseline",
    en="add the previous year's sheet to the workbook, or give the previous year's workbook as the baseline",
    id="tambahkan lembar tahun sebelumnya ke buku kerja, atau berikan buku kerja tahun sebelumnya sebagai pembanding",
    cli_en="add the previous year's sheet to the workbook, or pass --baseline FILE",
    cli_id="tambahkan lembar tahun sebelumnya ke buku kerja, atau berikan buku kerja tahun sebelumnya dengan "
           "`--baseline BERKAS`",
)
ADD_BASELINE_ROWS = Text(  # a long sheet or CSV with a year column: the years are rows, not sheets
    "io.hint.baseline-rows",
    en="add the previous year's rows, with their year in the year column, or give the previous year's file "
       "as the baseline",
    id="tambahkan baris tahun sebelumnya, dengan tahunnya di kolom tahun, atau berikan berkas tahun sebelumnya "
       "sebagai pembanding",
    cli_en="add the previous year's rows, with their year in the year column, or pass --baseline FILE",
    cli_id="tambahkan baris tahun sebelumnya, dengan tahunnya di kolom tahun, atau berikan berkas tahun sebelumnya "
           "dengan `--baseline BERKAS`",
)
ADD_BASELINE_CSV = Text(  # a CSV without a year: it has no sheets to add
    "io.hint.baseline-csv",
    en='give the previous year\'s file as the baseline, or add a "Tahun" column and the previous year\'s rows',
    id='berikan berkas tahun sebelumnya sebagai pembanding, atau tambahkan kolom "Tahun" beserta baris tahun '
       'sebelumnya',
    cli_en='pass the previous year\'s file with --baseline FILE, or add a "Tahun" column and the previous '
           'year\'s rows',
    cli_id='berikan berkas tahun sebelumnya dengan `--baseline BERKAS`, atau tambahkan kolom "Tahun" beserta '
           'baris tahun sebelumnya',
)
ADD_BASELINE_FILES = Text(  # several input files ranked together
    "io.hint.baseline-files",
    en="add the previous year to every file, or give the previous year's file as the baseline",
    id="tambahkan data tahun sebelumnya ke setiap berkas, atau berikan berkas tahun sebelumnya sebagai pembanding",
    cli_en="add the previous year to every file, or pass --baseline FILE",
    cli_id="tambahkan data tahun sebelumnya ke setiap berkas, atau berikan berkas tahun sebelumnya dengan "
           "`--baseline BERKAS`",
)
OTHER_BASELINE = Text(  # the baseline file given holds no earlier year
    "io.hint.baseline-earlier",
    en="give a baseline file that holds a year before {year}",
    id="berikan berkas pembanding yang memuat tahun sebelum {year}",
)
