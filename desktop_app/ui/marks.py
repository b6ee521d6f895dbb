"""What each pane paints: passages of findings, claims, excluded regions, per document."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..core.findings.table import FindingTable
from ..core.model import Document


@dataclass(frozen=True)
class Mark:
    """A span of one document to paint; `finding` indexes the analysis's findings or is -1."""

    start: int
    end: int
    kind: str  # "agree" | "conflict" | "claim" | "excluded"
    finding: int = -1


@dataclass(frozen=True)
class DocumentMarks:
    """A document's marks sorted by start, with a lookup by offset."""

    marks: tuple[Mark, ...]

    def findings_at(self, offset: int) -> list[int]:
        """Findings whose passage covers `offset`, conflicts first."""
        hits = [m for m in self.marks[: bisect_right([m.start for m in self.marks], offset)]
                if m.finding >= 0 and m.start <= offset < m.end]
        hits.sort(key=lambda m: (m.kind != "conflict", m.end - m.start))
        return [m.finding for m in hits]


def build_marks(documents: Sequence[Document], findings: FindingTable) -> dict[str, DocumentMarks]:
    """Every document's marks, from the engine's findings, claims and excluded regions."""
    collected: dict[str, list[Mark]] = defaultdict(list)
    for doc in documents:
        collected[doc.id].extend(Mark(s, e, "excluded") for s, e in doc.excluded)
        collected[doc.id].extend(Mark(c.start, c.end, "claim") for c in doc.claims)
        collected[doc.id].extend(Mark(s, e, kind, index) for s, e, kind, index in findings.spans_of(doc.id))
    return {
        doc.id: DocumentMarks(tuple(sorted(collected[doc.id], key=lambda m: (m.start, m.end))))
        for doc in documents
    }
