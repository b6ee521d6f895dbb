"""Turn the bytes of a text file into str, whatever its encoding."""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UndecodableError(ValueError):
    """The bytes do not look like text in any known encoding."""


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly ASCII has a NUL in every other byte; spot which half."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


CONTROL_LIMIT = 0.05


def _looks_binary(text: str) -> bool:
    """Text with many control or unassigned characters is a decoded binary file."""
    sample = text[:20000]
    if not sample:
        return False
    odd = sum(1 for ch in sample if ch not in "\n\r\t\f" and unicodedata.category(ch) in
              ("Cc", "Cn", "Co", "Cs"))
    return odd / len(sample) > CONTROL_LIMIT


# A web page's own statement of its encoding, in its first bytes (HTML's <meta charset> or
# http-equiv Content-Type); bounded to the head of the file.
DECLARED = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)
DECLARED_REACH = 4096
# As browsers do (WHATWG Encoding): a page labelled Latin-1 or ASCII (by any of Python's names for
# them) is read as Windows-1252.
BROWSER_WESTERN = ("latin-1", "iso8859-1", "ascii")


def declared_charset(data: bytes) -> str | None:
    """The encoding a web page declares, when Python knows it, else None."""
    found = DECLARED.search(data[:DECLARED_REACH])
    if found is None:
        return None
    label = found.group(1).decode("ascii", "replace").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32", "utf-7")):
        return None  # a tag read as ASCII is no UTF-16 page: browsers read such a label as UTF-8
    return "cp1252" if name in BROWSER_WESTERN else name


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode, then refuse the result if it is not plausibly text. `declared`: the encoding the
    file says it is in (a web page's charset), used when all its bytes decode under it."""
    text = _decode(data, declared)
    if _looks_binary(text):
        raise UndecodableError("binary file (control characters), not text")
    return text


def _decode(data: bytes, declared: str | None = None) -> str:
    """BOM first, then UTF-16 by its NUL pattern, the declared encoding, strict UTF-8,
    charset-normalizer's guess."""
    encoding = _bom_encoding(data) or _utf16_without_bom(data)
    if encoding:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise UndecodableError(f"not valid {encoding} text") from exc
    if b"\x00" in data:
        raise UndecodableError("binary file (contains NUL bytes), not text")
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong label: read the bytes as they are
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    western = _plain_western(data)
    if western is not None:
        return western
    return _detected(data)


DETECT_SAMPLE = 512 * 1024  # bytes charset-normalizer reads to pick an encoding


def _detected(data: bytes) -> str:
    """charset-normalizer's guess from a sample (it costs seconds per 10 MB on the whole
    file), applied to all the bytes; if they do not all decode, it judges the whole file."""
    sample = data if len(data) <= DETECT_SAMPLE else data[: DETECT_SAMPLE // 2] + data[-DETECT_SAMPLE // 2 :]
    best = from_bytes(sample).best()
    if best is not None and sample is not data:
        try:
            return data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            best = from_bytes(data).best()
    if best is None:
        raise UndecodableError("binary file or unknown encoding, not text")
    return str(best)


WESTERN_LETTER_SHARE = 0.1


def _plain_western(data: bytes) -> str | None:
    """English text saved as Windows-1252: ASCII plus curly quotes and dashes.

    With so few non-ASCII bytes a statistical detector guesses among many code
    pages (it picked cp852 for a seed, turning ’ into a box-drawing character);
    when cp1252 decodes cleanly and accented letters stay rare, it is the answer.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    sample = _spread_sample(text)
    if _INSIDE_A_WORD.search(sample):
        return None  # "zgin\u0119\u0142o" read as "zginê³o": another code page's letters
    letters = _LETTER.findall(sample)
    foreign = sum(1 for ch in letters if ord(ch) > 127)
    if not letters or foreign / len(letters) > WESTERN_LETTER_SHARE:
        return None
    return text


_LETTER = re.compile(r"[^\W\d_]")
# A Windows-1252 sign that is no letter, no quote and no dash, between two letters: in English
# text saved as cp1252 such signs ("³", "¹", "¿", "£") stand between words, never inside one; in
# Central European text (cp1250, ISO-8859-2) read as cp1252 they are the letters "ł", "ą", "ż".
# (Not the no-break space, which joins words ("New York"), nor the soft hyphen, the middle dot
# or the letters ª, µ, º, which do stand inside words.)
_INSIDE_A_WORD = re.compile(r"(?<=[^\W\d_])[\x80-\x9f\xa1-\xa9\xab\xac\xae-\xb4\xb6\xb8\xb9\xbb-\xbf\xd7\xf7]"
                            r"(?=[^\W\d_])")
SAMPLE_CHUNKS, SAMPLE_CHUNK = 16, 32 * 1024


def _spread_sample(text: str) -> str:
    """Up to half a megabyte of the text, in chunks spread over all of it (the share of
    accented letters is a property of the whole text, so a spread sample measures it)."""
    if len(text) <= SAMPLE_CHUNKS * SAMPLE_CHUNK:
        return text
    step = len(text) // SAMPLE_CHUNKS
    return "".join(text[i * step : i * step + SAMPLE_CHUNK] for i in range(SAMPLE_CHUNKS))


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; other characters are kept exactly."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
