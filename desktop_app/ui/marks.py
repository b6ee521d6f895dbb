"""What each pane paints: passages of findings, claims, excluded regions, per document.

Kept as numpy columns, not one object per mark: at 200 articles the marks number in the
hundreds of thousands, and as Python objects the garbage collector would walk all of them
on the UI thread after each analysis (a stall of a tenth of a second).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..core.findings.table import FindingTable
from ..core.model import Document

KINDS = ("excluded", "claim", "agree", "conflict")
KIND_CODE = {kind: code for code, kind in enumerate(KINDS)}
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, eq=False)
class DocumentMarks:
    """A document's marks sorted by start: spans, kinds, and the finding each belongs to
    (an index into the analysis's findings, -1 for a claim or an excluded region)."""

    starts: IntArray
    ends: IntArray
    kinds: npt.NDArray[np.int8]
    findings: IntArray

    @classmethod
    def from_spans(cls, spans: Sequence[tuple[int, int, str, int]]) -> DocumentMarks:
        ordered = sorted(spans, key=lambda span: (span[0], span[1]))
        return cls(np.array([s[0] for s in ordered], dtype=np.int64),
                   np.array([s[1] for s in ordered], dtype=np.int64),
                   np.array([KIND_CODE[s[2]] for s in ordered], dtype=np.int8),
                   np.array([s[3] for s in ordered], dtype=np.int64))

    def __len__(self) -> int:
        return len(self.starts)

    def spans(self) -> Iterator[tuple[int, int, str, int]]:
        """(start, end, kind, finding) of every mark, in order."""
        for start, end, kind, finding in zip(self.starts.tolist(), self.ends.tolist(), self.kinds.tolist(),
                                             self.findings.tolist(), strict=True):
            yield start, end, KINDS[kind], finding

    def spans_of(self, finding: int) -> list[tuple[int, int]]:
        hits = np.flatnonzero(self.findings == finding)
        return list(zip(self.starts[hits].tolist(), self.ends[hits].tolist(), strict=True))

    def findings_at(self, offset: int) -> list[int]:
        """Findings whose passage covers `offset`, conflicts first, then the shortest."""
        upto = int(np.searchsorted(self.starts, offset, side="right"))
        starts, ends, findings = self.starts[:upto], self.ends[:upto], self.findings[:upto]
        hits = np.flatnonzero((findings >= 0) & (starts <= offset) & (offset < ends))
        conflict = KIND_CODE["conflict"]
        order = sorted(hits.tolist(),
                       key=lambda i: (int(self.kinds[i]) != conflict, int(ends[i] - starts[i])))
        return [int(findings[i]) for i in order]


def build_marks(documents: Sequence[Document], findings: FindingTable) -> dict[str, DocumentMarks]:
    """Every document's marks, from the engine's findings, claims and excluded regions."""
    marks = {}
    for doc in documents:
        spans = [(s, e, "excluded", -1) for s, e in doc.excluded]
        spans += [(c.start, c.end, "claim", -1) for c in doc.claims]
        spans += findings.spans_of(doc.id)
        marks[doc.id] = DocumentMarks.from_spans(spans)
    return marks
