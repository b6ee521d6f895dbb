"""Numeric comparison on EQUATE's sentence pairs (read from ../shared/eval, never copied).

Each pair is analysed as two one-sentence articles; the engine "says contradiction"
when it reports a conflict between them. StressTest varies quantifiers and figures
on otherwise identical sentences; RedditNLI pairs real economics headlines.
"""

from __future__ import annotations

import json
import random
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.ingest.loading import document_from_text
from ..core.pipeline.analysis import analyze
from ..core.text.segment import PysbdSplitter

SUBSETS = ("StressTest", "RedditNLI")
SAMPLE = 1500  # StressTest has 7,596 pairs; a seeded sample keeps the command quick


@dataclass(frozen=True)
class EquateScore:
    subset: str
    pairs: int
    contradictions: int
    caught: int  # contradiction pairs the engine reports as a conflict
    false_alarms: int  # entailment or neutral pairs reported as a conflict


def equate_rows(data: Path, subset: str) -> Iterator[dict[str, Any]]:
    """The pairs of one EQUATE subset as read from ../shared/eval/equate."""
    with (data / "equate" / f"{subset}.numeric.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _finding_kinds(row: dict[str, Any], splitter: PysbdSplitter) -> set[str]:
    """The kinds of finding the engine reports on a pair analysed as two one-sentence articles."""
    docs = [document_from_text("premise", str(row["premise"])),
            document_from_text("hypothesis", str(row["hypothesis"]))]
    return {f.kind for f in analyze(docs, splitter=splitter).findings}


def score_subset(data: Path, subset: str, sample: int = SAMPLE) -> EquateScore:
    rows = list(equate_rows(data, subset))
    if len(rows) > sample:
        rows = random.Random(7).sample(rows, sample)
    splitter = PysbdSplitter()
    contradictions = caught = false_alarms = 0
    for row in rows:
        conflict = "conflict" in _finding_kinds(row, splitter)
        if row["label"] == "contradiction":
            contradictions += 1
            caught += conflict
        else:
            false_alarms += conflict
    return EquateScore(subset, len(rows), contradictions, caught, false_alarms)


# Real news pairs: a CNN or RTE sentence and a sentence it entails ("entailment") or does not
# ("neutral"; the two subsets have no contradiction label). An entailed pair is the same fact
# in other words: the engine should agree on it and never report a conflict.
NEWS_SUBSETS = ("NewsNLI", "RTE_Quant")
HELD_OUT_SHARE = 3  # one pair in three, by a hash of its id, is kept back while the engine is changed


def news_part(pair_id: str) -> str:
    return "heldout" if zlib.crc32(pair_id.encode("utf-8")) % HELD_OUT_SHARE == 0 else "dev"


@dataclass(frozen=True)
class NewsPairScore:
    subset: str
    part: str
    entailed: int
    agreed: int  # entailed pairs the engine reports as an agreement
    false_conflicts: int  # entailed pairs reported as a conflict
    neutral: int
    neutral_conflicts: int  # not entailed pairs reported as a conflict (not all of them wrong)


def score_news_pairs(data: Path, subset: str, part: str) -> NewsPairScore:
    splitter = PysbdSplitter()
    entailed = agreed = false_conflicts = neutral = neutral_conflicts = 0
    for row in equate_rows(data, subset):
        if news_part(str(row["id"])) != part:
            continue
        kinds = _finding_kinds(row, splitter)
        if row["label"] == "entailment":
            entailed += 1
            agreed += "agree" in kinds and "conflict" not in kinds
            false_conflicts += "conflict" in kinds
        else:
            neutral += 1
            neutral_conflicts += "conflict" in kinds
    return NewsPairScore(subset, part, entailed, agreed, false_conflicts, neutral, neutral_conflicts)
