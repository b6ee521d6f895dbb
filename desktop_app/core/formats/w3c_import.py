"""Read W3C Web Annotations (as exported) back into flags, re-anchored to the project's texts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..model import Document
from ..project.anchoring import Anchor, reanchor
from ..project.flags import FLAG_KINDS, FLAG_STATUSES, Flag, now
from .flag_export import DOC_URN, FLAG_URN


class AnnotationError(ValueError):
    """Annotations that cannot be read; the message says which and why."""


def _items(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and data.get("type") == "AnnotationCollection":
        return list(data.get("first", {}).get("items", []))
    if isinstance(data, dict) and data.get("type") == "Annotation":
        return [data]
    raise AnnotationError("not a W3C annotation, annotation list or AnnotationCollection")


def _body(annotation: dict[str, Any], purpose: str) -> str | None:
    bodies = annotation.get("body", [])
    for body in bodies if isinstance(bodies, list) else [bodies]:
        if isinstance(body, dict) and body.get("purpose") == purpose:
            return str(body.get("value", ""))
    return None


def _doc_id(target: dict[str, Any], documents: Sequence[Document]) -> str | None:
    source = str(target.get("source", ""))
    if source.startswith(DOC_URN):
        return source[len(DOC_URN):]
    return next((d.id for d in documents if d.path and d.path == source), None)


def _anchor(target: dict[str, Any], documents: Sequence[Document]) -> Anchor:
    doc = _doc_id(target, documents)
    texts = {d.id: d.text for d in documents}
    if doc is None or doc not in texts:
        raise AnnotationError(f"target {target.get('source')!r} is not an article of this project")
    selectors = {s.get("type"): s for s in target.get("selector", []) if isinstance(s, dict)}
    position, quote = selectors.get("TextPositionSelector", {}), selectors.get("TextQuoteSelector", {})
    if not quote.get("exact"):
        raise AnnotationError(f"target on {doc} has no TextQuoteSelector")
    old = Anchor(doc, int(position.get("start", 0)), int(position.get("end", 0)),
                 str(quote["exact"]), str(quote.get("prefix", "")), str(quote.get("suffix", "")))
    return reanchor(old, texts[doc])


def import_w3c(text: str, documents: Sequence[Document]) -> list[Flag]:
    """Flags from exported annotations; each target re-anchored to the current text."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AnnotationError(f"not JSON ({exc.msg} at line {exc.lineno})") from exc
    flags = []
    for number, annotation in enumerate(_items(data), 1):
        kind = _body(annotation, "tagging") or "note"
        status = _body(annotation, "assessing") or "open"
        if kind not in FLAG_KINDS or status not in FLAG_STATUSES:
            raise AnnotationError(f"annotation {number}: unknown kind {kind!r} or status {status!r}")
        targets = annotation.get("target", [])
        anchors = tuple(_anchor(t, documents) for t in (targets if isinstance(targets, list) else [targets]))
        identifier = str(annotation.get("id", ""))
        flag_id = identifier[len(FLAG_URN):] if identifier.startswith(FLAG_URN) else f"imported{number}"
        stamp = now()
        flags.append(Flag(flag_id, kind, _body(annotation, "commenting") or "", status,
                          str(annotation.get("created", stamp)), str(annotation.get("modified", stamp)),
                          anchors))
    return flags
