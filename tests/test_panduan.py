"""docs/panduan.md shows real output: every ``$ paritrana …`` example is run and compared.

The examples follow one round of the secretariat's work, in a folder holding the files the
guide talks about (``workspace``): ``daftar-daerah.txt`` (the 14 names), ``data-2025.xlsx``
(the template filled in with the sample's figures), ``data-2025-draf.xlsx`` (the same with the
guide's three typing errors), ``kriteria/paritrana-kabkota.yaml`` (``criteria init`` with the
weights the guide changes) and ``k2.yaml`` (with the guide's typo); for the later rounds
``data-2022-2024.xlsx`` (the three-year sample), ``data-2024.xlsx`` (its 2022 and 2023) with
``hasil-2024.json`` (its result), ``provinsi-2025.xlsx``, the folder ``nasional`` (the five
Kalimantan provinces) and ``tambahan.xlsx`` (one of their names again). A command that writes a
file runs where that file does not exist yet.

After a deliberate change of the output, write the new output into the guide with
``python tests/test_panduan.py`` and read the diff before committing it.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE_XLSX

PANDUAN = ROOT / "docs" / "panduan.md"
BLOCK = re.compile(r"^```\n(\$ paritrana .*?)^```\n", re.M | re.S)
NAMES = ["Bengkayang", "Kapuas Hulu", "Kayong Utara", "Ketapang", "Kubu Raya", "Landak", "Melawi", "Mempawah",
         "Sambas", "Sanggau", "Sekadau", "Sintang", "Kota Pontianak", "Kota Singkawang"]


@dataclass(frozen=True)
class Example:
    command: str  # as written after "$ "
    output: str  # as written in the guide
    start: int  # the block's place in the guide (for rewriting it)
    end: int


def examples(text: str) -> list[list[Example]]:
    """The guide's code blocks that start with ``$ paritrana``; a block may hold several commands."""
    blocks = []
    for match in BLOCK.finditer(text):
        parts = re.split(r"^\$ ", match.group(1), flags=re.M)[1:]
        found = []
        for part in parts:
            command, _, output = part.partition("\n")
            found.append(Example(command, output.rstrip("\n"), match.start(), match.end()))
        blocks.append(found)
    return blocks


# ---- the folder of the examples ------------------------------------------------------------------


def workspace(folder: Path, command: str) -> Path:
    """The guide's files in ``folder``, without the file ``command`` writes."""
    import openpyxl

    from paritrana.report.template import write_template

    (folder / "daftar-daerah.txt").write_text("\n".join(NAMES) + "\n", encoding="utf-8")
    data = folder / "data-2025.xlsx"
    write_template(data, years=[2023, 2024], names_file=folder / "daftar-daerah.txt")
    book = openpyxl.load_workbook(data)
    figures = _sample_figures()
    for year in ("2023", "2024"):
        for row in book[year].iter_rows(min_row=2, max_row=len(NAMES) + 1):
            row[1].value, row[2].value = figures[year][row[0].value]
    book.save(data)
    draft = folder / "data-2025-draf.xlsx"
    book["2024"]["C10"] = "37.282 org"  # Sambas: a unit typed after the number
    book["2024"]["B8"] = None  # Melawi: the workers left empty
    book["2023"]["A4"] = "Kayong Utra"  # a typo in the baseline year's name
    book.save(draft)
    init = _criteria_init(folder)
    (folder / "kriteria").mkdir()
    (folder / "kriteria" / "paritrana-kabkota.yaml").write_text(
        _set_weight(_set_weight(init, "capaian", "weight: 30"), "pertumbuhan", "weight: 40"), encoding="utf-8")
    (folder / "k2.yaml").write_text(_set_weight(init, "pertumbuhan", "wieght: 30"), encoding="utf-8")
    if "final" in command:
        _jury_round(folder)
    _rounds(folder, command)
    for written in _written_by(command):
        target = folder / written
        if target.is_dir():
            for p in sorted(target.rglob("*"), reverse=True):
                p.unlink() if p.is_file() else p.rmdir()
            target.rmdir()
        else:
            target.unlink(missing_ok=True)
    return folder


def _jury_round(folder: Path) -> None:
    """The interview stage of the guide: ``paritrana-kabkota-final.yaml`` (a copy of the packaged
    file), the forms printed for its nine jurors and filled in with the sample jury's scores
    (``formulir-isi``), and the same with two slips (``formulir-draf``): Juri 2 typed 850 for
    Ketapang's `komitmen`, and Juri 5's form was saved twice."""
    import shutil

    import openpyxl

    from paritrana.api import evaluate
    from paritrana.core.names import name_key
    from paritrana.report.panel_forms import write_panel_forms

    final = folder / "paritrana-kabkota-final.yaml"
    shutil.copy(ROOT / "criteria" / "paritrana-kabkota-final.yaml", final)
    filled = folder / "formulir-isi"
    write_panel_forms(evaluate(folder / "data-2025.xlsx", criteria=final), filled)
    source = openpyxl.load_workbook(ROOT / "sample_data" / "panel" / "kalbar-2025-juri.xlsx")
    for path in sorted(filled.iterdir()):
        book = openpyxl.load_workbook(path)
        ws = book.worksheets[0]
        given = {name_key(r[0]): r[1:5] for r in source[ws.title].iter_rows(min_row=5, values_only=True) if r[0]}
        for row in range(8, 8 + len(given)):
            if ws.cell(row, 3).value is None:  # a grey (conflicted) row keeps its print
                for j in range(4):
                    ws.cell(row, 3 + j).value = given[name_key(ws.cell(row, 2).value)][j]
        book.save(path)
    draft = folder / "formulir-draf"
    shutil.copytree(filled, draft)
    book = openpyxl.load_workbook(draft / "02-juri-2.xlsx")
    book.worksheets[0]["C8"] = 850  # Ketapang's komitmen: 85 typed with an extra 0
    book.save(draft / "02-juri-2.xlsx")
    shutil.copy(draft / "05-juri-5.xlsx", draft / "05-juri-5 (1).xlsx")


def _rounds(folder: Path, command: str) -> None:
    """The files of the later rounds: last year's result, three years, provinces."""
    import shutil

    import openpyxl

    import paritrana

    samples = ROOT / "sample_data"
    shutil.copyfile(samples / "riwayat" / "kalbar-2022-2024.xlsx", folder / "data-2022-2024.xlsx")
    shutil.copyfile(samples / "kategori" / "provinsi-2025.xlsx", folder / "provinsi-2025.xlsx")
    shutil.copytree(samples / "nasional", folder / "nasional")
    extra = openpyxl.Workbook()
    extra.remove(extra.active)
    for year, (workers, members) in ((2023, (181_000, 100_000)), (2024, (180_000, 120_000))):
        extra.create_sheet(str(year)).append(["Kabupaten/Kota", "Jumlah Pekerja", "Peserta Aktif"])
        extra[str(year)].append(["Ketapang", workers, members])
    extra.save(folder / "tambahan.xlsx")
    if "hasil-2024.json" in command:
        last = openpyxl.load_workbook(folder / "data-2022-2024.xlsx")
        del last["2024"]
        last.save(folder / "data-2024.xlsx")
        (folder / "hasil-2024.json").write_text(paritrana.run(folder / "data-2024.xlsx").to_json(), encoding="utf-8")


def _sample_figures() -> dict[str, dict[str, tuple[int, int]]]:
    import paritrana
    from paritrana.core.names import name_key

    frame = paritrana.load_dataset(SAMPLE_XLSX, paritrana.load_criteria().criteria).frame
    keys = {name_key(n): n for n in NAMES}
    return {str(year): {keys[row["_key"]]: (int(row["pekerja"]), int(row["peserta"]))
                        for _, row in frame[frame["_year"] == year].iterrows()} for year in (2023, 2024)}


def _criteria_init(folder: Path) -> str:
    from paritrana.report.criteria_tree import init_criteria

    scratch = folder / ".init"
    scratch.mkdir()
    text = init_criteria(scratch).read_text(encoding="utf-8")
    for p in scratch.iterdir():
        p.unlink()
    scratch.rmdir()
    return text


def _set_weight(text: str, indicator: str, new: str) -> str:
    """The first ``weight:`` line after ``<indicator>:`` rewritten as ``new``."""
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.strip() == f"{indicator}:")
    k = next(i for i in range(start, len(lines)) if lines[i].strip().startswith("weight:"))
    indent = lines[k][: len(lines[k]) - len(lines[k].lstrip())]
    lines[k] = f"{indent}{new}\n"
    return "".join(lines)


def _written_by(command: str) -> list[str]:
    args = shlex.split(command)[1:]
    written = [args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-o", "--output")]
    if args[:2] == ["criteria", "init"]:
        written.append(args[2] if len(args) > 2 else ".")
    return written


def run(example: Example, folder: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """What the terminal shows for the example's command: stderr and stdout as they come."""
    from typer.testing import CliRunner

    from paritrana.cli.app import app

    monkeypatch.chdir(workspace(folder, example.command))
    monkeypatch.delenv("PARITRANA_LANG", raising=False)
    result = CliRunner().invoke(app, shlex.split(example.command)[1:], prog_name="paritrana")
    return "\n".join(line.rstrip() for line in result.output.rstrip("\n").splitlines())


EXAMPLES = [e for block in examples(PANDUAN.read_text(encoding="utf-8")) for e in block]


def test_the_guide_has_examples():
    assert len(EXAMPLES) >= 8


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.command for e in EXAMPLES])
def test_every_example_is_real_output(example, tmp_path, monkeypatch):
    assert run(example, tmp_path, monkeypatch) == example.output


def update() -> None:
    """Write the current output of every example into the guide."""
    import tempfile

    text = PANDUAN.read_text(encoding="utf-8")
    pieces = []
    done = 0
    for block in examples(text):
        lines = []
        for example in block:
            with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as mp:
                lines += [f"$ {example.command}", run(example, Path(tmp), mp), ""]
        pieces += [text[done:block[0].start], "```\n", "\n".join(lines[:-1]) + "\n", "```\n"]
        done = block[0].end
    PANDUAN.write_text("".join(pieces) + text[done:], encoding="utf-8")


if __name__ == "__main__":
    update()
