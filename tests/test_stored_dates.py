"""Dates the user gives an article: what may be stored, and how far apart two of them are."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop_app.core.ingest.dates import date_problem, newer_date, years_apart
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.project.store import ProjectStore


@pytest.mark.parametrize(("text", "ok"), [
    ("", True), ("2024-12-06", True), ("2024-12", True), ("2024", True), (" 2024-12 ", True),
    ("2024-13", False), ("2024-00", False), ("6 December 2024", False), ("2024-02-30", False),
    ("24-12-06", False), ("2024/12/06", False), ("20241207", False), ("2024-W49-6", False),
    ("２０２４", False), ("0000", False), ("2024-1", False),
])
def test_dates_the_user_may_store(text: str, ok: bool) -> None:
    assert (date_problem(text) == "") == ok


@pytest.mark.parametrize(("first", "second", "low", "high"), [
    ("2024-12-07", "2014-05-01", 10.5, 10.7),
    ("2024", "2014", 9.9, 10.1),                # a year alone is its middle
    ("2024-12", "2013-06", 11.4, 11.6),          # a month alone too
    ("2024", "2024-12-07", 0.4, 0.5),
])
def test_years_apart_takes_partial_dates(first: str, second: str, low: float, high: float) -> None:
    gap = years_apart(first, second)
    assert gap is not None and low <= gap <= high


@pytest.mark.parametrize(("first", "second", "order"), [
    ("2015", "2014-12-31", 1), ("2014-03-01", "2014", 0), ("2014-06", "2014-06-01", 0),
    ("2014-07-01", "2014-06", 1), ("2014-05", "2014-06-30", -1), ("2014-06-03", "2014-06-03", 0),
])
def test_which_date_is_newer(first: str, second: str, order: int) -> None:
    """A day inside a month or year alone may be the same day: neither is newer."""
    assert newer_date(first, second) == order
    assert newer_date(second, first) == -order


@pytest.mark.parametrize(("first", "second"), [(None, "2024"), ("", "2024"), ("soon", "2024")])
def test_years_apart_of_an_unknown_date_is_none(first: str | None, second: str) -> None:
    assert years_apart(first, second) is None


def test_a_project_holding_a_month_alone_opens_again(tmp_path: Path) -> None:
    """The window stores what its dialog accepts through replace_text; the project must open."""
    document = document_from_text("a", "Homs has 800,000 people.", path="", title="Homs")
    store = ProjectStore.create(tmp_path / "p.scproj", [document])
    store.replace_text(dataclasses.replace(document, date="2013-06"))
    store.close()
    reopened = ProjectStore.open(tmp_path / "p.scproj")
    try:
        assert reopened.documents()[0].document.date == "2013-06"
    finally:
        reopened.close()
