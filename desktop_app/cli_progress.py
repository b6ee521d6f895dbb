"""A progress bar on stderr for long command-line runs (rich), silent otherwise.

Shown only when stderr is a terminal, so pipes and log files stay clean, and only
once the run has lasted SHOW_AFTER seconds, so a quick analysis prints nothing but
its report. The bar is transient: it is erased when the run ends.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

SHOW_AFTER = 1.0
STAGES = {"reading": "reading articles", "aligning": "aligning sentences",
          "classifying": "finding agreements and conflicts", "writing": "writing the report"}


class ProgressBar:
    """Call it as the pipeline's progress callback: bar(stage, fraction of that stage)."""

    def __init__(self, stream: TextIO, show_after: float = SHOW_AFTER) -> None:
        self._enabled = stream.isatty()
        self._stream = stream
        self._show_after = show_after
        self._started = time.monotonic()
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __call__(self, stage: str, fraction: float) -> None:
        if not self._enabled or stage == "done":
            return
        if self._progress is None:
            if time.monotonic() - self._started < self._show_after:
                return
            self._progress = Progress(TextColumn("{task.description:<34}"), BarColumn(),
                                      TextColumn("{task.percentage:>3.0f}%"), TimeElapsedColumn(),
                                      console=Console(file=self._stream), transient=True)
            self._progress.start()
            self._task = self._progress.add_task("", total=1.0)
        assert self._task is not None
        self._progress.update(self._task, description=STAGES.get(stage, stage),
                              completed=min(max(fraction, 0.0), 1.0))

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()
