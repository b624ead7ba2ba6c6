"""Markdown for minutes and press releases: a title line, the podium in a sentence, the
table, the ineligible, and the sources with their SHA-256."""

from __future__ import annotations

from conftest import SAMPLE_XLSX, make_workbook, sha256, table, write_criteria


def markdown(result, **kwargs) -> str:
    from paritrana.report.text import to_markdown

    return to_markdown(result, **kwargs)


def test_starts_with_the_title_and_the_years(sample_result):
    lines = markdown(sample_result).splitlines()
    assert lines[0] == "## Paritrana Award — Pemerintah Kabupaten/Kota"
    assert lines[2] == "Tahun yang dinilai 2024, tahun pembanding 2023"


def test_years_in_english(sample_result):
    assert markdown(sample_result, lang="en").splitlines()[2] == "Assessed year 2024, baseline year 2023"


def test_podium_sentence_in_indonesian(sample_result):
    # EYD: a comma before "dan" from three items on
    assert "Peringkat I Ketapang (skor 90,41), II Mempawah (41,92), dan III Sekadau (39,37)." in markdown(sample_result)


def test_podium_sentence_in_english(sample_result):
    text = markdown(sample_result, lang="en")
    assert "Ranked I Ketapang (score 90.41), II Mempawah (41.92) and III Sekadau (39.37)." in text


def test_podium_respects_top(sample_result):
    text = markdown(sample_result, top=1)
    assert "Peringkat I Ketapang (skor 90,41)." in text and "Mempawah" not in text


def test_table_rows_bold_the_podium(sample_result):
    text = markdown(sample_result)
    assert ("| Peringkat | Nama | Skor | Capaian peserta aktif | Cakupan kepesertaan (%) "
            "| Kenaikan cakupan (poin persentase) |") in text
    # Ketapang: 40,00 + 20,41 + 30,00 = 90,41
    assert "| 1 | **Ketapang** | 90,41 | 40,00 | 20,41 | 30,00 |" in text
    assert "| 4 | Landak | 37,05 | 21,02 | 16,03 | 0,00 |" in text
    assert "_Kontribusi per indikator (poin; dibulatkan agar jumlahnya sama dengan skor)._" in text


def test_source_line_names_files_and_sha256(sample_result):
    last = markdown(sample_result).rstrip("\n").splitlines()[-1]
    assert last.startswith("Sumber: data `kalbar-2025.xlsx` (SHA-256 `")
    assert sha256(SAMPLE_XLSX) in last
    # the packaged default is named as a person reads it, never "<default: …>"
    assert f"kriteria `paritrana-kabkota.yaml` (bawaan; SHA-256 `{sample_result.criteria_source.sha256}`)" in last
    assert "<default" not in markdown(sample_result, lang="en")


def test_ineligible_listed_with_their_rules(tmp_path):
    import paritrana

    data = make_workbook(tmp_path, {"2023": table({"Alpha": (100, 50), "Beta": (100, 40), "Gamma": (100, 30)}),
                                    "2024": table({"Alpha": (100, 60), "Beta": (100, 45), "Gamma": (100, 130)})})
    text = markdown(paritrana.run(data), lang="en")
    # "<" is escaped so that no Markdown renderer reads it as HTML
    assert "**Ineligible:**\n\n- Gamma: peserta \\<= pekerja\n" in text


def test_ineligible_reasons_show_the_values_when_the_run_is_at_hand(tmp_path):
    import paritrana

    data = make_workbook(tmp_path, {"2023": table({"Alpha": (100, 50), "Beta": (100, 40), "Gamma": (100, 30)}),
                                    "2024": table({"Alpha": (100, 60), "Beta": (100, 45), "Gamma": (100, 130)})})
    # Gamma: peserta 130 > pekerja 100, the failed rule "peserta <= pekerja" turned round
    assert "**Tidak memenuhi syarat:**\n\n- Gamma: peserta 130 \\> pekerja 100\n" in markdown(paritrana.evaluate(data))


def test_tied_podium_places_share_the_numeral(tmp_path):
    import paritrana

    # identical rows: capaian and pertumbuhan all equal → 100, cakupan 50 → 0,4·100 + 0,3·50 + 0,3·100 = 85
    data = make_workbook(tmp_path, {"2023": table({"Sanggau": (100, 40), "Landak": (100, 40)}),
                                    "2024": table({"Sanggau": (100, 50), "Landak": (100, 50)})})
    text = markdown(paritrana.run(data))
    assert "Peringkat I Landak dan Sanggau (seri, skor 85,00)." in text
    assert "_Seri: skor dan indikator penentu sama persis; urutannya diputuskan tim juri._" in text


def test_names_are_escaped_in_the_podium(tmp_path):
    import paritrana

    data = make_workbook(tmp_path, {"2023": table({"Kayong | *Utara*": (100, 40), "Landak": (100, 20)}),
                                    "2024": table({"Kayong | *Utara*": (100, 50), "Landak": (100, 30)})})
    text = markdown(paritrana.run(data))
    assert "Peringkat I Kayong \\| \\*Utara\\* (skor" in text


def test_groups_get_a_heading_and_a_podium_each(tmp_path):
    import paritrana

    criteria = write_criteria(tmp_path, """
        title: Grouped
        group_by: kategori
        columns:
          wilayah: [Wilayah]
          kategori: [Kategori]
          x: [X]
        indicators:
          v: {value: x, weight: 1}
        """)
    data = make_workbook(tmp_path, {"2024": [["Wilayah", "Kategori", "X"], ["A", "kota", 1], ["B", "kota", 3],
                                             ["C", "kab", 2], ["D", "kab", 4]]})
    text = markdown(paritrana.run(data, criteria=criteria))
    assert "### kota\n\nPeringkat I B (skor 100,00) dan II A (0,00).\n" in text
    assert "### kab\n\nPeringkat I D (skor 100,00) dan II C (0,00).\n" in text


def test_geometric_columns_are_normalised_values(tmp_path):
    import paritrana

    criteria = write_criteria(tmp_path, """
        title: Geo
        aggregation: geometric
        columns:
          wilayah: [Wilayah]
          x: [X]
        indicators:
          v: {value: x, weight: 1, normalize: {method: target, min: 0, max: 10}}
        """)
    data = make_workbook(tmp_path, {"2024": [["Wilayah", "X"], ["A", 4], ["B", 8]]})
    text = markdown(paritrana.run(data, criteria=criteria), lang="en")
    assert "| 1 | **B** | 80.00 | 80.00 |" in text
    assert "_Normalised values (0–100)._" in text


def test_cli_writes_markdown_report(tmp_path, runner):
    from paritrana.cli.app import app

    out = tmp_path / "hasil.md"
    res = runner.invoke(app, ["rank", str(SAMPLE_XLSX), "--output", str(out)])
    assert res.exit_code == 0, res.output
    assert "Peringkat I Ketapang (skor 90,41)" in out.read_text(encoding="utf-8")


# ---- stages and the jury panel ---------------------------------------------------------------
#
# Sample jury (paritrana-kabkota-final.yaml, final 60 % desk + 40 % panel): a finalist's indicator
# cells are its contributions × 0,6 and the Wawancara cell 0,4 × its panel score, so that
# Ketapang's row adds up: 24,00 + 12,24 + 18,00 + 33,38 = 87,62 (0,4 × 83,44 = 33,38).

FINAL_CRITERIA = SAMPLE_XLSX.parent.parent / "criteria" / "paritrana-kabkota-final.yaml"
SAMPLE_PANEL = SAMPLE_XLSX.parent / "panel/kalbar-2025-juri.xlsx"


def staged(panel=True):
    import paritrana

    return paritrana.run(SAMPLE_XLSX, criteria=FINAL_CRITERIA, panel=SAMPLE_PANEL if panel else None)


def test_finalist_rows_add_up_with_the_panel_column():
    text = markdown(staged())
    assert ("| Peringkat | Nama | Skor | Capaian peserta aktif | Cakupan kepesertaan (%) "
            "| Kenaikan cakupan (poin persentase) | Skor wawancara |") in text
    assert "| 1 | **Ketapang** | 87,62 | 24,00 | 12,24 | 18,00 | 33,38 |" in text
    assert "| 6 | Kota Pontianak | 33,85 | 19,61 | 5,94 | 8,30 | – |" in text  # not shortlisted: desk score
    assert "Peringkat I Ketapang (skor 87,62), II Mempawah (56,42), dan III Sekadau (53,77)." in text


def test_every_row_adds_up_to_its_score():
    import pytest

    rows = [line for line in markdown(staged(), lang="en").splitlines() if line.startswith("| ") and line[2].isdigit()]
    assert len(rows) == 14
    for line in rows:
        cells = [c.strip() for c in line.strip("|").split("|")]
        parts = [float(c) for c in cells[3:] if c != "–"]
        assert sum(parts) == pytest.approx(float(cells[2]), abs=0.03), line  # four cells rounded to 0,01


def test_stage_note_and_the_jury_line():
    text = markdown(staged(), lang="en")
    assert ("_Finalists: indicator contributions × 60% (desk weight), plus the Panel score column = 40% × panel "
            "score; they add up to the final score. Others: desk score._") in text
    assert ("Jurors: 9 (Juri 1, Juri 2, Juri 3, Juri 4, Juri 5, Juri 6, Juri 7, Juri 8, Juri 9); "
            "jury agreement (Kendall's W) = 0.46 — weak.") in text
    assert f"jury scores `kalbar-2025-juri.xlsx` (SHA-256 `{sha256(SAMPLE_PANEL)}`)" in text


def test_stages_without_panel_scores_name_the_shortlist_and_add_no_column():
    text = markdown(staged(panel=False))
    assert "| Skor wawancara |" not in text
    assert ("_Tahap akhir belum dinilai (belum ada nilai juri): skor indikator; masuk nominasi: Ketapang, Mempawah, "
            "Sekadau, Landak, Sanggau._") in text
    assert "Juri:" not in text


def test_without_stages_there_is_no_panel_column_or_jury_line(sample_result):
    text = markdown(sample_result)
    assert "Skor wawancara" not in text and "Kendall" not in text
