"""The two whole-set overviews: similarity matrix (heat map) and claims table (who says what)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTabWidget, QWidget

from ..core.findings.claims_table import TopicRow
from ..core.formats.display_names import DisplayNames
from ..core.model import Document, Passage
from .comparison import ComparisonModel
from .status import plural
from .style import current_scheme

Index = QModelIndex | QPersistentModelIndex
CellRole = Qt.ItemDataRole.UserRole + 2


def heat(value: float) -> QColor:
    """White (unrelated) to deep blue (near-identical), readable with dark text up to ~0.6."""
    value = max(0.0, min(1.0, value))
    return QColor.fromHsvF(0.6, min(1.0, value * 1.6), 1.0 - value * 0.35)


class MatrixModel(QAbstractTableModel):
    """Document-by-document similarity with the number of conflicts in each cell."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._similarity: npt.NDArray[np.float64] = np.zeros((0, 0))
        self._conflicts: npt.NDArray[np.int64] = np.zeros((0, 0), dtype=np.int64)
        self.names = DisplayNames(())

    def set_names(self, names: DisplayNames) -> None:
        self.names = names
        if self._ids:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._ids) - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._ids) - 1)

    def doc_ids(self) -> list[str]:
        return list(self._ids)

    def set_data(self, ids: Sequence[str], similarity: Any, conflicts: Any) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._similarity = np.asarray(similarity, dtype=np.float64)  # cells are read as painted
        self._conflicts = np.asarray(conflicts, dtype=np.int64)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.names.header(self._ids[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.names.tooltip(self._ids[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        value, conflicts = float(self._similarity[row, column]), int(self._conflicts[row, column])
        if role == Qt.ItemDataRole.DisplayRole:
            if row == column:
                return "—"
            return f"{value:.2f}" + (f"  ⚠{conflicts}" if conflicts else "")
        if role == Qt.ItemDataRole.BackgroundRole and row != column:
            return QBrush(heat(value))
        if role == Qt.ItemDataRole.ForegroundRole and row != column:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{self.names.label(self._ids[row])} vs {self.names.label(self._ids[column])}: "
                    f"similarity {value:.2f}, {plural(conflicts, 'conflict')}. "
                    "Click to compare side by side.")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


VOICE_VERBS = {"asks": "only asks about"}  # "the article denies / calls untrue / only asks about"


class ClaimsModel(QAbstractTableModel):
    """One row per subject with figures, one column per article."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[TopicRow, ...] = ()
        self._ids: list[str] = []
        self._dismissed: frozenset[int] = frozenset()
        self.names = DisplayNames(())

    def set_names(self, names: DisplayNames) -> None:
        self.names = names
        if self._ids:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._ids) - 1)

    def set_rows(self, documents: Sequence[Document], rows: Sequence[TopicRow]) -> None:
        self.beginResetModel()
        self._ids = [doc.id for doc in documents]
        self._rows = tuple(rows)
        self.endResetModel()

    def set_dismissed(self, dismissed: frozenset[int]) -> None:
        """The display indices of the dismissed findings: a cell whose conflicts the user
        dismissed all is no longer painted as conflicting."""
        if dismissed != self._dismissed:
            self._dismissed = dismissed
            if self._rows and self._ids:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._rows) - 1, len(self._ids) - 1))

    def topic_row(self, row: int) -> TopicRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.ToolTipRole and horizontal:
            return self.names.tooltip(self._ids[section])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.names.header(self._ids[section]) if horizontal else self._rows[section].topic

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._rows[index.row()].cells[index.column()]
        if role == CellRole:
            return cell
        if cell is None:
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.display
        state = cell.state(self._dismissed)
        if role == Qt.ItemDataRole.ToolTipRole:
            said = {"conflict": " (in conflict with another article)",
                    "dismissed": " (its conflict was dismissed)"}.get(state, "")
            if cell.voice != "states":
                verb = VOICE_VERBS.get(cell.voice, cell.voice)
                said += f" (the article {verb} this figure: not its own value)"
            return (f"{self.names.label(cell.doc)}: “{cell.claim.quote}”{said}"
                    " — click to show the passage")
        if role == Qt.ItemDataRole.BackgroundRole:
            scheme = current_scheme()
            colours = {"conflict": scheme.conflict, "agree": scheme.agree}
            return QBrush(colours[state]) if state in colours else None
        if role == Qt.ItemDataRole.FontRole and (state == "dismissed" or cell.voice != "states"):
            font = QFont()
            font.setStrikeOut(state == "dismissed")
            font.setItalic(cell.voice != "states")  # a figure the article denies, refutes or asks
            return font
        return None


class OverviewTable(QTableView):
    """A read-only grid that reports clicked cells. Signals: cellClicked(row, column)."""

    cellClicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Fixed sizes: resizing to contents would ask the model for every cell on each reset.
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(60)
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # a long title: "The Batt…"
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(38)
        self.setWordWrap(True)
        self.clicked.connect(lambda index: self.cellClicked.emit(index.row(), index.column()))
        self.activated.connect(lambda index: self.cellClicked.emit(index.row(), index.column()))


class OverviewPanel(QTabWidget):
    """Claims table and similarity matrix of the comparison, filled a turn after the findings
    table so a large analysis reaches the screen in steps. A matrix cell compares that pair
    side by side; a claim cell shows its passage."""

    def __init__(self, model: ComparisonModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.matrix_model, self.claims_model = MatrixModel(self), ClaimsModel(self)
        self.matrix_view, self.claims_view = OverviewTable(), OverviewTable()
        self.matrix_view.setModel(self.matrix_model)
        self.claims_view.setModel(self.claims_model)
        self.addTab(self.claims_view, "Claims: who says what")
        self.addTab(self.matrix_view, "Similarity matrix")
        self.matrix_view.cellClicked.connect(self.show_pair)
        self.claims_view.cellClicked.connect(self.show_claim)
        self._shown: tuple[int, frozenset[int]] | None = None  # the view and dismissals painted
        self._fill_timer = QTimer(self, singleShot=True, interval=0)
        self._fill_timer.timeout.connect(self._fill)
        model.analysisChanged.connect(self._fill_timer.start)
        model.documentsChanged.connect(self._rename)
        model.hiddenChanged.connect(self._show_dismissals)

    def _rename(self) -> None:
        self.matrix_model.set_names(self.model.names)
        self.claims_model.set_names(self.model.names)

    def _fill(self) -> None:
        view = self.model.view
        if view is None:
            return
        analysis = view.analysis
        self._rename()
        self.claims_model.set_rows(analysis.documents, view.claim_rows)
        self._shown = None
        self._show_dismissals()

    def _show_dismissals(self) -> None:
        """The matrix counts and the claim cells leave out the conflicts the user dismissed."""
        view = self.model.view
        if view is None:
            return
        findings = view.analysis.findings
        dismissed = self.model.dismissed
        if len(dismissed) != len(findings):
            dismissed = np.zeros(len(findings), dtype=bool)
        shown = (id(view), frozenset(np.flatnonzero(dismissed).tolist()))
        if shown == self._shown:  # "show dismissed" toggled: nothing here changes
            return
        self._shown = shown
        self.claims_model.set_dismissed(shown[1])
        ids = [doc.id for doc in view.analysis.documents]
        self.matrix_model.set_data(ids, view.analysis.similarity, findings.conflict_matrix(~dismissed))

    def show_pair(self, row: int, column: int) -> None:
        ids = self.matrix_model.doc_ids()
        if row != column and max(row, column) < len(ids):
            self.model.show_pair(ids[row], ids[column])

    def show_claim(self, row: int, column: int) -> None:
        cell = self.claims_model.index(row, column).data(CellRole)
        if cell is not None:
            claim = cell.claim
            self.model.reveal([Passage(cell.doc, claim.start, claim.end, claim.quote)])
