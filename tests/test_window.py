"""The comparison window, driven offscreen with pytest-qt."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.core.ingest.loading import load_paths, seeds_dir
from desktop_app.core.pipeline.analysis import Analysis, analyze
from desktop_app.core.pipeline.synthetic import synthetic_corpus
from desktop_app.ui.atomic import save_image
from desktop_app.ui.launch import image_format
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.offsets import OffsetMap
from tests.conftest import ROOT, seeded_window

WAIT_MS = 60_000


class CountingAnalyze:
    """Wraps the engine's analyze() to prove which actions re-run the alignment."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Analysis:
        self.calls += 1
        return analyze(*args, **kwargs)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def counting() -> CountingAnalyze:
    return CountingAnalyze()


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, counting: CountingAnalyze,
           tmp_path: Path) -> Iterator[MainWindow]:
    win = seeded_window(qtbot, tmp_path, counting)
    yield win
    win.service.shutdown()


def selection_spans(win: MainWindow, doc_id: str) -> set[tuple[int, int]]:
    editor = win.panes.panes[doc_id].editor
    return {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in editor.extraSelections()}


def test_every_finding_is_highlighted_at_its_offsets(window: MainWindow) -> None:
    assert window.model.findings
    for finding in window.model.findings:
        for passage in (finding.a, finding.b):
            text = window.panes.panes[passage.doc].document.text  # type: ignore[union-attr]
            offsets = OffsetMap(text)
            expected = (offsets.to_qt(passage.start), offsets.to_qt(passage.end))
            assert expected in selection_spans(window, passage.doc)


def population_conflict(win: MainWindow) -> int:
    assert win.model.findings is not None
    return next(i for i, f in enumerate(win.model.findings) if f.topic == "population of Homs")


def test_clicking_a_highlight_reveals_the_counterpart(qtbot: QtBot, window: MainWindow) -> None:
    assert window.model.findings is not None
    finding = window.model.findings[population_conflict(window)]
    left, right = window.panes.panes[finding.a.doc], window.panes.panes[finding.b.doc]
    bar = right.editor.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert not right.is_visible(finding.b.start, finding.b.end)
    left.reveal(finding.a.start, finding.a.end)
    point = left.click_at(finding.a.start + 5)
    qtbot.mouseClick(left.editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.model.current == population_conflict(window)
    assert right.is_visible(finding.b.start, finding.b.end)
    assert right.flashing


def test_a_revealed_passage_leaves_no_line_cut_in_half_at_the_top(window: MainWindow) -> None:
    cuts = []
    for doc_id, pane in window.panes.panes.items():
        document = pane.document
        assert document is not None
        for span in document.sentences:
            pane.reveal(span.start, span.end)
            cuts.append(pane.top_line_cut())
            assert pane.is_visible(span.start, span.end), doc_id
    assert len(cuts) > 50 and not any(cuts)


def test_selecting_a_finding_scrolls_its_panes_into_view_sideways(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(900, 1000)  # five panes no longer fit side by side
    qtbot.waitUntil(lambda: window.panes.horizontalScrollBar().maximum() > 0)
    assert window.model.findings is not None
    index = population_conflict(window)
    finding = window.model.findings[index]
    for scrolled in (0, window.panes.horizontalScrollBar().maximum()):
        window.panes.horizontalScrollBar().setValue(scrolled)
        window.model.select(-1)
        window.model.select(index)
        qtbot.waitUntil(lambda f=finding: f.b.doc in window.panes.on_screen_ids())
        assert window.panes.panes[finding.b.doc].is_visible(finding.b.start, finding.b.end)
        assert window.panes.first_pane_cut() == 0  # the leftmost pane on screen is whole


def test_next_and_previous_finding_move_selection_and_panes(qtbot: QtBot, window: MainWindow) -> None:
    window.findings.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    first = window.model.current
    assert first >= 0 and window.findings.current_finding() == first
    qtbot.keyClick(window, Qt.Key.Key_F8)
    second = window.model.current
    assert second != first
    assert window.model.findings is not None
    finding = window.model.findings[second]
    assert window.panes.panes[finding.a.doc].is_visible(finding.a.start, finding.a.end)
    qtbot.keyClick(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.model.current == first


def test_next_conflict_skips_agreements(qtbot: QtBot, window: MainWindow) -> None:
    assert window.model.findings is not None
    seen = set()
    for _ in range(5):
        qtbot.keyClick(window, Qt.Key.Key_F9)
        seen.add(window.model.findings[window.model.current].kind)
    assert seen == {"conflict"}


def test_filter_narrows_the_table(window: MainWindow) -> None:
    total = window.findings.model.rowCount()
    window.findings.text.setText("population")
    assert window.findings.model.rowCount() == 1
    window.findings.text.setText("")
    window.findings.kind.setCurrentIndex(window.findings.kind.findData("conflict"))
    assert 0 < window.findings.model.rowCount() < total


def test_threshold_reclassifies_without_realigning(qtbot: QtBot, window: MainWindow,
                                                  counting: CountingAnalyze) -> None:
    analysis = window.model.analysis
    assert analysis is not None
    pairs, before = analysis.pairs, len(analysis.findings)
    with qtbot.waitSignal(window.analysisApplied, timeout=WAIT_MS):
        window.toolbar.slider.setValue(30)
    assert counting.calls == 1
    analysis = window.model.analysis
    assert analysis is not None and analysis.pairs is pairs
    assert analysis.threshold == pytest.approx(0.30)
    assert len(analysis.findings) > before


def test_matrix_cell_shows_that_pair(qtbot: QtBot, window: MainWindow) -> None:
    overview = window.overview
    overview.setCurrentWidget(overview.matrix_view)
    index = overview.matrix_model.index(1, 3)
    rect = overview.matrix_view.visualRect(index)
    qtbot.mouseClick(overview.matrix_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    ids = [d.id for d in window.model.documents]
    assert window.model.two_article and window.toolbar.two_article_action.isChecked()
    assert window.panes.visible_ids == [ids[1], ids[3]]


def test_claims_table_cell_reveals_passage(window: MainWindow) -> None:
    row, claims = 0, window.overview.claims_model
    column = next(c for c in range(claims.columnCount()) if claims.index(row, c).data())
    window.overview.show_claim(row, column)
    doc_id = window.model.documents[column].id
    claim = claims.topic_row(row).cells[column]
    assert claim is not None
    assert window.panes.panes[doc_id].is_visible(claim.claim.start, claim.claim.end)


def test_bad_file_gives_a_message_and_keeps_articles(qtbot: QtBot, window: MainWindow,
                                                     tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    before = len(window.model.documents)
    with qtbot.waitSignal(window.service.loadFinished, timeout=WAIT_MS):
        window.open_paths([tmp_path / "missing.txt", empty])
    box = window.findChild(QMessageBox, "load-errors")
    assert box is not None and "missing.txt" in box.text() and "empty.txt" in box.text()
    assert window.statusBar().currentMessage() == "2 files could not be opened: missing.txt, empty.txt"
    assert len(window.model.documents) == before


def test_settings_restore_threshold_and_geometry(qtbot: QtBot, window: MainWindow,
                                                 settings: QSettings, tmp_path: Path) -> None:
    window.model.set_threshold(0.55)
    window.save_state()
    again = MainWindow(settings, autosave_dir=tmp_path / "autosave")
    qtbot.addWidget(again)
    assert again.model.threshold == pytest.approx(0.55)
    assert again.toolbar.slider.value() == 55


def largest_stall(qtbot: QtBot, settings: QSettings, tmp_path: Path, count: int) -> float:
    """Seconds of the longest gap between 10 ms timer ticks while `count` articles are analysed."""
    documents = synthetic_corpus(load_paths([seeds_dir()]).documents, count)
    win = MainWindow(settings, autosave_dir=tmp_path / "autosave")
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    ticks: list[float] = []
    timer = QTimer(win, interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    with qtbot.waitSignal(win.analysisApplied, timeout=WAIT_MS * 2):
        win.model.set_documents(documents)
    qtbot.wait(200)  # the first paint of the results counts too
    timer.stop()
    assert len(win.model.documents) == count
    return max(b - a for a, b in itertools.pairwise(ticks))


@pytest.mark.stall
@pytest.mark.parametrize("count", [50, 200])
def test_event_loop_never_stalls_while_articles_are_analysed(qtbot: QtBot, settings: QSettings,
                                                             tmp_path: Path, count: int) -> None:
    """A timing bound, so not part of the suite CI runs: `pytest --stall`, or the benchmark."""
    stall = largest_stall(qtbot, settings, tmp_path, count)
    assert stall < 0.100, f"largest stall {stall * 1000:.0f} ms with {count} articles"


def test_screenshot_command_writes_a_png(tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--screenshot", str(target)],
                            cwd=ROOT, capture_output=True, text=True, timeout=180,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "propagateSizeHints" not in result.stderr  # the offscreen platform's noise is not shown
    # the user's settings were never touched: the screenshot used a scratch settings file
    assert not list((Path(os.environ["XDG_CONFIG_HOME"])).rglob("*.conf"))


@pytest.mark.parametrize(("name", "expected"), [
    ("shot.png", "PNG"), ("shot.JPG", "JPG"), ("shot.jpeg", "JPEG"), ("shot", "PNG"), ("shot.xyz", None)])
def test_screenshot_format_follows_the_suffix(qtbot: QtBot, name: str, expected: str | None) -> None:
    assert image_format(Path(name)) == expected


def test_a_screenshot_saved_as_jpg_is_jpeg_data(qtbot: QtBot, tmp_path: Path) -> None:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0x3366AA)
    target = tmp_path / "shot.jpg"
    save_image(target, image, "JPG")
    assert target.read_bytes()[:3] == b"\xff\xd8\xff"


def test_a_screenshot_to_an_unwritable_format_fails_at_once(tmp_path: Path) -> None:
    target = tmp_path / "shot.xyz"
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--screenshot", str(target)],
                            cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: {target}: cannot write '.xyz' images; use .png, .jpg or .bmp"]
    assert not target.exists()


def test_pane_sizes_restored(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    sizes = window.panes.pane_sizes()
    sizes[0] += 120
    sizes[2] -= 120
    window.panes.restore_sizes(sizes)
    window.save_state()
    again = seeded_window(qtbot, tmp_path)  # the same settings file
    assert abs(again.panes.pane_sizes()[0] - window.panes.pane_sizes()[0]) <= 2
