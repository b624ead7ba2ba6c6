"""The audit record of a report: where it came from, written into every Excel and JSON report
and read back by ``paritrana verify``.

It holds the tool (version, build identity, Python and the libraries that read and write the
files), the time, the command line and the working folder, every input file (role, path as
given, absolute path, size, SHA-256), the options the ranking ran with and, when the report has
one, the sensitivity analysis's settings.

The inputs, in this order, each with its role: ``data`` — one entry per data file, in the order
they were ranked (several for the national round); ``baseline``; ``criteria`` (a packaged file
is ``packaged:<file>``); ``panel`` — one entry per file of the jury's scores actually read (a
workbook, or each returned form of a folder); ``conflicts`` (the conflicts-of-interest sheet,
when the final stage read it); ``previous`` (the result the movement is measured from). The
options: the assessed year, the reading options (encoding and limits), ``top_per_group``,
``history`` and ``combined`` (the data were read as a round of files, even one file of a
folder): everything ``paritrana.api.evaluate`` takes besides the files.

Format 2 (this one) added the roles ``conflicts`` and ``previous``, several ``data`` and
``panel`` entries, and the options ``top_per_group``, ``history`` and ``combined``. Format 1
(one data file, one jury workbook, five options) is still read: its reports still verify.

JSON reports carry the record under the top-level key ``"audit"`` (SPEC's keys are unchanged);
the Excel report on its Audit sheet, as rows and as the same JSON in one cell.

The record is data, never a program: ``parse_record`` reads it back strictly (every key known,
every value of its type and within its bounds), and ``paritrana verify`` re-runs only
paritrana's own ranking with the options it names — nothing written in it is executed.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core.rounds import HISTORY, INPUTS, SHORTLIST
from paritrana.errors import Location, VerifyError
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import audit as m
from paritrana.io.criteria_file import PACKAGED_PREFIX, packaged_named
from paritrana.io.limits import DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS, DEFAULT_MAX_UNCOMPRESSED_MB, Limits, ReadOptions
from paritrana.panel.outcome import PanelOutcome
from paritrana.version import __version__

if TYPE_CHECKING:
    from paritrana.core.run import RankingRun
    from paritrana.sensitivity.model import Settings

AUDIT_FORMAT = 2
READABLE_FORMATS = (1, 2)
ROLES = ("data", "baseline", "criteria", "panel", "conflicts", "previous")  # in the order a record lists them
FORMAT_1_ROLES = ("data", "baseline", "criteria", "panel")
AT_MOST_ONE = ("baseline", "conflicts", "previous")
FORMAT_1_OPTIONS = ("year", "encoding", "max_uncompressed_mb", "max_rows", "max_columns")
MAX_INPUTS = 10_000  # entries of a record (format 1: 8)
LIBRARIES = (("pandas", "pandas"), ("numpy", "numpy"), ("xlsxwriter", "XlsxWriter"),
             ("python-calamine", "python-calamine"), ("openpyxl", "openpyxl"))
SHA256 = re.compile(r"[0-9a-f]{64}")
MAX_TEXT = 4096  # the longest path or command-line word a record may hold
MAX_WORDS = 200


@dataclass(frozen=True)
class InputFile:
    """One input: ``role`` (data, baseline, criteria, panel, conflicts, previous), its path as
    given, absolute path, size in bytes and SHA-256. ``packaged``: the criteria packaged with
    paritrana."""

    role: str
    path: str
    absolute: str
    size: int | None
    sha256: str
    packaged: bool = False


@dataclass(frozen=True)
class RunOptions:
    """What the ranking ran with, besides its inputs: the assessed year, the reading options
    (encoding and limits), each group's first N scored together (``top_per_group``), the
    ranking of every year (``history``), and whether the data were read as a round of files
    (``combined``: several files, or a folder, even of one file)."""

    year: int | None = None
    encoding: str | None = None
    max_uncompressed_mb: int = DEFAULT_MAX_UNCOMPRESSED_MB
    max_rows: int = DEFAULT_MAX_ROWS
    max_columns: int = DEFAULT_MAX_COLUMNS
    top_per_group: int | None = None
    history: bool = False
    combined: bool = False

    def read_options(self) -> ReadOptions:
        return ReadOptions(self.encoding, Limits(self.max_uncompressed_mb, self.max_rows, self.max_columns))

    @classmethod
    def of(cls, year: int | None, read: ReadOptions | None, *, top_per_group: int | None = None,
           history: bool = False, combined: bool = False) -> RunOptions:
        read = read or ReadOptions()
        limits = read.limits
        return cls(year, read.encoding, limits.max_uncompressed_mb, limits.max_rows, limits.max_columns,
                   top_per_group, history, combined)


@dataclass(frozen=True)
class SensitivityRecord:
    runs: int
    jitter: float
    methods: list[str] | None
    seed: int


@dataclass(frozen=True)
class Tool:
    name: str
    version: str
    build: str
    python: str
    libraries: dict[str, str]


@dataclass(frozen=True)
class AuditRecord:
    """Where a report came from (see the module doc)."""

    tool: Tool
    created: str
    command: list[str]
    working_folder: str
    inputs: list[InputFile]
    options: RunOptions
    language: str
    sensitivity: SensitivityRecord | None = None
    format: int = AUDIT_FORMAT
    workbook: dict[str, Any] = field(default_factory=dict)  # the Excel report: where its cells are

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        if not self.workbook:
            del out["workbook"]
        if self.format == 1:  # a record read back in its own format
            out["options"] = {k: v for k, v in out["options"].items() if k in FORMAT_1_OPTIONS}
        return out

    def input(self, role: str) -> InputFile | None:
        """The first input of ``role`` (the only one, but for data and panel)."""
        return next((i for i in self.inputs if i.role == role), None)

    def of_role(self, role: str) -> list[InputFile]:
        """Every input of ``role``, in the record's order (the data files: as ranked)."""
        return [i for i in self.inputs if i.role == role]


# ---- building a record ------------------------------------------------------------------------

def audit_record(run: RankingRun, *, command: list[str] | None = None, read: ReadOptions | None = None,
                 lang: Lang = Lang.ID, created: datetime | None = None,
                 sensitivity: Settings | None = None) -> AuditRecord:
    """The record of a report of ``run``: ``command`` (default ``sys.argv``), the reading
    options it ran with, the report's language and time, and the sensitivity settings."""
    when = created or datetime.now().astimezone()
    return AuditRecord(
        tool=tool_identity(),
        created=when.isoformat(timespec="seconds"),
        command=list(sys.argv if command is None else command),
        working_folder=os.getcwd(),
        inputs=run_inputs(run),
        options=run_options(run, read),
        language=lang,
        sensitivity=None if sensitivity is None else SensitivityRecord(
            sensitivity.runs, sensitivity.jitter, list(sensitivity.methods) if sensitivity.methods else None,
            sensitivity.seed),
    )


def run_inputs(run: RankingRun) -> list[InputFile]:
    """Every input of ``run``, in ``ROLES`` order: each data file (as ranked), the baseline
    workbook, the criteria, each file of the jury's scores read, the conflicts sheet and the
    previous result (those that were given)."""
    files = run.sections.get(INPUTS)
    data = [(f["path"], f["sha256"]) for f in files] if files else [(run.input.path, run.input.sha256)]
    found = [("data", path, sha) for path, sha in data]
    if run.baseline is not None:
        found.append(("baseline", run.baseline.path, run.baseline.sha256))
    found.append(("criteria", run.criteria_source.path, run.criteria_source.sha256))
    panel = run.panel
    if panel is not None:
        sources = [(s.path, s.sha256) for s in panel.sources] if isinstance(panel, PanelOutcome) else []
        found += [("panel", path, sha) for path, sha in sources or [(panel.source.path, panel.source.sha256)]]
        sheet = panel.conflicts_source if isinstance(panel, PanelOutcome) else None
        if sheet is not None:
            found.append(("conflicts", sheet.path, sheet.sha256))
    if run.previous is not None:
        found.append(("previous", run.previous.path, run.previous.sha256))
    return [input_file(role, path, sha) for role, path, sha in found]


def run_options(run: RankingRun, read: ReadOptions | None) -> RunOptions:
    """The options ``run`` was ranked with (``read``: its reading options)."""
    shortlist = run.sections.get(SHORTLIST)
    return RunOptions.of(run.year, read, top_per_group=shortlist["per_group"] if shortlist else None,
                         history=HISTORY in run.sections, combined=INPUTS in run.sections)


def input_file(role: str, path: str, sha256: str) -> InputFile:
    packaged = packaged_named(path) if path.startswith(PACKAGED_PREFIX) else None
    if packaged is not None:
        return InputFile(role, path, path, len(packaged.text().encode("utf-8")), sha256, packaged=True)
    p = Path(path)
    try:
        size: int | None = p.stat().st_size
    except OSError:
        size = None
    return InputFile(role, path, str(p.resolve()), size, sha256)


def tool_identity() -> Tool:
    return Tool("paritrana", __version__, build_identity(), platform.python_version(), library_versions())


def library_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name, dist in LIBRARIES:
        try:
            out[name] = version(dist)
        except PackageNotFoundError:
            out[name] = "-"
    return out


def build_identity() -> str:
    """``git <commit>`` when paritrana runs from a clone, else ``dist <version>`` (the
    installed distribution's version)."""
    commit = git_commit(Path(__file__).resolve().parents[2])
    if commit is not None:
        return f"git {commit}"
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"dist {version('paritrana')}"
    except PackageNotFoundError:
        return f"source {__version__}"


def git_commit(root: Path) -> str | None:
    """The commit checked out in the clone (or worktree) at ``root``, read from ``.git``
    without running git; None when ``root`` is not one."""
    dot_git = root / ".git"
    try:
        if dot_git.is_file():  # a worktree: "gitdir: …"
            dot_git = Path(dot_git.read_text("utf-8").split(":", 1)[1].strip())
        head = (dot_git / "HEAD").read_text("utf-8").strip()
        if not head.startswith("ref:"):
            return head if SHA256.fullmatch(head.ljust(64, "0")) else None
        ref = head.split(":", 1)[1].strip()
        common = dot_git
        if (dot_git / "commondir").is_file():
            common = (dot_git / (dot_git / "commondir").read_text("utf-8").strip()).resolve()
        for folder in (dot_git, common):
            if (folder / ref).is_file():
                return (folder / ref).read_text("utf-8").strip()
        packed = common / "packed-refs"
        if packed.is_file():
            for line in packed.read_text("utf-8").splitlines():
                if line.endswith(" " + ref):
                    return line.split(" ", 1)[0]
    except (OSError, IndexError, UnicodeDecodeError):
        return None
    return None


def file_sha256(path: Path, limit: int | None = None) -> tuple[str, int]:
    """SHA-256 and size of the regular file ``path``, read in blocks (at most ``limit`` bytes:
    a larger file raises ``VerifyError``)."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as stream:
        while block := stream.read(1 << 20):
            size += len(block)
            if limit is not None and size > limit:
                raise VerifyError(m.INPUT_TOO_LARGE(), Location(file=str(path)))
            digest.update(block)
    return digest.hexdigest(), size


# ---- reading a record back --------------------------------------------------------------------

def parse_record(data: Any, where: str) -> AuditRecord:
    """The record in ``data`` (parsed JSON), checked strictly; a ``VerifyError`` naming the
    first problem otherwise (``where``: the report, for the message)."""
    try:
        return _record(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise VerifyError(m.RECORD_MALFORMED(problem=_problem(exc)), Location(file=where),
                          hint=m.RECORD_MALFORMED_HINT()) from None


def _problem(exc: Exception) -> str:
    text = str(exc.args[0]) if exc.args else type(exc).__name__
    return text[:200]


def _record(data: Any) -> AuditRecord:
    d = _mapping(data, "audit", {"format", "tool", "created", "command", "working_folder", "inputs", "options",
                                  "language", "sensitivity"}, {"workbook"})
    fmt = d["format"]
    if type(fmt) is not int or fmt not in READABLE_FORMATS:
        raise ValueError(f"format {fmt!r}")
    tool = _mapping(d["tool"], "tool", {"name", "version", "build", "python", "libraries"})
    libraries = _mapping(tool["libraries"], "tool.libraries", set(), {n for n, _ in LIBRARIES})
    inputs = [_input(item, fmt) for item in _list(d["inputs"], "inputs", 8 if fmt == 1 else MAX_INPUTS)]
    _check_roles(inputs, fmt)
    language = _text(d["language"], "language")
    if language not in ("id", "en"):
        raise ValueError(f"language {language!r}")
    return AuditRecord(
        tool=Tool(_text(tool["name"], "tool.name"), _text(tool["version"], "tool.version"),
                  _text(tool["build"], "tool.build"), _text(tool["python"], "tool.python"),
                  {k: _text(v, f"tool.libraries.{k}") for k, v in libraries.items()}),
        created=_text(d["created"], "created"),
        command=[_text(w, "command") for w in _list(d["command"], "command", MAX_WORDS)],
        working_folder=_text(d["working_folder"], "working_folder"),
        inputs=inputs,
        options=_options(d["options"], fmt),
        language=language,
        sensitivity=None if d["sensitivity"] is None else _sensitivity(d["sensitivity"]),
        format=fmt,
        workbook=_mapping(d.get("workbook", {}), "workbook", set(), {"ranking", "weights"}),
    )


def _check_roles(inputs: list[InputFile], fmt: int) -> None:
    """Format 1: one data file and one criteria file, each role once. Format 2: one data file
    or more, one criteria file, at most one baseline, conflicts sheet and previous result."""
    count = {role: sum(1 for i in inputs if i.role == role) for role in ROLES}
    if fmt == 1:
        if any(n > 1 for n in count.values()) or not count["data"] or not count["criteria"]:
            raise ValueError("inputs: one data file and one criteria file, each role once")
        return
    if not count["data"] or count["criteria"] != 1 or any(count[role] > 1 for role in AT_MOST_ONE):
        raise ValueError("inputs: one data file or more, one criteria file, at most one baseline, conflicts and "
                         "previous file")


def _input(item: Any, fmt: int) -> InputFile:
    d = _mapping(item, "inputs[]", {"role", "path", "absolute", "size", "sha256", "packaged"})
    role = _text(d["role"], "inputs.role")
    if role not in (FORMAT_1_ROLES if fmt == 1 else ROLES):
        raise ValueError(f"inputs.role {role[:40]!r}")
    sha = _text(d["sha256"], "inputs.sha256")
    if not SHA256.fullmatch(sha):
        raise ValueError("inputs.sha256")
    size = d["size"]
    if size is not None and (type(size) is not int or size < 0):
        raise ValueError("inputs.size")
    packaged = d["packaged"]
    path = _text(d["path"], "inputs.path")
    if type(packaged) is not bool or (packaged and (role != "criteria" or not path.startswith(PACKAGED_PREFIX))):
        raise ValueError("inputs.packaged")
    return InputFile(role, path, _text(d["absolute"], "inputs.absolute"), size, sha, packaged)


def _options(data: Any, fmt: int) -> RunOptions:
    more = () if fmt == 1 else ("top_per_group", "history", "combined")
    d = _mapping(data, "options", {*FORMAT_1_OPTIONS, *more})
    year = d["year"]
    if year is not None and (type(year) is not int or not 1900 <= year <= 2100):
        raise ValueError("options.year")
    encoding = d["encoding"]
    if encoding is not None:
        _encoding(_text(encoding, "options.encoding"))
    limits = [_count(d[k], f"options.{k}") for k in ("max_uncompressed_mb", "max_rows", "max_columns")]
    top = d.get("top_per_group")
    if top is not None:
        _count(top, "options.top_per_group")
    history, combined = d.get("history", False), d.get("combined", False)
    for name, flag in (("history", history), ("combined", combined)):
        if type(flag) is not bool:
            raise ValueError(f"options.{name}")
    return RunOptions(year, encoding, limits[0], limits[1], limits[2], top, history, combined)


def _encoding(name: str) -> None:
    import codecs

    try:
        info = codecs.lookup(name)
    except LookupError:
        raise ValueError(f"options.encoding {name!r}") from None
    if not getattr(info, "_is_text_encoding", True):
        raise ValueError(f"options.encoding {name!r}")


def _sensitivity(data: Any) -> SensitivityRecord:
    d = _mapping(data, "sensitivity", {"runs", "jitter", "methods", "seed"})
    jitter = d["jitter"]
    if type(jitter) not in (int, float) or not 0 <= jitter < 1:
        raise ValueError("sensitivity.jitter")
    methods = d["methods"]
    if methods is not None:
        methods = [_text(x, "sensitivity.methods") for x in _list(methods, "sensitivity.methods", 10)]
    seed = d["seed"]
    if type(seed) is not int or seed < 0:
        raise ValueError("sensitivity.seed")
    return SensitivityRecord(_count(d["runs"], "sensitivity.runs"), float(jitter), methods, seed)


def _mapping(data: Any, name: str, required: set[str], optional: Iterable[str] = ()) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise TypeError(f"{name}: not an object")
    missing = required - data.keys()
    unknown = data.keys() - required - set(optional)
    if missing or unknown:
        raise KeyError(f"{name}: " + ", ".join([*(f"missing {k}" for k in sorted(missing)),
                                                 *(f"unknown {k!r}"[:60] for k in sorted(map(str, unknown)))]))
    return data


def _list(data: Any, name: str, most: int) -> list[Any]:
    if not isinstance(data, list) or len(data) > most:
        raise TypeError(f"{name}: not a list of at most {most} items")
    return data


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str) or len(value) > MAX_TEXT or "\x00" in value:
        raise TypeError(f"{name}: not a text")
    return value


def _count(value: Any, name: str) -> int:
    if type(value) is not int or not 1 <= value <= 10**9:
        raise ValueError(name)
    return value
