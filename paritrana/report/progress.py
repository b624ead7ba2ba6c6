"""A progress display on stderr for long work: the stage (reading, checking, scoring, writing)
and, where known, the rows done.

It appears only when the work has taken longer than ``DELAY`` seconds, and only when stderr and
stdout are both a terminal: nothing is drawn into a file, a pipe or a captured run, and a
quick ranking shows nothing at all. It disappears when the work is done. The library reports
its stages through ``paritrana.core.progress``; this module listens.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Any

from paritrana.core.progress import Stage, listening
from paritrana.i18n.messages import progress as m

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

DELAY = 1.0  # seconds of quiet work before anything is drawn

_LABELS = {Stage.READING: m.READING, Stage.CHECKING: m.CHECKING, Stage.SCORING: m.SCORING,
           Stage.WRITING: m.WRITING}


def wanted(stderr: IO[str] | None = None, stdout: IO[str] | None = None) -> bool:
    """Whether a display may be drawn: stderr and stdout are both terminals."""
    err, out = stderr or sys.stderr, stdout or sys.stdout
    try:
        return bool(err.isatty() and out.isatty())
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


class StageDisplay:
    """Listens to ``paritrana.core.progress`` and draws the current stage after ``delay``."""

    def __init__(self, lang: str, *, delay: float = DELAY, saving: bool = False):
        self.lang, self.delay, self.saving = lang, delay, saving
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

    def start(self) -> None:
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
            if self._closed or self._state is None:
                return
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[rows]}"),
                                      TimeElapsedColumn(), console=Console(stderr=True), transient=True)
            self._task = self._progress.add_task("", total=None, rows="")
            self._progress.start()
            self._draw()

    def _draw(self) -> None:
        assert self._progress is not None and self._task is not None and self._state is not None
        stage, done, total = self._state
        label = m.SAVING if stage is Stage.WRITING and self.saving else _LABELS[stage]
        rows = m.ROWS(done=done, total=total).render(self.lang) if done is not None and total else ""
        fields: dict[str, Any] = {"rows": rows}
        self._progress.update(self._task, description=label().render(self.lang), total=total or None,
                              completed=done or 0, **fields)


@contextmanager
def progress_display(lang: str, *, saving: bool = False, delay: float = DELAY) -> Iterator[StageDisplay | None]:
    """Draw the stages of the work inside this block on stderr, when it is worth it (see the
    module's docstring); yields the display, or None when nothing will be drawn."""
    if not wanted():
        yield None
        return
    display = StageDisplay(lang, delay=delay, saving=saving)
    display.start()
    try:
        with listening(display):
            yield display
    finally:
        display.stop()


def _clock() -> float:  # for tests
    return time.monotonic()
