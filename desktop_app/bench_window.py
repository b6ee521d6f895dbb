"""The window at scale: `python -m desktop_app.bench_window [--size 500]`.

Opens a folder of the duplicate-heavy wire corpus (core.pipeline.synthetic.wire_corpus)
in the window, offscreen, in a process of its own, and reports the largest gap between
10 ms timer ticks (an event-loop stall the user would feel as a frozen window) from the
moment the files are opened until the analysis is on screen and the first group has been
selected and stepped through, and the process's peak resident memory. Bounds (issue 11):
no stall over 100 ms and under 1.5 GB at 500 articles.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STALL_BOUND_MS = 100
MEMORY_BOUND_MB = 1536
WIRE_SENTENCES = 60
STEPS = 5  # members stepped through after the analysis is shown, as a reader would


def _peak_memory_mb() -> float:
    from .bench import peak_memory_mb

    return peak_memory_mb()


def measure(size: int, sentences: int = WIRE_SENTENCES) -> dict[str, float]:
    """Open `size` wire articles in a window in this process; stall, time and memory."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from .core.ingest.loading import load_paths, seeds_dir
    from .core.pipeline.synthetic import wire_corpus
    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        articles = root / "articles"
        articles.mkdir()
        for doc in wire_corpus(load_paths([seeds_dir()]).documents, size, sentences):
            (articles / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8")
        settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, autosave_dir=root / "autosave")
        window.resize(1600, 1000)
        window.show()
        app.processEvents()
        ticks: list[float] = []
        timer = QTimer(interval=10)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        steps = {"left": STEPS}

        def step() -> None:
            if steps["left"] == 0:
                QTimer.singleShot(300, app.quit)
                return
            steps["left"] -= 1
            window.model.step_member(1)
            QTimer.singleShot(200, step)

        def shown() -> None:
            window.analysisApplied.disconnect(shown)
            findings = window.model.findings
            if findings is not None and findings.is_group.any():
                window.model.select(int(findings.is_group.nonzero()[0][0]))
            QTimer.singleShot(200, step)

        window.analysisApplied.connect(shown)
        timer.start()
        start = time.perf_counter()
        window.open_paths([articles], remember=False)
        app.exec()
        elapsed = time.perf_counter() - start
        timer.stop()
        findings = window.model.findings
        count = len(findings) if findings is not None else 0
        window.discard_unsaved_on_close()
        window.close()
    stall = max((b - a for a, b in itertools.pairwise(ticks)), default=0.0)
    return {"size": size, "stall_ms": stall * 1000, "seconds": elapsed, "findings": count,
            "peak_mb": _peak_memory_mb()}


def measure_in_child(size: int, sentences: int = WIRE_SENTENCES) -> dict[str, float]:
    """The measurement in a fresh process, so peak memory is the window's own."""
    output = subprocess.run([sys.executable, "-m", "desktop_app.bench_window", "--one", str(size),
                             "--sentences", str(sentences)], capture_output=True, text=True, check=True)
    data: dict[str, float] = json.loads(output.stdout.strip().splitlines()[-1])
    return data


def table_rows(sizes: list[int], sentences: int = WIRE_SENTENCES) -> list[str]:
    """Markdown rows, one per size, each measured in its own process."""
    rows = []
    for size in sizes:
        row = measure_in_child(size, sentences)
        stall = "within" if row["stall_ms"] < STALL_BOUND_MS else "over"
        memory = "within" if row["peak_mb"] < MEMORY_BOUND_MB else "over"
        rows.append(f"| window opens {size} wire articles ({sentences} sentences each): largest "
                    f"event-loop stall ({stall} {STALL_BOUND_MS} ms), peak memory ({memory} "
                    f"{MEMORY_BOUND_MB} MB), seconds until shown and {STEPS} passages of a group "
                    f"stepped through | "
                    f"{row['stall_ms']:.0f} ms, {row['peak_mb']:,.0f} MB, {row['seconds']:.1f} s |")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop_app.bench_window", description=__doc__)
    parser.add_argument("--size", type=int, nargs="+", default=[500])
    parser.add_argument("--sentences", type=int, default=WIRE_SENTENCES)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(measure(args.one, args.sentences)))
        return 0
    print("| measure | value |\n|---|---:|")
    for row in table_rows(args.size, args.sentences):
        print(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
