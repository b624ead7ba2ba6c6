"""Every award category: its criteria file checks clean and ranks its sample workbook, and the
winners (indeed the whole order and the scores) match an independent computation from the
workbook cells — plain Python arithmetic here, not paritrana's loader or scorer."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import openpyxl
import pytest

import paritrana
from conftest import ROOT
from paritrana.api import validate as validate_file
from paritrana.report.criteria_tree import check_criteria

CRITERIA = ROOT / "criteria"
DATA = ROOT / "sample_data"

SAMPLES = {  # every criteria file → the sample it ranks
    "paritrana-kabkota.yaml": "kalbar-2025.xlsx",
    "paritrana-kabkota-final.yaml": "kalbar-2025.xlsx",
    "paritrana-kabkota-nasional.yaml": "nasional",  # a folder: one workbook per province
    "paritrana-pemda-lengkap.yaml": "kategori/pemda-lengkap-kalbar-2025.xlsx",
    "paritrana-provinsi.yaml": "kategori/provinsi-2025.xlsx",
    "paritrana-badan-usaha.yaml": "kategori/badan-usaha-kalbar-2025.xlsx",
    "paritrana-desa.yaml": "kategori/desa-kalbar-2025.xlsx",
}
CRITERIA_FILES = sorted(p.name for p in CRITERIA.glob("*.yaml"))


@pytest.mark.parametrize("name", CRITERIA_FILES)
def test_every_criteria_file_has_a_sample(name):
    assert name in SAMPLES, f"criteria/{name} has no sample workbook; add one and list it in SAMPLES"


@pytest.mark.parametrize("name", CRITERIA_FILES)
def test_every_criteria_file_validates_and_ranks_its_sample(name):
    if name not in SAMPLES:
        pytest.skip("no sample (see test_every_criteria_file_has_a_sample)")
    criteria, sample = CRITERIA / name, DATA / SAMPLES[name]
    assert check_criteria(criteria).warnings == []
    assert validate_file(sample, criteria=criteria).errors == []
    result = paritrana.run(sample, criteria=criteria)
    assert result.results and not result.ineligible
    assert all(r.rank >= 1 for r in result.results)


# ---- an independent scorer ---------------------------------------------------------------


def read_sheet(path, sheet: str) -> dict[str, dict[str, float | str]]:
    """Rows below the header on row 4, keyed by the first column's name as spelled."""
    ws = openpyxl.load_workbook(path, read_only=True)[sheet]
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    header = rows[0]
    return {row[0]: dict(zip(header, row, strict=False)) for row in rows[1:] if row[0]}


def key(name: str) -> str:
    """Kabupaten X = Kab. X = X (the sample's 2023 sheets spell three regencies so)."""
    return re.sub(r"^(kabupaten|kab\.?)\s+", "", name.lower())


def minmax(values: dict[str, float]) -> dict[str, float]:
    lo, hi = min(values.values()), max(values.values())
    return {k: 100.0 if hi == lo else 100 * (v - lo) / (hi - lo) for k, v in values.items()}


def ratio_to_max(values: dict[str, float]) -> dict[str, float]:
    top = max(values.values())
    return {k: 100 * v / top for k, v in values.items()}


def goalposts(lo: float, hi: float, lower: bool = False) -> Callable[[dict[str, float]], dict[str, float]]:
    def scale(values: dict[str, float]) -> dict[str, float]:
        out = {k: min(max(100 * (v - lo) / (hi - lo), 0.0), 100.0) for k, v in values.items()}
        return {k: 100 - v for k, v in out.items()} if lower else out
    return scale


@dataclass(frozen=True)
class Ind:
    weight: float  # global weight, worked out in the comment of each category
    value: Callable[[dict, dict | None], float]
    scale: Callable[[dict[str, float]], dict[str, float]]


def expected(path, group_column: str | None, indicators: list[Ind]) -> dict[str | None, list[tuple[str, float]]]:
    """Group → [(name, score)] best first, from the newest sheet (and the one before it)."""
    books = openpyxl.load_workbook(path, read_only=True).sheetnames
    years = sorted(s for s in books if s.isdigit())
    now = read_sheet(path, years[-1])
    before = {key(n): row for n, row in read_sheet(path, years[-2]).items()} if len(years) > 1 else {}
    groups: dict[str | None, list[str]] = {}
    for name, row in now.items():
        groups.setdefault(row[group_column] if group_column else None, []).append(name)
    out = {}
    for group, names in groups.items():
        scores = dict.fromkeys(names, 0.0)
        for ind in indicators:
            raw = {n: ind.value(now[n], before.get(key(n))) for n in names}
            for n, v in ind.scale(raw).items():
                scores[n] += ind.weight * v
        out[group] = sorted(scores.items(), key=lambda kv: -kv[1])
    return out


def assert_same_ranking(path, criteria, group_column, indicators):
    wanted = expected(path, group_column, indicators)
    result = paritrana.run(path, criteria=criteria)
    for group, order in wanted.items():
        got = [(r.id, r.score) for r in result.in_group(group)]
        assert [n for n, _ in got] == [n for n, _ in order], group
        assert [s for _, s in got] == pytest.approx([s for _, s in order], rel=1e-9), group
    return {group: order[0][0] for group, order in wanted.items()}


def cov(peserta: str, pekerja: str) -> Callable[[dict], float]:
    return lambda row: 100 * row[peserta] / row[pekerja]


# ---- the categories ------------------------------------------------------------------------


def test_pemda_lengkap_winners():
    # Global weights: regulasi 20/100; penerapan 30/100 × (30, 30, 20, 20)/100 = .09 .09 .06 .06;
    # kinerja 50/100 × (40, 30, 30)/100 = .20 .15 .15.  Σ = 1.
    coverage = cov("Peserta Aktif", "Jumlah Pekerja")
    indicators = [
        Ind(.20, lambda r, p: 4 * r["Perda"] + 3 * r["Perbup/Perwal"] + 2 * r["Surat Edaran"] + r["MoU/PKS"],
            ratio_to_max),
        Ind(.09, lambda r, p: r["Anggaran Iuran Pekerja Rentan"] / r["Jumlah Pekerja Rentan"], ratio_to_max),
        Ind(.09, lambda r, p: cov("Pekerja Rentan Terdaftar", "Jumlah Pekerja Rentan")(r), goalposts(0, 100)),
        Ind(.06, lambda r, p: cov("Pegawai Non-ASN Terdaftar", "Pegawai Non-ASN")(r), goalposts(0, 100)),
        Ind(.06, lambda r, p: cov("Perangkat Desa/Kelurahan Terdaftar", "Perangkat Desa/Kelurahan")(r),
            goalposts(0, 100)),
        Ind(.20, lambda r, p: r["Peserta Aktif"], minmax),
        Ind(.15, lambda r, p: coverage(r), goalposts(0, 100)),
        Ind(.15, lambda r, p: coverage(r) - coverage(p), minmax),
    ]
    winners = assert_same_ranking(DATA / "kategori/pemda-lengkap-kalbar-2025.xlsx",
                                  CRITERIA / "paritrana-pemda-lengkap.yaml", "Jenis", indicators)
    assert winners == {"Kabupaten": "Ketapang", "Kota": "Kota Singkawang"}


def test_provinsi_winner_per_zone():
    # regulasi 20/100 × (50, 50)/100 = .10 .10; penerapan 30/100 × (50, 50)/100 = .15 .15;
    # kinerja 50/100 × (40, 30, 30)/100 = .20 .15 .15.  Σ = 1.
    coverage = cov("Peserta Aktif", "Jumlah Pekerja")
    indicators = [
        Ind(.10, lambda r, p: 3 * r["Perda"] + 2 * r["Pergub"] + r["Instruksi/Surat Edaran"], ratio_to_max),
        Ind(.10, lambda r, p: cov("Kabupaten/Kota dengan Regulasi", "Jumlah Kabupaten/Kota")(r), goalposts(0, 100)),
        Ind(.15, lambda r, p: r["Anggaran Iuran Pekerja Rentan"] / r["Jumlah Pekerja Rentan"], ratio_to_max),
        Ind(.15, lambda r, p: cov("Pekerja Rentan Terdaftar", "Jumlah Pekerja Rentan")(r), goalposts(0, 100)),
        Ind(.20, lambda r, p: r["Peserta Aktif"], minmax),
        Ind(.15, lambda r, p: coverage(r), goalposts(0, 100)),
        Ind(.15, lambda r, p: coverage(r) - coverage(p), minmax),
    ]
    winners = assert_same_ranking(DATA / "kategori/provinsi-2025.xlsx", CRITERIA / "paritrana-provinsi.yaml", "Zona",
                                  indicators)
    assert winners == {"Sumatera": "Riau", "Jawa-Bali": "Jawa Tengah", "Kalimantan": "Kalimantan Timur",
                       "Sulawesi": "Sulawesi Selatan", "Nusa Tenggara-Maluku-Papua": "Nusa Tenggara Barat"}


def test_badan_usaha_winner_per_size():
    # kepesertaan 50/100 × (60, 40)/100 = .30 .20; kepatuhan 50/100 × (50, 50)/100 = .25 .25.
    indicators = [
        Ind(.30, lambda r, p: cov("Karyawan Terdaftar", "Jumlah Karyawan")(r), goalposts(0, 100)),
        Ind(.20, lambda r, p: r["Jumlah Program"], goalposts(0, 5)),
        Ind(.25, lambda r, p: min(100, cov("Upah Dilaporkan", "Upah Sebenarnya")(r)), goalposts(0, 100)),
        Ind(.25, lambda r, p: r["Tunggakan Iuran"], goalposts(0, 12, lower=True)),
    ]
    winners = assert_same_ranking(DATA / "kategori/badan-usaha-kalbar-2025.xlsx", CRITERIA / "paritrana-badan-usaha.yaml",
                                  "Skala Usaha", indicators)
    assert winners == {"Besar-Menengah": "PT Khatulistiwa Sawit Makmur", "Kecil-Mikro": "CV Bengkel Motor Kubu Raya"}


def test_badan_usaha_arrears_lower_is_better():
    # Same firm, only the arrears differ: 0 months scores 25 points more than 12 months.
    result = paritrana.run(DATA / "kategori/badan-usaha-kalbar-2025.xlsx", criteria=CRITERIA / "paritrana-badan-usaha.yaml")
    by_name = {r.id: r for r in result.results}
    assert by_name["PT Kapuas Kayu Lestari"].indicators["tunggakan"].normalized == 100.0  # 0 months
    assert by_name["PT Landak Agro Mandiri"].indicators["tunggakan"].normalized == pytest.approx(100 - 100 * 4 / 12)


def test_desa_winner():
    # perdes 15/100, anggaran 35/100, kinerja 50/100 × (50, 50)/100 = .25 .25.
    indicators = [
        Ind(.15, lambda r, p: r["Perdes Jamsos"], goalposts(0, 1)),
        Ind(.35, lambda r, p: 100 * r["Anggaran Iuran"] / r["APBDes"], ratio_to_max),
        Ind(.25, lambda r, p: cov("Perangkat Desa Terdaftar", "Perangkat Desa")(r), goalposts(0, 100)),
        Ind(.25, lambda r, p: cov("Warga Rentan Terdaftar", "Warga Pekerja Rentan")(r), goalposts(0, 100)),
    ]
    winners = assert_same_ranking(DATA / "kategori/desa-kalbar-2025.xlsx", CRITERIA / "paritrana-desa.yaml", None, indicators)
    assert winners == {None: "Desa Sido Makmur"}


@pytest.mark.parametrize("sample", ["kategori/pemda-lengkap-kalbar-2025.xlsx", "kategori/provinsi-2025.xlsx",
                                    "kategori/badan-usaha-kalbar-2025.xlsx", "kategori/desa-kalbar-2025.xlsx"])
def test_samples_say_they_are_illustrative(sample):
    book = openpyxl.load_workbook(DATA / sample, read_only=True)
    years = [s for s in book.sheetnames if s.isdigit()]
    assert years and all("ILUSTRATIF" in book[s]["A2"].value for s in years)
    assert "ILUSTRATIF" in book["Catatan"]["A1"].value
