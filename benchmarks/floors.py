"""The floors the benchmarks compare paritrana with: just reading the same workbook.

    python benchmarks/floors.py calamine WORKBOOK   # python-calamine: every sheet to Python lists
    python benchmarks/floors.py pandas WORKBOOK     # pandas.read_excel(engine="calamine"), every sheet
    python benchmarks/floors.py fastexcel WORKBOOK  # fastexcel: every sheet to Arrow columns
    python benchmarks/floors.py fastexcel-threads WORKBOOK  # the same, every sheet at once (one thread each)
    python benchmarks/floors.py core WORKBOOK CRITERIA [RUNS]
        # in one process: paritrana's score + rank + result, and numpy's weighted sum + argsort on
        # the same normalised matrix; prints both medians (seconds) as JSON

Each reader floor is run as a whole process by ``run.py`` (start-up included, as for paritrana).
"""

from __future__ import annotations

import json
import statistics
import sys
import time


def calamine(path: str) -> None:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(path)
    cells = 0
    for name in book.sheet_names:
        rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        cells += sum(len(r) for r in rows)
    print(cells)


def pandas(path: str) -> None:
    import pandas as pd

    frames = pd.read_excel(path, sheet_name=None, engine="calamine")
    print(sum(f.size for f in frames.values()))


def fastexcel(path: str) -> None:
    import fastexcel as fx

    reader = fx.read_excel(path)
    rows = 0
    for name in reader.sheet_names:
        sheet = reader.load_sheet(name)
        sheet.__arrow_c_array__()  # the columns as Arrow, as a reader hands them over
        rows += sheet.height
    print(rows)


def fastexcel_threads(path: str) -> None:
    """Every sheet read at once, one thread each: fastexcel lets go of the interpreter while it
    reads, so two sheets take about the time of one — holding both sheets' cells at once."""
    import threading

    import fastexcel as fx

    names = fx.read_excel(path).sheet_names
    heights: list[int] = []

    def read(name: str) -> None:
        sheet = fx.read_excel(path).load_sheet(name)
        sheet.__arrow_c_array__()
        heights.append(sheet.height)

    threads = [threading.Thread(target=read, args=(name,)) for name in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(sum(heights))


def core(path: str, criteria: str, runs: int = 5) -> None:
    """paritrana's scoring core (eligibility, derived values, normalisation by group, weighted
    sum, ranking with tiebreaks, the result's columns) against the same normalisation, weighted
    sum and argsort written plainly in numpy, back to back on the same rows."""
    import numpy as np

    from paritrana.api import prepare
    from paritrana.core.evaluate import environments, raw_values
    from paritrana.core.rank import rank_scored
    from paritrana.core.result import build_result
    from paritrana.core.score import score_period

    prepared = prepare(path, criteria=criteria)
    period, loaded = prepared.period, prepared.criteria
    assert period is not None, "the workbook has errors"
    c = loaded.criteria
    warnings = prepared.warnings
    current, previous = environments(period, c)
    raw = {k: np.nan_to_num(v) for k, v in raw_values(current, previous, c).items()}
    groups = period.current["_group"].to_numpy(dtype=object) if c.group_by else np.zeros(len(period.current))
    ours, floor = [], []
    scored = None
    for _ in range(runs):
        start = time.perf_counter()
        scored = score_period(period, c)
        placings = rank_scored(scored, c)
        build_result(period, scored, loaded, warnings, placings)
        ours.append(time.perf_counter() - start)
        object.__setattr__(scored, "_placings", None)
        start = time.perf_counter()
        _numpy_ranking(raw, groups, c)
        floor.append(time.perf_counter() - start)
    assert scored is not None
    print(json.dumps({"core": statistics.median(ours), "numpy": statistics.median(floor),
                      "candidates": len(scored.names)}))


def _numpy_ranking(raw: dict, groups: object, c: object) -> object:  # type: ignore[type-arg]
    """Normalise each indicator within each group (minmax, target, rank), weight, sum, sort."""
    import numpy as np

    n = len(next(iter(raw.values())))
    total = np.zeros(n)
    codes = np.unique(groups, return_inverse=True)[1] if groups.dtype == object else np.zeros(n, int)  # type: ignore[attr-defined]
    for iid, ind in c.all_indicators.items():  # type: ignore[attr-defined]
        x = raw[iid]
        out = np.empty(n)
        for g in np.unique(codes):
            members = codes == g
            v = x[members]
            method = ind.normalize.method.value
            if method == "target":
                low, high = ind.normalize.min, ind.normalize.max
                norm = np.clip(100 * (v - low) / (high - low), 0, 100)
            elif method == "rank":
                order = np.argsort(v, kind="stable")
                ranks = np.empty(len(v))
                ranks[order] = np.arange(1, len(v) + 1)
                norm = 100 * (ranks - 1) / max(len(v) - 1, 1)
            else:
                span = v.max() - v.min()
                norm = 100 * (v - v.min()) / span if span else np.full(len(v), 100.0)
            out[members] = 100 - norm if ind.better.value == "lower" and method != "rank" else norm
        total += c.global_weights[iid] * out  # type: ignore[attr-defined]
    return np.lexsort((-total, codes))


if __name__ == "__main__":
    kind, *rest = sys.argv[1:]
    if kind == "core":
        core(rest[0], rest[1], int(rest[2]) if len(rest) > 2 else 5)
    else:
        {"calamine": calamine, "pandas": pandas, "fastexcel": fastexcel,
         "fastexcel-threads": fastexcel_threads}[kind](rest[0])
