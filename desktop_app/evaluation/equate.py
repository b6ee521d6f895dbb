"""Numeric comparison on EQUATE's sentence pairs (read from ../shared/eval, never copied).

Each pair is analysed as two one-sentence articles; the engine "says contradiction"
when it reports a conflict between them. StressTest varies quantifiers and figures
on otherwise identical sentences; RedditNLI pairs real economics headlines.
"""

from __future__ import annotations

import json
import random
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


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def score_subset(data: Path, subset: str, sample: int = SAMPLE) -> EquateScore:
    rows = list(_rows(data / "equate" / f"{subset}.numeric.jsonl"))
    if len(rows) > sample:
        rows = random.Random(7).sample(rows, sample)
    splitter = PysbdSplitter()
    contradictions = caught = false_alarms = 0
    for row in rows:
        docs = [document_from_text("premise", str(row["premise"])),
                document_from_text("hypothesis", str(row["hypothesis"]))]
        conflict = any(f.kind == "conflict" for f in analyze(docs, splitter=splitter).findings)
        if row["label"] == "contradiction":
            contradictions += 1
            caught += conflict
        else:
            false_alarms += conflict
    return EquateScore(subset, len(rows), contradictions, caught, false_alarms)
