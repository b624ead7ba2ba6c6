"""Reading a criteria file: the weight tree (``criteria show``) and a strict check with
warnings (``criteria check``).

Light on purpose: pydantic, the expression parser and (inside the renderer) rich — never
pandas, numpy or openpyxl, so ``criteria show`` starts fast.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paritrana.core.criteria import Aggregation, Criteria, LoadedCriteria, Missing, Normalize
from paritrana.core.expr import parse_expression
from paritrana.core.methods import Better, Method
from paritrana.core.yaml_source import YamlDocument, load_yaml
from paritrana.errors import CriteriaError, ExpressionError, Location
from paritrana.i18n import fmt_number, label
from paritrana.io.atomic import check_output_path, write_text_atomic
from paritrana.io.criteria_file import load_criteria

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


def weight_tree(criteria: Criteria) -> list[AspectView]:
    """Aspects → indicators with relative and effective (global) weights."""
    out = []
    for aid, aspect in criteria.tree.items():
        indicators = [
            IndicatorView(iid, criteria.label(iid), criteria.local_weights[iid], criteria.global_weights[iid],
                          ind.value, ind.normalize, ind.better, ind.missing, ind.unit)
            for iid, ind in aspect.indicators.items()
        ]
        out.append(AspectView(aid, criteria.aspect_label(aid), criteria.aspect_shares[aid], indicators))
    return out


def percent(share: float, lang: str, decimals: int | None = None) -> str:
    """0.4 → "40 %"; 0.3333 → "33,3 %"; with ``decimals`` always that many ("40,0 %")."""
    value = 100 * share
    if decimals is None:
        decimals = 0 if abs(value - round(value)) < 0.05 else 1
    return f"{fmt_number(value, decimals, lang)} %"


def describe_method(normalize: Normalize, lang: str) -> str:
    """``minmax``, ``target 0–100``, ``minmax, range 1–100``."""
    text = normalize.method.value
    if normalize.method is Method.TARGET and normalize.min is not None and normalize.max is not None:
        text += f" {_num(normalize.min, lang)}–{_num(normalize.max, lang)}"
    if normalize.range is not None:
        lo, hi = normalize.range
        text += f", {label('c_range', lang)} {_num(lo, lang)}–{_num(hi, lang)}"
    return text


def _num(value: float, lang: str) -> str:
    return fmt_number(value, 0 if float(value).is_integer() else 2, lang)


# ---- show ---------------------------------------------------------------------------------


def render_criteria(loaded: LoadedCriteria, console: Console, lang: str) -> None:
    """The weight tree and everything else that decides a ranking, readable at 80 columns."""
    from rich.text import Text
    from rich.tree import Tree

    c = loaded.criteria
    console.print(Text(c.title, style="bold"))
    for line in _source_lines(loaded, lang):
        console.print(Text(line, style="dim"))
    console.print()
    root = Tree(Text(label("c_tree", lang), style="bold"), guide_style="dim")
    for aspect in weight_tree(c):
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


def _source_lines(loaded: LoadedCriteria, lang: str) -> list[str]:
    """The file, who is ranked (and within which groups), and how scores are combined."""
    c = loaded.criteria
    who = f"{label('c_entity', lang)}: {c.entity}"
    if c.group_by:
        who += f" · {label('c_group_by', lang)}: {c.group_by}"
    aggregation = "c_arithmetic" if c.aggregation is Aggregation.ARITHMETIC else "c_geometric"
    return [Path(loaded.path.strip("<>").removeprefix("default: ")).name, who,
            f"{label('c_aggregation', lang)}: {label(aggregation, lang)}"]


def _indicator_text(ind: IndicatorView, c: Criteria, lang: str) -> Any:
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


def _facts(c: Criteria, lang: str) -> list[Any]:
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
        changes = ", ".join(f"{name} ±{_num(limit, lang)}" for name, limit in c.max_change.items())
        lines.append(Text(f"{label('c_max_change', lang)}: ", style="bold").append(changes, style=""))
    lines.append(Text(label("c_columns", lang), style="bold"))
    names = [c.entity, *([c.group_by] if c.group_by else []), *c.input_columns]
    lines.append(grid([(name, ", ".join(f"'{h}'" for h in c.headers_for(name))) for name in names]))
    return lines


# ---- check ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckReport:
    criteria: LoadedCriteria
    warnings: list[str]


def check_criteria(path: str | Path | None) -> CheckReport:
    """Load strictly; raise one ``CriteriaError`` listing every problem (including bad
    expressions and tiebreak names that a structural error would otherwise hide), else
    return the warnings a careful reviewer would raise."""
    try:
        loaded = load_criteria(path)
    except CriteriaError as exc:
        raise _with_hidden_problems(exc, path) from None
    return CheckReport(loaded, lint(loaded))


def _with_hidden_problems(exc: CriteriaError, path: str | Path | None) -> CriteriaError:
    if path is None or exc.location is None or exc.location.line is not None:
        return exc  # unreadable or invalid YAML: nothing more to find
    try:
        doc = load_yaml(Path(path).read_bytes().decode("utf-8-sig"), file=str(path))
    except (CriteriaError, OSError, UnicodeDecodeError):
        return exc
    lines = _problem_lines(str(exc.message))
    extra = [p for p in _raw_problems(doc) if p not in lines]
    if not extra:
        return exc
    every = lines + extra
    return CriteriaError(f"{len(every)} problems:\n  " + "\n  ".join(every), exc.location, exc.hint)


def _problem_lines(message: str) -> list[str]:
    head, _, rest = message.partition("\n")
    if re.fullmatch(r"\d+ problems:", head) and rest:
        return [line.strip() for line in rest.split("\n") if line.strip()]
    return [message]


def _raw_problems(doc: YamlDocument) -> list[str]:
    """Bad expressions and unknown tiebreak names, read from the raw YAML."""
    data = doc.data if isinstance(doc.data, dict) else {}
    problems: list[str] = []
    spots: list[tuple[tuple[Any, ...], Any]] = []
    derived = data.get("derived")
    if isinstance(derived, dict):
        spots += [(("derived", k), v) for k, v in derived.items()]
    indicator_ids: list[str] = []
    for base, indicators in _raw_indicator_maps(data):
        for iid, ind in indicators.items():
            indicator_ids.append(str(iid))
            if isinstance(ind, dict) and "value" in ind:
                spots.append(((*base, iid, "value"), ind["value"]))
    rules = data.get("eligibility")
    if isinstance(rules, list):
        spots += [(("eligibility", i), rule) for i, rule in enumerate(rules)]
    for where, text in spots:
        if not isinstance(text, str):
            continue
        try:
            parse_expression(text)
        except ExpressionError as err:
            problems.append(f"{_where(doc, where)}bad expression '{text}': {err.message}")
    tiebreak = data.get("tiebreak")
    if isinstance(tiebreak, list) and indicator_ids:
        for i, name in enumerate(tiebreak):
            if str(name) not in indicator_ids:
                close = difflib.get_close_matches(str(name), sorted(indicator_ids), n=1)
                hint = f"; did you mean '{close[0]}'?" if close else f" (indicators: {', '.join(sorted(indicator_ids))})"
                problems.append(f"{_where(doc, ('tiebreak', i))}'{name}' is not an indicator{hint}")
    return problems


def _raw_indicator_maps(data: dict[str, Any]) -> list[tuple[tuple[Any, ...], dict[Any, Any]]]:
    out: list[tuple[tuple[Any, ...], dict[Any, Any]]] = []
    if isinstance(data.get("indicators"), dict):
        out.append((("indicators",), data["indicators"]))
    aspects = data.get("aspects")
    if isinstance(aspects, dict):
        for aid, aspect in aspects.items():
            if isinstance(aspect, dict) and isinstance(aspect.get("indicators"), dict):
                out.append((("aspects", aid, "indicators"), aspect["indicators"]))
    return out


def _where(doc: YamlDocument, path: tuple[Any, ...]) -> str:
    line = doc.line_of(path)
    dotted = ".".join(map(str, path))
    return f"{dotted} (line {line}): " if line else f"{dotted}: "


def lint(loaded: LoadedCriteria) -> list[str]:
    """Warnings about a criteria file that loads: likely typos and traps, with YAML lines."""
    c = loaded.criteria
    doc = load_yaml(loaded.text, file=loaded.path)
    warnings: list[str] = []
    read = _names_read(c)
    known = sorted(set(c.columns) | set(c.derived))
    for name in sorted(read - set(c.columns) - set(c.derived)):
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
        hint = f"; did you mean '{close[0]}'?" if close else f"; its header must be exactly '{name}'"
        warnings.append(f"'{name}' is used in an expression but not declared under columns:{hint}")
    for name in (c.entity, c.group_by):
        if name and name not in c.columns:
            warnings.append(f"{_where(doc, ('entity' if name == c.entity else 'group_by',))}column '{name}' is not "
                            f"declared under columns:; its header must be exactly '{name}'")
    special = {c.entity, c.group_by, "tahun"}
    for name in c.columns:
        if name not in read and name not in special:
            warnings.append(f"{_where(doc, ('columns', name))}column '{name}' is not used by any expression")
    used_derived = read | set(c.max_change)
    for name in c.derived:
        if name not in used_derived:
            warnings.append(f"{_where(doc, ('derived', name))}derived value '{name}' is not used")
    if len(c.all_indicators) > 1:
        for iid, share in c.global_weights.items():
            if share > DOMINANT_SHARE:
                warnings.append(f"{_where(doc, _indicator_path(c, iid))}indicator '{iid}' carries "
                                f"{100 * share:.1f} % of the total score; it alone decides most of the ranking")
    if c.aggregation is Aggregation.GEOMETRIC:
        for iid, ind in c.all_indicators.items():
            if _can_score_zero(ind.normalize):
                warnings.append(
                    f"{_where(doc, _indicator_path(c, iid))}geometric aggregation: indicator '{iid}' can score 0 "
                    f"or less ({ind.normalize.method.value}), which stops the ranking; use "
                    "normalize: {method: minmax, range: [1, 100]}")
    return warnings


def _names_read(c: Criteria) -> set[str]:
    names: set[str] = set()
    for expr in [*c.derived_exprs.values(), *c.eligibility_exprs, *(i.expr for i in c.all_indicators.values())]:
        names |= expr.names()
    return names


def _indicator_path(c: Criteria, iid: str) -> tuple[str, ...]:
    return ("indicators", iid) if c.flat else ("aspects", c.aspect_of[iid], "indicators", iid)


def _can_score_zero(normalize: Normalize) -> bool:
    if normalize.method in (Method.ZSCORE, Method.NONE):
        return True
    return normalize.output_range[0] <= 0


# ---- init -----------------------------------------------------------------------------------

INIT_NAME = "paritrana-kabkota.yaml"


def init_text() -> str:
    """The default criteria with explanatory comments (Indonesian), ready to edit."""
    from importlib import resources

    return resources.files("paritrana").joinpath("data", "criteria-init.yaml").read_text("utf-8")


def init_criteria(directory: str | Path = ".", *, force: bool = False) -> Path:
    """Write an editable, commented copy of the default criteria to ``directory``."""

    folder = Path(directory)
    if folder.exists() and not folder.is_dir():
        raise CriteriaError("is a file, not a folder", Location(file=str(folder)),
                            hint="give the folder to write paritrana-kabkota.yaml into")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / INIT_NAME
    check_output_path(target, force=force)
    write_text_atomic(target, init_text())
    return target
