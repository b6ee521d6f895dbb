"""Explanations worded from a finding's typed fields, with the engine's ids or the window's names."""

from __future__ import annotations

import dataclasses

import pytest

from desktop_app.core.findings.describe import Coverage, as_id, describe
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.model import Finding, Passage
from desktop_app.core.pipeline.analysis import Analysis, analyze

A = Passage("a1", 0, 30, "The city had 800,000 residents.")
B = Passage("b2", 5, 40, "The city did not have 1.5 million residents.")
NAMES = {"a1": "Homs under siege", "b2": "Fall of Homs"}


def finding(**fields: object) -> Finding:
    base = Finding("x", "conflict", 0.5, "population of Homs", "(old text, never shown)", False, A, B)
    return dataclasses.replace(base, **fields)  # type: ignore[arg-type]


CASES = [
    ("figures conflict",
     finding(rule="figures", reason="claims", values=("800,000", "1.5 million")),
     None,
     "population of Homs: 800,000 (a1) vs 1.5 million (b2)",
     "population of Homs: 800,000 (Homs under siege) vs 1.5 million (Fall of Homs)"),
    ("figures agree",
     finding(kind="agree", rule="figures", reason="claims", values=("800,000", "about 800,000")),
     None,
     "population of Homs: 800,000 (a1) and about 800,000 (b2)",
     "population of Homs: 800,000 (Homs under siege) and about 800,000 (Fall of Homs)"),
    ("opposite words",
     finding(rule="opposite words", reason="opposition", words=("fall", "remained")),
     None,
     "opposite statements: “fall” (a1) vs “remained” (b2)",
     "opposite statements: “fall” (Homs under siege) vs “remained” (Fall of Homs)"),
    ("negation on side b",
     finding(rule="negation", reason="opposition"),
     None,
     "the same statement, negated in b2",
     "the same statement, negated in Fall of Homs"),
    ("negation on side a",
     finding(rule="negation", reason="opposition", a=B, b=A),
     None,
     "the same statement, negated in b2",
     "the same statement, negated in Fall of Homs"),
    ("refutation",
     finding(rule="refutation", reason="refutation", words=("", "denied")),
     None,
     "b2 calls it untrue (“denied”); a1 states it",
     "Fall of Homs calls it untrue (“denied”); Homs under siege states it"),
    ("newer by dates",
     finding(rule="opposite words", words=("fall", "remained"), newer="b2", newer_basis="dates"),
     None,
     "opposite statements: “fall” (a1) vs “remained” (b2) — b2 is newer (superseded?)",
     "opposite statements: “fall” (Homs under siege) vs “remained” (Fall of Homs) — Fall of Homs is "
     "newer (superseded?)"),
    ("a newer refutation answers a claim, it supersedes no figure",
     finding(rule="refutation", reason="refutation", words=("", "false"), newer="b2", newer_basis="dates"),
     None,
     "b2 calls it untrue (“false”); a1 states it — b2 is newer",
     "Fall of Homs calls it untrue (“false”); Homs under siege states it — Fall of Homs is newer"),
    ("newer by years mentioned",
     finding(rule="opposite words", words=("fall", "remained"), newer="a1", newer_basis="years mentioned",
             undated_latest_year=2012),
     None,
     "opposite statements: “fall” (a1) vs “remained” (b2) — a1 may be newer: b2 mentions no year after 2012",
     "opposite statements: “fall” (Homs under siege) vs “remained” (Fall of Homs) — Homs under siege may "
     "be newer: Fall of Homs mentions no year after 2012"),
    ("a conflict between groups of articles",
     finding(rule="figures", reason="claims", values=("800,000", "1.5 million")),
     Coverage(3, 2, 40),
     "population of Homs: 800,000 (a1) vs 1.5 million (b2); 3 articles vs 2",
     "population of Homs: 800,000 (Homs under siege) vs 1.5 million (Fall of Homs); 3 articles vs 2"),
    ("a passage group",
     finding(kind="agree", rule="same statement", score=1.0, topic="homs, siege", b=A),
     Coverage(37, 0, 500, group=True),
     "same statement in 37 of 500 articles (word for word); shared: homs, siege",
     "same statement in 37 of 500 articles (word for word); shared: homs, siege"),
    ("a near-copy group",
     finding(kind="agree", rule="same statement", score=0.874, topic=""),
     Coverage(2, 0, 5, group=True),
     "same statement in 2 of 5 articles (similarity 0.87)",
     "same statement in 2 of 5 articles (similarity 0.87)"),
    ("an agreement link between groups",
     finding(kind="agree", rule="same statement", score=0.71, topic="siege"),
     Coverage(4, 1, 9),
     "same statement (similarity 0.71); 4 articles and 1; shared: siege",
     "same statement (similarity 0.71); 4 articles and 1; shared: siege"),
]


@pytest.mark.parametrize(("case", "found", "coverage", "with_ids", "with_names"), CASES,
                         ids=[case[0] for case in CASES])
def test_each_rule_is_worded_from_typed_fields(case: str, found: Finding, coverage: Coverage | None,
                                               with_ids: str, with_names: str) -> None:
    assert describe(found, as_id, coverage) == with_ids
    assert describe(found, NAMES.__getitem__, coverage) == with_names


# The scorers read words, not digits: a score of 1.0 is not always the same text.
@pytest.mark.parametrize(("second_quote", "wording"), [
    ("The city had 800,000  residents", "word for word"),  # spacing and punctuation aside
    ("The city had 900,000 residents.", "the same words, other figures"),
    ("The town was home to 800,000 people.", "similarity 1.00"),
])
def test_a_perfect_score_says_how_alike_the_passages_are(second_quote: str, wording: str) -> None:
    group = finding(kind="agree", rule="same statement", score=1.0, topic="homs",
                    b=dataclasses.replace(B, quote=second_quote))
    assert describe(group, as_id, Coverage(2, 0, 5, group=True)) == (
        f"same statement in 2 of 5 articles ({wording}); shared: homs")


def test_names_are_never_found_by_searching_the_text() -> None:
    """An article whose id is written inside the other's quote is not renamed there."""
    tricky = dataclasses.replace(A, doc="city")
    found = finding(rule="opposite words", words=("city", "town"), a=tricky)
    assert describe(found, {"city": "Capital", "b2": "Other"}.__getitem__) == (
        "opposite statements: “city” (Capital) vs “town” (Other)")


def test_the_engine_explanations_are_describe_with_ids(seed_analysis: Analysis) -> None:
    findings = seed_analysis.findings
    rules = set()
    for index, found in enumerate(findings):
        assert found.explanation == describe(found, as_id, findings.coverage(index))
        assert findings.describe(index) == found.explanation
        rules.add(found.rule)
    assert {"figures", "same statement", "opposite words"} <= rules


def test_the_window_names_every_article_of_a_finding(seed_analysis: Analysis) -> None:
    findings = seed_analysis.findings
    titles = {doc.id: f"«{doc.title}»" for doc in seed_analysis.documents}
    for index, found in enumerate(findings):
        text = findings.describe(index, titles.__getitem__)
        assert not any(doc.id in text for doc in seed_analysis.documents), text
        if found.rule != "same statement":
            assert titles[found.a.doc] in text or titles[found.b.doc] in text


def test_a_dated_conflict_says_which_is_newer_by_name() -> None:
    old = document_from_text("old", "Since 2012 the port of Velda has held about 40,000 residents.")
    new = document_from_text("new", "Report\nMay 2, 2024\n\nThe port of Velda has about 90,000 residents.")
    findings = analyze([old, new]).findings
    (index,) = [i for i, f in enumerate(findings) if f.kind == "conflict"]
    assert findings[index].undated_latest_year == 2012
    text = findings.describe(index, {"old": "Velda port", "new": "Velda today"}.__getitem__)
    assert text.endswith("— Velda today may be newer: Velda port mentions no year after 2012")


@pytest.mark.parametrize(("fields", "said"), [
    # figures: how far apart the two values are, never a "score" that reads as certainty
    ({"rule": "figures", "score": 0.47}, "values 47% apart"),
    ({"rule": "figures", "score": 0.07}, "values 7% apart"),
    ({"rule": "figures", "kind": "agree", "score": 0.9}, "values 10% apart"),
    ({"rule": "figures", "kind": "agree", "score": 1.0}, "the same value"),
    ({"rule": "figures", "attribute": "date", "score": 1.0}, ""),  # two dates: apart or not
    ({"rule": "refutation", "score": 0.625}, "62% of the claim's words stated"),
    ({"rule": "opposite words", "score": 0.38}, "similarity 0.38"),
    ({"rule": "same statement", "kind": "agree", "score": 0.81}, "similarity 0.81"),
])
def test_a_score_says_what_it_measures(fields: dict[str, object], said: str) -> None:
    from desktop_app.core.findings.describe import score_text

    assert score_text(finding(**fields)) == said


def test_the_html_report_names_articles_by_title_and_says_what_its_scores_measure() -> None:
    import io

    from desktop_app.core.formats.analysis_html import write_html

    said = "Homs has a population of {} people, officials said on Monday."
    analysis = analyze([document_from_text("r1", "Report one\n\n" + said.format("800,000")),
                        document_from_text("r2", "Report two\n\n" + said.format("1.5 million"))])
    out = io.StringIO()
    write_html(analysis, out)
    page = out.getvalue()
    assert "values 47% apart" in page and "score 0.47" not in page
    assert "800,000 (Report one) vs" in page and "(r1) vs" not in page
