"""Operations on a project that combine the store with loading and anchoring."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import LoadError, display_path
from ..ingest.loading import load_file
from ..ingest.regions import excluded_regions
from ..model import Document
from .anchoring import Anchor, make_anchor
from .dismissals import Dismissal, reanchor_dismissal
from .flags import Flag, FlagKind, new_flag, reanchor_flag
from .store import ProjectError, ProjectStore
from .stored import StoredDocument, text_hash

# Offsets of at most 18 digits: anything longer is outside every text, and int() of a
# few thousand digits is refused by Python itself.
SPAN = re.compile(r"^(?P<doc>.+):(?P<start>\d{1,18}):(?P<end>\d{1,18})$")
OFFSETS_LIKE = re.compile(r"^.+:\d+:\d+$")  # meant as offsets, however long: not read as a quote
MISSING = "source file missing"


@dataclass(frozen=True)
class MissingSource:
    """An article whose source file is found neither where it was nor beside the project."""

    doc: str
    path: str

    def message(self) -> str:
        return f"{MISSING}: {display_path(self.path)} (article {self.doc})"


@dataclass(frozen=True)
class SourceCheck:
    """Each article's source compared with its stored snapshot."""

    stored: tuple[StoredDocument, ...]
    changed: Mapping[str, Document]  # article id -> the source as read now
    missing: tuple[MissingSource, ...]
    errors: tuple[LoadError, ...]  # sources that exist but cannot be read
    moved: Mapping[str, str]  # article id -> where its source was found, if not where stored


@dataclass(frozen=True)
class UpdateReport:
    """What a reload found: articles re-read, sources missing or unreadable, flags and
    dismissals that had to move (`unanchored`: every flag not at its old place)."""

    changed: tuple[str, ...]
    errors: tuple[LoadError, ...]
    unanchored: tuple[Flag, ...]
    missing: tuple[MissingSource, ...] = ()
    dismissals_lost: tuple[Dismissal, ...] = ()

    def messages(self) -> tuple[str, ...]:
        """One line per problem, in the `error:` format without the prefix."""
        return (tuple(m.message() for m in self.missing)
                + tuple(str(e) for e in self.errors)
                + tuple(f"a dismissed finding could not be found again: {d.finding}"
                        for d in self.dismissals_lost))


SHOWN = 80  # characters of a span or quote an error message repeats


def _shown(text: str) -> str:
    """A span as given, quoted, cut in the middle when long: one error line, not the whole text."""
    return repr(text if len(text) <= SHOWN else f"{text[: SHOWN // 2]}…{text[-SHOWN // 2 :]}")


QUOTED_LISTED = 5  # offsets of a quote found several times, listed in the error


def _quoted_span(spec: str, texts: dict[str, str]) -> tuple[str, int, int] | None:
    """'DOC:words of the passage' -> (doc, start, end) of the one place the words stand; None
    when no known article id opens the spec. A quote found nowhere, or in several places, is
    an error that says so (with the offsets of each, to choose one)."""
    ids = [doc for doc in texts if spec.startswith(doc + ":") and len(spec) > len(doc) + 1]
    if not ids:
        return None
    doc = max(ids, key=len)  # "a:b" over "a" when both are articles
    quote, text = spec[len(doc) + 1 :], texts[doc]
    starts: list[int] = []
    at = text.find(quote)
    while at >= 0 and len(starts) <= QUOTED_LISTED:
        starts.append(at)
        at = text.find(quote, at + 1)
    if not starts:
        raise ValueError(f"{_shown(spec)}: the text of {doc} has no {_shown(quote)} (quote it exactly, "
                         "or give DOC:START:END)")
    if len(starts) > 1:
        listed = ", ".join(f"{doc}:{start}:{start + len(quote)}" for start in starts[:QUOTED_LISTED])
        more = " …" if len(starts) > QUOTED_LISTED else ""
        raise ValueError(f"{_shown(spec)}: {doc} has {_shown(quote)} in several places; give one of "
                         f"{listed}{more}")
    return doc, starts[0], starts[0] + len(quote)


def parse_span(spec: str, documents: list[StoredDocument]) -> Anchor:
    """'DOC:START:END', or 'DOC:words of the passage' standing once in the article -> an
    anchor on that document's stored text."""
    texts = {d.document.id: d.document.text for d in documents}
    match = SPAN.match(spec)
    if not match and OFFSETS_LIKE.match(spec):
        raise ValueError(f"{_shown(spec)} is not DOC:START:END (START and END are character offsets)")
    if not match:
        quoted = _quoted_span(spec, texts)
        if quoted is None:
            raise ValueError(f"{_shown(spec)} is not DOC:START:END (START and END are character offsets) or "
                             f"DOC:QUOTE (articles: {', '.join(texts)})")
        doc, start, end = quoted
        return make_anchor(doc, texts[doc], start, end)
    doc = match.group("doc")
    if doc not in texts:
        raise ValueError(f"no article {doc!r} in the project (articles: {', '.join(texts)})")
    start, end, length = int(match.group("start")), int(match.group("end")), len(texts[doc])
    if end < start:
        raise ValueError(f"{_shown(spec)}: the end ({end}) is before the start ({start})")
    if end == start:
        raise ValueError(f"{_shown(spec)}: the span is empty (start and end are both {start})")
    if end > length:
        raise ValueError(f"{_shown(spec)}: the end ({end}) is outside the text of {doc} "
                         f"({length} characters)")
    return make_anchor(doc, texts[doc], start, end)


def add_flag(store: ProjectStore, kind: FlagKind, spans: list[str], note: str = "") -> Flag:
    documents = store.documents()
    flag = new_flag(kind, [parse_span(s, documents) for s in spans], note=note)
    store.save_flag(flag)
    return flag


def source_candidates(item: StoredDocument, project: Path) -> list[Path]:
    """Where an article's source may be: the stored path, then the same place relative to
    the project file (for a folder moved or copied with its project). A relative stored
    path (projects made before paths were absolute) is tried from the project's folder too."""
    stored = Path(item.document.path)
    folder = project.absolute().parent
    candidates = [stored if stored.is_absolute() else folder / stored]
    if not stored.is_absolute():
        candidates.append(stored.absolute())
    if item.relative_path:
        candidates.append(folder / item.relative_path)
    unique: list[Path] = []
    for path in candidates:
        if path not in unique:
            unique.append(path)
    return unique


def locate_source(item: StoredDocument, project: Path) -> Path | None:
    """The first candidate that is a file, or None when the source is missing."""
    for path in source_candidates(item, project):
        try:
            if path.is_file():
                return path
        except OSError:
            continue
    return None


def check_sources(store: ProjectStore) -> SourceCheck:
    """Read every article's source again and compare it with the stored snapshot."""
    changed: dict[str, Document] = {}
    moved: dict[str, str] = {}
    missing: list[MissingSource] = []
    errors: list[LoadError] = []
    stored = tuple(store.documents())
    for item in stored:
        if not item.document.path:
            continue  # pasted text: there is no file to go back to
        source = locate_source(item, store.path)
        if source is None:
            missing.append(MissingSource(item.document.id, item.document.path))
            continue
        if str(source) != item.document.path:
            moved[item.document.id] = str(source.absolute())
        try:
            fresh = load_file(source)
        except LoadError as exc:
            errors.append(exc)
            continue
        if text_hash(fresh.text) != item.hash:
            changed[item.document.id] = fresh
    return SourceCheck(stored, changed, tuple(missing), tuple(errors), moved)


def changed_sources(store: ProjectStore) -> tuple[list[StoredDocument], list[LoadError], dict[str, str]]:
    """Articles whose source file now differs from the stored snapshot, with their new text;
    a missing source is an error naming it (kept for callers of the first version)."""
    check = check_sources(store)
    errors = [LoadError(m.path, MISSING) for m in check.missing] + list(check.errors)
    return list(check.stored), errors, {doc: fresh.text for doc, fresh in check.changed.items()}


def _new_snapshot(item: StoredDocument, fresh: Document, source: str | None) -> Document:
    """The stored article with the source's new text; the user's title, date and outlet stay."""
    return dataclasses.replace(item.document, text=fresh.text, excluded=excluded_regions(fresh.text),
                               path=source or item.document.path)


def update_project(store: ProjectStore) -> UpdateReport:
    """Re-read every article from its source, re-anchor flags and dismissals on those that
    changed, and save it all in one transaction. Missing sources are reported by name."""
    check = check_sources(store)
    texts = {doc: fresh.text for doc, fresh in check.changed.items()}
    snapshots = [_new_snapshot(item, check.changed[item.document.id], check.moved.get(item.document.id))
                 for item in check.stored if item.document.id in check.changed]
    moved_only = [dataclasses.replace(item.document, path=check.moved[item.document.id])
                  for item in check.stored
                  if item.document.id in check.moved and item.document.id not in check.changed]
    flags, unanchored = [], []
    for flag in store.flags():
        moved = reanchor_flag(flag, texts) if texts else flag
        if moved is not flag:
            flags.append(moved)
        if any(a.state != "anchored" for a in moved.anchors):
            unanchored.append(moved)
    dismissals, lost = [], []
    for dismissal in store.dismissals() if texts else ():
        again = reanchor_dismissal(dismissal, texts)
        if again != dismissal:
            dismissals.append((dismissal.finding, again))
        if again.orphaned:
            lost.append(again)
    if snapshots or moved_only or flags or dismissals:
        store.apply_update(snapshots, moved_only, flags, dismissals)
    return UpdateReport(tuple(check.changed), check.errors, tuple(unanchored), check.missing, tuple(lost))


def describe_anchor(anchor: Anchor) -> str:
    score = f" {anchor.score:.0f}" if anchor.score is not None else ""
    return f"{anchor.doc}:{anchor.start}:{anchor.end} {anchor.state}{score}"


__all__ = ["MISSING", "MissingSource", "ProjectError", "SourceCheck", "UpdateReport", "add_flag",
           "check_sources", "describe_anchor", "locate_source", "parse_span", "update_project"]
