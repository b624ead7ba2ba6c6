"""Indonesian first, everywhere — a check that cannot drift.

1. Every text of the message catalogue renders in both languages, and no library text names a
   command-line flag (only the ``cli`` variants may).
2. The whole output of every command on the sample, and every message of the bad-input
   catalogues, reads as Indonesian under ``id`` (no English sentence) and as English under
   ``en`` (no Indonesian sentence), apart from what came from the data or the criteria.

The detectors are word lists: common words of one language that never appear in the other.
Text in backticks (identifiers, options) and in double quotes (data as typed) is skipped.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import string

import pytest

from conftest import ROOT, SAMPLE_XLSX

ENGLISH = frozenset(["the", "is", "are", "was", "were", "of", "and", "not", "with", "for", "from", "this", "that", "which", "be", "been", "has", "have", "will", "would", "should", "must", "cannot", "can't", "please", "missing", "ignored", "error", "errors", "warning", "warnings", "file", "sheet", "sheets", "row", "rows", "column", "columns", "value", "values", "number", "numbers", "found", "needs", "need", "candidate", "candidates", "year", "years", "instead", "there", "their", "than", "only", "every", "each", "these", "those", "does", "did"])
INDONESIAN = frozenset(["yang", "dan", "tidak", "dengan", "untuk", "dari", "pada", "adalah", "atau", "ini", "itu", "lembar", "baris", "kolom", "berkas", "kesalahan", "peringatan", "nilai", "tahun", "kandidat", "peringkat", "diabaikan", "sebagai", "belum", "sudah", "tanpa", "harus", "bukan"])

_SKIPPED = re.compile(
    r"`[^`]*`|\"[^\"]*\"|“[^”]*”|'[^'\s][^']*'"  # code, data as typed, a gloss
    r"|https?://\S+|\S*/\S*"  # addresses and paths
    r"|[\w-]+(?:\.\w+)+\b"  # file names and YAML key paths: data.xlsx, indicators.capaian.value
    r"|(?<![\w-])--?[a-z][a-z-]*")  # options: --max-rows, -o
_WORD = re.compile(r"[A-Za-z][A-Za-z']+")
_FLAG = re.compile(r"(?<![\w-])--[a-z][a-z-]+|paritrana (?:rank|validate|explain|template|criteria|sensitivity)")


def words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(_SKIPPED.sub(" ", text))}


def foreign(text: str, lang: str, allowed: frozenset[str] = frozenset()) -> set[str]:
    """The words of the other language in ``text``."""
    other = ENGLISH if lang == "id" else INDONESIAN
    return (words(text) & other) - allowed


# ---- 1. the catalogue -----------------------------------------------------------------------------


def catalogue():
    from paritrana.i18n import messages
    from paritrana.i18n.text import CATALOG

    for module in pkgutil.iter_modules(messages.__path__):
        importlib.import_module(f"{messages.__name__}.{module.name}")
    return sorted(CATALOG.values(), key=lambda text: text.key)


def sample_values(template: str) -> dict[str, object]:
    """A value for every placeholder, of the kind its format spec expects."""
    values: dict[str, object] = {}
    for _, name, spec, _ in string.Formatter().parse(template):
        if not name:
            continue
        if spec in ("num", "num0", "num1", "num2", "num3", "signed"):
            values[name] = 1234.5
        elif spec == "int":
            values[name] = 1234
        elif spec.rstrip("or").endswith("list"):
            values[name] = ["satu", "dua", "tiga"]
        else:
            values[name] = "x"
    return values


TEXTS = catalogue()


def test_the_catalogue_is_large_and_keys_are_unique():
    assert len(TEXTS) > 300
    assert len({t.key for t in TEXTS}) == len(TEXTS)


@pytest.mark.parametrize("text", TEXTS, ids=[t.key for t in TEXTS])
def test_every_text_renders_in_both_languages(text):
    values = sample_values(text.en)
    message = text(**values)
    indonesian, english = message.render("id"), message.render("en")
    assert indonesian and english
    assert message.render("id", cli=True) and message.render("en", cli=True)


@pytest.mark.parametrize("text", TEXTS, ids=[t.key for t in TEXTS])
def test_no_library_text_names_a_command_line_flag(text):
    # Flags belong to the command line's variant (cli_en/cli_id); the library speaks neutrally.
    if text.key.startswith(("cli.", "help.", "template.", "form.")):
        return  # the command line, its help, and the instruction sheets that tell what to run next
    for variant in (text.en, text.id):
        assert not _FLAG.search(variant), variant


@pytest.mark.parametrize("text", TEXTS, ids=[t.key for t in TEXTS])
def test_the_indonesian_text_has_no_english_words(text):
    message = text(**sample_values(text.en))
    assert foreign(message.render("id"), "id") == set()
    assert foreign(message.render("id", cli=True), "id") == set()


@pytest.mark.parametrize("text", TEXTS, ids=[t.key for t in TEXTS])
def test_the_english_text_has_no_indonesian_words(text):
    message = text(**sample_values(text.en))
    assert foreign(message.render("en"), "en") == set()


def test_the_detectors_can_fail():
    assert foreign("2024!C10: the value is missing", "id") == {"the", "value", "is", "missing"}
    assert foreign("2024!C10: nilai kosong untuk `peserta`", "en") == {"nilai", "untuk"}
    assert foreign('kolom "Jumlah Pekerja" dan `missing: zero`', "id") == set()


# ---- 2. whole outputs --------------------------------------------------------------------------------

CRITERIA_FINAL = ROOT / "criteria" / "paritrana-kabkota-final.yaml"
PANEL = ROOT / "sample_data" / "panel" / "kalbar-2025-juri.xlsx"
SAMPLE = str(SAMPLE_XLSX)
# Words that came from the data (candidate and sheet names) or are names in both languages.
FROM_THE_DATA = frozenset({"catatan"})

COMMANDS = [
    ["rank", SAMPLE],
    ["rank", SAMPLE, "-f", "markdown"],
    ["rank", SAMPLE, "-f", "csv"],
    ["rank", SAMPLE, "-f", "json"],
    ["rank", SAMPLE, "-c", str(CRITERIA_FINAL), "--panel", str(PANEL)],
    ["explain", SAMPLE, "Mempawah", "--vs", "Ketapang"],
    ["explain", SAMPLE, "Sekadau", "-c", str(CRITERIA_FINAL), "--panel", str(PANEL)],
    ["validate", SAMPLE],
    ["sensitivity", SAMPLE, "--runs", "300", "--seed", "1"],
    ["criteria", "show"],
    ["criteria", "check"],
    ["--help"],
    ["rank", "--help"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a[:1] + a[2:3]) for a in COMMANDS])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_command_speaks_one_language(runner, args, lang):
    from paritrana.cli import app

    result = runner.invoke(app, [*args, "--lang", lang])
    assert result.exit_code == 0, result.output
    output = result.output
    if "json" in args:  # JSON keys stay English (SPEC); its texts follow the language
        data = json.loads(result.stdout)
        data["criteria"].pop("text", None)  # the criteria file as written, comments and all
        output = "\n".join(_strings(data))
    assert foreign(output, lang, FROM_THE_DATA) == set()


def _strings(data: object) -> list[str]:
    """The string values of a JSON document (not its keys)."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for value in data.values() for s in _strings(value)]
    if isinstance(data, list):
        return [s for value in data for s in _strings(value)]
    return []


def _catalogue_cases():
    import test_bad_inputs
    import test_hostile_inputs

    return [*test_bad_inputs.CASES, *test_hostile_inputs.CASES]


@pytest.mark.parametrize("make", _catalogue_cases(), ids=lambda make: make.__name__)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_error_of_the_bad_input_catalogues_speaks_one_language(runner, tmp_path, make, lang):
    from paritrana.cli import app

    case = make(tmp_path)
    result = runner.invoke(app, [*map(str, case.args), "--lang", lang])
    assert result.exit_code == 1, result.output
    assert foreign(result.stderr, lang, FROM_THE_DATA) == set(), result.stderr
