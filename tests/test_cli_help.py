"""``--help`` in the output language: Indonesian by default, English with ``--lang en``
anywhere on the line or ``PARITRANA_LANG=en``; every text from the catalogue."""

from __future__ import annotations

import pytest

from conftest import SAMPLE_XLSX
from paritrana.cli.app import app
from paritrana.i18n.text import CATALOG

ENGLISH_LAYOUT = ("Usage:", "Options", "Arguments", "Commands", "[required]", "[default:", "Show this message")


def help_text(runner, *args, env=None):
    result = runner.invoke(app, [*args, "--help"], env=env, prog_name="paritrana")
    assert result.exit_code == 0, result.output
    return result.stdout


def flat(text: str) -> str:
    """The text of rich's panels on one line: box edges dropped, runs of spaces joined."""
    for edge in "│╭╮╰╯─":
        text = text.replace(edge, " ")
    return " ".join(text.split())


def command_paths():
    """Every visible command: (), ("rank",), ("criteria", "show")..."""
    import typer.main

    found = []

    def walk(command, path):
        found.append(path)
        for name, sub in getattr(command, "commands", {}).items():
            if not sub.hidden:
                walk(sub, (*path, name))

    walk(typer.main.get_command(app), ())
    return found


PATHS = command_paths()
IDS = [" ".join(p) or "paritrana" for p in PATHS]


def test_the_app_help_is_in_indonesian_by_default(runner):
    text = help_text(runner)
    assert "Penggunaan: paritrana [OPSI] PERINTAH [ARGUMEN]..." in text
    assert "Menilai dan memeringkat kandidat Paritrana Award" in text
    assert "─ Opsi ─" in text and "─ Perintah ─" in text and "─ Batas ─" in text
    assert "bawaan 2.000.000" in text  # --max-rows: the default written in the language


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_no_english_layout_word_in_indonesian_help(runner, path):
    text = help_text(runner, *path)
    assert [word for word in ENGLISH_LAYOUT if word in text] == []


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_no_type_after_a_flag(runner, path):
    for args in ([], ["--lang", "en"]):
        assert "<bool>" not in help_text(runner, *path, *args)


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_no_python_type_beside_an_argument(runner, path):
    # the placeholder (BERKAS, NAMA) says what to give; "<path>", "<str>" or "<list[Path]>"
    # is Python, not Indonesian or English
    for args in ([], ["--lang", "en"]):
        text = help_text(runner, *path, *args)
        assert [t for t in ("<path>", "<str>", "<list[Path]>", "<int>") if t in text] == []


@pytest.mark.parametrize("args", [
    ["--lang", "en"], ["--lang=en"], ["rank", "--lang", "en"],
], ids=["before", "equals", "after-the-command"])
def test_lang_en_anywhere_gives_english(runner, args):
    text = help_text(runner, *args)
    assert "Usage:" in text and "Options" in text and "Penggunaan" not in text


def test_the_environment_gives_english_and_lang_wins(runner):
    assert "Usage: paritrana rank [OPTIONS] {FILE}" in help_text(runner, "rank", env={"PARITRANA_LANG": "en"})
    assert "Penggunaan:" in help_text(runner, "rank", "--lang", "id", env={"PARITRANA_LANG": "en"})


def test_rank_help_names_every_option_in_indonesian(runner):
    text = help_text(runner, "rank")
    assert "Penggunaan: paritrana rank [OPSI] {BERKAS}" in text
    assert "Buku kerja data (.xlsx, .xlsm) atau berkas CSV, atau folder berisi berkas itu" in flat(text)
    for option in ("--criteria", "--year", "--baseline", "--lang", "--top", "--group", "--format", "--output",
                   "--csv-dialect", "--previous", "--top-per-group"):
        assert option in text
    assert "(.xlsx, .csv, .json, atau .md)" in flat(text)  # the report types come from the format table


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_every_help_text_is_in_the_catalogue(path):
    """Each command, option and argument has a ``help.*`` text in both languages, so nothing
    shown by --help is left in one language only."""
    import typer.main

    command = typer.main.get_command(app)
    for name in path:
        command = command.commands[name]
    key = ".".join(path) or "main"
    assert f"help.{key}" in CATALOG, key
    for param in command.params:
        if getattr(param, "hidden", False):
            continue
        found = CATALOG.get(f"help.{key}.{param.name}") or CATALOG.get(f"help.opt.{param.name}")
        assert found is not None, f"{key}: {param.name}"
        assert found.id != found.en, f"{key}: {param.name}"


def test_a_usage_error_of_our_own_is_in_indonesian(runner):
    result = runner.invoke(app, ["sensitivity", str(SAMPLE_XLSX), "--jitter", "1.5"], prog_name="paritrana")
    assert result.exit_code == 2
    assert "nilai `--jitter` tidak sah: harus paling kecil 0 dan kurang dari 1 (tertulis 1,5); 0,25 berarti ±25%" \
        in flat(result.output)
    assert "─ Kesalahan ─" in result.output and "Bantuan: 'paritrana sensitivity -h'" in result.output


def test_a_usage_error_of_our_own_in_english(runner):
    result = runner.invoke(app, ["sensitivity", str(SAMPLE_XLSX), "--methods", "minmax,fancy", "--lang", "en"])
    assert result.exit_code == 2
    assert 'invalid value for `--methods`: unknown method "fancy"; choose from `criteria`,' in flat(result.output)
    assert "─ Error ─" in result.output


def test_an_unknown_format_lists_the_choices(runner):
    result = runner.invoke(app, ["rank", str(SAMPLE_XLSX), "--format", "xml"])
    assert result.exit_code == 2
    assert 'nilai `--format` tidak sah: "xml" bukan salah satu dari `table`, `csv`, `json`, atau `markdown`' \
        in flat(result.output)
