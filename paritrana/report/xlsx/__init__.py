"""The Excel report: one sheet model, two writers.

The sheet model, shared by both writers:
``style`` (typed cell styles and the one format cache), ``writer`` (typed cell writing, column
widths, wrapped notes), ``refs`` (cell references in formulas), ``podium`` (ranks 1–3: fills
that differ in greyscale, "Juara I/II/III", conditional formats), ``charts`` (the score bar
chart, 0–100), ``page`` (print setup: fitted at 8 pt or more, else split with the name columns
repeated; sections kept on one page), ``ranking_layout`` (the Ranking sheet's heading, columns
and rows) with ``rounds_columns`` (the columns rounds add: movement, previous rank and score,
status bands, the file, a shortlist's origin) and ``base`` (the context, the workbook, the words
of a scale).

The formula report (``formula_report``), every number a formula down to the data cells:
``sources`` (raw values over the Data sheet, ``paritrana.core.expr_excel``), ``breakdown``,
``ranks`` (rank, tie and podium formulas), ``ranking``, ``criteria_sheet`` with ``bands_table``
(the classes of each status band and their counts), ``sheets`` (Data, Ineligible), ``panel``
with ``interview``, ``jurors`` (the matrices, conflicts of interest, agreement, leave-one-out)
and ``standardization`` (raw and standardised scores side by side), ``history`` (the Riwayat
sheet of ``rank --history``), and ``audit_sheet`` (where the report came from, the weights as
published, the audit record ``paritrana verify`` reads) with ``audit_jury`` and ``audit_rounds``
(conflicts, jury files, the previous result, the data files of a round).
The large report (``large``): ``large_tables`` and ``tables``, bodies spliced in by ``bulk``.
``sensitivity``: the sensitivity sheet, in either report or on its own.
"""
