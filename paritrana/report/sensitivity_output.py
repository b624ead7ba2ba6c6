"""Writing a sensitivity analysis to a file: ``.json`` (the ``--format json`` text) or
``.xlsx`` (a workbook with the Sensitivitas sheet and its chart), always atomically."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from paritrana.errors import Location, UsageError
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import analyses as m
from paritrana.io.atomic import check_output_path, write_atomic, write_text_atomic
from paritrana.report.xlsx.sensitivity import write_sensitivity_workbook

if TYPE_CHECKING:
    from paritrana.sensitivity.model import SensitivityResult

SUFFIXES = (".xlsx", ".json")


def check_sensitivity_output(path: Path, *, inputs: Iterable[str | Path | None] = (), force: bool = False) -> None:
    """Refuse an unknown extension, an input file, or an existing file without ``force`` —
    before any work is done."""
    if path.suffix.lower() not in SUFFIXES:
        message = m.UNKNOWN_OUTPUT(suffix=path.suffix) if path.suffix else m.NO_OUTPUT_SUFFIX()
        raise UsageError(message, Location(file=str(path)), hint=m.USE_XLSX_OR_JSON())
    check_output_path(path, inputs=[i for i in inputs if i is not None], force=force)


def write_sensitivity(result: SensitivityResult, path: Path, *, lang: Lang) -> None:
    if path.suffix.lower() == ".json":
        write_text_atomic(path, result.to_json())
        return

    write_atomic(path, lambda tmp: write_sensitivity_workbook(result, tmp, lang=lang))
