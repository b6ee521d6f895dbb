"""Whether two figures are about subjects named apart, so that their values may differ freely.

A figure's subject (claims.frames) is the name nearest to it, which is often a name of another
part of the sentence: only a name next to the figure, on the same side of it in both sentences,
is trusted to say the two figures are about different things.
"""

from __future__ import annotations

from ..claims.subjects import same_subject
from ..model import Claim

NAMED_NEAR = 60  # characters either side of a figure within which its subject is its own


def named_apart(first: Claim, first_text: str, second: Claim, second_text: str) -> bool:
    """Figures of two subjects named differently, each next to its figure on the same side of
    it ("Norway's surplus ... $4.6 billion", "Korea's ... $7 billion"; "67 people on the Israeli
    side", "three killed in Gaza"), differ freely. A name further off, or on the other side (the
    agent of one, "Gul Mara killed ... five others", the place of the other, "31 injured in
    Tarsk"), may be another part of the sentence, so it vetoes nothing."""
    if not (first.subject and second.subject):
        return False
    side = _named_side(first, first_text)
    return side != "" and side == _named_side(second, second_text) and not same_subject(
        first.subject, second.subject)


def _named_side(claim: Claim, text: str) -> str:
    """Where the claim's subject is named within NAMED_NEAR characters: "before", "after" or ""."""
    if claim.subject in text[max(0, claim.start - NAMED_NEAR) : claim.start]:
        return "before"
    return "after" if claim.subject in text[claim.end : claim.end + NAMED_NEAR] else ""
