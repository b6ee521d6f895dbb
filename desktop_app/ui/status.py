"""The status bar: messages that expire when stale, counts, progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from ..core.wording import counted
from .comparison import ComparisonModel
from .worker import JobRunner

StatusSink = Callable[[str], None]  # what a helper needs to tell the user something
MESSAGE_MS = 8000


plural = counted  # the engine words counts for the command line the same way

class StatusBar(QStatusBar):
    """Shows the selected finding for as long as it is selected, other messages for a while.

    A message about a finding disappears when the finding is no longer selected or a new
    analysis no longer has it; any other message after a few seconds or when replaced.
    """

    def __init__(self, model: ComparisonModel, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.runner = model, runner
        self.counts = QLabel("No analysis yet")
        self.counts.setObjectName("counts")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setFixedWidth(180)
        self.progress.setFormat("%p%")
        self.cancel_button = QToolButton()
        self.cancel_button.setText("Cancel")
        self.cancel_button.clicked.connect(self._cancel)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.cancel_button)
        self.addPermanentWidget(self.counts)
        self._finding_message = ""
        self.set_busy(False)
        runner.progress.connect(self.show_progress)
        runner.busyChanged.connect(self.set_busy)
        model.analysisChanged.connect(self.show_counts)
        model.hiddenChanged.connect(self.show_counts)
        model.currentChanged.connect(self._current_changed)

    def message(self, text: str) -> None:
        """Tell the user something; it stays a few seconds (the StatusSink)."""
        self._finding_message = ""
        self.showMessage(text, MESSAGE_MS)

    def _current_changed(self, index: int) -> None:
        finding = self.model.current_finding()
        if finding is None:
            if self._finding_message and self.currentMessage() == self._finding_message:
                self.clearMessage()
            self._finding_message = ""
            return
        text = self.model.explain(index)
        if self.model.is_dismissed(index):
            text += " (dismissed)"
        self._finding_message = text
        self.showMessage(text)

    def show_counts(self) -> None:
        if self.model.findings is None:
            self.counts.setText("No analysis yet")
            return
        conflicts, agreements, dismissed = self.model.counts()
        text = f"{plural(conflicts, 'conflict')} · {plural(agreements, 'agreement')}"
        self.counts.setText(text + (f" · {dismissed:,} dismissed" if dismissed else ""))

    def show_progress(self, stage: str, fraction: float) -> None:
        self.progress.setValue(int(fraction * 100))
        self.progress.setFormat(f"{stage} %p%")

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def _cancel(self) -> None:
        self.runner.cancel()
        self.message("Analysis cancelled")
