"""Atomic file writes: a temporary file in the same folder, then a rename.

A crash or Ctrl-C never leaves half a report, and the input files are never written over.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from paritrana.errors import Location, OutputError


def check_output_path(path: Path, *, inputs: Iterable[str | Path] = (), force: bool = False) -> None:
    """Refuse to write over an input file, or over an existing file without ``force``."""
    target = path.resolve()
    for item in inputs:
        if item is not None and Path(item).exists() and Path(item).resolve() == target:
            raise OutputError("refusing to write the report over an input file", Location(file=str(path)),
                              hint="choose another --output name")
    if path.is_dir():
        raise OutputError("is a folder", Location(file=str(path)))
    if path.exists() and not force:
        raise OutputError("the file already exists", Location(file=str(path)),
                          hint="pass --force to replace it")
    if not path.parent.exists():
        raise OutputError("the folder does not exist", Location(file=str(path)))


def write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp)`` on a temporary path beside ``path``, then rename it into place."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8", newline=""))


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
