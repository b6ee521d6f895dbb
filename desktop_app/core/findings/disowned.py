"""Figures an article names without stating them: denied, called untrue, or asked.

"Claims that over 500 homes burned are false" and "Did the fire destroy 500 homes?" give no
figure of their own: a fact check that quotes a figure to reject it does not agree with the
article that states it, and a question asserts nothing, so neither is compared as a figure
(refutation and negation have rules of their own), and the claims table shows such a figure
for what it is.
"""

from __future__ import annotations

from typing import Literal

from ..model import Claim, Document
from ..text.stance import is_question
from .refutation import figure_called_untrue

# What an article does with a figure it gives.
Voice = Literal["states", "denies", "calls untrue", "asks"]


def voice_of(document: Document, claim: Claim) -> Voice:
    """Whether the article states the figure or names it only to deny, refute or ask it."""
    if claim.negated:
        return "denies"
    sentence = document.sentence_text(claim.sentence)
    if is_question(sentence):
        return "asks"
    return "calls untrue" if figure_called_untrue(sentence, claim) else "states"


def disowned(document: Document, claim: Claim) -> bool:
    """Whether the article names the figure only to deny, refute or ask it."""
    return voice_of(document, claim) != "states"
