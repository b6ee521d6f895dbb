"""What a figure counts or measures, as the extractor's rules read it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    """What a figure counts or measures."""

    name: str
    kind: str
    factor: float = 1.0
    noun: str = ""
    population: bool = False  # people living in a place, as opposed to any number of people
