"""The claims table: who says what about each subject, across all articles."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from ..model import Claim, Document
from .figures import claim_relation, format_value, frame_label, is_specific

CellState = Literal["agree", "conflict", "alone"]


@dataclass(frozen=True)
class ClaimCell:
    """What one article says about one topic."""

    doc: str
    claim: Claim
    display: str
    state: CellState


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
        return any(cell is not None and cell.state == "conflict" for cell in self.cells)


def _cell_state(claim: Claim, others: Sequence[Claim]) -> CellState:
    relations = {claim_relation(claim, other) for other in others}
    if "conflict" in relations:
        return "conflict"
    if "agree" in relations:
        return "agree"
    return "alone"


DURATIONS = frozenset({"years", "months", "weeks", "days", "hours", "minutes"})


def _row_claims(topic: str, claims: dict[int, Claim], documents: Sequence[Document],
                compared: Mapping[str, frozenset[str]] | None) -> dict[int, Claim]:
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


def claims_table(documents: Sequence[Document],
                 compared: Mapping[str, frozenset[str]] | None = None) -> tuple[TopicRow, ...]:
    """One row per subject with figures; conflicting topics first, then shared, then the rest."""
    by_topic: dict[str, dict[int, Claim]] = {}
    for index, doc in enumerate(documents):
        for claim in doc.claims:
            # rows are frames, as the figure findings name them: "31 injured" and "five others"
            # wounded in one event are one row, whatever word counted them
            by_topic.setdefault(frame_label(claim), {}).setdefault(index, claim)
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
            others = [c for i, c in claims.items() if i != index]
            cells.append(ClaimCell(doc.id, stated, format_value(stated), _cell_state(stated, others)))
        rows.append(TopicRow(topic, tuple(cells)))
    return tuple(sorted(rows, key=lambda row: (not row.has_conflict, -row.stated, row.topic)))
