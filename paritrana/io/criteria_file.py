"""Criteria files on disk: the packaged criteria (by name) and a user's YAML → ``LoadedCriteria``.

Every file of the repository's ``criteria/`` folder is packaged with paritrana (as
``paritrana/data/criteria/``, byte for byte the same: ``tests/test_packaged_criteria.py``
checks it and rewrites the copies), so it works from an installed wheel too. A packaged file
is named by its short name — ``paritrana-provinsi.yaml`` is ``provinsi`` — or its file name.

``--criteria X`` resolves as follows (``resolve_criteria``): a path that exists is always that
file, even when it is also a packaged name; otherwise a packaged name is that packaged file;
otherwise X is a path (and "not found" lists the packaged names).

A packaged file's ``LoadedCriteria.path`` (the JSON's ``criteria.path``) is
``packaged:<file name>`` — stable, language-neutral, and accepted back by ``--criteria``.
People read it as ``paritrana-provinsi.yaml (bawaan)`` (``packaged_file_of`` finds the name).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from paritrana.core.criteria import LoadedCriteria, parse_criteria
from paritrana.core.yaml_source import MAX_YAML_BYTES, too_large
from paritrana.errors import CriteriaError, Location
from paritrana.i18n.messages import criteria as m
from paritrana.i18n.text import Message

DEFAULT_CRITERIA_NAME = "paritrana-kabkota.yaml"
PACKAGED_PREFIX = "packaged:"  # LoadedCriteria.path of a packaged file: "packaged:paritrana-kabkota.yaml"
_FILE_PREFIX = "paritrana-"
_LEGACY = ("<default: ", ">")  # how results of earlier versions named the packaged default


@dataclass(frozen=True)
class Packaged:
    """One packaged criteria file: its short name (``provinsi``) and file name."""

    name: str
    file: str

    @property
    def is_default(self) -> bool:
        return self.file == DEFAULT_CRITERIA_NAME

    @property
    def path(self) -> str:
        """What ``LoadedCriteria.path`` (and the JSON's ``criteria.path``) say for it."""
        return PACKAGED_PREFIX + self.file

    def text(self) -> str:
        return _folder().joinpath(self.file).read_text("utf-8")


def _folder():  # type: ignore[no-untyped-def]  # importlib.resources.abc.Traversable
    return resources.files("paritrana").joinpath("data", "criteria")


def packaged_criteria() -> list[Packaged]:
    """Every packaged criteria file, the default first, then by name."""
    files = sorted(p.name for p in _folder().iterdir() if p.name.endswith(".yaml"))
    found = [Packaged(f.removeprefix(_FILE_PREFIX).removesuffix(".yaml"), f) for f in files]
    return sorted(found, key=lambda p: (not p.is_default, p.name))


def packaged_named(name: str) -> Packaged | None:
    """The packaged file called ``name``: ``provinsi``, ``paritrana-provinsi``,
    ``paritrana-provinsi.yaml`` or ``packaged:paritrana-provinsi.yaml`` (case ignored)."""
    wanted = name.strip().removeprefix(PACKAGED_PREFIX).casefold()
    for p in packaged_criteria():
        if wanted in (p.name, p.file.casefold(), p.file.removesuffix(".yaml").casefold()):
            return p
    return None


def packaged_file_of(path: str) -> str | None:
    """``paritrana-provinsi.yaml`` when ``path`` (a ``LoadedCriteria.path``, a JSON's
    ``criteria.path``) stands for a packaged file, else None."""
    if path.startswith(PACKAGED_PREFIX):
        return path.removeprefix(PACKAGED_PREFIX)
    if path.startswith(_LEGACY[0]) and path.endswith(_LEGACY[1]):
        return path.removeprefix(_LEGACY[0]).removesuffix(_LEGACY[1])
    return None


def shown_name(path: str, *, short: bool = False) -> Message:
    """The criteria file as a person reads it: ``paritrana-kabkota.yaml (bawaan)`` for a
    packaged file, else the path as given (``short``: its file name alone)."""
    packaged = packaged_file_of(path)
    if packaged is not None:
        text = m.DEFAULT_FILE if packaged == DEFAULT_CRITERIA_NAME else m.PACKAGED_FILE
        return text(name=packaged)
    return Message.of(Path(path).name if short else path)


def resolve_criteria(criteria: str | Path | None) -> Path | Packaged:
    """A path that exists wins; else a packaged name; else the path (to be reported missing)."""
    if criteria is None:
        found = packaged_named(DEFAULT_CRITERIA_NAME)
        assert found is not None, "the default criteria are packaged"
        return found
    path = Path(criteria)
    try:
        exists = path.exists()
    except OSError:  # a name too long for the file system, say
        exists = False
    if not exists:
        packaged = packaged_named(str(criteria))
        if packaged is not None:
            return packaged
    return path


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
    return _folder().joinpath(DEFAULT_CRITERIA_NAME).read_text("utf-8")


def load_criteria(path: str | Path | None = None) -> LoadedCriteria:
    """Read and check a criteria file: a path, a packaged name, or ``None`` for the packaged
    default (see ``resolve_criteria``)."""
    source = resolve_criteria(path)
    if isinstance(source, Packaged):
        text = source.text()
        return loaded_from_text(text, source.path)
    shown = str(path)
    check_source_file(source, shown)  # a device, pipe or huge file is refused unread
    try:
        raw = source.read_bytes()
    except FileNotFoundError:  # a bare word may have been meant as a packaged name
        bare = source.name == shown
        raise CriteriaError(m.NOT_FOUND(), Location(file=shown), hint=_not_found_hint(shown) if bare else None) \
            from None
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


def _not_found_hint(shown: str) -> Message:
    """A packaged name close to what was typed ("provinsy"), else every packaged name."""
    import difflib

    names = [p.name for p in packaged_criteria()]
    close = difflib.get_close_matches(shown.removesuffix(".yaml").removeprefix(_FILE_PREFIX), names, n=1, cutoff=0.75)
    return m.PACKAGED_CLOSE(name=close[0]) if close else m.NOT_FOUND_NAMES(names=names)


def loaded_from_text(text: str, path: str) -> LoadedCriteria:
    """Criteria given as text (a packaged file, or the text a previous result recorded);
    ``path`` is what they are called. The SHA-256 is that of the UTF-8 text."""
    criteria = parse_criteria(text, file=path)
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return LoadedCriteria(criteria=criteria, path=path, text=text, sha256=sha256)


def as_criteria(criteria: str | Path | LoadedCriteria | None) -> LoadedCriteria:
    """``criteria`` loaded (a path, a packaged name, or None for the packaged default) unless
    it already is."""
    return criteria if isinstance(criteria, LoadedCriteria) else load_criteria(criteria)
