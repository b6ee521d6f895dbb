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

from ..compare.story import STORY_FLOOR
from ..model import Claim, Document, Finding
from ..text.stance import sentence_stance
from .figure_match import distinctive, one_fact
from .figures import COMPARISON_BUDGET, CONTEXT_FLOOR, claim_finding


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
        if key in done or not one_fact(ca, cb):
            continue
        done.add(key)  # one agreement per sentence pair
        ia, sa, ib, sb = key
        if not (_refutes(docs[ia], sa) or _refutes(docs[ib], sb)):
            yield claim_finding(docs, ia, ca, ib, cb, "agree")


def _refutes(doc: Document, sentence: int) -> bool:
    """ "IBM has denied rumors that it is going to cut 26 percent": the figure is denied."""
    return sentence_stance(doc.sentence_text(sentence)).refutes
