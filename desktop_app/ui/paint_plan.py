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
    """Findings to paint: joining two articles laid out (a group, two of its members; a link,
    a passage of each side), since a highlight whose counterpart cannot be seen would only
    mislead; not dismissed unless dismissed findings are shown."""
    joined = findings.joining(shown)
    if show_dismissed or len(dismissed) != len(findings):
        return joined
    return joined & ~dismissed


def neighbour_links(findings: FindingTable, left: str, right: str, mask: Mask) -> list[Link]:
    """Bands between two neighbouring panes: one per finding with a passage in each (a
    group's two members, or one passage of each side of a link)."""
    return [Link(ls, le, rs, re_, kind, index)
            for ls, le, rs, re_, kind, index in findings.links_between(left, right) if mask[index]]


def far_links(findings: FindingTable, shown: Sequence[str], strip: int, mask: Mask,
              current: int) -> list[FarLink]:
    """Conflicts (and the selected finding) joining panes that are not neighbours, seen from
    the strip after pane `strip`: passages of the pane on its left whose counterpart lies
    further right, and passages of the pane on its right whose counterpart lies further left.
    A finding already banded across this strip, or pointed to a nearer pane, gets no band."""
    left, right = shown[strip], shown[strip + 1]
    wanted = mask & (findings.kind_codes == 0)
    if 0 <= current < len(mask):
        wanted[current] = mask[current]
    across = {link[5] for link in findings.links_between(left, right)}
    links: list[FarLink] = []
    nearest_first = (("left", left, list(shown[strip + 2:])), ("right", right, list(shown[:strip])[::-1]))
    for side, own, beyond in nearest_first:
        done = set(across)
        for target in beyond:
            for start, end, _s, _e, kind, index in findings.links_between(own, target):
                if wanted[index] and index not in done:
                    done.add(index)
                    links.append(FarLink(side, start, end, kind, index, target))
    return links
