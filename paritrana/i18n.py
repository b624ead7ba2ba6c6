"""Output labels and number formats in Indonesian (default) and English.

Indonesian: "1.234.567" and "31,63"; English: "1,234,567" and "31.63".
"""

from __future__ import annotations

import math

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
    "c_missing_error": {"id": "galat", "en": "error"},
    "c_missing_zero": {"id": "dianggap 0", "en": "counted as 0"},
    "c_missing_exclude": {"id": "kandidat dikeluarkan", "en": "candidate excluded"},
    "c_missing_mean": {"id": "rata-rata kelompok", "en": "group mean"},
    "c_goalposts": {"id": "batas", "en": "goalposts"},
    "c_range": {"id": "rentang", "en": "range"},
    "c_entity": {"id": "Kandidat (kolom)", "en": "Candidates (column)"},
    "c_group_by": {"id": "Peringkat per kelompok", "en": "Ranked within groups of"},
    "c_aggregation": {"id": "Agregasi", "en": "Aggregation"},
    "c_arithmetic": {"id": "rata-rata tertimbang (aritmetik)", "en": "weighted arithmetic mean"},
    "c_geometric": {"id": "rata-rata geometrik tertimbang", "en": "weighted geometric mean"},
    "c_eligibility": {"id": "Syarat kelayakan", "en": "Eligibility rules"},
    "c_tiebreak": {"id": "Penentu seri", "en": "Tiebreak"},
    "c_max_change": {"id": "Perubahan tahunan wajar (maks.)", "en": "Plausible yearly change (max)"},
    "c_columns": {"id": "Kolom input", "en": "Input columns"},
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
    "p_summary": {"id": "{jurors} juri, {candidates} nominasi, {how}", "en": "{jurors} jurors, {candidates} finalists, {how}"},
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
}


def label(key: str, lang: str) -> str:
    return LABELS[key].get(lang, LABELS[key]["en"])


def fmt_number(value: float | None, decimals: int = 2, lang: str = "id") -> str:
    """``1234567.891`` → "1.234.567,89" (id) or "1,234,567.89" (en); None/NaN → "–"."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    text = f"{value:,.{decimals}f}"
    if text in (f"-{0:.{decimals}f}",):
        text = text[1:]
    if lang == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def fmt_signed(value: float, decimals: int = 2, lang: str = "id") -> str:
    text = fmt_number(value, decimals, lang)
    return text if text.startswith("-") or text == "–" else f"+{text}"
