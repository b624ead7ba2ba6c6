"""Small desk data, criteria and panel workbooks for the panel tests (built in tmp_path).

Desk: one indicator ``v`` = column X, min–max normalised, so the desk scores are easy to
read: X = 100, 90, 50, 0 gives Alpha 100, Beta 90, Gamma 50, Delta 0.
Panel: scale 0–100, interview criteria ``a`` (label Komitmen, weight 3) and ``b`` (label
Inovasi, weight 1), so a panel score is 0.75 a + 0.25 b.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import make_workbook, write_criteria

DESK = {"Alpha": 100, "Beta": 90, "Gamma": 50, "Delta": 0}
LONG_HEADER = ["Juri", "Wilayah", "Kriteria", "Nilai"]

CRITERIA = """\
title: Test panel
columns:
  wilayah: [Wilayah]
  x: [X]
indicators:
  v: {{value: x, weight: 1, normalize: minmax}}
panel:
  scale: [0, 100]
  aggregation: {aggregation}
  trimmed_fallback: {fallback}
  standardize: {standardize}
  min_jurors: {min_jurors}
  criteria:
    a: {{label: Komitmen, weight: 3}}
    b: {{label: Inovasi, weight: 1}}
stages:
  shortlist: {shortlist}
  final: {{desk: 50, panel: 50}}
"""


def desk_workbook(tmp_path: Path, values: dict[str, Any] | None = None) -> Path:
    rows = [["Wilayah", "X"]] + [[k, v] for k, v in (values or DESK).items()]
    return make_workbook(tmp_path, {"2024": rows}, name="desk.xlsx")


def panel_criteria(tmp_path: Path, *, aggregation: str = "mean", fallback: str = "error",
                   standardize: str = "false", min_jurors: int = 1, shortlist: str = "3") -> Path:
    text = CRITERIA.format(aggregation=aggregation, fallback=fallback, standardize=standardize,
                           min_jurors=min_jurors, shortlist=shortlist)
    return write_criteria(tmp_path, text, name="panel.yaml")


def long_panel(tmp_path: Path, rows: list[list[Any]], header: list[str] | None = None,
               name: str = "juri.xlsx", sheet: str = "Nilai") -> Path:
    """One long sheet: header then ``[juror, candidate, criterion, score]`` rows."""
    return make_workbook(tmp_path, {sheet: [header or LONG_HEADER, *rows]}, name=name)


def scores(table: dict[str, dict[str, tuple[Any, Any]]]) -> list[list[Any]]:
    """``{"J1": {"Alpha": (a, b)}}`` → long rows (a blank score is ``""``)."""
    rows = []
    for juror, by_candidate in table.items():
        for candidate, (a, b) in by_candidate.items():
            rows += [[juror, candidate, "a", a], [juror, candidate, "b", b]]
    return rows


# Two jurors on the shortlist Alpha, Beta, Gamma (hand-worked in test_panel_stages.py):
# Alpha a (60, 70) b (40, 60); Beta a (90, 100) b (80, 90); Gamma a (50, 50) b (50, 50).
REVERSING = {
    "J1": {"Alpha": (60, 40), "Beta": (90, 80), "Gamma": (50, 50)},
    "J2": {"Alpha": (70, 60), "Beta": (100, 90), "Gamma": (50, 50)},
}
