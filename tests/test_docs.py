"""Documentation stays true: criteria files load, the packaged default is the documented one,
and every command has help text and is mentioned in README.md."""

from __future__ import annotations

import re

import pytest

from conftest import DEFAULT_CRITERIA, ROOT
from paritrana.io.criteria_file import DEFAULT_CRITERIA_NAME, default_criteria_text, load_criteria

CRITERIA_FILES = sorted((ROOT / "criteria").glob("*.yaml"))


def commands():
    """Every command registered on the app, as ("criteria", "show") paths."""
    import typer.main

    from paritrana.cli.app import app

    found = []

    def walk(group, path):
        for name, command in sorted(getattr(group, "commands", {}).items()):
            if getattr(command, "hidden", False):
                continue
            found.append(((*path, name), command))
            walk(command, (*path, name))

    walk(typer.main.get_command(app), ())
    return found


def test_there_are_criteria_files():
    assert DEFAULT_CRITERIA in CRITERIA_FILES


@pytest.mark.parametrize("path", CRITERIA_FILES, ids=[p.name for p in CRITERIA_FILES])
def test_every_criteria_file_loads(path):
    loaded = load_criteria(path)
    assert loaded.criteria.title
    assert loaded.criteria.all_indicators


def test_packaged_default_is_the_documented_file_byte_for_byte():
    packaged = ROOT / "paritrana" / "data" / "criteria" / DEFAULT_CRITERIA_NAME
    assert packaged.read_bytes() == DEFAULT_CRITERIA.read_bytes()
    assert default_criteria_text() == DEFAULT_CRITERIA.read_text(encoding="utf-8")


def test_rank_is_registered():
    assert ("rank",) in [path for path, _ in commands()]


@pytest.mark.parametrize("path,command", commands(), ids=[" ".join(p) for p, _ in commands()])
def test_every_command_has_help_text(path, command):
    assert (command.help or command.short_help or "").strip(), f"`paritrana {' '.join(path)}` has no help text"


@pytest.mark.parametrize("path", [p for p, _ in commands()], ids=[" ".join(p) for p, _ in commands()])
def test_every_command_is_in_the_readme(path):
    readme = ROOT / "README.md"
    if not readme.exists():
        pytest.skip("README.md is not written yet")
    text = readme.read_text(encoding="utf-8")
    head, *rest = path
    lines = [line for line in text.splitlines() if re.search(rf"paritrana {re.escape(head)}\b", line)]
    assert lines, f"README.md never shows `paritrana {head}`"
    if rest:
        assert any(re.search(rf"\b{re.escape(rest[-1])}\b", line) for line in lines), \
            f"README.md never shows `paritrana {' '.join(path)}`"
