"""Speed II (issue 17): the fast paths give exactly what the plain ones give, and the checks
scale like whole-column work. No test here measures time: the checks' cost is the Python work
they run, counted (20,000 rows against 5,000), and the rest is equality with the one-at-a-time code."""

from __future__ import annotations

import io
import random
import re
import string
import zipfile
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
import xlsxwriter

from paritrana.checks import rules
from paritrana.core.dataset import GROUP, KEY, NAME, ROW, SHEET, YEAR, Dataset
from paritrana.core.issues import Column, IssueBatch, LazyMessage, RowIssue, render_rows, short_texts
from paritrana.core.names import closest, display_name, is_total_key, name_key
from paritrana.core.progress import Stage, advance, listening, stage
from paritrana.core.rank import TOLERANCE, rank_scored
from paritrana.core.score import Scored
from paritrana.errors import Issue, IssueCode, Location, Severity
from paritrana.i18n.messages import checks as cm
from paritrana.i18n.messages import progress as pm
from paritrana.i18n.text import Text
from paritrana.io import limits, read
from paritrana.io.criteria_file import as_criteria
from paritrana.io.load import _Builder, load_dataset
from paritrana.io.period import select_period
from paritrana.io.read import RawFile
from paritrana.report.progress import StageDisplay, describe, progress_display, wanted

DEFAULT = as_criteria(None).criteria


# ---- the shape of the checks' cost ---------------------------------------------------------

def _period(n: int, flagged: float, seed: int = 1):  # type: ignore[no-untyped-def]
    """Two years of n regions under the default criteria; ``flagged`` of them move 30 points."""
    rng = np.random.default_rng(seed)
    pekerja = rng.integers(1000, 5000, n).astype(float)
    before = rng.uniform(20, 80, n)
    moved = rng.random(n) < flagged
    after = np.where(moved, np.where(before < 50, before + 30, before - 30), before + rng.normal(0, 3, n))
    names = [f"Wilayah {i:06d}" for i in range(n)]
    frames = [pd.DataFrame({YEAR: year, NAME: names, KEY: [s.lower() for s in names], SHEET: str(year),
                            ROW: np.arange(2, n + 2), GROUP: None, "pekerja": pekerja,
                            "peserta": np.round(pekerja * cover / 100)})
              for year, cover in ((2023, before), (2024, after))]
    frame = pd.concat(frames, ignore_index=True)
    frame[YEAR] = frame[YEAR].astype("Int64")
    letters = {"wilayah": "A", "pekerja": "B", "peserta": "C"}
    dataset = Dataset(path="x.xlsx", sha256="0", frame=frame, cells={"2023": letters, "2024": letters})
    return select_period(dataset, DEFAULT)


def _steps(check, n: int, flagged: float) -> int:  # type: ignore[no-untyped-def]
    """The Python work of one run of ``check`` on n rows: lines of Python run and calls into C,
    counted by the interpreter's own trace hooks. A count, not a time: it is the same on every
    machine and every run, so the test cannot fail because CI's machine was busy (a timing of
    the same shape did, once). Work done inside numpy on whole columns is not counted; a loop
    in Python over the rows is, once per row."""
    import sys

    period = _period(n, flagged)
    check(period)  # the first run may fill caches; count the second
    count = 0

    def line(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal count
        count += 1
        return line

    def call(frame, event, arg):  # type: ignore[no-untyped-def]
        nonlocal count
        count += event == "c_call"

    previous = sys.gettrace()
    sys.settrace(line)
    sys.setprofile(call)
    try:
        check(period)
    finally:
        sys.setprofile(None)
        sys.settrace(previous)
    return count


CHECKS = {
    "implausible": lambda p: rules._implausible_changes(p, DEFAULT),
    "missing-from-baseline": lambda p: rules._missing_from_baseline(p, DEFAULT),
    "over-100": lambda p: rules._coverage_above_100(p),
    "empty": lambda p: rules._empty_cells(p, DEFAULT, []),
}


@pytest.mark.parametrize("name", CHECKS)
def test_checks_do_no_python_work_per_row_when_nothing_fails(name: str) -> None:
    # four times the rows, nothing flagged: whole-column arithmetic runs the same Python
    # (measured: the same count to the step); a loop over the rows would run four times as much
    assert _steps(CHECKS[name], 20_000, 0.0) <= 1.1 * _steps(CHECKS[name], 5_000, 0.0)


def test_flagged_rows_cost_grows_with_them_not_faster() -> None:
    # 30 % flagged: one issue per flagged row, so four times the rows may cost four times as
    # much Python (measured: 3,2 times), never the square (16 times)
    check = CHECKS["implausible"]
    few, many = _steps(check, 5_000, 0.3), _steps(check, 20_000, 0.3)
    assert few > _steps(check, 5_000, 0.0)  # the flagged rows are counted at all
    assert many <= 4.5 * few


def test_implausible_changes_flags_the_rows_beyond_the_limit():
    period = _period(2_000, 0.3)
    found = rules._implausible_changes(period, DEFAULT)
    change = 100 * (period.current["peserta"] / period.current["pekerja"]
                    - period.previous["peserta"] / period.previous["pekerja"])
    assert len(found) == int((change.abs() > 25).sum())
    assert all(type(i) is RowIssue and i.code is IssueCode.IMPLAUSIBLE_CHANGE for i in found)


# ---- issues of a batch: the same as one at a time --------------------------------------------------

SPECS = Text("test.speed.specs", en="{a:num} {b:signed} {c:num2} {d:int} {e:num1} {f:q} {g:code} {h} 5%",
             id="{a:num} {b:signed} {c:num2} {d:int} {e:num1} {f:q} {g:code} {h} 5%")


def test_rendering_a_batch_equals_rendering_each_message():
    random.seed(7)
    edge = [0.0, -0.0, -0.001, 0.005, 0.015, -0.005, 59.1, 59.995, 1234567.891, -1234567.891, 1e14, 2.675, 1.005,
            100.0, -0.5, 9.995, float("nan")]
    values = edge + [random.uniform(-1e6, 1e6) for _ in range(500)] + [round(random.uniform(-99, 99), 1)
                                                                      for _ in range(500)]
    n = len(values)
    columns = {k: Column(random.sample(values, n)) for k in "abcde"}
    columns.update(f=Column(f"n{i}" for i in range(n)), g=Column(f"c{i}" for i in range(n)), h=Column(values))
    for lang in ("id", "en"):
        one_by_one = [SPECS(**{k: v[r] for k, v in columns.items()}).render(lang) for r in range(n)]
        assert render_rows(SPECS, columns, n, lang) == one_by_one


def _batch() -> IssueBatch:
    return IssueBatch(IssueCode.COVERAGE_ABOVE_100, Severity.WARNING, cm.COVERAGE_ABOVE_100,
                      {"name": Column(["A", "B"]), "pct": Column([101.5, 120.0]), "peserta": Column([203.0, 120.0]),
                       "pekerja": Column([200.0, 100.0])},
                      file="data.xlsx", sheets="2024", cells=["C2", "C3"], hint=cm.CHECK_BOTH_FIGURES())


def test_a_row_issue_is_the_issue_it_stands_for():
    row = _batch().rows()[1]
    plain = Issue(IssueCode.COVERAGE_ABOVE_100, Severity.WARNING,
                  cm.COVERAGE_ABOVE_100(name="B", pct=120.0, peserta=120.0, pekerja=100.0),
                  Location(file="data.xlsx", sheet="2024", cell="C3"), cm.CHECK_BOTH_FIGURES())
    assert row == plain and plain == row
    # 100 × 120 / 100 = 120 %, peserta 120 > pekerja 100
    assert row.render("id") == plain.render("id")
    assert row.short == "2024!C3: cakupan kepesertaan B 120,00% (peserta 120 > pekerja 100)"


def test_short_texts_of_a_batch_equal_each_issues_own():
    issues = [Issue(IssueCode.TOTAL_ROW, Severity.WARNING, "plain", Location("data.xlsx", "2024", "A9")),
              *_batch().rows()]
    assert list(short_texts(issues, "en", "data.xlsx")) == [i.short_text("en", "data.xlsx") for i in issues]
    assert list(short_texts(issues, "id", "other.xlsx")) == [i.short_text("id", "other.xlsx") for i in issues]


def test_a_per_row_hint_is_made_only_when_shown():
    asked: list[int] = []

    def hint(k: int):  # type: ignore[no-untyped-def]
        asked.append(k)
        return cm.ADD_TO_BASELINE()

    batch = IssueBatch(IssueCode.MISSING_BASELINE, Severity.WARNING, cm.NOT_IN_BASELINE, {"name": Column(["X"])},
                       file="f.xlsx", sheets="2024", cells=["A2"], hints=hint)
    issue = batch.rows()[0]
    assert issue.hint is not None and asked == []  # a hint is there; nothing searched yet
    assert isinstance(issue.hint, LazyMessage)
    assert issue.hint.render("en") == cm.ADD_TO_BASELINE().render("en") and asked == [0]


def test_closest_names_are_the_ones_difflib_gives():
    random.seed(2)
    words = ["Ketapang", "Sambas", "Mempawah", "Sanggau", "Sekadau", "Sintang", "Kubu Raya", "Kayong Utara"]
    names = [f"PT {random.choice(words)} {random.randint(1, 999)}" for _ in range(800)] + words + ["Kab. Sekadau"]
    frame = pd.DataFrame({NAME: names, KEY: [name_key(n) for n in names]})
    search = rules._Closest(lambda: frame, 2023, cm.ADD_TO_BASELINE)
    for query in ["Sekadau", "PT Ketapang 12", "Mempwah", "zzz", "PT Kubu Raya 999", "Kayong Utra"]:
        assert search.closest(query) == closest(query, names)


# ---- ranking on arrays: the placings of the one-at-a-time rules ----------------------------------


def _reference(scores, groups, eligible, keys, tb):  # type: ignore[no-untyped-def]
    """SPEC's ranking, one candidate at a time (the code before issue 17)."""
    out = []
    by_group: dict = {}
    for i in range(len(scores)):
        if eligible[i]:
            by_group.setdefault(groups[i], []).append(i)
    for members in by_group.values():
        members = sorted(members, key=lambda i: keys[i])
        members = sorted(members, key=lambda i: -scores[i])
        starts = [0] + [k for k in range(1, len(members)) if scores[members[k]] - scores[members[k - 1]] < -TOLERANCE]
        for a, b in zip(starts, [*starts[1:], len(members)], strict=True):
            cluster = sorted(members[a:b], key=lambda i: (tuple(-t[i] for t in tb), keys[i]))
            position, run = a + 1, [cluster[0]]
            for i in [*cluster[1:], None]:
                if i is not None and all(abs(t[run[-1]] - t[i]) <= TOLERANCE for t in tb):
                    run.append(i)
                    continue
                out += [(j, position, len(run) > 1) for j in run]
                position += len(run)
                run = [i]
    return out


@pytest.mark.parametrize("seed", range(6))
def test_ranking_on_arrays_places_as_the_rules_say(seed):  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(seed)
    n = 300
    scores = np.round(rng.uniform(0, 10, n), 0) + rng.choice([0, 0, 5e-10, 1e-6], n)  # many ties, some near
    groups = list(rng.choice(["kab", "kota", None], n)) if seed % 2 else [None] * n
    eligible = rng.random(n) > 0.1
    t1, t2 = np.round(rng.uniform(0, 3, n)), np.round(rng.uniform(0, 2, n))
    keys = [f"k{int(v):03d}" for v in rng.integers(0, 999, n)]
    tiebreak = ["t1", "t2"][: seed % 3]
    scored = Scored(names=keys, groups=groups, eligible=eligible, reasons=[[] for _ in range(n)], raw={},
                    normalized={"t1": t1, "t2": t2}, contribution={}, aspects={}, score=scores, scales={}, keys=keys)
    got = [tuple(p) for p in rank_scored(scored, SimpleNamespace(tiebreak=tiebreak))]  # type: ignore[arg-type]
    want = _reference(scores, groups, eligible, keys, [{"t1": t1, "t2": t2}[t] for t in tiebreak])
    assert got == want


# ---- names of a whole column at once --------------------------------------------------------------

def test_a_column_of_plain_names_reads_as_cell_by_cell():
    random.seed(5)
    alphabet = string.ascii_letters + string.digits + "    .,-_/()&'\""
    cells = ["Kab. Sekadau", "  KABUPATEN  Ketapang ", "Jumlah", "JUMLAH Kalbar", "Total", "Provinsi Kalbar",
             "total kalbar", "Grand Total", "---", "   ", "kab", "Kab ", "Sub-Total", "kabupaten kab x", "", "a_b"]
    cells += ["".join(random.choice(alphabet) for _ in range(random.randint(0, 20))) for _ in range(3000)]

    def rows(bulk: bool):  # type: ignore[no-untyped-def]
        builder = _Builder(RawFile("x", b"", [], "xlsx"), DEFAULT)
        if not bulk:
            builder._plain_column = lambda *a: None  # type: ignore[method-assign]
        out = builder._candidate_rows(list(cells), 0, "2024", 2)
        return out, [(i.code, i.render("en"), i.location) for i in builder.issues]

    assert rows(True) == rows(False)
    builder = _Builder(RawFile("x", b"", [], "xlsx"), DEFAULT)
    for text in cells:
        if text.isascii() and text.isprintable():
            name = display_name(text)
            key = name_key(name) if name else ""
            total = bool(name) and (is_total_key(key) or key.startswith(builder.total_prefixes)
                                    or key in builder.total_words)
            assert builder._plain_name(text) == (name, key, False, total)


# ---- large sheets: fastexcel's columns give the cell-by-cell dataset -----------------------------------


def _workbook(path: Path, rows: list[list[object]], sheets: tuple[str, ...] = ("2023", "2024")) -> Path:
    book = xlsxwriter.Workbook(path)
    for name in sheets:
        sheet = book.add_worksheet(name)
        sheet.write_row(0, 0, ["Laporan kepesertaan"])
        for r, row in enumerate(rows, start=2):
            for c, value in enumerate(row):
                if value is not None:
                    sheet.write(r, c, value)
    book.close()
    return path


HEADER = ["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif", "Catatan"]


def _both_ways(path: Path, monkeypatch) -> tuple[object, object]:  # type: ignore[no-untyped-def]
    with monkeypatch.context() as patch:
        patch.setattr(limits, "BIG_PART", 64)  # every sheet counts as large
        fast = load_dataset(path, DEFAULT)
        sheets = read.read_file(path).sheets
        assert all(s.body is not None for s in sheets)
    slow = load_dataset(path, DEFAULT)
    return fast, slow


def _same(a, b) -> None:  # type: ignore[no-untyped-def]
    pd.testing.assert_frame_equal(a.frame, b.frame)
    assert [(i.code, i.render("en")) for i in a.issues] == [(i.code, i.render("en")) for i in b.issues]


def test_a_large_sheet_of_numbers_reads_as_cell_by_cell(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    rows = [HEADER] + [[f"Wilayah {i}", 1000 + i, 500 + i, None] for i in range(60)]
    rows[5][2] = None  # an empty cell
    rows[9][0] = "Jumlah"  # a total word
    rows.append([None, None, None, None])
    rows.append(["Kota Akhir", 10.5, -3, "negatif"])  # a fraction of a person is fine here, a negative not
    _same(*_both_ways(_workbook(tmp_path / "a.xlsx", rows), monkeypatch))


def test_texts_in_a_number_column_are_read_in_the_id_locale(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    rows = [HEADER] + [[f"Wilayah {i}", f"1.{i:03d}", "12a" if i == 7 else f"{i},5", None] for i in range(40)]
    fast, slow = _both_ways(_workbook(tmp_path / "b.xlsx", rows), monkeypatch)
    _same(fast, slow)
    assert fast.frame["pekerja"].iloc[3] == 1003  # "1.003" is a thousand and three
    assert any("12a" in i.render("en") for i in fast.issues)


def test_a_column_mixing_kinds_of_cell_falls_back_to_cell_by_cell(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    rows = [HEADER] + [[f"Wilayah {i}", 1000 + i, True if i == 3 else 500 + i, None] for i in range(40)]
    rows[12][1] = "1.234"  # a text among numbers
    _same(*_both_ways(_workbook(tmp_path / "c.xlsx", rows), monkeypatch))


def test_a_formula_without_a_value_is_found_in_a_large_sheet(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    path = _workbook(tmp_path / "d.xlsx", [HEADER] + [[f"Wilayah {i}", 1000 + i, 500 + i, None] for i in range(30)])
    data = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(tmp_path / "e.xlsx", "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename.endswith("sheet2.xml"):  # 2024!C5: a formula with no cached value
                content, count = re.subn(rb'<c r="C5"[^>]*><v>[^<]*</v></c>', b'<c r="C5"><f>B5/2</f></c>', content)
                assert count == 1
            target.writestr(item, content)
    fast, slow = _both_ways(tmp_path / "e.xlsx", monkeypatch)
    _same(fast, slow)
    assert any(i.code is IssueCode.FORMULA_WITHOUT_VALUE for i in fast.issues)


def test_the_size_check_streams_a_large_sheet_and_still_refuses_a_far_cell(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    path = _workbook(tmp_path / "f.xlsx", [HEADER] + [[f"W {i}", 1, 1, None] for i in range(30)], ("2024",))
    data = path.read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename.endswith("sheet1.xml"):  # one cell far below, past the row limit
                content = content.replace(b"</sheetData>", b'<row r="3000000"><c r="A3000000"><v>1</v></c></row>'
                                                           b"</sheetData>")
            target.writestr(item, content)
    monkeypatch.setattr(limits, "BIG_PART", 64)
    with pytest.raises(Exception, match="3.000.000|3,000,000|3000000"):
        limits.check_package(out.getvalue(), "g.xlsx", limits.Limits())
    scan = limits.check_package(data, "f.xlsx", limits.Limits())
    assert scan.heads and all(part.endswith(".xml") for part in scan.heads)


# ---- progress -----------------------------------------------------------------------------------------

def test_stages_reach_a_listener_and_nothing_without_one():
    seen: list[tuple[Stage, int | None, int | None]] = []
    stage(Stage.READING)  # no listener: nothing happens
    with listening(lambda *event: seen.append(event)):
        stage(Stage.READING)
        advance(Stage.WRITING, 50_000, 725_000)
    stage(Stage.CHECKING)
    assert seen == [(Stage.READING, None, None), (Stage.WRITING, 50_000, 725_000)]


def test_no_display_when_stderr_is_not_a_terminal():
    with progress_display("id") as display:  # pytest captures stderr: not a terminal
        assert display is None


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_display_is_wanted_on_a_terminal_unless_the_output_goes_into_a_pipe(tmp_path):  # type: ignore[no-untyped-def]
    import os

    read_end, write_end = os.pipe()
    with open(write_end, "w") as pipe, open(tmp_path / "out.json", "w") as file:
        assert wanted(_Terminal(), file)  # `rank … -f json > out.json`: shown on stderr
        assert not wanted(_Terminal(), pipe)  # `rank … | jq`
        assert not wanted(io.StringIO(), file)  # stderr not a terminal
    os.close(read_end)


def _terminal(width: int = 100):  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(file=io.StringIO(), force_terminal=True, width=width)


def _frames(console) -> list[str]:  # type: ignore[no-untyped-def]
    """The lines drawn on a fake terminal, without colours, each once."""
    plain = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", console.file.getvalue())
    return [f for f in dict.fromkeys(" ".join(f.split()) for f in plain.split("\r")) if f]


SAMPLE = Path(__file__).resolve().parents[1] / "sample_data" / "kalbar-2025.xlsx"


def test_a_ranking_shows_its_stages_and_rows_on_a_terminal():
    import paritrana

    console = _terminal()
    with progress_display("id", delay=0, console=console) as display:
        ranked = paritrana.evaluate(SAMPLE)
        ranked.write_json(io.BytesIO())
    assert display is not None
    # the sample: 14 regions in sheet 2023 and in 2024 (28 rows read); 14 ranked and written
    assert display.shown == ["membaca data", "membaca data · 14 baris", "membaca data · 28 baris", "memeriksa data",
                             "menilai dan memeringkat", "menulis hasil · 0 dari 14 baris",
                             "menulis hasil · 14 dari 14 baris"]
    frames = _frames(console)
    assert any(f.startswith("membaca data ━") and "28 baris" in f for f in frames)
    assert any(f.startswith("menulis hasil ━") and "14 dari 14 baris" in f for f in frames)


def test_the_stages_are_shown_in_english_with_lang_en():
    import paritrana

    console = _terminal()
    with progress_display("en", delay=0, console=console) as display:
        paritrana.validate(SAMPLE)
    assert display is not None
    # validate also scores the data (a formula that fails is an issue too)
    assert display.shown == ["reading the data", "reading the data · 14 rows", "reading the data · 28 rows",
                             "checking the data", "scoring and ranking"]
    assert any(f.startswith("checking the data ━") for f in _frames(console))


def test_nothing_is_drawn_on_a_console_that_is_not_a_terminal():
    from rich.console import Console

    import paritrana

    quiet = Console(file=io.StringIO())
    with progress_display("id", delay=0, console=quiet) as display:
        paritrana.evaluate(SAMPLE)
    assert display is None
    assert quiet.file.getvalue() == ""  # type: ignore[attr-defined]


def test_a_quick_ranking_draws_nothing_before_the_delay():
    import paritrana

    console = _terminal()
    with progress_display("id", delay=60, console=console) as display:
        paritrana.evaluate(SAMPLE)
    assert display is not None and display.shown == []
    assert _frames(console) == []


def test_saving_a_large_report_counts_its_rows():
    from paritrana.report.xlsx import bulk

    def chunks():  # type: ignore[no-untyped-def]
        yield 2, "<row r=\"2\"></row><row r=\"3\"></row>"
        yield 1, "<row r=\"4\"></row>"

    seen: list[tuple[Stage, int | None, int | None]] = []
    rows = bulk._Rows(3)
    with listening(lambda *event: seen.append(event)):
        pieces = list(bulk._pieces("<head>", bulk.Body("Peringkat", 2, 3, 1, chunks), "<tail>", rows))
    assert b"".join(pieces).startswith(b"<head><row")
    assert seen == [(Stage.SAVING, 2, 3), (Stage.SAVING, 3, 3)]  # two rows, then the third


def test_the_display_names_the_stage_and_rows_in_the_language():
    display = StageDisplay("id", delay=0, console=_terminal())
    display(Stage.SAVING, 50_000, 725_000)
    try:
        task = display._progress.tasks[0]  # type: ignore[union-attr]
        assert task.description == "menyimpan laporan"
        assert task.fields["rows"] == "50.000 dari 725.000 baris"
    finally:
        display.stop()
    assert describe(Stage.READING, 725_000, None, "en") == ("reading the data", "725,000 rows")
    assert pm.CHECKING().render("en") == "checking the data"


def test_rank_prints_no_progress_into_a_captured_run(tmp_path):  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from paritrana.cli import app

    sample = Path(__file__).resolve().parents[1] / "sample_data" / "kalbar-2025.xlsx"
    result = CliRunner().invoke(app, ["rank", str(sample), "-f", "json"])
    assert result.exit_code == 0
    assert "membaca" not in result.output and "memeriksa" not in result.output


def test_a_warning_of_several_files_names_its_own_file_and_column(tmp_path):  # type: ignore[no-untyped-def]
    import paritrana
    from conftest import make_workbook, write_criteria

    # a.xlsx has X in column B, b.xlsx in column C: the empty X of A2 is a.xlsx B3, of B2 b.xlsx C3
    make_workbook(tmp_path, {"2024": [["Wilayah", "X", "Y"], ["A1", 10, 1], ["A2", None, 2]]}, name="a.xlsx")
    make_workbook(tmp_path, {"2024": [["Wilayah", "Y", "X"], ["B1", 3, 5], ["B2", 4, None]]}, name="b.xlsx")
    criteria = write_criteria(tmp_path, """\
        title: T
        columns:
          wilayah: [Wilayah]
          x: {headers: [X]}
          y: {headers: [Y]}
        indicators:
          v: {value: x, weight: 1, normalize: minmax, missing: zero}
          w: {value: y, weight: 1, normalize: minmax}
        """)
    result = paritrana.run([tmp_path / "a.xlsx", tmp_path / "b.xlsx"], criteria=criteria)
    empty = [i for i in result.warnings if i.code is IssueCode.EMPTY_VALUE]
    assert [(Path(str(i.location.file)).name, i.location.sheet, i.location.cell) for i in empty] == [
        ("a.xlsx", "2024", "B3"), ("b.xlsx", "2024", "C3")]
    assert [i.location for i in empty] == [i.plain().location for i in empty if isinstance(i, RowIssue)]


def test_validate_json_is_the_text_json_dumps_gives():
    import dataclasses
    import json

    import paritrana

    report = paritrana.validate(SAMPLE)  # two total rows: two warnings
    odd = Issue(IssueCode.TOTAL_ROW, Severity.WARNING, 'baris "Jumlah"\t\x1b é €', Location(file="x.xlsx", sheet="2024",
                                                                                           cell="A19"))
    lone = Issue(IssueCode.TOTAL_ROW, Severity.WARNING, "teks \ud800", Location(file="x.xlsx"))  # orjson refuses it
    for issues in (report.issues, [*report.issues, odd], [odd, lone]):
        changed = dataclasses.replace(report, issues=issues)
        for lang in ("id", "en"):
            assert changed.to_json(lang) == json.dumps(changed.to_dict(lang), ensure_ascii=False, indent=2) + "\n"
