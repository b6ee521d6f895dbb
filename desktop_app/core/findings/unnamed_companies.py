"""Whose revenue is "Annual revenue fell to $93bn"? A company figure its article names nobody for.

claims.frames gives "the company", "its" and "It" the company the article itself names with
revenue, profit or loss figures; an article that names none ("It has revenue of around $90bn",
in a piece about IBM that gives no other figure) leaves the figure without a subject, and
figures without one are compared only inside near-identical sentences. Across the articles of
one story the company is settled when exactly one company is given such figures by the other
articles and this article writes its name: then the figure is that company's, and it meets
theirs (same attribute, same year, as findings.figures requires of any company figure).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np

from ..claims.frames import COMPANY_FIGURES, same_subject
from ..compare.story import STORY_FLOOR
from ..model import Claim, Document
from .unnamed_ages import name_words


def _company_figures(docs: Sequence[Document]) -> dict[str, list[tuple[int, str]]]:
    """Articles giving each named company revenue, profit or loss figures, by each word of the
    name ("Veltra Corp" is written "Veltra" as often as in full)."""
    by_word: dict[str, list[tuple[int, str]]] = {}
    for index, doc in enumerate(docs):
        for claim in doc.claims:
            if claim.attribute in COMPANY_FIGURES and claim.subject:
                for word in name_words(claim.subject):
                    by_word.setdefault(word, []).append((index, claim.subject))
    return by_word


def _the_company(index: int, names: frozenset[str], companies: dict[str, list[tuple[int, str]]],
                 story: np.ndarray | None) -> str:
    """The one company of the story this article names; "" when none or several."""
    found: list[str] = []
    for word in sorted(names & companies.keys()):
        for other, subject in companies[word]:
            if other == index or (story is not None and story[index, other] < STORY_FLOOR):
                continue
            if not any(same_subject(known, subject) for known in found):
                found.append(subject)
    return found[0] if len(found) == 1 else ""


def _unnamed(claim: Claim) -> bool:
    return claim.attribute in COMPANY_FIGURES and not claim.subject


def with_resolved_companies(docs: Sequence[Document], story: np.ndarray | None) -> tuple[Document, ...]:
    """The documents with each subject-less revenue, profit or loss figure given its company
    where the story settles which it is (see the module docstring)."""
    companies = _company_figures(docs)
    if not companies:
        return tuple(docs)
    result = []
    for index, doc in enumerate(docs):
        named_here = {c.subject for c in doc.claims if c.attribute in COMPANY_FIGURES and c.subject}
        if named_here or not any(_unnamed(c) for c in doc.claims):
            result.append(doc)  # the article's own company figures settle it (claims.frames)
            continue
        company = _the_company(index, name_words(doc.text), companies, story)
        if not company:
            result.append(doc)
            continue
        claims = tuple(dataclasses.replace(c, subject=company) if _unnamed(c) else c for c in doc.claims)
        result.append(dataclasses.replace(doc, claims=claims))
    return tuple(result)
