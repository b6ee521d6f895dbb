"""Run engine work off the UI thread; deliver only the newest job's result."""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

ProgressCallback = Callable[[str, float], None]
Job = Callable[[ProgressCallback], object]
PROGRESS_INTERVAL = 0.05
# While a job runs in Python, the UI thread waits for the GIL up to the switch interval at
# each of its own Python callbacks; 1 ms (default 5 ms) keeps a repaint's callbacks quick.
GIL_SWITCH_INTERVAL = 0.001


class Cancelled(Exception):
    """Raised inside a job when the user cancelled it or a newer job replaced it."""


class _Signals(QObject):
    progress = Signal(str, float, int)
    finished = Signal(object, int)
    failed = Signal(str, int)


class _Runnable(QRunnable):
    def __init__(self, job: Job, generation: int, signals: _Signals, cancel: threading.Event):
        super().__init__()
        self._job, self._generation, self._signals, self._cancel = job, generation, signals, cancel
        self._last_progress = 0.0

    def _progress(self, stage: str, fraction: float) -> None:
        if self._cancel.is_set():
            raise Cancelled
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_INTERVAL or fraction >= 1.0:
            self._last_progress = now
            self._signals.progress.emit(stage, fraction, self._generation)

    def run(self) -> None:
        # A full garbage collection over an analysis's objects holds the GIL for tens of
        # milliseconds, freezing the UI thread; jobs run one at a time, so pause it meanwhile,
        # and afterwards move what survives out of the collector's sight (gc.freeze) instead of
        # paying for one huge collection. Results are acyclic frozen values that reference
        # counting frees when replaced.
        gc.disable()
        try:
            result = self._job(self._progress)
        except Cancelled:
            return
        except Exception as exc:  # a bug in the engine must not take the window down
            self._signals.failed.emit(f"{type(exc).__name__}: {exc}", self._generation)
            return
        finally:
            gc.freeze()
            gc.enable()
        if not self._cancel.is_set():
            self._signals.finished.emit(result, self._generation)


class JobRunner(QObject):
    """Runs one engine job at a time in a thread pool.

    Signals: progress(stage, fraction), finished(result), failed(message),
    busyChanged(busy). A job submitted while another runs supersedes it: the
    older one is cancelled at its next progress report and its result dropped.
    """

    progress = Signal(str, float)
    finished = Signal(object)
    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._generation = 0
        self._cancel = threading.Event()
        self._busy = False
        sys.setswitchinterval(GIL_SWITCH_INTERVAL)

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self, job: Job) -> int:
        self._cancel.set()
        self._cancel = threading.Event()
        self._generation += 1
        self._set_busy(True)
        self._pool.start(_Runnable(job, self._generation, self._signals, self._cancel))
        return self._generation

    def cancel(self) -> None:
        self._cancel.set()
        self._generation += 1
        self._set_busy(False)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def _on_progress(self, stage: str, fraction: float, generation: int) -> None:
        if generation == self._generation:
            self.progress.emit(stage, fraction)

    def _on_finished(self, result: object, generation: int) -> None:
        if generation == self._generation:
            self._set_busy(False)
            self.finished.emit(result)

    def _on_failed(self, message: str, generation: int) -> None:
        if generation == self._generation:
            self._set_busy(False)
            self.failed.emit(message)
