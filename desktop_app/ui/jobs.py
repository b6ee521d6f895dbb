"""Engine calls packaged as background jobs; results are frozen values tagged by type."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import LoadError
from ..core.findings.claims_table import TopicRow, claims_table
from ..core.ingest.loading import load_paths
from ..core.model import Document
from ..core.pipeline.analysis import Analysis, PreparedCache
from ..core.project.operations import UpdateReport, changed_sources, update_project
from ..core.project.store import ProjectStore
from .marks import DocumentMarks, build_marks
from .worker import Job, ProgressCallback

AnalyzeFunction = Callable[..., Analysis]


@dataclass(frozen=True)
class Loaded:
    """Documents newly read from disk (to add to those open), the files that failed, and
    notes on files read once or not read (a folder's other files)."""

    documents: tuple[Document, ...]
    errors: tuple[LoadError, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class View:
    """An analysis with everything the window paints, prepared off the UI thread."""

    analysis: Analysis
    marks: dict[str, DocumentMarks]
    claim_rows: tuple[TopicRow, ...]


def prepare_view(analysis: Analysis) -> View:
    return View(analysis, build_marks(analysis.documents, analysis.findings),
                claims_table(analysis.documents, analysis.findings))


@dataclass(frozen=True)
class Analysed:
    view: View


@dataclass(frozen=True)
class Reclassified:
    view: View


def load_job(paths: Sequence[Path]) -> Job:
    """Read files; a file given twice (however its path is spelled) is read once."""
    def run(progress: ProgressCallback) -> Loaded:
        progress("reading files", 0.0)
        result = load_paths(unique_paths(paths))
        progress("reading files", 1.0)
        return Loaded(admit(result.documents, ()), result.errors, result.notes)

    return run


def admit(documents: Sequence[Document], existing: Sequence[Document]) -> tuple[Document, ...]:
    """The documents to add to those open: a file already open (or met earlier in the list)
    is left out, and an id already taken gets a number ("a-2")."""
    taken = {doc.id for doc in existing}
    known_paths = {_same_file(doc.path) for doc in existing if doc.path}
    fresh = []
    for doc in documents:
        key = _same_file(doc.path) if doc.path else None
        if key is not None and key in known_paths:
            continue
        if key is not None:
            known_paths.add(key)
        doc_id, n = doc.id, 2
        while doc_id in taken:
            doc_id, n = f"{doc.id}-{n}", n + 1
        taken.add(doc_id)
        fresh.append(doc if doc_id == doc.id else _with_id(doc, doc_id))
    return tuple(fresh)


def _same_file(path: str | Path) -> str:
    """One key for every spelling of a file's path (relative, with .., through a link)."""
    try:
        return str(Path(path).resolve())
    except OSError:
        return str(path)


def unique_paths(paths: Sequence[Path]) -> list[Path]:
    """Paths in order, each file once however it is spelled."""
    seen: set[str] = set()
    unique = []
    for path in paths:
        key = _same_file(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def _with_id(doc: Document, doc_id: str) -> Document:
    return dataclasses.replace(doc, id=doc_id)


def analyze_job(documents: Sequence[Document], threshold: float, analyze: AnalyzeFunction,
                previous: Analysis | None = None, cache: PreparedCache | None = None) -> Job:
    """Analyse in the background, re-using the previous analysis and the prepared-article cache."""
    def run(progress: ProgressCallback) -> Analysed:
        analysis = analyze(tuple(documents), threshold=threshold, progress=progress,
                           previous=previous, cache=cache)
        return Analysed(prepare_view(analysis))

    return run


def reclassify_job(analysis: Analysis, threshold: float) -> Job:
    def run(progress: ProgressCallback) -> Reclassified:
        progress("reclassifying", 0.0)
        return Reclassified(prepare_view(analysis.reclassify(threshold)))

    return run


@dataclass(frozen=True)
class SourcesChecked:
    """Articles of a project whose source file changed since it was saved."""

    changed: tuple[str, ...]


@dataclass(frozen=True)
class SourcesUpdated:
    """A project after its changed articles were re-read and its flags re-anchored."""

    report: UpdateReport
    documents: tuple[Document, ...]


def check_sources_job(path: Path) -> Job:
    """Compare each article's source file with its snapshot (its own connection: a worker)."""
    def run(progress: ProgressCallback) -> SourcesChecked:
        progress("checking sources", 0.0)
        store = ProjectStore.open(path)
        try:
            _stored, _errors, changed = changed_sources(store)
        finally:
            store.close()
        return SourcesChecked(tuple(changed))

    return run


def update_sources_job(path: Path) -> Job:
    def run(progress: ProgressCallback) -> SourcesUpdated:
        progress("reloading articles", 0.0)
        store = ProjectStore.open(path)
        try:
            report = update_project(store)
            documents = tuple(item.document for item in store.documents())
        finally:
            store.close()
        return SourcesUpdated(report, documents)

    return run
