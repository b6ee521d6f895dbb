"""Engine calls packaged as background jobs; results are frozen values tagged by type."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import LoadError
from ..core.findings.claims_table import TopicRow, claims_table
from ..core.ingest.admission import admit, same_file
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
        return Loaded(admit(result.documents, ()).documents, result.errors, result.notes)

    return run


def unique_paths(paths: Sequence[Path]) -> list[Path]:
    """Paths in order, each file once however it is spelled."""
    seen: set[str] = set()
    unique = []
    for path in paths:
        key = same_file(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


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
