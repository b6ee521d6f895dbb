"""Findings in the window: explanations by title, passage groups and the links between them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.ui.findings_model import COLUMNS
from desktop_app.ui.main_window import MainWindow
from tests.conftest import seeded_window

EXPLANATION = COLUMNS.index("Explanation")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = seeded_window(qtbot, tmp_path)
    yield win
    win.service.shutdown()


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
