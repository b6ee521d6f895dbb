"""Claims table, word diffs and boilerplate regions."""

from __future__ import annotations

import pytest

from desktop_app.core.findings.claims_table import claims_table
from desktop_app.core.findings.disowned import voice_of
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.ingest.regions import merge_region, subtract_region, trailing_boilerplate
from desktop_app.core.pipeline.analysis import Analysis, analyze
from desktop_app.core.text.word_diff import differing_words


def test_claims_table_marks_the_population_conflict(seed_analysis: Analysis) -> None:
    rows = claims_table(seed_analysis.documents, seed_analysis.findings)
    first = rows[0]
    assert first.topic == "population of Homs" and first.has_conflict
    stated = {c.doc[:3]: c.state() for c in first.cells if c is not None}
    assert stated == {"003": "conflict", "004": "conflict"}
    assert all(row.topic != "years" for row in rows)
    (index,) = {i for c in first.cells if c is not None for i in c.conflicts}
    assert seed_analysis.findings[index].topic == "population of Homs"
    # once the user dismisses that conflict, no cell of the row is conflicting
    marked = [c for c in first.cells if c is not None and c.conflicts]
    assert {c.state(frozenset({index})) for c in marked} == {"dismissed"}


def test_claims_table_marks_no_conflict_the_findings_do_not_report(seed_analysis: Analysis) -> None:
    without = claims_table(seed_analysis.documents)
    assert not any(row.has_conflict for row in without)
    reported = {(f.a.doc, f.topic) for f in seed_analysis.findings if f.kind == "conflict"} | {
        (f.b.doc, f.topic) for f in seed_analysis.findings if f.kind == "conflict"}
    for row in claims_table(seed_analysis.documents, seed_analysis.findings):
        for cell in row.cells:
            if cell is not None and cell.state() == "conflict":
                assert (cell.doc, row.topic) in reported


def test_differing_figures_without_a_reported_conflict_are_not_marked() -> None:
    # figures of two different years: the rules report no conflict, so the table marks none,
    # though the two values of the row differ and are shown side by side
    a = document_from_text("a", "Paris\n\nParis had 2.1 million residents in 1990, officials said on Monday.")
    b = document_from_text("b", "Paris\n\nParis has 3 million residents in 2020, officials said.")
    analysis = analyze([a, b])
    assert not any(f.kind == "conflict" for f in analysis.findings)
    (row,) = claims_table(analysis.documents, analysis.findings)
    assert [c.display for c in row.cells if c] == ["2,100,000", "3,000,000"]
    assert [c.state() for c in row.cells if c] == ["alone", "alone"] and not row.has_conflict


def test_claims_table_agreeing_values() -> None:
    a = document_from_text("a", "A\n\nParis has about 2.1 million residents, officials said today.")
    b = document_from_text("b", "B\n\nParis has 2.1 million inhabitants according to the census.")
    analysis = analyze([a, b])
    (row,) = claims_table(analysis.documents, analysis.findings)
    assert [c.state() for c in row.cells if c] == ["agree", "agree"]


def test_differing_words_marks_changed_number() -> None:
    first, second = "Homs has 800,000 people.", "Homs has 1.5 million people."
    spans_a, spans_b = differing_words(first, second)
    assert [first[s:e] for s, e in spans_a] == ["800,000"]
    assert [second[s:e] for s, e in spans_b] == ["1.5", "million"]


@pytest.mark.parametrize("marker", ["Related Posts", "Leave a Comment", "Share Your Story.",
                                    "Leave a Reply", "Related Sources:"])
def test_trailing_boilerplate_from_marker_to_end(marker: str) -> None:
    body = "The article body says something substantial about the city. " * 10
    text = f"Title\n\n{body}\n\n{marker}\n\nA reader says 600,000 died.\n"
    ((start, end),) = trailing_boilerplate(text)
    assert text[start:].startswith(marker.split()[0]) and end == len(text)


def test_marker_at_the_top_is_not_the_end() -> None:
    assert trailing_boilerplate("Related Posts\n\nShort intro. " + "Body text. " * 100) == ()


def test_no_finding_inside_seed_comment_thread(seed_analysis: Analysis) -> None:
    doc = next(d for d in seed_analysis.documents if d.id.startswith("000"))
    (start, _end), = doc.excluded
    assert doc.text[start:].startswith("Related Posts")
    for finding in seed_analysis.findings:
        for passage in (finding.a, finding.b):
            if passage.doc == doc.id:
                assert passage.end <= start
    assert all(c.end <= start for c in doc.claims)


@pytest.mark.parametrize(("regions", "span", "merged", "subtracted"), [
    ((), (5, 10), ((5, 10),), ()),
    (((0, 10),), (5, 20), ((0, 20),), ((0, 5),)),
    (((0, 10), (20, 30)), (8, 22), ((0, 30),), ((0, 8), (22, 30))),
    (((10, 20),), (12, 15), ((10, 20),), ((10, 12), (15, 20))),
    (((10, 20),), (0, 5), ((0, 5), (10, 20)), ((10, 20),)),
])
def test_region_arithmetic(regions: tuple[tuple[int, int], ...], span: tuple[int, int],
                           merged: tuple[tuple[int, int], ...],
                           subtracted: tuple[tuple[int, int], ...]) -> None:
    assert merge_region(regions, span) == merged
    assert subtract_region(regions, span) == subtracted


def test_generic_figures_need_a_comparison_for_a_row() -> None:
    a = document_from_text("a", "A\n\nThe watch costs $349 in the shops, the company said on Monday.")
    b = document_from_text("b", "B\n\nThe deal was worth $2 billion to the buyers, analysts said.")
    analysis = analyze([a, b])
    assert [row.topic for row in claims_table(analysis.documents)] == ["price"]  # rows are frames
    assert not analysis.findings.figure_topics()  # no rule compared the two prices
    assert claims_table(analysis.documents, analysis.findings) == ()


def test_one_frame_counted_in_different_words_is_one_row() -> None:
    a = document_from_text("a", "A\n\nThe blast in Tarsk on Friday killed 25 and injured 40, officials said.")
    b = document_from_text("b", "B\n\nThe blast in Tarsk on Friday killed 25 people and wounded 12 others.")
    analysis = analyze([a, b])
    rows = claims_table(analysis.documents, analysis.findings)
    injured = [row for row in rows if row.topic.startswith("injured")]
    assert len(injured) == 1 and injured[0].stated == 2 and injured[0].has_conflict



CALLOWELL = "Town\n\nCallowell has a population of 40,000, the mayor said on Monday at the meeting."


@pytest.mark.parametrize(("sentence", "voice"), [
    ("Callowell has a population of 40,000, the mayor said.", "states"),
    ("Does Callowell have a population of 40,000?", "asks"),
    ("Posts saying that Callowell has a population of 40,000 are false.", "calls untrue"),
    ("Callowell's population is not 40,000, the clerk said.", "denies"),
    # the evidence against a claim is stated: "the actual number is"
    ("Reports of a bigger town are false: the actual population of Callowell is 31,000.", "states"),
])
def test_what_an_article_does_with_a_figure(sentence: str, voice: str) -> None:
    (document,) = analyze([document_from_text("a", f"Title\n\n{sentence}")]).documents
    (claim,) = [c for c in document.claims if c.topic == "population of Callowell"]
    assert voice_of(document, claim) == voice


def test_a_figure_asked_or_called_untrue_agrees_with_nothing() -> None:
    stated = document_from_text("a", CALLOWELL)
    refuted = document_from_text("b", "Fact check\n\nPosts saying that Callowell has a population of "
                                      "40,000 are false. The census put the population of Callowell at "
                                      "31,000 last year.")
    asked = document_from_text("c", "Q\n\nDoes Callowell have a population of 40,000?")
    analysis = analyze([stated, refuted, asked])
    figures = [(f.kind, f.a.doc, f.b.doc) for f in analysis.findings if f.rule == "figures"]
    # the fact check's own figure meets the article's, which its quoted one hid as an agreement
    assert figures == [("conflict", "a", "b")]


def test_the_claims_table_shows_a_disowned_figure_as_such() -> None:
    stated = document_from_text("a", CALLOWELL)
    refuted = document_from_text("b", "Fact check\n\nPosts saying that Callowell has a population of "
                                      "40,000 are false, the county clerk said on Tuesday.")
    analysis = analyze([stated, refuted])
    (row,) = claims_table(analysis.documents, analysis.findings)
    cells = [c for c in row.cells if c is not None]
    assert [(c.display, c.voice, c.state()) for c in cells] == [
        ("40,000", "states", "alone"), ("40,000 (calls untrue)", "calls untrue", "alone")]
