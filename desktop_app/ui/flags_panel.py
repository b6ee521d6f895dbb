"""The Flags panel: the user's flags in a filterable table; note, kind and status editable."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.formats.display_names import DisplayNames
from ..core.project.flags import FLAG_KINDS, FLAG_STATUSES, Flag
from .style import current_scheme
from .table_base import FlatTableModel

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Kind", "Status", "Note", "Article A", "Quote A", "Article B", "Quote B", "Anchors", "Modified")
EDITABLE = {0: "kind", 1: "status", 2: "note"}
CHOICES = {0: FLAG_KINDS, 1: FLAG_STATUSES}
Editor = Callable[[Flag, dict[str, object]], None]


def _anchor_summary(flag: Flag) -> str:
    states = [a.state if a.score is None else f"{a.state} {a.score:.0f}" for a in flag.anchors]
    return ", ".join(states)


class FlagsModel(FlatTableModel):
    """Rows are flags; edits go through `editor` (an undoable command), never straight in."""

    columns = COLUMNS

    def __init__(self, editor: Editor, parent: Any = None) -> None:
        super().__init__(parent)
        self._flags: tuple[Flag, ...] = ()
        self._editor = editor
        self.names = DisplayNames(())

    def set_flags(self, flags: Sequence[Flag]) -> None:
        """New flags. When only their contents changed (an edit), rows are updated in place:
        resetting the model under an open cell editor would close it mid-commit."""
        flags = tuple(flags)
        if [f.id for f in flags] == [f.id for f in self._flags]:
            pairs = zip(self._flags, flags, strict=True)
            changed = [row for row, (old, new) in enumerate(pairs) if old != new]
            self._flags = flags
            for row in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._flags = flags
        self.endResetModel()

    def set_names(self, names: DisplayNames) -> None:
        self.names = names
        if self._flags:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._flags) - 1, len(COLUMNS) - 1))

    def flag(self, row: int) -> Flag:
        return self._flags[row]

    def row_total(self) -> int:
        return len(self._flags)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        flag, column = self._flags[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._cell(flag, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == 0:
            scheme = current_scheme()
            return QBrush({"conflict": scheme.conflict, "agree": scheme.agree}.get(flag.kind, scheme.note))
        if role == Qt.ItemDataRole.ForegroundRole and column == 7 and flag.orphaned:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n\n".join(f"{self.names.label(a.doc)} ({a.state}, id {a.doc}): “{a.exact}”"
                                 + (f"\nflagged as: “{a.flagged}”" if a.flagged else "")
                                 for a in flag.anchors)
        return None

    def _cell(self, flag: Flag, column: int) -> str:
        anchors = list(flag.anchors) + [None] * (2 - len(flag.anchors))
        a, b = anchors[0], anchors[1]
        values = (flag.kind, flag.status, flag.note, self.names.label(a.doc) if a else "",
                  " ".join(a.exact.split()) if a else "", self.names.label(b.doc) if b else "",
                  " ".join(b.exact.split()) if b else "", _anchor_summary(flag), flag.modified)
        return values[column]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        field = EDITABLE[index.column()]
        choices = CHOICES.get(index.column())
        if choices is not None and value not in choices:
            return False
        flag = self._flags[index.row()]
        if getattr(flag, field) == value:
            return False
        self._editor(flag, {field: value})
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for the kind and status columns."""

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        choices = CHOICES.get(index.column())
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItems(list(choices))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class FlagsFilter(QSortFilterProxyModel):
    """Free text over note and quotes, and kind."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text, self._kind = "", ""

    def set_filter(self, kind: str, text: str) -> None:
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
        self._kind, self._text = kind, text.casefold().strip()
        if hasattr(self, "endFilterChange"):
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, FlagsModel):
            return True
        flag = model.flag(source_row)
        if self._kind and flag.kind != self._kind:
            return False
        haystack = " ".join([flag.note, flag.status, *(a.exact for a in flag.anchors),
                             *(a.flagged for a in flag.anchors)]).casefold()
        return self._text in haystack


class FlagsPanel(QWidget):
    """Signals: flagActivated(flag) on double-click or Enter; deleteRequested(flag)."""

    flagActivated = Signal(object)
    deleteRequested = Signal(object)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FlagsModel(editor, self)
        self.proxy = FlagsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.kind = QComboBox()
        self.kind.addItem("All flags", "")
        for kind in FLAG_KINDS:
            self.kind.addItem(kind, kind)
        self.text = QLineEdit()
        self.text.setPlaceholderText("Filter flags…")
        self.text.setClearButtonEnabled(True)
        self.delete_button = QPushButton("Delete")
        self.delete_button.setToolTip("Delete the selected flag (Del); Ctrl+Z undoes it")
        self.delete_button.clicked.connect(self._delete_current)
        self.kind.currentIndexChanged.connect(lambda _i: self._filter())
        self.text.textChanged.connect(lambda _t: self._filter())
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().setVisible(False)
        for column, width in enumerate((80, 90, 220, 110, 220, 110, 220, 120, 150)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._activated)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        shortcut.activated.connect(self._delete_current)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.text, 1)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def set_names(self, names: DisplayNames) -> None:
        self.model.set_names(names)

    def set_flags(self, flags: Sequence[Flag]) -> None:
        current = self.current_flag()
        self.model.set_flags(flags)
        if current is not None:
            self.select(current.id)

    def _filter(self) -> None:
        self.proxy.set_filter(self.kind.currentData() or "", self.text.text())

    def current_flag(self) -> Flag | None:
        index = self.table.currentIndex()
        return self.model.flag(self.proxy.mapToSource(index).row()) if index.isValid() else None

    def select(self, flag_id: str, column: int = 0) -> None:
        for row in range(self.model.rowCount()):
            if self.model.flag(row).id == flag_id:
                index = self.proxy.mapFromSource(self.model.index(row, column))
                if index.isValid():
                    self.table.setCurrentIndex(index)
                    self.table.scrollTo(index)
                return

    def edit_note(self, flag_id: str) -> None:
        """Put the note cell of a new flag in edit mode, so the user can type at once."""
        self.select(flag_id, column=2)
        self.table.setFocus()
        self.table.edit(self.table.currentIndex())

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() not in EDITABLE:
            self.flagActivated.emit(self.model.flag(self.proxy.mapToSource(index).row()))

    def _delete_current(self) -> None:
        flag = self.current_flag()
        if flag is not None:
            self.deleteRequested.emit(flag)
