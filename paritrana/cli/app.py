"""The Typer app: the one error handler and the registration of every command.

Only Typer is imported at start-up; each command imports what it needs, so ``--help`` and
``--version`` stay fast. Errors a user can cause (``ParitranaError``) are printed as one
``Kesalahan: …`` line on stderr with exit code 1 by ``ParitranaGroup`` — the one translation
point; ``--debug`` anywhere on the command line shows the traceback instead. A closed stdout
(``paritrana rank … | head -1``) ends the run quietly with exit code 0 (``ParitranaGroup.main``).
``--help`` is in the output language (``paritrana.cli.help``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from paritrana.cli.criteria import criteria_app
from paritrana.cli.explain import explain
from paritrana.cli.help import help_lang, lang_option, localize
from paritrana.cli.options import (
    CRITERIA_LANG_KEY,
    LANG_KEY,
    DebugOpt,
    LangOpt,
    MaxColumnsOpt,
    MaxRowsOpt,
    remember_limits,
)
from paritrana.cli.rank import rank
from paritrana.cli.sensitivity import sensitivity
from paritrana.cli.template import template
from paritrana.cli.usage import USAGE_ERROR, localized
from paritrana.cli.validate import validate
from paritrana.cli.verify import verify
from paritrana.errors import ParitranaError
from paritrana.i18n.lang import output_lang
from paritrana.i18n.messages import cli as m
from paritrana.io.limits import DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS
from paritrana.version import __version__

GLOBAL_OPTIONS = ("--max-rows", "--max-columns", "--lang")  # accepted anywhere on the command line


class ParitranaGroup(TyperGroup):
    """The one translation point: a ``ParitranaError`` becomes one message on stderr in the
    output language (with the command-line wording of its hints) and exit code 1."""

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        """Put the help of every command in the language of this command line, then run.

        A closed stdout (``paritrana rank … | head -1``) surfaces as ``SystemExit(1)`` raised
        while a ``BrokenPipeError`` is handled — by rich's ``Console.on_broken_pipe`` (the help,
        the tables) or by click's main (any other write) — after stdout was pointed at the null
        device. The reader got what it wanted: exit code 0, nothing on stderr."""
        localize(self, help_lang(sys.argv[1:] if args is None else args))
        try:
            return super().main(args, *rest, **extra)
        except SystemExit as exc:
            if isinstance(exc.__context__, BrokenPipeError):
                silence_stdout()
                raise SystemExit(0) from None
            raise

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if "--debug" in args:
            args = [a for a in args if a != "--debug"]
            ctx.meta["paritrana.debug"] = True
        ctx.meta[LANG_KEY] = lang_option(args)
        try:
            return super().parse_args(ctx, _global_first(args))
        except USAGE_ERROR as exc:
            raise localized(exc, output_lang(ctx.meta.get(LANG_KEY))) from None

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except USAGE_ERROR as exc:  # click's own (missing argument, no such option...), in the language
            raise localized(exc, output_lang(ctx.meta.get(LANG_KEY), ctx.meta.get(CRITERIA_LANG_KEY))) from None
        except ParitranaError as exc:
            if ctx.meta.get("paritrana.debug"):
                raise
            lang = output_lang(ctx.meta.get(LANG_KEY), exc.language or ctx.meta.get(CRITERIA_LANG_KEY))
            typer.echo(_terminal_safe(m.ERROR(text=exc.render(lang, cli=True)).render(lang)), err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            if ctx.meta.get("paritrana.debug"):
                raise
            lang = output_lang(ctx.meta.get(LANG_KEY), ctx.meta.get(CRITERIA_LANG_KEY))
            typer.echo(m.INTERRUPTED().render(lang), err=True)
            ctx.exit(130)


def silence_stdout() -> None:
    """Point stdout at the null device, so that the final flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file descriptor (a test runner's stdout)
        pass


def _terminal_safe(text: str) -> str:
    """``text`` with control characters from the data (ESC, BEL...) written as escapes, so a
    hostile cell cannot move the cursor, recolour or clear the terminal. Newlines stay."""
    if text.isprintable():
        return text
    return "\n".join(line if line.isprintable() else line.encode("unicode_escape").decode("ascii")
                     for line in text.split("\n"))


def _global_first(args: list[str]) -> list[str]:
    """Move ``--max-rows N``, ``--max-columns N`` (written anywhere, as the error messages
    suggest) and ``--lang X`` in front of the command, where the app's callback takes them:
    every command, ``criteria init`` too, then speaks the language (``options.output_lang``)."""
    moved: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest += args[i:]
            break
        if arg in GLOBAL_OPTIONS and i + 1 < len(args):
            moved += args[i:i + 2]
            i += 2
            continue
        if arg.split("=", 1)[0] in GLOBAL_OPTIONS and "=" in arg:
            moved.append(arg)
        else:
            rest.append(arg)
        i += 1
    return moved + rest


app = typer.Typer(
    cls=ParitranaGroup,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"paritrana {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True)] = False,
    debug: DebugOpt = False,
    lang: LangOpt = None,
    max_rows: MaxRowsOpt = DEFAULT_MAX_ROWS,
    max_columns: MaxColumnsOpt = DEFAULT_MAX_COLUMNS,
) -> None:
    """Score and rank the candidates of the Paritrana Award (help text: paritrana.i18n.messages.help).
    ``--lang`` here applies to the whole command line (``ParitranaGroup.parse_args`` keeps it)."""
    remember_limits(ctx, max_rows, max_columns)


app.command()(rank)
app.command()(explain)
app.command()(validate)
app.command()(template)
app.command()(sensitivity)
app.command()(verify)
app.add_typer(criteria_app, name="criteria")


def main() -> None:
    """Console-script entry point. A closed stdout found only by the final flush (the output
    fitted in the pipe's buffer) ends as quietly, with the command's exit code."""
    try:
        app(prog_name="paritrana")
    except SystemExit as done:
        code = done.code
    else:
        code = 0
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
    sys.exit(code)
