"""Problems in a criteria file, kept as messages until they are shown.

``ModelProblem`` is what a criteria model's validator raises (pydantic wraps it; the loader
takes its message back out). ``CriteriaProblems`` is the ``CriteriaError`` that the loader
raises with every problem it found, each a ``Message`` of the shape
``<YAML path>: <problem> (baris <n>)``; rendering lists them under ``<file>: <n> masalah:``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from paritrana.errors import CriteriaError, Location, one_line
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import criteria as m
from paritrana.i18n.text import Message


class ModelProblem(ValueError):
    """A criteria model's validator found ``message``; ``keys`` lead from the field it checks
    to the YAML key the problem is at (for the line), e.g. ``("eng",)`` in a label mapping."""

    def __init__(self, message: Message, *keys: str | int):
        super().__init__(message.render(Lang.EN))
        self.message = message
        self.keys: tuple[Any, ...] = keys


def problem_at(path: Sequence[Any], problem: Message, line: int | None) -> Message:
    """``aspects.kinerja.weight: <problem> (baris 6)``, without the parts that are unknown."""
    dotted = ".".join(map(str, path))
    if dotted and line is not None:
        return m.PROBLEM_AT(path=dotted, problem=problem, line=line)
    if dotted:
        return m.PROBLEM_AT_PATH(path=dotted, problem=problem)
    if line is not None:
        return m.PROBLEM_AT_LINE(problem=problem, line=line)
    return problem


class CriteriaProblems(CriteriaError):
    """Every problem found in one criteria file; ``problems`` holds them as messages."""

    code = "criteria"

    def __init__(self, problems: Sequence[Message], location: Location | None = None):
        self.problems: list[Message] = list(problems)
        first = self.problems[0] if len(self.problems) == 1 else m.PROBLEMS(n=len(self.problems))
        super().__init__(first, location)

    def render(self, lang: str | None = None, *, cli: bool = False) -> str:
        if len(self.problems) == 1:
            return one_line(self.location, self.problems[0], None, lang, cli=cli)
        head = one_line(self.location, m.PROBLEMS(n=len(self.problems)), None, lang, cli=cli)
        return head + "".join(f"\n  {p.render(lang, cli=cli)}" for p in self.problems)
