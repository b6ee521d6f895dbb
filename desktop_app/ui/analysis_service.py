"""Keeps the comparison's analysis current: reads files, analyses, reclassifies, in the background."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.ingest.admission import admit
from ..core.pipeline.analysis import MemoryCache, PreparedCache, analyze
from ..core.project.cache import ProjectCache
from .comparison import ComparisonModel
from .jobs import (
    Analysed,
    AnalyzeFunction,
    Loaded,
    Reclassified,
    analyze_job,
    load_job,
    reclassify_job,
)
from .worker import JobRunner

DEBOUNCE_MS = 120  # the threshold slider: reclassify once it rests
FIRST_PAINT_MS = 60  # new articles paint before their analysis starts
SHUTDOWN_MS = 3000  # closing the window waits this long for a job to notice it was cancelled


class AnalysisService(QObject):
    """Subscribes to the model and feeds it analyses.

    Signals: loadFailed(errors) with the files that could not be read; loadNoted(notes) on
    files read once or left out (a folder's other files); loadFinished() after
    files were read (and the readable ones added); failed(message) when an analysis failed
    (the window stays usable, the next one runs).
    """

    loadFailed = Signal(object)
    loadNoted = Signal(object)
    loadFinished = Signal()
    failed = Signal(str)

    def __init__(self, model: ComparisonModel, analyze_fn: AnalyzeFunction = analyze,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.runner = JobRunner(self, tune_interpreter=True)  # a new analysis replaces the running one
        self.loads = JobRunner(self, supersede=False)  # files opened are all read, in order
        self._analyze = analyze_fn
        self._cache: PreparedCache = MemoryCache()
        self._analyse_timer = QTimer(self, singleShot=True, interval=FIRST_PAINT_MS)
        self._analyse_timer.timeout.connect(self.reanalyse)
        self._threshold_timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._threshold_timer.timeout.connect(self._reclassify)
        model.documentsChanged.connect(self._analyse_timer.start)
        model.thresholdChanged.connect(self._threshold_moved)
        model.project.projectChanged.connect(self._use_project_cache)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self.failed)
        self.loads.finished.connect(self._finished)
        self.loads.failed.connect(self.failed)

    def open_paths(self, paths: Sequence[Path]) -> None:
        """Read files off the UI thread; they show as soon as read, then get analysed."""
        self.loads.submit(load_job(list(paths)))

    def _threshold_moved(self, _value: float) -> None:
        self._threshold_timer.start()

    def reanalyse(self) -> None:
        self._analyse_timer.stop()
        documents = [dataclasses.replace(d, sentences=(), claims=()) for d in self.model.documents]
        if documents:
            self.runner.submit(analyze_job(documents, self.model.threshold, self._analyze,
                                           self.model.analysis, self._cache))

    def _reclassify(self) -> None:
        analysis = self.model.analysis
        if analysis is not None and abs(analysis.threshold - self.model.threshold) > 1e-9:
            if self.runner.busy:
                return  # the running analysis is followed by a reclassification (_finished)
            self.runner.submit(reclassify_job(analysis, self.model.threshold))

    def _use_project_cache(self, path: str) -> None:
        """Prepared articles are kept in the open project, else in memory for this window."""
        self._close_cache()
        self._cache = ProjectCache(Path(path)) if path else MemoryCache()

    def _close_cache(self) -> None:
        if isinstance(self._cache, ProjectCache):
            self._cache.close()

    def _finished(self, result: object) -> None:
        if isinstance(result, Loaded):
            admission = admit(result.documents, self.model.documents)  # what was opened meanwhile counts
            if result.notes or admission.notes:
                self.loadNoted.emit((*result.notes, *admission.notes))
            if result.errors:
                self.loadFailed.emit(result.errors)
            if admission.documents:
                self.model.add_documents(admission.documents)
            self.loadFinished.emit()
        elif isinstance(result, (Analysed, Reclassified)):
            self.model.set_view(result.view)
            self._reclassify()  # the slider may have moved while this ran

    def shutdown(self) -> bool:
        """Cancel and wait a bounded time; the process can exit whatever the job does."""
        self._analyse_timer.stop()
        self._threshold_timer.stop()
        loads_done = self.loads.shutdown(SHUTDOWN_MS // 2)
        done = self.runner.shutdown(SHUTDOWN_MS // 2) and loads_done
        self._close_cache()
        return done
