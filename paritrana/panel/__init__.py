"""The jury panel (Tim 9): interview scores, aggregation, diagnostics and the final stage.

Modules: ``model`` (the ``panel:``/``stages:`` criteria sections), ``load`` (panel workbook →
tidy scores), ``aggregate`` (mean/median/trimmed, per-juror standardisation), ``diagnostics``
(severity, Kendall's W, Spearman, disagreement), ``stages`` (shortlist + final stage on a desk
``RankingResult``) and ``outcome`` (the panel part of a result, with the hooks the reports use).
"""

# criteria.py imports panel.model; loading criteria first makes the cycle safe whichever
# module is imported first.
from .. import criteria as _criteria  # noqa: F401
