"""Component scores on external test data: sentences, numbers, seed agreements, FNC-1 events."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.claims.digits_for_words import rewrite_numbers
from ..core.claims.numbers import find_numbers, ordinal_value, words_to_number
from ..core.ingest.loading import document_from_text, load_paths, seeds_dir
from ..core.model import Finding
from ..core.pipeline.analysis import analyze
from ..core.text.segment import PysbdSplitter, split_sentences

LABELS = Path(__file__).resolve().parents[1] / "data" / "seed_alignment_labels.json"


@dataclass(frozen=True)
class Score:
    """One line of the report: what was measured, how many passed, of how many."""

    name: str
    passed: int
    total: int
    note: str = ""

    @property
    def percent(self) -> float:
        return 100.0 * self.passed / self.total if self.total else 0.0


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def golden_rules(data: Path) -> Score:
    """English Golden Rules: the sentence list must match exactly."""
    splitter = PysbdSplitter()
    rows = list(_rows(data / "pysbd_golden_rules" / "golden_rules_en.jsonl"))
    passed = 0
    for row in rows:
        text = row["text"]
        got = [text[s.start : s.end].strip() for s in split_sentences(text, splitter)]
        passed += got == [s.strip() for s in row["expected_sentences"]]
    return Score("sentence boundaries: English Golden Rules", passed, len(rows))


def sentence_spans(data: Path) -> Score:
    """pySBD cases with character spans (clean=False): every span exactly right."""
    splitter = PysbdSplitter()
    passed = total = 0
    for row in _rows(data / "pysbd_golden_rules" / "pysbd_en_cases.jsonl"):
        spans = row.get("derived_spans_stripped")
        if row.get("clean") or not spans:
            continue
        total += 1
        got = [(s.start, s.end) for s in split_sentences(row["text"], splitter)]
        passed += got == [(s["start"], s["end"]) for s in spans]
    return Score("sentence spans: pySBD cases with offsets", passed, total)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def quantity_values(data: Path) -> tuple[Score, Score]:
    """quantulum3 sentences: values found at the right place (recall) and numbers not expected."""
    found = total = extracted = correct = 0
    for row in _rows(data / "quantulum3" / "quantities.jsonl"):
        mentions = [m for m in find_numbers(row["text"]) if not m.ordinal]
        extracted += len(mentions)
        for expected in row["quantities"]:
            total += 1
            hit = any(_close(m.value, expected["value"]) and m.start < expected["end"]
                      and expected["start"] < m.end for m in mentions)
            found += hit
        correct += sum(any(_close(m.value, q["value"]) for q in row["quantities"]) for m in mentions)
    return (Score("quantities: values recalled (quantulum3)", found, total),
            Score("quantities: numbers extracted that are expected", correct, extracted))


def _value_cases(data: Path) -> Iterator[tuple[str, str, Any]]:
    for row in _rows(data / "quantulum3" / "spellout_values.jsonl"):
        yield "spell-out", row["text"], row["expected_values"][0] if row["expected_values"] else None
    for row in _rows(data / "number_parser" / "number_parser_en_cases.jsonl"):
        yield row["function"], row["input"], row["expected"]
    for row in _rows(data / "text2num" / "text2num_en_cases.jsonl"):
        yield row["function"], row["input"], row["expected"]


def _parse_number(text: str) -> float | None:
    return words_to_number(text.split()) if text.strip() else None


SOLVERS: dict[str, Callable[[str], Any]] = {
    "spell-out": _parse_number,
    "parse_number": _parse_number,
    "text2num": _parse_number,
    "parse_ordinal": lambda text: ordinal_value(text.strip().replace(" ", "-")) if text.strip() else None,
    "parse": lambda text: rewrite_numbers(text).strip(),
    "alpha2digit": lambda text: rewrite_numbers(text).strip(),
}


def number_words(data: Path) -> list[Score]:
    """Number words and ordinals, by task; fractions are not a goal and are reported as such."""
    tallies: dict[str, list[int]] = {}
    for task, text, expected in _value_cases(data):
        solver = SOLVERS.get(task)
        tally = tallies.setdefault(task, [0, 0])
        tally[1] += 1
        if solver is None:
            continue
        got = solver(text)
        if isinstance(expected, str):
            ok = got == expected.strip()
        elif expected is None:
            ok = got is None
        else:
            ok = got is not None and _close(float(got), float(expected))
        tally[0] += ok
    return [Score(f"number words: {task}", passed, total,
                  "" if task in SOLVERS else "not attempted (fractions)")
            for task, (passed, total) in sorted(tallies.items())]


def seed_alignment() -> Score:
    """Agreements reported on the seeds that a person labelled as the same statement."""
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    analysis = analyze(load_paths([seeds_dir()]).documents)
    starts = {d.id[:3]: d for d in analysis.documents}
    positives = {frozenset([(a, starts[a].sentences[i].start), (b, starts[b].sentences[j].start)])
                 for a, i, b, j, _ in labels["agree"]}
    table = analysis.findings
    found = {frozenset([(a.doc[:3], a.start), (b.doc[:3], b.start)])
             for index, finding in enumerate(table) if finding.kind == "agree"
             for a, b in table.pairs_of(index)}
    hits = len(found & positives)
    return Score("seed agreements: precision (labelled pairs / reported pairs)", hits, len(found),
                 f"recall {hits}/{len(positives)} labelled pairs")


def same_event_findings(data: Path) -> list[Score]:
    """On 463 real articles of 55 events (FNC-1): a finding between two articles of different
    events is surely wrong, so the share inside one event bounds precision from above."""
    folder = data / "fnc1_same_event"
    cluster = {body: row["cluster_id"] for row in _rows(folder / "event_clusters.jsonl")
               for body in row["body_ids"]}
    documents = [document_from_text(f"fnc{row['body_id']}", row["text"])
                 for row in _rows(folder / "bodies.jsonl")]
    analysis = analyze(documents)

    def same(finding: Finding) -> bool:
        return bool(cluster[int(finding.a.doc[3:])] == cluster[int(finding.b.doc[3:])])

    scores = []
    for kind in ("agree", "conflict"):
        chosen = [f for f in analysis.findings if f.kind == kind]
        scores.append(Score(f"FNC-1 {kind} findings within one event ({len(documents)} articles)",
                            sum(map(same, chosen)), len(chosen)))
    return scores
