"""A figure for the whole and one for a named part are no contradiction (findings.scopes)."""

from __future__ import annotations

import pytest

from desktop_app.core.findings.scopes import whole_and_part
from tests.claim_reading import claims_of, conflict_values


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("Orla sold 4.3 million phones worldwide last year.",
     "Orla sold 1.2 million phones in Asia last year.", True),
    ("The chain employs 80,000 people in total.", "The chain employs 9,000 people across Canada.", True),
    ("The virus infected 500 people nationwide.", "The virus infected 120 people in the Delta region.", True),
    # two named places, or none: not this rule's to say
    ("Orla sold 1.2 million phones in Asia.", "Orla sold 0.9 million phones in Europe.", False),
    ("Orla sold 4.3 million phones last year.", "Orla sold 1.2 million phones in Asia last year.", False),
    # the whole-scope word of another clause is not this figure's
    ("Orla sold 4.3 million phones, a record worldwide.", "Orla sold 1.2 million phones in Asia.", False),
])
def test_whole_and_part(first: str, second: str, expected: bool) -> None:
    (a,), (b,) = claims_of(first)[:1], claims_of(second)[:1]
    assert whole_and_part(a, first, b, second) is expected


CARS = ("Carmaker Velto sold {figure} vehicles {scope} last year, up 6 percent, the company said on Tuesday. "
        "Demand for hybrid models offset weaker diesel sales. Velto plans five electric models this year.")


@pytest.mark.parametrize(("second", "expected"), [
    (CARS.format(figure="1.2 million", scope="in Europe"), []),
    (CARS.format(figure="3.9 million", scope="worldwide"), [("4,300,000 vehicles", "3,900,000 vehicles")]),
])
def test_whole_and_part_do_not_conflict(second: str, expected: list[tuple[str, ...]]) -> None:
    assert conflict_values(CARS.format(figure="4.3 million", scope="worldwide"), second) == expected
