"""Is a file named as text really a saved web page? Browsers' "Save as text" is not the only way
people keep articles: a page saved under a .txt name would otherwise show its markup in the panes.

Hand-written because it is a fixed table, not a library's job: the HTML patterns of the WHATWG
MIME Sniffing Standard (section 7.1, "identifying a resource with an unknown MIME type"), which
is what browsers do with a file whose type they are not told.
"""

from __future__ import annotations

import re

# The standard's HTML signatures, each followed by a space or ">" (its "tag-terminating byte").
_DOCUMENT_TAGS = (b"<!doctype html", b"<html", b"<head", b"<body")
_FRAGMENT_TAGS = (b"<script", b"<iframe", b"<h1", b"<div", b"<font", b"<table", b"<a", b"<style",
                  b"<title", b"<b", b"<br", b"<p", b"<!--")
_LEADING = b"\t\n\x0c\r "
_BOM = b"\xef\xbb\xbf"
XML_DECLARATION = re.compile(rb"<\?xml[^>]{0,200}\?>")
HEAD_BYTES = 1024  # an XHTML page names its html element within its first kilobyte


def _starts_with_tag(head: bytes, tags: tuple[bytes, ...]) -> bool:
    lowered = head.lower()
    return any(lowered.startswith(tag) and lowered[len(tag):len(tag) + 1] in (b" ", b">") for tag in tags)


def looks_like_html(data: bytes, whole_documents_only: bool = False) -> bool:
    """Whether `data` opens as an HTML page would. `whole_documents_only`: only a doctype, html,
    head or body element counts, for Markdown, which may begin with a little inline HTML."""
    head = data[:HEAD_BYTES]
    if head.startswith(_BOM):
        head = head[len(_BOM):]
    head = head.lstrip(_LEADING)
    declaration = XML_DECLARATION.match(head)
    if declaration is not None:  # XHTML: <?xml ...?> then the page
        head = head[declaration.end():].lstrip(_LEADING)
        return _starts_with_tag(head, _DOCUMENT_TAGS)
    tags = _DOCUMENT_TAGS if whole_documents_only else _DOCUMENT_TAGS + _FRAGMENT_TAGS
    return _starts_with_tag(head, tags)
