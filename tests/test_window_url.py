"""File ▸ Open URL: a page from a local server becomes an article; too large and too slow fail clearly."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.ui.fetch import article_id
from desktop_app.ui.main_window import MainWindow
from tests.conftest import seeded_window

WAIT_MS = 60_000
LIMIT = 200_000
PAGE = b"""<html><head><title>Rebels enter Homs after a week of fighting</title></head><body>
<nav>Home World Sport Weather</nav>
<article><h1>Rebels enter Homs after a week of fighting</h1>
<p>Rebel forces entered the city of Homs on Saturday after a week of heavy fighting in its northern
suburbs, residents and a monitoring group said.</p>
<p>The city, which officials say has around 1.5 million inhabitants, lies on the main road between
Damascus and the coast.</p></article><footer>All rights reserved</footer></body></html>"""


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(3)  # never answers in time
        if self.path == "/missing.html":
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if self.path == "/article.html":
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)
        elif self.path == "/huge":  # no length announced: the limit must stop the download
            self.end_headers()
            for _ in range(LIMIT // 4096 * 3):
                self.wfile.write(b"<p>" + b"word " * 818 + b"</p>\n")
        elif self.path == "/trickle":  # a byte at a time: each read is quick, the whole is not
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.1)
        else:
            self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.block_on_close = False
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    win = seeded_window(qtbot, tmp_path)
    win.files.fetch_timeout, win.files.fetch_limit = 1.0, LIMIT
    yield win
    win.service.shutdown()
    win.files.network.shutdown(5000)


def test_a_page_becomes_an_article(qtbot: QtBot, window: MainWindow, server: str) -> None:
    url = f"{server}/article.html"
    with qtbot.waitSignal(window.files.urlOpened, timeout=WAIT_MS) as opened:
        window.files.open_url(url)
    doc = window.model.document(opened.args[0])
    assert doc is not None and doc.path == url and doc.site == "127.0.0.1"
    assert doc.title == "Rebels enter Homs after a week of fighting"
    assert "1.5 million inhabitants" in doc.text and "All rights reserved" not in doc.text
    with qtbot.waitSignal(window.analysisApplied, timeout=WAIT_MS):
        pass
    assert doc.id in window.panes.visible_ids
    window.files.open_url(url)  # the same page again is not added twice
    assert "already open" in window.statusBar().currentMessage()


@pytest.mark.parametrize(("path", "reason"), [
    ("/huge", "over the 195 KB limit"),
    ("/slow", "took longer than 1 s to answer"),
    ("/trickle", "took longer than 1 s to send the page"),
    ("/missing.html", "answered 404"),
    ("/empty", "no article text"),
])
def test_a_page_that_cannot_be_had_says_why(qtbot: QtBot, window: MainWindow, server: str, path: str,
                                            reason: str) -> None:
    before = [d.id for d in window.model.documents]
    window.files.open_url(f"{server}{path}")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "fetch-error") is not None, timeout=WAIT_MS)
    box = window.findChild(QMessageBox, "fetch-error")
    assert box is not None and f"{server}{path}" in box.text() and reason in box.text()
    assert [d.id for d in window.model.documents] == before


def test_only_web_addresses_are_fetched(qtbot: QtBot, window: MainWindow) -> None:
    window.files.open_url("file:///etc/passwd")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "fetch-error") is not None, timeout=WAIT_MS)
    box = window.findChild(QMessageBox, "fetch-error")
    assert box is not None and "not a web address" in box.text()


def test_page_ids_are_readable_and_unique() -> None:
    assert article_id("https://www.example.com/world/2024/12/07/homs-falls.html", set()) == \
        "www-example-com-homs-falls"
    assert article_id("https://example.com/", {"example-com"}) == "example-com-2"
