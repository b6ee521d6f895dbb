"""The dialog that corrects an article's title, outlet and date."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ..core.ingest.dates import date_problem
from ..core.model import Document


@dataclass(frozen=True)
class ArticleDetails:
    """What the user may correct about an article; an empty date or outlet means unknown."""

    title: str
    site: str
    date: str


class DetailsDialog(QDialog):
    """Title, outlet and date of one article; OK only when the date can be stored."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article-details")
        self.setWindowTitle("Article details")
        self.title = QLineEdit(document.title)
        self.site = QLineEdit(document.site or "")
        self.site.setPlaceholderText("the outlet that published it")
        self.date = QLineEdit(document.date or "")
        self.date.setPlaceholderText("YYYY-MM-DD")
        self.problem = QLabel()
        self.problem.setObjectName("date-problem")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Title", self.title)
        form.addRow("Outlet", self.site)
        form.addRow("Date", self.date)
        form.addRow("", self.problem)
        form.addRow(self.buttons)
        form.addRow(QLabel(f"<small>id {document.id}</small>"))
        self.title.textChanged.connect(self._check)
        self.date.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        problem = date_problem(self.date.text()) or ("" if self.title.text().strip() else "a title is needed")
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def details(self) -> ArticleDetails:
        return ArticleDetails(" ".join(self.title.text().split()), self.site.text().strip(),
                              self.date.text().strip())
