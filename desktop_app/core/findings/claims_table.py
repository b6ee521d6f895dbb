"""The claims table: who says what about each subject, across all articles.

A cell is marked conflicting only when the findings report a conflict on its figure: the
table shows what the rules decided (with their story and alignment gates), and a conflict the
user dismissed stops marking it. Values that merely differ are shown side by side, unmarked.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass
from typing import Literal

from ..model import Claim, Document
from .disowned import Voice, voice_of
from .figures import claim_relation, frame_label, is_specific
from .table import FindingTable
from .values import format_value

CellState = Literal["agree", "conflict", "dismissed", "alone"]
ClaimKey = tuple[int, int]  # (document index, claim start)


@dataclass(frozen=True)
class ClaimCell:
    """What one article says about one topic, and the reported conflicts on that figure."""

    doc: str
    claim: Claim
    display: str
    agrees: bool  # its value agrees with another article's in the row
    conflicts: tuple[int, ...] = ()  # display indices (FindingTable) of the conflicts on it
    voice: Voice = "states"  # a figure the article disowns is not its value: shown as such

    def state(self, dismissed: Container[int] = frozenset()) -> CellState:
        """"conflict" while one of its conflicts stands; "dismissed" once the user dismissed
        them all; otherwise "agree" or "alone"."""
        if any(index not in dismissed for index in self.conflicts):
            return "conflict"
        if self.conflicts:
            return "dismissed"
        return "agree" if self.agrees else "alone"


@dataclass(frozen=True)
class TopicRow:
    """One subject the articles give figures for, with each article's value."""

    topic: str
    cells: tuple[ClaimCell | None, ...]  # one per document, None where it is silent

    @property
    def stated(self) -> int:
        return sum(cell is not None for cell in self.cells)

    @property
    def has_conflict(self) -> bool:
        """A conflict was reported on one of its figures (dismissed or not)."""
        return any(cell is not None and cell.conflicts for cell in self.cells)


DURATIONS = frozenset({"years", "months", "weeks", "days", "hours", "minutes"})


def _row_claims(topic: str, claims: dict[int, Claim], documents: Sequence[Document],
                compared: dict[str, frozenset[str]] | None) -> dict[int, Claim]:
    """The claims a row shows: named subjects always; generic figures ("USD figure", "number
    of units") only from articles the engine compared on them (`compared`, from its figure
    findings), since across unrelated stories a price is not the same price; never durations."""
    sample = next(iter(claims.values()))
    if sample.unit in DURATIONS:
        return {}
    if all(is_specific(c) for c in claims.values()):
        return claims
    if compared is not None:
        allowed = compared.get(topic, frozenset())
        claims = {i: c for i, c in claims.items() if documents[i].id in allowed}
    return claims if len(claims) >= 2 else {}


def _display(claim: Claim, voice: Voice) -> str:
    return format_value(claim) if voice == "states" else f"{format_value(claim)} ({voice})"


def figure_conflicts(documents: Sequence[Document],
                     findings: FindingTable) -> dict[ClaimKey, tuple[int, ...]]:
    """For each figure a reported conflict compares: the display indices of those conflicts.
    A figure belongs to a conflict when it lies in one of its passages and has its topic."""
    position = {doc.id: index for index, doc in enumerate(documents)}
    found: dict[ClaimKey, list[int]] = {}
    for index in range(findings.conflict_count()):  # conflicts come first in display order
        finding = findings[index]
        if finding.reason != "claims":
            continue
        side_a, side_b = findings.members(index)
        for passage in side_a + side_b:
            doc = position[passage.doc]
            for claim in documents[doc].claims:
                if (passage.start <= claim.start < passage.end
                        and frame_label(claim) == finding.topic):
                    found.setdefault((doc, claim.start), []).append(index)
    return {key: tuple(dict.fromkeys(indices)) for key, indices in found.items()}


def claims_table(documents: Sequence[Document],
                 findings: FindingTable | None = None) -> tuple[TopicRow, ...]:
    """One row per subject with figures; rows with reported conflicts first, then shared, then
    the rest. Without `findings` no cell is conflicting and generic figures are all shown."""
    conflicts = figure_conflicts(documents, findings) if findings is not None else {}
    compared = findings.figure_topics() if findings is not None else None
    by_topic: dict[str, dict[int, Claim]] = {}
    voices: dict[ClaimKey, Voice] = {}
    for index, doc in enumerate(documents):
        for claim in doc.claims:
            voices[(index, claim.start)] = voice = voice_of(doc, claim)
            # rows are frames, as the figure findings name them: "31 injured" and "five others"
            # wounded in one event are one row, whatever word counted them; an article's
            # figure in a reported conflict is the one its cell shows, and one it states comes
            # before one it disowns
            row = by_topic.setdefault(frame_label(claim), {})
            shown = row.get(index)
            if shown is None or ((index, claim.start) in conflicts, voice == "states") > (
                    (index, shown.start) in conflicts, voices[(index, shown.start)] == "states"):
                row[index] = claim
    rows = []
    for topic, claims in by_topic.items():
        claims = _row_claims(topic, claims, documents, compared)
        if not claims:
            continue
        cells: list[ClaimCell | None] = []
        for index, doc in enumerate(documents):
            stated = claims.get(index)
            if stated is None:
                cells.append(None)
                continue
            voice = voices[(index, stated.start)]
            agrees = voice == "states" and any(
                claim_relation(stated, other) == "agree" and voices[(i, other.start)] == "states"
                for i, other in claims.items() if i != index)
            cells.append(ClaimCell(doc.id, stated, _display(stated, voice), agrees,
                                   conflicts.get((index, stated.start), ()), voice))
        rows.append(TopicRow(topic, tuple(cells)))
    return tuple(sorted(rows, key=lambda row: (not row.has_conflict, -row.stated, row.topic)))
