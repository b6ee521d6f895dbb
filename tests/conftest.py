"""Shared fixtures: the seeds, analysed once per session."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.core.ingest.loading import load_paths, seeds_dir
from desktop_app.core.pipeline.analysis import Analysis, analyze

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed_analysis() -> Analysis:
    return analyze(load_paths([seeds_dir()]).documents)


def seed_id(analysis: Analysis, prefix: str) -> str:
    return next(d.id for d in analysis.documents if d.id.startswith(prefix))


def assert_quotes_slice(data: dict[str, Any]) -> None:
    """The JSON contract's invariant: every quote equals its document's text[start:end]."""
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for doc in data["documents"]:
        for start, end in doc["sentences"]:
            assert 0 <= start < end <= len(doc["text"])
        for claim in doc["claims"]:
            assert doc["text"][claim["start"] : claim["end"]] == claim["quote"]
    for finding in data["findings"]:
        passages = [finding["a"], finding["b"], *finding["members_a"], *finding["members_b"]]
        for passage in passages:
            assert texts[passage["doc"]][passage["start"] : passage["end"]] == passage["quote"]


def seeded_window(qtbot: Any, tmp_path: Path, analyze_fn: Any = None) -> Any:
    """A shown 1600x1000 window with the seeds analysed; settings and autosave in tmp_path."""
    from PySide6.QtCore import QSettings

    from desktop_app.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    extra = {"analyze_fn": analyze_fn} if analyze_fn is not None else {}
    win = MainWindow(settings, autosave_dir=tmp_path / "autosave", **extra)
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    with qtbot.waitSignal(win.analysisApplied, timeout=60_000):
        win.open_paths([seeds_dir()], remember=False)
    return win
