"""Benchmark helpers for syndicated copy: the wire corpus end to end, and what grouping keeps.

`python -m desktop_app.bench` prints these beside its own tables:

- the wire corpus (core.pipeline.synthetic.wire_corpus: 60 sentences per article drawn with
  replacement from all the seeds' sentences, reader comments included, a third of numbers
  changed) written to a folder and run through `source-compare analyze DIR --format json
  --output FILE`, each size in its own process so its peak memory is its own;
- coverage: the pairwise engine's findings (every scored sentence pair, as before grouping)
  against the groups and links, on the seeds and on FNC-1's real articles. A pair is covered
  when one group holds both passages, or one link of the same kind has one on each side.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from .cli import run
from .core.findings.decide import classify_pairs
from .core.ingest.loading import load_paths, seeds_dir
from .core.model import Document
from .core.pipeline.analysis import DEFAULT_THRESHOLD, analyze, pairwise
from .core.pipeline.synthetic import wire_corpus

WIRE_SIZES = (50, 200, 500, 1000)


def wire_one(size: int, peak_memory_mb: Callable[[], float]) -> dict[str, float]:
    """Write `size` wire articles to a folder and analyse them with the command line, in this
    process (run it in a child: the peak memory is the process's own). The peak is read
    after the run, before the report is parsed for its counts."""
    documents = wire_corpus(load_paths([seeds_dir()]).documents, size)
    with tempfile.TemporaryDirectory() as folder:
        articles = Path(folder) / "articles"
        articles.mkdir()
        for doc in documents:
            (articles / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8")
        del documents
        report = Path(folder) / "report.json"
        start, cpu = time.perf_counter(), time.process_time()
        status = run(["analyze", str(articles), "--format", "json", "--output", str(report)])
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        peak = peak_memory_mb()
        size_mb = report.stat().st_size / 1e6
        data = json.loads(report.read_text(encoding="utf-8"))
    findings = data["findings"]
    sentences = sum(len(doc["sentences"]) for doc in data["documents"])
    return {"size": size, "status": status, "sentences": sentences, "seconds": seconds, "cpu": cpu,
            "peak_mb": peak,
            "output_mb": size_mb, "findings": len(findings),
            "groups": sum(1 for f in findings if f["group"]),
            "conflicts": sum(1 for f in findings if f["kind"] == "conflict"),
            "largest_group": max((f["articles"] for f in findings if f["group"]), default=0)}


def measure_wire_in_child(size: int) -> dict[str, float]:
    output = subprocess.run([sys.executable, "-m", "desktop_app.bench", "--wire-one", str(size)],
                            capture_output=True, text=True, check=True)
    data: dict[str, float] = json.loads(output.stdout.strip().splitlines()[-1])
    return data


def print_wire_table(sizes: Sequence[int]) -> None:
    print("\n| wire articles | sentences | end to end (s) | CPU (s) | peak memory (MB) | JSON (MB) | "
          "findings | groups | conflicts | largest group (articles) |\n" + "|---:" * 10 + "|")
    rows = [measure_wire_in_child(size) for size in sizes]
    for row in rows:
        print(f"| {row['size']:,} | {row['sentences']:,} | {row['seconds']:.2f} | {row['cpu']:.2f} | "
              f"{row['peak_mb']:,.0f} | "
              f"{row['output_mb']:.1f} | {row['findings']:,} | {row['groups']:,} | {row['conflicts']:,} | "
              f"{row['largest_group']:,} |")
    by_size = {row["size"]: row for row in rows}
    if 50 in by_size and 500 in by_size:
        small, large = by_size[50], by_size[500]
        print(f"\nwire corpus, 50 to 500 articles: time x{large['seconds'] / small['seconds']:.1f} "
              f"(CPU x{large['cpu'] / small['cpu']:.1f}), "
              f"JSON x{large['output_mb'] / small['output_mb']:.1f}")


def coverage(documents: Sequence[Document]) -> tuple[Counter[str], Counter[str]]:
    """(pair findings of the pairwise engine by kind, how many of them the groups cover)."""
    analysis = analyze(documents)
    docs = analysis.documents
    corpus, sentence_of, pairs = pairwise(docs)
    before = classify_pairs(docs, corpus, sentence_of, pairs, DEFAULT_THRESHOLD)
    table = analysis.findings
    where: dict[tuple[str, int], set[tuple[int, int]]] = defaultdict(set)
    for index in range(len(table)):
        for side, passages in enumerate(table.members(index)):
            for passage in passages:
                where[(passage.doc, passage.start)].add((index, side))

    def covered(a: tuple[str, int], b: tuple[str, int], kind: str) -> bool:
        return any(("conflict" if table.kind_codes[i] == 0 else "agree") == kind
                   and (i, 0 if table.is_group[i] else 1 - side) in where[b] for i, side in where[a])

    wanted = [("agree (same statement)", (docs[a].id, docs[a].sentences[s].start),
               (docs[b].id, docs[b].sentences[t].start), "agree")
              for a, s, b, t in zip(before.doc_a.tolist(), before.sent_a.tolist(), before.doc_b.tolist(),
                                    before.sent_b.tolist(), strict=True)]
    wanted += [(f"{f.kind} ({f.rule})", (f.a.doc, f.a.start), (f.b.doc, f.b.start), f.kind)
               for f in before.objects]
    total, kept = Counter[str](), Counter[str]()
    for label, a, b, kind in wanted:
        total[label] += 1
        kept[label] += covered(a, b, kind)
    return total, kept


def print_coverage(label: str, documents: Sequence[Document]) -> None:
    total, kept = coverage(documents)
    for kind in sorted(total):
        print(f"| pair findings kept by grouping, {label}: {kind} | {kept[kind]:,} of {total[kind]:,} |")
