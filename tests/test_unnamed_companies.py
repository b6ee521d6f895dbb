"""A revenue figure its article gives no company ("Revenue fell to $93bn") is the company's
that the story's other articles give such figures for, when the article names it. Made-up."""

from __future__ import annotations

from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.pipeline.analysis import analyze

STORY = ("The cuts at Veltra began in May and will reach its plants in Tartu and Narva. Veltra "
         "makes valves and pumps for ships. Workers at the Narva plant were told on Monday.")


def revenue_conflicts(texts: list[str]) -> list[tuple[str, str]]:
    findings = analyze([document_from_text(f"d{i}", t) for i, t in enumerate(texts)]).findings
    return [(f.subject, f.values[0] if f.values else "") for f in findings
            if f.kind == "conflict" and f.attribute == "revenue"]


def test_an_unnamed_revenue_meets_the_named_company_of_the_story() -> None:
    named = "Veltra Corp logged $100 billion in revenue last year. " + STORY
    unnamed = "Annual revenue fell to $93 billion last year. " + STORY
    assert [subject for subject, _ in revenue_conflicts([named, unnamed])] == ["Veltra Corp"]


def test_two_companies_of_the_story_leave_it_nobody_s() -> None:
    named = "Veltra Corp logged $100 billion in revenue last year. " + STORY
    other = "Kask Group logged $80 billion in revenue last year. " + STORY + " Kask supplies Veltra."
    unnamed = "Annual revenue fell to $93 billion last year. Kask supplies Veltra. " + STORY
    assert revenue_conflicts([named, other, unnamed]) == []


def test_an_article_not_naming_the_company_leaves_it_nobody_s() -> None:
    named = "Veltra Corp logged $100 billion in revenue last year. " + STORY
    unnamed = ("Annual revenue fell to $93 billion last year. The cuts began in May and will reach "
               "the plants in Tartu and Narva. Workers at the Narva plant were told on Monday.")
    assert revenue_conflicts([named, unnamed]) == []
