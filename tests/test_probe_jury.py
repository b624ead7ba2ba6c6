"""Round-3 probe of the jury's side: ``explain``, the scoring forms (``template --panel`` and
``--panel FOLDER``), ``sensitivity`` and ``verify``, with files built as an office would.

Each test is one promise of SPEC.md (or of the jury's plain expectation) that an earlier
version broke silently.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import make_workbook, write_criteria
from paritrana.cli import app

# ---- explain: the arithmetic shown adds up ---------------------------------------------------

THREE_THIRDS = """\
title: Tiga indikator
columns:
  wilayah: [Wilayah]
  p: [P]
  q: [Q]
  r: [R]
indicators:
  p: {value: p, weight: 1, normalize: {method: target, min: 0, max: 100}}
  q: {value: q, weight: 1, normalize: {method: target, min: 0, max: 100}}
  r: {value: r, weight: 1, normalize: {method: target, min: 0, max: 100}}
"""


def _thirds(tmp_path: Path) -> tuple[Path, Path]:
    # Sekadau: p 10, q 10, r 10,05 on goalposts 0–100, each × 1/3:
    # contributions 3,3333 + 3,3333 + 3,35 = 10,0167 → score shown 10,02.
    # Each contribution rounded alone gives 3,33 + 3,33 + 3,35 = 10,01: one hundredth short.
    data = make_workbook(tmp_path, {"2024": [["Wilayah", "P", "Q", "R"], ["Sekadau", 10, 10, 10.05],
                                             ["Landak", 50, 50, 50]]})
    return data, write_criteria(tmp_path, THREE_THIRDS)


def _shown(text: str) -> float:
    return float(text.replace(".", "").replace(",", ".").replace("−", "-"))


def test_explain_table_contributions_add_up_to_the_score_shown(tmp_path, runner):
    data, criteria = _thirds(tmp_path)
    out = runner.invoke(app, ["explain", str(data), "sekadau", "-c", str(criteria)])
    assert out.exit_code == 0, out.output
    rows = [line for line in out.output.splitlines() if line.startswith("│")]
    last = [re.findall(r"(\d+,\d\d)\s*│\s*$", row) for row in rows]
    parts = [_shown(x[0]) for row, x in zip(rows, last, strict=True) if x and not row.startswith("│ Skor")]
    score = next(_shown(x[0]) for row, x in zip(rows, last, strict=True) if row.startswith("│ Skor"))
    assert score == 10.02
    assert len(parts) == 3
    assert round(sum(parts), 2) == score  # 3,34 + 3,33 + 3,35


def test_explain_sentences_contributions_add_up_to_the_score_shown(tmp_path, runner):
    data, criteria = _thirds(tmp_path)
    out = runner.invoke(app, ["explain", str(data), "Sekadau", "-c", str(criteria), "--lang", "en"])
    assert out.exit_code == 0, out.output
    parts = [float(x) for x in re.findall(r"= (\d+\.\d\d) points", out.output)]
    assert len(parts) == 3
    assert round(sum(parts), 2) == 10.02


def test_explain_json_keeps_the_contributions_at_full_precision(tmp_path, runner):
    data, criteria = _thirds(tmp_path)
    out = runner.invoke(app, ["explain", str(data), "Sekadau", "-c", str(criteria), "-f", "json"])
    assert out.exit_code == 0, out.output
    got = json.loads(out.output)
    assert [i["contribution"] for i in got["indicators"]] == pytest.approx([10 / 3, 10 / 3, 10.05 / 3])
