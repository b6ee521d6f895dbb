"""Qt table model over the engine's findings, filtered and sorted with numpy.

A QSortFilterProxyModel asks Python about every row whenever it refilters; at
500 articles that is a million calls and a frozen window. This model keeps the
visible rows as an index array computed by vectorised filters over the engine's
FindingTable, and builds a Finding only for the rows the view paints.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from ..core.findings.table import FindingTable
from ..core.model import Finding
from .display_names import DisplayNames
from .style import current_palette, current_scheme
from .table_base import FlatTableModel

COLUMNS = ("Kind", "Topic", "Article A", "Quote A", "Article B", "Quote B", "Score", "Explanation")
SORTABLE = {0, 2, 4, 6}
FindingRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
Rows = npt.NDArray[np.int64]


def _one_line(text: str, width: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


class FindingsModel(FlatTableModel):
    """Rows are the findings that pass the filters, in engine order or the chosen sort."""

    columns = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table: FindingTable | None = None
        self._visible: Rows = np.zeros(0, dtype=np.int64)
        self._kind, self._article, self._text = "", "", ""
        self._dismissed: npt.NDArray[np.bool_] = np.zeros(0, dtype=bool)
        self._show_dismissed = False
        self._names = DisplayNames(())
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # ----- data ---------------------------------------------------------------------------
    def set_findings(self, table: FindingTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self._visible = self._compute()
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._table) if self._table is not None else 0

    def finding_index(self, row: int) -> int:
        """Index into the engine's findings of a visible row."""
        return int(self._visible[row])

    def finding(self, row: int) -> Finding:
        assert self._table is not None
        return self._table[self.finding_index(row)]

    def kind_code(self, finding_index: int) -> int:
        """0 for a conflict, 1 for an agreement."""
        return int(self._table.kind_codes[finding_index]) if self._table is not None else 1

    def row_of(self, finding_index: int) -> int:
        """Visible row of a finding, or -1 when the filters hide it."""
        hits = np.flatnonzero(self._visible == finding_index)
        return int(hits[0]) if hits.size else -1

    # ----- filters and sorting ------------------------------------------------------------
    def set_filter(self, kind: str, article: str, text: str) -> None:
        self._kind, self._article, self._text = kind, article, text.strip()
        self._refresh()

    def set_dismissed(self, dismissed: npt.NDArray[np.bool_], show: bool) -> None:
        """Dismissed findings are left out, or (show) listed in grey among the others."""
        if show == self._show_dismissed and np.array_equal(dismissed, self._dismissed):
            return
        self._dismissed, self._show_dismissed = dismissed.copy(), show
        self._refresh()

    def set_names(self, names: DisplayNames) -> None:
        self._names = names
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1))

    def is_dismissed(self, finding_index: int) -> bool:
        return len(self._dismissed) > finding_index and bool(self._dismissed[finding_index])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order) if column in SORTABLE else None
        self._refresh()

    def _refresh(self) -> None:
        self.beginResetModel()
        self._visible = self._compute()
        self.endResetModel()

    def _compute(self) -> Rows:
        table = self._table
        if table is None or len(table) == 0:
            return np.zeros(0, dtype=np.int64)
        keep = np.ones(len(table), dtype=bool)
        if self._kind:
            keep &= table.kind_codes == (0 if self._kind == "conflict" else 1)
        if self._article:
            position = table.position(self._article)
            keep &= (table.doc_a_index == position) | (table.doc_b_index == position)
        if self._text:
            keep &= table.matching(self._text)
        if not self._show_dismissed and len(self._dismissed) == len(table):
            keep &= ~self._dismissed
        rows = np.flatnonzero(keep)
        return self._sorted(table, rows)

    def _sorted(self, table: FindingTable, rows: Rows) -> Rows:
        if self._sort is None:
            return rows
        column, order = self._sort
        keys = {0: table.kind_codes, 2: table.doc_a_index, 4: table.doc_b_index, 6: table.scores}[column]
        ranked = rows[np.argsort(keys[rows], kind="stable")]
        return ranked[::-1] if order == Qt.SortOrder.DescendingOrder else ranked

    # ----- Qt model -----------------------------------------------------------------------
    def row_total(self) -> int:
        return len(self._visible)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return "Click to sort" if section in SORTABLE else None
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        column, finding_index = index.column(), self.finding_index(index.row())
        dismissed = self.is_dismissed(finding_index)
        if role == Qt.ItemDataRole.BackgroundRole and column == 0 and not dismissed:
            scheme = current_scheme()
            kind = self._table.kind_codes[finding_index]
            return QBrush(scheme.conflict if kind == 0 else scheme.agree)
        if role == Qt.ItemDataRole.ForegroundRole and dismissed:
            return QBrush(current_palette().color(current_palette().ColorGroup.Disabled,
                                                  current_palette().ColorRole.Text))
        if role == Qt.ItemDataRole.FontRole and dismissed:
            font = QFont()
            font.setItalic(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, FindingRole):
            return None
        finding = self.finding(index.row())
        if role == FindingRole:
            return finding
        names = self._names
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (2, 4):
                return names.tooltip(finding.a.doc if column == 2 else finding.b.doc)
            return (f"{self._explain(finding_index)}\n\n{names.short(finding.a.doc)}: {finding.a.quote}"
                    f"\n\n{names.short(finding.b.doc)}: {finding.b.quote}")
        return self._display(finding, finding_index, column, dismissed)

    def _explain(self, finding_index: int) -> str:
        assert self._table is not None
        return self._table.describe(finding_index, self._names.short)

    def _display(self, finding: Finding, finding_index: int, column: int, dismissed: bool) -> str:
        values: Sequence[str] = (
            finding.kind + (" ⏱" if finding.time_gap else "") + (" (dismissed)" if dismissed else ""),
            finding.topic,
            self._names.label(finding.a.doc),
            _one_line(finding.a.quote),
            self._names.label(finding.b.doc),
            _one_line(finding.b.quote),
            f"{finding.score:.2f}",
            self._explain(finding_index),
        )
        return values[column]
