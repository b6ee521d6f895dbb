"""Start the window: `source-compare [PATH ...] [--screenshot FILE [--select KIND] [--two-article]]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    QSettings,
    QTemporaryDir,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QImageWriter
from PySide6.QtWidgets import QApplication

from ..core.errors import LoadError
from ..core.ingest.loading import seeds_dir
from ..core.project.store import SUFFIX
from . import atomic
from .main_window import APP_NAME, MainWindow
from .style import SystemPalette

SCREENSHOT_SIZE = (1600, 1000)
SCREENSHOT_TIMEOUT_MS = 120_000
SETTLE_MS = 1200  # after a jump, the flash fades and the selected finding shows as it stays


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="source-compare",
                                     description="Compare news articles side by side. Without a "
                                     "subcommand, open the window. Subcommands, each with its own -h: "
                                     "analyze (findings of articles, headless), project "
                                     "(create|update|import|set), flag (add a flag to a project), "
                                     "dismiss (set a finding aside in a project), "
                                     "export (a project's flags as csv, json, md, html or w3c). "
                                     "--version names the program's and the engine's version.")
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the seeds)")
    parser.add_argument("--screenshot", type=Path, metavar="FILE",
                        help="render the window at 1600x1000 to FILE once analysed, and exit; the "
                        "image format follows FILE's suffix (.png, .jpg, .bmp...; PNG without one)")
    parser.add_argument("--select", choices=("conflict", "agreement", "none"), default="conflict",
                        help="with --screenshot: the finding selected first (default: the first conflict)")
    parser.add_argument("--two-article", action="store_true",
                        help="with --screenshot: two-article mode, on the selected finding's pair")
    return parser.parse_args(list(argv))


class Screenshot(QObject):
    """Renders the window once the analysis is shown, then quits; fails at once, with one line
    per file naming it and the reason, when nothing could be opened."""

    def __init__(self, window: MainWindow, target: Path, image_format: str, app: QApplication,
                 select: str, two_article: bool) -> None:
        super().__init__(window)
        self.window, self.target, self.image_format, self.app = window, target, image_format, app
        self.select, self.two_article = select, two_article
        self.failed_files = False
        window.service.loadFailed.connect(self._load_failed)
        window.service.loadFinished.connect(self._loaded)
        window.service.failed.connect(self._analysis_failed)
        window.project.openFailed.connect(self._project_failed)
        window.analysisApplied.connect(self._shown)
        self._deadline = QTimer(self, singleShot=True, interval=SCREENSHOT_TIMEOUT_MS)
        self._deadline.timeout.connect(lambda: self._fail("the analysis did not finish in time "
                                                          "for the screenshot"))
        self._deadline.start()
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._capture)

    def _project_failed(self, message: str) -> None:
        self.failed_files = True
        print(f"error: {message}", file=sys.stderr)
        self._fail("no article could be opened", quiet=True)

    def _analysis_failed(self, message: str) -> None:
        self._fail(f"the analysis failed: {message}")

    def _load_failed(self, errors: Sequence[LoadError]) -> None:
        self.failed_files = True
        for error in errors:
            print(f"error: {error.path}: {error.reason}", file=sys.stderr)

    def _loaded(self) -> None:
        if not self.window.model.documents:
            self._fail("no article could be opened", code=1, quiet=self.failed_files)

    def _fail(self, reason: str, code: int = 1, quiet: bool = False) -> None:
        if not quiet:
            print(f"error: {self.target}: {reason}", file=sys.stderr)
        self._deadline.stop()
        # On the event loop's next turn: a project that fails to open does so before the loop runs.
        QTimer.singleShot(0, lambda: self.app.exit(code))

    def _shown(self) -> None:
        self.window.analysisApplied.disconnect(self._shown)
        findings = self.window.model.findings
        if findings is not None and self.select != "none":
            wanted = 0 if self.select == "conflict" else 1
            hits = (findings.kind_codes == wanted).nonzero()[0]
            if len(hits):
                self.window.model.select(int(hits[0]))
        if self.two_article:
            finding = self.window.model.current_finding()
            if finding is not None:
                self.window.model.show_pair(finding.a.doc, finding.b.doc)
            else:
                self.window.model.set_two_article(True)
        self._settle.start()

    def _capture(self) -> None:
        self._deadline.stop()
        try:
            atomic.save_image(self.target, self.window.grab().toImage(), self.image_format)
        except Exception as exc:  # whatever happens, a screenshot run ends with a message
            print(f"error: {exc}", file=sys.stderr)
            self.app.exit(1)
            return
        self.app.exit(1 if self.failed_files else 0)


def image_format(target: Path) -> str | None:
    """The format Qt writes for a file's suffix ("shot.jpg" is JPEG, not PNG data under a JPEG
    name); PNG without a suffix; None for a suffix no installed image plugin writes."""
    suffix = target.suffix.lower().removeprefix(".")
    if not suffix:
        return "PNG"
    writable = {bytes(name.data()).decode("ascii", "replace").lower()
                for name in QImageWriter.supportedImageFormats()}
    return suffix.upper() if suffix in writable else None


# Qt's offscreen platform (screenshots, headless runs) warns on every dock layout that it cannot
# pass size hints to a window system it does not have: noise, not a problem of the program.
_PLATFORM_NOISE = "This plugin does not support propagateSizeHints()"


def _quiet_platform_noise(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message != _PLATFORM_NOISE:
        print(message, file=sys.stderr)


def launch(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    qInstallMessageHandler(_quiet_platform_noise)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    fmt = image_format(args.screenshot) if args.screenshot else None
    if args.screenshot and fmt is None:
        print(f"error: {args.screenshot}: cannot write {args.screenshot.suffix!r} images; "
              "use .png, .jpg or .bmp", file=sys.stderr)
        return 2
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    SystemPalette(app)
    scratch = QTemporaryDir()  # a screenshot shows the first-launch layout, never the user's
    settings = (QSettings(scratch.filePath("settings.ini"), QSettings.Format.IniFormat) if args.screenshot
                else QSettings(APP_NAME, APP_NAME))
    window = MainWindow(settings)
    if args.screenshot:
        window.resize(*SCREENSHOT_SIZE)
        Screenshot(window, args.screenshot, fmt or "PNG", app, args.select, args.two_article)
    window.show()
    projects = [p for p in args.paths if p.suffix == SUFFIX]
    if projects:
        window.project.open_project(projects[0])
    else:
        window.open_paths(args.paths or [seeds_dir()], remember=bool(args.paths) and not args.screenshot)
    code = app.exec()
    window.service.shutdown()
    window.project.session.release()  # now, not at interpreter exit
    return code
