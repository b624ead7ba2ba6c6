"""Output labels — table headers, sheet names, short phrases — in Indonesian and English.

Messages (errors, warnings, hints, confirmations) are in ``paritrana.i18n.messages``; these are
the words around the numbers. ``label(key, lang)`` reads them.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "rank": {"id": "Peringkat", "en": "Rank"},
    "name": {"id": "Nama", "en": "Name"},
    "group": {"id": "Kelompok", "en": "Group"},
    "score": {"id": "Skor", "en": "Score"},
    "tie": {"id": "seri", "en": "tie"},
    "year": {"id": "Tahun yang dinilai", "en": "Assessed year"},
    "baseline_year": {"id": "Tahun pembanding", "en": "Baseline year"},
    "ineligible": {"id": "Tidak memenuhi syarat", "en": "Ineligible"},
    "reasons": {"id": "Syarat yang tidak dipenuhi", "en": "Rules failed"},
    "warnings": {"id": "Peringatan", "en": "Warnings"},
    "contributions": {"id": "kontribusi per indikator (poin)", "en": "contribution per indicator (points)"},
    "shown_of": {"id": "menampilkan {shown} dari {total} kandidat", "en": "showing {shown} of {total} candidates"},
    "criteria": {"id": "Kriteria", "en": "Criteria"},
    "input": {"id": "Data", "en": "Input"},
    "no_results": {"id": "Tidak ada kandidat yang memenuhi syarat.", "en": "No eligible candidates."},
    "ties_note": {"id": "seri: skor dan indikator penentu sama persis; urutannya diputuskan tim juri",
                  "en": "tie: the same score and tiebreak indicators; the jury decides the order"},
    # validate
    "v_title": {"id": "Pemeriksaan data", "en": "Data check"},
    "v_severity": {"id": "Jenis", "en": "Severity"},
    "v_place": {"id": "Lokasi", "en": "Place"},
    "v_problem": {"id": "Masalah", "en": "Problem"},
    "v_fix": {"id": "Saran perbaikan", "en": "Suggested fix"},
    "v_error": {"id": "kesalahan", "en": "error"},
    "v_warning": {"id": "peringatan", "en": "warning"},
    "v_clean": {"id": "Tidak ada masalah.", "en": "No problems found."},
    # CSV, excel-id dialect (report/text.py): the column headers and the words in the cells
    "csv_rank": {"id": "Peringkat", "en": "Rank"},
    "csv_name": {"id": "Nama", "en": "Name"},
    "csv_group": {"id": "Kelompok", "en": "Group"},
    "csv_score": {"id": "Skor", "en": "Score"},
    "csv_tie": {"id": "Seri", "en": "Tie"},
    "csv_aspect": {"id": "Skor aspek {name}", "en": "Aspect score {name}"},
    "csv_raw": {"id": "{name}: nilai mentah", "en": "{name}: raw value"},
    "csv_normalized": {"id": "{name}: nilai (0–100)", "en": "{name}: value (0–100)"},
    "csv_weight": {"id": "{name}: bobot global", "en": "{name}: global weight"},
    "csv_contribution": {"id": "{name}: kontribusi (poin)", "en": "{name}: contribution (points)"},
    "csv_stage": {"id": "Tahap", "en": "Stage"},
    "csv_stage_final": {"id": "akhir", "en": "final"},
    "csv_stage_desk": {"id": "penilaian indikator", "en": "desk"},
    "csv_desk_score": {"id": "Skor indikator", "en": "Desk score"},
    "csv_desk_rank": {"id": "Peringkat indikator", "en": "Desk rank"},
    "csv_panel_score": {"id": "Skor wawancara", "en": "Panel score"},
    "csv_shortlisted": {"id": "Masuk nominasi", "en": "Shortlisted"},
    "csv_panel_weight": {"id": "Bobot wawancara", "en": "Panel weight"},
    "csv_panel_contribution": {"id": "Kontribusi wawancara (poin)", "en": "Panel contribution (points)"},
    "csv_eligible": {"id": "Memenuhi syarat", "en": "Eligible"},
    "csv_reasons": {"id": "Syarat yang tidak dipenuhi", "en": "Rules failed"},
    "csv_yes": {"id": "ya", "en": "yes"},
    "csv_no": {"id": "tidak", "en": "no"},
    # criteria show / check / init
    "c_weight": {"id": "bobot", "en": "weight"},
    "c_list_name": {"id": "Nama", "en": "Name"},
    "c_list_title": {"id": "Judul", "en": "Title"},
    "c_list_file": {"id": "Berkas", "en": "File"},
    "c_global": {"id": "global", "en": "global"},
    "c_value": {"id": "nilai", "en": "value"},
    "c_higher": {"id": "makin tinggi makin baik", "en": "higher is better"},
    "c_lower": {"id": "makin rendah makin baik", "en": "lower is better"},
    "c_missing": {"id": "data kosong", "en": "missing"},
    "c_missing_error": {"id": "dianggap kesalahan", "en": "error"},
    "c_missing_zero": {"id": "dianggap 0", "en": "counted as 0"},
    "c_missing_exclude": {"id": "kandidat dikeluarkan", "en": "candidate excluded"},
    "c_missing_mean": {"id": "rata-rata kelompok", "en": "group mean"},
    "c_goalposts": {"id": "batas", "en": "goalposts"},
    "c_range": {"id": "rentang", "en": "range"},
    "c_entity": {"id": "Kolom nama kandidat", "en": "Candidate name column"},
    "c_group_by": {"id": "Peringkat per kelompok", "en": "Ranked within groups of"},
    "c_aggregation": {"id": "Agregasi", "en": "Aggregation"},
    "c_arithmetic": {"id": "rata-rata hitung tertimbang", "en": "weighted arithmetic mean"},
    "c_geometric": {"id": "rata-rata geometrik tertimbang", "en": "weighted geometric mean"},
    "c_eligibility": {"id": "Syarat kelayakan", "en": "Eligibility rules"},
    "c_tiebreak": {"id": "Penentu urutan bila skor sama", "en": "Tiebreak"},
    "c_max_change": {"id": "Batas perubahan wajar per tahun", "en": "Largest plausible yearly change"},
    "c_columns": {"id": "Judul kolom yang diterima", "en": "Accepted column headers"},
    "c_derived": {"id": "Nilai turunan", "en": "Derived values"},
    "c_none": {"id": "tidak ada", "en": "none"},
    "c_ok": {"id": "OK", "en": "OK"},
    "c_tree": {"id": "aspek → indikator: bobot relatif (bobot global)",
               "en": "aspect → indicator: relative weight (global weight)"},
    # xlsx report
    "sheet_ranking": {"id": "Peringkat", "en": "Ranking"},
    "sheet_breakdown": {"id": "Rincian", "en": "Breakdown"},
    "sheet_data": {"id": "Data", "en": "Data"},
    "sheet_criteria": {"id": "Kriteria", "en": "Criteria"},
    "sheet_ineligible": {"id": "Tidak memenuhi syarat", "en": "Ineligible"},
    "sheet_audit": {"id": "Audit", "en": "Audit"},
    "xlsx_report_title": {"id": "Hasil pemeringkatan", "en": "Ranking results"},
    "xlsx_page": {"id": "Halaman", "en": "Page"},
    "xlsx_aspect_scores": {"id": "skor aspek (0–100)", "en": "aspect scores (0–100)"},
    "xlsx_normalized_0_100": {"id": "nilai ternormalisasi (0–100)", "en": "normalised values (0–100)"},
    "xlsx_tie_flag": {"id": "seri", "en": "tie"},
    "xlsx_note": {"id": "Catatan", "en": "Note"},
    "xlsx_ranking_note": {
        "id": "Skor = jumlah kontribusi (bobot global × nilai ternormalisasi); semua angka adalah rumus "
              "yang dapat ditelusuri di lembar Rincian.",
        "en": "Score = sum of the contributions (global weight × normalised value); every number is a "
              "formula traceable on the Breakdown sheet."},
    "xlsx_ranking_note_geometric": {
        "id": "Skor = rata-rata geometrik tertimbang dari nilai ternormalisasi; tidak ada kontribusi aditif. "
              "Semua angka adalah rumus yang dapat ditelusuri di lembar Rincian.",
        "en": "Score = weighted geometric mean of the normalised values; there are no additive "
              "contributions. Every number is a formula traceable on the Breakdown sheet."},
    "xlsx_breakdown_note": {
        "id": "Nilai ternormalisasi dan kontribusi adalah rumus dari nilai mentah; min/maks dihitung dari "
              "kandidat yang memenuhi syarat dalam kelompok yang sama.",
        "en": "Normalised values and contributions are formulas over the raw values; min/max are taken "
              "over the eligible candidates of the same group."},
    "xlsx_breakdown_note_geometric": {
        "id": "Nilai ternormalisasi adalah rumus dari nilai mentah; agregasi geometrik tidak memiliki "
              "kontribusi aditif (lihat skor aspek di lembar Peringkat).",
        "en": "Normalised values are formulas over the raw values; geometric aggregation has no additive "
              "contributions (see the aspect scores on the Ranking sheet)."},
    "xlsx_aspect": {"id": "Aspek", "en": "Aspect"},
    "xlsx_code": {"id": "Kode", "en": "Code"},
    "xlsx_indicator": {"id": "Indikator", "en": "Indicator"},
    "xlsx_raw": {"id": "Nilai mentah", "en": "Raw value"},
    "xlsx_method": {"id": "Metode", "en": "Method"},
    "xlsx_direction": {"id": "Arah", "en": "Direction"},
    "xlsx_low": {"id": "Min / batas bawah", "en": "Min / lower goalpost"},
    "xlsx_high": {"id": "Maks / batas atas", "en": "Max / upper goalpost"},
    "xlsx_mean": {"id": "Rata-rata", "en": "Mean"},
    "xlsx_std": {"id": "Simpangan baku", "en": "Std. deviation"},
    "xlsx_normalized": {"id": "Nilai ternormalisasi", "en": "Normalised"},
    "xlsx_weight_global": {"id": "Bobot global", "en": "Global weight"},
    "xlsx_contribution": {"id": "Kontribusi (poin)", "en": "Contribution (points)"},
    "xlsx_tree": {"id": "Aspek dan indikator", "en": "Aspects and indicators"},
    "xlsx_aspect_indicator": {"id": "Aspek / indikator", "en": "Aspect / indicator"},
    "xlsx_label": {"id": "Label", "en": "Label"},
    "xlsx_weight_written": {"id": "Bobot (sesuai berkas kriteria)", "en": "Weight (as written)"},
    "xlsx_weight_relative": {"id": "Bobot relatif", "en": "Relative weight"},
    "xlsx_parameters": {"id": "Parameter", "en": "Parameters"},
    "xlsx_missing": {"id": "Data kosong", "en": "Missing"},
    "xlsx_expression": {"id": "Nilai (ekspresi)", "en": "Value (expression)"},
    "xlsx_max": {"id": "maks", "en": "max"},
    "xlsx_yaml": {"id": "Teks berkas kriteria (YAML)", "en": "Criteria file text (YAML)"},
    "xlsx_data_title": {"id": "Data masukan (seperti dibaca)", "en": "Input data (as loaded)"},
    "xlsx_data_year": {"id": "Tahun", "en": "Year"},
    "xlsx_role": {"id": "Dipakai sebagai", "en": "Used as"},
    "xlsx_role_assessed": {"id": "tahun yang dinilai", "en": "assessed year"},
    "xlsx_role_baseline": {"id": "tahun pembanding", "en": "baseline year"},
    "xlsx_role_unused": {"id": "tidak dipakai", "en": "not used"},
    "xlsx_file": {"id": "Berkas", "en": "File"},
    "xlsx_sheet": {"id": "Lembar sumber", "en": "Source sheet"},
    "xlsx_row": {"id": "Baris sumber", "en": "Source row"},
    "xlsx_ineligible_note": {"id": "Kandidat yang tidak memenuhi satu atau lebih syarat kelayakan tidak dinilai.",
                             "en": "Candidates that fail one or more eligibility rules are not scored."},
    "xlsx_all_eligible": {"id": "Semua kandidat memenuhi syarat.", "en": "All candidates are eligible."},
    "xlsx_tool": {"id": "Aplikasi", "en": "Tool"},
    "xlsx_created": {"id": "Dibuat", "en": "Created"},
    "xlsx_command": {"id": "Perintah", "en": "Command line"},
    "xlsx_input_file": {"id": "Berkas data", "en": "Input file"},
    "xlsx_input_sha": {"id": "SHA-256 berkas data", "en": "Input SHA-256"},
    "xlsx_criteria_file": {"id": "Berkas kriteria", "en": "Criteria file"},
    "xlsx_criteria_sha": {"id": "SHA-256 berkas kriteria", "en": "Criteria SHA-256"},
    "xlsx_baseline_file": {"id": "Berkas pembanding", "en": "Baseline file"},
    "xlsx_baseline_sha": {"id": "SHA-256 berkas pembanding", "en": "Baseline SHA-256"},
    "xlsx_pool": {"id": "Jumlah kandidat", "en": "Candidate pool"},
    "xlsx_eligible_count": {"id": "Memenuhi syarat (dinilai)", "en": "Eligible (ranked)"},
    "xlsx_ineligible_count": {"id": "Tidak memenuhi syarat", "en": "Ineligible"},
    "xlsx_see_sheet": {"id": "lihat lembar \"{sheet}\"", "en": "see the \"{sheet}\" sheet"},
    # the large report (paritrana.report.xlsx.large): values instead of formulas

    "xl_values_breakdown": {
        "id": "Dengan {n} kandidat, rincian ini berisi nilai, bukan rumus; rumus ditulis untuk kumpulan "
              "hingga {limit} kandidat.",
        "en": "With {n} candidates the breakdown holds values; formulas are written for pools up to {limit}."},
    "xl_values_ranking": {
        "id": "Dengan {n} kandidat, skor dan kontribusi adalah nilai yang dihitung paritrana, bukan rumus; "
              "rumus ditulis untuk kumpulan hingga {limit} kandidat.",
        "en": "With {n} candidates the scores and contributions are the values paritrana computed, not "
              "formulas; formulas are written for pools up to {limit}."},
    "xl_ranking_note": {
        "id": "Skor = jumlah kontribusi (bobot global × nilai ternormalisasi); nilai mentah dan "
              "ternormalisasi ada di lembar \"{sheet}\".",
        "en": "Score = sum of the contributions (global weight × normalised value); raw and normalised "
              "values are on the \"{sheet}\" sheet."},
    "xl_ranking_note_geometric": {
        "id": "Skor = rata-rata geometrik tertimbang dari nilai ternormalisasi (lembar \"{sheet}\"); tidak ada "
              "kontribusi aditif.",
        "en": "Score = weighted geometric mean of the normalised values (\"{sheet}\" sheet); there are no "
              "additive contributions."},
    "xl_breakdown_note": {
        "id": "Nilai ternormalisasi: 0–100 dalam kelompoknya; metode, min/maks atau batas tiap kelompok ada "
              "di lembar \"{sheet}\" (Skala normalisasi per kelompok).",
        "en": "Normalised: 0–100 within the candidate's group; the method, min/max or goalposts of each "
              "group are on the \"{sheet}\" sheet (Normalisation scales per group)."},
    "xl_chart_note": {"id": "Grafik di samping tabel: {top} teratas tiap kelompok.",
                   "en": "Charts beside the table: the top {top} of each group."},
    "xl_ineligible_count": {"id": "{n} kandidat tidak memenuhi syarat (lihat lembar \"{sheet}\").",
                         "en": "{n} candidates are ineligible (see the \"{sheet}\" sheet)."},
    "xl_part": {"id": "bagian {k} dari {n}", "en": "part {k} of {n}"},
    "xl_chart_top": {"id": "{n} teratas", "en": "top {n}"},
    "xl_raw": {"id": "Nilai mentah", "en": "Raw value"},
    "xl_data_year": {"id": "Baris tahun {year}", "en": "Rows of year {year}"},
    "xl_scales": {"id": "Skala normalisasi per kelompok", "en": "Normalisation scales per group"},
    "xl_count": {"id": "Jumlah kandidat", "en": "Candidates"},
    "xl_mode": {"id": "Isi laporan", "en": "Report contents"},
    "xl_more_warnings": {"id": "… dan {n} peringatan lain, tidak dicantumkan (semuanya: `paritrana validate`)",
                      "en": "… and {n} more warnings, not listed (all of them: `paritrana validate`)"},
    # jury panel and stages (paritrana.panel, report/panel_terminal.py)
    "p_desk_score": {"id": "Skor indikator", "en": "Desk score"},
    "p_desk_rank": {"id": "Peringkat indikator", "en": "Desk rank"},
    "p_panel_score": {"id": "Skor wawancara", "en": "Panel score"},
    "p_shortlisted": {"id": "Masuk nominasi", "en": "Shortlisted"},
    "p_final_score": {"id": "Skor akhir", "en": "Final score"},
    "p_caption_final": {"id": "finalis: {desk}% skor indikator + {panel}% skor wawancara; kandidat lain: skor "
                              "indikator",
                        "en": "finalists: {desk}% desk score + {panel}% panel score; others: desk score"},
    "p_caption_desk": {"id": "tahap akhir belum dinilai: skor indikator; ✓ = masuk nominasi (diwawancarai)",
                       "en": "final stage not scored: desk scores; ✓ = shortlisted for the interview"},
    "p_title": {"id": "Penilaian wawancara (tim juri)", "en": "Panel interview"},
    "p_summary": {"id": "{jurors} juri, {candidates} finalis, {how}",
                  "en": "{jurors} jurors, {candidates} finalists, {how}"},
    "p_agg_mean": {"id": "rata-rata", "en": "mean"},
    "p_agg_median": {"id": "median", "en": "median"},
    "p_agg_trimmed": {"id": "rata-rata terpangkas (tanpa nilai tertinggi dan terendah)",
                      "en": "trimmed mean (highest and lowest dropped)"},
    "p_standardized": {"id": "nilai tiap juri distandardisasi", "en": "each juror's scores standardised"},
    "p_combined_caption": {"id": "nilai gabungan per kriteria (skala {lo}–{hi}); abstain tidak dihitung",
                           "en": "combined score per criterion (scale {lo}–{hi}); abstentions left out"},
    "p_jurors": {"id": "Juri", "en": "Jurors"},
    "p_juror": {"id": "Juri", "en": "Juror"},
    "p_scored": {"id": "Jumlah nilai", "en": "Scores given"},
    "p_severity": {"id": "Kecenderungan", "en": "Severity"},
    "p_spearman": {"id": "ρ Spearman", "en": "Spearman's ρ"},
    "p_abstained": {"id": "Abstain", "en": "Abstained"},
    "p_juror_caption": {"id": "kecenderungan: selisih rata-rata dari rata-rata tim juri (− lebih ketat, + lebih "
                              "longgar); ρ: korelasi peringkat Spearman dengan juri lain",
                        "en": "severity: mean difference from the jury's mean (− stricter, + more lenient); "
                              "ρ: Spearman's rank correlation with the other jurors"},
    "p_w": {"id": "Kesepakatan antarjuri (W Kendall) = {w} — {band} ({jurors} juri, {candidates} finalis)",
            "en": "Jury agreement (Kendall's W) = {w} — {band} ({jurors} jurors, {candidates} finalists)"},
    "p_w_none": {"id": "Kesepakatan antarjuri (W Kendall): tidak dapat dihitung (perlu sedikitnya 2 juri yang menilai "
                       "semua finalis, dan 2 finalis)",
                 "en": "Jury agreement (Kendall's W): not computable (needs at least 2 jurors who scored every "
                       "finalist, and 2 finalists)"},
    "p_w_left_out": {"id": "tidak ikut dihitung (tidak menilai semua finalis): {jurors}",
                     "en": "left out (did not score every finalist): {jurors}"},
    "p_w_nil": {"id": "hampir tidak ada", "en": "almost none"},
    "p_w_very_weak": {"id": "sangat lemah", "en": "very weak"},
    "p_w_weak": {"id": "lemah", "en": "weak"},
    "p_w_moderate": {"id": "sedang", "en": "moderate"},
    "p_w_strong": {"id": "kuat", "en": "strong"},
    "p_w_very_strong": {"id": "sangat kuat", "en": "unusually strong"},
    "p_disagreement": {"id": "Perbedaan pendapat terbesar:", "en": "Largest disagreement:"},
    "p_disagreement_item": {"id": "{name} (simpangan baku {std}; {low}–{high})",
                            "en": "{name} (standard deviation {std}; {low}–{high})"},
    # readings of ICC(2,k) after Koo & Li (2016) and of Krippendorff's alpha after Krippendorff (2004)
    "p_icc_poor": {"id": "rendah", "en": "poor"},
    "p_icc_moderate": {"id": "sedang", "en": "moderate"},
    "p_icc_good": {"id": "baik", "en": "good"},
    "p_icc_excellent": {"id": "sangat baik", "en": "excellent"},
    "p_alpha_low": {"id": "kurang andal", "en": "not reliable"},
    "p_alpha_tentative": {"id": "cukup untuk kesimpulan sementara", "en": "enough for tentative conclusions"},
    "p_alpha_reliable": {"id": "andal", "en": "reliable"},
    "p_leave_one_out": {"id": "Tanpa satu juri (peringkat akhir dihitung ulang tanpa nilai juri itu)",
                        "en": "Without one juror (the final ranking recomputed without that juror's scores)"},
    # explain: the phrases of a normalisation (core/methods.py names the first ones) and the table headers
    "e_minmax": {"id": "min {low}, maks {high}", "en": "min {low}, max {high}"},
    "e_all_equal": {"id": "semua nilai sama → {value}", "en": "all values equal → {value}"},
    "e_target": {"id": "target {low}–{high}", "en": "target {low}–{high}"},
    "e_clipped": {"id": "dibatasi ke 0–100", "en": "clipped to 0–100"},
    "e_ratio_max": {"id": "rasio terhadap maks {high}", "en": "ratio to the maximum {high}"},
    "e_ratio_min": {"id": "rasio min {low} terhadap nilai", "en": "ratio of the minimum {low} to the value"},
    "e_rank": {"id": "peringkat di antara {n} kandidat", "en": "rank among {n} candidates"},
    "e_zscore": {"id": "skor-T: rata-rata {mean}, simpangan baku {std}",
                 "en": "T-score: mean {mean}, standard deviation {std}"},
    "e_none": {"id": "nilai apa adanya", "en": "value as given"},
    "e_scale": {"id": "Skala", "en": "Scale"},
    "e_weight": {"id": "Bobot", "en": "Weight"},
    "e_difference": {"id": "Selisih (poin skor)", "en": "Difference (points)"},
    "e_factor": {"id": "Faktor", "en": "Factor"},
    "e_normalized_short": {"id": "Nilai (0–100)", "en": "Normalised (0–100)"},
    "e_contribution_short": {"id": "Kontribusi", "en": "Contribution"},
    "e_panel_criterion": {"id": "Kriteria wawancara", "en": "Interview criterion"},
    "e_panel_value": {"id": "Nilai", "en": "Score"},
    # markdown
    "md_podium": {"id": "Peringkat {items}.", "en": "Ranked {items}."},
    "md_and": {"id": " dan ", "en": " and "},
    "md_source": {"id": "Sumber", "en": "Source"},
    # jury panel in the Excel report (report/xlsx_panel.py)
    "sheet_interview": {"id": "Wawancara", "en": "Interview"},
    "sheet_jurors": {"id": "Juri", "en": "Jurors"},
    "sheet_standardization": {"id": "Standardisasi", "en": "Standardisation"},
    "sheet_history": {"id": "Riwayat", "en": "History"},
    "xp_source": {"id": "Nilai juri: {path} · SHA-256 {sha}", "en": "Jury scores: {path} · SHA-256 {sha}"},
    "xp_scale": {"id": "skala {lo}–{hi}; sedikitnya {n} juri per kriteria",
                 "en": "scale {lo}–{hi}; at least {n} jurors per criterion"},
    "xp_final_weights": {"id": "Bobot tahap akhir", "en": "Final stage weights"},
    "xp_part": {"id": "Bagian", "en": "Part"},
    "xp_shortlist_top": {"id": "Daftar nominasi: {n} teratas menurut skor indikator (per kelompok)",
                         "en": "Shortlist: the top {n} by desk score (per group)"},
    "xp_shortlist_min": {"id": "Daftar nominasi: skor indikator ≥ {score}", "en": "Shortlist: desk score ≥ {score}"},
    "xp_criteria": {"id": "Kriteria wawancara", "en": "Interview criteria"},
    "xp_results": {"id": "Hasil per finalis", "en": "Results per finalist"},
    "xp_final_rank": {"id": "Peringkat akhir", "en": "Final rank"},
    "xp_panel_scale": {"id": "Skor wawancara (skala {lo}–{hi})", "en": "Panel score (scale {lo}–{hi})"},
    "xp_panel_100": {"id": "Skor wawancara (0–100)", "en": "Panel score (0–100)"},
    "xp_results_note": {
        "id": "Nilai per kriteria: {how} dari nilai juri di lembar \"{sheet}\" (abstain tidak dihitung); skor "
              "wawancara = Σ bobot relatif × nilai kriteria; skor akhir = bobot skor indikator × skor indikator + "
              "bobot skor wawancara × skor wawancara (0–100).",
        "en": "Score per criterion: {how} of the jurors' scores on the \"{sheet}\" sheet (abstentions left out); "
              "panel score = Σ relative weight × criterion score; final score = desk weight × desk score + "
              "panel weight × panel score (0–100)."},
    "xp_standardized_note": {
        "id": "Nilai tiap juri distandardisasi sebelum digabung: nilai per kriteria berasal dari nilai "
              "terstandardisasi dan ditulis sebagai angka, bukan rumus.",
        "en": "Each juror's scores were standardised before combining: the criterion scores come from the "
              "standardised values and are written as numbers, not formulas."},
    "xp_matrix_title": {"id": "Nilai juri per finalis", "en": "Jurors' scores per finalist"},
    "xp_abstain_note": {
        "id": "abstain = sel kosong di berkas nilai juri (misalnya karena konflik kepentingan): tidak dihitung, "
              "bukan 0; – = tidak ada baris untuk finalis ini.",
        "en": "abstain = a blank cell in the jury's workbook (e.g. a conflict of interest): left out, never 0; "
              "– = no row for this finalist."},
    "xp_totals": {"id": "Total per juri (rata-rata tertimbang dari kriteria yang dinilai)",
                  "en": "Juror totals (weighted mean over the criteria scored)"},
    "xp_criterion_block": {"id": "{cid} — {label} (bobot {weight})", "en": "{cid} — {label} (weight {weight})"},
    "xp_abstain_cell": {"id": "abstain", "en": "abstain"},
    "xp_diagnostics": {"id": "Analisis penilaian juri", "en": "Jury diagnostics"},
    "xp_kendall": {"id": "Kesepakatan antarjuri (W Kendall)", "en": "Jury agreement (Kendall's W)"},
    "xp_reading": {"id": "Tafsiran", "en": "Reading"},
    "xp_kendall_jurors": {"id": "Juri yang dihitung", "en": "Jurors counted"},
    "xp_disagreement": {"id": "Perbedaan pendapat (total per juri), terbesar lebih dulu",
                        "en": "Disagreement (juror totals), largest first"},
    "xp_lowest": {"id": "Terendah", "en": "Lowest"},
    "xp_highest": {"id": "Tertinggi", "en": "Highest"},
    "xp_stage_note_final": {
        "id": "Finalis: Skor = {desk}% × skor indikator + {panel}% × skor wawancara (lembar \"{sheet}\"); kontribusi "
              "indikator adalah bagian dari skor indikator. Kandidat lain: Skor = skor indikator.",
        "en": "Finalists: Score = {desk}% × desk score + {panel}% × panel score (\"{sheet}\" sheet); the "
              "indicator contributions make up the desk score. Others: Score = desk score."},
    "xp_stage_note_desk": {
        "id": "Tahap akhir belum dinilai (belum ada nilai juri): Skor = skor indikator; ✓ = masuk nominasi.",
        "en": "Final stage not scored (no jury scores): Score = desk score; ✓ = shortlisted."},
    # jury panel in Markdown (report/text.py)
    "md_stage_note": {
        "id": "finalis: kontribusi indikator × {desk}% (bobot skor indikator), ditambah kolom {column} = {panel}% × "
              "skor wawancara; jumlahnya adalah skor akhir. Kandidat lain: skor indikator",
        "en": "finalists: indicator contributions × {desk}% (desk weight), plus the {column} column = {panel}% "
              "× panel score; they add up to the final score. Others: desk score"},
    "md_stage_desk": {"id": "tahap akhir belum dinilai (belum ada nilai juri): skor indikator; masuk nominasi: {names}",
                      "en": "final stage not scored (no jury scores): desk scores; shortlisted: {names}"},
    "md_jurors": {"id": "Juri: {n} ({names})", "en": "Jurors: {n} ({names})"},
    "md_jury_file": {"id": "nilai juri", "en": "jury scores"},
    "md_kendall": {"id": "kesepakatan antarjuri (W Kendall) = {w} — {band}",
                   "en": "jury agreement (Kendall's W) = {w} — {band}"},
}
