"""Lines only the command line prints: the error prefix, the interruption, confirmations and
the usage errors of our own option parsers (click's own usage errors stay as click writes them)."""

from __future__ import annotations

from paritrana.i18n.text import Text

ERROR = Text("cli.error", en="Error: {text}", id="Kesalahan: {text}")
INTERRUPTED = Text("cli.interrupted", en="Interrupted (Ctrl-C); no partial file was left behind.",
                   id="Dihentikan (Ctrl-C). Tidak ada berkas setengah jadi yang tertinggal.")

# ---- confirmations (stderr, so that stdout stays clean for a pipe) ------------------------
REPORT_SAVED = Text("cli.report-saved", en="Report saved: {path}", id="Laporan disimpan: {path}")
TEMPLATE_SAVED = Text("cli.template-saved", en="Template saved: {path} (sheets {sheets:list}); {names}",
                      id="Templat disimpan: {path} (lembar {sheets:list}); {names}")
NO_NAMES_FILLED = Text("cli.template-no-names", en="no candidate names filled in",
                       id="nama kandidat belum diisi")
NAMES_FILLED = Text("cli.template-names", en="{n:int} candidate names filled in",
                    id="{n:int} nama kandidat sudah diisi")
TEMPLATE_COLUMNS = Text("cli.template-columns", en="Columns: {headers:qlist}", id="Kolom: {headers:qlist}")

# ---- usage errors of our own parsers and callbacks (exit 2) ---------------------------------
BAD_OPTION = Text("cli.bad-option", en="invalid value for {option:code}: {text}",
                  id="nilai {option:code} tidak sah: {text}")
NOT_ONE_OF = Text("cli.not-one-of", en="{value:q} is not one of {choices:codelistor}",
                  id="{value:q} bukan salah satu dari {choices:codelistor}")
UNKNOWN_METHODS = Text("cli.unknown-methods", en="unknown method {names:qlist}; choose from {choices:codelistor}",
                       id="metode {names:qlist} tidak dikenal; pilih {choices:codelistor}")
NO_METHODS = Text("cli.no-methods", en="no method given; choose from {choices:codelistor}",
                  id="belum ada metode yang disebut; pilih {choices:codelistor}")
JITTER_RANGE = Text("cli.jitter-range", en="must be at least 0 and below 1 (got {value:num}); 0.25 means ±25%",
                    id="harus paling kecil 0 dan kurang dari 1 (tertulis {value:num}); 0,25 berarti ±25%")
SENSITIVITY_NEEDS_XLSX = Text(
    "cli.sensitivity-needs-xlsx",
    en="`--sensitivity` adds a sheet to an Excel report; it needs `--output FILE.xlsx`",
    id="`--sensitivity` menambahkan lembar ke laporan Excel; tambahkan juga `--output BERKAS.xlsx`",
)
