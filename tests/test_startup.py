"""Start-up is part of the product: the quick commands must not import the heavy libraries.

Each command runs in a fresh interpreter (the import state of the test process would hide
the problem) and reports which of pandas, numpy and openpyxl ended up in ``sys.modules``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE = str(Path(__file__).resolve().parents[1] / "sample_data" / "kalbar-2025.xlsx")

HEAVY = ("pandas", "numpy", "openpyxl", "xlsxwriter", "python_calamine")

PROBE = """
import json, sys
from typer.testing import CliRunner
from paritrana.cli.app import app
result = CliRunner().invoke(app, {args!r})
heavy = [m for m in {heavy!r} if m in sys.modules]
print(json.dumps({{"exit": result.exit_code, "heavy": heavy}}))
"""


def _probe(args: list[str], heavy: tuple[str, ...] = HEAVY) -> dict:
    code = PROBE.format(args=args, heavy=heavy)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "args",
    [["--help"], ["--version"], ["rank", "--help"], ["rank", "--help", "--lang", "en"], ["criteria", "--help"],
     ["criteria", "show"]],
    ids=["help", "version", "rank-help", "rank-help-en", "criteria-help", "criteria-show"],
)
def test_quick_commands_import_no_heavy_library(args: list[str]) -> None:
    probe = _probe(args)
    assert probe["exit"] == 0
    assert probe["heavy"] == []


def test_probe_detects_a_heavy_import() -> None:
    # The guard must be able to fail: ranking the sample does import pandas.
    probe = _probe(["rank", SAMPLE, "--format", "json"])
    assert probe["exit"] == 0
    assert "pandas" in probe["heavy"]


# What ranking the sample does not need: the analyses of other commands and the writers of
# other outputs (issue 17: start-up).
NOT_FOR_A_RANKING = ("paritrana.sensitivity", "paritrana.panel.stages", "paritrana.panel.forms",
                     "paritrana.report.verify", "paritrana.explain.change", "openpyxl", "xlsxwriter", "fastexcel")


def test_ranking_the_sample_loads_only_what_a_ranking_needs() -> None:
    probe = _probe(["rank", SAMPLE], NOT_FOR_A_RANKING)
    assert probe["exit"] == 0
    assert probe["heavy"] == []
