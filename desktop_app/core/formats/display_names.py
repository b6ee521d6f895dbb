"""How the window names an article: a short title with its outlet or date, never a file id.

People think in titles and outlets ("Civil War — Al Jazeera"), not in
"004_f64faa109898bd2a". No Qt here, so the command line and the exports may use it too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from ..model import Document

SHORT_TITLE = 40  # characters of a title shown in tables, pickers and the status bar
HEADER_TITLE = 16  # in the narrow column headers of the overviews


def shorten(text: str, width: int) -> str:
    """Cut at a word boundary to at most `width` characters, with an ellipsis when cut."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1]
    space = cut.rfind(" ")
    if space >= width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-") + "…"


def _id_tag(doc_id: str) -> str:
    """The part of an id people can tell apart: '003' of '003_c5a6346f21454196'."""
    head = doc_id.split("_", 1)[0]
    return head if 0 < len(head) <= 12 else shorten(doc_id, 12)


def _distinct_headers(names: dict[str, str], sites: dict[str, str]) -> dict[str, str]:
    """Header-wide names that tell the articles apart: titles that begin alike ("Brightwell to
    cut…", "Brightwell shares…") lose the words they all begin with ("…to cut 2,300…"); any still
    alike are named by their outlets when those differ (two copies of one wire headline, "Coastal
    Wire" / "Ostrander Courier"), else get the id's short tag."""
    headers = {doc_id: shorten(name, HEADER_TITLE) for doc_id, name in names.items()}
    for group in _clashes(headers):
        words = [names[doc_id].split() for doc_id in group]
        common = 0
        while all(len(w) > common + 1 and w[common] == words[0][common] for w in words):
            common += 1
        for doc_id, title in zip(group, words, strict=True):
            if common:
                headers[doc_id] = "…" + shorten(" ".join(title[common:]), HEADER_TITLE - 1)
    headers.update(_outlets_of_copies(names, sites))
    for group in _clashes(headers):
        for doc_id in group:
            tag = _id_tag(doc_id)
            headers[doc_id] = f"{shorten(names[doc_id], max(HEADER_TITLE - len(tag) - 1, 4))} {tag}"
    for group in _clashes(headers):  # ids alike in their first characters too: number them
        for number, doc_id in enumerate(group, 1):
            headers[doc_id] = f"{shorten(headers[doc_id], HEADER_TITLE - len(str(number)) - 2)} #{number}"
    return headers


OUTLET_HEADERS_UP_TO = 2_000  # articles whose titles are compared (2,000: under 0.1 s, 4 MB)
COPIED_TITLE = 85  # rapidfuzz ratio of two titles that are one headline edited ("destroys 112 homes")


def _outlets_of_copies(names: dict[str, str], sites: dict[str, str]) -> dict[str, str]:
    """Headers for articles whose titles are copies of another's: their outlets, when each of
    the copies names one and no two the same ("Coastal Wire", "Ostrander Courier")."""
    ids = list(names)
    if len(ids) > OUTLET_HEADERS_UP_TO:
        return {}  # bounded work: the titles are compared two by two
    alike = cdist([names[i] for i in ids], [names[i] for i in ids], scorer=fuzz.ratio,
                  score_cutoff=COPIED_TITLE, dtype=np.uint8)
    headers: dict[str, str] = {}
    for row, doc_id in enumerate(ids):
        group = [ids[col] for col in np.flatnonzero(alike[row])]
        outlets = [shorten(sites.get(member, ""), HEADER_TITLE) for member in group]
        if len(group) > 1 and all(outlets) and len(set(outlets)) == len(outlets):
            headers[doc_id] = shorten(sites[doc_id], HEADER_TITLE)
    return headers


def _clashes(headers: dict[str, str]) -> list[list[str]]:
    """The groups of articles that share a header."""
    by_header: dict[str, list[str]] = {}
    for doc_id, header in headers.items():
        by_header.setdefault(header, []).append(doc_id)
    return [group for group in by_header.values() if len(group) > 1]


class DisplayNames:
    """Names of the articles of one comparison, unique among them."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self._documents = {doc.id: doc for doc in documents}
        shorts = {doc.id: shorten(doc.title or doc.id, SHORT_TITLE) for doc in documents}
        repeated = {name for name, count in Counter(shorts.values()).items() if count > 1}
        self._short = {doc_id: f"{name} ({_id_tag(doc_id)})" if name in repeated else name
                       for doc_id, name in shorts.items()}
        self._header = _distinct_headers({doc_id: self._short[doc_id] for doc_id in self._documents},
                                         {doc.id: doc.site for doc in documents if doc.site})

    def ids(self) -> list[str]:
        return list(self._documents)

    def short(self, doc_id: str) -> str:
        """The short title (unique among the articles); the id for an unknown article."""
        return self._short.get(doc_id, doc_id)

    def label(self, doc_id: str) -> str:
        """Short title and the outlet, or the date when the outlet is not known."""
        doc = self._documents.get(doc_id)
        if doc is None:
            return doc_id
        source = doc.site or doc.date
        return f"{self.short(doc_id)} — {source}" if source else self.short(doc_id)

    def header(self, doc_id: str) -> str:
        """A very short name for narrow column headers, unique among the articles."""
        return self._header.get(doc_id) or shorten(self.short(doc_id), HEADER_TITLE)

    def tooltip(self, doc_id: str) -> str:
        """Everything known, the id included: where the short name is not enough."""
        doc = self._documents.get(doc_id)
        if doc is None:
            return doc_id
        details = [d for d in (doc.site, doc.date, doc.author) if d]
        where = f"id {doc_id}" + (f" · {doc.path}" if doc.path else "")
        lines = [doc.title or doc_id, " · ".join(details), where]
        return "\n".join(line for line in lines if line)

    def listing(self, doc_ids: Sequence[str], limit: int) -> str:
        """Short titles of some articles, the first `limit` named and the rest counted."""
        named = "; ".join(self.short(doc_id) for doc_id in doc_ids[:limit])
        rest = len(doc_ids) - limit
        return f"{named}; and {rest} more" if rest > 0 else named
