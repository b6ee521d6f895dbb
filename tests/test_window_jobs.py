"""Background jobs: failures and cancellations never block the next analysis, nor the exit."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.core.ingest.loading import seeds_dir
from desktop_app.core.pipeline.analysis import Analysis, analyze
from desktop_app.ui.worker import GIL_SWITCH_INTERVAL, JobRunner, ProgressCallback
from tests.conftest import ROOT, make_window

WAIT_MS = 60_000


def test_interpreter_switches_last_only_as_long_as_the_job(qtbot: QtBot) -> None:
    runner = JobRunner(tune_interpreter=True)
    before = (gc.isenabled(), sys.getswitchinterval())
    seen: list[tuple[bool, float]] = []

    def job(progress: ProgressCallback) -> str:
        seen.append((gc.isenabled(), sys.getswitchinterval()))
        return "done"

    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        runner.submit(job)
    assert seen == [(False, GIL_SWITCH_INTERVAL)]
    assert (gc.isenabled(), sys.getswitchinterval()) == before
    runner.shutdown(1000)


class FailingOnce:
    """The engine failing on its first run (a bug), then working."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Analysis:
        self.calls += 1
        if self.calls == 1:
            raise ValueError("a bug in the engine")
        return analyze(*args, **kwargs)


def test_a_failed_analysis_does_not_block_the_next(qtbot: QtBot, tmp_path: Path) -> None:
    engine = FailingOnce()
    win = make_window(qtbot, tmp_path, engine)
    with qtbot.waitSignal(win.service.failed, timeout=WAIT_MS):
        win.open_paths([seeds_dir()], remember=False)
    box = win.findChild(QMessageBox, "analysis-failed")
    assert box is not None and "a bug in the engine" in box.text()
    assert not win.service.runner.busy
    with qtbot.waitSignal(win.analysisApplied, timeout=WAIT_MS):
        win.service.reanalyse()
    assert win.model.findings is not None and len(win.model.findings) > 0


class SlowFirst:
    """An engine whose first run reports progress until it is cancelled."""

    def __init__(self) -> None:
        self.calls = 0
        self.started = threading.Event()

    def __call__(self, *args: Any, progress: ProgressCallback, **kwargs: Any) -> Analysis:
        self.calls += 1
        if self.calls == 1:
            self.started.set()
            for _ in range(100_000):
                progress("aligning", 0.1)  # raises Cancelled once the user cancels
                threading.Event().wait(0.01)
        return analyze(*args, progress=progress, **kwargs)


def test_a_cancelled_analysis_does_not_block_the_next(qtbot: QtBot, tmp_path: Path) -> None:
    engine = SlowFirst()
    win = make_window(qtbot, tmp_path, engine)
    win.open_paths([seeds_dir()], remember=False)
    qtbot.waitUntil(engine.started.is_set, timeout=WAIT_MS)
    win.status_bar.cancel_button.click()
    assert not win.service.runner.busy and "cancelled" in win.statusBar().currentMessage()
    with qtbot.waitSignal(win.analysisApplied, timeout=WAIT_MS):
        win.service.reanalyse()
    assert engine.calls == 2 and win.model.findings is not None


STUCK_ENGINE = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from desktop_app.core.ingest.loading import seeds_dir
    from desktop_app.ui.main_window import MainWindow

    def stuck(*args, **kwargs):  # an engine step that never looks at its cancellation
        time.sleep(3600)

    app = QApplication([])
    folder = Path(sys.argv[1])
    window = MainWindow(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat), stuck, folder)
    window.show()
    window.open_paths([seeds_dir()], remember=False)
    def close_when_busy():
        if window.service.runner.busy and window.model.documents:
            QTimer.singleShot(500, window, window.close)
        else:
            QTimer.singleShot(100, window, close_when_busy)
    close_when_busy()
    app.setQuitOnLastWindowClosed(True)
    sys.exit(app.exec())
""")


def test_the_process_exits_when_the_window_closes_during_a_job(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", STUCK_ENGINE, str(tmp_path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr


def test_queued_jobs_all_deliver_and_superseding_ones_only_the_last(qtbot: QtBot) -> None:
    def job(value: int) -> Any:
        return lambda progress: value

    queued, superseding = JobRunner(supersede=False), JobRunner()
    results: dict[str, list[int]] = {"queued": [], "superseding": []}
    queued.finished.connect(results["queued"].append)
    superseding.finished.connect(results["superseding"].append)
    for value in (1, 2, 3):
        queued.submit(job(value))
        superseding.submit(job(value))
    qtbot.waitUntil(lambda: len(results["queued"]) == 3 and not superseding.busy, timeout=WAIT_MS)
    assert results == {"queued": [1, 2, 3], "superseding": [3]}
    assert not queued.busy
    queued.shutdown(1000)
    superseding.shutdown(1000)


def test_files_opened_are_never_dropped_for_an_analysis(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.conftest import seeded_window

    win = seeded_window(qtbot, tmp_path)
    article = tmp_path / "late.txt"
    article.write_text("A late article\n\nHoms has around 1.5 million residents, officials said.\n")
    with qtbot.waitSignal(win.service.loadFinished, timeout=WAIT_MS):
        win.open_paths([article], remember=False)
        win.service.reanalyse()  # an analysis submitted while the file is read
    assert "late" in [d.id for d in win.model.documents]


def test_a_folders_files_of_other_kinds_are_named_in_the_status_bar(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "story.txt").write_text("A story\n\nHoms has around 1.5 million residents.\n")
    (folder / "figures.csv").write_text("a,b\n")
    win = make_window(qtbot, tmp_path)
    with qtbot.waitSignal(win.service.loadFinished, timeout=WAIT_MS):
        win.open_paths([folder], remember=False)
    assert "1 file of another kind not read (figures.csv)" in win.status_bar.currentMessage()
    assert [d.id for d in win.model.documents] == ["story"]
