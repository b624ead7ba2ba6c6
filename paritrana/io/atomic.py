"""Atomic file writes: a temporary file in the same folder, then a rename.

A crash or Ctrl-C never leaves half a report, and the input files are never written over.
Every reason an output cannot be written (a missing folder, a file where the folder should be,
no permission, a read-only or full drive, a pseudo-filesystem such as /proc) is an
``OutputError`` naming the path as the user typed it; nothing is left behind.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from paritrana.errors import Location, OutputError
from paritrana.i18n.messages import report as m


def check_output_path(path: Path, *, inputs: Iterable[str | Path] = (), force: bool = False) -> None:
    """Refuse, before any work is done, to write over an input file, over an existing file
    without ``force``, into a folder that does not exist or is a file, or over a folder."""
    where = Location(file=str(path))
    target = path.resolve()
    for item in inputs:
        if item is not None and Path(item).exists() and Path(item).resolve() == target:
            raise OutputError(m.OUTPUT_IS_INPUT(), where, hint=m.OUTPUT_IS_INPUT_HINT())
    _check_folder(path)
    refuse_folder(path)
    if path.exists() and not force:
        raise OutputError(m.OUTPUT_EXISTS(), where, hint=m.OUTPUT_EXISTS_HINT())


def refuse_folder(path: Path) -> None:
    """An ``OutputError`` when ``path`` is an existing folder: a file name is missing. Checked
    before its extension, which a folder ("hasil") seldom has."""
    if path.is_dir():
        raise OutputError(m.OUTPUT_IS_FOLDER(), Location(file=str(path)),
                          hint=m.OUTPUT_IS_FOLDER_HINT(example=path / "laporan.xlsx"))


def _check_folder(path: Path) -> None:
    """The folder of ``path`` exists and is a folder; else an error naming the first part of
    it, as typed, that is missing or is a file."""
    folder = path.parent
    if folder.is_dir():
        return
    where = Location(file=str(path))
    for part in (folder, *folder.parents):
        if part.is_dir():
            break
        if part.exists():
            raise OutputError(m.FOLDER_IS_FILE(folder=str(part)), where, hint=m.CHOOSE_ANOTHER_FOLDER())
    raise OutputError(m.FOLDER_MISSING(folder=str(folder)), where, hint=m.FOLDER_MISSING_HINT())


def write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp)`` on a temporary path beside ``path``, then rename it into place.
    An ``OSError`` on the way (the folder, the drive, the permissions) is an ``OutputError``."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise cannot_write(path, exc) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise cannot_write(path, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def cannot_write(path: Path, exc: OSError) -> OutputError:
    """Why ``path`` could not be written, from the operating system's error."""
    folder = str(path.parent)
    shown = folder if folder != "." else os.getcwd()
    where = Location(file=str(path))
    hint = m.CHOOSE_ANOTHER_FOLDER()
    if exc.errno in (errno.EACCES, errno.EPERM):
        return OutputError(m.NO_PERMISSION(folder=shown), where, hint=hint)
    if exc.errno == errno.EROFS:
        return OutputError(m.READ_ONLY(folder=shown), where, hint=hint)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return OutputError(m.DISK_FULL(folder=shown), where, hint=hint)
    if exc.errno == errno.ENOENT and path.parent.is_dir():  # /proc, /sys: a folder that takes no new files
        return OutputError(m.NO_NEW_FILES(folder=shown), where, hint=hint)
    if exc.errno == errno.EISDIR:
        return OutputError(m.OUTPUT_IS_FOLDER(), where, hint=m.OUTPUT_IS_FOLDER_HINT(example=path / "laporan.xlsx"))
    return OutputError(m.CANNOT_SAVE(folder=shown, reason=exc.strerror or type(exc).__name__), where, hint=hint)


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding=encoding, newline="")

    write_atomic(path, write)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
