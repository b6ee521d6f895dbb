"""The comparison the window shows: one model that every pane, table and action subscribes to."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..core.findings.table import FindingTable
from ..core.formats.display_names import DisplayNames
from ..core.model import Document, Finding, Passage
from ..core.pipeline.analysis import DEFAULT_THRESHOLD, Analysis
from .jobs import View
from .project_session import ProjectSession

MAX_DEFAULT_PANES = 8  # more articles stay listed (Articles panel) but are not laid out at first
THRESHOLD_RANGE = (0.20, 0.90)
Mask = npt.NDArray[np.bool_]


class ComparisonModel(QObject):
    """Documents, their analysis, the selected finding, the project and the threshold.

    Change flows one way: actions call the setters; the model emits; views repaint.
    Signals:
      documentsChanged()  the articles or their metadata changed (an analysis follows)
      analysisChanged()   a new analysis (or reclassification) is in `view`
      currentChanged(int) the selected finding (index into the analysis's findings, -1 none)
      thresholdChanged(float)
      shownChanged()      which articles are laid out, in what order (two-article mode too)
      hiddenChanged()     dismissals changed, or whether dismissed findings are shown
      flagsChanged()      the user's flags changed
      memberChanged(int, int) the passage of the selected finding stepped to (its position
                          among the finding's passages, -1 none) and how many it has
      revealRequested(object)  passages (a tuple of Passage) to scroll into view and flash
      unsavedChanged(bool) edits exist that no project file holds yet
    """

    documentsChanged = Signal()
    analysisChanged = Signal()
    currentChanged = Signal(int)
    thresholdChanged = Signal(float)
    shownChanged = Signal()
    hiddenChanged = Signal()
    flagsChanged = Signal()
    memberChanged = Signal(int, int)
    revealRequested = Signal(object)
    unsavedChanged = Signal(bool)

    def __init__(self, autosave_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.unsaved = False
        self.project = ProjectSession(autosave_dir, self.undo_stack, self)
        self.project.changed.connect(self._project_changed)
        self.project.projectChanged.connect(self._check_unsaved)
        self.undo_stack.indexChanged.connect(self._check_unsaved)
        self.documents: tuple[Document, ...] = ()
        self.names = DisplayNames(())
        self.view: View | None = None
        self.current = -1
        self.member = -1
        self._members: tuple[Passage, ...] | None = None
        self._pair_shown: tuple[Passage, Passage] | None = None
        self._visitors: list[str] = []  # articles laid out by the window to show a passage
        self.threshold = DEFAULT_THRESHOLD
        self.show_dismissed = False
        self.dismissed: Mask = np.zeros(0, dtype=bool)
        self.chosen: list[str] = []
        self.two_article = False
        self.pair: tuple[str, str] = ("", "")

    # ----- documents ----------------------------------------------------------------------
    def set_documents(self, documents: Sequence[Document]) -> None:
        """Replace every article (a project opened or reloaded)."""
        self._store_documents(tuple(documents))

    def add_documents(self, documents: Sequence[Document]) -> None:
        known = {doc.id for doc in self.documents}
        self._store_documents(self.documents + tuple(d for d in documents if d.id not in known))

    def remove_documents(self, ids: Iterable[str]) -> None:
        gone = set(ids)
        self._store_documents(tuple(d for d in self.documents if d.id not in gone))

    def replace_document(self, document: Document) -> None:
        self._store_documents(tuple(document if d.id == document.id else d for d in self.documents))

    def document(self, doc_id: str) -> Document | None:
        """The article as analysed (with sentences and claims) if it was, else as loaded."""
        analysed = self.analysis.documents if self.analysis is not None else ()
        return next((d for d in analysed if d.id == doc_id),
                    next((d for d in self.documents if d.id == doc_id), None))

    def _store_documents(self, documents: tuple[Document, ...]) -> None:
        self.documents = documents
        self.names = DisplayNames(documents)
        ids = [doc.id for doc in documents]
        kept = [doc_id for doc_id in self.chosen if doc_id in ids]
        fresh = [doc_id for doc_id in ids if doc_id not in self.chosen]
        self.chosen = kept + fresh[: max(MAX_DEFAULT_PANES - len(kept), 0)]
        if self.pair[0] not in ids or self.pair[1] not in ids:
            self.pair = (ids[0], ids[1]) if len(ids) > 1 else ("", "")
        self.project.set_documents(documents)
        self.documentsChanged.emit()
        self.shownChanged.emit()

    # ----- the analysis -------------------------------------------------------------------
    @property
    def analysis(self) -> Analysis | None:
        return self.view.analysis if self.view is not None else None

    @property
    def findings(self) -> FindingTable | None:
        return self.view.analysis.findings if self.view is not None else None

    def set_view(self, view: View) -> None:
        """Show a new analysis; the selected finding stays selected if it still exists."""
        previous = self.current_finding()
        self.view = view
        found = view.analysis.findings.index_of(previous.id) if previous is not None else None
        self.current = found if found is not None else -1
        self._forget_member()
        self.dismissed = self._dismissed_mask()
        self.analysisChanged.emit()
        self.currentChanged.emit(self.current)
        self.memberChanged.emit(-1, len(self.members()))

    def current_finding(self) -> Finding | None:
        findings = self.findings
        if findings is None or not 0 <= self.current < len(findings):
            return None
        return findings[self.current]

    def explain(self, index: int) -> str:
        """A finding's explanation naming articles by their short titles (never by file id)."""
        findings = self.findings
        if findings is None or not 0 <= index < len(findings):
            return ""
        return findings.describe(index, self.names.short)

    def select(self, index: int, reveal: bool = True, at: Passage | None = None) -> None:
        """Select a finding: its articles are laid out, and (reveal) its passages shown.

        `at` is a passage of it the user clicked: that one stays where it is and what it is
        compared with is shown, in a pane already laid out when one holds it."""
        findings = self.findings
        if findings is None or not 0 <= index < len(findings):
            return
        finding = findings[index]
        if at is None:
            self.ensure_shown([finding.a.doc, finding.b.doc])
        if index != self.current:
            self.current = index
            self._forget_member()
            self.currentChanged.emit(index)
            self.memberChanged.emit(-1, len(self.members()))
        if at is not None:
            self._show_from(at)
        elif reveal:
            self.revealRequested.emit((finding.a, finding.b))

    def _show_from(self, passage: Passage) -> None:
        """The user clicked a passage of the selected finding: step to it, and show its
        counterpart: one in an article on screen if any, else the representative one."""
        members = self.members()
        shown = self.shown_ids()
        partner = next((p for p in self._partners(passage) if p.doc in shown and p.doc != passage.doc),
                       self.counterpart(passage))
        self.member = members.index(passage) if passage in members else -1
        self._remember_pair(passage, partner)
        if partner is not None:
            self.ensure_shown([partner.doc], keep=[passage.doc])
        self.memberChanged.emit(self.member, len(members))
        if partner is not None:
            self.revealRequested.emit((partner,))

    def _partners(self, passage: Passage) -> tuple[Passage, ...]:
        """The passages a passage of the selected finding is compared with: the rest of its
        group, or the other side of its link."""
        findings = self.findings
        if findings is None or not 0 <= self.current < len(findings):
            return ()
        side_a, side_b = findings.members(self.current)
        if findings.is_group[self.current]:
            return tuple(p for p in side_a if p != passage)
        return side_b if passage in side_a else side_a

    # ----- the passages of the selected finding -------------------------------------------
    def _forget_member(self) -> None:
        self.member, self._members, self._pair_shown = -1, None, None

    def pair_shown(self) -> tuple[Passage, Passage] | None:
        """The two particular passages of the selected finding on screen after stepping to
        one or clicking it, side a first: what confirming it flags."""
        return self._pair_shown

    def _remember_pair(self, passage: Passage, partner: Passage | None) -> None:
        findings = self.findings
        if partner is None or findings is None or partner == passage:
            self._pair_shown = None
            return
        side_a, _side_b = findings.members(self.current)
        first = passage in side_a and not findings.is_group[self.current]
        self._pair_shown = (passage, partner) if first else (partner, passage)

    def members(self) -> tuple[Passage, ...]:
        """Every passage of the selected finding: a group's members, or a link's side a then
        side b, each in article order."""
        findings = self.findings
        if findings is None or not 0 <= self.current < len(findings):
            return ()
        if self._members is None:
            side_a, side_b = findings.members(self.current)
            self._members = side_a + side_b
        return self._members

    def counterpart(self, passage: Passage) -> Passage | None:
        """What a passage of the selected finding is compared with: for a group, its first
        passage (the second, for the first); for a link, the other side's representative."""
        finding, findings = self.current_finding(), self.findings
        if finding is None or findings is None:
            return None
        if findings.is_group[self.current]:
            return finding.b if passage == finding.a else finding.a
        side_a, _side_b = findings.members(self.current)
        return finding.b if passage in side_a else finding.a

    def step_member(self, delta: int) -> Passage | None:
        """Show the next (delta 1) or previous (-1) passage of the selected finding next to its
        counterpart, laying out its article if it is not shown."""
        members = self.members()
        if not members:
            return None
        self.member = (self.member + delta) % len(members) if self.member >= 0 else (
            0 if delta > 0 else len(members) - 1)
        passage = members[self.member]
        partner = self.counterpart(passage)
        self._remember_pair(passage, partner)
        self._visit(passage.doc, partner.doc if partner is not None else "")
        self.memberChanged.emit(self.member, len(members))
        # The counterpart first, the passage last: in one article, the passage is what shows.
        shown = (passage,) if partner is None or partner.doc == passage.doc else (partner, passage)
        self.revealRequested.emit(shown)
        return passage

    def _visit(self, doc_id: str, partner: str) -> None:
        """Lay out an article to show one passage: in two-article mode beside its counterpart;
        otherwise in a visiting pane, reused for the next passage."""
        if self.two_article:
            if partner and partner != doc_id:
                self.set_pair(partner, doc_id)
            elif doc_id not in self.pair:
                self.set_pair(self.pair[0], doc_id)
            return
        finding = self.current_finding()
        keep = [finding.a.doc, finding.b.doc] if finding is not None else []
        self.ensure_shown([doc_id], keep=[*keep, partner])

    def reveal(self, passages: Sequence[Passage]) -> None:
        """Scroll passages into view (a claim, a flag), laying out their articles first."""
        self.ensure_shown([p.doc for p in passages])
        self.revealRequested.emit(tuple(passages))

    def set_threshold(self, value: float) -> None:
        low, high = THRESHOLD_RANGE
        value = min(max(round(value, 2), low), high)
        if abs(value - self.threshold) > 1e-9:
            self.threshold = value
            self.thresholdChanged.emit(value)

    # ----- dismissed findings and flags ---------------------------------------------------
    def _dismissed_mask(self) -> Mask:
        findings = self.findings
        if findings is None:
            return np.zeros(0, dtype=bool)
        mask = np.zeros(len(findings), dtype=bool)
        found = (findings.index_of(i) for i in self.project.dismissed)
        mask[[i for i in found if i is not None]] = True
        return mask

    def _project_changed(self) -> None:
        dismissed = self._dismissed_mask()
        if not np.array_equal(dismissed, self.dismissed):
            self.dismissed = dismissed
            self.hiddenChanged.emit()
        self.flagsChanged.emit()

    def is_dismissed(self, index: int) -> bool:
        return 0 <= index < len(self.dismissed) and bool(self.dismissed[index])

    def set_show_dismissed(self, show: bool) -> None:
        if show != self.show_dismissed:
            self.show_dismissed = show
            self.hiddenChanged.emit()

    def counts(self) -> tuple[int, int, int]:
        """(conflicts, agreements, dismissed): the first two leave dismissed findings out."""
        findings = self.findings
        if findings is None:
            return 0, 0, 0
        kept = ~self.dismissed if len(self.dismissed) == len(findings) else np.ones(len(findings), bool)
        conflicts = int(((findings.kind_codes == 0) & kept).sum())
        return conflicts, int(kept.sum()) - conflicts, len(findings) - int(kept.sum())

    def _check_unsaved(self, *_args: object) -> None:
        """Edits are unsaved when no project holds them: with a project each is written at once
        (and the first flag makes one); without, the history since it was empty is in memory."""
        unsaved = not self.project.has_project and self.undo_stack.index() > 0
        if unsaved != self.unsaved:
            self.unsaved = unsaved
            self.unsavedChanged.emit(unsaved)

    # ----- which articles are laid out ----------------------------------------------------
    def shown_ids(self) -> list[str]:
        if self.two_article:
            return [doc_id for doc_id in self.pair if doc_id]
        return list(self.chosen)

    def set_chosen(self, ids: Sequence[str]) -> None:
        """The user's choice of articles to lay out (no pane is a visiting one any more)."""
        self._visitors = []
        self._choose(ids)

    def _choose(self, ids: Sequence[str]) -> None:
        known = {doc.id for doc in self.documents}
        chosen = [doc_id for doc_id in ids if doc_id in known]
        if chosen != self.chosen:
            self.chosen = chosen
            self.shownChanged.emit()

    def set_two_article(self, enabled: bool) -> None:
        if enabled != self.two_article:
            self.two_article = enabled
            self.shownChanged.emit()

    def set_pair(self, left: str, right: str) -> None:
        if (left, right) != self.pair:
            self.pair = (left, right)
            if self.two_article:
                self.shownChanged.emit()

    def show_pair(self, left: str, right: str) -> None:
        """Compare two articles side by side (two-article mode)."""
        self.set_pair(left, right)
        self.set_two_article(True)

    def ensure_shown(self, ids: Sequence[str], keep: Sequence[str] = ()) -> None:
        """Lay out these articles if they are not: the pair changes in two-article mode;
        otherwise each takes the place of a pane the window laid out earlier for another
        finding (not one the user chose, nor one in `ids` or `keep`), or is added at the end.
        Stepping through findings of 500 articles so lays out a few panes, not hundreds."""
        shown = self.shown_ids()
        if all(doc_id in shown for doc_id in ids):
            return
        if self.two_article:
            wanted = list(dict.fromkeys(ids))
            other = next((d for d in self.pair if d and d not in wanted), "")
            wanted = [*wanted, other][:2]
            self.set_pair(wanted[0], wanted[1] if len(wanted) > 1 else "")
            return
        chosen = list(self.chosen)
        needed = {*ids, *keep}
        reusable = [v for v in self._visitors if v in chosen and v not in needed]
        for doc_id in dict.fromkeys(ids):
            if doc_id in chosen:
                continue
            if reusable:
                old = reusable.pop(0)
                chosen[chosen.index(old)] = doc_id
                self._visitors.remove(old)
            else:
                chosen.append(doc_id)
            self._visitors.append(doc_id)
        self._choose(chosen)
