"""A progress display on stderr for long work: the stage (reading, checking, scoring, writing,
saving a report) and, where known, the rows done.

It appears only when the work has taken longer than ``DELAY`` seconds, only on a terminal
(stderr), and not when the output goes into a pipe: nothing is drawn into a file, a pipe or a
captured run, and a quick ranking shows nothing at all. It disappears when the work is done.
The library reports its stages through ``paritrana.core.progress``; this module listens.
"""

from __future__ import annotations

import os
import stat
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING

from paritrana.core.progress import Stage, listening
from paritrana.i18n.messages import progress as m

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

DELAY = 1.0  # seconds of quiet work before anything is drawn

_LABELS = {Stage.READING: m.READING, Stage.CHECKING: m.CHECKING, Stage.SCORING: m.SCORING,
           Stage.WRITING: m.WRITING, Stage.SAVING: m.SAVING}


def wanted(stderr: IO[str] | None = None, stdout: IO[str] | None = None) -> bool:
    """Whether a display may be drawn: stderr is a terminal and stdout is not a pipe."""
    err, out = stderr or sys.stderr, stdout or sys.stdout
    try:
        return bool(err.isatty()) and not _is_pipe(out)
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


def _is_pipe(stream: IO[str]) -> bool:
    try:
        return stat.S_ISFIFO(os.fstat(stream.fileno()).st_mode)
    except (AttributeError, ValueError, OSError):  # no file behind it (a captured run): not a pipe
        return False


def describe(stage: Stage, done: int | None, total: int | None, lang: str) -> tuple[str, str]:
    """The stage's label and its rows (``"50.000 dari 725.000 baris"``, ``"725.000 baris"`` or
    ``""``) in ``lang``."""
    if done is None:
        rows = ""
    elif total:
        rows = m.ROWS(done=done, total=total).render(lang)
    else:
        rows = m.ROWS_SO_FAR(done=done).render(lang) if done else ""
    return _LABELS[stage]().render(lang), rows


class StageDisplay:
    """Listens to ``paritrana.core.progress`` and draws the current stage on ``console``
    (stderr unless given) once ``delay`` seconds have passed (at the first stage when the
    delay is 0). ``shown`` keeps every line drawn, ``"label · rows"``."""

    def __init__(self, lang: str, *, delay: float = DELAY, console: Console | None = None):
        self.lang, self.delay, self.console = lang, delay, console
        self.shown: list[str] = []
        self._lock = threading.Lock()
        self._state: tuple[Stage, int | None, int | None] | None = None
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._timer: threading.Timer | None = None
        self._closed = False

    def __call__(self, stage: Stage, done: int | None, total: int | None) -> None:
        with self._lock:
            self._state = (stage, done, total)
            if self._progress is not None:
                self._draw()
            elif self.delay <= 0 and not self._closed:
                self._start_drawing()

    def start(self) -> None:
        if self.delay <= 0:
            return
        self._timer = threading.Timer(self.delay, self._appear)
        self._timer.daemon = True
        self._timer.start()

    def stop(self) -> None:
        with self._lock:
            self._closed = True
            if self._timer is not None:
                self._timer.cancel()
            if self._progress is not None:
                self._progress.stop()
                self._progress = None

    def _appear(self) -> None:
        with self._lock:
            if not self._closed and self._state is not None and self._progress is None:
                self._start_drawing()

    def _start_drawing(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        console = self.console if self.console is not None else Console(stderr=True)
        self._progress = Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[rows]}"),
                                  TimeElapsedColumn(), console=console, transient=True,
                                  redirect_stdout=False)  # the output may be going into a file meanwhile
        self._task = self._progress.add_task("", total=None, rows="")
        self._update()
        self._progress.start()  # draws the first frame

    def _draw(self) -> None:
        assert self._progress is not None
        self._update()
        self._progress.refresh()

    def _update(self) -> None:
        assert self._progress is not None and self._task is not None and self._state is not None
        stage, done, total = self._state
        label, rows = describe(stage, done, total, self.lang)
        self._progress.update(self._task, description=label, total=total or None, completed=done or 0, rows=rows)
        line = f"{label} · {rows}" if rows else label
        if not self.shown or self.shown[-1] != line:
            self.shown.append(line)


@contextmanager
def progress_display(lang: str, *, delay: float = DELAY,
                     console: Console | None = None) -> Iterator[StageDisplay | None]:
    """Draw the stages of the work inside this block on stderr (on ``console`` when given),
    when it is worth it (see the module's docstring); yields the display, or None when nothing
    will be drawn."""
    if not (wanted() if console is None else console.is_terminal):
        yield None
        return
    display = StageDisplay(lang, delay=delay, console=console)
    display.start()
    try:
        with listening(display):
            yield display
    finally:
        display.stop()
