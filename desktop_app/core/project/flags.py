"""The user's own judgements: flags on passages, with a note and a verdict."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from ..model import Document, Finding
from .anchoring import Anchor, make_anchor, reanchor

FlagKind = Literal["conflict", "agree", "note"]
FlagStatus = Literal["open", "confirmed", "false alarm", "outdated"]
FLAG_KINDS: tuple[FlagKind, ...] = ("conflict", "agree", "note")
FLAG_STATUSES: tuple[FlagStatus, ...] = ("open", "confirmed", "false alarm", "outdated")


@dataclass(frozen=True)
class Flag:
    """A contradiction, agreement or note the user recorded, anchored to passages."""

    id: str
    kind: FlagKind
    note: str
    status: FlagStatus
    created: str
    modified: str
    anchors: tuple[Anchor, ...]
    finding: str | None = None  # the engine finding it confirms, if any

    @property
    def orphaned(self) -> bool:
        return any(a.state == "orphaned" for a in self.anchors)


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def new_flag_id() -> str:
    """A random id: flags made anywhere (this project, another, an import) never collide."""
    return uuid.uuid4().hex[:12]


def _a(kind: str) -> str:
    """ "a conflict", "an agree": the kind with its article."""
    return f"{'an' if kind[:1] in 'aeiou' else 'a'} {kind}"


def _check_shape(kind: str, status: str, anchors: Sequence[Anchor]) -> None:
    if kind not in FLAG_KINDS:
        raise ValueError(f"unknown flag kind {kind!r}; use one of {', '.join(FLAG_KINDS)}")
    if status not in FLAG_STATUSES:
        raise ValueError(f"unknown flag status {status!r}; use one of {', '.join(FLAG_STATUSES)}")
    if not anchors:
        raise ValueError("a flag needs at least one passage")
    if kind != "note" and len(anchors) < 2:
        raise ValueError(f"{_a(kind)} flag needs two passages")


def check_flag(flag: Flag) -> None:
    """Raise ValueError unless the flag is one the program could have made itself."""
    if not flag.id:
        raise ValueError("a flag needs an id")
    _check_shape(flag.kind, flag.status, flag.anchors)
    for anchor in flag.anchors:
        if not 0 <= anchor.start <= anchor.end:
            raise ValueError(f"passage {anchor.start}:{anchor.end} on {anchor.doc} is not a span "
                             "(negative, or its end is before its start)")


def new_flag(kind: FlagKind, anchors: Sequence[Anchor], note: str = "",
             status: FlagStatus = "open", finding: str | None = None) -> Flag:
    _check_shape(kind, status, anchors)
    if kind != "note" and len({(a.doc, a.start, a.end) for a in anchors}) < len(anchors):
        # only for a new flag: a stored one stays readable whatever it holds
        raise ValueError(f"{_a(kind)} flag needs two different passages")
    stamp = now()
    return Flag(new_flag_id(), kind, note, status, stamp, stamp, tuple(anchors), finding)


@dataclass(frozen=True)
class ImportReport:
    """Flags an import wrote, under the ids they were written with.

    `renamed` lists (id in the file, id written) for every flag whose id was already
    taken: an import never replaces a flag, it adds one under a new id. Undoing the
    import deletes exactly `ids`, so no flag that existed before can be lost.
    """

    written: tuple[Flag, ...]
    renamed: tuple[tuple[str, str], ...] = ()

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(flag.id for flag in self.written)

    def messages(self) -> tuple[str, ...]:
        return tuple(f"flag id {old!r} is already in the project; imported as {new!r}"
                     for old, new in self.renamed)


def edited(flag: Flag, **changes: object) -> Flag:
    """A copy with the changes and a new modification time."""
    return replace(flag, **changes, modified=now())  # type: ignore[arg-type]


def confirmed_flag(finding: Finding, documents: Sequence[Document], kind: FlagKind | None = None,
                   note: str | None = None) -> Flag:
    """A finding confirmed as a flag on its two passages: of its kind and with its explanation as
    the note, unless the user says otherwise ("this agreement is really a conflict")."""
    texts = {doc.id: doc.text for doc in documents}
    anchors = [make_anchor(p.doc, texts[p.doc], p.start, p.end) for p in (finding.a, finding.b)]
    return new_flag(kind or finding.kind, anchors, note=finding.explanation if note is None else note,
                    status="confirmed", finding=finding.id)


def reanchor_flag(flag: Flag, texts: dict[str, str]) -> Flag:
    """Re-attach every anchor whose document is given; others keep their state."""
    anchors = tuple(reanchor(a, texts[a.doc]) if a.doc in texts else a for a in flag.anchors)
    if anchors == flag.anchors:
        return flag
    return replace(flag, anchors=anchors)
