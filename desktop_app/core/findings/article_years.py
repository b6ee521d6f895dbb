""""Last year" in an article of 2014 is 2013: relative years made absolute by the article's date.

claims.frames keeps the year a figure refers to as written ("2013", "last year"), since a
sentence does not know when it was written. Figures are compared only when their years agree
(findings.figures), so "$31 billion in revenue last year" in an article dated 2014 and "$27
billion in 2013" are one frame only once "last year" is read against the date, which the user
can set or correct (ingest.dates reads it from the page when it is there). Without a date the
relative year stays as written: it then meets only the same words in another undated article.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..model import Claim, Document

OFFSETS = {"last year": -1, "this year": 0, "next year": 1}


def _year(date: str | None) -> int | None:
    if not date or len(date) < 4 or not date[:4].isdigit():
        return None
    return int(date[:4])


def _offset(time: str) -> int | None:
    """Years from the article's: "last year" -1, "4 years ago" -4; None for a calendar year."""
    if time.endswith(("years ago", "year ago")):
        return -int(time.split()[0])
    return OFFSETS.get(time)


def absolute_time(claim: Claim, year: int) -> Claim:
    offset = _offset(claim.time)
    return claim if offset is None else dataclasses.replace(claim, time=str(year + offset))


def with_article_years(docs: Sequence[Document]) -> tuple[Document, ...]:
    """The documents with each dated article's relative years ("last year") made absolute."""
    result = []
    for doc in docs:
        year = _year(doc.date)
        if year is None or not any(_offset(c.time) is not None for c in doc.claims):
            result.append(doc)
            continue
        result.append(dataclasses.replace(doc, claims=tuple(absolute_time(c, year) for c in doc.claims)))
    return tuple(result)
