"""The Excel report: one sheet model, two writers.

The sheet model, shared by both writers:
``style`` (typed cell styles and the one format cache), ``writer`` (typed cell writing and
column widths), ``refs`` (cell references in formulas), ``podium`` (ranks 1–3), ``charts``
(the score bar chart), ``page`` (print setup), ``ranking_layout`` (the Ranking sheet's
heading and columns) and ``base`` (the context, the workbook, the words of a scale).

The formula report (``formula_report``): ``ranking``, ``breakdown``, ``criteria_sheet``,
``sheets`` (Data, Ineligible, Audit), ``panel`` with ``interview`` and ``jurors``.
The large report (``large``): ``large_tables`` and ``tables``, bodies spliced in by ``bulk``.
``sensitivity``: the sensitivity sheet, in either report or on its own.
"""
