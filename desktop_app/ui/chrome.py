"""Menus, toolbar, status bar and dialogs around the main window's content."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QSlider,
    QToolBar,
    QToolButton,
)

from .. import __version__
from ..core.model import Document
from .style import current_scheme, legend_html

if TYPE_CHECKING:
    from .main_window import MainWindow

FILE_FILTER = "Articles (*.txt *.text *.md *.markdown);;All files (*)"


class WindowChrome:
    """Builds and owns the window's actions; the window calls back for what they do."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.actions: dict[str, QAction] = {}
        self._build_toolbar()
        self._build_status_bar()
        self._build_menus()

    # ----- actions and menus --------------------------------------------------------------
    def _action(self, key: str, text: str, slot: Callable[[], object],
                shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] = ()) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(key)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        self.actions[key] = action
        return action

    def _build_menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        file_menu = self.file_menu = bar.addMenu("&File")
        file_menu.addAction(self._action("open", "&Open Articles…", self.open_dialog,
                                         [QKeySequence.StandardKey.Open]))
        file_menu.addAction(self._action("open-folder", "Open &Folder…", self.open_folder_dialog,
                                         ["Ctrl+Shift+O"]))
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self._rebuild_recent()
        file_menu.addSeparator()
        file_menu.addAction(self._action("quit", "&Quit", w.close, [QKeySequence.StandardKey.Quit]))
        edit_menu = self.edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self._action("find", "&Find in Findings", self.focus_filter,
                                         [QKeySequence.StandardKey.Find]))
        view = bar.addMenu("&View")
        view.addAction(self._action("next", "&Next Finding", lambda: w.step(1), ["F8", "Alt+Down"]))
        view.addAction(self._action("previous", "&Previous Finding", lambda: w.step(-1),
                                    ["Shift+F8", "Alt+Up"]))
        view.addAction(self._action("next-conflict", "Next &Conflict", lambda: w.step(1, "conflict"),
                                    ["F9"]))
        view.addAction(self._action("previous-conflict", "Previous C&onflict",
                                    lambda: w.step(-1, "conflict"), ["Shift+F9"]))
        view.addSeparator()
        view.addAction(self.two_article_action)
        view.addAction(self._action("reanalyse", "&Re-analyse", w.reanalyse, ["F5"]))
        view.addSeparator()
        for dock, shortcut in ((w.findings_dock, "Ctrl+1"), (w.overview_dock, "Ctrl+2"),
                               (w.articles_dock, "Ctrl+3")):
            toggle = dock.toggleViewAction()
            toggle.setShortcut(QKeySequence(shortcut))
            view.addAction(toggle)
        self.article_menu = bar.addMenu("&Article")
        self.flags_menu = bar.addMenu("F&lags")
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("shortcuts", "&Keyboard Shortcuts", self.show_shortcuts,
                                         ["Ctrl+/"]))
        help_menu.addAction(self._action("about", "&About source-compare", self.show_about))

    def _build_toolbar(self) -> None:
        w = self.window
        toolbar = QToolBar("Main")
        toolbar.setObjectName("main-toolbar")
        w.addToolBar(toolbar)
        toolbar.addAction(self._action("open-tool", "Open…", self.open_dialog))
        self.two_article_action = QAction("Two-article mode", w, checkable=True)
        self.two_article_action.setObjectName("two-article")
        self.two_article_action.setShortcut(QKeySequence("Ctrl+T"))
        self.two_article_action.toggled.connect(w.set_two_article_mode)
        toolbar.addAction(self.two_article_action)
        self.left_picker, self.right_picker = QComboBox(), QComboBox()
        for picker, name in ((self.left_picker, "Left article"), (self.right_picker, "Right article")):
            picker.setAccessibleName(name)
            picker.setMinimumContentsLength(14)
            picker.currentIndexChanged.connect(lambda _i: w._layout_panes() if w.two_article else None)
        self.picker_actions = [toolbar.addWidget(self.left_picker), toolbar.addWidget(self.right_picker)]
        self.show_pickers(False)
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(" Agreement threshold "))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(20, 90)
        self.slider.setFixedWidth(140)
        self.slider.setAccessibleName("Agreement threshold")
        self.slider_label = QLabel()
        self.slider.valueChanged.connect(self._slider_moved)
        toolbar.addWidget(self.slider)
        toolbar.addWidget(self.slider_label)
        toolbar.addSeparator()
        legend = QLabel(legend_html(current_scheme()))
        legend.setObjectName("legend")
        toolbar.addWidget(legend)

    def _build_status_bar(self) -> None:
        bar = self.window.statusBar()
        self.counts = QLabel("No analysis yet")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setFixedWidth(180)
        self.progress.setFormat("%p%")
        self.cancel_button = QToolButton()
        self.cancel_button.setText("Cancel")
        self.cancel_button.clicked.connect(self._cancel)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.counts)
        self.set_busy(False)

    # ----- state shown --------------------------------------------------------------------
    def status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def show_counts(self, conflicts: int, total: int) -> None:
        self.counts.setText(f"{conflicts:,} conflicts · {total - conflicts:,} agreements")

    def show_progress(self, stage: str, fraction: float) -> None:
        self.progress.setValue(int(fraction * 100))
        self.progress.setFormat(f"{stage} %p%")

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def _cancel(self) -> None:
        self.window.runner.cancel()
        self.status("Analysis cancelled")

    def threshold(self) -> float:
        return self.slider.value() / 100.0

    def set_threshold(self, value: float) -> None:
        self.slider.setValue(round(value * 100))
        self._show_threshold()

    def _slider_moved(self, _value: int) -> None:
        self._show_threshold()
        self.window.threshold_changed()

    def _show_threshold(self) -> None:
        self.slider_label.setText(f" {self.threshold():.2f} ")

    def refresh_pickers(self, documents: Sequence[Document]) -> None:
        for index, picker in enumerate((self.left_picker, self.right_picker)):
            chosen = picker.currentData()
            picker.blockSignals(True)
            picker.clear()
            for doc in documents:
                picker.addItem(doc.id, doc.id)
            position = picker.findData(chosen)
            picker.setCurrentIndex(position if position >= 0 else min(index, picker.count() - 1))
            picker.blockSignals(False)

    def show_pickers(self, visible: bool) -> None:
        for action in self.picker_actions:
            action.setVisible(visible)
        if self.two_article_action.isChecked() != visible:
            self.two_article_action.setChecked(visible)

    def pick_pair(self, left: str, right: str) -> None:
        for picker, doc_id in ((self.left_picker, left), (self.right_picker, right)):
            picker.blockSignals(True)
            picker.setCurrentIndex(max(picker.findData(doc_id), 0))
            picker.blockSignals(False)

    def picked_pair(self) -> list[str]:
        return [d for d in (self.left_picker.currentData(), self.right_picker.currentData()) if d]

    # ----- files and dialogs --------------------------------------------------------------
    def open_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self.window, "Open articles", "", FILE_FILTER)
        if names:
            self.window.open_paths([Path(n) for n in names])

    def open_folder_dialog(self) -> None:
        name = QFileDialog.getExistingDirectory(self.window, "Open a folder of articles")
        if name:
            self.window.open_paths([Path(name)])

    def focus_filter(self) -> None:
        self.window.findings_dock.show()
        self.window.findings.text.setFocus()

    def remember_recent(self, paths: Sequence[str]) -> None:
        recent = [p for p in self.recent_paths() if p not in paths]
        self.window.settings.setValue("recent", (list(paths) + recent)[:10])
        self._rebuild_recent()

    def recent_paths(self) -> list[str]:
        value = self.window.settings.value("recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def _rebuild_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_paths()
        for path in recent:
            action = QAction(path, self.recent_menu)
            action.triggered.connect(lambda _c=False, p=path: self.window.open_paths([Path(p)]))
            self.recent_menu.addAction(action)
        self.recent_menu.setEnabled(bool(recent))

    def show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td>{a.text().replace('&', '')}</td><td><b>"
            f"{', '.join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in a.shortcuts())}"
            f"</b></td></tr>"
            for a in self.actions.values() if a.shortcuts()
        )
        box = QMessageBox(QMessageBox.Icon.NoIcon, "Keyboard shortcuts", f"<table>{rows}</table>",
                          QMessageBox.StandardButton.Close, self.window)
        box.setObjectName("shortcuts")
        box.open()

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "About source-compare",
                          f"<b>source-compare {__version__}</b><br>Compare news articles side by "
                          "side: where they agree, where they conflict.",
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("about")
        box.open()
