"""The sensitivity analysis on the terminal (readable at 100 columns).

Per group: a table of rank intervals with a small bar over ranks 1..n (━ from the 5th to the
95th percentile, ● the median), the chance of first place and of the top three; the exact
safe weight ranges; the drop-one table and one sentence per podium place. The terminal is
the command line's output: its texts take the command line's wording (``cli=True``), which
may name an option (``--seed``, ``--top``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from paritrana.errors import Issue
from paritrana.i18n import localized
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import final_stage as fm
from paritrana.i18n.text import render
from paritrana.sensitivity.text import (
    final_heading,
    juror_sentence,
    pct,
    place_headers,
    place_sentences,
    podium_sentence,
    probability,
    settings_line,
    share_sentence,
    shown_line,
    stability_sentence,
    t,
    years_line,
)

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

    from paritrana.sensitivity.model import (
        CandidateSensitivity,
        FinalGroup,
        FinalStage,
        GroupSensitivity,
        SensitivityResult,
    )

BAR_WIDTH = 28
SHOW_ALL_UP_TO = 30
DEFAULT_TOP = 20


def rank_bar(low: int, median: int, high: int, n: int, width: int = BAR_WIDTH) -> str:
    """A text bar over ranks 1..n: ``·`` outside the interval, ``━`` inside, ``●`` at the
    median. With n ≤ width each rank gets width // n characters (its first marks the rank;
    the rest continue the bar only towards a next rank inside the interval); with n > width
    several ranks share a character."""
    if n <= 0:
        return ""
    if n > width:
        chars = ["·"] * width
        cell = [min(width - 1, (r - 1) * width // n) for r in (low, median, high)]
        for i in range(cell[0], cell[2] + 1):
            chars[i] = "━"
        chars[cell[1]] = "●"
        return "".join(chars)
    per = max(1, width // n)
    out = []
    for rank in range(1, n + 1):
        mark = "●" if rank == median else ("━" if low <= rank <= high else "·")
        out.append(mark + ("━" if low <= rank < high else "·") * (per - 1))
    return "".join(out)


def render_sensitivity(result: SensitivityResult, console: Console, *, lang: Lang = Lang.ID,
                       top: int | None = None, cli: bool = True) -> None:
    from rich.markup import escape

    head = f"[bold]{escape(t('title', lang))} — {escape(localized(result.title, lang))}[/bold]"
    years = years_line(result.year, result.baseline_year, lang)
    if years:
        head += f"  ·  {escape(years)}"
    console.print(head)
    console.print(f"[dim]{escape(settings_line(result.settings, lang, cli=cli))}[/dim]")
    if result.stages == "desk":
        console.print(fm.DESK_ONLY().render(lang, cli=cli), style="yellow", highlight=False)
    elif result.stages == "final":
        console.print(f"\n[bold]{escape(fm.DESK_HEADING().render(lang))}[/bold]")
    if not result.groups:
        console.print(t("no_candidates", lang))
    for group in result.groups:
        if group.group is not None:
            console.print(f"\n[bold]{t('group', lang)}: {escape(group.group)}[/bold]")
        _candidates(group, console, lang, top, cli)
        _stability(group, console, lang)
        _drop_one(group, result, console, lang)
    if result.final is not None:
        _final_stage(result.final, result, console, lang, top, cli)
    if result.ineligible:
        console.print(f"\n{t('ineligible', lang)}: " + ", ".join(result.ineligible), markup=False)
    if result.warnings:
        console.print(f"\n[bold]{t('warnings', lang)}[/bold]")
        for warning in result.warnings:
            console.print(f"  ! {_warning_text(warning, result.input.path, lang, cli)}", markup=False,
                          style="yellow")


def _warning_text(warning: Issue, main_file: str | None, lang: Lang, cli: bool) -> str:
    """``Issue.short_text`` in the command line's wording: the place (the file only when it is
    not the input) and the message."""
    where = warning.location
    place = where.place if where else ""
    if where is not None and where.file and where.file != main_file:
        place = where.render(lang)
    text = render(warning.message, lang, cli=cli)
    return f"{place}: {text}" if place else text


def _final_stage(final: FinalStage, result: SensitivityResult, console: Console, lang: Lang, top: int | None,
                 cli: bool) -> None:
    """The final stage: the finalists' rank intervals, how often the desk scores would have
    shortlisted others, the safe range of the panel's share, the podium without each juror."""
    from rich.markup import escape

    console.print(f"\n[bold]{escape(final_heading(final, lang))}[/bold]")
    console.print(fm.FINAL_RUNS(pct=100 * result.settings.jitter).render(lang), style="dim", highlight=False)
    for group in final.groups:
        if group.group is not None:
            console.print(f"\n[bold]{t('group', lang)}: {escape(group.group)}[/bold]")
        _candidates(group, console, lang, top, cli)
        console.print(fm.SHORTLIST_CHANGED(pct=100 * group.p_shortlist_changed).render(lang), highlight=False)
        console.print(f"\n[bold]{escape(fm.SHARE_HEADING().render(lang))}[/bold]")
        _bullets([share_sentence(s, lang) for s in group.share], console)
        if group.jurors:
            console.print(f"\n[bold]{escape(fm.JURORS_HEADING().render(lang))}[/bold]")
            _bullets([juror_sentence(j, lang) for j in group.jurors], console)


def _candidates(group: GroupSensitivity | FinalGroup, console: Console, lang: Lang, top: int | None,
                cli: bool) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    n = len(group.candidates)
    if top is None:
        top = n if n <= SHOW_ALL_UP_TO else DEFAULT_TOP
    shown = group.candidates[:top]
    # Showing the first few of many: the bars zoom in on the ranks those few reach.
    scale = n if len(shown) == n else min(n, max(len(shown), *(c.rank_p95 for c in shown)))
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, caption=t("bar_legend", lang), caption_justify="left")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(t("name", lang), min_width=10, max_width=24)
    table.add_column(t("median", lang), justify="right", no_wrap=True)
    table.add_column(_two_lines(t("interval", lang)), justify="right", no_wrap=True)
    table.add_column(t("bar", lang, n=scale), no_wrap=True)
    table.add_column(_two_lines(t("p_first", lang)), justify="right", no_wrap=True)
    table.add_column(_two_lines(t("p_top3", lang)), justify="right", no_wrap=True)
    for c in shown:
        table.add_row(f"{c.nominal_rank}" + ("=" if c.tie else ""), Text(c.id), str(c.median_rank),
                      f"{c.rank_p05}–{c.rank_p95}", _bar(c, scale), probability(c.p_first, lang),
                      probability(c.p_top3, lang), style="bold" if c.nominal_rank <= 3 else None)
    console.print(table)
    if len(shown) < n:
        console.print(shown_line(len(shown), n, lang, cli=cli), style="dim", markup=False, highlight=False)
    if n >= 3:
        console.print(podium_sentence(group.p_podium_unchanged, lang), highlight=False)


def _two_lines(header: str) -> str:
    """A long header on two lines, so that its column is as narrow as its numbers:
    "Peluang juara 1" → "Peluang" / "juara 1"."""
    first, _, rest = header.partition(" ")
    return f"{first}\n{rest}" if rest else first


def _bar(c: CandidateSensitivity, n: int) -> str:
    return rank_bar(c.rank_p05, c.median_rank, c.rank_p95, n)


def _stability(group: GroupSensitivity, console: Console, lang: Lang) -> None:
    if len(group.candidates) < 2:
        return
    console.print(f"\n[bold]{t('stability', lang)}[/bold]")
    if not group.stability:
        console.print(t("single_indicator", lang))
    _bullets([stability_sentence(s, lang) for s in group.stability], console)


def _drop_one(group: GroupSensitivity, result: SensitivityResult, console: Console, lang: Lang) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    if not group.drop_one or len(group.candidates) < 2:
        return
    console.print(f"\n[bold]{t('dropone', lang)}[/bold]")
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, caption=t("changed_mark", lang), caption_justify="left")
    table.add_column(t("without", lang))
    table.add_column(t("weight", lang), justify="right", no_wrap=True)
    places = len(group.podium)
    for header in place_headers(group, lang):
        table.add_column(header, max_width=24)
    for d in group.drop_one:
        cells = []
        for p in range(1, places + 1):
            name = d.podium[p - 1] if p <= len(d.podium) else "–"
            cells.append(Text(f"{name} *", style="bold yellow") if p in d.changed_places else Text(name))
        table.add_row(Text(d.indicator), pct(result.indicators[d.indicator], lang), *cells)
    console.print(table)
    _bullets(place_sentences(group, lang), console)


def _bullets(lines: list[str], console: Console) -> None:
    """Bulleted sentences with a hanging indent when they wrap."""
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for line in lines:
        grid.add_row("  •", Text(line))
    console.print(grid)


class DelayedProgress:
    """A progress bar on stderr that appears only when the work takes more than a moment
    (``DELAY`` seconds) and stderr is a terminal; it disappears when done.

    ``update(done, total)`` is the ``progress`` callback of ``paritrana.sensitivity``."""

    DELAY = 0.5

    def __init__(self) -> None:
        import time

        self._start = time.monotonic()
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> DelayedProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def update(self, done: int, total: int) -> None:
        import sys
        import time

        if self._progress is None:
            if done >= total or time.monotonic() - self._start < self.DELAY or not sys.stderr.isatty():
                return
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

            self._progress = Progress(TextColumn("simulasi / runs"), BarColumn(), TaskProgressColumn(),
                                      TimeRemainingColumn(), console=Console(stderr=True), transient=True)
            self._progress.start()
            self._task = self._progress.add_task("", total=total)
        assert self._task is not None
        self._progress.update(self._task, completed=done)
