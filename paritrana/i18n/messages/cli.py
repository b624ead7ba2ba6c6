"""Lines only the command line prints: the error prefix, the interruption, confirmations, the
usage errors of our own option parsers and click's own usage errors in the output language."""

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

# ---- click's own usage errors, in the output language (paritrana.cli.usage) -------------------
MISSING_ARGUMENT = Text("cli.missing-argument", en="missing argument {name:code}",
                        id="argumen {name:code} belum diberikan")
MISSING_OPTION = Text("cli.missing-option", en="missing option {name:code}", id="opsi {name:code} wajib diberikan")
NO_SUCH_OPTION = Text("cli.no-such-option", en="no such option {name:code}", id="opsi {name:code} tidak dikenal")
NO_SUCH_COMMAND = Text("cli.no-such-command", en="no such command {name:code}", id="perintah {name:code} tidak dikenal")
DID_YOU_MEAN = Text("cli.did-you-mean", en="{text}; did you mean {names:codelistor}?",
                    id="{text}; apakah yang dimaksud {names:codelistor}?")
NEEDS_VALUE = Text("cli.needs-value", en="option {name:code} needs a value", id="opsi {name:code} memerlukan nilai")
TAKES_NO_VALUE = Text("cli.takes-no-value", en="option {name:code} takes no value",
                      id="opsi {name:code} tidak menerima nilai")
EXTRA_ARGUMENTS = Text("cli.extra-arguments", en="unexpected extra arguments: {names:qlist}",
                       id="argumen berlebih: {names:qlist}")
MUST_BE_AT_LEAST = Text("cli.at-least", en="must be at least {n:num}", id="harus paling kecil {n:num}")
MUST_BE_AT_MOST = Text("cli.at-most", en="must be at most {n:num}", id="harus paling besar {n:num}")
MUST_BE_ABOVE = Text("cli.above", en="must be greater than {n:num}", id="harus lebih besar dari {n:num}")
MUST_BE_BELOW = Text("cli.below", en="must be less than {n:num}", id="harus lebih kecil dari {n:num}")
MUST_BE_WHOLE = Text("cli.whole-number", en="must be a whole number", id="harus bilangan bulat")
MUST_BE_NUMBER = Text("cli.number", en="must be a number (with a decimal point: 0.25)",
                      id="harus angka (dengan titik desimal: 0.25)")
MUST_BE_ONE_OF = Text("cli.one-of", en="must be one of {choices:codelistor}",
                      id="harus salah satu dari {choices:codelistor}")

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
