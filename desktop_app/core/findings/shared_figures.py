"""Two sentences of one story that give the same distinctive figure state the same fact.

"The original has had over 5 million views" and "the video has been viewed more than 5
million times" share few words, so the word scorers leave them below the agreement
threshold, and their frames differ ("views", "times") so figures.claim_findings does not
pair them either. A figure that is neither small nor a year rarely recurs by chance inside
one story: sentences that share one, and some words besides, report one fact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import islice

import numpy as np

from ..claims.inclusions import CASUALTIES
from ..compare.story import STORY_FLOOR
from ..model import Claim, Document, Finding
from ..text.noun_synonyms import counted_unit
from ..text.stance import sentence_stance
from .figures import (
    COMPARISON_BUDGET,
    CONTEXT_FLOOR,
    claim_finding,
    one_bound,
    relative_gap,
    same_figure,
)

# Counts below this recur by chance (five people, three children, two weeks); AP style spells
# out one to nine for the same reason: they are words, not data.
DISTINCTIVE_FROM = 10.0


def distinctive(claim: Claim) -> bool:
    """A figure that names a fact: a definite value of ten or more, stated, not a rank."""
    return (claim.value >= DISTINCTIVE_FROM and claim.kind != "rank" and not claim.negated
            and claim.qualifier not in ("vague", "range"))


# Two different nouns counted alike ("400 militants", "400 fighters") are one figure only when
# the number is large enough not to recur by chance ("16 countries", "16 carbons") or both count
# the same casualties.
DISTINCTIVE_ALONE = 100.0
# How far apart two written values may be and still be one figure: rounding ("$3 billion" for
# $3.2 billion, "a hundred thousand" for 110,000) stays within it, a bound's distant value
# ("more than 3 million" / "5 million") does not.
SHARED_GAP = 0.25


def _same_figure(first: Claim, second: Claim) -> bool:
    if first.kind != second.kind or (first.kind in ("money", "measure") and first.unit != second.unit):
        return False
    if counted_unit(first) != counted_unit(second) and first.value < DISTINCTIVE_ALONE and not (
            first.attribute == second.attribute and first.attribute in CASUALTIES):
        return False
    # "348,000 adults", "347,747 participants"; but a bound is no figure to share: "at least 50"
    # is true of "about 4,100", "at most 400" of "25", without the two stating one fact; and two
    # bounds are one figure only when they give one value ("at least 12" is not "at least 15")
    return (same_figure(first, second) and relative_gap(first, second) <= SHARED_GAP
            and one_bound(first, second))


def shared_figure_agreements(docs: Sequence[Document], context: dict[tuple[int, int, int, int], float],
                             story: np.ndarray | None) -> Iterator[Finding]:
    """An agreement for each sentence pair that shares some words (the alignment's context
    floor) and a distinctive figure, in two articles of one story. At most COMPARISON_BUDGET
    pairs of figures are compared: text that is mostly figures costs seconds, not hours."""
    claims: dict[tuple[int, int], list[Claim]] = defaultdict(list)
    for index, doc in enumerate(docs):
        for claim in doc.claims:
            if distinctive(claim):
                claims[(index, claim.sentence)].append(claim)
    comparisons = ((key, ca, cb) for key, aligned in context.items()
                   if aligned >= CONTEXT_FLOOR and (story is None or story[key[0], key[2]] >= STORY_FLOOR)
                   for ca in claims.get((key[0], key[1]), ()) for cb in claims.get((key[2], key[3]), ()))
    done: set[tuple[int, int, int, int]] = set()
    for key, ca, cb in islice(comparisons, COMPARISON_BUDGET):
        if key in done or not _same_figure(ca, cb):
            continue
        done.add(key)  # one agreement per sentence pair
        ia, sa, ib, sb = key
        if not (_refutes(docs[ia], sa) or _refutes(docs[ib], sb)):
            yield claim_finding(docs, ia, ca, ib, cb, "agree")


def _refutes(doc: Document, sentence: int) -> bool:
    """ "IBM has denied rumors that it is going to cut 26 percent": the figure is denied."""
    return sentence_stance(doc.sentence_text(sentence)).refutes
