"""paritrana — score and rank the candidates of the Paritrana Award.

Library use (docs/api.md has a notebook-style tour)::

    import paritrana
    result = paritrana.run("2025.xlsx")            # default criteria
    print(result.results[0].id, result.results[0].score)
    print(result.to_frame().head())

Every name in ``__all__`` is documented in docs/api.md. The names are loaded on first use, so
``import paritrana`` (and ``paritrana --help``) stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from paritrana.version import __version__

if TYPE_CHECKING:
    from paritrana.api import Prepared, evaluate, prepare, run, validate, verify
    from paritrana.api import sensitivity as analyse_sensitivity
    from paritrana.checks.report import ValidationReport
    from paritrana.core.criteria import Criteria, LoadedCriteria
    from paritrana.core.ranked import CandidateResult, IndicatorResult
    from paritrana.core.result import RankingResult
    from paritrana.core.run import RankingRun
    from paritrana.errors import (
        CandidateNotFound,
        CriteriaError,
        DataError,
        DataErrors,
        Issue,
        IssueCode,
        Location,
        OutputError,
        ParitranaError,
        SensitivityError,
        Severity,
        UsageError,
        VerifyError,
    )
    from paritrana.explain.model import compare as compare_candidates
    from paritrana.explain.model import explain as explain_candidate
    from paritrana.io.criteria_file import load_criteria
    from paritrana.io.limits import Limits, ReadOptions
    from paritrana.io.load import load_dataset
    from paritrana.report.formats import write_report
    from paritrana.report.verify import VerifyResult

_LAZY = {
    "run": "paritrana.api",
    "evaluate": "paritrana.api",
    "prepare": "paritrana.api",
    "validate": "paritrana.api",
    "verify": "paritrana.api",
    "VerifyResult": "paritrana.report.verify",
    "VerifyError": "paritrana.errors",
    "analyse_sensitivity": "paritrana.api:sensitivity",
    "Prepared": "paritrana.api",
    "explain_candidate": "paritrana.explain.model:explain",
    "compare_candidates": "paritrana.explain.model:compare",
    "write_report": "paritrana.report.formats",
    "load_criteria": "paritrana.io.criteria_file",
    "load_dataset": "paritrana.io.load",
    "ReadOptions": "paritrana.io.limits",
    "Limits": "paritrana.io.limits",
    "Criteria": "paritrana.core.criteria",
    "LoadedCriteria": "paritrana.core.criteria",
    "RankingResult": "paritrana.core.result",
    "RankingRun": "paritrana.core.run",
    "CandidateResult": "paritrana.core.ranked",
    "IndicatorResult": "paritrana.core.ranked",
    "ValidationReport": "paritrana.checks.report",
    "ParitranaError": "paritrana.errors",
    "CriteriaError": "paritrana.errors",
    "DataError": "paritrana.errors",
    "DataErrors": "paritrana.errors",
    "CandidateNotFound": "paritrana.errors",
    "UsageError": "paritrana.errors",
    "OutputError": "paritrana.errors",
    "SensitivityError": "paritrana.errors",
    "Issue": "paritrana.errors",
    "IssueCode": "paritrana.errors",
    "Severity": "paritrana.errors",
    "Location": "paritrana.errors",
}

__all__ = [
    "__version__",
    "run",
    "evaluate",
    "prepare",
    "validate",
    "verify",
    "VerifyResult",
    "VerifyError",
    "analyse_sensitivity",
    "Prepared",
    "explain_candidate",
    "compare_candidates",
    "write_report",
    "load_criteria",
    "load_dataset",
    "ReadOptions",
    "Limits",
    "Criteria",
    "LoadedCriteria",
    "RankingResult",
    "RankingRun",
    "CandidateResult",
    "IndicatorResult",
    "ValidationReport",
    "ParitranaError",
    "CriteriaError",
    "DataError",
    "DataErrors",
    "CandidateNotFound",
    "UsageError",
    "OutputError",
    "SensitivityError",
    "Issue",
    "IssueCode",
    "Severity",
    "Location",
]


def __getattr__(name: str) -> Any:
    # ``explain`` and ``sensitivity`` are also subpackages: their functions are public under
    # names of their own ("module:attribute"), so that importing the subpackage cannot hide them.
    if name in _LAZY:
        module, _, attribute = _LAZY[name].partition(":")
        return getattr(import_module(module), attribute or name)
    raise AttributeError(f"module 'paritrana' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
