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

from ..core.findings.values import counts_anyone
from ..core.ingest.loading import document_from_text
from ..core.pipeline.analysis import prepare_document
from ..core.text.lexicon import MEASURE_UNITS
from ..core.text.segment import PysbdSplitter
from .equate import equate_rows
from .labels import LABEL_DIR
from .real_articles import body_document, fnc_bodies

SAME_VALUE = 0.005


@dataclass(frozen=True)
class ClaimSampleScore:
    part: str
    items: int
    right: int


CASUALTIES = ("deaths", "injured")  # the readers' units that the engine keeps as attributes


def same_unit(engine: str, reader: str) -> bool:
    """The engine's unit says what the reader's says. Two conventions of the engine's are the
    reader's in other words: a count of people that names no group is stored under the word
    that counts them ("31 injured", "the seven charged", "60 others": findings.figures.
    counts_anyone compares it as people), and a count of a compound noun under its head
    ("two attack helicopters" counts helicopters)."""
    def norm(unit: str) -> str:
        unit = unit.lower().strip()
        return unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit
    if norm(reader) == "people" and counts_anyone(engine.lower()):
        return True
    return norm(engine) in (norm(reader), norm(reader.split()[-1]) if reader.split() else "")


def _right(item: dict[str, Any], claims: list[Any]) -> bool:
    here = [c for c in claims if c.start < item["end"] and item["start"] < c.end]
    if not item["is_quantity"]:
        # A figure that starts before the span and holds it ("7 million PlayStation 4 units"
        # around "4 units") is another figure's quote, not a reading of this number.
        return not [c for c in here if c.start >= item["start"]]
    # A reader's unit the engine converts ("watt", "GHz") is read in the engine's: 4 GHz is 4e9 Hz.
    converted = MEASURE_UNITS.get(str(item["unit"]).lower()) if item["unit"] is not None else None
    for claim in here:
        if item["vague"] or item["value"] is None:
            value_ok = claim.qualifier == "vague" or claim.low != claim.high
        elif converted is not None and claim.unit == converted[0]:
            value_ok = math.isclose(claim.value, float(item["value"]) * converted[1], rel_tol=SAME_VALUE)
        else:
            value_ok = math.isclose(claim.value, float(item["value"]), rel_tol=SAME_VALUE)
        # A count of the killed or wounded is read as a count of its noun ("17 civilians") with
        # the attribute deaths or injured (or a change in it: "another four people dying"):
        # either says what the reader says.
        casualty = claim.attribute.removeprefix("change in ")
        casualty = "injured" if casualty.endswith(" injured") else casualty  # "seriously injured"
        unit_ok = item["unit"] is not None and (same_unit(claim.unit, str(item["unit"]))
                                                or (converted is not None and claim.unit == converted[0])
                                                or (item["unit"] in CASUALTIES and casualty == item["unit"]))
        if value_ok and unit_ok:
            return True
    return False


NEWS_SUBSETS = ("NewsNLI", "RTE_Quant")  # EQUATE's sets of real news sentences (ids name the set)


def _news_sentences(data: Path) -> dict[tuple[str, str], str]:
    """EQUATE's news sentences by (pair id, side): a sample may be drawn from CNN sentences
    (NewsNLI) or from the RTE news sentences (RTE_Quant)."""
    return {(row["id"], side): row[side] for subset in NEWS_SUBSETS for row in equate_rows(data, subset)
            for side in ("premise", "hypothesis")}


def score_sample(path: Path, data: Path) -> ClaimSampleScore:
    """Items name an FNC-1 body ("body") or a side of an EQUATE news pair ("pair", "side")."""
    sample = json.loads(path.read_text(encoding="utf-8"))
    from_news = any("pair" in item for item in sample["claims"])
    bodies = {} if from_news else fnc_bodies(data)
    sentences = _news_sentences(data) if from_news else {}
    splitter = PysbdSplitter()
    prepared: dict[Any, list[Any]] = {}
    right = 0
    for item in sample["claims"]:
        key = (item["pair"], item["side"]) if "pair" in item else int(item["body"])
        if key not in prepared:
            document = (document_from_text("sentence", sentences[key]) if isinstance(key, tuple)
                        else body_document(key, bodies[key]))
            prepared[key] = list(prepare_document(document, splitter).claims)
        right += _right(item, prepared[key])
    return ClaimSampleScore(str(sample["part"]), len(sample["claims"]), right)


def claim_samples(folder: Path = LABEL_DIR) -> list[Path]:
    return sorted(folder.glob("claims_*.json")) if folder.is_dir() else []
