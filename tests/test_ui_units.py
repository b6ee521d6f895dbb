"""UI helpers that need no window: offset mapping and marks lookup."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.pipeline.analysis import Analysis
from desktop_app.ui.marks import build_marks
from desktop_app.ui.offsets import OffsetMap


@given(st.text())
def test_offset_map_round_trips(text: str) -> None:
    offsets = OffsetMap(text)
    utf16 = text.encode("utf-16-le")
    for index in range(len(text) + 1):
        qt = offsets.to_qt(index)
        assert qt == len(text[:index].encode("utf-16-le")) // 2
        assert offsets.from_qt(qt) == index
    assert offsets.to_qt(len(text)) == len(utf16) // 2


def test_marks_find_findings_at_offsets(seed_analysis: Analysis) -> None:
    marks = build_marks(seed_analysis.documents, seed_analysis.findings)
    for index, finding in enumerate(seed_analysis.findings):
        middle = (finding.a.start + finding.a.end) // 2
        assert index in marks[finding.a.doc].findings_at(middle)
    conflict = next(i for i, f in enumerate(seed_analysis.findings) if f.kind == "conflict")
    doc = seed_analysis.findings[conflict].a
    assert marks[doc.doc].findings_at(doc.start)[0] == conflict or \
        seed_analysis.findings[marks[doc.doc].findings_at(doc.start)[0]].kind == "conflict"
