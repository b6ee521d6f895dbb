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

from ..claims.frames import COMPANY_FIGURES
from ..model import Claim, Document
from .story_subjects import by_name_word, name_words, subjects_written


def _company_figure(claim: Claim) -> bool:
    return claim.attribute in COMPANY_FIGURES


def with_resolved_companies(docs: Sequence[Document], story: np.ndarray | None) -> tuple[Document, ...]:
    """The documents with each subject-less revenue, profit or loss figure given its company
    where the story settles which it is (see the module docstring)."""
    # Every word of a company's name is a key: "Veltra Corp" is written "Veltra" as often as in full.
    companies = by_name_word(docs, _company_figure, name_words)
    if not companies:
        return tuple(docs)
    result = []
    for index, doc in enumerate(docs):
        mine = [c for c in doc.claims if _company_figure(c)]
        if not mine or any(c.subject for c in mine):
            result.append(doc)  # nothing unnamed, or the article's own figures settle it (claims.frames)
            continue
        found = subjects_written(index, name_words(doc.text), companies, story)
        if len(found) != 1:
            result.append(doc)
            continue
        company = max((c.subject for c in found[0]), key=len)
        claims = tuple(dataclasses.replace(c, subject=company) if _company_figure(c) and not c.subject
                       else c for c in doc.claims)
        result.append(dataclasses.replace(doc, claims=claims))
    return tuple(result)
