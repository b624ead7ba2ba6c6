"""``--help`` in the output language.

The language of the help is ``--lang`` wherever it stands on the command line, else
``PARITRANA_LANG``, else Indonesian (the criteria are not read for help). Every text comes from
the catalogue (``paritrana.i18n.messages.help``), found by command and parameter name, so the
commands declare no help strings of their own.

How: the app's group (``ParitranaGroup.main``) calls ``localize`` on the click command tree
that Typer builds for each run, before anything is parsed. It sets each command's and
parameter's help text, the placeholders of values (``BERKAS``), the panel names, switches off
Typer's "[default: …]" (the texts give the default, formatted in the language) and the
``<bool>`` after flags, and gives every command a context class (``Command.context_class``, the
hook click provides) whose ``make_formatter`` writes the usage line in the language. When
help or a usage error is about to be printed, that same formatter sets the words of Typer's
rich layout (the module-level title constants of ``typer.rich_utils``: "Options",
"[required]", "Try … for help") — the only moment ``typer.rich_utils`` is imported.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, ClassVar

import typer
from typer.core import TyperArgument, TyperOption

from paritrana.i18n.lang import Lang, output_lang
from paritrana.i18n.messages import help as h
from paritrana.i18n.text import CATALOG, Message, Text
from paritrana.report.formats import suffix_list

LANG_CHOICES = ("id", "en")
VALUES = {"suffixes": suffix_list()}  # values a help text may name, beside {default}


def lang_option(args: Sequence[str]) -> str | None:
    """The value of ``--lang`` wherever it stands (it belongs to the commands, but help and
    the errors raised before a command runs are shown in it too)."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            value: str | None = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        if value in LANG_CHOICES:
            return value
    return None


def help_lang(args: Sequence[str]) -> Lang:
    """``--lang``, else ``PARITRANA_LANG``, else Indonesian."""
    return output_lang(lang_option(args))


def localize(command: Any, lang: Lang, path: tuple[str, ...] = ()) -> None:
    """Put the help of ``command`` and of every command below it in ``lang``."""
    key = ".".join(path) or "main"
    text = CATALOG.get(f"help.{key}")
    if text is not None:
        command.help, command.short_help = text().render(lang), None
    command.context_class = HelpContext.of(lang)
    if command.options_metavar:
        command.options_metavar = h.UI_OPTIONS_METAVAR().render(lang)
    if getattr(command, "subcommand_metavar", None):
        command.subcommand_metavar = h.UI_COMMAND_METAVAR().render(lang)
    for param in command.params:
        localize_param(param, key, lang)
    for name, sub in getattr(command, "commands", {}).items():
        localize(sub, lang, (*path, name))


def localize_param(param: Any, command_key: str, lang: Lang) -> None:
    """One option's or argument's help, placeholder and panel in ``lang``."""
    text = CATALOG.get(f"help.{command_key}.{param.name}") or CATALOG.get(f"help.opt.{param.name}")
    if text is not None:
        param.help = _with_default(text, param).render(lang)
        param.show_default = False
    metavar = CATALOG.get(f"help.metavar.{param.name}")
    if metavar is not None:
        param.metavar = metavar().render(lang)
    if isinstance(param, TyperOption) and param.is_flag:
        param.metavar = ""  # a flag takes no value: no "<bool>" after it
    if isinstance(param, TyperArgument):
        # The placeholder says what to give (BERKAS, NAMA); Typer's type column would add
        # "<path>", "<str>" or "<list[Path]>", words of neither language.
        param.display_type_rich = lambda ctx: None  # type: ignore[method-assign]
    panel = getattr(param, "rich_help_panel", None)
    if panel and f"help.panel.{panel.lower()}" in CATALOG:
        param.rich_help_panel = CATALOG[f"help.panel.{panel.lower()}"]().render(lang)


def _with_default(text: Text, param: Any) -> Message:
    values = {**VALUES, "default": param.default}
    return text(**{name: values[name] for name in text.fields})


class _UsageFormatter(typer.Context.formatter_class):  # type: ignore[misc,valid-type]  # click's HelpFormatter
    """Click's help formatter with the usage line's "Usage:" in the output language."""

    def __init__(self, usage: str, **kwargs: Any):
        super().__init__(**kwargs)
        self.usage = usage

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, f"{self.usage} " if prefix is None else prefix)


class HelpContext(typer.Context):
    """A context that formats help and usage errors in ``lang`` (one subclass per language)."""

    lang: ClassVar[Lang] = Lang.ID
    _classes: ClassVar[dict[Lang, type[HelpContext]]] = {}

    @classmethod
    def of(cls, lang: Lang) -> type[HelpContext]:
        if lang not in cls._classes:
            cls._classes[lang] = type(f"HelpContext_{lang.value}", (cls,), {"lang": lang})
        return cls._classes[lang]

    def make_formatter(self) -> Any:
        """Called only to print help or a usage error: the moment to set the layout's words."""
        use_layout_words(self, self.lang)
        return _UsageFormatter(h.UI_USAGE().render(self.lang), width=self.terminal_width,
                               max_width=self.max_content_width)


def use_layout_words(ctx: typer.Context, lang: Lang) -> None:
    """The words of Typer's rich help layout and of the help option, in ``lang``."""
    option = ctx.command.get_help_option(ctx)
    if option is not None:
        option.help, option.metavar = h.O_HELP().render(lang), ""
    if os.environ.get("TYPER_USE_RICH", "").lower() in ("0", "false", "no", "off"):
        return
    from typer import rich_utils

    rich_utils.ARGUMENTS_PANEL_TITLE = h.UI_ARGUMENTS().render(lang)
    rich_utils.OPTIONS_PANEL_TITLE = h.UI_OPTIONS().render(lang)
    rich_utils.COMMANDS_PANEL_TITLE = h.UI_COMMANDS().render(lang)
    rich_utils.ERRORS_PANEL_TITLE = h.UI_ERROR().render(lang)
    rich_utils.REQUIRED_LONG_STRING = h.UI_REQUIRED().render(lang)
    rich_utils.ABORTED_TEXT = h.UI_ABORTED().render(lang)
    rich_utils.RICH_HELP = h.UI_TRY_HELP(command="[blue]'{command_path} {help_option}'[/]").render(lang)
