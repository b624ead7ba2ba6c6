"""The progress display of long work (``paritrana.report.progress``) and the cap on long lists
of issues on the terminal. The stages: *membaca* (reading the data), *memeriksa* (checking
them, GLOSSARY-id: periksa), *menilai dan memeringkat* (scoring and ranking), *menulis*
(writing the result to the output) and *menyimpan* (saving a report file: GLOSSARY-id, a file
is saved, not written)."""

from __future__ import annotations

from paritrana.i18n.text import Text

READING = Text("progress.reading", en="reading the data", id="membaca data")
CHECKING = Text("progress.checking", en="checking the data", id="memeriksa data")
SCORING = Text("progress.scoring", en="scoring and ranking", id="menilai dan memeringkat")
WRITING = Text("progress.writing", en="writing the result", id="menulis hasil")
SAVING = Text("progress.saving", en="saving the report", id="menyimpan laporan")
ROWS = Text("progress.rows", en="{done:int} of {total:int} rows", id="{done:int} dari {total:int} baris")
ROWS_SO_FAR = Text("progress.rows-so-far", en="{done:int} rows", id="{done:int} baris")

ISSUES_NOT_LISTED = Text(
    "progress.issues-not-listed",
    en="… and {n:int} more, not listed here (all of them are in the JSON)",
    id="… dan {n:int} lainnya tidak ditampilkan di sini (semuanya ada di JSON)",
    cli_en="… and {n:int} more, not listed here (all of them are in `--format json`)",
    cli_id="… dan {n:int} lainnya tidak ditampilkan di sini (semuanya ada di `--format json`)",
)
