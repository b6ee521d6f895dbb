"""Who a figure is about when its own sentence names nobody, as the story's other articles settle it.

findings.unnamed_ages and findings.unnamed_companies both ask one question: of the subjects
that other articles of the same story give such figures for, which does this article write?
The answer counts only when it is exactly one subject (names written alike, by
claims.frames.same_subject, are one).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from ..claims.subjects import same_subject
from ..compare.story import STORY_FLOOR
from ..model import Claim, Document

Located = tuple[int, Claim]  # a claim and the index of its article
CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def name_words(text: str) -> frozenset[str]:
    """The capitalised words of a text, lower-cased: a name must be written as one ("Park" names
    somebody, "the park" nobody). Read once per article, so each check is a set lookup."""
    return frozenset(word.lower().removesuffix("'s").removesuffix("’s") for word in CAPITALISED.findall(text))


def by_name_word(docs: Sequence[Document], wanted: Callable[[Claim], bool],
                 keys: Callable[[str], Iterable[str]]) -> dict[str, list[Located]]:
    """The wanted claims with a subject, under each key word of the subject (a surname, or every
    word of a company's name)."""
    index: dict[str, list[Located]] = {}
    for number, doc in enumerate(docs):
        for claim in doc.claims:
            if claim.subject and wanted(claim):
                for key in keys(claim.subject):
                    index.setdefault(key, []).append((number, claim))
    return index


def subjects_written(article: int, names: frozenset[str], index: dict[str, list[Located]],
                     story: np.ndarray | None) -> list[list[Claim]]:
    """The subjects of other articles of the story that this article writes, one list of claims
    per subject. Full names come first, so that "Igor Kovac" gathers both "Igor" and "Mr Kovac"
    whatever the order; the cost follows the article's names, not the corpus."""
    found = sorted({(n, c) for word in names & index.keys() for n, c in index[word]},
                   key=lambda entry: (-len(entry[1].subject), entry[0], entry[1].start))
    subjects: list[list[Claim]] = []
    for other, claim in found:
        if other == article or (story is not None and story[article, other] < STORY_FLOOR):
            continue
        for subject in subjects:
            if any(same_subject(known.subject, claim.subject) for known in subject):
                subject.append(claim)
                break
        else:
            subjects.append([claim])
    return subjects
