"""Start the window: `source-compare [PATH ...] [--screenshot FILE]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ..core.ingest.loading import seeds_dir
from ..core.project.store import SUFFIX
from .main_window import APP_NAME, MainWindow

SCREENSHOT_SIZE = (1600, 1000)
SCREENSHOT_TIMEOUT_MS = 120_000


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="source-compare",
                                     description="Compare news articles side by side. "
                                     "Subcommands: analyze (see `source-compare analyze -h`).")
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the seeds)")
    parser.add_argument("--screenshot", type=Path, metavar="FILE",
                        help="render the window offscreen at 1600x1000 to FILE (PNG) and exit")
    return parser.parse_args(list(argv))


def take_screenshot(window: MainWindow, target: Path, app: QApplication) -> None:
    """Once the analysis is shown: select the first conflict, grab the window, quit."""
    def capture() -> None:
        ok = window.grab().save(str(target), "PNG")
        if not ok:
            print(f"error: {target}: cannot write the screenshot", file=sys.stderr)
        app.exit(0 if ok else 1)

    def shown() -> None:
        window.analysisApplied.disconnect(shown)
        if window.analysis is not None and window.analysis.findings.conflict_count():
            window.navigate_to(0)  # conflicts come first
        QTimer.singleShot(1200, capture)  # after the jump flash fades, the current finding shows

    def too_slow() -> None:
        print("error: the analysis did not finish in time for the screenshot", file=sys.stderr)
        app.exit(1)

    window.analysisApplied.connect(shown)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, too_slow)


def launch(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    settings = QSettings(APP_NAME, APP_NAME)
    window = MainWindow(settings)
    if args.screenshot:
        window.resize(*SCREENSHOT_SIZE)
        take_screenshot(window, args.screenshot, app)
    window.show()
    projects = [p for p in args.paths if p.suffix == SUFFIX]
    if projects:
        window.project.open_project(projects[0])
    else:
        window.open_paths(args.paths or [seeds_dir()], remember=bool(args.paths))
    return app.exec()
