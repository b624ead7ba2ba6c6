"""Texts taken from the criteria — the title, aspect, indicator and column labels, the interview
criteria — are in the report's language when the criteria give them in both (the packaged
criteria do)."""

from __future__ import annotations

from typing import Any

import pytest

import paritrana
from conftest import ROOT, SAMPLE_XLSX
from test_report_xlsx import header_map, open_both, write


@pytest.fixture(scope="module")
def english(tmp_path_factory) -> Any:
    run = paritrana.evaluate(SAMPLE_XLSX, criteria=ROOT / "criteria" / "paritrana-kabkota-final.yaml",
                             panel=ROOT / "sample_data" / "panel" / "kalbar-2025-juri.xlsx")
    return open_both(write(run, tmp_path_factory.mktemp("en") / "en.xlsx", "en"))


def cells(ws: Any) -> set[str]:
    return {c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)}


def test_the_ranking_sheet_names_the_indicators_and_the_award_in_english(english):
    _, stored = english
    ws = stored["Ranking"]
    assert ws["A2"].value == "Paritrana Award — Regency and City Governments (final stage)"
    assert {"Active participants", "Coverage (%)", "Coverage growth (percentage points)"} <= set(header_map(ws, 6))
    assert "Capaian peserta aktif" not in cells(ws)


def test_the_breakdown_criteria_and_data_sheets_use_the_english_labels(english):
    _, stored = english
    assert "Active participants" in cells(stored["Breakdown"])
    assert "Active participants" in cells(stored["Criteria"])
    assert "peserta (Active BPJS Ketenagakerjaan participants)" in set(header_map(stored["Data"], 4))
    assert stored["Criteria"]["A1"].value == "Criteria: Paritrana Award — Regency and City Governments (final stage)"


def test_the_jury_sheets_use_the_english_labels(english):
    _, stored = english
    assert stored["Interview"]["A1"].value == "Tim 9 interview"
    assert "komitmen — Commitment of the regional head (weight 30%)" in cells(stored["Jurors"])


def test_the_printed_header_names_the_award_in_english(english):
    formulas, _ = english
    assert "Regency and City Governments" in formulas["Ranking"].oddHeader.left.text
