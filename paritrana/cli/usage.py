"""Click's own usage errors ("Missing argument", "No such option", a value out of range...)
in the output language: SPEC's language applies to every message. ``ParitranaGroup`` passes
each ``click.UsageError`` through ``localized`` before click prints it (exit code 2 stays).

Click and Typer word these errors in English only; the few shapes a user meets are recognised
by the exception's class and, for a bad value, by the validator's words. Anything else keeps
click's text."""

from __future__ import annotations

import importlib
import re
from typing import Any

import typer

from paritrana.cli.options import BadValue
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import cli as m
from paritrana.i18n.text import Message

_BOUNDS = (  # pydantic's words (Typer validates with it) -> our text
    (re.compile(r"greater than or equal to (\S+?)\.?$"), m.MUST_BE_AT_LEAST),
    (re.compile(r"less than or equal to (\S+?)\.?$"), m.MUST_BE_AT_MOST),
    (re.compile(r"greater than (\S+?)\.?$"), m.MUST_BE_ABOVE),
    (re.compile(r"less than (\S+?)\.?$"), m.MUST_BE_BELOW),
)
# Typer raises its own copy of click's exceptions (``typer._click``) or click's: the module of
# ``typer.BadParameter`` is the one in use.
_exc: Any = importlib.import_module(typer.BadParameter.__module__)
USAGE_ERROR: type[Exception] = _exc.UsageError
_NoSuchCommand: Any = getattr(_exc, "NoSuchCommand", ())  # not in every click
_EXTRA = re.compile(r"^Got unexpected extra argument(?:s|\(s\))? \((.*)\)$")
_NO_COMMAND = re.compile(r"^No such command '(.+?)'\.(?: Did you mean (.+)\?)?$")  # Typer's words


def localized(exc: Any, lang: Lang) -> Any:
    """``exc`` worded in ``lang`` (the same exception when it already is, or is not known)."""
    if isinstance(exc, BadValue):
        return exc
    message = _message(exc)
    if message is None:
        return exc
    out = _exc.UsageError(message.render(lang, cli=True), ctx=exc.ctx)
    out.exit_code = exc.exit_code
    return out


def _message(exc: Any) -> Message | None:
    if isinstance(exc, _exc.MissingParameter):
        if exc.param is None:
            return None
        name = _name(exc.param)
        return m.MISSING_OPTION(name=name) if _is_option(exc.param) else m.MISSING_ARGUMENT(name=name)
    if isinstance(exc, _exc.NoSuchOption):
        return _did_you_mean(m.NO_SUCH_OPTION(name=exc.option_name), exc.possibilities)
    if isinstance(exc, _NoSuchCommand):
        return _did_you_mean(m.NO_SUCH_COMMAND(name=exc.command_name), exc.possibilities)
    if isinstance(exc, _exc.BadOptionUsage):
        if exc.message.endswith("requires an argument."):
            return m.NEEDS_VALUE(name=exc.option_name)
        if exc.message.endswith("does not take a value."):
            return m.TAKES_NO_VALUE(name=exc.option_name)
        return None
    if isinstance(exc, _exc.BadParameter):
        return _bad_value(exc)
    found = _EXTRA.match(exc.message)
    if found is not None:
        return m.EXTRA_ARGUMENTS(names=[a.strip("'\"") for a in found.group(1).split(" ") if a])
    found = _NO_COMMAND.match(exc.message)
    if found is not None:
        return _did_you_mean(m.NO_SUCH_COMMAND(name=found.group(1)), re.findall(r"'([^']*)'", found.group(2) or ""))
    return None


def _did_you_mean(text: Message, names: Any) -> Message:
    return m.DID_YOU_MEAN(text=text, names=list(names)) if names else text


def _bad_value(exc: Any) -> Message | None:
    """A value Typer's validator refused: the option and what its value must be."""
    reason = _reason(exc.message)
    if reason is None or exc.param is None:
        return None
    return m.BAD_OPTION(option=_name(exc.param), text=reason)


def _is_option(param: Any) -> bool:
    return getattr(param, "param_type_name", None) == "option"


def _name(param: Any) -> str:
    """An option's long name (``--output``), an argument's placeholder (``BERKAS``)."""
    if _is_option(param) and param.opts:
        return str(param.opts[0])
    return str(param.metavar or param.name or "").strip("{}[]. ").upper()


def _number(text: str) -> float | str:
    try:
        return float(text)
    except ValueError:
        return text


def _reason(text: str) -> Message | None:
    for pattern, message in _BOUNDS:
        found = pattern.search(text)
        if found is not None:
            return message(n=_number(found.group(1)))
    if "valid integer" in text:
        return m.MUST_BE_WHOLE()
    if "valid number" in text:
        return m.MUST_BE_NUMBER()
    choices = re.search(r"is not one of (.+?)\.?$", text)
    if choices is not None:
        return m.MUST_BE_ONE_OF(choices=re.findall(r"'([^']*)'", choices.group(1)))
    return None
