"""Read W3C Web Annotations (as exported) back into flags, re-anchored to the project's texts.

An annotation file comes from anywhere, so everything in it is checked before any flag
is written: the bytes must be UTF-8 JSON (no NaN or Infinity, not nested past Python's
recursion limit), every annotation an object with a kind, a status and enough passages,
every offset a whole number in range with its end after its start, every string valid
Unicode. The first problem refuses the whole file with one message naming the
annotation; nothing is imported. Writing is one transaction (ProjectStore.import_flags).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..model import Document
from ..project.anchoring import CONTEXT, Anchor, reanchor
from ..project.flags import FLAG_KINDS, FLAG_STATUSES, Flag, ImportReport, check_flag, new_flag_id, now
from ..project.store import ProjectStore
from .flag_export import DOC_URN, FLAG_URN

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ANNOTATIONS = 20_000
MAX_OFFSET = 1_000_000_000  # past any article the program reads (50 MB at most)
MAX_QUOTE = 20_000  # characters; a flag marks a passage, not a book
MAX_ID = 200


class AnnotationError(ValueError):
    """Annotations that cannot be read; the message says which and why."""


def _no_constant(name: str) -> Any:
    raise AnnotationError(f"not standard JSON ({name} is not a number JSON allows)")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise AnnotationError(f"the number {text[:40]} is too large")
    return value


def parse_json(data: bytes | str) -> Any:
    """The JSON value of an annotation file, or AnnotationError saying why it is not one."""
    if isinstance(data, bytes):
        if b"\x00" in data[:4096]:
            raise AnnotationError("a binary file, not JSON annotations")
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise AnnotationError(f"not UTF-8 text (byte {exc.start}); annotations are UTF-8 JSON") from exc
    try:
        return json.loads(data, parse_constant=_no_constant, parse_float=_finite)
    except RecursionError as exc:
        raise AnnotationError("JSON nested too deeply to be annotations") from exc
    except AnnotationError:
        raise
    except json.JSONDecodeError as exc:
        raise AnnotationError(f"not JSON ({exc.msg} at line {exc.lineno})") from exc
    except ValueError as exc:  # a number of thousands of digits, refused by int() itself
        raise AnnotationError("not JSON annotations (a number too long to read)") from exc


def _string(value: Any, what: str, limit: int | None = None) -> str:
    if not isinstance(value, str):
        raise AnnotationError(f"{what} is not text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise AnnotationError(f"{what} is not valid Unicode text (a lone surrogate)") from exc
    if limit is not None and len(value) > limit:
        raise AnnotationError(f"{what} is longer than {limit} characters")
    return value


def _is(data: Any, kind: str) -> bool:
    declared = data.get("type")
    return declared == kind or (isinstance(declared, list) and kind in declared)


def _items(data: Any) -> list[Any]:
    if isinstance(data, list):
        items = data
    elif isinstance(data, dict) and _is(data, "AnnotationCollection"):
        first = data.get("first")
        if isinstance(first, str):
            raise AnnotationError("the collection's annotations are on linked pages (first: "
                                  f"{first[:80]!r}); only collections with the annotations inline are read")
        if not isinstance(first, dict) or not isinstance(first.get("items", []), list):
            raise AnnotationError("the collection's first page is not an AnnotationPage with items")
        items = first.get("items", [])
    elif isinstance(data, dict) and _is(data, "AnnotationPage"):
        page_items = data.get("items")
        if not isinstance(page_items, list):
            raise AnnotationError("the AnnotationPage has no list of items")
        items = page_items
    elif isinstance(data, dict) and _is(data, "Annotation"):
        items = [data]
    else:
        raise AnnotationError("not a W3C annotation, annotation list or AnnotationCollection")
    if len(items) > MAX_ANNOTATIONS:
        raise AnnotationError(f"{len(items)} annotations, over the limit of {MAX_ANNOTATIONS}")
    return items


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _body(annotation: dict[str, Any], purpose: str) -> str | None:
    for body in _listed(annotation.get("body")):
        if isinstance(body, dict) and body.get("purpose") == purpose:
            return _string(body.get("value", ""), f"the {purpose} body", MAX_QUOTE)
    return None


def _doc_id(target: dict[str, Any], documents: Sequence[Document]) -> str | None:
    source = target.get("source", "")
    if not isinstance(source, str):
        return None
    if source.startswith(DOC_URN):
        return source[len(DOC_URN):]
    return next((d.id for d in documents if d.path and d.path == source), None)


def _offset(selector: dict[str, Any], key: str) -> int:
    value = selector.get(key, 0)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        raise AnnotationError(f"its {key} offset {str(value)[:40]} is not a whole number")
    if value < 0:
        raise AnnotationError(f"its {key} offset {int(value)} is negative")
    if value > MAX_OFFSET:
        raise AnnotationError(f"its {key} offset {str(value)[:40]} is out of range")
    return int(value)


def _anchor(target: Any, documents: Sequence[Document]) -> Anchor:
    if not isinstance(target, dict):
        raise AnnotationError("a target is not an object")
    doc = _doc_id(target, documents)
    texts = {d.id: d.text for d in documents}
    if doc is None or doc not in texts:
        raise AnnotationError(f"target {str(target.get('source'))[:120]!r} is not an article of this project")
    selectors: dict[Any, dict[str, Any]] = {}
    for selector in _listed(target.get("selector")):
        if isinstance(selector, dict) and isinstance(selector.get("type"), str):
            selectors.setdefault(selector["type"], selector)
    position, quote = selectors.get("TextPositionSelector", {}), selectors.get("TextQuoteSelector", {})
    exact = _string(quote.get("exact", ""), "a quote", MAX_QUOTE)
    if not exact:
        raise AnnotationError(f"its target on {doc} has no TextQuoteSelector with the quoted text")
    start, end = _offset(position, "start"), _offset(position, "end")
    if end < start:
        raise AnnotationError(f"its passage on {doc} ends ({end}) before it starts ({start})")
    old = Anchor(doc, start, end, exact, _string(quote.get("prefix", ""), "a prefix")[-CONTEXT:],
                 _string(quote.get("suffix", ""), "a suffix")[:CONTEXT])
    return reanchor(old, texts[doc])


def _flag_id(annotation: dict[str, Any]) -> str:
    """The flag's own id when the annotation came from source-compare; a new one otherwise."""
    identifier = annotation.get("id")
    if isinstance(identifier, str) and identifier.startswith(FLAG_URN):
        own = _string(identifier[len(FLAG_URN):], "the annotation's id", MAX_ID)
        if own.strip() and own.isprintable():
            return own
    return new_flag_id()


def _stamp(annotation: dict[str, Any], key: str, default: str) -> str:
    value = annotation.get(key)
    return value if isinstance(value, str) and value.isprintable() and len(value) <= 64 else default


def _flag(annotation: Any, documents: Sequence[Document]) -> Flag:
    if not isinstance(annotation, dict):
        raise AnnotationError("it is not an object")
    kind = _body(annotation, "tagging") or "note"
    status = _body(annotation, "assessing") or "open"
    if kind not in FLAG_KINDS:
        raise AnnotationError(f"unknown kind {kind[:40]!r} (use {', '.join(FLAG_KINDS)})")
    if status not in FLAG_STATUSES:
        raise AnnotationError(f"unknown status {status[:40]!r} (use {', '.join(FLAG_STATUSES)})")
    anchors = tuple(_anchor(t, documents) for t in _listed(annotation.get("target")))
    stamp = now()
    flag = Flag(_flag_id(annotation), kind, _body(annotation, "commenting") or "", status,
                _stamp(annotation, "created", stamp), _stamp(annotation, "modified", stamp), anchors)
    try:
        check_flag(flag)
    except ValueError as exc:
        raise AnnotationError(str(exc)) from exc
    return flag


def import_w3c(data: str | bytes, documents: Sequence[Document]) -> list[Flag]:
    """Flags from exported annotations, each target re-anchored to the current text.

    Every annotation is checked before any is returned: the first bad one raises
    AnnotationError ("annotation N: why"), so a caller never writes half a file.
    """
    flags = []
    for number, annotation in enumerate(_items(parse_json(data)), 1):
        try:
            flags.append(_flag(annotation, documents))
        except AnnotationError as exc:
            raise AnnotationError(f"annotation {number}: {exc}; nothing was imported") from exc
    return flags


def read_annotation_file(path: Path) -> bytes:
    """The file's bytes, refusing what cannot be an annotation file before reading it."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise AnnotationError("not a regular file")
        if size > MAX_FILE_BYTES:
            raise AnnotationError(f"file is {size // (1024 * 1024)} MB, over the "
                                  f"{MAX_FILE_BYTES // (1024 * 1024)} MB limit for annotations")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise AnnotationError("no such file") from exc
    except OSError as exc:
        raise AnnotationError(f"cannot be read ({exc.strerror or type(exc).__name__})") from exc


def import_annotation_file(store: ProjectStore, path: Path) -> ImportReport:
    """Read, check and import a whole annotation file into the project, in one transaction.

    Raises AnnotationError (the file) or ProjectError (the project); in either case the
    project is unchanged. The report lists the ids written (undo deletes exactly those)
    and any flag given a new id because its own was taken.
    """
    documents = [item.document for item in store.documents()]
    return store.import_flags(import_w3c(read_annotation_file(path), documents))
