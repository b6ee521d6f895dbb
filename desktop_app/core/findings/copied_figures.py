"""Figures of a sentence copied with one of its figures changed, matched by their place in it.

"26 members travelled to England, 26 to France" / "86 members travelled to England, 26 to
France": the copy changed the first figure. Compared by what they count only, the unchanged 26
would answer the changed one and the two sentences would agree on "26 members"; a copy says
which figure stands for which, by order, so each figure is compared with its counterpart only,
and a changed one is a conflict whatever else the sentence gives.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..model import Claim, Document
from .swaps import swapped_figures


class CopiedFigures:
    """Per sentence pair, read once: are the two copies with other figures, and if so which
    figure of one stands where in the other."""

    def __init__(self, docs: Sequence[Document]) -> None:
        self._docs = docs
        order: dict[tuple[int, int], list[Claim]] = defaultdict(list)
        for index, doc in enumerate(docs):
            for claim in doc.claims:
                order[(index, claim.sentence)].append(claim)
        self._place = {(index, claim.sentence, claim.start): place
                       for (index, _sentence), claims in order.items()
                       for place, claim in enumerate(sorted(claims, key=lambda c: c.start))}
        self._count = {key: len(claims) for key, claims in order.items()}
        self._copied: dict[tuple[int, int, int, int], bool] = {}

    def copied(self, ia: int, sa: int, ib: int, sb: int) -> bool:
        """The two sentences are one sentence with other figures, and hold as many figures."""
        key = (ia, sa, ib, sb)
        if key not in self._copied:
            self._copied[key] = (self._count.get((ia, sa)) == self._count.get((ib, sb))
                                 and swapped_figures(self._docs[ia].sentence_text(sa),
                                                     self._docs[ib].sentence_text(sb)))
        return self._copied[key]

    def counterparts(self, ia: int, ca: Claim, ib: int, cb: Claim) -> bool | None:
        """None when the sentences are no such copies; else whether the figures stand in the
        same place of the two."""
        if not self.copied(ia, ca.sentence, ib, cb.sentence):
            return None
        return self._place[(ia, ca.sentence, ca.start)] == self._place[(ib, cb.sentence, cb.start)]
