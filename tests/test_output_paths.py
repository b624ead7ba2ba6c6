"""Outputs that cannot be written, and a stdout nobody reads any more.

Every output path problem is one line naming the path as the user typed it, exit code 1, no
traceback and nothing left behind; a closed stdout pipe (``paritrana rank … | head -1``) ends
quietly with exit code 0. Paths are typed relative to ``tmp_path`` (``monkeypatch.chdir``), as a
user types them.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE_XLSX
from paritrana.cli.app import app

SAMPLE = str(SAMPLE_XLSX)


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def rank(runner, *args):
    return runner.invoke(app, ["rank", SAMPLE, *map(str, args)])


def _refused(result) -> str:
    assert result.exit_code == 1, result.output
    assert result.stdout == "" and "Traceback" not in result.output
    return result.stderr


def test_a_missing_folder_is_named_as_typed(runner, here):
    stderr = _refused(rank(runner, "-o", "hasil/laporan.xlsx"))
    assert stderr.endswith(
        'laporan.xlsx: folder "hasil" tidak ada; buat folder itu lebih dulu, atau pilih folder lain\n')
    assert list(here.iterdir()) == []


def test_a_file_where_the_folder_should_be(runner, here):
    (here / "hasil").write_text("bukan folder", encoding="utf-8")
    stderr = _refused(rank(runner, "-o", "hasil/sub/laporan.csv"))
    assert stderr.endswith('laporan.csv: "hasil" adalah berkas, bukan folder; pilih folder lain\n')
    assert [p.name for p in here.iterdir()] == ["hasil"]


def test_a_folder_given_as_the_output(runner, here):
    (here / "hasil.csv").mkdir()
    stderr = _refused(rank(runner, "-o", "hasil.csv"))
    assert "hasil.csv: berupa folder, bukan berkas; tambahkan nama berkasnya" in stderr


def test_the_message_follows_the_output_language(runner, here):
    result = rank(runner, "-o", "hasil/laporan.xlsx", "--lang", "en")
    assert _refused(result).endswith(
        'laporan.xlsx: the folder "hasil" does not exist; create the folder first, or choose another one\n')


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write into a read-only folder")
def test_a_read_only_folder(runner, here):
    folder = here / "arsip"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        stderr = _refused(rank(runner, "-o", "arsip/laporan.csv"))
    finally:
        folder.chmod(0o755)
    assert 'tidak ada izin untuk menyimpan berkas di folder "arsip"' in stderr
    assert list(folder.iterdir()) == []


def test_no_permission_is_said_so(runner, here, monkeypatch):
    # what the operating system says for a read-only folder (root is never refused: simulated)
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    stderr = _refused(rank(runner, "-o", "laporan.csv"))
    assert stderr == (
        f'Kesalahan: laporan.csv: tidak ada izin untuk menyimpan berkas di folder "{here}"; pilih folder lain\n')


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_a_pseudo_filesystem(runner, here):
    stderr = _refused(rank(runner, "-o", "/proc/laporan.csv"))
    assert 'laporan.csv: folder "/proc" tidak dapat menampung berkas baru; pilih folder lain' in stderr


def test_a_full_drive_leaves_nothing_behind(runner, here, monkeypatch):
    from paritrana.io import atomic

    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full)
    stderr = _refused(rank(runner, "-o", "laporan.csv"))
    assert 'laporan.csv: drive tempat folder "' in stderr and '" sudah penuh; pilih folder lain' in stderr
    assert list(here.iterdir()) == []  # the temporary file is gone


def test_the_path_is_checked_before_the_work(runner, here, monkeypatch):
    import paritrana.api

    def never(*args, **kwargs):
        raise AssertionError("ranked before the output path was checked")

    monkeypatch.setattr(paritrana.api, "evaluate", never)
    _refused(rank(runner, "-o", "hasil/laporan.xlsx"))


def test_a_missing_input_gets_no_file_type_hint(runner, here):
    result = runner.invoke(app, ["rank", "data/tidak-ada.xlsx"])
    assert result.exit_code == 1
    assert result.stderr == "Kesalahan: data/tidak-ada.xlsx: berkas tidak ditemukan; periksa folder dan nama berkasnya\n"
    assert "xlsx, .xlsm" not in result.stderr  # no "give an Excel workbook" hint for a missing file


def test_sensitivity_says_where_it_saved(runner, here):
    result = runner.invoke(app, ["sensitivity", SAMPLE, "--runs", "20", "--seed", "1", "-o", "analisis.json"])
    assert result.exit_code == 0, result.output
    assert "Laporan disimpan: analisis.json\n" in result.stderr
    assert (here / "analisis.json").exists()


# ---- a closed stdout ------------------------------------------------------------------------------


def _into_a_closed_pipe(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``paritrana ARGS`` with stdout a pipe whose reader has already gone — what
    ``| head -1`` becomes once head has its line — so every write fails, deterministically."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run([sys.executable, "-m", "paritrana", *args], stdout=write, stderr=subprocess.PIPE,
                              text=True, cwd=ROOT, timeout=120)
    finally:
        os.close(write)


@pytest.mark.skipif(os.name != "posix", reason="a closed pipe is reported this way on POSIX")
@pytest.mark.parametrize("args", [
    ["rank", SAMPLE],
    ["rank", SAMPLE, "-f", "csv"],
    ["rank", SAMPLE, "-f", "json"],
    ["sensitivity", SAMPLE, "--runs", "50", "--seed", "1"],
    ["--help"],
    ["rank", "--help"],
], ids=["rank", "rank-csv", "rank-json", "sensitivity", "help", "rank-help"])
def test_a_closed_pipe_ends_quietly(args):
    done = _into_a_closed_pipe(*args)
    assert (done.returncode, done.stderr) == (0, "")


@pytest.mark.skipif(os.name != "posix", reason="a closed pipe is reported this way on POSIX")
def test_an_error_still_exits_1_into_a_closed_pipe():
    done = _into_a_closed_pipe("rank", "tidak-ada.xlsx")
    assert done.returncode == 1
    assert done.stderr == "Kesalahan: tidak-ada.xlsx: berkas tidak ditemukan; periksa folder dan nama berkasnya\n"


@pytest.mark.skipif(os.name != "posix", reason="needs a shell pipe")
def test_a_real_shell_pipe_to_head(tmp_path):
    script = f'"{sys.executable}" -m paritrana rank "{SAMPLE}" | head -1; echo "exit=${{PIPESTATUS[0]}}"'
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.stdout.splitlines()[0].startswith("Paritrana Award")
    assert done.stdout.splitlines()[-1] == "exit=0"
    assert done.stderr == ""
