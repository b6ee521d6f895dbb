"""Hostile-input benchmark: `python -m desktop_app.bench_hostile [--only TEXT] [--scale F]`.

Runs each slow shape of issue 13 at the size the issue measured it, plus 1 MB and 40 MB of
ordinary news text, each as `analyze FILE` in a process of its own, and prints one Markdown
table: input, size, seconds (the whole command, as a user waits for it, and the part spent in
`analyze` itself, without starting Python and importing), peak memory (the process's VmHWM)
and outcome (a report, `error:` lines, a traceback or a kill). The shapes
come from tests/hostile_text.py, so this runs from a source checkout; the news text is the
seeds' and, when the shared evaluation folder is present, the FNC-1 bodies' sentences,
recombined, with numbers and words varied so that no paragraph repeats.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .bench import DEFAULT_EVAL, peak_memory_mb

TIMEOUT = 600
NEWS_SIZES = {"news text 1 MB": 1_000_000, "news text 40 MB": 40_000_000}
_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[\"“‘]?[A-Z])")
_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"\b[a-z]{5,}\b")


@dataclass(frozen=True)
class Outcome:
    seconds: float  # the whole command, interpreter start and imports included
    analysis: float | None  # inside the command: reading the file, analysing, the report
    peak_mb: float | None
    outcome: str


def _source_sentences(eval_dir: Path) -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in
             sorted((Path(__file__).resolve().parent / "data" / "seeds").glob("*.txt"))]
    bodies = eval_dir / "fnc1_same_event" / "bodies.jsonl"
    if bodies.is_file():
        texts += [json.loads(line)["text"] for line in bodies.open(encoding="utf-8") if line.strip()]
    return [s.strip() for text in texts for paragraph in text.split("\n")
            for s in _SENTENCE.split(paragraph) if len(s.strip()) > 20]


def news_text(size: int, sentences: list[str], seed: int = 13) -> str:
    """Paragraphs of 2 to 5 sentences drawn from real articles; every number and one word of
    each sentence varied, so the text does not repeat itself however large it is."""
    rng = random.Random(seed)
    vocabulary = sorted({w for s in sentences for w in _WORD.findall(s)})
    paragraphs, total = [], 0
    while total < size:
        chosen = []
        for sentence in rng.sample(sentences, min(rng.randint(2, 5), len(sentences))):
            sentence = _NUMBER.sub(lambda m: str(int(m.group()) + rng.randint(1, 99)), sentence)
            words = _WORD.findall(sentence)
            if words and vocabulary:
                sentence = sentence.replace(rng.choice(words), rng.choice(vocabulary), 1)
            chosen.append(sentence)
        paragraphs.append(" ".join(chosen))
        total += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs)[:size]


def _hostile_shapes() -> tuple[dict[str, Callable[[int], str]], dict[str, int]]:
    tests = Path(__file__).resolve().parents[1] / "tests"
    if not (tests / "hostile_text.py").is_file():
        raise SystemExit("bench_hostile: tests/hostile_text.py not found (run from a source checkout)")
    sys.path.insert(0, str(tests.parent))
    from tests.hostile_text import ISSUE_SIZES, SHAPES

    return SHAPES, ISSUE_SIZES


def inputs(scale: float, only: str) -> Iterator[tuple[str, Callable[[], str]]]:
    shapes, sizes = _hostile_shapes()
    for name, shape in shapes.items():
        size = max(int(sizes[name] * scale), 16)
        yield name, lambda shape=shape, size=size: shape(size)  # type: ignore[misc]
    sentences: list[str] | None = None
    for name, size in NEWS_SIZES.items():
        def build(size: int = size) -> str:
            nonlocal sentences
            sentences = sentences or _source_sentences(DEFAULT_EVAL)
            return news_text(max(int(size * scale), 1000), sentences)
        yield name, build


def run_one(path: Path) -> dict[str, object]:
    """`analyze FILE` in this process (the child): its time, peak memory and error lines."""
    from .cli import run

    errors = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stderr(errors):
        # the report beside the input, in the measuring run's own folder: written and timed like
        # any report, and never a shared file (/dev/null is a regular file on some sandboxes)
        code = run(["analyze", str(path), "--format", "json", "--output", str(path.with_name("report.json"))])
    return {"analysis_s": time.perf_counter() - start, "peak_mb": peak_memory_mb(), "code": code,
            # notes ("one article read: …") say nothing of how the input was handled
            "errors": [line for line in errors.getvalue().splitlines() if not line.startswith("note: ")]}


def measure(text: str) -> Outcome:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input.txt"
        path.write_text(text, encoding="utf-8")
        del text
        start = time.perf_counter()
        try:
            done = subprocess.run([sys.executable, "-m", "desktop_app.bench_hostile", "--run", str(path)],
                                  capture_output=True, text=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            return Outcome(TIMEOUT, None, None, f"killed after {TIMEOUT} s")
        seconds = time.perf_counter() - start
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        kind = "traceback" if "Traceback" in done.stderr else f"exit {done.returncode}"
        return Outcome(seconds, None, None, f"{kind}: {last[:80]}")
    data = json.loads(lines[-1])
    errors = [str(e) for e in data["errors"]]
    outcome = "report" if not errors else f"report; {errors[0][:80]}"
    return Outcome(seconds, float(data["analysis_s"]), float(data["peak_mb"]), outcome)


def _size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.0f} MB"
    return f"{size / 1000:.0f} KB" if size >= 1000 else f"{size} B"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop_app.bench_hostile", description=__doc__)
    parser.add_argument("--only", default="", help="run only the inputs whose name contains this")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size (0.1: a quick run)")
    parser.add_argument("--run", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run is not None:
        print(json.dumps(run_one(args.run)))
        return 0
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()}, "
          f"Python {platform.python_version()}; each input is `analyze FILE` in its own process")
    print("\n| input | size | seconds | of which in analyze | peak MB | outcome |\n"
          "|---|---:|---:|---:|---:|---|")
    for name, build in inputs(args.scale, args.only):
        if args.only not in name:
            continue
        text = build()
        size = len(text.encode("utf-8"))
        result = measure(text)
        peak = f"{result.peak_mb:,.0f}" if result.peak_mb is not None else "–"
        inside = f"{result.analysis:.1f}" if result.analysis is not None else "–"
        print(f"| {name} | {_size(size)} | {result.seconds:.1f} | {inside} | {peak} | {result.outcome} |",
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
