"""Durations compared in one unit (findings.durations): "two weeks" / "10 days" differ, "48 hours"
/ "two days" agree, months and years stay as written."""

from __future__ import annotations

import pytest

from desktop_app.core.findings.durations import in_hours
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.model import Claim
from desktop_app.core.pipeline.analysis import analyze


def _claim(value: float, unit: str, kind: str = "measure") -> Claim:
    return Claim(0, 1, f"{value} {unit}", value, unit, "", unit, kind, value, value,  # type: ignore[arg-type]
                 0, attribute=unit)


@pytest.mark.parametrize(("claim", "hours", "unit", "attribute"), [
    (_claim(10, "days"), 240, "hours", "duration"),
    (_claim(2, "weeks"), 336, "hours", "duration"),
    (_claim(90, "minutes"), 1.5, "hours", "duration"),
    (_claim(48, "hours"), 48, "hours", "duration"),
    (_claim(3, "years"), 3, "years", "years"),  # a year's hours depend on the year
    (_claim(6, "months"), 6, "months", "months"),
    (_claim(3, "soldier", "count"), 3, "soldier", "soldier"),
])
def test_durations_are_read_in_hours(claim: Claim, hours: float, unit: str, attribute: str) -> None:
    converted = in_hours(claim)
    assert (converted.value, converted.unit, converted.attribute) == (pytest.approx(hours), unit, attribute)
    assert converted.low == pytest.approx(hours) and converted.high == pytest.approx(hours)


def _figures(first: str, second: str) -> list[tuple[str, tuple[str, str] | None]]:
    findings = analyze([document_from_text("a", first), document_from_text("b", second)]).findings
    return [(f.kind, f.values) for f in findings if f.rule == "figures"]


SENTENCE = "Holloway Elementary closed for {}, the Briar County health officer said on Friday."


@pytest.mark.parametrize(("first", "second", "kind"), [
    ("two weeks", "10 days", "conflict"),
    ("48 hours", "three days", "conflict"),
    ("12 days", "10 days", "conflict"),
])
def test_durations_in_other_units_are_compared(first: str, second: str, kind: str) -> None:
    found = _figures(SENTENCE.format(first), SENTENCE.format(second))
    assert [k for k, _ in found] == [kind]


def test_the_same_duration_in_other_units_is_no_conflict() -> None:
    found = _figures(SENTENCE.format("48 hours"), SENTENCE.format("two days"))
    assert all(kind != "conflict" for kind, _ in found)
