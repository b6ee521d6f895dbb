"""Figures of their own kind: one asked for, one needed, and a count of uncertain things.

"Prosecutors sought 15 years" and "the court sentenced him to nine years" state two figures, the
sentence asked for and the one imposed; "64 confirmed cases" and "230 suspected cases" count
different things; "won 54 seats" and "the 61 seats required for a majority" give a result and a
threshold. Each such figure gets an attribute of its own ("asked for years", "suspected count of
case", "needed count of seat"), so it meets only figures of the same kind: two articles that
disagree on the sentence prosecutors sought still conflict. The verbs and adjectives are data
(text/data/frame_words.json: asked_for, unconfirmed, needed).
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from ..model import Claim
from ..text.lexicon import asked_for_verbs, needed_adjectives, needed_verbs, unconfirmed_words
from .inclusions import CASUALTIES

ASKED_FOR = "asked for "  # the prefix of a figure someone asks for
NEEDED = "needed "  # the prefix of a threshold: "the 61 seats required for a majority"
# The verb, its preposition, and up to three small words before the figure ("asked for a
# 15-year term", "sought up to $2 million", "demanding at least 5 percent").
VERB_BEFORE = re.compile(r"\b(?P<verb>[a-z]+)(?P<for>\s+for)?(?:\s+(?:a|an|the|up|to|at|least|most|about|"
                         r"around|nearly|some|more|than|over|of))*\s*(?:US)?[$€£]?$", re.IGNORECASE)
LOOK = 60  # characters read before a figure: a fixed cost per figure
WORD = re.compile(r"[a-z]+")
# The word right after the counted noun: "61 seats required", "$2 million necessary to"
WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _asked_for(before: str) -> bool:
    match = VERB_BEFORE.search(before[-LOOK:])
    if match is None:
        return False
    lemmas: dict[str, tuple[str, ...]] = getAllLemmas(match.group("verb").lower())
    preposition = " for" if match.group("for") else ""
    return any(lemma + preposition in asked_for_verbs() for lemma in lemmas.get("VERB", ()))


def _necessity_verb(word: str) -> bool:
    lemmas: dict[str, tuple[str, ...]] = getAllLemmas(word)
    return any(lemma in needed_verbs() for lemma in lemmas.get("VERB", ()))


def _needed(before: str, after: str) -> bool:
    """A threshold: a participle or adjective of necessity right after the figure ("the 61 seats
    required for a majority", "the $2 million necessary"), or a present verb of necessity
    right before it ("needs 61 seats")."""
    following = WORD_AFTER.match(after)
    if following is not None:
        word = following.group(1)
        if word in needed_adjectives() or (word.endswith("ed") and _necessity_verb(word)):
            return True
    # the verb before it in the present or an infinitive ("needs 61 seats", "will need at least
    # 50,000 signatures"); "he needed 12 stitches" tells what happened, no threshold
    match = VERB_BEFORE.search(before[-LOOK:])
    if match is None or match.group("for"):
        return False
    verb = match.group("verb").lower()
    return not verb.endswith("ed") and _necessity_verb(verb)


def _uncertain_noun(claim: Claim) -> str:
    """The adjective that makes the counted noun uncertain ("230 suspected cases"), or ""."""
    words = WORD.findall(claim.quote.lower())
    return next((word for word in words if word in unconfirmed_words()), "")


def own_kind(attribute: str, claim: Claim, sentence: str, offset: int) -> tuple[str, str]:
    """The figure's attribute and topic, made its own kind's when it is asked for, needed, or counts
    uncertain things; unchanged otherwise."""
    if claim.kind == "count" and attribute not in CASUALTIES:
        adjective = _uncertain_noun(claim)
        if adjective:
            topic = claim.topic.replace("number of ", f"number of {adjective} ", 1)
            return f"{adjective} {attribute}", topic
    before = sentence[: claim.start - offset]
    if attribute not in CASUALTIES and _asked_for(before):
        return ASKED_FOR + attribute, claim.topic
    after = sentence[claim.end - offset : claim.end - offset + LOOK]
    if attribute not in CASUALTIES and _needed(before, after):
        return NEEDED + attribute, claim.topic
    return attribute, claim.topic
