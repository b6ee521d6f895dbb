"""Counts whose noun is left out: "Four of the detainees were moved; 13 remain", "3,400 claims
were filed and 295 paid", "two were paid and two acted as lookouts".

A number followed by a verb counts what the sentence counted last: "13 remain" is 13 detainees,
not 13 "remain". Its attribute keeps the verb ("count of detainee (remain)"): those who remain
are not all the detainees, and "17 detainees" elsewhere does not contradict them. Verbs of dying
and wounding are left alone: "two killed" is a toll (claims.frames), whatever was counted before.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..model import Claim
from ..text.lexicon import casualty_word, only_a_verb
from ..text.noun_synonyms import noun_class


def with_elided_nouns(claims: Sequence[Claim]) -> list[Claim]:
    """The claims of one sentence, in text order, each count of a verb given the noun of the
    count before it in the sentence, when there is one."""
    result: list[Claim] = []
    last_count: Claim | None = None
    for claim in claims:
        elided = (claim.kind == "count" and only_a_verb(claim.unit)
                  and not casualty_word(claim.unit))
        if elided and last_count is not None:
            claim = dataclasses.replace(claim, unit=last_count.unit, topic=last_count.topic,
                                        attribute=f"count of {noun_class(last_count.unit)} ({claim.unit})")
        elif claim.kind == "count" and not elided:
            last_count = claim
        result.append(claim)
    return result
