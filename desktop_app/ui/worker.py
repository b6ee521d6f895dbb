"""Run engine work off the UI thread; deliver only the newest job's result.

Jobs run one at a time on a daemon thread of the runner's own, not in a QThreadPool:
a pool's destructor waits for its jobs, so an engine step that is slow to notice its
cancellation would keep the process alive after the window closed. A daemon thread
never does; `shutdown` still cancels and waits a bounded time so work ends cleanly.
"""

from __future__ import annotations

import contextlib
import gc
import queue
import sys
import threading
import time
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Signal

ProgressCallback = Callable[[str, float], None]
Job = Callable[[ProgressCallback], object]
PROGRESS_INTERVAL = 0.05
# While a job runs in Python, the UI thread waits for the GIL up to the switch interval at
# each of its own Python callbacks; 1 ms (default 5 ms) keeps a repaint's callbacks quick.
GIL_SWITCH_INTERVAL = 0.001


class Cancelled(Exception):
    """Raised inside a job when the user cancelled it or a newer job replaced it."""


class InterpreterTuning:
    """Process-wide switches for the time analysis jobs run, restored when the last one ends.

    A garbage collection over an analysis's objects holds the GIL for tens of milliseconds
    and freezes the UI thread, so while a job runs the collector pauses and the GIL switch
    interval is shortened (the UI thread gets the GIL back quickly). When the job ends the
    collector and the interval are as they were, and what the job left alive is frozen
    (gc.freeze): otherwise the collector's next pass on the UI thread would walk every one
    of those young objects at once. The freeze lasts until the next job starts, which
    unfreezes them (they are then old, and mostly the result that job replaces). Entries
    are counted: overlapping jobs (two windows) switch once and restore once.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._saved: tuple[bool, float] = (True, sys.getswitchinterval())

    def __enter__(self) -> InterpreterTuning:
        with self._lock:
            if self._depth == 0:
                self._saved = (gc.isenabled(), sys.getswitchinterval())
                gc.disable()
                gc.unfreeze()  # the previous job's survivors are ordinary old objects again
                sys.setswitchinterval(GIL_SWITCH_INTERVAL)
            self._depth += 1
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth == 0:
                enabled, interval = self._saved
                gc.freeze()
                sys.setswitchinterval(interval)
                if enabled:
                    gc.enable()

# One per process, because what it guards (the collector, the switch interval) is per process.
TUNING = InterpreterTuning()


class _Signals(QObject):
    progress = Signal(str, float, int)
    finished = Signal(object, int)
    failed = Signal(str, int)


class _Task:
    """One submitted job with its generation and cancellation flag."""

    def __init__(self, job: Job, generation: int, cancel: threading.Event, signals: _Signals,
                 tune: bool) -> None:
        self.job, self.generation, self.cancel = job, generation, cancel
        self.signals, self.tune = signals, tune
        self._last_progress = 0.0

    def progress(self, stage: str, fraction: float) -> None:
        if self.cancel.is_set():
            raise Cancelled
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_INTERVAL or fraction >= 1.0:
            self._last_progress = now
            _emit(self.signals.progress, stage, fraction, self.generation)

    def run(self) -> None:
        try:
            if self.tune:
                with TUNING:
                    result = self.job(self.progress)
            else:
                result = self.job(self.progress)
        except Cancelled:
            return
        except Exception as exc:  # a bug in the engine must not take the window down
            _emit(self.signals.failed, f"{type(exc).__name__}: {exc}", self.generation)
            return
        if not self.cancel.is_set():
            _emit(self.signals.finished, result, self.generation)


def _emit(signal: object, *args: object) -> None:
    """Emit from the worker; the receiving window may already be gone, which is fine."""
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)  # type: ignore[attr-defined]


class JobRunner(QObject):
    """Runs engine jobs one at a time on its own daemon thread.

    Signals: progress(stage, fraction), finished(result), failed(message),
    busyChanged(busy). With `supersede` (analyses) a job submitted while another runs
    replaces it: the older one is cancelled at its next progress report and its result
    dropped. Without it (reading files, fetching pages) jobs queue and every result is
    delivered: files the user opened are never dropped because more were opened.
    With `tune_interpreter` the job runs inside TUNING (for analyses).
    """

    progress = Signal(str, float)
    finished = Signal(object)
    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, tune_interpreter: bool = False,
                 supersede: bool = True) -> None:
        super().__init__(parent)
        # Unparented on purpose: the worker thread emits through it, so its lifetime must not
        # end with the runner's C++ object while a job is still running.
        self._signals = _Signals()
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._tune, self._supersede = tune_interpreter, supersede
        self._generation = 0
        self._accept_from = 1  # results of older generations are dropped
        self._outstanding = 0  # accepted jobs whose result has not arrived
        self._cancel = threading.Event()
        self._busy = False
        self._queue: queue.SimpleQueue[_Task | None] = queue.SimpleQueue()
        self._pending = 0
        self._pending_lock = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self, job: Job) -> int:
        """Queue a job (superseding the running one if so made); after shutdown nothing runs."""
        if self._closed:
            return self._generation
        self._generation += 1
        if self._supersede:
            self._cancel.set()
            self._cancel = threading.Event()
            self._accept_from, self._outstanding = self._generation, 0
        self._outstanding += 1
        self._set_busy(True)
        with self._pending_lock:
            self._pending += 1
        self._queue.put(_Task(job, self._generation, self._cancel, self._signals, self._tune))
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="source-compare job",
                                            daemon=True)
            self._thread.start()
        return self._generation

    def _work(self) -> None:
        while True:
            task = self._queue.get()
            if task is None:
                return
            try:
                task.run()
            finally:
                with self._pending_lock:
                    self._pending -= 1
                    self._pending_lock.notify_all()

    def cancel(self) -> None:
        """Cancel the running job (at its next progress report) and drop every queued one."""
        self._cancel.set()
        self._cancel = threading.Event()
        self._accept_from, self._outstanding = self._generation + 1, 0
        self._set_busy(False)

    def wait(self, msecs: int = -1) -> bool:
        """Wait until no job is running or queued; False when `msecs` ran out first."""
        deadline = None if msecs < 0 else time.monotonic() + msecs / 1000
        with self._pending_lock:
            while self._pending:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._pending_lock.wait(remaining)
        return True

    def shutdown(self, msecs: int) -> bool:
        """Cancel, wait at most `msecs`, and let the thread end; True when it ended in time."""
        self.cancel()
        done = self.wait(msecs)
        if not self._closed:
            self._closed = True
            self._queue.put(None)
        return done

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def _accepted(self, generation: int) -> bool:
        return generation >= self._accept_from

    def _done(self) -> None:
        self._outstanding = max(self._outstanding - 1, 0)
        self._set_busy(self._outstanding > 0)

    def _on_progress(self, stage: str, fraction: float, generation: int) -> None:
        if self._accepted(generation):
            self.progress.emit(stage, fraction)

    def _on_finished(self, result: object, generation: int) -> None:
        if self._accepted(generation):
            self._done()
            self.finished.emit(result)

    def _on_failed(self, message: str, generation: int) -> None:
        if self._accepted(generation):
            self._done()
            self.failed.emit(message)
