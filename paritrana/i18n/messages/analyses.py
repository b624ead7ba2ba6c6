"""The analyses on top of a ranking: ``sensitivity`` (its settings, its errors and the sentences
of its report) and ``explain`` (a candidate not found, and the sentences of an explanation).

Sentences are stand-alone: a capital and a full stop where they are whole sentences, as the
glossary asks; candidate and indicator names in narrative sentences take no quotes. Weights and
shares are percentages written without a space ("30%", "51,1%").
"""

from __future__ import annotations

from paritrana.i18n.text import Text

# ---- sensitivity: errors ---------------------------------------------------------------------------

POOL_TOO_LARGE = Text(
    "sensitivity.pool-too-large",
    en="{size:int} eligible candidates: the sensitivity analysis handles at most {most:int} per group (it keeps a "
       "candidates × ranks histogram)",
    id="{size:int} kandidat memenuhi syarat: analisis sensitivitas menangani paling banyak {most:int} kandidat per "
       "kelompok (histogram kandidat × peringkat)")
POOL_TOO_LARGE_GROUP = Text(
    "sensitivity.pool-too-large-group",
    en="{size:int} eligible candidates in group {group:q}: the sensitivity analysis handles at most {most:int} per "
       "group (it keeps a candidates × ranks histogram)",
    id="{size:int} kandidat memenuhi syarat di kelompok {group:q}: analisis sensitivitas menangani paling banyak "
       "{most:int} kandidat per kelompok (histogram kandidat × peringkat)")
SMALLER_POOL = Text(
    "sensitivity.smaller-pool",
    en="analyse a shortlist, or rank within smaller groups with `group_by:` in the criteria",
    id="analisis daftar nominasinya saja, atau buat peringkat dalam kelompok yang lebih kecil dengan `group_by:` "
       "dalam berkas kriteria")
RUNS_OUT_OF_RANGE = Text(
    "sensitivity.runs-out-of-range",
    en="the number of runs must be from 1 to {most:int}, not {runs:int}",
    id="jumlah simulasi harus 1 sampai {most:int}, bukan {runs:int}",
    cli_en="`--runs` must be from 1 to {most:int}, not {runs:int}",
    cli_id="`--runs` harus 1 sampai {most:int}, bukan {runs:int}")
JITTER_OUT_OF_RANGE = Text(
    "sensitivity.jitter-out-of-range",
    en="the weight jitter must be at least 0 and below 1, not {jitter:num}",
    id="variasi bobot harus paling sedikit 0 dan kurang dari 1, bukan {jitter:num}",
    cli_en="`--jitter` must be at least 0 and below 1, not {jitter:num}",
    cli_id="`--jitter` harus paling sedikit 0 dan kurang dari 1, bukan {jitter:num}")
JITTER_EXAMPLE = Text("sensitivity.jitter-example",
                      en="{example:num} lets each weight vary by ±{pct:num}%",
                      id="{example:num} berarti setiap bobot boleh berubah ±{pct:num}%")
UNKNOWN_METHODS = Text(
    "sensitivity.unknown-methods",
    en="unknown normalisation method {names:qlist}",
    id="metode normalisasi {names:qlist} tidak dikenal",
    cli_en="unknown normalisation method {names:qlist} in `--methods`",
    cli_id="metode normalisasi {names:qlist} dalam `--methods` tidak dikenal")
NO_METHODS = Text("sensitivity.no-methods",
                  en="no normalisation method given",
                  id="metode normalisasi belum diberikan",
                  cli_en="`--methods` names no normalisation method",
                  cli_id="`--methods` tidak berisi metode normalisasi")
CHOOSE_METHODS = Text("sensitivity.choose-methods",
                      en="choose from {choices:codelist}",
                      id="pilih dari {choices:codelist}")
METHOD_NEEDS_NONNEGATIVE = Text(
    "sensitivity.method-needs-nonnegative",
    en="the method {method:code} needs values ≥ 0, but indicator {indicator:code} of {name:q} is {value:num}",
    id="metode {method:code} memerlukan nilai ≥ 0, padahal indikator {indicator:code} untuk {name:q} bernilai "
       "{value:num}")
LEAVE_METHOD_OUT = Text(
    "sensitivity.leave-method-out",
    en="leave {method:code} out of the methods drawn",
    id="jangan sertakan {method:code} dalam metode yang diundi",
    cli_en="leave {method:code} out of `--methods`",
    cli_id="hapus {method:code} dari `--methods`")
GEOMETRIC_NEEDS_POSITIVE = Text(
    "sensitivity.geometric-needs-positive",
    en="geometric aggregation needs values > 0, but {name:q} gets {value:num} on indicator {indicator:code} under "
       "the method {method:code}",
    id="agregasi geometrik memerlukan nilai > 0, padahal {name:q} mendapat {value:num} pada indikator "
       "{indicator:code} dengan metode {method:code}")
LEAVE_METHOD_OUT_OR_RANGE = Text(
    "sensitivity.leave-method-out-or-range",
    en="leave {method:code} out of the methods drawn, or give {indicator:code} a `range:` that starts above 0",
    id="jangan sertakan {method:code} dalam metode yang diundi, atau beri {indicator:code} `range:` yang dimulai "
       "di atas 0",
    cli_en="leave {method:code} out of `--methods`, or give {indicator:code} a `range:` that starts above 0",
    cli_id="hapus {method:code} dari `--methods`, atau beri {indicator:code} `range:` yang dimulai di atas 0")
UNKNOWN_OUTPUT = Text("sensitivity.unknown-output",
                      en="unknown output type {suffix:q}",
                      id="jenis berkas keluaran {suffix:q} tidak dikenal")
NO_OUTPUT_SUFFIX = Text("sensitivity.no-output-suffix",
                        en="the output has no extension to say its type",
                        id="nama berkas keluaran tidak memiliki ekstensi yang menunjukkan jenisnya")
USE_XLSX_OR_JSON = Text("sensitivity.use-xlsx-or-json",
                        en="end the name with `.xlsx` or `.json`",
                        id="akhiri nama berkas dengan `.xlsx` atau `.json`")

# ---- sensitivity: the report's lines ------------------------------------------------------------------

YEARS = Text("sensitivity.years",
             en="assessed year {year}, baseline year {baseline}",
             id="tahun yang dinilai {year}, tahun pembanding {baseline}")
YEAR = Text("sensitivity.year", en="assessed year {year}", id="tahun yang dinilai {year}")
RUNS = Text("sensitivity.runs", en="{runs:int} runs", id="{runs:int} simulasi")
JITTER = Text("sensitivity.jitter", en="each weight ±{pct:num}%", id="setiap bobot ±{pct:num}%")
METHODS = Text("sensitivity.methods", en="random normalisation: {methods:list}", id="normalisasi acak: {methods:list}")
METHODS_CRITERIA = Text("sensitivity.methods-criteria",
                        en="normalisation as in the criteria",
                        id="normalisasi sesuai kriteria")
GEOMETRIC = Text("sensitivity.geometric",
                 en="geometric aggregation (computed on logarithms)",
                 id="agregasi geometrik (dihitung pada logaritma)")
SEED = Text("sensitivity.seed",
            en="seed {seed}",
            id="angka acak awal {seed}",
            cli_en="seed (`--seed`) {seed}",
            cli_id="angka acak awal (`--seed`) {seed}")
SHOWN_OF = Text("sensitivity.shown-of",
                en="showing {shown:int} of {total:int} candidates",
                id="menampilkan {shown:int} dari {total:int} kandidat",
                cli_en="showing {shown:int} of {total:int} candidates (`--top N` for more)",
                cli_id="menampilkan {shown:int} dari {total:int} kandidat (`--top N` untuk lebih banyak)")
PODIUM_SAME = Text("sensitivity.podium-same",
                   en="The same top three in the same order in {pct:num1}% of the runs.",
                   id="Tiga besar dengan urutan yang sama persis muncul pada {pct:num1}% simulasi.")
FIRST_WHOLE = Text(
    "sensitivity.first-whole",
    en="{who} stays first whatever the weight of {ind} (0–100%; now {now:num}%).",
    id="{who} tetap di peringkat 1 berapa pun bobot {ind} (0–100%; sekarang {now:num}%).")
FIRST = Text(
    "sensitivity.first",
    en="{who} stays first while the weight of {ind} stays between {lo:num}% and {hi:num}% (now {now:num}%)",
    id="{who} tetap di peringkat 1 selama bobot {ind} antara {lo:num}% dan {hi:num}% (sekarang {now:num}%)")
FIRST_WHOLE_TIED = Text(
    "sensitivity.first-whole-tied",
    en="{who:list} (tied) stay first whatever the weight of {ind} (0–100%; now {now:num}%).",
    id="{who:list} (seri) tetap di peringkat 1 berapa pun bobot {ind} (0–100%; sekarang {now:num}%).")
FIRST_TIED = Text(
    "sensitivity.first-tied",
    en="{who:list} (tied) stay first while the weight of {ind} stays between {lo:num}% and {hi:num}% (now {now:num}%)",
    id="{who:list} (seri) tetap di peringkat 1 selama bobot {ind} antara {lo:num}% dan {hi:num}% (sekarang "
       "{now:num}%)")
TIED_AT = Text("sensitivity.tied-at", en="{who:list} tied at {rank}", id="{who:list} seri di peringkat {rank}")
THEN = Text("sensitivity.then", en="{first}, then {rest}", id="{first}, lalu {rest}")
PODIUM_WHOLE_TIED = Text(
    "sensitivity.podium-whole-tied",
    en="The top three ({who}) keep their places whatever the weight of {ind} (0–100%; now {now:num}%).",
    id="Tiga besar ({who}) tetap di tempatnya berapa pun bobot {ind} (0–100%; sekarang {now:num}%).")
PODIUM_TIED = Text(
    "sensitivity.podium-tied",
    en="The top three ({who}) keep their places while the weight of {ind} stays between {lo:num}% and {hi:num}% "
       "(now {now:num}%)",
    id="Tiga besar ({who}) tetap di tempatnya selama bobot {ind} antara {lo:num}% dan {hi:num}% "
       "(sekarang {now:num}%)")
PODIUM_WHOLE = Text(
    "sensitivity.podium-whole",
    en="The top three ({who:list}) keep their order whatever the weight of {ind} (0–100%; now {now:num}%).",
    id="Urutan tiga besar ({who:list}) tetap berapa pun bobot {ind} (0–100%; sekarang {now:num}%).")
PODIUM = Text(
    "sensitivity.podium",
    en="The top three ({who:list}) keep their order while the weight of {ind} stays between {lo:num}% and "
       "{hi:num}% (now {now:num}%)",
    id="Urutan tiga besar ({who:list}) tetap selama bobot {ind} antara {lo:num}% dan {hi:num}% "
       "(sekarang {now:num}%)")
BELOW = Text("sensitivity.below", en="; below {at:num}%, {events:list}", id="; di bawah {at:num}%, {events:list}")
ABOVE = Text("sensitivity.above", en="; above {at:num}%, {events:list}", id="; di atas {at:num}%, {events:list}")
OVERTAKES = Text("sensitivity.overtakes", en="{who} overtakes {whom}", id="{who} melampaui {whom}")
OVERTAKE = Text("sensitivity.overtake", en="{who:list} overtake {whom}", id="{who:list} melampaui {whom}")
PLACE_FREE = Text("sensitivity.place-free",
                  en="Place {p} ({who}) does not depend on any single indicator.",
                  id="Peringkat {p} ({who}) tidak bergantung pada satu indikator pun.")
PLACE_DEPENDS = Text("sensitivity.place-depends",
                     en="Place {p} ({who}) depends on {items:list}.",
                     id="Peringkat {p} ({who}) bergantung pada {items:list}.")
PLACE_FREE_TIED = Text("sensitivity.place-free-tied",
                       en="Place {p} (tied: {who:list}) does not depend on any single indicator.",
                       id="Peringkat {p} (seri: {who:list}) tidak bergantung pada satu indikator pun.")
PLACE_DEPENDS_TIED = Text("sensitivity.place-depends-tied",
                          en="Place {p} (tied: {who:list}) depends on {items:list}.",
                          id="Peringkat {p} (seri: {who:list}) bergantung pada {items:list}.")
PLACE_ITEM_TIED = Text("sensitivity.place-item-tied", en="{ind} (without it: {new:list})",
                       id="{ind} (tanpanya: {new:list})")
PLACE_ITEM = Text("sensitivity.place-item", en="{ind} (without it: {new})", id="{ind} (tanpanya: {new})")
NOBODY = Text("sensitivity.nobody", en="nobody", id="tidak ada")
SINGLE_INDICATOR = Text("sensitivity.single-indicator",
                        en="There is only one indicator: no weight to vary.",
                        id="Hanya ada satu indikator: tidak ada bobot yang bisa diubah.")
NO_CANDIDATES = Text("sensitivity.no-candidates",
                     en="No eligible candidates.",
                     id="Tidak ada kandidat yang memenuhi syarat.")

# ---- explain: a name that is not there ----------------------------------------------------------------

NO_CANDIDATE_IN_YEAR = Text("explain.no-candidate-in-year",
                            en="no candidate {name:q} for {year}",
                            id="kandidat {name:q} tidak ada dalam data {year}")
SAME_CANDIDATE = Text("explain.same-candidate", en="{name:q} and {other:q} are the same candidate",
                      id="{name:q} dan {other:q} adalah kandidat yang sama")
PICK_ANOTHER = Text("explain.pick-another", en="compare with another candidate",
                    id="bandingkan dengan kandidat lain",
                    cli_en="name another candidate after `--vs`", cli_id="sebutkan kandidat lain setelah `--vs`")
NO_CANDIDATE = Text("explain.no-candidate",
                    en="no candidate {name:q}",
                    id="kandidat {name:q} tidak ada dalam data")
CANDIDATES_ARE = Text("explain.candidates-are",
                      en="the candidates are {names:qlist}",
                      id="kandidat yang ada: {names:qlist}")
CANDIDATES_ARE_MORE = Text("explain.candidates-are-more",
                           en="the candidates are {names:qlist} and {more:int} more",
                           id="kandidat yang ada: {names:qlist}, dan {more:int} kandidat lain")

# ---- explain: the sentences ----------------------------------------------------------------------------

RANK_LINE = Text("explain.rank-line",
                 en="{name}: rank {rank} of {of:int}, score {score:num2}",
                 id="{name}: peringkat {rank} dari {of:int}, skor {score:num2}")
FINAL_LINE = Text(
    "explain.final-line",
    en="{name}: rank {rank} of {of:int}, final score {score:num2} (finalist; desk score {desk:num2}, desk rank "
       "{desk_rank})",
    id="{name}: peringkat {rank} dari {of:int}, skor akhir {score:num2} (finalis; skor indikator {desk:num2}, "
       "peringkat indikator {desk_rank})")
STEP = Text(
    "explain.step",
    en="{name}: {indicator} {raw} → normalised {normalized:num2} ({scale}) × weight {weight:num}% = "
       "{contribution:num2} points",
    id="{name}: {indicator} {raw} → dinormalisasi {normalized:num2} ({scale}) × bobot {weight:num}% = "
       "{contribution:num2} poin")
STEP_GEOMETRIC = Text(
    "explain.step-geometric",
    en="{name}: {indicator} {raw} → normalised {normalized:num2} ({scale}); weight {weight:num}% as an exponent",
    id="{name}: {indicator} {raw} → dinormalisasi {normalized:num2} ({scale}); bobot {weight:num}% sebagai pangkat")
RAW = Text("explain.raw", en="{value:num}", id="{value:num}")
RAW_UNIT = Text("explain.raw-unit", en="{value:num} {unit}", id="{value:num} {unit}")
RAW_PERCENT = Text("explain.raw-percent", en="{value:num}%", id="{value:num}%")
ASPECT_SCORE = Text("explain.aspect-score", en="{aspect} {score:num2}", id="{aspect} {score:num2}")
ASPECTS = Text("explain.aspects", en="Aspect scores: {aspects}.", id="Skor aspek: {aspects}.")
GEOMETRIC_NOTE = Text(
    "explain.geometric-note",
    en="Geometric aggregation: the score is the weighted geometric mean of the normalised values (within each "
       "aspect, then across aspects); there are no additive contributions per indicator.",
    id="Agregasi geometrik: skor adalah rata-rata geometrik tertimbang dari nilai ternormalisasi (dalam tiap aspek, "
       "lalu antaraspek); tidak ada kontribusi aditif per indikator.")
INELIGIBLE = Text(
    "explain.ineligible",
    en="{name} is ineligible and not ranked; rules failed: {reasons}.",
    id="{name} tidak memenuhi syarat dan tidak dinilai; syarat yang tidak dipenuhi: {reasons}.")
AHEAD = Text("explain.ahead",
             en="{name} is {gap:num2} points ahead of {other}: {parts}.",
             id="{name} unggul {gap:num2} poin atas {other}: {parts}.")
BEHIND = Text("explain.behind",
              en="{name} is {gap:num2} points behind {other}: {parts}.",
              id="{name} tertinggal {gap:num2} poin dari {other}: {parts}.")
LEVEL = Text("explain.level",
             en="{name} and {other} have the same score ({score:num2}): {parts}.",
             id="{name} dan {other} memiliki skor yang sama ({score:num2}): {parts}.")
DESK_AHEAD = Text("explain.desk-ahead",
                  en="{name}'s desk score is {gap:num2} points ahead of {other}'s: {parts}.",
                  id="Skor indikator {name} unggul {gap:num2} poin atas {other}: {parts}.")
DESK_BEHIND = Text("explain.desk-behind",
                   en="{name}'s desk score is {gap:num2} points behind {other}'s: {parts}.",
                   id="Skor indikator {name} tertinggal {gap:num2} poin dari {other}: {parts}.")
RATIO = Text("explain.ratio",
             en="{name}'s score is {ratio:num2} times {other}'s ({score:num2} against {other_score:num2}).",
             id="Skor {name} {ratio:num2} kali skor {other} ({score:num2} berbanding {other_score:num2}).")
FACTORS = Text(
    "explain.factors",
    en="Geometric aggregation has no additive parts; each indicator's factor in that ratio: {parts}.",
    id="Agregasi geometrik tidak memiliki bagian aditif; faktor tiap indikator dalam rasio itu: {parts}.")
GROUPS = Text(
    "explain.groups",
    en="{name} ({group}) and {other} ({other_group}) are ranked in different groups; their scores are not compared.",
    id="{name} ({group}) dan {other} ({other_group}) diperingkat dalam kelompok berbeda; skor keduanya tidak "
       "dibandingkan.")
NOT_COMPARED = Text("explain.not-compared",
                    en="{name} is not ranked, so there is no score gap to explain.",
                    id="{name} tidak dinilai, sehingga tidak ada selisih skor untuk dijelaskan.")
DESK_PART = Text("explain.desk-part",
                 en="Desk stage: desk score {score:num2}.",
                 id="Tahap penilaian indikator: skor indikator {score:num2}.")
PANEL_PART = Text("explain.panel-part",
                  en="Panel stage — {title}, {how}: panel score {score:num2}.",
                  id="Tahap wawancara — {title}, {how}: skor wawancara {score:num2}.")
PANEL_STEP = Text("explain.panel-step",
                  en="{name}: {criterion}{label} {value:num2} from {jurors} × weight {weight:num}%",
                  id="{name}: {criterion}{label} {value:num2} dari {jurors} × bobot {weight:num}%")
N_JURORS = Text("explain.n-jurors", en="{n:int} jurors", id="{n:int} juri")
ONE_JUROR = Text("explain.one-juror", en="1 juror", id="1 juri")
PANEL_ABSTAINED = Text("explain.panel-abstained", en="{step}; abstained: {jurors:list}",
                       id="{step}; abstain: {jurors:list}")
PANEL_SCALE = Text("explain.panel-scale",
                   en="panel score {score:num2} on the scale {lo:num}–{hi:num} = {percent:num2} out of 100",
                   id="skor wawancara {score:num2} pada skala {lo:num}–{hi:num} = {percent:num2} dari 100")
FINAL_FORMULA = Text(
    "explain.final-formula",
    en="final score = {d:num}% × {desk:num2} (desk score) + {p:num}% × {panel:num2} (panel score) = {score:num2}",
    id="skor akhir = {d:num}% × {desk:num2} (skor indikator) + {p:num}% × {panel:num2} (skor wawancara) = "
       "{score:num2}")
NOT_SHORTLISTED = Text(
    "explain.not-shortlisted",
    en="{name} was not shortlisted (desk rank {desk_rank}; {rule}) and ranks by its desk score, {score:num2}.",
    id="{name} tidak masuk nominasi (peringkat indikator {desk_rank}; {rule}) dan diperingkat menurut skor "
       "indikatornya, {score:num2}.")
RULE_TOP = Text("explain.rule-top", en="shortlist: the top {n:int}", id="daftar nominasi: {n:int} teratas")
RULE_MIN = Text("explain.rule-min", en="shortlist: desk score ≥ {score:num}",
                id="daftar nominasi: skor indikator ≥ {score:num}")
UNSCORED = Text(
    "explain.unscored",
    en="{name} was shortlisted; the panel stage was not scored because there are no jury scores yet, so its score is "
       "the desk score.",
    id="{name} masuk nominasi; tahap wawancara belum dinilai karena nilai juri belum ada, jadi skornya adalah skor "
       "indikator.",
    cli_en="{name} was shortlisted; the panel stage was not scored because there are no jury scores yet (give them "
           "with `--panel`), so its score is the desk score.",
    cli_id="{name} masuk nominasi; tahap wawancara belum dinilai karena nilai juri belum ada (berikan dengan "
           "`--panel`), jadi skornya adalah skor indikator.")
SHORTLIST_SPLIT = Text(
    "explain.shortlist-split",
    en="{name} was shortlisted and {other} was not: finalists rank above every other candidate, and the shortlist "
       "was decided on the desk score.",
    id="{name} masuk nominasi dan {other} tidak: finalis diperingkat di atas semua kandidat lain, dan daftar "
       "nominasi ditentukan oleh skor indikator.")
SHARE_DESK = Text("explain.share-desk", en="desk score", id="skor indikator")
SHARE_PANEL = Text("explain.share-panel", en="panel", id="wawancara")
