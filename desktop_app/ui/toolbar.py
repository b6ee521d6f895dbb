"""The main toolbar: open, two-article mode with its pickers, the match threshold, the legend."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QSlider, QToolBar, QWidget

from .comparison import THRESHOLD_RANGE, ComparisonModel
from .style import current_scheme, legend_html

THRESHOLD_HELP = (
    "How alike two sentences must be to count as the same statement.\n"
    "Agreements need it, and so do the conflicts found between matched sentences "
    "(opposite words, a negation): raising it removes some of those too.\n"
    "Conflicts between figures on a named subject (a population, a distance) do not depend on it.\n"
    "Nothing is aligned again: the findings are recomputed from the scores already found.")


class ComparisonToolBar(QToolBar):
    """Bound to the model both ways: moving the slider sets the threshold, and a threshold
    set elsewhere (a project opened) moves the slider."""

    def __init__(self, model: ComparisonModel, leading: Sequence[QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__("Main", parent)
        self.model = model
        self.setObjectName("main-toolbar")
        for action in leading:
            self.addAction(action)
        self.two_article_action = QAction("Two-article mode", self, checkable=True)
        self.two_article_action.setObjectName("two-article")
        self.two_article_action.setShortcut(QKeySequence("Ctrl+T"))
        self.two_article_action.setToolTip("Compare two articles side by side (Ctrl+T)")
        self.two_article_action.toggled.connect(model.set_two_article)
        self.addAction(self.two_article_action)
        self.left_picker, self.right_picker = QComboBox(), QComboBox()
        for picker, name in ((self.left_picker, "Left article"), (self.right_picker, "Right article")):
            picker.setAccessibleName(name)
            picker.setMinimumContentsLength(18)
            picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            picker.currentIndexChanged.connect(lambda _i: self._pair_picked())
        self.picker_actions = [self.addWidget(self.left_picker), self.addWidget(self.right_picker)]
        self.addSeparator()
        label = QLabel(" Sentence match ")
        label.setToolTip(THRESHOLD_HELP)
        self.addWidget(label)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        low, high = THRESHOLD_RANGE
        self.slider.setRange(round(low * 100), round(high * 100))
        self.slider.setFixedWidth(120)
        self.slider.setAccessibleName("Sentence match threshold")
        self.slider.setToolTip(THRESHOLD_HELP)
        self.slider_label = QLabel()
        self.slider.valueChanged.connect(lambda value: model.set_threshold(value / 100))
        self.addWidget(self.slider)
        self.addWidget(self.slider_label)
        self.addSeparator()
        self.legend = QLabel()
        self.legend.setObjectName("legend")
        self.addWidget(self.legend)
        self.restyle()
        model.thresholdChanged.connect(self._show_threshold)
        model.documentsChanged.connect(self._refresh_pickers)
        model.shownChanged.connect(self._show_mode)
        self._show_threshold(model.threshold)
        self._show_mode()

    def restyle(self) -> None:
        self.legend.setText(legend_html(current_scheme()))

    def _show_threshold(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(value * 100))
        self.slider.blockSignals(False)
        self.slider_label.setText(f" {value:.2f} ")

    def _refresh_pickers(self) -> None:
        names = self.model.names
        for picker in (self.left_picker, self.right_picker):
            picker.blockSignals(True)
            picker.clear()
            for doc in self.model.documents:
                picker.addItem(names.label(doc.id), doc.id)
                picker.setItemData(picker.count() - 1, names.tooltip(doc.id), Qt.ItemDataRole.ToolTipRole)
            picker.blockSignals(False)
        self._show_mode()

    def _show_mode(self) -> None:
        """Pickers show the model's pair, and only in two-article mode."""
        for picker, doc_id in zip((self.left_picker, self.right_picker), self.model.pair, strict=True):
            picker.blockSignals(True)
            picker.setCurrentIndex(max(picker.findData(doc_id), 0) if picker.count() else -1)
            picker.blockSignals(False)
        for action in self.picker_actions:
            action.setVisible(self.model.two_article)
        if self.two_article_action.isChecked() != self.model.two_article:
            self.two_article_action.blockSignals(True)
            self.two_article_action.setChecked(self.model.two_article)
            self.two_article_action.blockSignals(False)

    def _pair_picked(self) -> None:
        left, right = self.left_picker.currentData(), self.right_picker.currentData()
        if left and right:
            self.model.set_pair(left, right)
