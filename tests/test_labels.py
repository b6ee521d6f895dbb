"""How reported findings are scored against hand-made labels (made-up spans, no article text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.evaluation.labels import (
    Contradiction,
    Fact,
    LabelSet,
    Span,
    Verdict,
    read_label_file,
    score_agreements,
    score_conflicts,
)

LABELS = LabelSet(
    "dev", (1,),
    (Contradiction("c1", 1, Span(10, 0, 50), Span(20, 100, 160), "figure", "age 14 vs 22"),
     Contradiction("c2", 1, Span(10, 60, 90), Span(30, 0, 40), "refutation", "hoax")),
    (Fact("f1", 1, "the cat has surgery", (Span(10, 200, 260), Span(20, 0, 50), Span(30, 50, 90))),
     Fact("f2", 1, "said once only", (Span(10, 300, 320),))),
    (Verdict(1, "conflict", Span(20, 200, 240), Span(30, 100, 140), False),
     Verdict(1, "agree", Span(10, 400, 450), Span(20, 400, 450), True)),
)


@pytest.mark.parametrize(("reported", "right", "found", "explicit"), [
    ([], 0, 0, 0),
    ([((20, 120, 130), (10, 5, 40))], 1, 1, 0),  # either orientation, any overlap
    ([((10, 0, 50), (20, 100, 160)), ((10, 0, 50), (20, 100, 160))], 2, 1, 0),  # found once
    ([((20, 200, 240), (30, 100, 140))], 0, 0, 1),  # judged wrong by a reader
    ([((20, 500, 540), (30, 500, 540))], 0, 0, 0),  # matches nothing: wrong, not judged
    ([((10, 0, 50), (30, 0, 40))], 0, 0, 0),  # right passages of the wrong pair
])
def test_conflicts(reported: list, right: int, found: int, explicit: int) -> None:
    score = score_conflicts(LABELS, reported)
    assert (score.reported, score.right, score.found, score.wrong_by_verdict) == (
        len(reported), right, found, explicit)
    assert score.labelled == 2


def test_agreements_recall_per_fact_and_judged_precision() -> None:
    reported = [((20, 10, 20), (30, 60, 70)),  # joins two mentions of f1
                ((10, 400, 450), (20, 400, 450)),  # judged right by a reader
                ((10, 0, 50), (20, 100, 160)),  # joins the two sides of a contradiction: wrong
                ((40, 0, 10), (50, 0, 10))]  # unknown: not judged
    score = score_agreements(LABELS, reported)
    assert (score.facts, score.facts_found) == (1, 1)  # f2 has a single article
    assert (score.mention_pairs, score.mention_pairs_found) == (3, 1)
    assert (score.judged, score.judged_right) == (3, 2)


def test_label_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "fnc1_dev_x.json"
    path.write_text(json.dumps({
        "part": "dev-x", "clusters": [1],
        "contradictions": [{"id": "c", "cluster": 1, "a": {"body": 1, "start": 0, "end": 5},
                            "b": {"body": 2, "start": 3, "end": 9}, "kind": "figure", "what": "x"}],
        "agreements": [{"id": "a", "cluster": 1, "fact": "y",
                        "mentions": [{"body": 1, "start": 0, "end": 5}, {"body": 2, "start": 0, "end": 5}]}],
        "engine_verdicts": [{"cluster": 1, "kind": "conflict", "a": {"body": 1, "start": 0, "end": 5},
                             "b": {"body": 2, "start": 3, "end": 9}, "verdict": "right", "why": ""}]}))
    labels = read_label_file(path)
    assert labels.contradictions[0].b == Span(2, 3, 9)
    assert labels.facts[0].mentions[1].body == 2 and labels.verdicts[0].right
