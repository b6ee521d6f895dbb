"""File ▸ Export Findings Report…: the findings on screen as `source-compare analyze` writes
them (an HTML page to send a colleague, Markdown, JSON or text), written off the UI thread.

The report is the core's (core.formats.report_writers): the window only picks the file, says
which findings the user dismissed, and reports where it went.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ..core.atomic import describe_write_error, write_text_atomic
from ..core.formats.report_writers import WRITERS
from ..core.pipeline.analysis import Analysis
from .comparison import ComparisonModel
from .export_files import ask_export_file, chosen_file, warn
from .status import StatusSink, plural
from .worker import Job, JobRunner, ProgressCallback

REPORT_FILTERS = {"HTML report (*.html)": ".html", "Markdown (*.md)": ".md", "JSON (*.json)": ".json",
                  "Text (*.txt)": ".txt"}
FORMAT_OF_SUFFIX = {".html": "html", ".htm": "html", ".md": "md", ".json": "json", ".txt": "text"}


@dataclass(frozen=True)
class ReportWritten:
    path: Path
    conflicts: int
    agreements: int


@dataclass(frozen=True)
class ReportNotWritten:
    path: Path
    reason: str


def report_job(analysis: Analysis, dismissed: frozenset[int], target: Path) -> Job:
    def run(progress: ProgressCallback) -> ReportWritten | ReportNotWritten:
        out = io.StringIO()
        WRITERS[FORMAT_OF_SUFFIX[target.suffix.lower()]](analysis, out, progress, dismissed)
        try:
            write_text_atomic(target, out.getvalue())  # a failed write never leaves half a file
        except OSError as exc:
            return ReportNotWritten(target, describe_write_error(exc))
        conflicts = analysis.findings.conflict_count()  # conflicts come first in the table
        set_aside = sum(1 for index in dismissed if index < conflicts)
        agreements = len(analysis.findings) - conflicts - (len(dismissed) - set_aside)
        return ReportWritten(target, conflicts - set_aside, agreements)

    return run


class ReportExport(QObject):
    """Owns the Export Findings Report action and the thread that writes the report."""

    def __init__(self, model: ComparisonModel, status: StatusSink, parent: QWidget) -> None:
        super().__init__(parent)
        self.model, self.status, self.parent_widget = model, status, parent
        self.runner = JobRunner(self, supersede=False)
        self.runner.finished.connect(self._written)
        self.runner.failed.connect(self._failed)
        self.action = QAction("Export Findings Report…", parent)
        self.action.setObjectName("export-report")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.action.setToolTip("The conflicts and agreements found, as a page or file to send")
        self.action.triggered.connect(lambda _checked=False: self.export_dialog())

    def export_dialog(self) -> None:
        chosen = ask_export_file(self.parent_widget, "Export findings report", REPORT_FILTERS)
        if chosen is not None:
            self.export_to(*chosen)

    def export_to(self, path: Path, filter_suffix: str | None = None) -> Path | None:
        """Start writing the report; the file it goes to, or None when refused (and why, told)."""
        analysis = self.model.analysis
        if analysis is None:
            self._error("There are no findings to export yet: open two articles or more.")
            return None
        target, refused = chosen_file(path, filter_suffix, FORMAT_OF_SUFFIX, ".html, .md, .json or .txt",
                                      self.model)
        if target is None:
            self._error(refused)
            return None
        dismissed = frozenset(np.flatnonzero(self.model.dismissed).tolist())
        self.runner.submit(report_job(analysis, dismissed, target))
        self.status(f"Writing the findings report to {target}…")
        return target

    def _written(self, result: object) -> None:
        if isinstance(result, ReportWritten):
            self.status(f"Findings report ({plural(result.conflicts, 'conflict')}, "
                        f"{plural(result.agreements, 'agreement')}) written to {result.path}")
        elif isinstance(result, ReportNotWritten):
            self._error(f"{result.path}: {result.reason}; the findings report was not written")

    def _failed(self, message: str) -> None:
        self._error(f"The findings report was not written: {message}")

    def _error(self, message: str) -> None:
        self.status(message)
        warn(self.parent_widget, message, "report-error")

    def shutdown(self, wait_ms: int) -> bool:
        return self.runner.shutdown(wait_ms)

