"""Qt table model over the engine's findings, with a kind/article/text filter proxy."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from ..core.model import Finding
from .style import current_scheme

COLUMNS = ("Kind", "Topic", "Article A", "Quote A", "Article B", "Quote B", "Score", "Explanation")
KIND_LABEL = {"agree": "agree", "conflict": "conflict"}
FindingRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def _one_line(text: str, width: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


class FindingsModel(QAbstractTableModel):
    """Rows are findings in engine order; cells are read straight from the frozen Finding."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._findings: tuple[Finding, ...] = ()

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.beginResetModel()
        self._findings = tuple(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self._findings[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(finding, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{finding.explanation}\n\nA: {finding.a.quote}\n\nB: {finding.b.quote}"
        if role == Qt.ItemDataRole.BackgroundRole and column == 0:
            scheme = current_scheme()
            return QBrush(scheme.conflict if finding.kind == "conflict" else scheme.agree)
        if role == FindingRole:
            return finding
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return finding.score if column == 6 else self._display(finding, column)
        return None

    @staticmethod
    def _display(finding: Finding, column: int) -> str | float:
        values: tuple[str | float, ...] = (
            KIND_LABEL[finding.kind] + (" ⏱" if finding.time_gap else ""),
            finding.topic,
            finding.a.doc,
            _one_line(finding.a.quote),
            finding.b.doc,
            _one_line(finding.b.quote),
            f"{finding.score:.2f}",
            finding.explanation,
        )
        return values[column]


class FindingsFilter(QSortFilterProxyModel):
    """Filters by kind, by article (either side) and by free text; sorts by column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind = ""
        self._article = ""
        self._text = ""
        self._dismissed: frozenset[str] = frozenset()
        self._show_dismissed = False
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_filter(self, kind: str, article: str, text: str) -> None:
        """Apply all three filters at once (one refiltering, not three)."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated there
            self.beginFilterChange()
        self._kind, self._article, self._text = kind, article, text.casefold().strip()
        if hasattr(self, "endFilterChange"):
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def set_dismissed(self, dismissed: frozenset[str], show: bool) -> None:
        """Dismissed findings are hidden, or (show=True) listed alone so they can be restored."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
        self._dismissed, self._show_dismissed = dismissed, show
        if hasattr(self, "endFilterChange"):
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, FindingsModel):
            return True
        finding = model.finding(source_row)
        if (finding.id in self._dismissed) != self._show_dismissed:
            return False
        if self._kind and finding.kind != self._kind:
            return False
        if self._article and self._article not in (finding.a.doc, finding.b.doc):
            return False
        if self._text:
            haystack = " ".join((finding.topic, finding.explanation, finding.a.quote,
                                 finding.b.quote, finding.a.doc, finding.b.doc)).casefold()
            return self._text in haystack
        return True
