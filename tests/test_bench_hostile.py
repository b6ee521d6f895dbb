"""The hostile-input benchmark runs an input in its own process and reports its outcome."""

from __future__ import annotations

import pytest

from desktop_app import bench_hostile


def test_one_small_input_gives_a_table_row(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_hostile.main(["--only", "long number", "--scale", "0.1"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| long number")]
    assert len(rows) == 1 and rows[0].endswith("| report |")


def test_news_text_does_not_repeat_itself() -> None:
    sentences = ["The army said 1,200 soldiers moved towards the city of Homs.",
                 "Officials confirmed that 300 people had left the region on Friday.",
                 "The minister announced new measures against the shortages yesterday."]
    text = bench_hostile.news_text(20_000, sentences)
    paragraphs = text.split("\n\n")[:-1]
    assert 19_000 <= len(text) <= 20_000
    assert len(set(paragraphs)) > 0.9 * len(paragraphs)
