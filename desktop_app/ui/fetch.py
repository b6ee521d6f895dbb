"""Fetch a web page as an article: bounded in time and size, read by the same readers as files.

urllib rather than trafilatura.fetch_url: the download must stop at a size limit and at
a deadline for the whole transfer (a server that trickles a byte a second never trips a
per-read timeout), and report progress so the user can cancel it.
"""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

from .. import __version__
from ..core.ingest.decoding import UndecodableError, decode_bytes
from ..core.ingest.readers import Extracted, ReadError, read_html, read_pdf
from ..core.model import Document
from .worker import Job, ProgressCallback

MAX_PAGE_BYTES = 8 * 1024 * 1024
FETCH_SECONDS = 30.0
CHUNK = 64 * 1024
SLUG = re.compile(r"[^a-z0-9]+")


class FetchError(Exception):
    """The page could not be fetched or read; the message names the address and the reason."""


@dataclass(frozen=True)
class Fetched:
    """A page fetched and read as an article."""

    document: Document


@dataclass(frozen=True)
class FetchFailed:
    """Why a page could not be had, in one line naming its address."""

    message: str


def article_id(url: str, taken: set[str]) -> str:
    """A readable id from the address: its host and last path segment, unique among `taken`."""
    parts = urllib.parse.urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    last = segments[-1].rsplit(".", 1)[0] if segments else ""
    base = SLUG.sub("-", f"{parts.hostname or 'page'} {last}".lower()).strip("-")[:60] or "page"
    doc_id, number = base, 2
    while doc_id in taken:
        doc_id, number = f"{base}-{number}", number + 1
    return doc_id


def download(url: str, timeout: float, limit: int, progress: ProgressCallback) -> tuple[bytes, str]:
    """The body and content type of `url`; FetchError past `limit` bytes or `timeout` seconds."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: not a web address (it must start with http:// or https://)")
    request = urllib.request.Request(url, headers={"User-Agent": f"source-compare/{__version__}"})
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            declared = int(response.headers.get("Content-Length") or 0)
            if declared > limit:
                raise FetchError(f"{url}: the page is {declared // 1024:,} KB, over the "
                                 f"{limit // 1024:,} KB limit")
            kind = response.headers.get_content_type()
            chunks, size = [], 0
            while chunk := response.read1(CHUNK):  # returns what has come: the deadline is checked
                size += len(chunk)
                if size > limit:
                    raise FetchError(f"{url}: the page is over the {limit // 1024:,} KB limit")
                if time.monotonic() > deadline:
                    raise FetchError(f"{url}: the server took longer than {timeout:.0f} s to send the page")
                chunks.append(chunk)
                progress("downloading", min(size / declared, 0.99) if declared else 0.5)
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: the server answered {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        reason = "timed out" if isinstance(exc.reason, TimeoutError) else str(exc.reason)
        raise FetchError(f"{url}: cannot be fetched ({reason})") from exc
    except TimeoutError as exc:
        raise FetchError(f"{url}: the server took longer than {timeout:.0f} s to answer") from exc
    except (OSError, ValueError) as exc:
        raise FetchError(f"{url}: cannot be fetched ({exc})") from exc
    return b"".join(chunks), kind


def read_page(url: str, data: bytes, kind: str) -> Extracted:
    """Read a fetched body with the reader its content type calls for."""
    try:
        if kind == "application/pdf":
            return read_pdf(data)
        if kind == "text/plain":
            return Extracted(decode_bytes(data))
        if kind in ("text/html", "application/xhtml+xml"):
            return read_html(data)
    except (ReadError, UndecodableError) as exc:
        raise FetchError(f"{url}: {exc}") from exc
    raise FetchError(f"{url}: not an article page ({kind})")


def fetch_job(url: str, taken: set[str], make_document: Callable[[str, str, Extracted, str], Document],
              timeout: float = FETCH_SECONDS, limit: int = MAX_PAGE_BYTES) -> Job:
    """Download and read a page on a worker: a Fetched article, or FetchFailed saying why."""
    def run(progress: ProgressCallback) -> Fetched | FetchFailed:
        progress("downloading", 0.0)
        try:
            data, kind = download(url, timeout, limit, progress)
            extracted = read_page(url, data, kind)
        except FetchError as exc:
            return FetchFailed(str(exc))
        if not extracted.text.strip():
            return FetchFailed(f"{url}: the page holds no article text")
        if not extracted.site:
            extracted = Extracted(extracted.text, extracted.title, extracted.author,
                                  urllib.parse.urlsplit(url).hostname, extracted.date)
        return Fetched(make_document(article_id(url, taken), extracted.text, extracted, url))

    return run
