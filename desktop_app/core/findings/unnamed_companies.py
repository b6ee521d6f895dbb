"""Whose revenue is "Annual revenue fell to $93bn"? A company figure its article names nobody for.

claims.frames gives "the company", "its" and "It" the company the article itself names with
revenue, profit or loss figures; an article that names none ("It has revenue of around $90bn",
in a piece about IBM that gives no other figure) leaves the figure without a subject, and
figures without one are compared only inside near-identical sentences. Across the articles of
one story the company is settled when exactly one company is given such figures by the other
articles and this article writes its name: then the figure is that company's, and it meets
theirs (same attribute, same year, as findings.figures requires of any company figure). When
no other article names a company with such figures, the figure is the company the article is
mostly about (its most frequent name, unless that is a person's): two articles about Veltra Corp
that give "the company's" revenue last year give Veltra's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np

from ..claims.frames import COMPANY_FIGURES
from ..claims.subjects import given_name, same_subject
from ..model import Claim, Document
from ..text.names import find_names, focus_name, lower_case_words
from .story_subjects import by_name_word, name_words, subjects_written


def _company_figure(claim: Claim) -> bool:
    return claim.attribute in COMPANY_FIGURES


def _company_in_focus(doc: Document) -> str:
    """The name the article is mostly about, unless it is a person's: one written in full and by
    the last word alone ("Ilse Maar" ... "Maar said"), whose company "the company" may be any.
    A company is shortened to its first word ("Veltra Corp" ... "Veltra said")."""
    lower_words = lower_case_words(doc.text)
    names = [find_names(doc.text[s.start : s.end], 0, lower_words) for s in doc.sentences]
    focus = focus_name(names)
    if focus is None:
        return ""
    written = {n.text for found in names for n in found}
    full = [focus] if " " in focus else [name for name in written if name.endswith(" " + focus)]
    person = any(given_name(name) and name.rsplit(" ", 1)[-1] in written for name in full)
    return "" if person else focus


def with_resolved_companies(docs: Sequence[Document], story: np.ndarray | None) -> tuple[Document, ...]:
    """The documents with each subject-less revenue, profit or loss figure given its company
    where the story settles which it is (see the module docstring)."""
    # Every word of a company's name is a key: "Veltra Corp" is written "Veltra" as often as in full.
    companies = by_name_word(docs, _company_figure, name_words)
    result = []
    for index, doc in enumerate(docs):
        mine = [c for c in doc.claims if _company_figure(c)]
        if not mine or any(c.subject for c in mine):
            result.append(doc)  # nothing unnamed, or the article's own figures settle it (claims.frames)
            continue
        names = name_words(doc.text)
        found = subjects_written(index, names, companies, story) if companies else []
        if len(found) > 1:
            result.append(doc)
            continue
        if found:
            company = max((c.subject for c in found[0]), key=len)
        else:  # no article of its story gives a company it writes such figures: the one it is about,
            # unless it writes another company that articles of less alike stories give figures for
            company = _company_in_focus(doc)
            written = subjects_written(index, names, companies, None) if companies and company else []
            if not all(same_subject(claim.subject, company) for subject in written for claim in subject):
                company = ""
        if not company:
            result.append(doc)
            continue
        claims = tuple(dataclasses.replace(c, subject=company) if _company_figure(c) and not c.subject
                       else c for c in doc.claims)
        result.append(dataclasses.replace(doc, claims=claims))
    return tuple(result)
