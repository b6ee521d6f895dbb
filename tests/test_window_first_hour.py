"""The first hour of a new user (issue 12): layout, names, colours, messages, small snags."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.core.ingest.loading import seeds_dir
from desktop_app.core.model import Finding
from desktop_app.ui.file_actions import FILE_FILTER
from desktop_app.ui.findings_model import COLUMNS
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.offsets import OffsetMap
from desktop_app.ui.overview_views import CellRole
from desktop_app.ui.style import LIGHT, current_scheme
from desktop_app.ui.toolbar import THRESHOLD_HELP
from tests.conftest import ROOT, seeded_window

WAIT_MS = 60_000


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = seeded_window(qtbot, tmp_path)
    yield win
    win.service.shutdown()


def findings(win: MainWindow) -> list[Finding]:
    assert win.model.findings is not None
    return list(win.model.findings)


def backgrounds(win: MainWindow, doc_id: str, start: int, end: int) -> set[str]:
    """Colours painted behind any part of a document's span."""
    pane = win.panes.panes[doc_id]
    offsets = OffsetMap(pane.document.text)  # type: ignore[union-attr]
    low, high = offsets.to_qt(start), offsets.to_qt(end)
    colours = set()
    for selection in pane.editor.extraSelections():
        cursor = selection.cursor
        if cursor.selectionStart() < high and cursor.selectionEnd() > low:
            brush = selection.format.background()
            if brush.style() != Qt.BrushStyle.NoBrush:
                colours.add(brush.color().name())
    return colours


CONFLICT_COLOURS = {LIGHT.conflict.name(), LIGHT.conflict_current.name(), LIGHT.conflict_diff.name()}
AGREE_COLOURS = {LIGHT.agree.name(), LIGHT.agree_current.name(), LIGHT.agree_diff.name()}


# ----- 12.1 first launch ----------------------------------------------------------------------
@pytest.mark.parametrize("screen", [QRect(0, 0, 1600, 1000), QRect(0, 0, 1280, 800), QRect(0, 0, 2560, 1440)])
def test_first_launch_gives_the_panes_most_of_the_height(qtbot: QtBot, tmp_path: Path, screen: QRect) -> None:
    settings = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings, autosave_dir=tmp_path / "autosave")
    qtbot.addWidget(win)
    win.first_layout(screen)
    win.show()
    with qtbot.waitSignal(win.analysisApplied, timeout=WAIT_MS):
        win.open_paths([seeds_dir()], remember=False)
    assert win.width() <= screen.width() and win.height() <= screen.height()
    assert win.height() >= min(screen.height() * 0.85, 1000)
    assert win.panes.height() >= 0.6 * win.height()
    assert win.findings_dock.height() <= 0.32 * win.height()
    for doc_id in win.panes.visible_ids:  # every pane shows text, not just its header
        assert win.panes.panes[doc_id].editor.viewport().height() >= 0.45 * win.height()


# ----- 12.3 names -----------------------------------------------------------------------------
def test_articles_are_named_by_title_everywhere(qtbot: QtBot, window: MainWindow) -> None:
    model = window.model
    population = next(i for i, f in enumerate(findings(window)) if f.topic == "population of Homs")
    finding = findings(window)[population]
    ids = {d.id for d in model.documents}
    model.select(population)
    table = window.findings.model
    row = window.findings.table.currentIndex().row()
    shown = [table.index(row, column).data() for column in range(table.columnCount())]
    article_a, article_b = COLUMNS.index("Article A"), COLUMNS.index("Article B")
    title_b = "What does the fall of the Syrian city"  # 004's own title, not its "Civil War" label
    assert shown[article_a].startswith("The Battle for Homs") and shown[article_b].startswith(title_b)
    status = window.statusBar().currentMessage()
    assert "The Battle for Homs" in status and not any(doc_id in status for doc_id in ids)
    assert finding.a.doc in table.index(row, article_a).data(Qt.ItemDataRole.ToolTipRole)  # id where needed
    claims, matrix = window.overview.claims_model, window.overview.matrix_model
    headers = [claims.headerData(c, Qt.Orientation.Horizontal) for c in range(claims.columnCount())]
    headers += [matrix.headerData(c, Qt.Orientation.Horizontal) for c in range(matrix.columnCount())]
    assert not any(doc_id[:8] in text for text in headers for doc_id in ids)
    pickers = [window.toolbar.left_picker.itemText(i) for i in range(window.toolbar.left_picker.count())]
    assert any(text.startswith(title_b) for text in pickers)
    flag = window.project.confirm_current()
    assert flag is not None and "The Battle for Homs" in flag.note
    assert not any(doc_id in flag.note for doc_id in ids)
    tip = window.panes.tooltip_for(finding.a.doc, finding.a.start + 1)
    assert tip is not None and title_b in tip and finding.b.doc not in tip


# ----- 12.5 colours ---------------------------------------------------------------------------
def test_a_selected_agreement_is_blue_and_a_conflict_orange(qtbot: QtBot, window: MainWindow) -> None:
    agreement = next(i for i, f in enumerate(findings(window)) if f.kind == "agree")
    window.model.select(agreement)
    finding = findings(window)[agreement]
    qtbot.waitUntil(lambda: not window.panes.panes[finding.a.doc].flashing, timeout=WAIT_MS)
    for passage in (finding.a, finding.b):
        colours = backgrounds(window, passage.doc, passage.start, passage.end)
        assert LIGHT.agree_current.name() in colours
        assert not colours & CONFLICT_COLOURS, "an agreement painted like a conflict"
    conflict = next(i for i, f in enumerate(findings(window)) if f.topic == "population of Homs")
    window.model.select(conflict)
    finding = findings(window)[conflict]
    qtbot.waitUntil(lambda: not window.panes.panes[finding.a.doc].flashing, timeout=WAIT_MS)
    colours = backgrounds(window, finding.a.doc, finding.a.start, finding.a.end)
    assert {LIGHT.conflict_current.name(), LIGHT.conflict_diff.name()} <= colours


def test_the_jump_flash_has_its_own_colour(window: MainWindow) -> None:
    index = next(i for i, f in enumerate(findings(window)) if f.kind == "conflict")
    window.model.select(index)
    finding = findings(window)[index]
    pane = window.panes.panes[finding.a.doc]
    assert pane.flashing
    colours = backgrounds(window, finding.a.doc, finding.a.start, finding.a.end)
    assert LIGHT.flash.name() in colours
    assert LIGHT.flash.name() not in CONFLICT_COLOURS | AGREE_COLOURS


def test_a_conflict_between_panes_that_are_not_neighbours_gets_a_band(window: MainWindow) -> None:
    shown = window.panes.visible_ids
    index, finding = next((i, f) for i, f in enumerate(findings(window)) if f.kind == "conflict"
                          and abs(shown.index(f.a.doc) - shown.index(f.b.doc)) > 1)
    window.model.select(index)
    left = min(shown.index(finding.a.doc), shown.index(finding.b.doc))
    strip = window.panes.strips[left]
    assert any(link.finding == index for link in strip.far)
    assert any(link.finding == index for link in strip.visible_far_links())  # on screen: it is drawn


def test_two_article_mode_paints_only_what_joins_the_two(window: MainWindow) -> None:
    population = next(f for f in findings(window) if f.topic == "population of Homs")
    window.model.show_pair(population.a.doc, population.b.doc)
    window.panes.refresh_on_screen()
    for finding in findings(window):
        for passage in (finding.a, finding.b):
            if passage.doc not in (population.a.doc, population.b.doc) or finding.kind != "conflict":
                continue
            colours = backgrounds(window, passage.doc, passage.start, passage.end)
            other = finding.b.doc if passage is finding.a else finding.a.doc
            if other not in (population.a.doc, population.b.doc):
                assert not colours & CONFLICT_COLOURS, "orange for a conflict with an article not shown"
            else:
                assert colours & CONFLICT_COLOURS


def test_the_threshold_says_it_also_removes_conflicts(window: MainWindow) -> None:
    assert "conflicts" in window.toolbar.slider.toolTip() and "do not depend" in THRESHOLD_HELP


def test_showing_dismissed_findings_keeps_the_others(qtbot: QtBot, window: MainWindow) -> None:
    population = next(i for i, f in enumerate(findings(window)) if f.topic == "population of Homs")
    agreement = next(i for i, f in enumerate(findings(window)) if f.kind == "agree")
    window.model.select(agreement)
    window.project.dismiss_current()
    window.model.select(population)
    window.project.show_dismissed.setChecked(True)
    finding = findings(window)[population]
    qtbot.waitUntil(lambda: not window.panes.panes[finding.b.doc].flashing, timeout=WAIT_MS)
    assert backgrounds(window, finding.b.doc, finding.b.start, finding.b.end) & CONFLICT_COLOURS
    assert window.findings.model.rowCount() == len(findings(window))
    assert window.findings.model.is_dismissed(agreement)
    dismissed = findings(window)[agreement]  # drawn too, with the grey dashed line of dismissed ones
    pane = window.panes.panes[dismissed.a.doc]
    offsets = OffsetMap(pane.document.text)  # type: ignore[union-attr]
    grey = [s for s in pane.editor.extraSelections()
            if s.format.underlineColor() == LIGHT.dismissed_line
            and s.cursor.selectionStart() == offsets.to_qt(dismissed.a.start)]
    assert grey


def test_counts_are_in_words_and_leave_dismissed_findings_out(qtbot: QtBot, window: MainWindow) -> None:
    counts = window.status_bar.counts
    with qtbot.waitSignal(window.analysisApplied, timeout=WAIT_MS):
        window.model.set_threshold(0.6)
    assert counts.text().startswith("1 conflict · ")
    window.model.select(0)  # the one conflict
    window.project.dismiss_current()
    assert counts.text().startswith("0 conflicts · ") and counts.text().endswith("1 dismissed")


def test_overview_stops_marking_a_dismissed_conflict(qtbot: QtBot, window: MainWindow) -> None:
    claims, matrix = window.overview.claims_model, window.overview.matrix_model
    qtbot.waitUntil(lambda: claims.rowCount() > 0, timeout=WAIT_MS)
    population = next(i for i, f in enumerate(findings(window)) if f.topic == "population of Homs")
    row = next(r for r in range(claims.rowCount()) if claims.topic_row(r).topic == "population of Homs")
    conflict = current_scheme().conflict.name()

    def painted() -> list[str]:
        cells = [claims.index(row, c) for c in range(claims.columnCount())
                 if claims.index(row, c).data(CellRole)]
        return [brush.color().name() if (brush := cell.data(Qt.ItemDataRole.BackgroundRole)) else ""
                for cell in cells]

    def matrix_total() -> int:
        size = matrix.rowCount()
        return sum(int(str(matrix.index(r, c).data()).partition("⚠")[2] or 0)
                   for r in range(size) for c in range(size))

    assert painted().count(conflict) == 2
    before = matrix_total()
    window.model.select(population)
    window.project.dismiss_current()
    assert conflict not in painted()  # a dismissed conflict no longer marks its figures
    assert matrix_total() < before
    window.model.undo_stack.undo()  # restored: marked again
    assert painted().count(conflict) == 2 and matrix_total() == before


# ----- 12.6 a screenshot of nothing fails at once ----------------------------------------------
def test_a_screenshot_of_an_unreadable_file_fails_at_once(tmp_path: Path) -> None:
    empty, target = tmp_path / "empty.txt", tmp_path / "x.png"
    empty.write_text("")
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--screenshot", str(target), str(empty)],
                            cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {empty}: file is empty"]
    assert not target.exists()


def test_a_screenshot_of_a_damaged_project_fails_at_once_and_leaves_it(tmp_path: Path) -> None:
    project, target = tmp_path / "bad.scproj", tmp_path / "x.png"
    project.write_bytes(b'{"broken')
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--screenshot", str(target), str(project)],
                            cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and str(project) in errors[0] and "damaged" in errors[0]
    assert not target.exists()
    assert project.read_bytes() == b'{"broken'


# ----- 12.7 small things ----------------------------------------------------------------------
def test_the_open_dialog_shows_every_readable_kind_by_default() -> None:
    default = FILE_FILTER.split(";;")[0]
    for suffix in ("*.txt", "*.md", "*.html", "*.htm", "*.pdf", "*.docx"):
        assert suffix in default


def test_the_same_file_given_twice_is_opened_once(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.conftest import make_window

    win = make_window(qtbot, tmp_path)
    article = tmp_path / "a.txt"
    article.write_text("Title A\n\nHoms has a population nearing 800,000, officials said.\n")
    again = tmp_path / "sub" / ".." / "a.txt"
    (tmp_path / "sub").mkdir()
    with qtbot.waitSignal(win.service.loadFinished, timeout=WAIT_MS):
        win.open_paths([article, again, tmp_path], remember=False)
    assert [d.id for d in win.model.documents] == ["a"]
    with qtbot.waitSignal(win.service.loadFinished, timeout=WAIT_MS):
        win.open_paths([article], remember=False)
    assert [d.id for d in win.model.documents] == ["a"]
    assert "the same file as article a; not added again" in win.statusBar().currentMessage()
    copy = tmp_path / "copy.txt"  # the same text under another name, opened later
    copy.write_text(article.read_text())
    with qtbot.waitSignal(win.service.loadFinished, timeout=WAIT_MS):
        win.open_paths([copy], remember=False)
    assert [d.id for d in win.model.documents] == ["a"]
    assert "the same text as article a" in win.statusBar().currentMessage()


def test_exporting_to_a_name_without_a_suffix(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from tests.test_window_flags import flag_contradiction

    flag_contradiction(qtbot, window)
    written = window.project.export_to(tmp_path / "report", ".md")  # the filter chosen in the dialog
    assert written == tmp_path / "report.md" and "800,000" in written.read_text()
    assert window.project.export_to(tmp_path / "notes") is None
    box = window.findChild(QMessageBox, "project-error")
    assert box is not None and ".html, .md, .csv, .json or .jsonld" in box.text()
    assert not (tmp_path / "notes").exists()
    (tmp_path / "summary.md").write_text("my own summary\n")  # the dialog asked about "summary" only
    assert window.project.export_to(tmp_path / "summary", ".md") is None
    assert (tmp_path / "summary.md").read_text() == "my own summary\n"
    assert window.project.export_to(tmp_path / "report", ".md") == written  # our own report: replaced


def test_exporting_over_an_open_article_is_refused(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    article = tmp_path / "ferry.md"
    article.write_text("# Ferry\n\nThe ferry sank off the point with 41 people on board.\n")
    with qtbot.waitSignal(window.service.loadFinished, timeout=WAIT_MS):
        window.open_paths([article], remember=False)
    assert window.project.export_to(article) is None
    box = window.findChild(QMessageBox, "project-error")
    assert box is not None and "choose another file name" in box.text()
    assert article.read_text().startswith("# Ferry")


def test_return_in_a_note_cell_saves_it_without_a_warning(qtbot: QtBot, window: MainWindow) -> None:
    from tests.test_window_flags import flag_contradiction

    flag_contradiction(qtbot, window)  # opens the note cell for typing
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not window.project.panel.table
    qtbot.keyClicks(editor, "census says 775,000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a Qt warning here fails the test (qt_log_level_fail)
    qtbot.waitUntil(lambda: window.model.project.flags[0].note == "census says 775,000", timeout=WAIT_MS)
    table = window.project.panel.table
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState, timeout=WAIT_MS)


def test_a_finding_message_goes_when_the_finding_does(qtbot: QtBot, window: MainWindow) -> None:
    weak = min((i for i, f in enumerate(findings(window)) if f.kind == "agree"),
               key=lambda i: findings(window)[i].score)
    window.model.select(weak)
    assert window.statusBar().currentMessage().startswith("same statement")
    with qtbot.waitSignal(window.analysisApplied, timeout=WAIT_MS):
        window.model.set_threshold(0.6)  # that agreement is gone
    assert window.model.current == -1 and window.statusBar().currentMessage() == ""


def test_the_findings_report_is_exported_from_the_window(qtbot: QtBot, window: MainWindow,
                                                         tmp_path: Path) -> None:
    """File ▸ Export Findings Report writes what `analyze` writes, dismissed findings left out."""
    window.model.select(0)  # the first conflict, set aside as the user would
    window.project.dismiss_current()
    with qtbot.waitSignal(window.report.runner.finished, timeout=WAIT_MS):
        written = window.report.export_to(tmp_path / "findings", ".html")  # the dialog's filter
    assert written == tmp_path / "findings.html"
    page = written.read_text()
    assert page.startswith("<!DOCTYPE html>") and "1 conflict dismissed in the project is not listed" in page
    conflicts = window.model.counts()[0]
    assert f"Findings report ({conflicts} conflict" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.report.runner.finished, timeout=WAIT_MS):
        window.report.export_to(tmp_path / "findings.md")
    assert (tmp_path / "findings.md").read_text().startswith("# ")
    # never over an article or the project, and never without a format
    article = Path(window.model.documents[0].path)
    before = article.read_bytes()
    assert window.report.export_to(article) is None and article.read_bytes() == before
    box = window.findChild(QMessageBox, "report-error")
    assert box is not None and "choose another file name" in box.text()
    assert window.report.export_to(tmp_path / "notes") is None
    assert not (tmp_path / "notes").exists()
