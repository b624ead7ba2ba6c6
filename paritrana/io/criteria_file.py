"""Criteria files on disk: the packaged default and a user's YAML → ``LoadedCriteria``."""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

from paritrana.core.criteria import LoadedCriteria, parse_criteria
from paritrana.core.yaml_source import MAX_YAML_BYTES, too_large
from paritrana.errors import CriteriaError, Location
from paritrana.i18n.messages import criteria as m

DEFAULT_CRITERIA_NAME = "paritrana-kabkota.yaml"


def check_source_file(path: str | Path, shown: str) -> None:
    """Refuse, before reading it, a criteria path that is a device or pipe (which could be
    endless) or a file larger than ``MAX_YAML_BYTES``. A missing file is left to the reader."""
    p = Path(path)
    try:
        if not p.exists() or p.is_dir():
            return
        if not p.is_file():
            raise CriteriaError(m.NOT_A_REGULAR_FILE(), Location(file=shown), hint=m.CHOOSE_A_YAML_FILE())
        size = p.stat().st_size
    except OSError:
        return
    if size > MAX_YAML_BYTES:
        raise too_large(shown)


def default_criteria_text() -> str:
    return resources.files("paritrana").joinpath("data", DEFAULT_CRITERIA_NAME).read_text("utf-8")


def load_criteria(path: str | Path | None = None) -> LoadedCriteria:
    """Read and check a criteria file (``None``: the packaged default)."""
    if path is None:
        text = default_criteria_text()
        shown = f"<default: {DEFAULT_CRITERIA_NAME}>"
        raw = text.encode("utf-8")
    else:
        shown = str(path)
        check_source_file(path, shown)  # a device, pipe or huge file is refused unread
        try:
            raw = Path(path).read_bytes()
        except FileNotFoundError:
            raise CriteriaError(m.NOT_FOUND(), Location(file=shown)) from None
        except IsADirectoryError:
            raise CriteriaError(m.IS_A_FOLDER(), Location(file=shown)) from None
        except OSError as exc:
            raise CriteriaError(m.CANNOT_READ(reason=exc.strerror or str(exc)), Location(file=shown)) from None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CriteriaError(m.NOT_UTF8(n=exc.start), Location(file=shown), hint=m.SAVE_AS_UTF8()) from None
    criteria = parse_criteria(text, file=shown)
    return LoadedCriteria(criteria=criteria, path=shown, text=text, sha256=hashlib.sha256(raw).hexdigest())


def as_criteria(criteria: str | Path | LoadedCriteria | None) -> LoadedCriteria:
    """``criteria`` loaded (a path, or None for the packaged default) unless it already is."""
    return criteria if isinstance(criteria, LoadedCriteria) else load_criteria(criteria)
