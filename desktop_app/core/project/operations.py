"""Operations on a project that combine the store with loading and anchoring."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import LoadError
from ..ingest.loading import load_file
from ..ingest.regions import trailing_boilerplate
from .anchoring import Anchor, make_anchor
from .flags import Flag, FlagKind, new_flag, reanchor_flag
from .store import ProjectError, ProjectStore, StoredDocument, text_hash

SPAN = re.compile(r"^(?P<doc>.+):(?P<start>\d+):(?P<end>\d+)$")


@dataclass(frozen=True)
class UpdateReport:
    """What `project update` found: changed articles, unreadable sources, flags not anchored."""

    changed: tuple[str, ...]
    errors: tuple[LoadError, ...]
    unanchored: tuple[Flag, ...]


def parse_span(spec: str, documents: list[StoredDocument]) -> Anchor:
    """'DOC:START:END' -> an anchor on that document's stored text."""
    match = SPAN.match(spec)
    if not match:
        raise ValueError(f"{spec!r} is not DOC:START:END")
    texts = {d.document.id: d.document.text for d in documents}
    doc = match.group("doc")
    if doc not in texts:
        raise ValueError(f"no article {doc!r} in the project (articles: {', '.join(texts)})")
    return make_anchor(doc, texts[doc], int(match.group("start")), int(match.group("end")))


def add_flag(store: ProjectStore, kind: FlagKind, spans: list[str], note: str = "") -> Flag:
    documents = store.documents()
    flag = new_flag(kind, [parse_span(s, documents) for s in spans], note=note)
    store.save_flag(flag)
    return flag


def changed_sources(store: ProjectStore) -> tuple[list[StoredDocument], list[LoadError], dict[str, str]]:
    """Articles whose source file now differs from the stored snapshot, with their new text."""
    changed: dict[str, str] = {}
    errors: list[LoadError] = []
    stored = store.documents()
    for item in stored:
        if not item.document.path:
            continue
        try:
            fresh = load_file(Path(item.document.path))
        except LoadError as exc:
            errors.append(exc)
            continue
        if text_hash(fresh.text) != item.hash:
            changed[item.document.id] = fresh.text
    return stored, errors, changed


def update_project(store: ProjectStore) -> UpdateReport:
    """Re-read every article from its source and re-anchor the flags on those that changed."""
    stored, errors, changed = changed_sources(store)
    for item in stored:
        if item.document.id in changed:
            text = changed[item.document.id]
            new = dataclasses.replace(item.document, text=text, excluded=trailing_boilerplate(text))
            store.replace_text(new)
    unanchored = []
    for flag in store.flags():
        moved = reanchor_flag(flag, changed) if changed else flag
        if moved is not flag:
            store.save_flag(moved)
        if any(a.state != "anchored" for a in moved.anchors):
            unanchored.append(moved)
    return UpdateReport(tuple(changed), tuple(errors), tuple(unanchored))


def describe_anchor(anchor: Anchor) -> str:
    score = f" {anchor.score:.0f}" if anchor.score is not None else ""
    return f"{anchor.doc}:{anchor.start}:{anchor.end} {anchor.state}{score}"


__all__ = ["ProjectError", "UpdateReport", "add_flag", "describe_anchor", "parse_span",
           "update_project"]
