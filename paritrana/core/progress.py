"""Where long work has got to: reading, checking, scoring, writing, saving — for a progress display.

Library code never prints. It says which stage it is in (and, where known, how many rows of
how many are done) through ``stage`` and ``advance``; nothing happens unless a caller listens
(``listening``), as the command line does to draw a progress display on stderr
(``paritrana.report.progress``). The listener is held in a context variable, so threads and
nested calls do not see each other's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from enum import StrEnum


class Stage(StrEnum):
    READING = "reading"
    CHECKING = "checking"
    SCORING = "scoring"
    WRITING = "writing"  # the result, to the output
    SAVING = "saving"  # a report file


# (stage, rows done, rows in all): rows done without rows in all when only the rows so far are
# known (reading), neither when nothing is counted
Listener = Callable[[Stage, int | None, int | None], None]

_LISTENER: ContextVar[Listener | None] = ContextVar("paritrana_progress", default=None)


def stage(name: Stage, total: int | None = None) -> None:
    """The work enters stage ``name`` (``total`` rows to do, when known)."""
    listener = _LISTENER.get()
    if listener is not None:
        listener(name, 0 if total is not None else None, total)


def advance(name: Stage, done: int, total: int | None) -> None:
    """``done`` rows of ``total`` are done in stage ``name``."""
    listener = _LISTENER.get()
    if listener is not None:
        listener(name, done, total)


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    """Send the stages of the work done inside this block to ``listener``."""
    token = _LISTENER.set(listener)
    try:
        yield
    finally:
        _LISTENER.reset(token)
