"""The bar chart of scores that both reports draw beside or under the Ranking table: one bar per
candidate, rank 1 on top, the podium in its colours, each bar labelled with its score."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from paritrana.report.xlsx.podium import bar_points

CHART_BAR_PX = 22  # height of one bar
CHART_CHROME_PX = 70  # a chart's title, axis and margins
ROW_PX = 20  # height of a sheet row, to place what follows a chart


@dataclass(frozen=True)
class ScoreSeries:
    """Where the chart's names and scores are: rows ``first``–``last`` of ``sheet``, and the
    ranks of those rows (for the podium colours). ``names``/``scores`` are the cached values
    for cells that xlsxwriter did not write itself (the large report's spliced bodies)."""

    sheet: str
    first: int
    last: int
    col_name: int
    col_score: int
    ranks: list[int]
    names: list[str] | None = None
    scores: list[float] | None = None


def score_chart(workbook: Any, series: ScoreSeries, name: str, title: str, scores: list[float] | None = None) -> Any:
    """An xlsxwriter bar chart of ``series`` (the caller sizes and inserts it); its axis runs
    0–100 when ``scores`` (the series' values) lie within it, as scores on 0–100 do."""
    chart = workbook.add_chart({"type": "bar"})
    spec: dict[str, Any] = {
        "name": name,
        "categories": [series.sheet, series.first, series.col_name, series.last, series.col_name],
        "values": [series.sheet, series.first, series.col_score, series.last, series.col_score],
    }
    if series.names is not None:
        spec["categories_data"] = series.names
        spec["values_data"] = series.scores
    spec.update({
        "points": bar_points(series.ranks),
        "data_labels": {"value": True, "num_format": "0.00", "font": {"size": 8}},
        "gap": 60,
    })
    chart.add_series(spec)
    chart.set_title({"name": title, "name_font": {"size": 11, "bold": True}})
    chart.set_legend({"none": True})
    chart.set_y_axis({"reverse": True, "num_font": {"size": 8}})
    axis: dict[str, Any] = {"min": 0, "num_format": "0", "num_font": {"size": 8},
                            "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}}}
    values = scores if scores is not None else series.scores
    if values and all(0 <= v <= 100 for v in values if v is not None):
        axis.update({"max": 100, "major_unit": 10})
    chart.set_x_axis(axis)
    return chart


def chart_height(bars: int, bar_px: int = CHART_BAR_PX) -> int:
    """Pixels for a chart of ``bars`` bars (at least a readable minimum)."""
    return max(220, CHART_CHROME_PX + bar_px * bars)


def rows_below(height: int) -> int:
    """Sheet rows a chart ``height`` pixels high covers, plus a gap."""
    return height // ROW_PX + 2
