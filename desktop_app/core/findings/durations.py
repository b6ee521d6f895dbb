"""Durations in one unit: "two weeks" and "10 days", "48 hours" and "two days" say how long in
different words, and are compared only once both are hours.

claims.extract stores a duration in the unit it was written in (a reader's "10 days" is ten
days, as the claim samples read it); the figure rules compare claims of one unit, so the
conversion is made here, for comparison only. Months and years are left as written: their
length in hours depends on which month or year, and "three years" / "36 months" is rounding.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

from ..model import Claim, Document

HOURS_IN = {"minutes": 1 / 60, "hours": 1.0, "days": 24.0, "weeks": 168.0}
DURATION = "duration"


def _scaled(value: float, factor: float) -> float:
    return value if math.isinf(value) else value * factor


def in_hours(claim: Claim) -> Claim:
    """A duration in minutes, hours, days or weeks as hours, its attribute and topic "duration"
    (what it is the duration of is the sentence's, as for any measure); any other claim as it is."""
    factor = HOURS_IN.get(claim.unit)
    if factor is None or claim.kind != "measure":
        return claim
    attribute = DURATION if claim.attribute in ("", claim.unit) else claim.attribute
    topic = DURATION if claim.topic == claim.unit else claim.topic
    return dataclasses.replace(claim, value=claim.value * factor, low=_scaled(claim.low, factor),
                               high=_scaled(claim.high, factor), unit="hours", attribute=attribute,
                               topic=topic)


def with_durations_in_hours(docs: Sequence[Document]) -> tuple[Document, ...]:
    """The documents with every duration in hours (see the module docstring)."""
    return tuple(doc if not any(c.unit in HOURS_IN for c in doc.claims)
                 else dataclasses.replace(doc, claims=tuple(in_hours(c) for c in doc.claims))
                 for doc in docs)
