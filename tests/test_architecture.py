"""The layers stay visible: imports point down, nothing imports in a circle, own modules are
imported at module top, every file read of a run gets the same ``ReadOptions``, and the
registries (normalisation methods, output formats) are the single source of what the CLI
offers."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

from conftest import ROOT, make_workbook, table

PACKAGE = ROOT / "paritrana"

# The only places that import the library inside functions, for start-up time: the command
# bodies (``paritrana --help`` must not load pandas or the criteria models), the adapters of
# the format table that the CLI reads for its help, and the front door's rarely used entry
# points (``api.sensitivity``, ``api.verify``, ``api.explain_change``: a ranking does not load
# those analyses).
LAZY_ALLOWED = ("cli/", "report/formats.py", "api.py")


def _graph():  # type: ignore[no-untyped-def]
    grimp = pytest.importorskip("grimp")
    return grimp.build_graph("paritrana")


def test_the_layer_contract_holds():
    """import-linter's contract in pyproject.toml: cli → api → report → analyses → panel →
    checks → io → core → errors → i18n, each importing only the layers below it."""
    import subprocess

    pytest.importorskip("importlinter")
    command = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(command), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:]
    assert "0 broken" in done.stdout


def test_no_module_imports_in_a_circle():
    graph = _graph()
    cycles = []
    for module in sorted(graph.modules):
        for other in graph.find_modules_directly_imported_by(module):
            if graph.chain_exists(importer=other, imported=module):
                cycles.append((module, other))
    assert cycles == []


def test_the_cycle_check_can_fail():
    # chain_exists is what the test above relies on: the CLI reaches the core through api.
    graph = _graph()
    assert graph.chain_exists(importer="paritrana.cli.rank", imported="paritrana.api")
    assert graph.chain_exists(importer="paritrana.api", imported="paritrana.core.score")
    assert not graph.chain_exists(importer="paritrana.core.score", imported="paritrana.api")


def _inner_imports(path: Path) -> list[str]:
    """``from paritrana… import`` statements inside functions of ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.ImportFrom) and (inner.module or "").startswith("paritrana"):
                    found.append(f"{path.relative_to(PACKAGE)}:{inner.lineno} {inner.module}")
    return found


def test_own_modules_are_imported_at_module_top():
    lazy = [hit for path in sorted(PACKAGE.rglob("*.py")) for hit in _inner_imports(path)
            if not hit.startswith(LAZY_ALLOWED)]
    assert lazy == []


def test_the_command_line_imports_the_library_lazily():
    # The other side of the rule: if the commands imported the library at the top, --help
    # would load pandas (tests/test_startup.py) — these are the lazy imports that prevent it.
    assert _inner_imports(PACKAGE / "cli" / "rank.py")


# ---- ReadOptions reaches every file a run reads ----------------------------------------------


PANEL_SHEET = [["Juri", "Wilayah", "Kriteria", "Nilai", "Catatan"],
               ["J1", "Alpha", "komitmen", 80, ""], ["J2", "Alpha", "komitmen", 70, ""]]


def _staged_criteria(tmp_path: Path) -> Path:
    path = tmp_path / "final.yaml"
    path.write_text(
        "title: t\ncolumns:\n  wilayah: [Wilayah]\n  peserta: [Peserta]\n"
        "indicators:\n  capaian: {value: peserta, weight: 1}\n"
        "panel:\n  scale: [0, 100]\n  min_jurors: 1\n  criteria:\n    komitmen: 1\n"
        "stages:\n  shortlist: 1\n  final: {desk: 50, panel: 50}\n", encoding="utf-8")
    return path


def test_the_column_limit_reaches_the_jury_workbook(tmp_path):
    import paritrana

    data = make_workbook(tmp_path, {"2024": [["Wilayah", "Peserta"], ["Alpha", 10], ["Beta", 5]]})
    panel = make_workbook(tmp_path, {"Nilai": PANEL_SHEET}, name="juri.xlsx")
    criteria = _staged_criteria(tmp_path)
    ranked = paritrana.run(data, criteria=criteria, panel=panel)  # five columns are fine by default
    assert ranked.results[0].id == "Alpha"
    narrow = paritrana.ReadOptions(limits=paritrana.Limits(max_columns=4))
    with pytest.raises(paritrana.DataError) as info:
        paritrana.run(data, criteria=criteria, panel=panel, read=narrow)
    assert info.value.location is not None and Path(info.value.location.file or "").name == "juri.xlsx"


def test_the_column_limit_reaches_validate(tmp_path):
    import paritrana

    rows = table({"Alpha": (100, 10), "Beta": (100, 20)})  # three columns
    data = make_workbook(tmp_path, {"2023": rows, "2024": rows})
    assert paritrana.validate(data).ok
    report = paritrana.validate(data, read=paritrana.ReadOptions(limits=paritrana.Limits(max_columns=2)))
    assert [i.code for i in report.errors] == ["unreadable"]


def test_run_takes_no_parameter_beside_read_options_for_reading():
    import inspect

    import paritrana

    for entry in (paritrana.run, paritrana.evaluate, paritrana.prepare, paritrana.validate,
                  paritrana.analyse_sensitivity):
        names = set(inspect.signature(entry).parameters)
        assert "read" in names
        assert not names & {"encoding", "max_uncompressed_mb", "limits"}, entry.__name__


# ---- the registries are the single source ------------------------------------------------------


def test_the_method_choices_of_the_cli_come_from_the_registry():
    from paritrana.cli.sensitivity import METHOD_NAMES
    from paritrana.core.methods import ALTERNATIVES, METHODS, Method
    from paritrana.sensitivity.matrix import METHOD_CHOICES

    assert set(METHODS) == set(Method)
    assert METHOD_NAMES == METHOD_CHOICES == ("criteria", *ALTERNATIVES)
    assert set(ALTERNATIVES) == {m.value for m in Method} - {"none"}


def test_every_method_has_a_kernel_a_formula_and_sentences(tmp_path):
    import numpy as np

    from paritrana.core.methods import METHODS, ExcelCells
    from paritrana.i18n import LABELS

    x = np.array([1.0, 2.0, 4.0])
    cells = ExcelCells("E6", "F6", "G6", "E6:E8", "H6", "I6")
    for method, spec in METHODS.items():
        values = spec.kernel(x, False, 0.0, 10.0)
        assert values.shape == x.shape, method
        assert spec.excel(cells, False), method
        assert all(key in LABELS for key in spec.explain), method


def test_the_format_choices_help_and_hint_come_from_the_table():
    from paritrana.report.formats import FORMATS, REPORT_SUFFIXES, STDOUT_FORMATS, suffix_list

    assert tuple(f.name for f in FORMATS if f.print is not None) == STDOUT_FORMATS
    assert set(REPORT_SUFFIXES.values()) == {f.name for f in FORMATS if f.save is not None}
    for fmt in FORMATS:
        if fmt.save is not None:
            assert fmt.suffixes[0] in suffix_list()


def test_an_unknown_report_type_lists_the_table(runner, tmp_path):
    from conftest import SAMPLE_XLSX
    from paritrana.cli import app
    from paritrana.report.formats import FORMATS

    result = runner.invoke(app, ["rank", str(SAMPLE_XLSX), "-o", str(tmp_path / "hasil.pdf")])
    assert result.exit_code == 1
    for fmt in FORMATS:
        if fmt.save is not None:
            assert fmt.suffixes[0] in result.stderr


# ---- the public API ------------------------------------------------------------------------------


def test_every_public_name_is_documented():
    import paritrana

    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    undocumented = [name for name in paritrana.__all__ if f"`{name}`" not in text]
    assert undocumented == []


def test_every_public_name_resolves():
    import paritrana

    for name in paritrana.__all__:
        assert getattr(paritrana, name) is not None, name


def test_importing_paritrana_loads_no_library_module():
    import subprocess

    code = "import sys, paritrana; print(sorted(m for m in sys.modules if m.startswith('paritrana.')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() in ("['paritrana.version']", "[]")


def test_every_module_has_its_line_in_the_architecture_notes():
    # docs/ARCHITECTURE.md's table names each module (or a folder's modules as `dir/*.py`)
    # by its path under paritrana/; a new module without its line fails here.
    import fnmatch

    text = (ROOT / "docs" / "ARCHITECTURE.md").read_text("utf-8")
    listed = set(re.findall(r"^\| `([^`]+)` \|", text, flags=re.MULTILINE))
    package = ROOT / "paritrana"
    modules = sorted(p.relative_to(package).as_posix() for p in package.rglob("*.py"))
    missing = [m for m in modules if not any(fnmatch.fnmatchcase(m, pattern) for pattern in listed)]
    assert missing == []
    stale = [pattern for pattern in listed if not any(fnmatch.fnmatchcase(m, pattern) for m in modules)]
    assert stale == []
