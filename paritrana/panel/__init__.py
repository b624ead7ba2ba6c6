"""The jury panel (Tim 9): interview scores, aggregation, diagnostics and the final stage.

Modules (the ``panel:``/``stages:`` criteria sections are ``paritrana.core.panel_spec``): ``load`` (panel workbook →
tidy scores), ``aggregate`` (mean/median/trimmed, per-juror standardisation), ``diagnostics``
(severity, Kendall's W, Spearman, disagreement), ``stages`` (shortlist + final stage on a desk
``RankingResult``) and ``outcome`` (the panel part of a result, with the hooks the reports use).
"""
