"""Shared fixtures: the seeds, analysed once per session; settings and data folders per test."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.core.ingest.loading import load_paths, seeds_dir
from desktop_app.core.pipeline.analysis import Analysis, analyze

# CI runs the property and fuzz tests on a fixed sequence of examples (HYPOTHESIS_PROFILE=ci in
# .ci/run), so a landing is never decided by the luck of a draw; local runs explore new inputs,
# and what they find is kept in .hypothesis/ and replayed until it is fixed.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--stall", action="store_true",
                     help="also run the event-loop stall measurements (timing: not for CI; the "
                          "benchmark `python -m desktop_app.bench` reports them)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--stall"):
        return
    skip = pytest.mark.skip(reason="timing measurement: run with --stall, or see python -m desktop_app.bench")
    for item in items:
        if "stall" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the user's real settings or data folder, nor does a program
    a test starts (XDG folders in the environment; QSettings' own paths when Qt is loaded)."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QSettings

        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / "config"))
    return home


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


def make_window(qtbot: Any, tmp_path: Path, analyze_fn: Any = None) -> Any:
    """A shown 1600x1000 window, empty; settings and autosave in tmp_path."""
    from PySide6.QtCore import QSettings

    from desktop_app.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    extra = {"analyze_fn": analyze_fn} if analyze_fn is not None else {}
    win = MainWindow(settings, autosave_dir=tmp_path / "autosave", **extra)
    qtbot.addWidget(win, before_close_func=lambda w: w.discard_unsaved_on_close())
    win.resize(1600, 1000)
    win.show()
    return win


def seeded_window(qtbot: Any, tmp_path: Path, analyze_fn: Any = None) -> Any:
    """A shown 1600x1000 window with the seeds analysed; settings and autosave in tmp_path."""
    win = make_window(qtbot, tmp_path, analyze_fn)
    with qtbot.waitSignal(win.analysisApplied, timeout=60_000):
        win.open_paths([seeds_dir()], remember=False)
    return win


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    """The seeded window of seeded_window, shut down after the test."""
    win = seeded_window(qtbot, tmp_path)
    yield win
    win.service.shutdown()
