"""Claim values and units on samples of real articles read by hand (desktop_app/data/labels).

Each sampled item is a span the engine once read as a figure, with what a reader says it
is: a quantity with a value and unit, or not a quantity at all (a product name, a phone
number, a year). The engine is right on an item when its claim there has the reader's
value (within 0.5 %, or a vague range for a vague figure) and unit, or, for a span that is
no quantity, when it reads no figure there.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.pipeline.analysis import prepare_document
from ..core.text.segment import PysbdSplitter
from .labels import LABEL_DIR
from .real_articles import body_document, fnc_bodies

SAME_VALUE = 0.005


@dataclass(frozen=True)
class ClaimSampleScore:
    part: str
    items: int
    right: int


def _same_unit(engine: str, reader: str) -> bool:
    def norm(unit: str) -> str:
        unit = unit.lower().strip()
        return unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit
    return norm(engine) == norm(reader)


def _right(item: dict[str, Any], claims: list[Any]) -> bool:
    here = [c for c in claims if c.start < item["end"] and item["start"] < c.end]
    if not item["is_quantity"]:
        return not here
    for claim in here:
        if item["vague"] or item["value"] is None:
            value_ok = claim.qualifier == "vague" or claim.low != claim.high
        else:
            value_ok = math.isclose(claim.value, float(item["value"]), rel_tol=SAME_VALUE)
        if value_ok and item["unit"] is not None and _same_unit(claim.unit, str(item["unit"])):
            return True
    return False


def score_sample(path: Path, data: Path) -> ClaimSampleScore:
    sample = json.loads(path.read_text(encoding="utf-8"))
    bodies = fnc_bodies(data)
    splitter = PysbdSplitter()
    prepared: dict[int, list[Any]] = {}
    right = 0
    for item in sample["claims"]:
        body = int(item["body"])
        if body not in prepared:
            prepared[body] = list(prepare_document(body_document(body, bodies[body]), splitter).claims)
        right += _right(item, prepared[body])
    return ClaimSampleScore(str(sample["part"]), len(sample["claims"]), right)


def claim_samples(folder: Path = LABEL_DIR) -> list[Path]:
    return sorted(folder.glob("claims_*.json")) if folder.is_dir() else []
