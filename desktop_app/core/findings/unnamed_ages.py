"""Whose age is "the 42-year-old"? An age the sentence gives nobody, resolved across articles.

News names a person once and then writes "the 42-year-old" or "a 42-year-old Russian man";
another article gives "Igor Kovac, 41". Read alone, the first age has no subject and is
compared with nothing (claims.frames never compares frames of different or unknown
subjects). It is taken as the age of a named person only when that cannot be a guess:

- its article names that person (the surname, as a word of its text) and no other person
  whom the story's articles give an age;
- another article of the same story gives that person this very age ("Igor Kovac, 42"),
  so the unnamed figure is corroborated as his, not the age of a victim or a bystander
  ("the 27-year-old model" beside "Hugh Hefner" stays nobody's age);
- its article gives one unnamed age and no named one.

Then it conflicts, like any named age, with the articles that give the person another age.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np

from ..claims.subjects import surname
from ..model import Claim, Document
from .story_subjects import Located, by_name_word, name_words, subjects_written


def _is_age(claim: Claim) -> bool:
    return claim.attribute == "age"


def _resolved_subject(article: int, names: frozenset[str], value: float,
                      named: dict[str, list[Located]], story: np.ndarray | None) -> str:
    """The one person this article names whose age the story's other articles give, when one
    of them gives exactly `value`; "" when there is none or more than one."""
    people = subjects_written(article, names, named, story)
    if len(people) != 1 or not any(claim.value == value for claim in people[0]):
        return ""
    return max((claim.subject for claim in people[0] if claim.value == value), key=len)


def with_resolved_ages(docs: Sequence[Document], story: np.ndarray | None) -> tuple[Document, ...]:
    """The documents with each unnamed age given its person where the story settles who it is
    (see the module docstring); every other claim unchanged."""
    named = by_name_word(docs, _is_age, lambda subject: (surname(subject),))
    if not named:
        return tuple(docs)
    result = []
    for index, doc in enumerate(docs):
        ages = [claim for claim in doc.claims if _is_age(claim)]
        unnamed = [claim for claim in ages if not claim.subject]
        if not unnamed or len(unnamed) != len(ages) or len({c.value for c in unnamed}) != 1:
            result.append(doc)
            continue
        subject = _resolved_subject(index, name_words(doc.text), unnamed[0].value, named, story)
        if not subject:
            result.append(doc)
            continue
        claims = tuple(dataclasses.replace(claim, subject=subject, topic=f"age of {subject}")
                       if _is_age(claim) else claim for claim in doc.claims)
        result.append(dataclasses.replace(doc, claims=claims))
    return tuple(result)
