"""Reading a criteria file: the weight tree (``criteria show``) and a strict check with
warnings (``criteria check``).

Light on purpose: pydantic, the expression parser and (inside the renderer) rich — never
pandas, numpy or openpyxl, so ``criteria show`` starts fast.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import FILE_GROUP, Aggregation, Criteria, LoadedCriteria, Missing, Normalize
from paritrana.core.methods import Better, Method
from paritrana.core.problems import problem_at
from paritrana.core.yaml_source import load_yaml
from paritrana.errors import CriteriaError, Location
from paritrana.i18n import fmt_number, label
from paritrana.i18n.lang import Lang
from paritrana.i18n.messages import criteria as m
from paritrana.i18n.text import Message
from paritrana.i18n.text import Text as TextT
from paritrana.io.atomic import check_output_path, write_text_atomic
from paritrana.io.criteria_file import (
    DEFAULT_CRITERIA_NAME,
    Packaged,
    load_criteria,
    packaged_criteria,
    packaged_named,
    shown_name,
)

if TYPE_CHECKING:
    from rich.console import Console

DOMINANT_SHARE = 0.5  # an indicator above this global weight decides most of the score


@dataclass(frozen=True)
class IndicatorView:
    id: str
    label: str
    share: float  # within its aspect, 0–1
    global_weight: float  # of the total score, 0–1
    value: str
    normalize: Normalize
    better: Better
    missing: Missing
    unit: str | None


@dataclass(frozen=True)
class AspectView:
    id: str
    label: str
    share: float  # of the total score, 0–1
    indicators: list[IndicatorView]


def weight_tree(criteria: Criteria, lang: Lang | None = None) -> list[AspectView]:
    """Aspects → indicators with relative and effective (global) weights, labelled in
    ``lang`` (None: the criteria's language)."""
    out = []
    for aid, aspect in criteria.tree.items():
        indicators = [
            IndicatorView(iid, criteria.label(iid, lang), criteria.local_weights[iid], criteria.global_weights[iid],
                          ind.value, ind.normalize, ind.better, ind.missing, criteria.unit(iid, lang))
            for iid, ind in aspect.indicators.items()
        ]
        out.append(AspectView(aid, criteria.aspect_label(aid, lang), criteria.aspect_shares[aid], indicators))
    return out


def percent(share: float, lang: Lang, decimals: int | None = None) -> str:
    """0.4 → "40%"; 0.3333 → "33,33%"; with ``decimals`` at least that many ("40,0%").

    Up to two decimals, as many as the share needs, so that a weight worked out by hand
    reads as it is: 0.75 × 0.75 → "56,25%", not "56,2%" (one decimal rounds it half to
    even, and the shares no longer match the JSON ``weight``)."""
    value = round(100 * share, 2)
    least = 0 if decimals is None else decimals
    for places in range(least, 3):
        if abs(value - round(value, places)) < 1e-9:
            return f"{fmt_number(value, places, lang)}%"
    return f"{fmt_number(value, 2, lang)}%"


def describe_method(normalize: Normalize, lang: Lang) -> str:
    """``minmax``, ``target 0–100``, ``minmax, range 1–100``."""
    text = normalize.method.value
    if normalize.method is Method.TARGET and normalize.min is not None and normalize.max is not None:
        text += f" {_num(normalize.min, lang)}–{_num(normalize.max, lang)}"
    if normalize.range is not None:
        lo, hi = normalize.range
        text += f", {label('c_range', lang)} {_num(lo, lang)}–{_num(hi, lang)}"
    return text


def _num(value: float, lang: Lang) -> str:
    return fmt_number(value, 0 if float(value).is_integer() else 2, lang)


# ---- show ---------------------------------------------------------------------------------


def render_criteria(loaded: LoadedCriteria, console: Console, lang: Lang) -> None:
    """The weight tree and everything else that decides a ranking, readable at 80 columns."""
    from rich.text import Text
    from rich.tree import Tree

    c = loaded.criteria
    console.print(Text(c.title_in(lang), style="bold"))
    for line in _source_lines(loaded, lang):
        console.print(Text(line, style="dim"))
    console.print()
    root = Tree(Text(label("c_tree", lang), style="bold"), guide_style="dim")
    for aspect in weight_tree(c, lang):
        if c.flat:
            parent = root
        else:
            head = Text(f"{aspect.id} {percent(aspect.share, lang)}", style="bold")
            if aspect.label != aspect.id:
                head.append(f" — {aspect.label}", style="")
            parent = root.add(head)
        for ind in aspect.indicators:
            parent.add(_indicator_text(ind, c, lang))
    console.print(root)
    console.print()
    for line in _facts(c, lang):
        console.print(line)


def _source_lines(loaded: LoadedCriteria, lang: Lang) -> list[str]:
    """The file, who is ranked (and within which groups), and how scores are combined."""
    c = loaded.criteria
    who = f"{label('c_entity', lang)}: {c.entity}"
    if c.group_by:
        who += f" · {label('c_group_by', lang)}: {c.group_by}"
    aggregation = "c_arithmetic" if c.aggregation is Aggregation.ARITHMETIC else "c_geometric"
    return [source_name(loaded, short=True).render(lang), who,
            f"{label('c_aggregation', lang)}: {label(aggregation, lang)}"]


def source_name(loaded: LoadedCriteria, short: bool = False) -> Message:
    """The criteria file as the user named it (``short``: its name alone), or
    ``paritrana-kabkota.yaml (bawaan)`` for a packaged file."""
    return shown_name(loaded.path, short=short)


def _indicator_text(ind: IndicatorView, c: Criteria, lang: Lang) -> Any:
    from rich.text import Text

    text = Text()
    share = "" if c.flat else f"{percent(ind.share, lang)} "
    text.append(f"{ind.id} {share}", style="bold")
    text.append(f"({label('c_global', lang)} {percent(ind.global_weight, lang, 1)})", style="cyan")
    if ind.label != ind.id:
        text.append(f" — {ind.label}")
    direction = label("c_higher" if ind.better is Better.HIGHER else "c_lower", lang)
    missing = label(f"c_missing_{ind.missing.value}", lang)
    unit = f" [{ind.unit}]" if ind.unit else ""
    text.append(f"\n{label('c_value', lang)}: {ind.value}{unit}", style="")
    text.append(f"\n{describe_method(ind.normalize, lang)} · {direction} · {label('c_missing', lang)}: {missing}",
                style="dim")
    return text


def _facts(c: Criteria, lang: Lang) -> list[Any]:
    from rich.table import Table
    from rich.text import Text

    none = label("c_none", lang)

    def grid(rows: list[tuple[str, str]]) -> Table:
        table = Table.grid(padding=(0, 1))
        table.add_column(no_wrap=True)
        table.add_column(overflow="fold")
        for key, value in rows:
            table.add_row(Text(f"  {key}"), Text(value))
        return table

    lines: list[Any] = []
    if c.derived:
        lines.append(Text(label("c_derived", lang), style="bold"))
        lines.append(grid([(name, f"= {text}") for name, text in c.derived.items()]))
    lines.append(Text(label("c_eligibility", lang), style="bold"))
    lines.append(grid([("•", rule) for rule in c.eligibility] or [("", none)]))
    lines.append(Text(f"{label('c_tiebreak', lang)}: ", style="bold").append(" → ".join(c.tiebreak) or none,
                                                                              style=""))
    if c.max_change:
        changes = ", ".join(_change(c, name, limit, lang) for name, limit in c.max_change.items())
        lines.append(Text(f"{label('c_max_change', lang)}: ", style="bold").append(changes, style=""))
    lines.append(Text(label("c_columns", lang), style="bold"))
    names = [c.entity, *([c.group_by] if c.group_by and c.group_by != FILE_GROUP else []), *c.input_columns]
    lines.append(grid([(name, ", ".join(f'"{h}"' for h in c.headers_for(name))) for name in names]))
    return lines


def _change(c: Criteria, name: str, limit: float, lang: Lang) -> str:
    """``cakupan ±25 poin persentase``: a change of a percentage is in percentage points;
    otherwise in the unit of the indicator or column of that name, when it has one."""
    unit = c.unit(name, lang) if name in c.all_indicators else c.column_unit(name, lang)
    if unit is not None and unit.strip() == "%":
        return m.CHANGE_POINTS(name=name, limit=limit).render(lang)
    if unit:
        return m.CHANGE_UNIT(name=name, limit=limit, unit=unit).render(lang)
    return m.CHANGE_BARE(name=name, limit=limit).render(lang)


# ---- check ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckReport:
    criteria: LoadedCriteria
    warnings: list[Message]

    def summary(self) -> Message:
        """``OK: k.yaml (1 aspek, 3 indikator; 2 peringatan)``."""
        c = self.criteria.criteria
        counts = {"file": source_name(self.criteria), "aspects": _count(len(c.tree), m.ASPECTS_ONE, m.ASPECTS),
                  "indicators": _count(len(c.all_indicators), m.INDICATORS_ONE, m.INDICATORS)}
        if not self.warnings:
            return m.CHECK_OK(**counts)
        return m.CHECK_OK_WARNINGS(**counts, warnings=_count(len(self.warnings), m.WARNINGS_ONE, m.WARNINGS))


def _count(n: int, one: TextT, many: TextT) -> Message:
    """``n`` things: the two texts differ in English only (Indonesian nouns do not change)."""
    return (one if n == 1 else many)(n=n)


def check_criteria(path: str | Path | None) -> CheckReport:
    """Load strictly (one ``CriteriaError`` listing every problem, each with its YAML line),
    else return the warnings a careful reviewer would raise."""
    loaded = load_criteria(path)
    return CheckReport(loaded, lint(loaded))


def lint(loaded: LoadedCriteria) -> list[Message]:
    """Warnings about a criteria file that loads: likely typos and traps, with YAML lines."""
    c = loaded.criteria
    doc = load_yaml(loaded.text, file=loaded.path)
    warnings: list[Message] = []

    def warn(path: tuple[Any, ...], message: Message) -> None:
        line = doc.lines.get(path) if path else None  # a key the file does not write has no place to cite
        warnings.append(problem_at(path if line else (), message, line))

    read = _names_read(c)
    if not c.declares_columns:  # with columns: declared, an undeclared name is an error
        derived = sorted(c.derived)
        for name in sorted(read - set(c.derived)):
            close = difflib.get_close_matches(name, derived, n=1, cutoff=0.75)
            message = m.UNDECLARED_NAME_CLOSE(name=name, close=close[0]) if close else m.UNDECLARED_NAME(name=name)
            warn(_first_reader(c, name, doc.lines), message)
    for key, column in (("entity", c.entity), ("group_by", c.group_by)):
        if column and column not in c.columns and not (key == "group_by" and column == FILE_GROUP):
            warn((key,), m.COLUMN_NOT_DECLARED(name=column))
    special = {c.entity, c.group_by, "tahun"}
    for name in c.columns:
        if name not in read and name not in special:
            warn(("columns", name), m.COLUMN_UNUSED(name=name))
    used_derived = read | set(c.max_change)
    for name in c.derived:
        if name not in used_derived:
            warn(("derived", name), m.DERIVED_UNUSED(name=name))
    if len(c.all_indicators) > 1:
        for iid, share in c.global_weights.items():
            if share > DOMINANT_SHARE:
                warn(_indicator_path(c, iid), m.DOMINANT(iid=iid, percent=100 * share))
    if c.aggregation is Aggregation.GEOMETRIC:
        for iid, ind in c.all_indicators.items():
            if _can_score_zero(ind.normalize):
                warn(_indicator_path(c, iid), m.GEOMETRIC_ZERO(iid=iid, method=ind.normalize.method.value))
    return warnings


def _names_read(c: Criteria) -> set[str]:
    names: set[str] = set()
    for expr in [*c.derived_exprs.values(), *c.eligibility_exprs, *(i.expr for i in c.all_indicators.values())]:
        names |= expr.names()
    return names


def _first_reader(c: Criteria, name: str, lines: dict[Any, int]) -> tuple[Any, ...]:
    """The expression written first in the file that reads ``name`` (its YAML path), so that a
    warning about the name cites a line to look at; () when none can be placed."""
    readers: list[tuple[Any, ...]] = [("derived", d) for d, e in c.derived_exprs.items() if name in e.names()]
    readers += [(*_indicator_path(c, iid), "value") for iid, ind in c.all_indicators.items()
                if name in ind.expr.names()]
    readers += [("eligibility", i) for i, e in enumerate(c.eligibility_exprs) if name in e.names()]
    placed = [path for path in readers if path in lines]
    return min(placed, key=lambda path: lines[path]) if placed else ()


def _indicator_path(c: Criteria, iid: str) -> tuple[str, ...]:
    return ("indicators", iid) if c.flat else ("aspects", c.aspect_of[iid], "indicators", iid)


def _can_score_zero(normalize: Normalize) -> bool:
    if normalize.method in (Method.ZSCORE, Method.NONE):
        return True
    return normalize.output_range[0] <= 0


# ---- list and init ---------------------------------------------------------------------------

INIT_NAME = "paritrana-kabkota.yaml"


@dataclass(frozen=True)
class PackagedView:
    """One packaged criteria file for ``criteria list``: its name, file and title."""

    name: str
    file: str
    title: str
    default: bool


def packaged_views(lang: Lang) -> list[PackagedView]:
    """The packaged criteria, the default first, with their titles in ``lang``."""
    return [PackagedView(p.name, p.file, load_criteria(p.path).criteria.title_in(lang), p.is_default)
            for p in packaged_criteria()]


def render_packaged(console: Console, lang: Lang) -> None:
    """``criteria list``: name, title and file of each packaged criteria file."""
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False, caption=m.LIST_CAPTION().render(lang, cli=True), caption_justify="left")
    table.add_column(label("c_list_name", lang), no_wrap=True)
    table.add_column(label("c_list_title", lang))
    table.add_column(label("c_list_file", lang), no_wrap=True)
    for view in packaged_views(lang):
        file = m.DEFAULT_FILE(name=view.file).render(lang) if view.default else view.file
        table.add_row(Text(view.name, style="bold"), Text(view.title), Text(file))
    console.print(table)


def init_text(name: str | None = None) -> str:
    """The criteria to start from: the default with explanatory comments (Indonesian), or the
    packaged file ``name`` as it is (each has its own comments)."""
    from importlib import resources

    packaged = _packaged_or_error(name)
    if packaged.is_default:
        return resources.files("paritrana").joinpath("data", "criteria-init.yaml").read_text("utf-8")
    return packaged.text()


def _packaged_or_error(name: str | None) -> Packaged:
    found = packaged_named(name or DEFAULT_CRITERIA_NAME)
    if found is None:
        names = [p.name for p in packaged_criteria()]
        raise CriteriaError(m.NOT_PACKAGED(name=name), hint=m.PACKAGED_NAMES(names=names))
    return found


def init_criteria(directory: str | Path = ".", *, force: bool = False, name: str | None = None) -> Path:
    """Write an editable copy of the packaged criteria ``name`` (default: the commented
    default criteria) to ``directory``, under its packaged file name."""
    packaged = _packaged_or_error(name)
    folder = Path(directory)
    if folder.exists() and not folder.is_dir():
        raise CriteriaError(m.INIT_NOT_A_FOLDER(), Location(file=str(folder)),
                            hint=m.INIT_CHOOSE_FOLDER(name=packaged.file))
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / packaged.file
    check_output_path(target, force=force)
    write_text_atomic(target, init_text(packaged.name))
    return target


def init_arguments(first: str | None, second: str | None) -> tuple[str | None, Path]:
    """``criteria init [NAME] [FOLDER]`` → (name, folder). One argument is a folder when it
    exists as one or is no packaged name (a path wins over a name), else a name."""
    if second is not None:
        return first, Path(second)
    if first is None:
        return None, Path(".")
    if Path(first).is_dir() or packaged_named(first) is None:
        return None, Path(first)
    return first, Path(".")
