"""Article actions in the window: paste, rename, exclude and include regions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop_app.ui.article_actions import pasted_document
from desktop_app.ui.details_dialog import ArticleDetails
from desktop_app.ui.main_window import MainWindow

WAIT_MS = 60_000


def test_paste_text_becomes_an_article(qtbot: QtBot, window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("Homs under siege\n\nHoms has around 1.5 million residents.\n")
    with qtbot.waitSignal(window.analysisApplied, timeout=WAIT_MS):
        doc = window.articles_actions.paste()
    assert doc is not None and doc.id == "pasted-1" and doc.title == "Homs under siege"
    assert "pasted-1" in [d.id for d in window.model.documents]


def test_pasted_html_keeps_the_article_only() -> None:
    # The function the paste action calls; a QMimeData handed to the clipboard from Python
    # is freed twice at exit, so the clipboard itself is exercised with plain text above.
    html = ("<html><head><title>Pasted page</title></head><body><nav>Home World Sports</nav>"
            "<article><p>Rebels entered Homs on Saturday after a week of heavy fighting in the"
            " northern suburbs.</p><p>Officials said 800,000 people remained.</p></article>"
            "<footer>All rights reserved</footer></body></html>")
    doc = pasted_document("fallback text", html, set())
    assert doc is not None and doc.title == "Pasted page"
    assert "Rebels entered Homs" in doc.text and "All rights" not in doc.text


def test_pasted_document_numbers_and_empty() -> None:
    assert pasted_document("", "", set()) is None
    doc = pasted_document("Text\n\nmore", "", {"pasted-1"})
    assert doc is not None and doc.id == "pasted-2"


def test_excluding_a_region_removes_its_findings(qtbot: QtBot, window: MainWindow) -> None:
    assert window.model.findings is not None
    finding = next(f for f in window.model.findings if f.topic == "population of Homs")
    pane = window.panes.pane(finding.b.doc)
    assert pane is not None
    pane.select_span(finding.b.start, finding.b.end)
    with qtbot.waitSignal(window.analysisApplied, timeout=WAIT_MS):
        window.articles_actions.set_selection_excluded(True)
    assert all(f.topic != "population of Homs" for f in window.model.findings)
    doc = next(d for d in window.model.documents if d.id == finding.b.doc)
    assert any(s <= finding.b.start and finding.b.end <= e for s, e in doc.excluded)
    pane.select_span(finding.b.start, finding.b.end)
    with qtbot.waitSignal(window.analysisApplied, timeout=WAIT_MS):
        window.articles_actions.set_selection_excluded(False)
    assert any(f.topic == "population of Homs" for f in window.model.findings)


def test_rename_is_kept(qtbot: QtBot, window: MainWindow) -> None:
    doc = window.model.documents[4]
    details = ArticleDetails("What Homs means", "Al Jazeera", "2024-12-07")
    with qtbot.waitSignal(window.analysisApplied, timeout=WAIT_MS):
        assert window.articles_actions.edit_details(doc.id, details)
    assert window.model.documents[4].title == "What Homs means"
    assert window.panes.panes[doc.id].title.full_text().endswith("What Homs means")
    assert "Al Jazeera" in window.panes.panes[doc.id].meta.full_text()


def test_dropping_files_opens_them(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    article = tmp_path / "dropped.txt"
    article.write_text("Dropped article\n\nHoms has around 1.5 million residents, officials said.\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.analysisApplied, timeout=WAIT_MS):
        window.dropEvent(event)
    assert "dropped" in [d.id for d in window.model.documents]
    assert window.files.recent_paths()[0] == str(article)
    recent = [a.text() for a in window.files.recent_menu.actions()]
    assert str(article) in recent


def test_damaged_project_gives_a_message_and_is_not_touched(window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    bad = tmp_path / "bad.scproj"
    bad.write_bytes(b"not a database at all")
    before = len(window.model.documents)
    assert not window.project.open_project(bad)
    box = window.findChild(QMessageBox, "project-error")
    assert box is not None and "bad.scproj" in box.text()
    assert bad.read_bytes() == b"not a database at all"
    assert len(window.model.documents) == before


def test_details_dialog_corrects_title_outlet_and_date(qtbot: QtBot, window: MainWindow,
                                                      tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop_app.core.project.store import ProjectStore
    from desktop_app.ui.details_dialog import DetailsDialog

    assert window.project.create_project(tmp_path / "p.scproj")
    doc = window.model.documents[2]
    pane = window.panes.pane(doc.id)
    assert pane is not None
    pane.select_span(0, 5)  # the article the user works in
    next(a for a in window.articles_actions.actions if a.objectName() == "details").trigger()
    dialog = window.findChild(DetailsDialog, "article-details")
    assert dialog is not None and dialog.title.text() == doc.title
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.date.setText("10 June 2013")
    assert not ok.isEnabled() and "YYYY-MM-DD" in dialog.problem.text()
    dialog.title.setText("Understanding the Regime Offensive in Homs")
    dialog.site.setText("Syria Deeply")
    dialog.date.setText("2013-06-10")
    assert ok.isEnabled()
    with qtbot.waitSignal(window.analysisApplied, timeout=WAIT_MS):
        ok.click()
    changed = window.model.documents[2]
    assert (changed.title, changed.site, changed.date) == ("Understanding the Regime Offensive in Homs",
                                                           "Syria Deeply", "2013-06-10")
    assert window.model.names.label(doc.id) == "Understanding the Regime Offensive in… — Syria Deeply"
    stored = {d.document.id: d.document for d in ProjectStore.open(tmp_path / "p.scproj").documents()}
    assert stored[doc.id].title == changed.title and stored[doc.id].date == "2013-06-10"
    window.project.undo_action.trigger()
    assert window.model.documents[2].title == doc.title


def test_details_edits_the_article_last_clicked_in(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    from desktop_app.ui.details_dialog import DetailsDialog

    first, second = window.model.documents[0], window.model.documents[1]
    selected_pane, clicked_pane = window.panes.pane(first.id), window.panes.pane(second.id)
    assert selected_pane is not None and clicked_pane is not None
    selected_pane.select_span(0, 5)  # text selected in one article ...
    qtbot.mouseClick(clicked_pane.editor.viewport(), Qt.MouseButton.LeftButton,
                     pos=clicked_pane.click_at(2))  # ... then a click in another
    next(a for a in window.articles_actions.actions if a.objectName() == "details").trigger()
    dialog = window.findChild(DetailsDialog, "article-details")
    assert dialog is not None and dialog.title.text() == second.title
    dialog.reject()
