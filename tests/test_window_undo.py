"""Every edit in the window is undoable, and the title bar says when edits are not saved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.core.project.anchoring import make_anchor
from desktop_app.core.project.flags import new_flag
from desktop_app.core.project.store import ProjectStore
from desktop_app.ui import atomic
from desktop_app.ui.details_dialog import ArticleDetails
from desktop_app.ui.main_window import MainWindow

WAIT_MS = 60_000


def undo(win: MainWindow) -> None:
    win.project.undo_action.trigger()


def redo(win: MainWindow) -> None:
    win.project.redo_action.trigger()


def test_details_edit_undo_redo_and_the_unsaved_mark(qtbot: QtBot, window: MainWindow) -> None:
    doc = window.model.documents[4]
    assert not window.isWindowModified()
    assert window.articles_actions.edit_details(doc.id, ArticleDetails("What Homs means", "Al Jazeera",
                                                                       "2024-12-07"))
    assert window.isWindowModified() and "[*]" in window.windowTitle()  # in memory only
    label = window.project.undo_action.text().replace("&", "")
    assert label.startswith("Undo Change title and outlet and date")
    undo(window)
    assert window.model.documents[4] == doc
    assert not window.isWindowModified()
    redo(window)
    assert window.model.documents[4].title == "What Homs means"
    assert window.model.names.short(doc.id) == "What Homs means"


def test_edits_with_a_project_are_written_and_undone_in_it(qtbot: QtBot, window: MainWindow,
                                                           tmp_path: Path) -> None:
    doc = window.model.documents[2]
    window.articles_actions.edit_details(doc.id, ArticleDetails("Understanding the Regime Offensive in Homs",
                                                                "Syria Deeply", "2013-06-10"))
    assert window.isWindowModified()
    assert window.project.create_project(tmp_path / "p.scproj")  # the edit goes into the new file
    assert not window.isWindowModified()
    stored = {d.document.id: d.document for d in window.model.project.store().documents()}
    assert stored[doc.id].title == "Understanding the Regime Offensive in Homs"
    window.articles_actions.edit_details(doc.id, ArticleDetails("Homs offensive", "", ""))
    assert not window.isWindowModified()  # written at once
    undo(window)
    stored = {d.document.id: d.document for d in ProjectStore.open(tmp_path / "p.scproj").documents()}
    assert stored[doc.id].title == "Understanding the Regime Offensive in Homs"
    assert stored[doc.id].site == "Syria Deeply" and stored[doc.id].date == "2013-06-10"


def test_excluding_is_undone(qtbot: QtBot, window: MainWindow) -> None:
    findings = window.model.findings
    assert findings is not None
    finding = next(f for f in findings if f.topic == "population of Homs")
    pane = window.panes.pane(finding.b.doc)
    assert pane is not None
    pane.select_span(finding.b.start, finding.b.end)
    with qtbot.waitSignal(window.analysisApplied, timeout=WAIT_MS):
        window.articles_actions.set_selection_excluded(True)
    assert window.model.findings is not None
    assert all(f.topic != "population of Homs" for f in window.model.findings)
    with qtbot.waitSignal(window.analysisApplied, timeout=WAIT_MS):
        undo(window)
    assert any(f.topic == "population of Homs" for f in window.model.findings)


def test_paste_is_undone(qtbot: QtBot, window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("Homs under siege\n\nHoms has around 1.5 million residents.\n")
    before = [d.id for d in window.model.documents]
    with qtbot.waitSignal(window.analysisApplied, timeout=WAIT_MS):
        doc = window.articles_actions.paste()
    assert doc is not None and doc.id in [d.id for d in window.model.documents]
    with qtbot.waitSignal(window.analysisApplied, timeout=WAIT_MS):
        undo(window)
    assert [d.id for d in window.model.documents] == before
    assert doc.id not in window.panes.visible_ids
    redo(window)
    assert doc.id in [d.id for d in window.model.documents]


def stored_ids(win: MainWindow) -> list[str]:
    store = ProjectStore.open(win.model.project.path)  # type: ignore[arg-type]
    try:
        return [item.document.id for item in store.documents()]
    finally:
        store.close()


def test_undoing_a_paste_takes_the_article_out_of_the_project(qtbot: QtBot, window: MainWindow,
                                                             tmp_path: Path) -> None:
    assert window.project.create_project(tmp_path / "p.scproj")
    before = stored_ids(window)
    QGuiApplication.clipboard().setText("Homs under siege\n\nHoms has around 1.5 million residents.\n")
    with qtbot.waitSignal(window.analysisApplied, timeout=WAIT_MS):
        doc = window.articles_actions.paste()
    assert doc is not None and stored_ids(window) == [*before, doc.id]
    undo(window)
    assert stored_ids(window) == before
    assert doc.id not in [d.id for d in window.model.documents]
    redo(window)
    assert stored_ids(window) == [*before, doc.id]
    # a flag made outside the history (another window, the command line) points into it:
    # the project keeps the article, the window keeps showing it, and says why
    store = ProjectStore.open(window.model.project.path)  # type: ignore[arg-type]
    start = doc.text.index("Homs has")
    store.save_flag(new_flag("note", [make_anchor(doc.id, doc.text, start, start + 8)]))
    store.close()
    undo(window)
    assert stored_ids(window) == [*before, doc.id]
    assert doc.id in [d.id for d in window.model.documents]
    assert "not removed: it holds 1 flag;" in window.status_bar.currentMessage()
    assert window.model.undo_stack.count() == 0  # the paste left the history


def test_undoing_an_import_keeps_flags_that_were_there(qtbot: QtBot, window: MainWindow,
                                                       tmp_path: Path) -> None:
    from tests.test_window_flags import flag_contradiction, select

    flag_contradiction(qtbot, window)
    select(window, "001", "Homs has long been a symbolic and strategic prize")
    note = window.project.flag_selection("note")
    assert note is not None
    annotations = window.project.export_to(tmp_path / "flags.jsonld")  # both flags
    assert annotations is not None
    window.project.delete_flag(note)
    mine = window.model.project.flags[0]
    window.project.edit_flag(mine, {"note": "checked against the census"})
    # both are imported: the note under its own id, the contradiction (its id is taken by the
    # user's edited flag) under a new one, and the user is told so
    assert window.project.import_from(annotations) == 2
    box = window.findChild(QMessageBox, "import-report")
    assert box is not None and mine.id in box.text()
    ids = {f.id for f in window.model.project.flags}
    assert len(ids) == 3 and {mine.id, note.id} <= ids
    assert window.model.project.flag(mine.id).note == "checked against the census"  # type: ignore[union-attr]
    undo(window)  # the import goes; the flag that was there before stays, as the user left it
    (kept,) = window.model.project.flags
    assert kept.id == mine.id and kept.note == "checked against the census"
    redo(window)
    assert len(window.model.project.flags) == 3
    undo(window)
    assert [f.id for f in window.model.project.flags] == [mine.id]


def without_ids(exported: Path, target: Path) -> Path:
    """The annotations as another tool would write them: no source-compare flag ids."""
    data = json.loads(exported.read_text(encoding="utf-8"))
    for item in data["first"]["items"]:
        del item["id"]
    target.write_text(json.dumps(data), encoding="utf-8")
    return target


def test_importing_the_same_file_twice_keeps_both_sets(qtbot: QtBot, window: MainWindow,
                                                       tmp_path: Path) -> None:
    from tests.test_window_flags import flag_contradiction

    flag_contradiction(qtbot, window)
    exported = window.project.export_to(tmp_path / "flags.jsonld")
    assert exported is not None
    window.project.delete_flag(window.model.project.flags[0])
    foreign = without_ids(exported, tmp_path / "foreign.jsonld")
    assert window.project.import_from(foreign) == 1
    assert window.project.import_from(foreign) == 1
    flags = window.model.project.flags
    assert len(flags) == 2 and flags[0].id != flags[1].id
    assert flags[0].anchors == flags[1].anchors
    store = ProjectStore.open(window.model.project.path)  # type: ignore[arg-type]
    assert len(store.flags()) == 2
    store.close()
    undo(window)
    assert [f.id for f in window.model.project.flags] == [flags[0].id]


def test_a_bad_annotation_file_changes_nothing(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from tests.test_window_flags import flag_contradiction

    flag_contradiction(qtbot, window)
    exported = window.project.export_to(tmp_path / "flags.jsonld")
    assert exported is not None
    data = json.loads(exported.read_text(encoding="utf-8"))
    good = data["first"]["items"][0]
    bad = json.loads(json.dumps(good))
    bad["target"][0]["selector"][0]["start"] = -5
    data["first"]["items"] = [good, bad]
    broken = tmp_path / "broken.jsonld"
    broken.write_text(json.dumps(data), encoding="utf-8")
    before, steps = window.model.project.flags, window.model.undo_stack.count()
    assert window.project.import_from(broken) == 0
    box = window.findChild(QMessageBox, "project-error")
    assert box is not None and "broken.jsonld" in box.text() and "nothing was imported" in box.text()
    assert window.model.project.flags == before and window.model.undo_stack.count() == steps
    assert window.project.import_from(tmp_path / "missing.jsonld") == 0


def test_closing_with_unsaved_edits_asks_first(qtbot: QtBot, window: MainWindow) -> None:
    doc = window.model.documents[0]
    details = ArticleDetails("Does the fall of Homs mean Assad is winning?", "The Atlantic", "2014-05-09")
    window.articles_actions.edit_details(doc.id, details)
    assert not window.close()
    box = window.findChild(QMessageBox, "unsaved-changes")
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Discard).click()
    assert not window.isVisible()


def test_files_are_written_whole_or_not_at_all(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("the old report")
    atomic.write_text(target, "the new report")
    assert target.read_text() == "the new report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]  # no temporary file left
    with pytest.raises(OSError, match="missing"):
        atomic.write_text(tmp_path / "missing" / "report.md", "text")
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]
