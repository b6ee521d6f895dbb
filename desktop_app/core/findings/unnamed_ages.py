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

A sentence that opens on "The 42-year-old" with no noun after it ("The 42-year-old had pleaded
guilty") refers back, as a pronoun would, to the person the article is about: when that article
names exactly one person whose age the story gives, the age is that person's whatever its value,
and so may contradict the others ("Kevin Marsh, 24" / "The 42-year-old"). "The 27-year-old
model" names someone else by a noun, and stays unresolved unless corroborated as above.

Then it conflicts, like any named age, with the articles that give the person another age.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

import numpy as np

from ..claims.ages import modifies_noun
from ..claims.subjects import surname
from ..model import Claim, Document
from .story_subjects import Located, by_name_word, name_words, subjects_written


def _is_age(claim: Claim) -> bool:
    return claim.attribute == "age"


# "The 42-year-old" opening a sentence (after any quotation mark or bracket)
OPENING_ANAPHOR = re.compile(r"\W*The\s+$")  # matched from the sentence start


def _refers_back(doc: Document, claim: Claim) -> bool:
    """Whether the age opens its sentence as "The 42-year-old" with no noun after it."""
    start = doc.sentences[claim.sentence].start
    return (OPENING_ANAPHOR.match(doc.text, start, claim.start) is not None
            and claim.quote.endswith("old") and not modifies_noun(doc.text, claim.end))


def _resolved_subject(article: int, names: frozenset[str], value: float, any_value: bool,
                      named: dict[str, list[Located]], story: np.ndarray | None) -> str:
    """The one person this article names whose age the story's other articles give, when one
    of them gives exactly `value` (or, with `any_value`, whatever they give); "" when there is
    none or more than one. The name is the fullest one given with this value, if any is."""
    people = subjects_written(article, names, named, story)
    if len(people) != 1:
        return ""
    matching = [claim.subject for claim in people[0] if claim.value == value]
    if not matching and any_value:
        matching = [claim.subject for claim in people[0]]
    return max(matching, key=len) if matching else ""


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
        any_value = len(unnamed) == 1 and _refers_back(doc, unnamed[0])
        subject = _resolved_subject(index, name_words(doc.text), unnamed[0].value, any_value, named, story)
        if not subject:
            result.append(doc)
            continue
        claims = tuple(dataclasses.replace(claim, subject=subject, topic=f"age of {subject}")
                       if _is_age(claim) else claim for claim in doc.claims)
        result.append(dataclasses.replace(doc, claims=claims))
    return tuple(result)
