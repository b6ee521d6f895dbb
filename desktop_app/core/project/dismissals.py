"""Dismissed findings that follow their passages when an article is edited.

A finding's id holds character offsets (reason:docA:start-end:docB:start-end), so an
edit above a dismissed finding would give it a new id and bring it back. A dismissal
therefore keeps both passages as anchors; on reload they are re-attached like a flag's
and the id is rewritten from the new spans.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from ..findings.table import finding_id
from ..model import Passage
from .anchoring import Anchor, make_anchor, reanchor

_FINDING_ID = re.compile(r"^(?P<reason>[a-z]+):(?P<a>.+?):(?P<sa>\d+)-(?P<ea>\d+):"
                         r"(?P<b>.+):(?P<sb>\d+)-(?P<eb>\d+)$")


@dataclass(frozen=True)
class Dismissal:
    """A finding the user set aside, with its two passages when they are known."""

    finding: str
    at: str
    anchors: tuple[Anchor, ...] = ()

    @property
    def orphaned(self) -> bool:
        return any(a.state == "orphaned" for a in self.anchors)


def anchors_of_finding(finding: str, texts: Mapping[str, str]) -> tuple[Anchor, ...]:
    """The two passages a finding id names, anchored on the given texts; () if it names none."""
    match = _FINDING_ID.match(finding)
    if match is None:
        return ()
    anchors = []
    for doc, start, end in (("a", "sa", "ea"), ("b", "sb", "eb")):
        doc_id, low, high = match.group(doc), int(match.group(start)), int(match.group(end))
        if doc_id not in texts or not 0 <= low < high <= len(texts[doc_id]):
            return ()
        anchors.append(make_anchor(doc_id, texts[doc_id], low, high))
    return tuple(anchors)


def reason_of(finding: str) -> str:
    return finding.split(":", 1)[0]


def reanchor_dismissal(dismissal: Dismissal, texts: Mapping[str, str]) -> Dismissal:
    """Re-attach both passages to the new texts; the id follows unless a passage is lost."""
    if len(dismissal.anchors) != 2 or not any(a.doc in texts for a in dismissal.anchors):
        return dismissal
    # A dismissal follows the sentences; the words they once had are a flag's concern only.
    anchors = tuple(replace(reanchor(a, texts[a.doc]), flagged="") if a.doc in texts else a
                    for a in dismissal.anchors)
    if any(a.state == "orphaned" for a in anchors):
        return replace(dismissal, anchors=anchors)
    a, b = (Passage(x.doc, x.start, x.end, x.exact) for x in anchors)
    return replace(dismissal, finding=finding_id(reason_of(dismissal.finding), a, b), anchors=anchors)
