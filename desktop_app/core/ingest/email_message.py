"""Articles that arrive as e-mail: a newsletter saved as .eml, or pasted into a .txt with its
headers ("From:", "Subject:", "Date:") on top.

The headers are no part of the article: the subject is its title, the Date header its date,
the sender its author, and the text is the message body. The standard library's `email`
package parses the message (headers, transfer encodings, charsets, multipart bodies); this
module only decides when a text is a message and what of it is the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser, Parser
from email.utils import parseaddr, parsedate_to_datetime

from .decoding import UndecodableError, decode_bytes, normalise_newlines
from .readers import Extracted, ReadError, read_html

# A header line ("Subject: ...", RFC 5322 section 2.2) or its folded continuation.
HEADER_LINE = re.compile(r"[A-Za-z][A-Za-z0-9-]{0,40}:[ \t]|[ \t]+\S")
HEADER_NAME = re.compile(r"([A-Za-z][A-Za-z0-9-]{0,40}):")
# Fields that mark a message, not an article that opens with a "Date:" line: a text is read as
# e-mail when its first block holds at least two of them, one of them the sender or the subject.
MESSAGE_FIELDS = frozenset({"from", "to", "subject", "date", "cc", "sender", "reply-to", "message-id",
                            "mime-version", "content-type", "received", "return-path"})
MAX_HEADER_LINES = 60  # a header block is read this far and no further
REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fwd?|aw|wg)\s*:\s*)+", re.IGNORECASE)


def looks_like_email(text: str) -> bool:
    """Whether the text opens with a message's header block: only header lines up to the first
    blank line, naming a sender or a subject and one other message field."""
    names: set[str] = set()
    for index, line in enumerate(text.lstrip("\ufeff\n").split("\n", MAX_HEADER_LINES + 1)):
        if not line.strip():
            return index > 0 and len(names & MESSAGE_FIELDS) >= 2 and bool(names & {"from", "subject"})
        if index >= MAX_HEADER_LINES or not HEADER_LINE.match(line):
            return False
        name = HEADER_NAME.match(line)
        if name is not None:
            names.add(name.group(1).lower())
    return False


def read_email(data: bytes) -> Extracted:
    """An .eml file: its body as the article, its subject, sender and date as metadata."""
    return _article_of(lambda: BytesParser(policy=policy.default).parsebytes(data))


def email_text(text: str) -> Extracted:
    """A message pasted as text (looks_like_email): the same as read_email, from decoded text."""
    return _article_of(lambda: Parser(policy=policy.default).parsestr(text.lstrip("\ufeff")))


def _article_of(parse: Callable[[], EmailMessage]) -> Extracted:
    try:
        message = parse()
        body = message.get_body(preferencelist=("plain", "html"))
    except Exception as exc:  # the parser is lenient; anything it still raises (multiparts nested
        # deeper than Python recurses) is a broken file
        raise ReadError(f"unreadable e-mail message ({type(exc).__name__})") from exc
    if body is None:
        raise ReadError("the e-mail message has no text body")
    try:
        content = body.get_content()
    except (LookupError, ValueError, UnicodeError):  # a charset it does not know, a broken one
        content = _detected(body)
    if not isinstance(content, str):
        raise ReadError("the e-mail message has no text body")
    subject = REPLY_PREFIX.sub("", _header(message, "subject")).strip() or None
    author = parseaddr(_header(message, "from"))[0].strip() or None
    date = _iso_date(_header(message, "date"))
    if body.get_content_subtype() == "html":
        page = read_html(content.encode("utf-8"))
        return Extracted(page.text, subject or page.title, author or page.author, page.site,
                         date or page.date)
    text = normalise_newlines(content).strip()
    if not text:
        raise ReadError("the e-mail message has no text body")
    return Extracted(text + "\n", subject, author, None, date)


def _detected(body: MIMEPart) -> str:
    """The body's bytes in the encoding charset-normalizer finds (as for a .txt file), when the
    charset the message names is unknown or wrong."""
    payload = body.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise ReadError("the e-mail message has no text body")
    try:
        return decode_bytes(payload)
    except UndecodableError as exc:
        raise ReadError(f"the e-mail body cannot be decoded: {exc}") from exc


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:  # a malformed header the default policy cannot parse
        return ""
    return str(value) if value is not None else ""


def _iso_date(value: str) -> str | None:
    try:
        return parsedate_to_datetime(value).date().isoformat() if value else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
