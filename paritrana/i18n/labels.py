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
    "year": {"id": "Tahun dinilai", "en": "Assessed year"},
    "baseline_year": {"id": "Tahun pembanding", "en": "Baseline year"},
    "ineligible": {"id": "Tidak memenuhi syarat", "en": "Ineligible"},
    "reasons": {"id": "Syarat yang tidak dipenuhi", "en": "Rules failed"},
    "warnings": {"id": "Peringatan", "en": "Warnings"},
    "contributions": {"id": "kontribusi per indikator (poin)", "en": "contribution per indicator (points)"},
    "shown_of": {"id": "menampilkan {shown} dari {total} kandidat", "en": "showing {shown} of {total} candidates"},
    "criteria": {"id": "Kriteria", "en": "Criteria"},
    "input": {"id": "Data", "en": "Input"},
    "no_results": {"id": "Tidak ada kandidat yang memenuhi syarat.", "en": "No eligible candidates."},
    "report_written": {"id": "Laporan ditulis: {path}", "en": "Report written: {path}"},
    "ties_note": {"id": "seri: skor dan penentu seri sama persis — perlu keputusan juri",
                  "en": "tie: equal score and tiebreak — the jury decides"},
    # validate
    "v_title": {"id": "Pemeriksaan data", "en": "Data check"},
    "v_severity": {"id": "Tingkat", "en": "Severity"},
    "v_place": {"id": "Tempat", "en": "Place"},
    "v_problem": {"id": "Masalah", "en": "Problem"},
    "v_fix": {"id": "Saran perbaikan", "en": "Suggested fix"},
    "v_error": {"id": "kesalahan", "en": "error"},
    "v_warning": {"id": "peringatan", "en": "warning"},
    "v_clean": {"id": "Tidak ada masalah.", "en": "No problems found."},
    "v_summary": {"id": "{errors} kesalahan, {warnings} peringatan", "en": "errors: {errors}, warnings: {warnings}"},
    "v_candidates": {"id": "{n} kandidat", "en": "{n} candidates"},
    # criteria show / check / init
    "c_weight": {"id": "bobot", "en": "weight"},
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
        "id": "Nilai ternormalisasi dan kontribusi adalah rumus atas nilai mentah; min/maks dihitung atas "
              "kandidat yang memenuhi syarat dalam kelompok yang sama.",
        "en": "Normalised values and contributions are formulas over the raw values; min/max are taken "
              "over the eligible candidates of the same group."},
    "xlsx_breakdown_note_geometric": {
        "id": "Nilai ternormalisasi adalah rumus atas nilai mentah; agregasi geometrik tidak memiliki "
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
    "xlsx_weight_written": {"id": "Bobot (tertulis)", "en": "Weight (as written)"},
    "xlsx_weight_relative": {"id": "Bobot relatif", "en": "Relative weight"},
    "xlsx_parameters": {"id": "Parameter", "en": "Parameters"},
    "xlsx_missing": {"id": "Data kosong", "en": "Missing"},
    "xlsx_expression": {"id": "Nilai (ekspresi)", "en": "Value (expression)"},
    "xlsx_max": {"id": "maks", "en": "max"},
    "xlsx_yaml": {"id": "Teks berkas kriteria (YAML)", "en": "Criteria file text (YAML)"},
    "xlsx_data_title": {"id": "Data masukan (seperti dibaca)", "en": "Input data (as loaded)"},
    "xlsx_data_year": {"id": "Tahun", "en": "Year"},
    "xlsx_role": {"id": "Dipakai sebagai", "en": "Used as"},
    "xlsx_role_assessed": {"id": "tahun dinilai", "en": "assessed year"},
    "xlsx_role_baseline": {"id": "tahun pembanding", "en": "baseline year"},
    "xlsx_role_unused": {"id": "tidak dipakai", "en": "not used"},
    "xlsx_file": {"id": "Berkas", "en": "File"},
    "xlsx_sheet": {"id": "Lembar sumber", "en": "Source sheet"},
    "xlsx_row": {"id": "Baris sumber", "en": "Source row"},
    "xlsx_ineligible_note": {"id": "Kandidat yang gagal satu atau lebih syarat kelayakan tidak dinilai.",
                             "en": "Candidates that fail one or more eligibility rules are not scored."},
    "xlsx_all_eligible": {"id": "Semua kandidat memenuhi syarat.", "en": "All candidates are eligible."},
    "xlsx_tool": {"id": "Alat", "en": "Tool"},
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
    "xlsx_see_sheet": {"id": "lihat lembar “{sheet}”", "en": "see the “{sheet}” sheet"},
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
              "ternormalisasi ada di lembar “{sheet}”.",
        "en": "Score = sum of the contributions (global weight × normalised value); raw and normalised "
              "values are on the “{sheet}” sheet."},
    "xl_ranking_note_geometric": {
        "id": "Skor = rata-rata geometrik tertimbang dari nilai ternormalisasi (lembar “{sheet}”); tidak ada "
              "kontribusi aditif.",
        "en": "Score = weighted geometric mean of the normalised values (“{sheet}” sheet); there are no "
              "additive contributions."},
    "xl_breakdown_note": {
        "id": "Nilai ternormalisasi: 0–100 dalam kelompoknya; metode, min/maks atau batas tiap kelompok ada "
              "di lembar “{sheet}” (Skala normalisasi per kelompok).",
        "en": "Normalised: 0–100 within the candidate's group; the method, min/max or goalposts of each "
              "group are on the “{sheet}” sheet (Normalisation scales per group)."},
    "xl_chart_note": {"id": "Grafik di samping tabel: {top} teratas tiap kelompok.",
                   "en": "Charts beside the table: the top {top} of each group."},
    "xl_ineligible_count": {"id": "{n} kandidat tidak memenuhi syarat (lihat lembar “{sheet}”).",
                         "en": "{n} candidates are ineligible (see the “{sheet}” sheet)."},
    "xl_part": {"id": "bagian {k} dari {n}", "en": "part {k} of {n}"},
    "xl_chart_top": {"id": "{n} teratas", "en": "top {n}"},
    "xl_raw": {"id": "Nilai mentah", "en": "Raw value"},
    "xl_data_year": {"id": "Baris tahun {year}", "en": "Rows of year {year}"},
    "xl_scales": {"id": "Skala normalisasi per kelompok", "en": "Normalisation scales per group"},
    "xl_count": {"id": "Jumlah kandidat", "en": "Candidates"},
    "xl_mode": {"id": "Isi laporan", "en": "Report contents"},
    "xl_more_warnings": {"id": "… dan {n} peringatan lain, tidak dicantumkan (semuanya: paritrana validate)",
                      "en": "… and {n} more warnings, not listed (all of them: paritrana validate)"},
    # jury panel and stages (paritrana.panel, report/panel_terminal.py)
    "p_desk_score": {"id": "Skor meja", "en": "Desk score"},
    "p_desk_rank": {"id": "# meja", "en": "Desk #"},
    "p_panel_score": {"id": "Wawancara", "en": "Panel"},
    "p_shortlisted": {"id": "Nominasi", "en": "Shortlisted"},
    "p_final_score": {"id": "Skor akhir", "en": "Final score"},
    "p_caption_final": {"id": "nominasi: {desk} % skor meja + {panel} % wawancara; lainnya: skor meja",
                        "en": "shortlisted: {desk} % desk + {panel} % panel; others: desk score"},
    "p_caption_desk": {"id": "tahap akhir belum dinilai: skor meja; ✓ = masuk nominasi (diwawancarai)",
                       "en": "final stage not scored: desk scores; ✓ = shortlisted for the interview"},
    "p_title": {"id": "Penilaian wawancara (Tim juri)", "en": "Panel interview"},
    "p_summary": {"id": "{jurors} juri, {candidates} nominasi, {how}",
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
    "p_scored": {"id": "Dinilai", "en": "Scored"},
    "p_severity": {"id": "Kemurahan", "en": "Severity"},
    "p_abstained": {"id": "Abstain", "en": "Abstained"},
    "p_juror_caption": {"id": "kemurahan: rata-rata selisih dari rata-rata panel (− ketat, + murah hati); "
                              "ρ: korelasi peringkat dengan juri lain",
                        "en": "severity: mean difference from the panel mean (− strict, + lenient); "
                              "ρ: rank correlation with the other jurors"},
    "p_w": {"id": "Kesepakatan juri (Kendall W) = {w} — {band} ({jurors} juri, {candidates} kandidat)",
            "en": "Jury agreement (Kendall's W) = {w} — {band} ({jurors} jurors, {candidates} candidates)"},
    "p_w_none": {"id": "Kesepakatan juri (Kendall W): tidak dapat dihitung (perlu ≥ 2 juri lengkap dan ≥ 2 kandidat)",
                 "en": "Jury agreement (Kendall's W): not computable (needs ≥ 2 complete jurors and ≥ 2 candidates)"},
    "p_w_left_out": {"id": "tidak ikut dihitung (tidak menilai semua kandidat): {jurors}",
                     "en": "left out (did not score every candidate): {jurors}"},
    "p_w_nil": {"id": "hampir tidak ada", "en": "almost none"},
    "p_w_very_weak": {"id": "sangat lemah", "en": "very weak"},
    "p_w_weak": {"id": "lemah", "en": "weak"},
    "p_w_moderate": {"id": "sedang", "en": "moderate"},
    "p_w_strong": {"id": "kuat", "en": "strong"},
    "p_w_very_strong": {"id": "sangat kuat", "en": "unusually strong"},
    "p_disagreement": {"id": "Perbedaan pendapat terbesar:", "en": "Largest disagreement:"},
    "p_disagreement_item": {"id": "{name} (sd {std}; {low}–{high})", "en": "{name} (sd {std}; {low}–{high})"},
    # explain
    "e_rank_line": {"id": "{name}: peringkat {rank} dari {of}, skor {score}",
                    "en": "{name}: rank {rank} of {of}, score {score}"},
    "e_step": {"id": "{name}: {indicator} {raw} → dinormalisasi {normalized} ({scale}) × bobot {weight} = "
                     "{contribution} poin",
               "en": "{name}: {indicator} {raw} → normalised {normalized} ({scale}) × weight {weight} = "
                     "{contribution} points"},
    "e_step_geometric": {"id": "{name}: {indicator} {raw} → dinormalisasi {normalized} ({scale}); bobot {weight} "
                               "sebagai pangkat",
                         "en": "{name}: {indicator} {raw} → normalised {normalized} ({scale}); weight {weight} "
                               "as an exponent"},
    "e_aspects": {"id": "Skor aspek: {aspects}", "en": "Aspect scores: {aspects}"},
    "e_geometric_note": {
        "id": "Agregasi geometrik: skor adalah rata-rata geometrik tertimbang dari nilai ternormalisasi (dalam "
              "tiap aspek, lalu antar-aspek); tidak ada kontribusi aditif per indikator.",
        "en": "Geometric aggregation: the score is the weighted geometric mean of the normalised values (within "
              "each aspect, then across aspects); there are no additive contributions per indicator."},
    "e_ineligible": {"id": "{name} tidak memenuhi syarat dan tidak dinilai; syarat yang tidak dipenuhi: {reasons}",
                     "en": "{name} is ineligible and not ranked; rules failed: {reasons}"},
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
    "e_ahead": {"id": "{name} unggul {gap} poin atas {other}: {parts}",
                "en": "{name} is {gap} points ahead of {other}: {parts}"},
    "e_behind": {"id": "{name} tertinggal {gap} poin dari {other}: {parts}",
                 "en": "{name} is {gap} points behind {other}: {parts}"},
    "e_level": {"id": "{name} dan {other} memiliki skor yang sama ({score}): {parts}",
                "en": "{name} and {other} have the same score ({score}): {parts}"},
    "e_ratio": {"id": "Skor {name} {ratio} kali skor {other} ({score} vs {other_score}).",
                "en": "{name}'s score is {ratio} times {other}'s ({score} vs {other_score})."},
    "e_factors": {"id": "Agregasi geometrik tidak memiliki bagian aditif; faktor tiap indikator dalam rasio itu: "
                        "{parts}",
                  "en": "Geometric aggregation has no additive parts; each indicator's factor in that ratio: "
                        "{parts}"},
    "e_groups": {"id": "{name} ({group}) dan {other} ({other_group}) dinilai dalam kelompok berbeda; skor mereka "
                       "tidak dibandingkan.",
                 "en": "{name} ({group}) and {other} ({other_group}) are ranked in different groups; their scores "
                       "are not compared."},
    "e_not_compared": {"id": "{name} tidak dinilai, sehingga tidak ada selisih skor untuk dijelaskan.",
                       "en": "{name} is not ranked, so there is no score gap to explain."},
    "e_scale": {"id": "Skala", "en": "Scale"},
    "e_weight": {"id": "Bobot", "en": "Weight"},
    "e_difference": {"id": "Selisih (poin)", "en": "Difference (points)"},
    "e_factor": {"id": "Faktor", "en": "Factor"},
    "e_normalized_short": {"id": "Normalisasi", "en": "Normalised"},
    "e_contribution_short": {"id": "Kontribusi", "en": "Contribution"},
    # markdown
    "md_podium": {"id": "Peringkat {items}.", "en": "Ranked {items}."},
    "md_and": {"id": " dan ", "en": " and "},
    "md_source": {"id": "Sumber", "en": "Source"},
    "v_default": {"id": "bawaan", "en": "default"},
    # jury panel in the Excel report (report/xlsx_panel.py)
    "sheet_interview": {"id": "Wawancara", "en": "Interview"},
    "sheet_jurors": {"id": "Juri", "en": "Jurors"},
    "xp_source": {"id": "Nilai juri: {path} · SHA-256 {sha}", "en": "Jury scores: {path} · SHA-256 {sha}"},
    "xp_scale": {"id": "skala {lo}–{hi}; minimal {n} juri per kriteria",
                 "en": "scale {lo}–{hi}; at least {n} jurors per criterion"},
    "xp_final_weights": {"id": "Bobot tahap akhir", "en": "Final stage weights"},
    "xp_part": {"id": "Bagian", "en": "Part"},
    "xp_shortlist_top": {"id": "Nominasi: {n} teratas menurut skor meja (per kelompok)",
                         "en": "Shortlist: the top {n} by desk score (per group)"},
    "xp_shortlist_min": {"id": "Nominasi: skor meja ≥ {score}", "en": "Shortlist: desk score ≥ {score}"},
    "xp_criteria": {"id": "Kriteria wawancara", "en": "Interview criteria"},
    "xp_results": {"id": "Hasil per nominasi", "en": "Results per finalist"},
    "xp_final_rank": {"id": "Peringkat akhir", "en": "Final rank"},
    "xp_panel_scale": {"id": "Wawancara (skala {lo}–{hi})", "en": "Panel (scale {lo}–{hi})"},
    "xp_panel_100": {"id": "Wawancara (0–100)", "en": "Panel (0–100)"},
    "xp_results_note": {
        "id": "Nilai per kriteria: {how} atas nilai juri di lembar “{sheet}” (abstain tidak dihitung); skor "
              "wawancara = Σ bobot relatif × nilai kriteria; skor akhir = bobot meja × skor meja + bobot "
              "wawancara × skor wawancara (0–100).",
        "en": "Score per criterion: {how} of the jurors' scores on the “{sheet}” sheet (abstentions left out); "
              "panel score = Σ relative weight × criterion score; final score = desk weight × desk score + "
              "panel weight × panel score (0–100)."},
    "xp_standardized_note": {
        "id": "Nilai tiap juri distandardisasi sebelum digabung: nilai per kriteria berasal dari nilai "
              "terstandardisasi dan ditulis sebagai angka, bukan rumus.",
        "en": "Each juror's scores were standardised before combining: the criterion scores come from the "
              "standardised values and are written as numbers, not formulas."},
    "xp_matrix_title": {"id": "Nilai juri per nominasi", "en": "Jurors' scores per finalist"},
    "xp_abstain_note": {
        "id": "abstain = sel kosong di berkas juri (mis. konflik kepentingan): tidak dihitung, bukan 0; "
              "– = tidak ada baris untuk nominasi ini.",
        "en": "abstain = a blank cell in the jury workbook (e.g. a conflict of interest): left out, never 0; "
              "– = no row for this finalist."},
    "xp_totals": {"id": "Total per juri (rata-rata tertimbang atas kriteria yang dinilai)",
                  "en": "Juror totals (weighted mean over the criteria scored)"},
    "xp_criterion_block": {"id": "{cid} — {label} (bobot {weight})", "en": "{cid} — {label} (weight {weight})"},
    "xp_abstain_cell": {"id": "abstain", "en": "abstain"},
    "xp_diagnostics": {"id": "Diagnostik juri", "en": "Juror diagnostics"},
    "xp_kendall": {"id": "Kesepakatan juri (Kendall W)", "en": "Jury agreement (Kendall's W)"},
    "xp_reading": {"id": "Tafsiran", "en": "Reading"},
    "xp_kendall_jurors": {"id": "Juri yang dihitung", "en": "Jurors counted"},
    "xp_disagreement": {"id": "Perbedaan pendapat (total per juri), terbesar lebih dulu",
                        "en": "Disagreement (juror totals), largest first"},
    "xp_lowest": {"id": "Terendah", "en": "Lowest"},
    "xp_highest": {"id": "Tertinggi", "en": "Highest"},
    "xp_stage_note_final": {
        "id": "Nominasi: Skor = {desk} % × skor meja + {panel} % × skor wawancara (lembar “{sheet}”); kontribusi "
              "indikator adalah bagian dari skor meja. Kandidat lain: Skor = skor meja.",
        "en": "Shortlisted: Score = {desk} % × desk score + {panel} % × panel score (“{sheet}” sheet); the "
              "indicator contributions make up the desk score. Others: Score = desk score."},
    "xp_stage_note_desk": {
        "id": "Tahap akhir belum dinilai (tanpa nilai juri): Skor = skor meja; ✓ = masuk nominasi.",
        "en": "Final stage not scored (no jury scores): Score = desk score; ✓ = shortlisted."},
    # jury panel in explain (explain.py)
    "e_final_line": {"id": "{name}: peringkat {rank} dari {of}, skor akhir {score} (nominasi; skor meja {desk}, "
                             "peringkat meja {desk_rank})",
                     "en": "{name}: rank {rank} of {of}, final score {score} (shortlisted; desk score {desk}, "
                           "desk rank {desk_rank})"},
    "e_desk_part": {"id": "Tahap meja: skor meja {score}", "en": "Desk stage: desk score {score}"},
    "e_panel_part": {"id": "Tahap wawancara — {title}, {how}: skor wawancara {score}",
                     "en": "Panel stage — {title}, {how}: panel score {score}"},
    "e_panel_step": {"id": "{name}: {criterion}{label} {value} dari {jurors} × bobot {weight}",
                     "en": "{name}: {criterion}{label} {value} from {jurors} × weight {weight}"},
    "e_n_jurors": {"id": "{n} juri", "en": "{n} jurors"},
    "e_one_juror": {"id": "1 juri", "en": "1 juror"},
    "e_panel_abstained": {"id": "abstain: {jurors}", "en": "abstained: {jurors}"},
    "e_panel_scale": {"id": "skor wawancara {score} pada skala {lo}–{hi} = {percent} dari 100",
                      "en": "panel score {score} on the scale {lo}–{hi} = {percent} out of 100"},
    "e_final_formula": {"id": "skor akhir = {d} × {desk} (meja) + {p} × {panel} (wawancara) = {score}",
                        "en": "final score = {d} × {desk} (desk) + {p} × {panel} (panel) = {score}"},
    "e_not_shortlisted": {"id": "{name} tidak masuk nominasi (peringkat meja {desk_rank}; {rule}) dan diperingkat "
                                "menurut skor mejanya, {score}.",
                          "en": "{name} was not shortlisted (desk rank {desk_rank}; {rule}) and ranks by its desk "
                                "score, {score}."},
    "e_rule_top": {"id": "nominasi: {n} teratas", "en": "shortlist: the top {n}"},
    "e_rule_min": {"id": "nominasi: skor meja ≥ {score}", "en": "shortlist: desk score ≥ {score}"},
    "e_unscored": {"id": "{name} masuk nominasi; tahap wawancara belum dinilai (beri nilai juri dengan --panel), "
                         "jadi skornya adalah skor meja.",
                   "en": "{name} was shortlisted; the panel stage was not scored (give the jury's scores with "
                         "--panel), so its score is the desk score."},
    "e_shortlist_split": {"id": "{name} masuk nominasi dan {other} tidak: nominasi diperingkat di atas kandidat "
                                "lain, dan nominasi ditentukan oleh skor meja.",
                          "en": "{name} was shortlisted and {other} was not: finalists rank above every other "
                                "candidate, and the shortlist was decided on the desk score."},
    "e_desk_ahead": {"id": "Skor meja {name} unggul {gap} poin atas {other}: {parts}",
                     "en": "{name}'s desk score is {gap} points ahead of {other}'s: {parts}"},
    "e_desk_behind": {"id": "Skor meja {name} tertinggal {gap} poin dari {other}: {parts}",
                      "en": "{name}'s desk score is {gap} points behind {other}'s: {parts}"},
    "e_share_desk": {"id": "meja", "en": "desk"},
    "e_share_panel": {"id": "wawancara", "en": "panel"},
    "e_panel_criterion": {"id": "Kriteria wawancara", "en": "Interview criterion"},
    "e_panel_value": {"id": "Nilai", "en": "Score"},
    # jury panel in Markdown (report/text.py)
    "md_stage_note": {
        "id": "nominasi: kontribusi indikator × {desk} % (bobot meja), ditambah kolom {column} = {panel} % × skor "
              "wawancara; jumlahnya adalah skor akhir. Kandidat lain: skor meja",
        "en": "shortlisted: indicator contributions × {desk} % (desk weight), plus the {column} column = {panel} % "
              "× panel score; they add up to the final score. Others: desk score"},
    "md_stage_desk": {"id": "tahap akhir belum dinilai (tanpa nilai juri): skor meja; nominasi: {names}",
                      "en": "final stage not scored (no jury scores): desk scores; shortlisted: {names}"},
    "md_jurors": {"id": "Juri: {n} ({names})", "en": "Jurors: {n} ({names})"},
    "md_jury_file": {"id": "nilai juri", "en": "jury scores"},
    "md_kendall": {"id": "kesepakatan juri (Kendall W) = {w} — {band}",
                   "en": "jury agreement (Kendall's W) = {w} — {band}"},
}
