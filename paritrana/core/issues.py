"""Many issues of one kind at once: ``IssueBatch`` and the ``RowIssue`` each row becomes.

A national file can flag hundreds of thousands of rows (30 % of 725,000 employers moving more
than 25 points of coverage). Building a ``Message``, a ``Location`` and an ``Issue`` per row,
and rendering each through ``string.Formatter``, cost more than the ranking itself. A check
that flags rows makes one ``IssueBatch``: the text, the hint and columns of values for the
failing rows only. ``rows()`` gives one ``RowIssue`` per failing row — an ``Issue`` whose
message, place and hint are built when they are looked at — so lists of issues keep their
type and order. ``short_texts`` and ``texts`` render a whole batch column by column, with the
same bytes as rendering each issue alone (``Message.render``, ``Issue.short_text``).
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from paritrana.errors import Issue, IssueCode, Location, Severity
from paritrana.i18n.lang import Lang, default_lang
from paritrana.i18n.numbers import MINUS, fmt_auto, fmt_number
from paritrana.i18n.text import Message, Text, _Formatter, render

if TYPE_CHECKING:
    import numpy as np

__all__ = ["CellNames", "IssueBatch", "RowIssue", "json_texts", "render_rows", "short_texts"]


class Column(list):
    """Marks a value of ``IssueBatch.values`` that differs per row (one item per failing row)."""


class CellNames(Sequence[str]):
    """The cell of each row, ``B17``, made when read: ``letters[sheet]`` is the column's letter
    in that sheet ("" when the column has none there: then ``row 17``, as ``Dataset.location``
    writes it)."""

    __slots__ = ("sheets", "rows", "letters")

    def __init__(self, sheets: Sequence[str | None], rows: Sequence[int], letters: dict[str | None, str]):
        self.sheets, self.rows, self.letters = sheets, rows, letters

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, k: int) -> str:  # type: ignore[override]
        letter, row = self.letters[self.sheets[k]], self.rows[k]
        return f"{letter}{row}" if letter else f"row {row}"


class IssueBatch:
    """Issues with one code, severity and text for many rows.

    ``values`` maps each placeholder of ``text`` to a ``Column`` (one value per row) or to one
    value shared by every row. ``file``, ``sheets`` and ``cells`` place each row (``file`` and
    ``sheets`` a single value when shared, or a list: rows of several files ranked together);
    ``hint`` is one hint for all, ``hints(k)`` a hint per row, computed when asked.
    """

    __slots__ = ("code", "severity", "text", "values", "file", "sheets", "cells", "hint", "hints", "_size")

    def __init__(self, code: IssueCode, severity: Severity, text: Text, values: dict[str, Any], *,
                 file: str | Sequence[str | None] | None, sheets: Sequence[str | None] | str | None,
                 cells: Sequence[str | None],
                 hint: Message | None = None, hints: Callable[[int], Message | None] | None = None):
        self.code, self.severity, self.text, self.values = code, severity, text, values
        self.file, self.sheets, self.cells, self.hint, self.hints = file, sheets, cells, hint, hints
        self._size = len(cells)

    def __len__(self) -> int:
        return self._size

    def rows(self) -> list[RowIssue]:
        """One ``RowIssue`` per row, in order."""
        return [RowIssue(self, k) for k in range(self._size)]

    def sheet(self, k: int) -> str | None:
        return self.sheets if self.sheets is None or isinstance(self.sheets, str) else self.sheets[k]

    def file_of(self, k: int) -> str | None:
        return self.file if self.file is None or isinstance(self.file, str) else self.file[k]

    def _elsewhere(self, main_file: str | None) -> bool:
        """Whether some row's place names its file (a file other than ``main_file``)."""
        if self.file is None or isinstance(self.file, str):
            return bool(self.file) and self.file != main_file
        return any(f and f != main_file for f in self.file)

    def message(self, k: int) -> Message:
        return Message(self.text, {name: _item(v[k]) if type(v) is Column else v for name, v in self.values.items()})

    def location(self, k: int) -> Location:
        return Location(file=self.file_of(k), sheet=self.sheet(k), cell=self.cells[k])

    def hint_of(self, k: int) -> Message | None:
        """The hint of row k; a per-row hint (``hints``, which always gives a ``Message``) is
        computed when it is rendered."""
        hints = self.hints
        return LazyMessage(lambda: hints(k)) if hints is not None else self.hint

    def places(self, rows: Sequence[int], lang: str | None, main_file: str | None) -> list[str]:
        """``Issue.short_text``'s place of each row: ``2024!B7``, with the file when it is not
        ``main_file``."""
        if self._elsewhere(main_file):
            return [self.location(k).render(lang) if (self.file_of(k) or main_file) != main_file
                    else _place(self.sheet(k), self.cells[k]) for k in rows]
        return [_place(self.sheet(k), self.cells[k]) for k in rows]

    def messages(self, rows: Sequence[int], lang: str | None, *, cli: bool = False) -> list[str]:
        """The message of each row, rendered as ``Message.render`` would."""
        return render_rows(self.text, self._values_of(rows), len(rows), lang, cli=cli)

    def _values_of(self, rows: Sequence[int]) -> dict[str, Any]:
        """``values`` with each ``Column`` cut to ``rows``."""
        return {name: Column(_take(v, rows)) if type(v) is Column else v for name, v in self.values.items()}

    def short_texts(self, rows: Sequence[int], lang: str | None, main_file: str | None) -> list[str]:
        texts = self.messages(rows, lang)
        if not self._elsewhere(main_file):  # the place without the file
            sheets = [self.sheets] if isinstance(self.sheets, str) or self.sheets is None else \
                list(dict.fromkeys(self.sheets[k] for k in rows))
            if len(sheets) == 1 and sheets[0] is not None and all(self.cells[k] for k in rows):
                prefix = f"{sheets[0]}!"  # one sheet, every row with its cell: the common case
                cells = self.cells
                return [f"{prefix}{cells[k]}: {t}" for k, t in zip(rows, texts, strict=True)]
        places = self.places(rows, lang, main_file)
        return [f"{p}: {t}" if p else t for p, t in zip(places, texts, strict=True)]

    def json_texts(self, rows: Sequence[int], lang: str | None, main_file: str | None, separator: bytes) -> bytes:
        """``short_texts`` as JSON strings joined with ``separator``. In the common case (one
        sheet, every row with its cell) the JSON is written straight from the columns, with
        one ``%`` for all the rows: the fixed text is escaped once, each column at once."""
        lead = None if self._elsewhere(main_file) else self._lead(rows)
        if lead is None:
            return json_strings(self.short_texts(rows, lang, main_file), separator)
        return render_rows_json(self.text, self._values_of(rows), len(rows), lang, separator, lead=lead)

    def _lead(self, rows: Sequence[int]) -> tuple[bytes, list[Any]] | None:
        """The place before each row's text, ``2024!B7: ``, as a JSON ``%`` pattern and its
        column; None unless every row is in one sheet and has its cell."""
        sheets = [self.sheets] if isinstance(self.sheets, str) or self.sheets is None else \
            list(set(_take(self.sheets, rows)))
        if len(sheets) != 1 or sheets[0] is None or not rows:
            return None
        prefix = _json_literal(f"{sheets[0]}!")
        cells = self.cells
        if isinstance(cells, CellNames):
            letters = {cells.letters[s] for s in set(_take(cells.sheets, rows))}
            if len(letters) == 1 and (letter := letters.pop()):  # B7, B8…: the letter and each row's number
                return prefix + _json_literal(letter) + b"%d: ", _take(cells.rows, rows)
        texts = [cells[k] for k in rows]
        if not all(texts):
            return None
        return prefix + b"%b: ", json_items(texts)  # type: ignore[arg-type]


def _take(values: Sequence[Any], rows: Sequence[int]) -> list[Any]:
    """``[values[k] for k in rows]``; a slice when the rows follow each other."""
    first = rows[0] if rows else 0
    if len(rows) == 0 or rows[-1] - first == len(rows) - 1:  # rows in order, none left out
        return list(values[first:first + len(rows)])
    return [values[k] for k in rows]


def _place(sheet: str | None, cell: str | None) -> str:
    """``Issue.short_text``'s place within the main file: ``2024!B7``."""
    return (f"{sheet}!{cell}" if cell else sheet) if sheet is not None else (cell or "")


class LazyMessage(Message):
    """A ``Message`` made by ``make()`` the first time it is read (a hint that searches the
    names of 725,000 candidates costs nothing until it is shown)."""

    _make: Callable[[], Message | None]
    _made: Message | None

    def __init__(self, make: Callable[[], Message | None]):  # noqa: D107 - not the dataclass __init__
        object.__setattr__(self, "_make", make)
        object.__setattr__(self, "_made", None)

    def resolved(self) -> Message:
        made = self._made
        if made is None:
            made = self._make()
            made = Message.of(made if made is not None else "")
            object.__setattr__(self, "_made", made)
        return made

    @property
    def text(self) -> Text | None:
        return self.resolved().text

    @property
    def values(self) -> Any:
        return self.resolved().values

    @property
    def literal(self) -> str | None:
        return self.resolved().literal

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Message):
            return (self.text, dict(self.values), self.literal) == (other.text, dict(other.values), other.literal)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.resolved())

    def __repr__(self) -> str:
        return repr(self.resolved())


def _item(value: Any) -> Any:
    """A column's item as the plain Python value a ``Message`` holds (numpy floats → float)."""
    return value.item() if hasattr(value, "item") and not isinstance(value, (str, bytes)) else value


class RowIssue(Issue):
    """One row of an ``IssueBatch``: an ``Issue`` whose parts are built when read."""

    __slots__ = ("_batch", "_k")
    _batch: IssueBatch
    _k: int

    def __init__(self, batch: IssueBatch, k: int):  # noqa: D107 - not the dataclass __init__
        object.__setattr__(self, "_batch", batch)
        object.__setattr__(self, "_k", k)

    @property
    def code(self) -> IssueCode:
        return self._batch.code

    @property
    def severity(self) -> Severity:
        return self._batch.severity

    @property
    def message(self) -> Message:
        return self._batch.message(self._k)

    @property
    def location(self) -> Location:
        return self._batch.location(self._k)

    @property
    def hint(self) -> Message | None:
        return self._batch.hint_of(self._k)

    def plain(self) -> Issue:
        """This issue as a plain ``Issue``."""
        return Issue(self.code, self.severity, self.message, self.location, self.hint)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Issue):
            return _fields(self) == _fields(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(_fields(self))

    def __repr__(self) -> str:
        return repr(self.plain()).replace("Issue(", "RowIssue(", 1)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Issue, _fields(self))


def _fields(issue: Issue) -> tuple[Any, ...]:
    return (issue.code, issue.severity, issue.message, issue.location, issue.hint)


RUN = 50_000  # rows of one batch rendered at a time: bounds the memory of the rendered texts


def short_texts(issues: Sequence[Issue], lang: str | None, main_file: str | None) -> Iterator[str]:
    """``issue.short_text(lang, main_file)`` of each issue, rows of one batch rendered together."""
    for batch, item in batched(issues):
        if batch is None:
            yield item.short_text(lang, main_file)  # type: ignore[union-attr]
            continue
        rows: list[int] = item  # type: ignore[assignment]
        for start in range(0, len(rows), RUN):
            yield from batch.short_texts(rows[start:start + RUN], lang, main_file)


def json_texts(issues: Sequence[Issue], lang: str | None, main_file: str | None, separator: bytes) -> Iterator[bytes]:
    """``short_texts`` as JSON strings, a run at a time joined with ``separator`` (the runs
    are to be joined with it too)."""
    loose: list[str] = []
    for batch, item in batched(issues):
        if batch is None:
            loose.append(item.short_text(lang, main_file))  # type: ignore[union-attr]
            if len(loose) == RUN:
                yield json_strings(loose, separator)
                loose = []
            continue
        if loose:
            yield json_strings(loose, separator)
            loose = []
        rows: list[int] = item  # type: ignore[assignment]
        for start in range(0, len(rows), RUN):
            yield batch.json_texts(rows[start:start + RUN], lang, main_file, separator)
    if loose:
        yield json_strings(loose, separator)


def json_strings(texts: list[str], separator: bytes) -> bytes:
    """The texts as JSON strings joined with ``separator``."""
    import orjson

    # a quote inside a JSON string is escaped: '","' is between two items, unless a text ends
    # in an escaped quote or backslash before it (then each is encoded alone)
    joined = orjson.dumps(texts)[1:-1]
    if b'\\","' in joined:
        return separator.join([orjson.dumps(text) for text in texts])
    return joined.replace(b'","', b'"' + separator + b'"')


def json_items(texts: list[str]) -> list[bytes]:
    """Each text as JSON without its quotes, made from one ``orjson.dumps`` of them all."""
    import orjson

    if not texts:
        return []
    joined = orjson.dumps(texts)[2:-2]
    if b'\\","' in joined:
        return [orjson.dumps(text)[1:-1] for text in texts]
    return joined.split(b'","')


def _json_literal(text: str) -> bytes:
    """Fixed text of a JSON ``%`` pattern: escaped as in a JSON string, ``%`` doubled."""
    import orjson

    return orjson.dumps(text)[1:-1].replace(b"%", b"%%")


def batched(issues: Sequence[Issue]) -> Iterable[tuple[IssueBatch | None, list[int] | Issue]]:
    """The issues in order, runs of rows of one batch together: ``(batch, rows)`` for a run,
    ``(None, issue)`` for any other issue."""
    k, n = 0, len(issues)
    while k < n:
        issue = issues[k]
        if type(issue) is not RowIssue:
            yield None, issue
            k += 1
            continue
        batch = issue._batch
        window = issues[k:k + len(batch)]  # the longest a run of rows of this batch can be
        same = [type(i) is RowIssue and i._batch is batch for i in window]
        end = same.index(False) if False in same else len(window)
        yield batch, [i._k for i in window[:end]]  # type: ignore[attr-defined]
        k += end


# ---- rendering a text for many rows -----------------------------------------------------------

_PARSED: dict[tuple[str, str, bool], list[tuple[str, str | None, str]]] = {}


def render_rows(text: Text, values: dict[str, Any], n: int, lang: str | None, *, cli: bool = False) -> list[str]:
    """``text(**row).render(lang, cli=cli)`` for n rows; a ``Column`` value gives one item per
    row, any other value is shared. Numbers go through the same specs as ``Message.render``."""
    language, parsed = _parsed(text, lang, cli)
    formatter = _Formatter(language, cli)
    pattern: list[str] = []
    columns: list[list[str]] = []
    for literal, name, spec in parsed:
        pattern.append(literal.replace("%", "%%"))
        if name is None:
            continue
        value = values[name]
        if type(value) is Column:
            pattern.append("%s")
            columns.append(_format_column(value, spec, formatter, language))
        else:
            pattern.append(formatter.format_field(value, spec).replace("%", "%%"))
    fmt = "".join(pattern)
    if not columns:
        return [fmt % ()] * n
    return [fmt % row for row in zip(*columns, strict=True)]


def render_rows_json(text: Text, values: dict[str, Any], n: int, lang: str | None, separator: bytes, *,
                     lead: tuple[bytes, list[Any]] | None = None) -> bytes:
    """``render_rows`` as JSON strings joined with ``separator``, written with one ``%`` for
    all the rows (no text made a row). ``lead``: a ``%`` pattern before each text (fixed
    text JSON-escaped, ``%%`` for a percent sign) and its column of values."""
    language, parsed = _parsed(text, lang, cli=False)
    formatter = _Formatter(language, False)
    pattern: list[bytes] = [b'"']
    columns: list[list[Any]] = []
    if lead is not None:
        pattern.append(lead[0])
        columns.append(lead[1])
    for literal, name, spec in parsed:
        pattern.append(_json_literal(literal))
        if name is None:
            continue
        value = values[name]
        if type(value) is Column:
            pattern.append(b"%b")
            columns.append(_format_column_json(value, spec, formatter, language))
        else:
            pattern.append(_json_literal(formatter.format_field(value, spec)))
    pattern.append(b'"')
    row = b"".join(pattern)
    if not columns:
        return separator.join([row % ()] * n)
    flat: list[Any] = [b""] * (n * len(columns))
    for j, column in enumerate(columns):
        flat[j::len(columns)] = column  # a column of another length than n is refused here
    return separator.join([row] * n) % tuple(flat)


def _parsed(text: Text, lang: str | None, cli: bool) -> tuple[Lang, list[tuple[str, str | None, str]]]:
    """The output language and the template of ``text`` in it, parsed (once)."""
    language = Lang(lang) if lang else default_lang()
    key = (text.key, language.value, cli)
    parsed = _PARSED.get(key)
    if parsed is None:
        parsed = _PARSED[key] = [(literal, name, spec or "")
                                 for literal, name, spec, _ in string.Formatter().parse(text.template(language, cli))]
    return language, parsed


def _format_column(values: list[Any], spec: str, formatter: _Formatter, lang: Lang) -> list[str]:
    """``formatter.format_field(v, spec)`` for each value, the common specs without the
    general machinery (identical text; anything unusual goes the general way)."""
    if spec in ("", "q", "code") and set(map(type, values)) <= {str}:
        if spec == "q":
            return [f'"{v}"' for v in values]
        return [f"`{v}`" for v in values] if spec == "code" else list(values)
    joined = _numbers(values, spec, lang)
    if joined is not None:
        return joined.split("\n")
    return [formatter.format_field(v, spec) for v in values]


def _format_column_json(values: list[Any], spec: str, formatter: _Formatter, lang: Lang) -> list[bytes]:
    """``_format_column`` as JSON string contents (numbers need no escaping)."""
    joined = _numbers(values, spec, lang)
    if joined is not None:
        return joined.encode().split(b"\n")
    return json_items(_format_column(values, spec, formatter, lang))


def _numbers(values: list[Any], spec: str, lang: Lang) -> str | None:
    """The values formatted with a number spec, one a line, when they are all finite floats
    below 1e15 (else None: the general way)."""
    if spec not in ("num", "signed", "num0", "num1", "num2", "num3", "int") or not values:
        return None
    # a sum is finite only when every value is (a NaN or an infinity carries over)
    if not set(map(type, values)) <= {float} or not math.isfinite(sum(values)):
        return None
    low, high = min(values), max(values)
    if not (low > -1e15 and high < 1e15):
        return None
    grouped = low <= -999 or high >= 999  # "_" between thousands only from 999.5 on (rounded to 1000)
    if spec in ("num", "signed"):
        return _auto(values, lang, sign=spec == "signed", grouped=grouped)
    return _fixed(values, 0 if spec == "int" else int(spec[-1]), lang, grouped=grouped)


_ZERO = {d: re.compile("(?m)^-(" + re.escape(f"{0:.{d}f}") + ")$") for d in range(4)}
_TWO_ZEROS = re.compile(r"(?m)\.00$")
_ONE_ZERO = re.compile(r"(?m)(\.\d)0$")
_LINE_START = re.compile(f"(?m)^(?!{MINUS})")


def _fixed(values: list[float], decimals: int, lang: Lang, grouped: bool = True) -> str:
    """``fmt_number(v, decimals, lang)`` of each finite value, one a line, with "-" (the sign)
    as MINUS: formatted together, then separators and signs changed on the text. ``grouped``:
    False when no value reaches a thousand (none needs a separator)."""
    joined = _grouped(values, decimals, grouped)
    negative_zero = "-" + format(0, f".{decimals}f")
    if negative_zero in joined:  # -0.00 (a tiny negative value rounded) is written 0.00
        joined = _ZERO[decimals].sub(r"\1", joined)
    return _localised(joined, lang)


def _auto(values: list[float], lang: Lang, sign: bool = False, grouped: bool = True) -> str:
    """``fmt_auto(v, lang)`` of each finite value below 1e15, one a line ("-" as MINUS; with
    ``sign``, "+" before the others): two decimals, the trailing zeros dropped ("59,10" →
    "59,1", "59,00" → "59"), as fmt_auto's rounding gives."""
    joined = _grouped(values, 2, grouped) + "\n"
    joined = joined.replace(".00\n", "\n")
    if "0\n" in joined:
        joined = _ONE_ZERO.sub(r"\1", joined)
    if "-0\n" in joined:
        joined = _ZERO[0].sub(r"\1", joined)
    joined = _localised(joined[:-1], lang)
    if sign:  # "+" before each line but those with a minus sign
        joined = ("+" + joined.replace("\n", "\n+")).replace("+" + MINUS, MINUS)
    return joined


_THOUSANDS = re.compile(r"(?m)(?<=\d)(?=(?:\d{3})+(?:\.|$))")  # where "_" groups the digits before the point


def _grouped(values: list[float], decimals: int, grouped: bool = True) -> str:
    """``format(v, f"_.{decimals}f")`` of each value, one a line: one ``%`` for them all
    (the same digits: both round through ``PyOS_double_to_string``), then "_" between the
    thousands (``grouped``: when a value may reach them)."""
    joined = "\n".join([f"%.{decimals}f"] * len(values)) % tuple(values)
    return _THOUSANDS.sub("_", joined) if grouped else joined


def _localised(joined: str, lang: Lang) -> str:
    """Grouping "_" and the decimal point as the language writes them; "-" as MINUS."""
    joined = joined.replace(".", ",").replace("_", ".") if lang == Lang.ID else joined.replace("_", ",")
    return joined.replace("-", MINUS)


def as_column(values: np.ndarray | Iterable[Any]) -> Column:
    """A ``Column`` of plain Python values (numpy arrays via ``tolist``); a batch's columns
    hold plain values, so that they render as the values of a ``Message`` do."""
    if hasattr(values, "tolist"):
        return Column(values.tolist())
    return Column(values)


# fmt_auto, fmt_number and render are the one-at-a-time references the fast paths above match
_REFERENCES = (fmt_auto, fmt_number, render)
