"""What the panes and the strips between them draw, decided over whole arrays of findings.

No widgets here: the rules (which findings show, which bands join which panes) are
plain functions of the finding table, tested without a window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..core.findings.table import FindingTable

Mask = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class Link:
    """A finding joining a passage of the left pane to one of the right pane."""

    left_start: int
    left_end: int
    right_start: int
    right_end: int
    kind: str
    finding: int


@dataclass(frozen=True)
class FarLink:
    """A finding joining a passage on one side of a strip to a pane beyond the other side.

    `side` is where the passage is ("left" or "right" of the strip); the band points away
    from it, towards `target`, the article the counterpart is in.
    """

    side: str
    start: int
    end: int
    kind: str
    finding: int
    target: str


def paintable(findings: FindingTable, shown: Sequence[str], dismissed: Mask,
              show_dismissed: bool) -> Mask:
    """Findings to paint: both articles laid out (a highlight whose counterpart cannot be
    seen would only mislead), and not dismissed unless dismissed findings are shown."""
    positions = [p for p in (findings.position(doc_id) for doc_id in shown) if p >= 0]
    both = np.isin(findings.doc_a_index, positions) & np.isin(findings.doc_b_index, positions)
    if show_dismissed or len(dismissed) != len(findings):
        return both
    return both & ~dismissed


def neighbour_links(findings: FindingTable, left: str, right: str, mask: Mask) -> list[Link]:
    """Bands between two neighbouring panes."""
    links = []
    for index in findings.between(left, right).tolist():
        if not mask[index]:
            continue
        doc_a, start_a, end_a, _doc_b, start_b, end_b, kind = findings.spans_at(index)
        if doc_a == left:
            links.append(Link(start_a, end_a, start_b, end_b, kind, index))
        else:
            links.append(Link(start_b, end_b, start_a, end_a, kind, index))
    return links


def far_links(findings: FindingTable, shown: Sequence[str], strip: int, mask: Mask,
              current: int) -> list[FarLink]:
    """Conflicts (and the selected finding) whose two panes are not neighbours, seen from
    the strip after pane `strip`: passages of the pane on its left whose counterpart lies
    further right, and passages of the pane on its right whose counterpart lies further left."""
    position = {doc_id: findings.position(doc_id) for doc_id in shown}
    left, right = shown[strip], shown[strip + 1]
    wanted = mask & ((findings.kind_codes == 0) | (np.arange(len(findings)) == current))
    links: list[FarLink] = []
    for side, own, beyond in (("left", left, shown[strip + 2:]), ("right", right, shown[:strip])):
        if not beyond:
            continue
        mine = position[own]
        others = [position[d] for d in beyond]
        partner = np.where(findings.doc_a_index == mine, findings.doc_b_index, findings.doc_a_index)
        involved = (findings.doc_a_index == mine) | (findings.doc_b_index == mine)
        for index in np.flatnonzero(wanted & involved & np.isin(partner, others)).tolist():
            doc_a, start_a, end_a, doc_b, start_b, end_b, kind = findings.spans_at(index)
            start, end, target = (start_a, end_a, doc_b) if doc_a == own else (start_b, end_b, doc_a)
            links.append(FarLink(side, start, end, kind, index, target))
    return links
