"""Measure every hostile input: `python -m desktop_app.bench_files [--scale 1.0]`.

Each input of the corpus in tests/hostile_files.py (articles, project files, annotation
files) goes through the command a user would run, in its own process; the table gives
the outcome (the first line the command printed), the wall time and the process's peak
memory (its maximum resident set, from wait4). A source checkout is needed: the corpus
lives with the tests. The README quotes the table.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "hostile_files.py"
TIME_BAR, MEMORY_BAR_MB = 10.0, 1024
OUTCOME_WIDTH = 100


@dataclass(frozen=True)
class Measure:
    """One hostile input through one command."""

    label: str
    command: str
    outcome: str
    seconds: float
    peak_mb: float
    clean: bool  # a report or one `error:` line, and no traceback


def _corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hostile_files", CORPUS)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(CORPUS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(label: str, args: Sequence[str], shown: str) -> Measure:
    """Run one command in a child process; wait4 gives that child's own peak memory."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "desktop_app", *args], stdout=stdout,
                                   stderr=stderr, env=env, cwd=ROOT)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        stdout.seek(0)
        stderr.seek(0)
        out, err = stdout.read().decode("utf-8", "replace"), stderr.read().decode("utf-8", "replace")
    peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    lines = [line for line in err.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("error: ")]
    others = [line for line in lines if not line.startswith(("error: ", "note: "))]
    clean = "Traceback" not in err and "internal error" not in err and not others and (
        process.returncode == 0 or len(errors) >= 1)
    notes = [line for line in lines if line.startswith("note: ")]
    first = errors[0] if errors else _summary(out, notes)
    return Measure(label, shown, first[:300], seconds, peak_mb, clean)


def _summary(out: str, notes: list[str]) -> str:
    """What a successful command printed, in a few words."""
    try:
        documents = json.loads(out)["documents"]
        said = f"report on {len(documents)} article(s)"
    except (ValueError, KeyError, TypeError):
        said = (out.strip().splitlines() or ["(no output)"])[0]
    return said + (f"; {notes[0]}" if notes else "")


def measure(scale: float, folder: Path) -> list[Measure]:
    corpus = _corpus()
    results: list[Measure] = []
    for family, builders in (("article", corpus.ARTICLES), ("project", corpus.PROJECTS),
                             ("annotations", corpus.ANNOTATIONS)):
        built = corpus.write_all(builders, folder / family, scale)
        for label, path in built.items():
            if family == "article":
                results.append(_run(label, ["analyze", str(path), "--format", "json"], "analyze FILE"))
            elif family == "project":
                results.append(_run(label, ["export", str(path)], "export PROJECT"))
            else:
                project = corpus.good_project(path.parent, "target.scproj")
                before = project.read_bytes()
                result = _run(label, ["project", "import", str(project), str(path)], "project import P FILE")
                unchanged = project.read_bytes() == before
                results.append(Measure(result.label, result.command, result.outcome, result.seconds,
                                       result.peak_mb, result.clean and unchanged))
    return results


def table(results: Sequence[Measure]) -> str:
    rows = ["| input | command | outcome | s | peak MB | clean |", "|---|---|---|---:|---:|---|"]
    for m in results:
        outcome = m.outcome.replace("|", "\\|")
        for prefix in ("error: ",):
            outcome = outcome.removeprefix(prefix)
        outcome = _short_paths(outcome)
        outcome = outcome if len(outcome) <= OUTCOME_WIDTH else outcome[: OUTCOME_WIDTH - 1] + "…"
        rows.append(f"| {m.label} | `{m.command}` | {outcome} | {m.seconds:.2f} | "
                    f"{m.peak_mb:.0f} | {'yes' if m.clean else 'NO'} |")
    return "\n".join(rows)


def _short_paths(text: str) -> str:
    """Temporary folders make the table unreadable; keep each file's name only."""
    return re.sub(r"/\S*/([^/\s:;]+)", r"\1", text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop_app.bench_files", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0,
                        help="size of the bombs (1.0: a 3 GB zip bomb, a 400 MB PDF stream)")
    args = parser.parse_args(argv)
    if not CORPUS.is_file():
        print(f"error: {CORPUS}: the hostile-file corpus is part of a source checkout", file=sys.stderr)
        return 1
    folder = Path(tempfile.mkdtemp(prefix="bench-files-"))
    try:
        results = measure(args.scale, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(table(results))
    slow = [m for m in results if m.seconds > TIME_BAR or m.peak_mb > MEMORY_BAR_MB or not m.clean]
    print(f"\n{len(results)} inputs; {len(results) - len(slow)} within {TIME_BAR:.0f} s and "
          f"{MEMORY_BAR_MB} MB with a clean outcome")
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
