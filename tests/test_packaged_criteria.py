"""Every criteria file of ``criteria/`` is packaged and can be named: ``--criteria provinsi``.

The package holds byte-identical copies of ``criteria/*.yaml`` in ``paritrana/data/criteria/``
(setuptools packages only what lies inside the package, and an editable install maps only the
package folder). ``criteria/`` is the source: after editing a file there, copy it over with
``python tests/test_packaged_criteria.py`` — the first test below fails until then.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import paritrana
from conftest import ROOT, write_criteria
from paritrana.cli.app import app
from paritrana.errors import CriteriaError
from paritrana.io.criteria_file import (
    PACKAGED_PREFIX,
    load_criteria,
    packaged_criteria,
    packaged_file_of,
    packaged_named,
    resolve_criteria,
)

SOURCE = ROOT / "criteria"
PACKAGED = ROOT / "paritrana" / "data" / "criteria"
SOURCE_FILES = sorted(p.name for p in SOURCE.glob("*.yaml"))
NAMES = {  # the short name of every packaged file: what `--criteria` accepts
    "kabkota": "paritrana-kabkota.yaml",
    "kabkota-final": "paritrana-kabkota-final.yaml",
    "kabkota-nasional": "paritrana-kabkota-nasional.yaml",
    "provinsi": "paritrana-provinsi.yaml",
    "badan-usaha": "paritrana-badan-usaha.yaml",
    "desa": "paritrana-desa.yaml",
    "pemda-lengkap": "paritrana-pemda-lengkap.yaml",
}
SAMPLES = {
    "kabkota": "kalbar-2025.xlsx",
    "kabkota-final": "kalbar-2025.xlsx",
    "kabkota-nasional": "nasional",
    "provinsi": "kategori/provinsi-2025.xlsx",
    "badan-usaha": "kategori/badan-usaha-kalbar-2025.xlsx",
    "desa": "kategori/desa-kalbar-2025.xlsx",
    "pemda-lengkap": "kategori/pemda-lengkap-kalbar-2025.xlsx",
}


@pytest.mark.parametrize("name", SOURCE_FILES)
def test_every_criteria_file_is_packaged_byte_for_byte(name):
    packaged = PACKAGED / name
    assert packaged.exists(), f"criteria/{name} is not packaged: run python tests/test_packaged_criteria.py"
    assert packaged.read_bytes() == (SOURCE / name).read_bytes(), \
        f"paritrana/data/criteria/{name} differs from criteria/{name}: run python tests/test_packaged_criteria.py"


def test_nothing_is_packaged_that_criteria_does_not_hold():
    assert sorted(p.name for p in PACKAGED.glob("*.yaml")) == SOURCE_FILES


def test_the_packaged_names_are_the_documented_ones():
    assert {p.name: p.file for p in packaged_criteria()} == NAMES
    assert packaged_criteria()[0].name == "kabkota"  # the default comes first in `criteria list`


@pytest.mark.parametrize("name", NAMES)
def test_every_packaged_name_loads_the_file_of_that_name(name):
    loaded = load_criteria(name)
    assert loaded.text == (SOURCE / NAMES[name]).read_text(encoding="utf-8")
    assert loaded.path == f"packaged:{NAMES[name]}"


@pytest.mark.parametrize("name", NAMES)
def test_every_packaged_name_ranks_its_sample(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no criteria/ folder here: the name alone must do
    by_name = paritrana.run(ROOT / "sample_data" / SAMPLES[name], criteria=name)
    by_path = paritrana.run(ROOT / "sample_data" / SAMPLES[name], criteria=SOURCE / NAMES[name])
    assert [(r.id, r.score) for r in by_name.results] == [(r.id, r.score) for r in by_path.results]
    assert by_name.criteria_source.sha256 == by_path.criteria_source.sha256


@pytest.mark.parametrize("spelling", ["provinsi", "PROVINSI", "paritrana-provinsi", "paritrana-provinsi.yaml",
                                      "packaged:paritrana-provinsi.yaml"])
def test_a_packaged_file_answers_to_its_name_its_file_name_and_its_json_path(spelling):
    assert packaged_named(spelling).file == "paritrana-provinsi.yaml"


def test_a_path_that_exists_wins_over_a_packaged_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_criteria(tmp_path, "title: Mine\nindicators:\n  v: {value: x, weight: 1}\n", name="provinsi")
    assert resolve_criteria("provinsi") == Path("provinsi")
    assert load_criteria("provinsi").criteria.title_in() == "Mine"


def test_the_default_is_the_packaged_kabkota():
    assert load_criteria(None).path == PACKAGED_PREFIX + "paritrana-kabkota.yaml"


def test_an_unknown_name_is_not_found_with_the_closest_packaged_name():
    with pytest.raises(CriteriaError) as caught:
        load_criteria("provinsy")
    assert caught.value.render() == "provinsy: berkas kriteria tidak ditemukan; apakah yang dimaksud kriteria " \
                                    "bawaan `provinsi`?"


def test_an_unknown_name_far_from_every_packaged_name_lists_them():
    with pytest.raises(CriteriaError) as caught:
        load_criteria("zzz.yaml")
    assert caught.value.render("en") == ("zzz.yaml: criteria file not found; give the path of a YAML file, or the "
                                         "name of packaged criteria: `kabkota`, `badan-usaha`, `desa`, "
                                         "`kabkota-final`, `kabkota-nasional`, `pemda-lengkap` or `provinsi`")


def test_the_json_names_packaged_criteria_by_a_stable_path_that_rank_accepts_back(runner, tmp_path):
    sample = str(ROOT / "sample_data" / "kategori" / "provinsi-2025.xlsx")
    first = json.loads(runner.invoke(app, ["rank", sample, "--criteria", "provinsi", "-f", "json"]).stdout)
    assert first["criteria"]["path"] == "packaged:paritrana-provinsi.yaml"
    again = runner.invoke(app, ["rank", sample, "--criteria", first["criteria"]["path"], "-f", "json"])
    assert json.loads(again.stdout)["results"] == first["results"]


@pytest.mark.parametrize("path,name", [("packaged:paritrana-desa.yaml", "paritrana-desa.yaml"),
                                       ("<default: paritrana-kabkota.yaml>", "paritrana-kabkota.yaml"),
                                       ("criteria/paritrana-desa.yaml", None)])
def test_packaged_file_of_reads_the_json_path_and_the_form_of_earlier_versions(path, name):
    assert packaged_file_of(path) == name


# ---- the command line ---------------------------------------------------------------------------


def test_criteria_list_shows_every_name_with_its_title(runner):
    result = runner.invoke(app, ["criteria", "list"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    row = next(line for line in lines if "│ provinsi " in line)
    assert "Paritrana Award — Pemerintah Provinsi" in row and "paritrana-provinsi.yaml" in row
    assert "paritrana-kabkota.yaml (bawaan)" in result.stdout
    assert all(any(f"│ {name} " in line for line in lines) for name in NAMES)


def test_criteria_list_in_english_gives_the_english_titles(runner):
    result = runner.invoke(app, ["criteria", "list", "--lang", "en"])
    assert "Paritrana Award — Provincial Governments" in result.stdout
    assert "paritrana-kabkota.yaml (default)" in result.stdout


@pytest.mark.parametrize("name", [n for n in NAMES if n != "kabkota"])
def test_criteria_init_name_copies_that_packaged_file(runner, tmp_path, name):
    result = runner.invoke(app, ["criteria", "init", name, str(tmp_path)])
    assert result.exit_code == 0, result.output
    written = tmp_path / NAMES[name]
    assert result.stdout == f"{written}\n"
    assert written.read_bytes() == (SOURCE / NAMES[name]).read_bytes()


def test_criteria_init_kabkota_writes_the_commented_default(runner, tmp_path):
    runner.invoke(app, ["criteria", "init", "kabkota", str(tmp_path)])
    text = (tmp_path / "paritrana-kabkota.yaml").read_text(encoding="utf-8")
    assert "paritrana criteria init" in text  # the commented copy, not the bare file
    assert load_criteria(tmp_path / "paritrana-kabkota.yaml").criteria == load_criteria("kabkota").criteria


def test_criteria_init_with_a_name_alone_saves_in_the_current_folder(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["criteria", "init", "desa"])
    assert result.exit_code == 0 and (tmp_path / "paritrana-desa.yaml").exists()


def test_criteria_init_with_one_folder_that_exists_takes_it_as_the_folder(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "desa").mkdir()  # a folder named like a packaged file: the path wins
    result = runner.invoke(app, ["criteria", "init", "desa"])
    assert result.exit_code == 0 and (tmp_path / "desa" / "paritrana-kabkota.yaml").exists()


def test_criteria_init_of_an_unknown_name_lists_the_names(runner, tmp_path):
    result = runner.invoke(app, ["criteria", "init", "zzz", str(tmp_path)])
    assert result.exit_code == 1
    assert "tidak ada kriteria bawaan bernama \"zzz\"; pilih salah satu: `kabkota`" in result.output


def test_rank_by_name_from_a_folder_without_criteria(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["rank", str(ROOT / "sample_data" / "kategori" / "provinsi-2025.xlsx"),
                                 "--criteria", "provinsi", "--top", "1"])
    assert result.exit_code == 0, result.output
    assert "Pemerintah Provinsi" in result.stdout and "Riau" in result.stdout


def sync() -> None:
    """Copy every ``criteria/*.yaml`` into the package (and drop packaged files it lacks)."""
    PACKAGED.mkdir(parents=True, exist_ok=True)
    for old in PACKAGED.glob("*.yaml"):
        if not (SOURCE / old.name).exists():
            old.unlink()
    for name in SOURCE_FILES:
        shutil.copyfile(SOURCE / name, PACKAGED / name)


if __name__ == "__main__":
    sync()
