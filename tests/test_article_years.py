"""'Last year' read against the article's date: made-up companies and dates."""

from __future__ import annotations

import dataclasses

import pytest

from desktop_app.core.findings.article_years import with_article_years
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.pipeline.analysis import analyze, prepare_document
from desktop_app.core.text.segment import PysbdSplitter

SPLITTER = PysbdSplitter()


@pytest.mark.parametrize(("sentence", "date", "time"), [
    ("Brightline Ltd logged $31 billion in revenue last year.", "2014-03-02", "2013"),
    ("Brightline Ltd expects $40 billion in revenue next year.", "2014-03-02", "2015"),
    ("Brightline Ltd made $2 billion in profit this year.", "2014", "2014"),
    ("Brightline Ltd logged $31 billion in revenue last year.", None, "last year"),  # undated: as written
    ("Brightline Ltd logged $31 billion in revenue in 2011.", "2014-03-02", "2011"),
    # the last year of a contract, or the past twelve months, is no calendar year
    ("Brightline Ltd logged $31 billion in revenue in the last year of its contract.", "2014-03-02", ""),
    ("In the last year, Brightline Ltd logged $31 billion in revenue.", "2014-03-02", ""),
    # so many years before the article's date
    ("Four years ago, Brightline Ltd logged $31 billion in revenue.", "2014-03-02", "2010"),
    ("Brightline Ltd logged $31 billion in revenue a year ago.", "2014-03-02", "2013"),
    ("Brightline Ltd logged $31 billion in revenue 12 years ago.", None, "12 years ago"),
    ("Many years ago, Brightline Ltd logged $31 billion in revenue.", "2014-03-02", ""),
])
def test_relative_years_take_the_article_date(sentence: str, date: str | None, time: str) -> None:
    doc = dataclasses.replace(prepare_document(document_from_text("x", sentence), SPLITTER), date=date)
    (claim,) = with_article_years([doc])[0].claims
    assert claim.time == time


def test_last_year_meets_the_year_it_means() -> None:
    dated = dataclasses.replace(
        document_from_text("a", "Brightline Ltd logged $31 billion in revenue last year, its chief said."),
        date="2014-03-02")
    same_year = document_from_text("b", "Brightline Ltd reported revenue of $27 billion in 2013, it said.")
    other_year = document_from_text("c", "Brightline Ltd reported revenue of $27 billion in 2012, it said.")
    assert [f.rule for f in analyze([dated, same_year]).findings if f.kind == "conflict"] == ["figures"]
    assert not [f for f in analyze([dated, other_year]).findings if f.kind == "conflict"]


def test_a_date_that_is_only_a_year_is_no_calendar_date_and_breaks_nothing() -> None:
    docs = [dataclasses.replace(document_from_text(name, f"Brightline Ltd logged ${n} billion in revenue "
                                                         "last year, its chief said."), date="2014")
            for name, n in (("a", 31), ("b", 27))]
    conflicts = [f for f in analyze(docs).findings if f.kind == "conflict"]
    assert [f.rule for f in conflicts] == ["figures"] and not conflicts[0].newer
