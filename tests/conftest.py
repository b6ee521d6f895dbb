"""Shared fixtures: the seeds, analysed once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.core.analysis import Analysis, analyze
from desktop_app.core.loading import load_paths, seeds_dir

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed_analysis() -> Analysis:
    return analyze(load_paths([seeds_dir()]).documents)


def seed_id(analysis: Analysis, prefix: str) -> str:
    return next(d.id for d in analysis.documents if d.id.startswith(prefix))
