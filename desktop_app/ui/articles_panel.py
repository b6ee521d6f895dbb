"""Choose which articles are shown and in what order; pick the pair for two-article mode."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Document


class ArticlesPanel(QWidget):
    """Checkable, reorderable list of articles. Signals: selectionChanged(list of ids in order)."""

    selectionChanged = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def set_documents(self, documents: Sequence[Document], shown: Sequence[str] | None = None) -> None:
        visible = set(shown) if shown is not None else {doc.id for doc in documents}
        self.list.blockSignals(True)
        self.list.clear()
        for doc in documents:
            item = QListWidgetItem(f"{doc.id} — {doc.title}")
            item.setData(Qt.ItemDataRole.UserRole, doc.id)
            item.setToolTip(doc.title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if doc.id in visible else Qt.CheckState.Unchecked)
            self.list.addItem(item)
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
        self.selectionChanged.emit(self.shown_ids())
