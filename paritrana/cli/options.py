"""Options shared by the commands, spelled once (``Annotated`` types reused by every command).

Their help texts are in the catalogue (``paritrana.i18n.messages.help``), found by command and
parameter name (``paritrana.cli.help``), so that ``--help`` reads in the output language.

Light on purpose: importing this module must not import pandas, numpy or pydantic, so that
``paritrana --help`` stays fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from paritrana.i18n.lang import Lang
from paritrana.i18n.lang import output_lang as resolve_lang
from paritrana.i18n.messages import cli as m
from paritrana.i18n.text import Message
from paritrana.io.limits import DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS, DEFAULT_MAX_UNCOMPRESSED_MB, Limits, ReadOptions

if TYPE_CHECKING:
    from rich.console import Console

LIMITS_KEY = "paritrana.limits"  # ctx.meta: the --max-rows / --max-columns given to the app
LANG_KEY = "paritrana.lang"  # ctx.meta: the --lang given on the command line, if any
CRITERIA_LANG_KEY = "paritrana.criteria-lang"  # ctx.meta: the language of the criteria in use


class LangChoice(StrEnum):
    """``--lang``'s choices (``paritrana.i18n.Lang`` is the language itself)."""

    id = "id"
    en = "en"


class TableOrJson(StrEnum):
    """``--format`` of the commands that print a table or JSON (explain, validate, sensitivity)."""

    table = "table"
    json = "json"


TableOrJsonOpt = Annotated[TableOrJson, typer.Option("--format", "-f")]
FileArg = Annotated[Path, typer.Argument(show_default=False)]
FilesArg = Annotated[list[Path], typer.Argument(show_default=False)]
CriteriaOpt = Annotated[Path | None, typer.Option("--criteria", "-c", show_default=False)]
YearOpt = Annotated[int | None, typer.Option("--year", show_default=False)]
BaselineOpt = Annotated[Path | None, typer.Option("--baseline", show_default=False)]
LangOpt = Annotated[LangChoice | None, typer.Option("--lang", show_default=False)]
EncodingOpt = Annotated[str | None, typer.Option("--encoding", show_default=False)]
MaxMbOpt = Annotated[int, typer.Option("--max-uncompressed-mb", min=1, metavar="N")]
DebugOpt = Annotated[bool, typer.Option("--debug")]
MaxRowsOpt = Annotated[int, typer.Option("--max-rows", min=1, metavar="N", rich_help_panel="Limits")]
MaxColumnsOpt = Annotated[int, typer.Option("--max-columns", min=1, metavar="N", rich_help_panel="Limits")]
PanelOpt = Annotated[list[Path] | None, typer.Option("--panel", show_default=False)]  # repeatable; a folder too
ConflictsOpt = Annotated[Path | None, typer.Option("--conflicts", show_default=False)]
ForceOpt = Annotated[bool, typer.Option("--force")]
TopOpt = Annotated[int | None, typer.Option("--top", min=1, metavar="N", show_default=False)]
PreviousOpt = Annotated[Path | None, typer.Option("--previous", show_default=False)]


class BadValue(typer.BadParameter):
    """A usage error (exit 2) of one option, worded in the output language: ``--lang``, else
    ``PARITRANA_LANG``, else the criteria's language when they are read, else Indonesian.
    (Click's own usage errors, "No such option" and the like: ``paritrana.cli.usage``.)"""

    def __init__(self, message: Message, *, option: str | None = None, lang: str | None = None):
        super().__init__(message.render(Lang.EN, cli=True))
        self.text, self.option, self.lang = message, option, lang

    def format_message(self) -> str:
        meta = self.ctx.meta if self.ctx is not None else {}
        lang = resolve_lang(self.lang or meta.get(LANG_KEY), meta.get(CRITERIA_LANG_KEY))
        option = self.option or (self.param.opts[0] if self.param is not None and self.param.opts else None)
        text = self.text.render(lang, cli=True)
        return m.BAD_OPTION(option=option, text=text).render(lang) if option else text


def remember_limits(ctx: typer.Context, max_rows: int, max_columns: int) -> None:
    """Keep the app-level ``--max-rows``/``--max-columns`` for the command that runs next
    (``ctx.meta`` is shared by the app's context and the command's)."""
    ctx.meta[LIMITS_KEY] = (max_rows, max_columns)


def read_options(ctx: typer.Context, encoding: str | None = None,
                 max_uncompressed_mb: int = DEFAULT_MAX_UNCOMPRESSED_MB) -> ReadOptions:
    """The one ``ReadOptions`` of this command line: its encoding and every size limit."""
    rows, columns = ctx.meta.get(LIMITS_KEY, (DEFAULT_MAX_ROWS, DEFAULT_MAX_COLUMNS))
    return ReadOptions(encoding, Limits(max_uncompressed_mb, rows, columns))


def choice(names: Sequence[str], aliases: dict[str, str] | None = None) -> Callable[[str], str]:
    """A ``parser`` for an option whose value is one of ``names`` (or of the ``aliases`` of
    one), in any case: ``JSON`` and ``Markdown`` are ``json`` and ``markdown``."""
    known = {name.lower(): name for name in names} | {a.lower(): name for a, name in (aliases or {}).items()}

    def parse(value: str) -> str:
        found = known.get(value.strip().lower())
        if found is None:
            raise BadValue(m.NOT_ONE_OF(value=value, choices=list(names)))
        return found

    return parse


def output_lang(ctx: typer.Context, lang: LangChoice | None, criteria_language: str) -> Lang:
    """The output language (``--lang`` of the command or anywhere on the line, else
    ``PARITRANA_LANG``, else the criteria's, else Indonesian), remembered for any error the
    command raises after this."""
    ctx.meta[CRITERIA_LANG_KEY] = criteria_language
    return resolve_lang(lang or ctx.meta.get(LANG_KEY), criteria_language)


def early_lang(ctx: typer.Context, lang: LangChoice | None) -> Lang:
    """The output language before the criteria are read (``--lang``, else ``PARITRANA_LANG``,
    else Indonesian): for the progress display."""
    return resolve_lang(lang or ctx.meta.get(LANG_KEY), None)


def stdout_console() -> Console:
    from rich.console import Console

    utf8_stdout()
    return Console(width=None if sys.stdout.isatty() else 100, highlight=False)


def utf8_stdout() -> None:
    """A table written to a file or a pipe is UTF-8, as the CSV, JSON and Markdown are, whatever
    the locale's encoding (cp1252 on Windows): "—", "★" and the minus sign "−" crashed it. A
    console that cannot show a character shows a replacement instead."""
    stream = sys.stdout
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if encoding == "utf8" or not hasattr(stream, "reconfigure"):
        return
    if stream.isatty():
        stream.reconfigure(errors="replace")
    else:
        stream.reconfigure(encoding="utf-8")


def inputs(*paths: Any) -> list[Path]:
    """The input paths given (for the check that a report never overwrites one)."""
    return [Path(p) for p in paths if p is not None]
