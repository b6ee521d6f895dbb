"""Qt table model over the engine's findings, filtered and sorted with numpy.

One row per finding of the engine's FindingTable: a passage group (one statement in
many articles, "in 37 of 500") or a link between two groups (a conflict, with the
articles on each side). A QSortFilterProxyModel asks Python about every row whenever it
refilters; at 500 articles that is a million calls and a frozen window. This model keeps
the visible rows as an index array computed by vectorised filters over the table, and
builds a Finding only for the rows the view paints.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from ..core.findings.table import FindingTable
from ..core.formats.display_names import DisplayNames
from ..core.model import Finding
from .style import current_palette, current_scheme
from .table_base import FlatTableModel

COLUMNS = ("Kind", "Articles", "Topic", "Article A", "Quote A", "Article B", "Quote B", "Score",
           "Explanation")
SORTABLE = {0, 1, 3, 5, 7}
HEADER_TIPS = {1: "A group: in how many of the articles the statement stands. A link: how many "
                  "articles stand on each side",
               7: "An agreement or a conflict of words: how alike the two passages are (0 to 1). "
                  "A conflict of figures: how far apart the two values are (0.07: 7 %), not how "
                  "sure the conflict is"}
CACHED_ROWS = 500
LISTED = 12  # articles named per side in a row's tooltip
FindingRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
Rows = npt.NDArray[np.int64]


def _one_line(text: str, width: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def articles_text(table: FindingTable, index: int) -> str:
    """"in 37 of 500" for a passage group; "3 vs 2" (a conflict) or "3 and 2" for a link."""
    coverage = table.coverage(index)
    if coverage.group:
        return f"in {coverage.side_a} of {coverage.total}"
    joined = "vs" if table.kind_codes[index] == 0 else "and"
    return f"{coverage.side_a} {joined} {coverage.side_b}"


def sides_text(table: FindingTable, index: int, names: DisplayNames, limit: int = LISTED) -> str:
    """The articles a finding spans, by title: a group's; a link's on each side."""
    side_a, side_b = table.side_documents(index)
    if table.is_group[index]:
        return f"In {len(side_a)} articles: {names.listing(side_a, limit)}"
    if len(side_a) <= 1 and len(side_b) <= 1:
        return ""
    return (f"Side A ({len(side_a)} article{'s' * (len(side_a) != 1)}): {names.listing(side_a, limit)}\n"
            f"Side B ({len(side_b)} article{'s' * (len(side_b) != 1)}): {names.listing(side_b, limit)}")


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
        self._cells: dict[int, tuple[str, ...]] = {}  # display texts of rows painted lately

    # ----- data ---------------------------------------------------------------------------
    def set_findings(self, table: FindingTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self._cells = {}
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
        self._cells = {}
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
            keep &= table.involving(self._article)
        if self._text:
            keep &= self._matching(table, self._text)
        if not self._show_dismissed and len(self._dismissed) == len(table):
            keep &= ~self._dismissed
        rows = np.flatnonzero(keep)
        return self._sorted(table, rows)

    def _matching(self, table: FindingTable, text: str) -> npt.NDArray[np.bool_]:
        """Findings whose words match, or that involve an article whose title does."""
        hit = table.matching(text)
        needle = text.casefold()
        for doc_id in self._names.ids():
            if needle in self._names.label(doc_id).casefold():
                hit |= table.involving(doc_id)
        return hit

    def _sorted(self, table: FindingTable, rows: Rows) -> Rows:
        if self._sort is None:
            return rows
        column, order = self._sort
        keys = {0: table.kind_codes, 1: table.article_counts, 3: table.doc_a_index, 5: table.doc_b_index,
                7: table.scores}[column]
        ranked = rows[np.argsort(keys[rows], kind="stable")]
        return ranked[::-1] if order == Qt.SortOrder.DescendingOrder else ranked

    # ----- Qt model -----------------------------------------------------------------------
    def row_total(self) -> int:
        return len(self._visible)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            tip = HEADER_TIPS.get(section, "")
            return (f"{tip}. Click to sort" if tip else "Click to sort") if section in SORTABLE else None
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
        if role == Qt.ItemDataRole.DisplayRole:
            key = finding_index * 2 + dismissed
            if key not in self._cells:
                if len(self._cells) > CACHED_ROWS:
                    self._cells.clear()
                self._cells[key] = self._display(self.finding(index.row()), finding_index, dismissed)
            return self._cells[key][column]
        finding = self.finding(index.row())
        if role == FindingRole:
            return finding
        names = self._names
        if column in (3, 5):
            return names.tooltip(finding.a.doc if column == 3 else finding.b.doc)
        sides = sides_text(self._table, finding_index, names)
        return (f"{self._explain(finding_index)}" + (f"\n\n{sides}" if sides else "")
                + f"\n\n{names.short(finding.a.doc)}: {finding.a.quote}"
                f"\n\n{names.short(finding.b.doc)}: {finding.b.quote}")

    def _explain(self, finding_index: int) -> str:
        assert self._table is not None
        return self._table.describe(finding_index, self._names.short)

    def _display(self, finding: Finding, finding_index: int, dismissed: bool) -> tuple[str, ...]:
        """The row's cells: built once per painted row, not once per cell."""
        assert self._table is not None
        coverage = self._table.coverage(finding_index)
        # Articles beyond the two named: a group's other members; a link's others on each side.
        extra_a, extra_b = ((0, coverage.side_a - 2) if coverage.group
                            else (coverage.side_a - 1, coverage.side_b - 1))
        return (
            finding.kind + (" ⏱" if finding.time_gap else "") + (" (dismissed)" if dismissed else ""),
            articles_text(self._table, finding_index),
            finding.topic,
            self._names.label(finding.a.doc) + (f" + {extra_a} more" if extra_a > 0 else ""),
            _one_line(finding.a.quote),
            self._names.label(finding.b.doc) + (f" + {extra_b} more" if extra_b > 0 else ""),
            _one_line(finding.b.quote),
            f"{finding.score:.2f}",
            self._explain(finding_index),
        )
