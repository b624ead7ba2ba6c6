"""The Excel report: one sheet model, two writers.

The sheet model, shared by both writers:
``style`` (typed cell styles and the one format cache), ``writer`` (typed cell writing, column
widths, wrapped notes), ``refs`` (cell references in formulas), ``podium`` (ranks 1–3: fills
that differ in greyscale, "Juara I/II/III", conditional formats), ``charts`` (the score bar
chart, 0–100), ``page`` (print setup: fitted at 8 pt or more, else split with the name columns
repeated), ``ranking_layout`` (the Ranking sheet's heading, columns and rows) and ``base`` (the
context, the workbook, the words of a scale).

The formula report (``formula_report``), every number a formula down to the data cells:
``sources`` (raw values over the Data sheet, ``paritrana.core.expr_excel``), ``breakdown``,
``ranks`` (rank, tie and podium formulas), ``ranking``, ``criteria_sheet``, ``sheets`` (Data,
Ineligible), ``panel`` with ``interview`` and ``jurors``, and ``audit_sheet`` (where the report
came from, the weights as published, the audit record ``paritrana verify`` reads).
The large report (``large``): ``large_tables`` and ``tables``, bodies spliced in by ``bulk``.
``sensitivity``: the sensitivity sheet, in either report or on its own.
"""
