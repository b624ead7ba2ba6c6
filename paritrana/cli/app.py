"""The Typer app: the one error handler and the registration of every command.

Only Typer is imported at start-up; each command imports what it needs, so ``--help`` and
``--version`` stay fast. Errors a user can cause (``ParitranaError``) are printed as one
``Error: …`` line on stderr with exit code 1 by ``ParitranaGroup`` — the one translation
point; ``--debug`` anywhere on the command line shows the traceback instead.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from paritrana.cli.criteria import criteria_app
from paritrana.cli.explain import explain
from paritrana.cli.options import CRITERIA_LANG_KEY, LANG_KEY, DebugOpt, MaxColumnsOpt, MaxRowsOpt, remember_limits
from paritrana.cli.rank import rank
from paritrana.cli.sensitivity import sensitivity
from paritrana.cli.template import template
from paritrana.cli.validate import validate
from paritrana.errors import ParitranaError
from paritrana.i18n.lang import output_lang
from paritrana.i18n.messages import cli as m
from paritrana.io.limits import DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS
from paritrana.version import __version__

GLOBAL_LIMITS = ("--max-rows", "--max-columns")  # accepted anywhere on the command line


class ParitranaGroup(TyperGroup):
    """The one translation point: a ``ParitranaError`` becomes one message on stderr in the
    output language (with the command-line wording of its hints) and exit code 1."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if "--debug" in args:
            args = [a for a in args if a != "--debug"]
            ctx.meta["paritrana.debug"] = True
        ctx.meta[LANG_KEY] = _lang_option(args)
        return super().parse_args(ctx, _limits_first(args))

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
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


def _lang_option(args: list[str]) -> str | None:
    """The value of ``--lang`` wherever it stands (it belongs to the command, but an error
    raised before the command runs is shown in it too)."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = args[i + 1] if arg == "--lang" and i + 1 < len(args) else arg.partition("=")[2] \
            if arg.startswith("--lang=") else None
        if value in ("id", "en"):
            return value
    return None


def _terminal_safe(text: str) -> str:
    """``text`` with control characters from the data (ESC, BEL...) written as escapes, so a
    hostile cell cannot move the cursor, recolour or clear the terminal. Newlines stay."""
    if text.isprintable():
        return text
    return "\n".join(line if line.isprintable() else line.encode("unicode_escape").decode("ascii")
                     for line in text.split("\n"))


def _limits_first(args: list[str]) -> list[str]:
    """Move ``--max-rows N`` and ``--max-columns N`` (written anywhere, as the error messages
    suggest) in front of the command, where the app's callback takes them."""
    moved: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest += args[i:]
            break
        if arg in GLOBAL_LIMITS and i + 1 < len(args):
            moved += args[i:i + 2]
            i += 2
            continue
        if arg.split("=", 1)[0] in GLOBAL_LIMITS and "=" in arg:
            moved.append(arg)
        else:
            rest.append(arg)
        i += 1
    return moved + rest


app = typer.Typer(
    cls=ParitranaGroup,
    help="Score and rank the candidates of the Paritrana Award (BPJS Ketenagakerjaan coverage).",
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
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
    debug: DebugOpt = False,
    max_rows: MaxRowsOpt = DEFAULT_MAX_ROWS,
    max_columns: MaxColumnsOpt = DEFAULT_MAX_COLUMNS,
) -> None:
    """Score and rank the candidates of the Paritrana Award (BPJS Ketenagakerjaan coverage)."""
    remember_limits(ctx, max_rows, max_columns)


app.command()(rank)
app.command()(explain)
app.command()(validate)
app.command()(template)
app.command()(sensitivity)
app.add_typer(criteria_app, name="criteria")


def main() -> None:
    """Console-script entry point."""
    app(prog_name="paritrana")
