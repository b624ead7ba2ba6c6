"""The sensitivity of the final stage (staged criteria): its headings and sentences, on the
terminal and on the Sensitivitas sheet (``paritrana.sensitivity.final``)."""

from __future__ import annotations

from paritrana.i18n.text import Text

DESK_HEADING = Text("final-sensitivity.desk-heading", en="Desk stage (desk scores of every eligible candidate)",
                    id="Tahap penilaian indikator (skor indikator semua kandidat yang memenuhi syarat)")
DESK_ONLY = Text(
    "final-sensitivity.desk-only",
    en="This analysis covers the desk stage only: the jury's scores were not given, so the final stage (the "
       "shortlist's interview and final score) is not analysed.",
    id="Analisis ini hanya mencakup tahap penilaian indikator: nilai juri tidak diberikan, sehingga tahap akhir "
       "(wawancara daftar nominasi dan skor akhir) tidak dianalisis.",
    cli_en="This analysis covers the desk stage only: the jury's scores were not given (`--panel`), so the final "
           "stage (the shortlist's interview and final score) is not analysed.",
    cli_id="Analisis ini hanya mencakup tahap penilaian indikator: nilai juri tidak diberikan (`--panel`), sehingga "
           "tahap akhir (wawancara daftar nominasi dan skor akhir) tidak dianalisis.")
FINAL_HEADING = Text(
    "final-sensitivity.heading",
    en="Final stage (what was decided): final score = {desk:num}% desk score + {panel:num}% panel score",
    id="Tahap akhir (yang diputuskan): skor akhir = {desk:num}% skor indikator + {panel:num}% skor wawancara")
FINAL_RUNS = Text(
    "final-sensitivity.runs",
    en="The finalists as chosen; each run varies the desk weights (the same draws as above) and the desk and "
       "panel shares of the final score, each ±{pct:num}%.",
    id="Finalis tetap seperti yang dipilih; setiap simulasi mengubah bobot indikator (undian yang sama dengan di "
       "atas) serta bobot skor indikator dan skor wawancara dalam skor akhir, masing-masing ±{pct:num}%.")
SHORTLIST_CHANGED = Text(
    "final-sensitivity.shortlist-changed",
    en="In {pct:num1}% of the runs the desk scores would have shortlisted other candidates (the jury scored these "
       "finalists only).",
    id="Pada {pct:num1}% simulasi, skor indikator akan memilih finalis yang lain (juri hanya menilai finalis ini).")
SHARE_HEADING = Text("final-sensitivity.share-heading",
                     en="Safe range of the panel's share of the final score (exact; the desk's share is the rest)",
                     id="Rentang aman bobot skor wawancara dalam skor akhir (dihitung eksak; bobot skor indikator "
                        "adalah sisanya)")
SHARE_FIRST = Text(
    "final-sensitivity.share-first",
    en="{who} stays first while the panel's share stays between {lo:num}% and {hi:num}% (now {now:num}%)",
    id="{who} tetap di peringkat 1 selama bobot skor wawancara antara {lo:num}% dan {hi:num}% (sekarang {now:num}%)")
SHARE_PODIUM = Text(
    "final-sensitivity.share-podium",
    en="The top three ({who:list}) keep their order while the panel's share stays between {lo:num}% and {hi:num}% "
       "(now {now:num}%)",
    id="Urutan tiga besar ({who:list}) tetap selama bobot skor wawancara antara {lo:num}% dan {hi:num}% "
       "(sekarang {now:num}%)")
JURORS_HEADING = Text("final-sensitivity.jurors-heading", en="Without one juror's scores",
                      id="Tanpa nilai satu juri")
JUROR_SAME = Text("final-sensitivity.juror-same", en="Without {juror}: the same top three.",
                  id="Tanpa {juror}: tiga besar tetap.")
JUROR_CHANGED = Text("final-sensitivity.juror-changed",
                     en="Without {juror}: {podium:list} (places {places:list} change).",
                     id="Tanpa {juror}: {podium:list} (peringkat {places:list} berubah).")
JUROR_NOT_COMPUTABLE = Text("final-sensitivity.juror-not-computable", en="Without {juror}: not computable ({why}).",
                            id="Tanpa {juror}: tidak dapat dihitung ({why}).")
JUROR = Text("final-sensitivity.juror", en="Juror left out", id="Juri yang tidak dihitung")
