"""Benchmark: `python -m desktop_app.bench [--sizes 5 50 200] [--wire-sizes 50 200]`.

Builds corpora of N articles from the seeds (sentences shuffled, numbers perturbed)
and prints Markdown tables: alignment throughput against a difflib baseline,
blocking recall against exhaustive scoring, end-to-end time and peak memory; then
the wire corpus (syndicated copy) through the command line, and how many of the
pairwise engine's findings grouping keeps (bench_groups).
"""

from __future__ import annotations

import argparse
import difflib
import itertools
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .bench_groups import WIRE_SIZES, print_coverage, print_wire_table, wire_one
from .bench_window import table_rows as window_wire_rows
from .core.compare.align import score_blocked, score_exhaustive
from .core.compare.copies import COMPARED
from .core.compare.scoring import _weighted_tokens, default_scorer
from .core.findings.opposition import polarity
from .core.ingest.loading import document_from_text, load_paths, seeds_dir
from .core.model import Document
from .core.pipeline.analysis import (
    DEFAULT_THRESHOLD,
    STORE_FLOOR,
    MemoryCache,
    analyze,
    build_sentence_corpus,
    prepare_document,
)
from .core.pipeline.synthetic import synthetic_corpus
from .core.text.segment import PysbdSplitter

BASELINE_PAIRS = 20_000
STALL_SIZES = (50, 200)  # the window must stay responsive while these many articles are analysed
STALL_BOUND_MS = 100
WINDOW_WIRE_SIZES = [500]  # the window opening the wire corpus (bench_window): stall and peak memory
DEFAULT_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def _prepared(documents: Sequence[Document]) -> list[Document]:
    splitter = PysbdSplitter()
    return [prepare_document(doc, splitter) for doc in documents]


@dataclass(frozen=True)
class Throughput:
    exhaustive: float  # pairs/s, every pair scored with cdist
    blocked: float  # possible pairs decided per second: candidates by shared words, then cpdist
    baseline: float  # difflib.SequenceMatcher pairs/s
    pairs: int


def _forget_tokens() -> None:
    _weighted_tokens.cache_clear()
    polarity.cache_clear()


def alignment_throughput(documents: Sequence[Document]) -> Throughput:
    """Sentence pairs per second for both aligner paths (normalisation and index included)
    and for difflib comparing the sentences as written, on a random sample of pairs."""
    prepared = _prepared(documents)
    scorer = default_scorer()
    _forget_tokens()
    start = time.perf_counter()
    corpus, _ = build_sentence_corpus(prepared)
    full = score_exhaustive(corpus, scorer, STORE_FLOOR)
    exhaustive = full.pairs_scored / (time.perf_counter() - start)
    _forget_tokens()  # each path tokenises from scratch, as a first analysis does
    start = time.perf_counter()
    corpus, _ = build_sentence_corpus(prepared)
    blocked = score_blocked(corpus, scorer, STORE_FLOOR)
    blocked_rate = blocked.pairs_possible / (time.perf_counter() - start)
    sentences = [doc.sentence_text(i) for doc in prepared for i in range(len(doc.sentences))]
    sample = np.random.default_rng(1).integers(0, len(sentences), size=(BASELINE_PAIRS, 2))
    start = time.perf_counter()
    for i, j in sample.tolist():
        difflib.SequenceMatcher(None, sentences[i], sentences[j]).ratio()
    baseline = BASELINE_PAIRS / (time.perf_counter() - start)
    return Throughput(exhaustive, blocked_rate, baseline, full.pairs_possible)


def blocking_recall(documents: Sequence[Document], threshold: float) -> tuple[float, int, int, int]:
    """Share of pairs that exhaustive scoring keeps above threshold which blocking also keeps."""
    corpus, _ = build_sentence_corpus(_prepared(documents))
    scorer = default_scorer()
    full = score_exhaustive(corpus, scorer, threshold)
    blocked = score_blocked(corpus, scorer, threshold)
    wanted = set(zip(full.rows.tolist(), full.cols.tolist(), strict=True))
    kept = set(zip(blocked.rows.tolist(), blocked.cols.tolist(), strict=True))
    recall = len(wanted & kept) / len(wanted) if wanted else 1.0
    return recall, len(wanted), blocked.pairs_scored, blocked.pairs_possible


def one_size(size: int, sentences: int) -> dict[str, float]:
    """Measure one corpus size in this process (run in a child so peak memory is its own)."""
    seeds = load_paths([seeds_dir()]).documents
    documents = list(seeds) if size == len(seeds) else synthetic_corpus(seeds, size + 1, sentences)[:size]
    extra = synthetic_corpus(seeds, size + 1, sentences)[size] if size != len(seeds) else None
    cache = MemoryCache()
    start = time.perf_counter()
    result = analyze(documents, cache=cache)
    elapsed = time.perf_counter() - start
    added = 0.0
    if extra is not None:
        start = time.perf_counter()
        analyze([*documents, extra], previous=result, cache=cache)
        added = time.perf_counter() - start
    return {"size": size, "sentences": int((result.copies.standing == COMPARED).sum()), "seconds": elapsed,
            "add_one": added, "findings": len(result.findings), "scored": result.pairs.pairs_scored,
            "possible": result.pairs.pairs_possible,
            "peak_mb": peak_memory_mb()}


def peak_memory_mb() -> float:
    """This process's peak resident memory. Linux's VmHWM starts afresh at exec, whereas
    ru_maxrss keeps the parent's peak from before the fork."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def measure_in_child(size: int, sentences: int) -> dict[str, float]:
    output = subprocess.run([sys.executable, "-m", "desktop_app.bench", "--one", str(size),
                             "--sentences", str(sentences)], capture_output=True, text=True, check=True)
    data: dict[str, float] = json.loads(output.stdout.strip().splitlines()[-1])
    return data


def window_stall(size: int, sentences: int) -> float:
    """Largest gap between 10 ms timer ticks while the window analyses `size` articles."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, autosave_dir=Path(folder))
        window.resize(1600, 1000)
        window.show()
        ticks: list[float] = []
        timer = QTimer(interval=10)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        window.analysisApplied.connect(lambda: QTimer.singleShot(300, app.quit))
        timer.start()
        window.model.set_documents(synthetic_corpus(load_paths([seeds_dir()]).documents, size, sentences))
        app.exec()
        timer.stop()
        window.close()
        window.deleteLater()
    return max(b - a for a, b in itertools.pairwise(ticks))


def fnc1_articles(data: Path) -> list[Document]:
    """FNC-1's real article bodies, when the shared evaluation folder is present."""
    bodies = data / "fnc1_same_event" / "bodies.jsonl"
    if not bodies.is_file():
        return []
    rows = [json.loads(line) for line in bodies.open(encoding="utf-8") if line.strip()]
    return [document_from_text(f"fnc{row['body_id']}", row["text"]) for row in rows]


def real_articles(data: Path) -> tuple[int, float] | None:
    """FNC-1's real articles analysed end to end, when the shared evaluation folder is present."""
    documents = fnc1_articles(data)
    if not documents:
        return None
    start = time.perf_counter()
    analyze(documents)
    return len(documents), time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop_app.bench", description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 50, 200, 500])
    parser.add_argument("--sentences", type=int, default=40, help="sentences per generated article")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--wire-sizes", type=int, nargs="*", default=list(WIRE_SIZES),
                        help="sizes of the wire corpus (syndicated copy) run end to end")
    parser.add_argument("--wire-one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--no-window", action="store_true", help="skip the window stall measure")
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(one_size(args.one, args.sentences)))
        return 0
    if args.wire_one is not None:
        print(json.dumps(wire_one(args.wire_one, peak_memory_mb)))
        return 0
    seeds = load_paths([seeds_dir()]).documents
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()}, "
          f"Python {platform.python_version()}")
    rate = alignment_throughput(synthetic_corpus(seeds, 50, args.sentences))
    print("\n| measure | value |\n|---|---:|")
    print(f"| aligner as run (blocking + cpdist on candidates), pairs/s, 50 articles | {rate.blocked:,.0f} |")
    print(f"| exhaustive cdist on every pair, pairs/s | {rate.exhaustive:,.0f} |")
    print(f"| difflib.SequenceMatcher on the sentences as written, pairs/s | {rate.baseline:,.0f} |")
    print(f"| speed-up over difflib: as run / exhaustive | {rate.blocked / rate.baseline:,.0f}x / "
          f"{rate.exhaustive / rate.baseline:,.0f}x |")
    for label, documents in (("the seeds", list(seeds)),
                             ("50 generated articles", synthetic_corpus(seeds, 50, args.sentences))):
        recall, wanted, scored, possible = blocking_recall(documents, DEFAULT_THRESHOLD)
        print(f"| blocking recall on {label} at {DEFAULT_THRESHOLD} ({wanted:,} pairs above it; "
              f"{scored:,} of {possible:,} pairs scored) | {recall:.2%} |")
    real = real_articles(DEFAULT_EVAL)
    if real is not None:
        print(f"| {real[0]} real articles (FNC-1 bodies), end to end | {real[1]:.2f} s |")
    print_coverage("the seeds", list(seeds))
    if real is not None:
        print_coverage("FNC-1", fnc1_articles(DEFAULT_EVAL))
    if not args.no_window:
        for size in STALL_SIZES:
            stall = window_stall(size, args.sentences) * 1000
            verdict = "within" if stall < STALL_BOUND_MS else "over"
            print(f"| largest event-loop stall, window analysing {size} articles "
                  f"({verdict} the {STALL_BOUND_MS} ms bound) | {stall:.0f} ms |")
        for line in window_wire_rows(WINDOW_WIRE_SIZES):  # duplicate-heavy, in its own process
            print(line)
    print("\n| articles | sentences | end to end (s) | adding one more (s) | findings | pairs scored | "
          "pairs possible | peak memory (MB) |\n|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        row = measure_in_child(size, args.sentences)
        print(f"| {size} | {row['sentences']:,} | {row['seconds']:.2f} | {row['add_one']:.2f} | "
              f"{row['findings']:,} | {row['scored']:,} | {row['possible']:,} | {row['peak_mb']:,.0f} |")
    if args.wire_sizes:
        print_wire_table(args.wire_sizes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
