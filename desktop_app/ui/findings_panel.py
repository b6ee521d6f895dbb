"""The dockable findings table with its filters, next/previous navigation, and the selected
finding's passages: a group's members or a link's two sides, stepped through one by one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .comparison import ComparisonModel
from .findings_model import FindingsModel, sides_text


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
        self.previous_member, self.next_member = QToolButton(), QToolButton()
        for button, text, delta, tip in ((self.previous_member, "◀", -1, "Previous passage (Alt+Left)"),
                                         (self.next_member, "▶", 1, "Next passage (Alt+Right)")):
            button.setText(text)
            button.setToolTip(f"{tip}: show the selected finding's passages one by one, each "
                              "article laid out beside its counterpart")
            button.setAccessibleName(tip.split(" (")[0])
            button.clicked.connect(lambda _c=False, d=delta: comparison.step_member(d))
        self.member = QLabel()
        self.member.setObjectName("member")
        self.detail = QLabel()
        self.detail.setObjectName("finding-detail")
        # One line, clipped, whatever its length: a wrapping label would relayout the window
        # at every selection. The whole text is in its tooltip.
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        members = QHBoxLayout()
        members.addWidget(self.previous_member)
        members.addWidget(self.next_member)
        members.addWidget(self.member)
        members.addWidget(self.detail, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addWidget(self.article)
        filters.addWidget(self.text, 1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(members)
        self._set_documents()
        comparison.documentsChanged.connect(self._set_documents)
        comparison.analysisChanged.connect(self._set_findings)
        comparison.hiddenChanged.connect(self._set_hidden)
        comparison.currentChanged.connect(self._show_current)
        comparison.memberChanged.connect(self._show_member)
        self._show_member(-1, 0)
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
        for column, width in enumerate((80, 90, 140, 150, 260, 150, 260, 50, 320)):
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

    def _show_member(self, position: int, count: int) -> None:
        """Which passage of the selected finding is shown, and the articles on each side."""
        model = self.comparison
        self.previous_member.setEnabled(count > 1)
        self.next_member.setEnabled(count > 1)
        findings, index = model.findings, model.current
        if findings is None or not 0 <= index < len(findings) or count == 0:
            self.member.setText("")
            self.detail.setText("Select a finding to see the articles it spans")
            self.detail.setToolTip("")
            return
        members = model.members()
        if position >= 0:
            label = model.names.label(members[position].doc)
            self.member.setText(f"Passage {position + 1} of {count}: {label}")
        else:
            self.member.setText(f"{count} passages" if count > 2 else "")
        summary = sides_text(findings, index, model.names, limit=4)
        self.detail.setText(summary.replace("\n", "  ·  ") if summary else model.explain(index))
        self.detail.setToolTip(sides_text(findings, index, model.names, limit=60))

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
