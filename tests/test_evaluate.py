"""The component scores on vendored external data, and the evaluation command itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.core.claims.numbers import find_numbers, words_to_number
from desktop_app.evaluate import main, render
from desktop_app.evaluation.claim_sample import same_unit
from desktop_app.evaluation.components import Score, golden_rules
from desktop_app.evaluation.equate import news_part, score_news_pairs
from tests.conftest import DATA


def test_golden_rules_score_holds(tmp_path: Path) -> None:
    folder = tmp_path / "pysbd_golden_rules"
    folder.mkdir()
    (folder / "golden_rules_en.jsonl").write_bytes((DATA / "golden_rules_en.jsonl").read_bytes())
    score = golden_rules(tmp_path)
    assert score.total == 48
    assert score.passed >= 46


def spellout_cases() -> list[tuple[str, float]]:
    rows = [json.loads(line) for line in (DATA / "quantulum3_spellout_values.jsonl").open()]
    return [(r["text"], r["expected_values"][0]) for r in rows if len(r["expected_values"]) == 1
            and not r["text"].startswith(("minus", "negative"))]


def test_single_value_spellouts_mostly_right() -> None:
    cases = spellout_cases()
    right = sum(words_to_number(text.split()) == pytest.approx(value) for text, value in cases)
    assert right / len(cases) >= 0.8


@pytest.mark.parametrize(("text", "values"), [
    ("twenty five thirty six", [25, 36]), ("sixty fifteen", [60, 15]),
    ("minus ten degrees", [-10]), ("a two-year war", [2]), ("a 330km road", [330]),
])
def test_number_runs_split_and_sign(text: str, values: list[float]) -> None:
    assert [m.value for m in find_numbers(text)] == values


@pytest.mark.parametrize(("words", "value"), [("two thousand million", 2e9),
                                              ("thousand thousand", None),
                                              ("one million two hundred thousand", 1.2e6)])
def test_scales(words: str, value: float | None) -> None:
    assert words_to_number(words.split()) == value


def test_evaluate_without_shared_data_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path / "absent")]) == 0
    out = capsys.readouterr().out
    assert "not found" in out and "seed agreements" in out


def test_render_table() -> None:
    table = render([Score("x", 1, 4)])
    assert "| x | 1 | 4 | 25.0 |" in table


def test_news_pairs_scored_by_part(tmp_path: Path) -> None:
    """Made-up pairs in EQUATE's format: an entailed paraphrase agrees, a figure that the other
    sentence contradicts counts as a false conflict when the pair is labelled entailed."""
    rows = [
        ("p1", "The storm killed 12 people in the port city on Monday , officials said .",
         "The storm killed 12 people in the port city", "entailment"),
        ("p2", "The storm killed 12 people in the port city on Monday , officials said .",
         "The storm killed 40 people in the port city", "entailment"),
        ("p3", "Rain fell on the capital for a week .", "The capital had a dry week", "neutral"),
    ]
    folder = tmp_path / "equate"
    folder.mkdir()
    (folder / "NewsNLI.numeric.jsonl").write_text("\n".join(
        json.dumps({"id": i, "premise": p, "hypothesis": h, "label": label}) for i, p, h, label in rows))
    parts = {i: news_part(i) for i, *_ in rows}
    scores = [score_news_pairs(tmp_path, "NewsNLI", part) for part in ("dev", "heldout")]
    assert sum(s.entailed for s in scores) == 2 and sum(s.neutral for s in scores) == 1
    assert sum(s.agreed for s in scores) == 1
    assert sum(s.false_conflicts for s in scores) == 1
    for score in scores:
        assert score.entailed == sum(parts[i] == score.part for i in ("p1", "p2"))


@pytest.mark.parametrize(("engine", "reader", "same"), [
    ("soldier", "soldiers", True),
    ("helicopter", "attack helicopter", True),  # the head of a compound noun
    ("injure", "people", True),  # a participle counts people that no group names
    ("other", "people", True),
    ("person", "people", True),
    ("attack", "attack helicopter", False),
    ("soldier", "people", False),  # a named group is no bare count of people
    ("USD", "GBP", False),
])
def test_claim_sample_units_follow_the_engines_conventions(engine: str, reader: str, same: bool) -> None:
    assert same_unit(engine, reader) is same
