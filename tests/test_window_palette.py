"""A dark palette when the desktop asks for one; the highlights follow it and stay readable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.style import DARK, LIGHT, Scheme, SystemPalette, contrast, is_dark
from tests.conftest import seeded_window


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, style = app.palette(), app.style().name()
    win = seeded_window(qtbot, tmp_path)
    yield win
    win.service.shutdown()
    app.setStyle(style)
    app.setPalette(palette)


def painted(win: MainWindow) -> set[str]:
    colours = set()
    for pane in win.panes.panes.values():
        for selection in pane.editor.extraSelections():
            brush = selection.format.background()
            if brush.style() != Qt.BrushStyle.NoBrush:
                colours.add(brush.color().name())
    return colours


def scheme_colours(scheme: Scheme) -> set[str]:
    return {scheme.agree.name(), scheme.conflict.name()}


def test_the_window_follows_the_system_into_dark_and_back(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    follower = SystemPalette(app)
    assert scheme_colours(LIGHT) <= painted(window)
    follower.apply(Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: scheme_colours(DARK) <= painted(window), timeout=10_000)
    assert not scheme_colours(LIGHT) & painted(window)
    assert is_dark(app.palette()) and DARK.conflict.name() in window.toolbar.legend.text()
    text = app.palette().color(app.palette().ColorRole.Text)
    for colour in painted(window):  # what is actually painted keeps the text readable
        assert contrast(QColor(colour), text) >= 4.5, colour
    follower.apply(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: scheme_colours(LIGHT) <= painted(window), timeout=10_000)
    assert not is_dark(app.palette())
    follower.deleteLater()
