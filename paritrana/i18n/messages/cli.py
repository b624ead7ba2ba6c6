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

# ---- the jurors' scoring forms (template --panel) ----------------------------------------------
FORMS_SAVED = Text(
    "cli.forms-saved",
    en="Forms saved: {folder} ({n:int} jurors, {total:int} finalists: {names:list})",
    id="Formulir disimpan: {folder} ({n:int} juri, {total:int} finalis: {names:list})")
FORMS_CONFLICTS = Text(
    "cli.forms-conflicts",
    en="Conflicts of interest greyed out: {items:list}",
    id="Konflik kepentingan yang diarsir abu-abu: {items:list}")
FORM_CONFLICT_PAIR = Text("cli.form-conflict-pair", en="{juror} – {candidate}", id="{juror} – {candidate}")
ONLY_WITH_PANEL = Text("cli.only-with-panel", en="only with `--panel` (the jurors' scoring forms)",
                       id="hanya bersama `--panel` (formulir penilaian juri)")
NOT_WITH_PANEL = Text("cli.not-with-panel", en="not with `--panel`: it is for the blank input workbook",
                      id="tidak bersama `--panel`: opsi ini untuk templat isian data")
PANEL_NEEDS_DATA = Text("cli.panel-needs-data",
                        en="the forms need the data file, whose desk ranking gives the shortlist: "
                           "`paritrana template --panel DATA.xlsx -o formulir/`",
                        id="formulir memerlukan berkas data, yang peringkat tahap indikatornya menentukan daftar "
                           "nominasi: `paritrana template --panel DATA.xlsx -o formulir/`")
