"""paritrana — score and rank the candidates of the Paritrana Award.

Library use::

    import paritrana
    result = paritrana.run("2025.xlsx")            # default criteria
    print(result.results[0].id, result.results[0].score)
    print(result.to_json())

Heavy libraries (pandas, numpy) are imported only when a function needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "run",
    "prepare",
    "load_criteria",
    "load_dataset",
    "RankingResult",
    "ParitranaError",
    "CriteriaError",
    "DataError",
]

from paritrana.errors import CriteriaError, DataError, ParitranaError

if TYPE_CHECKING:
    from paritrana.core.criteria import load_criteria
    from paritrana.io.load import load_dataset
    from paritrana.api import prepare, run
    from paritrana.core.result import RankingResult

_LAZY = {
    "run": "paritrana.api",
    "prepare": "paritrana.api",
    "load_criteria": "paritrana.core.criteria",
    "load_dataset": "paritrana.io.load",
    "RankingResult": "paritrana.core.result",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'paritrana' has no attribute {name!r}")
