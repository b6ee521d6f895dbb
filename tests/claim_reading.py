"""Reading one made-up text's claims, and the conflicts two made-up articles give, shared by
the tables of claim-reading and figure-comparison tests."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.model import Claim
from desktop_app.core.pipeline.analysis import analyze, prepare_document
from desktop_app.core.text.segment import PysbdSplitter

SPLITTER = PysbdSplitter()


def claims_of(text: str) -> tuple[Claim, ...]:
    """The claims the engine reads in `text`, as one article."""
    return prepare_document(document_from_text("a", text), SPLITTER).claims


def read(text: str, field: str = "qualifier") -> list[tuple[str, Any, str, str]]:
    """Each claim's quote, value (approximately), unit and `field` (its qualifier unless told),
    in text order."""
    return [(c.quote, pytest.approx(c.value, rel=1e-4), c.unit, getattr(c, field)) for c in claims_of(text)]


def conflict_values(first: str, second: str) -> list[tuple[str, ...]]:
    """The two values of each conflict the engine reports between two articles, sorted."""
    analysis = analyze([document_from_text("A", first), document_from_text("B", second)])
    return sorted(f.values for f in analysis.findings if f.kind == "conflict")
