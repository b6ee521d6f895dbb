"""The comparison model and the paint rules, without a window."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from desktop_app.core.ingest.loading import load_paths, seeds_dir
from desktop_app.core.pipeline.analysis import Analysis, analyze
from desktop_app.core.pipeline.synthetic import wire_corpus
from desktop_app.ui.comparison import MAX_DEFAULT_PANES, ComparisonModel
from desktop_app.ui.jobs import prepare_view
from desktop_app.ui.paint_plan import far_links, neighbour_links, paintable


@pytest.fixture
def model(qtbot: QtBot, tmp_path: Path, seed_analysis: Analysis) -> ComparisonModel:
    comparison = ComparisonModel(tmp_path / "autosave")
    comparison.set_documents(seed_analysis.documents)
    comparison.set_view(prepare_view(seed_analysis))
    return comparison


def first(analysis: Analysis, kind: str) -> int:
    return next(i for i, f in enumerate(analysis.findings) if f.kind == kind)


def test_documents_change_once_and_the_first_eight_are_laid_out(qtbot: QtBot, tmp_path: Path,
                                                                  seed_analysis: Analysis) -> None:
    model = ComparisonModel(tmp_path)
    many = [dataclasses.replace(seed_analysis.documents[i % 5], id=f"doc{i}") for i in range(11)]
    with qtbot.waitSignals([model.documentsChanged, model.shownChanged]):
        model.set_documents(many)
    assert model.shown_ids() == [f"doc{i}" for i in range(MAX_DEFAULT_PANES)]
    model.remove_documents({"doc0"})
    assert "doc0" not in model.shown_ids() and len(model.shown_ids()) == MAX_DEFAULT_PANES


def test_selecting_a_finding_reveals_its_passages(qtbot: QtBot, model: ComparisonModel,
                                                  seed_analysis: Analysis) -> None:
    index = first(seed_analysis, "conflict")
    with qtbot.waitSignal(model.revealRequested) as revealed, qtbot.waitSignal(model.currentChanged):
        model.select(index)
    finding = seed_analysis.findings[index]
    assert model.current == index and model.current_finding() == finding
    assert [p.doc for p in revealed.args[0]] == [finding.a.doc, finding.b.doc]


def test_two_article_mode_follows_the_selected_finding(model: ComparisonModel,
                                                       seed_analysis: Analysis) -> None:
    ids = [d.id for d in seed_analysis.documents]
    model.show_pair(ids[0], ids[1])
    assert model.shown_ids() == ids[:2]
    finding = seed_analysis.findings[first(seed_analysis, "conflict")]
    model.select(first(seed_analysis, "conflict"))
    assert set(model.shown_ids()) == {finding.a.doc, finding.b.doc}


def test_a_new_analysis_keeps_the_selected_finding(model: ComparisonModel, seed_analysis: Analysis) -> None:
    index = first(seed_analysis, "conflict")
    model.select(index)
    chosen = model.current_finding()
    model.set_view(prepare_view(seed_analysis.reclassify(0.30)))
    assert model.current_finding() == chosen


def test_counts_leave_dismissed_findings_out(model: ComparisonModel, seed_analysis: Analysis) -> None:
    conflicts, agreements, dismissed = model.counts()
    assert (conflicts, dismissed) == (seed_analysis.findings.conflict_count(), 0)
    model.select(first(seed_analysis, "conflict"))
    finding = model.current_finding()
    assert finding is not None
    model.project.store().dismiss(finding.id, "now")
    model.project.reload()
    assert model.counts() == (conflicts - 1, agreements, 1)


def test_threshold_is_kept_in_range_and_announced_once(qtbot: QtBot, model: ComparisonModel) -> None:
    with qtbot.waitSignal(model.thresholdChanged) as changed:
        model.set_threshold(5.0)
    assert changed.args == [0.9] and model.threshold == 0.9
    with qtbot.assertNotEmitted(model.thresholdChanged):
        model.set_threshold(0.9)


def test_paint_only_findings_between_shown_articles(seed_analysis: Analysis) -> None:
    findings = seed_analysis.findings
    ids = [d.id for d in seed_analysis.documents]
    none = np.zeros(len(findings), dtype=bool)
    everything = paintable(findings, ids, none, False)
    assert everything.all()
    pair = ids[3:5]
    shown = paintable(findings, pair, none, False)
    for index in range(len(findings)):
        side_a, side_b = findings.side_documents(index)
        if findings.is_group[index]:
            expected = len(set(side_a) & set(pair)) == 2
        else:
            expected = bool(set(side_a) & set(pair)) and bool(set(side_b) & set(pair))
        assert shown[index] == expected
    dismissed = none.copy()
    dismissed[0] = True
    assert not paintable(findings, ids, dismissed, False)[0]
    assert paintable(findings, ids, dismissed, True)[0]


def test_a_group_is_painted_between_any_two_of_its_articles() -> None:
    """Not only between the two articles its representative passages are in."""
    analysis = analyze(wire_corpus(load_paths([seeds_dir()]).documents, 30, 30))
    findings = analysis.findings
    none = np.zeros(len(findings), dtype=bool)
    index = next(i for i in np.flatnonzero(findings.is_group) if findings.article_counts[i] > 3)
    finding = findings[int(index)]
    side_a, _ = findings.side_documents(int(index))
    others = [d for d in side_a if d not in (finding.a.doc, finding.b.doc)]
    assert paintable(findings, others[:2], none, False)[index]
    assert not paintable(findings, others[:1], none, False)[index]
    left, right = others[0], others[1]
    links = neighbour_links(findings, left, right, np.ones(len(findings), dtype=bool))
    assert any(link.finding == index for link in links)


def test_far_conflicts_get_a_band_towards_their_pane(seed_analysis: Analysis) -> None:
    findings = seed_analysis.findings
    ids = [d.id for d in seed_analysis.documents]
    mask = np.ones(len(findings), dtype=bool)
    conflicts = [f for f in findings if f.kind == "conflict"]
    far = [f for f in conflicts if abs(ids.index(f.a.doc) - ids.index(f.b.doc)) > 1]
    assert far, "the seeds have a conflict between articles that are not neighbours"
    finding = far[0]
    left, right = sorted((ids.index(finding.a.doc), ids.index(finding.b.doc)))
    leaving = far_links(findings, ids, left, mask, -1)  # the strip right of the left article
    assert any(link.side == "left" and link.target == ids[right] for link in leaving)
    arriving = far_links(findings, ids, right - 1, mask, -1)  # the strip left of the right article
    assert any(link.side == "right" and link.target == ids[left] for link in arriving)
    for position in range(len(ids) - 1):  # neighbours' bands never include it
        links = neighbour_links(findings, ids[position], ids[position + 1], mask)
        assert all(findings[link.finding] != finding for link in links)
