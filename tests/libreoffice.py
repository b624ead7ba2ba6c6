"""LibreOffice, headless, as an independent spreadsheet: it opens a workbook, recalculates every
formula (forced: a profile that sets "recalculate on load: always" for Excel files) and saves
a copy whose stored values are LibreOffice's own results.

``soffice()`` finds the program (None: the tests that need it are skipped, saying so; `.ci/run`
installs ``libreoffice-calc`` when it is missing). All workbooks of a test module go through
one run of the program: it takes some seconds to start.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">
<value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse">
<value>0</value></prop></item>
</oor:items>
"""
MISSING = "LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def profile(folder: Path) -> str:
    """A LibreOffice user profile in ``folder`` that recalculates every formula on load."""
    user = folder / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(PROFILE, encoding="utf-8")
    return folder.resolve().as_uri()


def convert(paths: list[Path], out: Path, to: str, work: Path) -> list[Path]:
    """``paths`` converted by LibreOffice into ``out`` (``to``: "xlsx" recalculated, or "pdf")."""
    program = soffice()
    assert program is not None, MISSING
    target = "xlsx:Calc MS Excel 2007 XML" if to == "xlsx" else to
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([program, f"-env:UserInstallation={profile(work / 'lo-profile')}", "--headless",
                    "--convert-to", target, "--outdir", str(out), *map(str, paths)],
                   check=True, capture_output=True, timeout=600)
    made = [out / (p.stem + "." + to) for p in paths]
    missing = [p for p in made if not p.exists()]
    assert not missing, f"LibreOffice did not write {missing}"
    return made


def recalculated(paths: list[Path], work: Path) -> list[Path]:
    """Copies of ``paths`` recalculated and saved by LibreOffice (same names, in ``work/lo``)."""
    return convert(paths, work / "lo", "xlsx", work)
