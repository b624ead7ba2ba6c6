"""`validate -f json` written piece by piece from the checks' columns is, byte for byte, what
`json.dumps(report.to_dict(), ensure_ascii=False, indent=2)` writes — whatever the texts hold
and however the rows are placed."""

from __future__ import annotations

import json
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import HEADER, make_workbook
from paritrana.api import validate
from paritrana.checks.report import ValidationReport
from paritrana.cli import app
from paritrana.core.issues import CellNames, IssueBatch
from paritrana.errors import Issue, IssueCode, Location, Severity
from paritrana.i18n.messages import checks as cm
from paritrana.i18n.text import Message
from paritrana.io.criteria_file import load_criteria
from test_json_encoding import HOSTILE, _change_batch

CRITERIA = load_criteria()


def _report(issues: list[Issue], path: str = "data.xlsx") -> ValidationReport:
    return ValidationReport(path=path, sha256="ab" * 32, criteria=CRITERIA, issues=issues, layout="per-year",
                            years=[2023, 2024], year=2024, baseline_year=2023, candidates=len(issues))


def _by_json_dumps(report: ValidationReport, lang: str) -> str:
    return json.dumps(report.to_dict(lang, cli=True), ensure_ascii=False, indent=2) + "\n"


def _written(report: ValidationReport, lang: str) -> str:
    return b"".join(report.json_pieces(lang, cli=True)).decode("utf-8")


def _hinted_batch(names: list[str], severity: Severity = Severity.WARNING) -> IssueBatch:
    """A batch whose hint differs row by row (and is None for the third row)."""
    n = len(names)
    return IssueBatch(IssueCode.MISSING_BASELINE, severity, cm.CHANGE,
                      {"what": "kepesertaan", "name": names, "delta": 30.0, "base": 2023, "before": 10.0,
                       "now": 40.0, "limit": 25},
                      file="data.xlsx", sheets="2024", cells=CellNames(["2024"] * n, list(range(2, n + 2)), {"2024": "A"}),
                      hints=lambda k: None if k == 2 else Message.of(f"coba {names[k]}"))


def test_a_report_without_issues_is_written_as_json_dumps_writes_it():
    report = _report([])
    assert _written(report, "id") == _by_json_dumps(report, "id")
    assert '"errors": [],\n  "warnings": [],' in _written(report, "id")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_errors_and_warnings_of_every_kind_are_written_as_json_dumps_writes_them(lang):
    n = len(HOSTILE)
    deltas = [30.0 + k for k in range(n)]
    warnings: list[Issue] = [
        Issue(IssueCode.TOTAL_ROW, Severity.WARNING, 'plain "one" 100%', Location("data.xlsx", "2024", "A9")),
        *_change_batch(HOSTILE, deltas).rows(),
        *_change_batch(HOSTILE, deltas, sheets=['20"24'] * 5 + ["2023%"] * 5).rows(),  # two sheets
        *_change_batch(HOSTILE, deltas, cells=[f"C{k}" if k != 3 else None for k in range(n)]).rows(),  # one without
        *_change_batch(HOSTILE, deltas, file=["other.xlsx"] * 4 + [None] * 6, sheets=None).rows(),
        Issue(IssueCode.SHEET_IGNORED, Severity.WARNING, "no place at all"),  # every field null but the texts
        *_hinted_batch(HOSTILE).rows(),
    ]
    errors: list[Issue] = [*_hinted_batch(["Kab. Sekadau", 'x",'], Severity.ERROR).rows(),
                           Issue(IssueCode.NOT_A_NUMBER, Severity.ERROR, "teks", Location("data.xlsx", "2024", "C4"),
                                 hint="ketik angka")]
    report = _report(errors + warnings[::2] + warnings[1::2])  # rows out of order too: runs of one row
    assert _written(report, lang) == _by_json_dumps(report, lang)


_TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=12)  # any text but a lone surrogate


@settings(max_examples=100, deadline=None)
@given(names=st.lists(_TEXT, min_size=1, max_size=12), sheet=st.one_of(st.none(), _TEXT),
       order=st.permutations(range(12)))
def test_random_names_sheets_and_orders_are_written_as_json_dumps_writes_them(names, sheet, order):
    deltas = [26.0 + k for k in range(len(names))]
    rows: list[Issue] = [*_change_batch(names, deltas, sheets=sheet).rows(), *_hinted_batch(names).rows()]
    shuffled = [rows[k] for k in order if k < len(rows)] + rows[12:]
    report = _report(shuffled, path="Kab. Sekadau — data.xlsx")
    for lang in ("id", "en"):
        assert _written(report, lang) == _by_json_dumps(report, lang)


def test_a_file_name_orjson_refuses_falls_back_to_json_dumps():
    # a name of a file that is not UTF-8 reaches Python as a lone surrogate: orjson refuses it
    report = _report([Issue(IssueCode.TOTAL_ROW, Severity.WARNING, "x", Location("bad\udcff.xlsx", "2024", "A9"))])
    with pytest.raises(orjson.JSONEncodeError):
        report.json_pieces("id")
    assert report.to_json("id") == json.dumps(report.to_dict("id"), ensure_ascii=False, indent=2) + "\n"


# "Kab. Kota" is new in 2024: an error (the growth indicator needs its 2023 figures); "Lama" is
# gone in 2024: a warning
SHEET_2023 = [HEADER, ["Kab. Sekadau", 1000, 400], ["Lama", 500, 100]]
SHEET_2024 = [HEADER, ["Kab. Sekadau", 1000, 450], ["Kab. Kota", 800, 300]]


def test_the_command_writes_the_same_bytes_as_to_json(tmp_path: Any):
    path = make_workbook(tmp_path, {"2023": SHEET_2023, "2024": SHEET_2024})
    done = CliRunner().invoke(app, ["validate", str(path), "-f", "json"])
    report = validate(path)  # the same report, through the library
    assert done.stdout == report.to_json("id", cli=True)
    written = json.loads(done.stdout)
    assert [e["cell"] for e in written["errors"]] == ["A3"] and [w["cell"] for w in written["warnings"]] == ["A3"]
    assert written["warnings"][0]["message"] == '"Lama" ada di data 2023, tetapi tidak ada di data 2024'
    assert written["summary"] == {"errors": 1, "warnings": 1, "ok": False}
    assert done.exit_code == 1
