"""Flagging through the window: flag, edit, undo, redo, delete, confirm, dismiss, reopen, reload."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.ingest.loading import load_paths, seeds_dir
from desktop_app.core.project.store import ProjectStore
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.offsets import OffsetMap
from tests.conftest import make_window

WAIT_MS = 60_000
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def select(win: MainWindow, doc_prefix: str, quote: str) -> tuple[str, int, int]:
    doc = next(d for d in win.model.documents if d.id.startswith(doc_prefix))
    start = doc.text.index(quote)
    pane = win.panes.pane(doc.id)
    assert pane is not None
    pane.select_span(start, start + len(quote))
    return doc.id, start, start + len(quote)


def flag_contradiction(qtbot: QtBot, win: MainWindow) -> None:
    select(win, "003", "a population nearing 800,000")
    select(win, "004", "around 1.5 million inhabitants")
    qtbot.keyClick(win, Qt.Key.Key_C, CTRL_SHIFT)


def test_flag_from_two_selections_is_saved_and_painted(qtbot: QtBot, window: MainWindow,
                                                       tmp_path: Path) -> None:
    flag_contradiction(qtbot, window)
    (flag,) = window.model.project.flags
    assert flag.kind == "conflict"
    # Article A is the passage selected first (003's), Article B the one selected next
    assert [a.exact for a in flag.anchors] == ["a population nearing 800,000",
                                               "around 1.5 million inhabitants"]
    saved = list((tmp_path / "autosave").glob("*.scproj"))
    assert len(saved) == 1 and ProjectStore.open(saved[0]).flags() == [flag]
    anchor = flag.anchors[1]
    pane = window.panes.panes[anchor.doc]
    offsets = OffsetMap(pane.document.text)  # type: ignore[union-attr]
    spans = {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in pane.editor.extraSelections()}
    assert (offsets.to_qt(anchor.start), offsets.to_qt(anchor.end)) in spans
    assert window.windowTitle().startswith("Untitled")
    assert not window.isWindowModified()


def test_edit_undo_redo_delete(qtbot: QtBot, window: MainWindow) -> None:
    flag_contradiction(qtbot, window)
    model = window.project.panel.model
    assert model.setData(model.index(0, 2), "census says 775,000")
    assert window.model.project.flags[0].note == "census says 775,000"
    assert window.project.undo_action.text().replace("&", "") == "Undo Edit flag note"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.model.project.flags[0].note == ""
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert window.model.project.flags[0].note == "census says 775,000"
    assert model.setData(model.index(0, 1), "confirmed")
    assert window.model.project.flags[0].status == "confirmed"
    window.project.panel.deleteRequested.emit(window.model.project.flags[0])
    assert window.model.project.flags == ()
    window.project.undo_action.trigger()
    assert window.model.project.flags[0].note == "census says 775,000"


def test_note_needs_one_selection(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL_SHIFT)
    assert window.model.project.flags == ()
    select(window, "001", "Homs has long been a symbolic and strategic prize")
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL_SHIFT)
    (flag,) = window.model.project.flags
    assert flag.kind == "note" and len(flag.anchors) == 1


def test_confirm_and_dismiss_findings(qtbot: QtBot, window: MainWindow) -> None:
    findings = window.model.findings
    assert findings is not None
    conflict = next(i for i, f in enumerate(findings) if f.kind == "conflict")
    agreement = next(i for i, f in enumerate(findings) if f.kind == "agree")
    window.model.select(conflict)
    flag = window.project.confirm_current()
    assert flag is not None and flag.status == "confirmed"
    assert flag.finding == findings[conflict].id
    visible = window.findings.model.rowCount()
    window.model.select(agreement)
    window.project.dismiss_current()
    assert window.findings.model.rowCount() == visible - 1
    window.project.show_dismissed.trigger()  # dismissed ones listed again, among the others
    assert window.findings.model.rowCount() == visible
    window.project.show_dismissed.trigger()
    window.project.undo_action.trigger()
    assert window.findings.model.rowCount() == visible


def test_project_reopens_with_everything(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    flag_contradiction(qtbot, window)
    assert window.model.findings is not None
    window.model.select(next(i for i, f in enumerate(window.model.findings) if f.kind == "agree"))
    window.project.dismiss_current()
    path = window.model.project.path
    assert path is not None
    other = make_window(qtbot, tmp_path)
    with qtbot.waitSignal(other.analysisApplied, timeout=WAIT_MS):
        assert other.project.open_project(path)
    assert other.model.project.flags == window.model.project.flags
    assert other.model.project.dismissed == window.model.project.dismissed
    assert [d.id for d in other.model.documents] == [d.id for d in window.model.documents]
    assert other.windowTitle() == f"{path.stem}[*] — source-compare"
    assert not other.isWindowModified()


def test_edited_article_reloads_with_flags_reanchored(qtbot: QtBot, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    original = ("Title A\n\nThe first paragraph talks about the war in general terms.\n\n"
                "Homs has a population nearing 800,000, officials said on Friday.\n")
    article.write_text(original)
    other = tmp_path / "b.txt"
    other.write_text("Title B\n\nHoms has around 1.5 million inhabitants, the agency said.\n")
    win = make_window(qtbot, tmp_path)
    with qtbot.waitSignal(win.analysisApplied, timeout=WAIT_MS):
        win.open_paths([article, other], remember=False)
    win.project.create_project(tmp_path / "p.scproj")
    select(win, "a", "a population nearing 800,000")
    select(win, "b", "around 1.5 million inhabitants")
    kept = win.project.flag_selection("conflict")
    select(win, "a", "The first paragraph talks about the war in general terms.")
    doomed = win.project.flag_selection("note")
    assert kept is not None and doomed is not None
    article.write_text(original.replace("Title A\n\n", "Title A\n\nA new lead paragraph.\n\n")
                       .replace("The first paragraph talks about the war in general terms.\n\n", "")
                       .replace("nearing 800,000", "close to 800,000"))
    with qtbot.waitSignal(win.analysisApplied, timeout=WAIT_MS):
        win.project.reload_changed()
    flags = {f.id: f for f in win.model.project.flags}
    moved = next(a for a in flags[kept.id].anchors if a.doc == "a")
    text = next(d.text for d in win.model.documents if d.id == "a")
    assert moved.state == "fuzzy" and text[moved.start : moved.end] == moved.exact
    assert moved.exact == "a population close to 800,000"
    assert flags[doomed.id].anchors[0].state == "orphaned"
    assert win.project.panel.model.rowCount() == 2


def test_export_and_import_from_the_window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    flag_contradiction(qtbot, window)
    report = tmp_path / "report.html"
    annotations = tmp_path / "flags.jsonld"
    assert window.project.export_to(report) and window.project.export_to(annotations)
    assert "around 1.5 million inhabitants" in report.read_text()
    other = make_window(qtbot, tmp_path)
    with qtbot.waitSignal(other.analysisApplied, timeout=WAIT_MS):
        other.open_paths([seeds_dir()], remember=False)
    assert other.project.import_from(annotations) == 1
    assert [f.anchors for f in other.model.project.flags] == \
        [f.anchors for f in window.model.project.flags]
    other.project.undo_action.trigger()
    assert other.model.project.flags == ()


def test_opening_a_project_tells_when_sources_changed(qtbot: QtBot, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Title A\n\nHoms has a population nearing 800,000, officials said.\n")
    store = ProjectStore.create(tmp_path / "p.scproj", load_paths([article]).documents)
    store.close()
    article.write_text("Title A\n\nHoms has a population of about 900,000, officials said.\n")
    win = make_window(qtbot, tmp_path)
    assert win.project.open_project(tmp_path / "p.scproj")
    qtbot.waitUntil(lambda: "changed on disk" in win.statusBar().currentMessage(), timeout=WAIT_MS)
