"""Which side of a conflict was written later: a later article may correct or supersede.

"Homs has remained firmly under Assad's control" (2014) and "the fall of Homs" (2024) both
were true when written; a reader needs to see which is newer before calling it a
contradiction. Dates come from the article (its header, its page metadata) or from the user.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..ingest.dates import newer_date, years_apart
from ..model import Document, Finding

YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def latest_year(doc: Document) -> int | None:
    """The latest year an article mentions outside its excluded regions: it was written in that
    year or later (a lower bound only; a piece on old events mentions no recent year)."""
    years = [int(m.group()) for m in YEAR.finditer(doc.text)
             if not any(s <= m.start() < e for s, e in doc.excluded)]
    return max(years) if years else None


def _newer(first: Document, second: Document) -> tuple[str, str, int]:
    """(id of the newer article, basis, the undated article's latest year for a guess), or
    empty values."""
    if first.date and second.date:
        order = newer_date(first.date, second.date)  # "2014" and "2014-03-01" may be one day
        if order == 0:
            return "", "", 0
        return (first if order > 0 else second).id, "dates", 0
    dated, undated = (first, second) if first.date else (second, first)
    floor = latest_year(undated)
    if not dated.date or floor is None or int(dated.date[:4]) <= floor + 1:
        return "", "", 0
    return dated.id, "years mentioned", floor


def with_dates(findings: Sequence[Finding], docs: Sequence[Document]) -> tuple[Finding, ...]:
    """Conflicts between articles of different dates name the newer one; when one article is
    undated, the latest year it mentions is a hint, and the explanation (findings.describe)
    says it is one."""
    by_id = {doc.id: doc for doc in docs}
    dated: list[Finding] = []
    for finding in findings:
        if finding.kind != "conflict" or finding.a.doc not in by_id or finding.b.doc not in by_id:
            dated.append(finding)
            continue
        first, second = by_id[finding.a.doc], by_id[finding.b.doc]
        if finding.attribute == "age" and (years_apart(first.date, second.date) or 0.0) < 1.0:
            dated.append(finding)  # "58" / "61" three days apart: no age grows in the meantime
            continue
        newer, basis, floor = _newer(first, second)
        dated.append(dataclasses.replace(finding, newer=newer, newer_basis=basis, undated_latest_year=floor)
                     if newer else finding)
    return tuple(dated)
