"""Benchmark: `python -m desktop_app.bench [--sizes 5 50 200]`.

Builds corpora of N articles from the seeds (sentences shuffled, numbers perturbed)
and prints one Markdown table: alignment throughput against a difflib baseline,
blocking recall against exhaustive scoring, end-to-end time and peak memory.
"""

from __future__ import annotations

import argparse
import difflib
import platform
import resource
import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .core.align import score_blocked, score_exhaustive
from .core.analysis import DEFAULT_THRESHOLD, STORE_FLOOR, analyze, build_sentence_corpus, prepare_document
from .core.loading import load_paths, seeds_dir
from .core.model import Document
from .core.scoring import default_scorer
from .core.segment import PysbdSplitter
from .core.synthetic import synthetic_corpus

BASELINE_PAIRS = 20_000


def _prepared(documents: Sequence[Document]) -> list[Document]:
    splitter = PysbdSplitter()
    return [prepare_document(doc, splitter) for doc in documents]


@dataclass(frozen=True)
class Throughput:
    exhaustive: float  # pairs/s, every pair scored with cdist
    blocked: float  # possible pairs decided per second: candidates by shared words, then cpdist
    baseline: float  # difflib.SequenceMatcher pairs/s
    pairs: int


def alignment_throughput(documents: Sequence[Document]) -> Throughput:
    """Sentence pairs per second for both aligner paths (normalisation and index included)
    and for difflib comparing the sentences as written, on a random sample of pairs."""
    prepared = _prepared(documents)
    scorer = default_scorer()
    start = time.perf_counter()
    corpus, _ = build_sentence_corpus(prepared)
    full = score_exhaustive(corpus, scorer, STORE_FLOOR)
    exhaustive = full.pairs_scored / (time.perf_counter() - start)
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


def end_to_end(documents: Sequence[Document]) -> tuple[float, int, int, int]:
    start = time.perf_counter()
    result = analyze(documents)
    elapsed = time.perf_counter() - start
    return elapsed, len(result.findings), result.pairs.pairs_scored, result.pairs.pairs_possible


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop_app.bench", description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 50, 200])
    parser.add_argument("--sentences", type=int, default=40, help="sentences per generated article")
    args = parser.parse_args(argv)
    seeds = load_paths([seeds_dir()]).documents
    print(f"machine: {platform.machine()}, {platform.system()}, Python {platform.python_version()}")
    rate = alignment_throughput(synthetic_corpus(seeds, 50, args.sentences))
    print("\n| measure (50 generated articles) | value |\n|---|---:|")
    print(f"| sentence pairs possible | {rate.pairs:,} |")
    print(f"| aligner as run (blocking + cpdist on candidates), pairs/s | {rate.blocked:,.0f} |")
    print(f"| exhaustive cdist on every pair, pairs/s | {rate.exhaustive:,.0f} |")
    print(f"| difflib.SequenceMatcher on the sentences as written, pairs/s | {rate.baseline:,.0f} |")
    print(f"| speed-up over difflib: as run / exhaustive | {rate.blocked / rate.baseline:,.0f}x / "
          f"{rate.exhaustive / rate.baseline:,.0f}x |")
    recall, wanted, blocked_scored, possible = blocking_recall(synthetic_corpus(seeds, 50, args.sentences),
                                                              DEFAULT_THRESHOLD)
    print(f"| blocking recall at threshold {DEFAULT_THRESHOLD} ({wanted:,} pairs above it) | "
          f"{recall:.2%} |")
    print(f"| pairs scored with blocking / possible | {blocked_scored:,} / {possible:,} |")
    print("\n| articles | sentences | end to end (s) | findings | pairs scored | pairs possible | "
          "peak memory (MB) |\n|---:|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        documents = seeds if size == len(seeds) else synthetic_corpus(seeds, size, args.sentences)
        elapsed, findings, pairs_scored, pairs_possible = end_to_end(documents)
        sentences = sum(len(d.text) for d in documents) // 150
        print(f"| {size} | ~{sentences:,} | {elapsed:.2f} | {findings:,} | {pairs_scored:,} | "
              f"{pairs_possible:,} | {peak_memory_mb():,.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
