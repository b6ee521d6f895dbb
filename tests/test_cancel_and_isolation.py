"""Analyses report progress often enough to be cancelled on any input, and one article that
fails to be read does not stop the others. Work is counted, never timed."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from desktop_app.core.ingest.loading import document_from_text, load_paths, seeds_dir
from desktop_app.core.model import Document
from desktop_app.core.pipeline import analysis as pipeline
from desktop_app.core.pipeline.analysis import analyze
from desktop_app.core.text.segment import MAX_BLOCK, PysbdSplitter
from tests.conftest import ROOT
from tests.hostile_text import SHAPES


class Stop(Exception):
    """What a window raises from the progress callback to cancel."""


class CountingSplitter:
    def __init__(self, fail_on: str = "") -> None:
        self._splitter, self._fail_on, self.calls = PysbdSplitter(), fail_on, 0

    def __call__(self, block: str) -> list[str]:
        self.calls += 1
        if self._fail_on and self._fail_on in block:
            raise RuntimeError("the splitter broke\non this article")
        return self._splitter(block)


def test_an_article_that_fails_is_reported_and_the_others_analysed() -> None:
    docs = [document_from_text("a", "Homs has about 2 million residents. It is in Syria."),
            document_from_text("b", "This one BREAKS the reader. It has 5 sentences."),
            document_from_text("c", "Homs has 800,000 residents. It is in Syria.")]
    result = analyze(docs, splitter=CountingSplitter(fail_on="BREAKS"))
    assert [d.id for d in result.documents] == ["a", "b", "c"]
    broken = result.documents[1]
    assert broken.sentences == () and broken.claims == () and broken.text == docs[1].text
    assert result.problems == (("b", "could not be analysed (RuntimeError: the splitter broke on this "
                                     "article)"),)
    assert [len(d.claims) for d in (result.documents[0], result.documents[2])] == [1, 1]
    assert any(f.kind == "conflict" for f in result.findings)


def test_a_cancel_raised_from_progress_is_not_taken_for_a_broken_article() -> None:
    docs = [document_from_text("a", SHAPES["1% run"](50_000))]
    calls = []

    def progress(stage: str, fraction: float) -> None:
        calls.append(stage)
        if len(calls) == 3:
            raise Stop

    with pytest.raises(Stop):
        analyze(docs, progress=progress)
    assert len(calls) == 3


@pytest.mark.parametrize("shape", ["1% run", "million million", "Word. line", "X al Y chain",
                                   "single word", "endless sentence"])
def test_reading_a_hostile_article_reports_after_every_bounded_step(shape: str) -> None:
    """At least one report per splitter call (MAX_BLOCK characters at most) and per sentence."""
    text = SHAPES[shape](200_000)
    splitter, stages = CountingSplitter(), []
    result = analyze([document_from_text("x", text)], splitter=splitter,
                     progress=lambda stage, _fraction: stages.append(stage))
    sentences = len(result.documents[0].sentences)
    assert stages.count("reading") >= splitter.calls + sentences
    assert splitter.calls >= len(text) // MAX_BLOCK


def _seeds() -> tuple[Document, ...]:
    return load_paths([seeds_dir()]).documents


def test_blocked_scoring_reports_per_chunk_and_scores_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = analyze(_seeds(), exhaustive=False)
    monkeypatch.setattr(pipeline, "SCORING_CHUNK", 100)
    stages: list[str] = []
    chunked = analyze(_seeds(), exhaustive=False, progress=lambda stage, _f: stages.append(stage))
    assert stages.count("aligning") >= whole.pairs.pairs_scored // 100
    assert np.array_equal(whole.pairs.scores, chunked.pairs.scores)
    assert np.array_equal(whole.pairs.rows, chunked.pairs.rows)


def test_exhaustive_scoring_reports_per_document() -> None:
    stages: list[str] = []
    result = analyze(_seeds(), exhaustive=True, progress=lambda stage, _f: stages.append(stage))
    assert stages.count("aligning") >= len(result.documents) - 1


def test_a_cancel_stops_a_thread_stuck_on_a_hostile_article() -> None:
    """The job ends at the first report after the cancel: one more call, not the whole article."""
    cancel, reports_after_cancel, outcome = threading.Event(), [0], []
    text = SHAPES["1% run"](2_000_000)  # minutes of work were it not cancelled

    def progress(_stage: str, _fraction: float) -> None:
        if cancel.is_set():
            reports_after_cancel[0] += 1
            raise Stop
        cancel.set()  # cancel as soon as the job has started

    def job() -> None:
        try:
            analyze([document_from_text("x", text)], progress=progress)
            outcome.append("finished")
        except Stop:
            outcome.append("cancelled")

    thread = threading.Thread(target=job)
    thread.start()
    thread.join(timeout=600)  # a safety net for a broken build, not a measure
    assert outcome == ["cancelled"] and reports_after_cancel == [1]


@pytest.mark.gui
def test_window_job_runner_cancel_stops_a_job_on_a_hostile_article(qtbot: object) -> None:
    from desktop_app.ui.worker import JobRunner

    runner = JobRunner()
    text = SHAPES["million million"](2_000_000)
    counted = {"reports": 0, "finished": 0}

    def job(progress: object) -> object:
        def counting(stage: str, fraction: float) -> None:
            counted["reports"] += 1
            progress(stage, fraction)  # type: ignore[operator]  # raises Cancelled once cancelled

        result = analyze([document_from_text("x", text)], progress=counting)
        counted["finished"] += 1
        return result

    delivered: list[object] = []
    runner.finished.connect(delivered.append)
    with qtbot.waitSignal(runner.progress, timeout=120_000):  # type: ignore[attr-defined]
        runner.submit(job)
    runner.cancel()
    reports_at_cancel = counted["reports"]
    assert runner.wait(600_000)
    assert counted["finished"] == 0 and delivered == []
    # It stopped at its next report: a few reports at most, against thousands for the article.
    assert counted["reports"] - reports_at_cancel <= 2


def test_cli_names_the_article_that_failed(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from desktop_app.core.pipeline import analysis\n"
        "original = analysis.prepare_document\n"
        "def failing(doc, splitter, progress=analysis._ignore):\n"
        "    if 'BREAKS' in doc.text:\n"
        "        raise ValueError('bad text')\n"
        "    return original(doc, splitter, progress)\n"
        "analysis.prepare_document = failing\n"
        "from desktop_app.cli import run\n"
        "sys.exit(run(sys.argv[1:]))\n"
    )
    (tmp_path / "good.txt").write_text("Homs has 800,000 residents. It is in Syria.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("This BREAKS the reader.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", script, "analyze", str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert done.stderr.splitlines() == ["error: bad: could not be analysed (ValueError: bad text)"]
    assert "800,000" in done.stdout
