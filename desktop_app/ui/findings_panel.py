"""The dockable findings table with its filters and next/previous navigation."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .comparison import ComparisonModel
from .findings_model import FindingsModel


class FindingsPanel(QWidget):
    """Table of the comparison's findings; selecting a row selects the finding in the model.

    Signals: findingSelected(index into the engine's findings) when the user picks a row.
    """

    findingSelected = Signal(int)

    def __init__(self, comparison: ComparisonModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        self.model = FindingsModel(self)
        self.kind = QComboBox()
        self.kind.addItem("All kinds", "")
        self.kind.addItem("Conflicts", "conflict")
        self.kind.addItem("Agreements", "agree")
        self.kind.setAccessibleName("Filter by kind")
        self.article = QComboBox()
        self.article.setAccessibleName("Filter by article")
        self.article.setMinimumContentsLength(18)
        self.text = QLineEdit()
        self.text.setPlaceholderText("Filter findings… (Ctrl+F)")
        self.text.setClearButtonEnabled(True)
        self.count = QLabel()
        self.kind.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.article.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.text.textChanged.connect(lambda _t: self._filter_changed())
        self.table = self._make_table()
        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addWidget(self.article)
        filters.addWidget(self.text, 1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self._set_documents()
        comparison.documentsChanged.connect(self._set_documents)
        comparison.analysisChanged.connect(self._set_findings)
        comparison.hiddenChanged.connect(self._set_hidden)
        comparison.currentChanged.connect(self._show_current)
        self.findingSelected.connect(comparison.select)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(22)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((80, 140, 110, 260, 110, 260, 50, 320)):
            table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    def _set_documents(self) -> None:
        names = self.comparison.names
        chosen = self.article.currentData()
        self.article.blockSignals(True)
        self.article.clear()
        self.article.addItem("All articles", "")
        for doc in self.comparison.documents:
            self.article.addItem(names.label(doc.id), doc.id)
            self.article.setItemData(self.article.count() - 1, names.tooltip(doc.id),
                                     Qt.ItemDataRole.ToolTipRole)
        index = self.article.findData(chosen)
        self.article.setCurrentIndex(max(index, 0))
        self.article.blockSignals(False)
        self.model.set_names(names)

    def _set_findings(self) -> None:
        self.table.blockSignals(True)
        self.model.set_dismissed(self.comparison.dismissed, self.comparison.show_dismissed)
        self.model.set_findings(self.comparison.findings)
        self.table.blockSignals(False)
        self._update_count()

    def _filter_changed(self) -> None:
        self.model.set_filter(self.kind.currentData() or "", self.article.currentData() or "",
                              self.text.text())
        self._update_count()

    def _set_hidden(self) -> None:
        self.model.set_dismissed(self.comparison.dismissed, self.comparison.show_dismissed)
        self._update_count()
        self._show_current(self.comparison.current)

    def _show_current(self, index: int) -> None:
        """Follow the model's selection without reporting it back."""
        if index >= 0 and self.current_finding() != index:
            self.table.selectionModel().blockSignals(True)
            self.select_finding(index)
            self.table.selectionModel().blockSignals(False)
            self.table.viewport().update()

    def _update_count(self) -> None:
        self.count.setText(f"{self.model.rowCount()} of {self.model.total}")

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.model.finding_index(current.row()) != self.comparison.current:
            self.findingSelected.emit(self.model.finding_index(current.row()))

    def current_finding(self) -> int:
        index = self.table.currentIndex()
        return self.model.finding_index(index.row()) if index.isValid() else -1

    def select_finding(self, finding_index: int) -> None:
        """Select the row of a finding, if the filters show it."""
        row = self.model.row_of(finding_index)
        if row < 0:
            return
        index = self.model.index(row, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def step(self, delta: int, kind: str = "") -> bool:
        """Move to the next (delta=1) or previous (-1) visible row, optionally of one kind."""
        rows = self.model.rowCount()
        if rows == 0:
            return False
        row = self.table.currentIndex().row()
        wanted = {"conflict": 0, "agree": 1}.get(kind)
        for _ in range(rows):
            row = (row + delta) % rows if row >= 0 else (0 if delta > 0 else rows - 1)
            finding = self.model.finding_index(row)
            if wanted is None or self.model.kind_code(finding) == wanted:
                self.select_finding(finding)
                return True
        return False
