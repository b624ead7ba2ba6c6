"""Measure paritrana end to end, with the floors beside it, and write benchmarks/RESULTS.md.

    python benchmarks/run.py            # all sizes, 3 runs each (about 20 minutes)
    python benchmarks/run.py --quick    # small sizes, 1 run each (a smoke run of every row)

Every figure is a whole process (`paritrana ...` as a user runs it): wall time (median of
the runs), CPU time (user + system, median: less moved by other work on a shared machine)
and peak resident memory (GNU time's %M). The package is byte-compiled first, as an
installed one is (``PYTHONDONTWRITEBYTECODE`` would otherwise make every start compile it).
The floors are measured in the same run, on the same workbooks: python-calamine reading
every sheet to Python lists, pandas reading them (engine="calamine"), fastexcel reading them
to Arrow, and, in one process, numpy's
normalisation + weighted sum + argsort beside paritrana's scoring core (``floors.py``). The
ratios in RESULTS.md are paritrana ÷ floor, so a busy machine moves both sides alike.
Workbooks are generated once into benchmarks/.cache/ (git-ignored) by benchmarks/generate.py:
``panel-N-F.xlsx`` holds N employers in 2023 and 2024, F % of them flagged (coverage moving
more than 25 points: one warning each).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".cache"
sys.path.insert(0, str(HERE))

import generate  # noqa: E402


@dataclass
class Measure:
    what: str
    seconds: float
    peak_mib: float
    target: str = ""
    ok: bool | None = None
    cpu: float | None = None

    @property
    def row(self) -> str:
        verdict = "" if self.ok is None else (" ✔" if self.ok else " ✘")
        cpu = "" if self.cpu is None else f"{self.cpu:.2f} s"
        peak = f"{self.peak_mib:,.0f} MiB" if self.peak_mib else ""
        return f"| {self.what} | {self.seconds:.2f} s | {cpu} | {peak} | {self.target}{verdict} |"


@dataclass
class Ratio:
    what: str
    value: float
    target: float | None = None

    @property
    def row(self) -> str:
        if self.target is None:
            return f"| {self.what} | {self.value:.2f}× | |"
        verdict = "✔" if self.value <= self.target else "✘"
        return f"| {self.what} | {self.value:.2f}× | ≤ {self.target:g}× {verdict} |"


def paritrana_exe() -> str:
    exe = Path(sys.executable).with_name("paritrana")
    return str(exe) if exe.exists() else shutil.which("paritrana") or "paritrana"


def timed(args: list[str], runs: int) -> tuple[float, float, float | None]:
    """Median wall seconds, the largest peak RSS (MiB) and the median CPU seconds (user +
    system, None without GNU time) over ``runs`` runs."""
    gnu_time = "/usr/bin/time" if Path("/usr/bin/time").exists() else shutil.which("time") or ""
    walls, peaks, cpus = [], [], []
    for _ in range(runs):
        cmd = [gnu_time, "-f", "%U %S %M", *args] if gnu_time else args
        start = time.perf_counter()
        # stdout goes to /dev/null as a user's redirect would: piping 500 MB of JSON back into
        # this process would time the harness, not paritrana.
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=CACHE)
        walls.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"failed: {' '.join(args)}\n{done.stderr[-2000:]}")
        last = done.stderr.strip().splitlines()[-1].split() if done.stderr.strip() else []
        if len(last) == 3 and last[2].isdigit():
            cpus.append(float(last[0]) + float(last[1]))
            peaks.append(int(last[2]) / 1024)
    return statistics.median(walls), max(peaks, default=0.0), statistics.median(cpus) if cpus else None


def workbook(name: str, make) -> Path:  # type: ignore[no-untyped-def]
    path = CACHE / name
    if not path.exists():
        print(f"generating {name} ...", flush=True)
        make(path)
    return path


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (f"{os.cpu_count()} vCPU ({cpu}){mem}, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes, one run each")
    parser.add_argument("--runs", type=int, default=None, help="runs per measurement (default 3; quick 1)")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    runs = args.runs or (1 if args.quick else 3)
    CACHE.mkdir(exist_ok=True)
    exe = paritrana_exe()
    py = sys.executable
    floors_py = str(HERE / "floors.py")
    results: list[Measure] = []
    floors: list[Measure] = []
    ratios: list[Ratio] = []
    load_before = _load_average()

    def measure(what: str, cmd: list[str], target: str = "", n: int = runs, seconds: float | None = None,
                mib: float | None = None, into: list[Measure] | None = None) -> Measure:
        wall, peak, cpu = timed(cmd, n)
        ok = None
        if seconds is not None or mib is not None:
            ok = (seconds is None or wall <= seconds) and (mib is None or peak <= mib)
        m = Measure(what, wall, peak, target, ok, cpu)
        print(m.row, flush=True)
        (results if into is None else into).append(m)
        return m

    def floor(what: str, kind: str, path: Path) -> Measure:
        return measure(f"{what}: {FLOOR_NAMES[kind]}", [py, floors_py, kind, str(path)], into=floors)

    def ratio(what: str, value: float, target: float | None = None) -> None:
        r = Ratio(what, value, target)
        print(r.row, flush=True)
        ratios.append(r)

    subprocess.run([py, "-m", "compileall", "-q", str(ROOT / "paritrana")], check=True, capture_output=True)
    measure("start-up floor: `python -c pass`", [py, "-c", "pass"], n=max(runs, 5), into=floors)
    measure("`paritrana --help`", [exe, "--help"], "≤ 0.35 s", max(runs, 5), seconds=0.35)
    measure("`paritrana --version`", [exe, "--version"], "≤ 0.35 s", max(runs, 5), seconds=0.35)
    measure("`paritrana criteria show`", [exe, "criteria", "show"], "≤ 0.35 s", max(runs, 5), seconds=0.35)
    sample = ROOT / "sample_data" / "kalbar-2025.xlsx"
    start = measure("`rank` sample (14) → terminal", [exe, "rank", str(sample)], "≤ 0.5 s", max(runs, 10),
                    seconds=0.5)
    pandas_start = measure("start-up floor: `python -c 'import pandas'`", [py, "-c", "import pandas"],
                           n=max(runs, 10), into=floors)
    ratio("`rank` sample → terminal ÷ `import pandas` (wall)", start.seconds / pandas_start.seconds)
    if start.cpu and pandas_start.cpu:
        ratio("`rank` sample → terminal ÷ `import pandas` (CPU)", start.cpu / pandas_start.cpu)
    measure("start-up floor: `python -c 'import numpy'`", [py, "-c", "import numpy"], n=max(runs, 5), into=floors)

    for n in [14, 514]:
        path = workbook(f"kabkota-{n}.xlsx", lambda p, n=n: generate.kabkota(p, n))
        measure(f"`rank` {n:,} regions → terminal", [exe, "rank", str(path)])
        measure(f"`rank` {n:,} regions → JSON", [exe, "rank", str(path), "-f", "json"])
        measure(f"`validate` {n:,} regions", [exe, "validate", str(path)])
        measure(f"xlsx report {n:,} regions", [exe, "rank", str(path), "-o", f"report-{n}.xlsx", "--force"])

    panel = generate.panel_criteria(CACHE / "panel.yaml")
    small, large = (2_000, 25_000) if args.quick else (100_000, 725_000)  # 25,000: the large report
    shares = ((0, "none"), (30, "30 %"), (100, "all"))

    def panel_book(n: int, share: int) -> Path:
        return workbook(f"panel-{n}-{share}.xlsx", lambda p: generate.panel(p, n, share / 100))

    # rank n → JSON against just reading the same workbook, with none, 30 % and all rows flagged
    for share, label in shares:
        path = panel_book(small, share)
        pandas_floor = floor(f"{small:,} employers × 2 years, {label} flagged", "pandas", path)
        ours = measure(f"`rank` {small:,} employers × 2 years, {label} flagged → JSON",
                       [exe, "rank", str(path), "-c", str(panel), "-f", "json"])
        ratio(f"`rank` {small:,} ({label} flagged) → JSON ÷ pandas+calamine read", ours.seconds / pandas_floor.seconds,
              1.3)
    path = panel_book(small, 30)
    for kind in ("calamine", "fastexcel"):
        floor(f"{small:,} employers × 2 years, 30 % flagged", kind, path)

    ranked = {}
    for share, label in shares:
        path = panel_book(large, share)
        ranked[share] = measure(f"`rank` {large:,} employers × 2 years, {label} flagged → JSON",
                                [exe, "rank", str(path), "-c", str(panel), "-f", "json"], "≤ 10 s, ≤ 700 MiB",
                                seconds=10, mib=700)
    path = panel_book(large, 30)
    fast = floor(f"{large:,} employers × 2 years", "fastexcel", path)
    floor(f"{large:,} employers × 2 years", "fastexcel-threads", path)  # the reader's own time / memory trade
    bare = floor(f"{large:,} employers × 2 years", "calamine", path)
    read = floor(f"{large:,} employers × 2 years", "pandas", path)
    ratio(f"`rank` {large:,} (30 % flagged) → JSON ÷ fastexcel read", ranked[30].seconds / fast.seconds)
    ratio(f"`rank` {large:,} (30 % flagged) → JSON ÷ pandas+calamine read", ranked[30].seconds / read.seconds)
    big = measure(f"`validate` {large:,} employers × 2 years, 30 % flagged",
                  [exe, "validate", str(path), "-c", str(panel), "-f", "json"], "≤ 10 s", seconds=10)
    ratio(f"`validate` {large:,} ÷ fastexcel read", big.seconds / fast.seconds)
    ratio(f"`validate` {large:,} ÷ python-calamine read", big.seconds / bare.seconds)
    ratio(f"`validate` {large:,} ÷ pandas+calamine read", big.seconds / read.seconds)
    measure(f"xlsx report {large:,} employers × 2 years, 30 % flagged",
            [exe, "rank", str(path), "-c", str(panel), "-o", f"report-panel-{large}.xlsx", "--force", "--top", "1"],
            "≤ 30 s, ≤ 1 GB", seconds=30, mib=1024)
    core_runs = 3 if args.quick else 5
    done = subprocess.run([py, floors_py, "core", str(path), str(panel), str(core_runs)], capture_output=True,
                          text=True, cwd=CACHE)
    if done.returncode != 0:
        raise SystemExit(f"failed: floors.py core\n{done.stderr[-2000:]}")
    core = json.loads(done.stdout.strip().splitlines()[-1])
    floors.append(Measure(f"{large:,} candidates: numpy normalisation + weighted sum + argsort (in process)",
                          core["numpy"], 0))
    results.append(Measure(f"score + rank + result, {large:,} candidates (in process)", core["core"], 0))
    print(f"core {core}", flush=True)
    ratio(f"score + rank + result {large:,} ÷ numpy", core["core"] / core["numpy"], 4)

    criteria = generate.employer_criteria(CACHE / "employers.yaml")
    for n in ([] if args.quick else [100_000, 725_000]):
        path = workbook(f"employers-{n}.xlsx", lambda p, n=n: generate.employers(p, n))
        measure(f"`rank` {n:,} employers (1 year) → JSON", [exe, "rank", str(path), "-c", str(criteria), "-f", "json"])
        measure(f"`validate` {n:,} employers (1 year)", [exe, "validate", str(path), "-c", str(criteria)])
        measure(f"xlsx report {n:,} employers (1 year)",
                [exe, "rank", str(path), "-c", str(criteria), "-o", f"report-{n}.xlsx", "--force", "--top", "1"])

    sens = workbook("sensitivity-514.xlsx", lambda p: generate.kabkota_wide(p, 514, 10))
    sens_criteria = generate.wide_criteria(CACHE / "wide-10.yaml", 10)
    measure("`sensitivity` 10,000 runs × 514 × 10", [exe, "sensitivity", str(sens), "-c", str(sens_criteria),
                                                        "--runs", "10000", "--seed", "1", "-f", "json"], "≤ 1.0 s",
            seconds=1.0)
    write(args.output, results, floors, ratios, runs, load_before, _load_average())


FLOOR_NAMES = {"calamine": "python-calamine, every sheet to Python lists",
               "pandas": "pandas.read_excel(engine=\"calamine\"), every sheet",
               "fastexcel": "fastexcel, every sheet to Arrow",
               "fastexcel-threads": "fastexcel, every sheet to Arrow at once (a thread each)"}


def _load_average() -> str:
    try:
        return " / ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                               text=True, cwd=ROOT).stdout.strip()
        return head + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def write(path: Path, results: list[Measure], floors: list[Measure], ratios: list[Ratio], runs: int,
          load_before: str, load_after: str) -> None:
    lines = [
        "# Benchmarks",
        "",
        f"Measured with `python benchmarks/run.py` on {time.strftime('%Y-%m-%d %H:%M')}, commit {commit()}: "
        f"{machine()}.",
        f"Load average (1/5/15 min) before the run: {load_before}; after: {load_after}.",
        f"Whole processes as a user runs them; wall and CPU time (user + system) are the medians of {runs} "
        "run(s) (5 for the start-up rows, 10 for the sample); memory is the peak resident set (GNU time %M). "
        "The floors below are measured in the same run on the same workbooks, and the ratios divide by them.",
        "",
        "## paritrana",
        "",
        "| what | wall time | CPU time | peak memory | target |",
        "|---|---:|---:|---:|---|",
        *[m.row for m in results],
        "",
        "## Floors: just reading the workbook, or just the arithmetic",
        "",
        "| what | wall time | CPU time | peak memory | |",
        "|---|---:|---:|---:|---|",
        *[m.row for m in floors],
        "",
        "## Ratios",
        "",
        "| what | ratio | target |",
        "|---|---:|---|",
        *[r.row for r in ratios],
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
