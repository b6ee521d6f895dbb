"""Which newly read articles join those already open (in the window or a project).

A file already open, however its path is spelled, or an article with the same text as one
open, is not added a second time: comparing an article with itself finds nothing, and a second
copy would double every agreement. An id already taken gets a number ("a-2"), so flags that
point at the first keep pointing at it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import display_path
from ..model import Document


@dataclass(frozen=True)
class Admission:
    """The articles to add (ids made unique), and one note per article left out."""

    documents: tuple[Document, ...]
    notes: tuple[str, ...] = ()


def same_file(path: str | Path) -> str:
    """One key for every spelling of a file's path (relative, with .., through a link)."""
    try:
        return str(Path(path).resolve())
    except (OSError, ValueError):
        return str(path)


def _name(doc: Document) -> str:
    return display_path(doc.path) if doc.path else doc.id


def admit(documents: Sequence[Document], existing: Sequence[Document]) -> Admission:
    """The documents to add to `existing`: one whose file, or whose text, is already there
    (or met earlier in `documents`) is left out with a note naming the article it repeats."""
    taken = {doc.id for doc in existing}
    by_path = {same_file(doc.path): doc for doc in existing if doc.path}
    by_text = {doc.text: doc for doc in existing}
    fresh: list[Document] = []
    notes: list[str] = []
    for doc in documents:
        key = same_file(doc.path) if doc.path else None
        known = by_path.get(key) if key is not None else None
        if known is None:
            known = by_text.get(doc.text)
        if known is not None:
            what = "file" if key is not None and by_path.get(key) is known else "text"
            notes.append(f"{_name(doc)}: the same {what} as article {known.id}; not added again")
            continue
        doc_id, n = doc.id, 2
        while doc_id in taken:
            doc_id, n = f"{doc.id}-{n}", n + 1
        taken.add(doc_id)
        added = doc if doc_id == doc.id else dataclasses.replace(doc, id=doc_id)
        fresh.append(added)
        if key is not None:
            by_path[key] = added
        by_text[doc.text] = added
    return Admission(tuple(fresh), tuple(notes))
