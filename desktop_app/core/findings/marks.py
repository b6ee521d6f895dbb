"""What to emphasise inside a finding's two passages, read from its typed fields."""

from __future__ import annotations

from ..model import Finding, Span
from ..text.word_diff import differing_words


def finding_marks(finding: Finding) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """Spans of document A's and document B's text to mark for this finding.

    The rule that fired says what matters (the two figures, the two opposed words, the
    negation); a finding whose rule marks nothing in particular, such as an agreement,
    is marked like a diff tool's inline highlights: the words that differ.
    """
    if finding.marks_a or finding.marks_b:
        return finding.marks_a, finding.marks_b
    spans_a, spans_b = differing_words(finding.a.quote, finding.b.quote)
    return (tuple((finding.a.start + s, finding.a.start + e) for s, e in spans_a),
            tuple((finding.b.start + s, finding.b.start + e) for s, e in spans_b))
