"""Mutation testing of the scoring core: run mutmut, then print the per-module table.

    python benchmarks/mutation.py              # run (resumes a previous run), then the table
    python benchmarks/mutation.py --fresh      # delete mutants/ first: every mutant tested again
    python benchmarks/mutation.py --report     # only the table, from the last run's results
    python benchmarks/mutation.py --equivalents  # the equivalent mutants as Markdown (docs/quality.md)

Which modules are mutated and which test files may kill a mutant: ``[tool.mutmut]`` in
pyproject.toml. mutmut records which of those tests run each function and runs only them
against that function's mutants. The run is niced and uses ``--max-children`` children
(``MUTMUT_CHILDREN``, default 2). Results live in ``mutants/`` (not committed).

Score of a module = killed / (mutants − equivalent). A mutant counts as killed when a test
failed or timed out; "no tests" (no selected test runs the function) and surviving mutants
count against the score. Equivalent mutants (no test can tell them apart from the original)
are listed with the reason in ``benchmarks/mutation_equivalent.txt``; see docs/quality.md.
Exit status 1 when a module scores below 90 % or a listed equivalent is unknown or killed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EQUIVALENT = ROOT / "benchmarks" / "mutation_equivalent.txt"
TARGET = 0.90
KILLED = {1, 3, 36, -24, 24, 152, 255}  # a test failed, pytest crashed, or a timeout


def equivalents() -> dict[str, str]:
    """``mutant name → reason`` from mutation_equivalent.txt (``name  # reason`` per line)."""
    out: dict[str, str] = {}
    if not EQUIVALENT.exists():
        return out
    for line in EQUIVALENT.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _, reason = line.partition("#")
        out[name.strip()] = reason.strip()
    return out


def results() -> dict[str, dict[str, int | None]]:
    """``module path → {mutant name: exit code}`` from mutmut's ``.meta`` files."""
    out: dict[str, dict[str, int | None]] = {}
    for meta in sorted((ROOT / "mutants").rglob("*.py.meta")):
        module = str(meta.relative_to(ROOT / "mutants"))[: -len(".meta")]
        out[module] = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    return out


def table(by_module: dict[str, dict[str, int | None]], equivalent: dict[str, str]) -> tuple[str, list[str]]:
    """The Markdown table and the problems (a module below target, a stale equivalent)."""
    lines = ["| module | mutants | killed | equivalent | survived | no tests | not run | score |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    problems: list[str] = []
    seen: set[str] = set()
    for module, codes in by_module.items():
        count: Counter[str] = Counter()
        for name, code in codes.items():
            if name in equivalent:
                seen.add(name)
                if code in KILLED:
                    problems.append(f"{name} is listed as equivalent but a test kills it")
                count["equivalent"] += 1
            elif code is None:
                count["not run"] += 1
            elif code in KILLED:
                count["killed"] += 1
            elif code in (5, 33):
                count["no tests"] += 1
            else:
                count["survived"] += 1
        judged = len(codes) - count["equivalent"]
        score = count["killed"] / judged if judged else 1.0
        if score < TARGET:
            problems.append(f"{module}: {score:.1%} < {TARGET:.0%}")
        lines.append(f"| `{module}` | {len(codes)} | {count['killed']} | {count['equivalent']} | "
                     f"{count['survived']} | {count['no tests']} | {count['not run']} | {score:.1%} |")
    problems += [f"{name} is listed as equivalent but is not a mutant of this code"
                 for name in equivalent if name not in seen]
    return "\n".join(lines), problems


def equivalents_markdown(equivalent: dict[str, str]) -> str:
    """The equivalent mutants, one list per module, as docs/quality.md shows them."""
    lines: list[str] = []
    module = None
    for name, reason in equivalent.items():
        here = name.split(".x", 1)[0]
        if here != module:
            module = here
            lines += ["", f"`{module.replace('.', '/')}.py`:", ""]
        lines.append(f"- `{name[len(module) + 1:]}`: {reason}")
    return "\n".join(lines).lstrip("\n")


def survivors(by_module: dict[str, dict[str, int | None]], equivalent: dict[str, str]) -> list[str]:
    return [name for codes in by_module.values() for name, code in codes.items()
            if name not in equivalent and code is not None and code not in KILLED]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fresh", action="store_true", help="delete mutants/ first")
    parser.add_argument("--report", action="store_true", help="only print the table of the last run")
    parser.add_argument("--equivalents", action="store_true", help="print the equivalent mutants as Markdown")
    args = parser.parse_args()
    os.chdir(ROOT)
    if args.equivalents:
        print(equivalents_markdown(equivalents()))
        return 0
    if args.fresh and not args.report:
        shutil.rmtree(ROOT / "mutants", ignore_errors=True)
    if not args.report:
        mutmut = Path(sys.executable).with_name("mutmut")
        if not mutmut.exists():
            print("mutmut is not installed: pip install -e '.[mutation]'", file=sys.stderr)
            return 1
        children = os.environ.get("MUTMUT_CHILDREN", "2")
        subprocess.run(["nice", "-n", "10", str(mutmut), "run", "--max-children", children], check=False)
    by_module = results()
    if not by_module:
        print("no results: run without --report first", file=sys.stderr)
        return 1
    equivalent = equivalents()
    text, problems = table(by_module, equivalent)
    print(text)
    left = survivors(by_module, equivalent)
    if left:
        print(f"\nsurvivors not listed as equivalent ({len(left)}):")
        print("\n".join(f"  {name}" for name in left))
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
