"""The verb of a claim: what it says happened ("Valemont paid the ransom": pay).

A fact check's claim is asserted by another article only if that article says the same thing
happened: "the hackers demanded a ransom" has most of "Valemont paid the ransom demanded by
the hackers"'s words, not its verb. English inflection comes from lemminflect, as for event
dates (claims.event_dates).
"""

from __future__ import annotations

from lemminflect import getAllInflections, getAllLemmas

from ..text.textnorm import content_tokens
from .event_dates import AUXILIARIES, WORD, past_lemma


def present_participle_lemma(word: str) -> str | None:
    """The lemma of a present participle ("cutting" → "cut"), else None."""
    lemmas = getAllLemmas(word.lower()).get("VERB")
    if not lemmas or lemmas[0] in AUXILIARIES:
        return None
    return lemmas[0] if word.lower() in getAllInflections(lemmas[0], upos="VERB").get("VBG", ()) else None


def claim_verb(clause: str) -> str:
    """The (stemmed) verb of a claim: its first finite or participle verb written in lower case
    ("Valemont paid the ransom demanded by the hackers": pay), "" when none is found. What a
    claim says happened is its verb: a sentence about the ransom demanded does not assert that
    it was paid, however many of the claim's other words it has."""
    for match in WORD.finditer(clause):
        word = match.group()
        if not word.islower():
            continue
        lemma = past_lemma(word) or (present_participle_lemma(word) if word.endswith("ing") else None)
        if lemma is not None:
            stemmed = content_tokens(lemma)
            return stemmed[0] if stemmed else ""
    return ""
