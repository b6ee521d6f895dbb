"""What a pane shows under the mouse: the finding there with its counterpart, or the figure read."""

from __future__ import annotations

import html

import numpy as np

from .comparison import ComparisonModel
from .findings_model import sides_text


def hover_text(model: ComparisonModel, visible: np.ndarray, doc_id: str, offset: int) -> str | None:
    """Rich text for the first shown finding at `offset` of an article (its kind, explanation,
    the articles on each side and the counterpart quote), else the figure read there, else None.
    `visible`: which findings the panes show (hidden and filtered ones are not explained)."""
    view, names = model.view, model.names
    marks = view.marks.get(doc_id) if view else None
    if view is None or marks is None:
        return None
    hits = [i for i in marks.findings_at(offset) if i < len(visible) and visible[i]]
    if not hits:
        doc = model.document(doc_id)
        claim = next((c for c in doc.claims if c.start <= offset < c.end), None) if doc else None
        return f"{claim.topic}: {claim.quote}" if claim else None
    findings = view.analysis.findings
    index = hits[0]
    finding = findings[index]
    if findings.is_group[index]:
        other = finding.b if finding.a.doc == doc_id else finding.a
    else:
        other = finding.b if doc_id in findings.side_documents(index)[0] else finding.a
    dismissed = " (dismissed)" if model.is_dismissed(index) else ""
    sides = html.escape(sides_text(findings, index, names, limit=6)).replace("\n", "<br>")
    return (f"<b>{finding.kind.upper()}</b>{dismissed}: {html.escape(model.explain(index))}"
            + (f"<br><br>{sides}" if sides else "")
            + f"<br><br><i>{html.escape(names.label(other.doc))}</i>: “{html.escape(other.quote)}”")
