"""Findings in the window: explanations by title, passage groups and the links between them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.ingest.loading import load_paths, seeds_dir
from desktop_app.core.model import Document
from desktop_app.core.pipeline.synthetic import wire_corpus
from desktop_app.ui.comparison import MAX_DEFAULT_PANES
from desktop_app.ui.findings_model import COLUMNS
from desktop_app.ui.main_window import MainWindow
from tests.conftest import make_window

EXPLANATION = COLUMNS.index("Explanation")
ARTICLES = COLUMNS.index("Articles")
WAIT_MS = 60_000


def test_explanations_name_articles_by_title_everywhere(window: MainWindow) -> None:
    findings = window.model.findings
    assert findings is not None
    index = next(i for i, f in enumerate(findings) if f.rule == "figures" and f.kind == "conflict")
    finding = findings[index]
    names = window.model.names
    window.model.select(index)
    row = window.findings.model.row_of(index)
    shown = {
        "table": window.findings.model.index(row, EXPLANATION).data(),
        "tooltip": window.findings.model.index(row, EXPLANATION).data(Qt.ItemDataRole.ToolTipRole),
        "status bar": window.status_bar.currentMessage(),
    }
    flag = window.project.confirm_current()
    assert flag is not None
    shown["confirmed flag's note"] = flag.note
    for where, text in shown.items():
        assert f"({names.short(finding.a.doc)})" in text, where
        assert finding.a.doc not in text and finding.b.doc not in text, where


# ----- passage groups and links (wire copy) -------------------------------------------------
WIRE_ARTICLES = 40


@pytest.fixture(scope="module")
def wire_documents() -> list[Document]:
    return wire_corpus(load_paths([seeds_dir()]).documents, WIRE_ARTICLES, 40)


@pytest.fixture
def wire_window(qtbot: QtBot, tmp_path: Path, wire_documents: list[Document]) -> Iterator[MainWindow]:
    win = make_window(qtbot, tmp_path)
    with qtbot.waitSignal(win.analysisApplied, timeout=WAIT_MS):
        win.model.set_documents(wire_documents)
    yield win
    win.service.shutdown()


def largest_group(win: MainWindow) -> int:
    findings = win.model.findings
    assert findings is not None
    groups = np.flatnonzero(findings.is_group)
    return int(groups[np.argmax(findings.article_counts[groups])])


def conflict_of_groups(win: MainWindow) -> int:
    """A conflict with more than one article on each side."""
    findings = win.model.findings
    assert findings is not None
    return next(i for i in range(len(findings)) if findings.kind_codes[i] == 0
                and min(len(side) for side in findings.side_documents(i)) > 1)


def test_a_group_is_one_row_with_its_count(wire_window: MainWindow) -> None:
    findings, model = wire_window.model.findings, wire_window.findings.model
    assert findings is not None
    assert model.rowCount() == len(findings)  # one row per group or link, not per pair
    index = largest_group(wire_window)
    count = int(findings.article_counts[index])
    assert count > MAX_DEFAULT_PANES
    row = model.row_of(index)
    assert model.index(row, ARTICLES).data() == f"in {count} of {WIRE_ARTICLES}"
    assert f"same statement in {count} of {WIRE_ARTICLES} articles" in model.index(row, EXPLANATION).data()
    tooltip = model.index(row, EXPLANATION).data(Qt.ItemDataRole.ToolTipRole)
    side_a, _ = findings.side_documents(index)
    assert f"In {count} articles: " in tooltip
    assert wire_window.model.names.short(side_a[0]) in tooltip and "more" in tooltip


def test_stepping_through_a_group_reveals_every_member(qtbot: QtBot, wire_window: MainWindow) -> None:
    model = wire_window.model
    index = largest_group(wire_window)
    wire_window.findings.select_finding(index)
    assert model.current == index
    members = model.members()
    assert len(members) >= model.findings.article_counts[index]  # type: ignore[union-attr]
    laid_out = set()
    for position, passage in enumerate(members):
        qtbot.keyClick(wire_window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        assert model.member == position
        assert wire_window.findings.member.text().startswith(f"Passage {position + 1} of {len(members)}: ")
        assert passage.doc in wire_window.panes.visible_ids
        pane = wire_window.panes.panes[passage.doc]
        qtbot.waitUntil(lambda p=passage, pane=pane: pane.is_visible(p.start, p.end), timeout=5000)
        laid_out.add(len(wire_window.panes.visible_ids))
    # one visiting pane is reused for members outside the panes first laid out
    assert max(laid_out) <= MAX_DEFAULT_PANES + 1
    qtbot.keyClick(wire_window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert model.member == len(members) - 2


def test_stepping_in_two_article_mode_shows_each_member_beside_its_counterpart(
        wire_window: MainWindow) -> None:
    model = wire_window.model
    model.set_two_article(True)
    index = largest_group(wire_window)
    model.select(index)
    for _ in range(4):
        passage = model.step_member(1)
        assert passage is not None
        partner = model.counterpart(passage)
        assert partner is not None and partner.doc in model.pair and passage.doc in model.pair
        assert wire_window.panes.visible_ids == list(model.pair)


def test_a_conflict_between_groups_lists_the_articles_on_each_side(wire_window: MainWindow) -> None:
    findings, names = wire_window.model.findings, wire_window.model.names
    assert findings is not None
    index = conflict_of_groups(wire_window)
    side_a, side_b = findings.side_documents(index)
    wire_window.model.select(index)
    row = wire_window.findings.model.row_of(index)
    cell = wire_window.findings.model.index(row, ARTICLES).data()
    assert cell == f"{len(side_a)} vs {len(side_b)}"
    tooltip = wire_window.findings.model.index(row, EXPLANATION).data(Qt.ItemDataRole.ToolTipRole)
    detail = wire_window.findings.detail.toolTip()
    for text in (tooltip, detail):
        assert f"Side A ({len(side_a)} articles): " in text and f"Side B ({len(side_b)} articles): " in text
        for doc_id in side_a + side_b:
            assert names.short(doc_id) in text
    assert wire_window.findings.detail.text().startswith(f"Side A ({len(side_a)} articles)")


def test_filtering_by_an_article_lists_the_groups_it_is_in(wire_window: MainWindow) -> None:
    findings, panel = wire_window.model.findings, wire_window.findings
    assert findings is not None
    index = largest_group(wire_window)
    side_a, _ = findings.side_documents(index)
    finding = findings[index]
    member = next(d for d in side_a if d not in (finding.a.doc, finding.b.doc))
    panel.article.setCurrentIndex(panel.article.findData(member))
    assert panel.model.row_of(index) >= 0
    assert panel.model.rowCount() == int(findings.involving(member).sum())


def test_filtering_by_title_finds_the_articles_findings(window: MainWindow) -> None:
    doc = next(d for d in window.model.documents if d.id.startswith("004"))
    findings = window.model.findings
    assert findings is not None
    window.findings.text.setText(window.model.names.short(doc.id)[:20])
    assert window.findings.model.rowCount() >= int(findings.involving(doc.id).sum()) > 0


def test_clicking_a_group_passage_shows_a_copy_in_a_pane_on_screen(qtbot: QtBot,
                                                                   wire_window: MainWindow) -> None:
    model, panes = wire_window.model, wire_window.panes
    findings = model.findings
    assert findings is not None
    shown = list(panes.visible_ids)
    index = next(int(i) for i in np.flatnonzero(findings.is_group)
                 if len(set(findings.side_documents(int(i))[0]) & set(shown)) >= 2)
    here, there = [d for d in findings.side_documents(index)[0] if d in shown][:2]
    passage = next(p for p in findings.members(index)[0] if p.doc == here)
    pane = panes.panes[here]
    pane.reveal(passage.start, passage.end)
    qtbot.mouseClick(pane.editor.viewport(), Qt.MouseButton.LeftButton, pos=pane.click_at(passage.start + 2))
    assert model.current == index and model.members()[model.member] == passage
    assert panes.visible_ids == shown  # nothing laid out: a copy is on screen already
    copy = next(p for p in findings.members(index)[0] if p.doc == there)
    qtbot.waitUntil(lambda: panes.panes[there].is_visible(copy.start, copy.end), timeout=5000)


def test_confirming_a_group_flags_the_two_passages_on_screen(wire_window: MainWindow) -> None:
    model = wire_window.model
    index = largest_group(wire_window)
    model.select(index)
    for _ in range(3):
        passage = model.step_member(1)
    assert passage is not None
    partner = model.counterpart(passage)
    assert partner is not None
    flag = wire_window.project.confirm_current()
    assert flag is not None and flag.finding == model.current_finding().id  # type: ignore[union-attr]
    assert [(a.doc, a.start, a.end) for a in flag.anchors] == [
        (partner.doc, partner.start, partner.end), (passage.doc, passage.start, passage.end)]
    model.select(index + 1 if index + 1 < len(model.findings) else index - 1)  # type: ignore[arg-type]
    finding = model.current_finding()
    assert finding is not None and model.pair_shown() is None
    flag = wire_window.project.confirm_current()
    assert flag is not None and [a.doc for a in flag.anchors] == [finding.a.doc, finding.b.doc]
