"""Choose which articles are shown and in what order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .comparison import ComparisonModel


class ArticlesPanel(QWidget):
    """Checkable, reorderable list of the model's articles; ticking and moving set which
    articles the panes show, in that order."""

    def __init__(self, model: ComparisonModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.itemChanged.connect(lambda _item: self._emit())
        self.list.model().rowsMoved.connect(lambda *_args: self._emit())
        up, down = QPushButton("Move up"), QPushButton("Move down")
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        buttons = QHBoxLayout()
        buttons.addWidget(up)
        buttons.addWidget(down)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        model.shownChanged.connect(self._refresh)  # also follows every change of the articles

    def _refresh(self) -> None:
        """The articles in the order chosen (the shown ones first), ticked when shown."""
        names, chosen = self.model.names, self.model.chosen
        order = chosen + [doc.id for doc in self.model.documents if doc.id not in chosen]
        current = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None
        self.list.blockSignals(True)
        self.list.clear()
        for doc_id in order:
            item = QListWidgetItem(names.label(doc_id))
            item.setData(Qt.ItemDataRole.UserRole, doc_id)
            item.setToolTip(names.tooltip(doc_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if doc_id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            if doc_id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def shown_ids(self) -> list[str]:
        items = [self.list.item(row) for row in range(self.list.count())]
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._emit()

    def _emit(self) -> None:
        self.model.set_chosen(self.shown_ids())
