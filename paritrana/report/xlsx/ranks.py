"""Ranks, ties and the podium's words as Excel formulas, the rules of ``paritrana.core.rank``
and ``paritrana.panel.stages`` written for a spreadsheet (Excel 2010 and LibreOffice: COUNTIF,
COUNTIFS and SUMPRODUCT, no dynamic arrays).

Within a group, with S the group's scores, s the candidate's, t = 1E-9 the tolerance, and T₁,
T₂ … the group's normalised values of the tiebreak indicators (t₁, t₂ … the candidate's):

    rank = 1 + COUNTIF(S, ">"&(s+t))                         candidates clearly above
             + [another score within t] × SUMPRODUCT(        those tied on the score but
                 (ABS(S−s)≤t) × ((T₁>t₁+t) + (ABS(T₁−t₁)≤t) × ((T₂>t₂+t) + …)))   ahead on a tiebreak
    tie  = SUMPRODUCT((ABS(S−s)≤t) × (ABS(T₁−t₁)≤t) × …) > 1    (still equal: the jury decides)

The SUMPRODUCT runs only for a score another candidate shares (an IF around it): COUNTIF is
what a spreadsheet computes fast. A finalist (staged criteria) is ranked among the finalists
of its group by final score F, then desk rank DR; the others keep their desk rank:

    rank = IF(shortlisted, 1 + COUNTIFS(SL,"✓",F,">"&(f+t))
                             + COUNTIFS(SL,"✓",F,">="&(f−t),F,"<="&(f+t),DR,"<"&dr), dr)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

TOLERANCE = "1E-9"  # paritrana.core.rank.TOLERANCE, as Excel reads it


@dataclass(frozen=True)
class RankCells:
    """The cells one candidate's rank reads: its score and its group's scores, and the same
    for each tiebreak indicator (ranges of the group's rows, in the same order)."""

    score: str
    scores: str
    tiebreak: Sequence[tuple[str, str]] = ()  # (the candidate's cell, the group's range)


def _near(scores: str, score: str) -> str:
    """The number of scores within the tolerance of ``score`` (the candidate's own included)."""
    return f'COUNTIFS({scores},">="&({score}-{TOLERANCE}),{scores},"<="&({score}+{TOLERANCE}))'


def _ahead_on_tiebreak(tiebreak: Sequence[tuple[str, str]]) -> str:
    """An array of 1 for each row ahead of the candidate on the tiebreak indicators, in order."""
    if not tiebreak:
        return "0"
    (own, values), rest = tiebreak[0], tiebreak[1:]
    ahead = f"({values}>{own}+{TOLERANCE})"
    if not rest:
        return ahead
    return f"({ahead}+(ABS({values}-{own})<={TOLERANCE})*{_ahead_on_tiebreak(rest)})"


def rank_formula(c: RankCells) -> str:
    """The rank (without ``=``): 1 + those above, + those tied but ahead on the tiebreak."""
    above = f'1+COUNTIF({c.scores},">"&({c.score}+{TOLERANCE}))'
    if not c.tiebreak:
        return above
    ahead = f"SUMPRODUCT((ABS({c.scores}-{c.score})<={TOLERANCE})*{_ahead_on_tiebreak(c.tiebreak)})"
    return f"{above}+IF({_near(c.scores, c.score)}>1,{ahead},0)"


def tie_formula(c: RankCells) -> str:
    """TRUE when another candidate has the same score and tiebreak values (a shared rank)."""
    near = _near(c.scores, c.score)
    if not c.tiebreak:
        return f"{near}>1"
    equal = "*".join(f"(ABS({values}-{own})<={TOLERANCE})" for own, values in c.tiebreak)
    return f"IF({near}>1,SUMPRODUCT((ABS({c.scores}-{c.score})<={TOLERANCE})*{equal})>1,FALSE)"


@dataclass(frozen=True)
class FinalCells:
    """The cells of a staged candidate's final rank: the shortlist mark, final score and desk
    rank, each as the candidate's cell and its group's range."""

    mark: str
    marks: str
    score: str
    scores: str
    desk_rank: str
    desk_ranks: str


def final_rank_formula(c: FinalCells, mark: str) -> str:
    """Among the finalists by final score, then desk rank; the others keep their desk rank."""
    above = f'COUNTIFS({c.marks},"{mark}",{c.scores},">"&({c.score}+{TOLERANCE}))'
    level = (f'COUNTIFS({c.marks},"{mark}",{c.scores},">="&({c.score}-{TOLERANCE}),'
             f'{c.scores},"<="&({c.score}+{TOLERANCE}),{c.desk_ranks},"<"&{c.desk_rank})')
    return f'IF({c.mark}="{mark}",1+{above}+{level},{c.desk_rank})'


def final_tie_formula(c: FinalCells, mark: str, desk_tie: str) -> str:
    """A finalist tied on the final score and the desk rank; another candidate's desk tie."""
    same = (f'COUNTIFS({c.marks},"{mark}",{c.scores},">="&({c.score}-{TOLERANCE}),'
            f'{c.scores},"<="&({c.score}+{TOLERANCE}),{c.desk_ranks},{c.desk_rank})>1')
    return f'IF({c.mark}="{mark}",{same},{desk_tie})'


def note_formula(rank: str, places: Sequence[str], tie: str, tie_word: str, extra: str = "") -> str:
    """The Note: "Juara I/II/III" on the podium, "seri" for a shared rank (joined by "; "),
    then ``extra`` (a formula giving "" or a text to append)."""
    words = ",".join(f'"{_quoted(p)}"' for p in places)
    podium = f'CHOOSE(MIN({rank},4),{words},"")'
    text = f'{podium}&IF({tie},IF({rank}<=3,"; ","")&"{_quoted(tie_word)}","")'
    return text + (f"&{extra}" if extra else "")


def _quoted(text: str) -> str:
    return text.replace('"', '""')
