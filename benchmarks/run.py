"""Measure paritrana end to end and write benchmarks/RESULTS.md.

    python benchmarks/run.py            # all sizes, 3 runs each (several minutes)
    python benchmarks/run.py --quick    # 14 and 514 rows, 1 run each (a smoke run)

Every figure is a whole process (`paritrana ...` as a user runs it): wall time (median of
the runs) and peak resident memory (GNU time's %M). Workbooks are generated once into
benchmarks/.cache/ (git-ignored) by benchmarks/generate.py.
"""

from __future__ import annotations

import argparse
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

    @property
    def row(self) -> str:
        return f"| {self.what} | {self.seconds:.2f} s | {self.peak_mib:,.0f} MiB | {self.target} |"


def paritrana_exe() -> str:
    exe = Path(sys.executable).with_name("paritrana")
    return str(exe) if exe.exists() else shutil.which("paritrana") or "paritrana"


def timed(args: list[str], runs: int) -> tuple[float, float]:
    """Median wall seconds and the largest peak RSS (MiB) over ``runs`` runs."""
    gnu_time = shutil.which("time") or "/usr/bin/time"
    walls, peaks = [], []
    for _ in range(runs):
        cmd = [gnu_time, "-f", "%M", *args] if Path(gnu_time).exists() else args
        start = time.perf_counter()
        # stdout goes to /dev/null as a user's redirect would: piping 500 MB of JSON back into
        # this process would time the harness, not paritrana.
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=CACHE)
        walls.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"failed: {' '.join(args)}\n{done.stderr[-2000:]}")
        last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "0"
        peaks.append(int(last) / 1024 if last.isdigit() else 0.0)
    return statistics.median(walls), max(peaks)


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
    results: list[Measure] = []

    def measure(what: str, cmd: list[str], target: str = "", n: int = runs) -> None:
        seconds, peak = timed(cmd, n)
        m = Measure(what, seconds, peak, target)
        print(m.row, flush=True)
        results.append(m)

    measure("`paritrana --help`", [exe, "--help"], "≤ 0.35 s", max(runs, 5))
    measure("`paritrana --version`", [exe, "--version"], "≤ 0.35 s", max(runs, 5))
    measure("`paritrana criteria show`", [exe, "criteria", "show"], "≤ 0.35 s", max(runs, 5))
    sample = ROOT / "sample_data" / "kalbar-2025.xlsx"
    measure("`rank` sample (14) → terminal", [exe, "rank", str(sample)], "≤ 0.8 s")

    sizes = [14, 514] if args.quick else [14, 514]
    for n in sizes:
        path = workbook(f"kabkota-{n}.xlsx", lambda p, n=n: generate.kabkota(p, n))
        measure(f"`rank` {n:,} regions → terminal", [exe, "rank", str(path)])
        measure(f"`rank` {n:,} regions → JSON", [exe, "rank", str(path), "-f", "json"])
        measure(f"`validate` {n:,} regions", [exe, "validate", str(path)])
        measure(f"xlsx report {n:,} regions", [exe, "rank", str(path), "-o", f"report-{n}.xlsx", "--force"])

    criteria = generate.employer_criteria(CACHE / "employers.yaml")
    employer_sizes = [] if args.quick else [100_000, 725_000]
    for n in employer_sizes:
        path = workbook(f"employers-{n}.xlsx", lambda p, n=n: generate.employers(p, n))
        target = "≤ 25 s, ≤ 2 GB" if n == 725_000 else ""
        measure(f"`rank` {n:,} employers → JSON", [exe, "rank", str(path), "-c", str(criteria), "-f", "json"],
                target)
        measure(f"`validate` {n:,} employers", [exe, "validate", str(path), "-c", str(criteria)])
        target = "≤ 120 s, ≤ 2 GB" if n == 725_000 else ""
        measure(f"xlsx report {n:,} employers",
                [exe, "rank", str(path), "-c", str(criteria), "-o", f"report-{n}.xlsx", "--force", "--top", "1"],
                target)

    sens = workbook("sensitivity-514.xlsx", lambda p: generate.kabkota_wide(p, 514, 10))
    sens_criteria = generate.wide_criteria(CACHE / "wide-10.yaml", 10)
    measure("`sensitivity` 10,000 runs × 514 × 10", [exe, "sensitivity", str(sens), "-c", str(sens_criteria),
                                                        "--runs", "10000", "--seed", "1", "-f", "json"], "≤ 1.0 s")
    write(args.output, results, runs)


def write(path: Path, results: list[Measure], runs: int) -> None:
    lines = [
        "# Benchmarks",
        "",
        f"Measured with `python benchmarks/run.py` on {time.strftime('%Y-%m-%d')}: {machine()}.",
        f"Whole processes as a user runs them; wall time is the median of {runs} run(s) "
        "(5 for the start-up rows); memory is the peak resident set (GNU time %M).",
        "The second vCPU is shared with other work on this machine, so single figures vary by ±10 %.",
        "",
        "| what | wall time | peak memory | target |",
        "|---|---:|---:|---|",
        *[m.row for m in results],
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
