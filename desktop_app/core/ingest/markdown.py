"""The text a Markdown article says, without its markup.

A reader sees "**Homs**, *4 March 2025*" as "Homs, 4 March 2025": shown raw, the asterisks,
hashes and link targets fill the panes, split words from the aligner and hide a dateline in
italics from the date reader. markdown-it-py (CommonMark, linear in its input) parses; this
module only walks its tokens, one paragraph per block, as the Word reader does. A leading
front-matter block (`---` ... `---`, as static-site generators write) gives the title, date
and author it states and is not article text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .readers import Extracted

MARKDOWN_SUFFIXES = (".md", ".markdown")
# Front matter is a handful of short lines; a longer "block" is an article that starts with a rule.
FRONT_MATTER = re.compile(r"\A---[ \t]*\n((?:[^\n]{0,500}\n){0,60}?)(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
FIELD = re.compile(r"^(title|date|author)[ \t]*:[ \t]*(.+?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
CELL_SEPARATOR = " | "  # as the Word reader joins a table row's cells


def _inline_text(children: Sequence[Token]) -> str:
    """A paragraph's words: text and code as written, a soft line break as a space; link
    targets, images and inline HTML are not words of the article."""
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts).strip()


def _blocks(tokens: Sequence[Token]) -> list[str]:
    """One string per paragraph, heading, list item's paragraph, code block or table row."""
    blocks: list[str] = []
    row: list[str] | None = None
    for token in tokens:
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append(CELL_SEPARATOR.join(row))
            row = None
        elif token.type == "inline":
            text = _inline_text(token.children or ())
            if row is not None:
                row.append(text)
            elif text:
                blocks.append(text)
        elif token.type in ("fence", "code_block") and token.content.strip():
            blocks.append(token.content.strip())
    return blocks


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """The fields a leading front-matter block states, and the text after it."""
    found = FRONT_MATTER.match(text)
    if found is None:
        return {}, text
    fields = {name.lower(): value.strip("\"'") for name, value in FIELD.findall(found.group(1))}
    return fields, text[found.end():]


def read_markdown(text: str) -> Extracted:
    """The article's plain text (paragraphs separated by a blank line) and its front matter."""
    fields, body = _front_matter(text)
    parser = MarkdownIt("commonmark").enable("table")
    plain = "\n\n".join(_blocks(parser.parse(body)))
    date = ISO_DATE.match(fields.get("date", ""))
    return Extracted(plain + "\n" if plain else "", fields.get("title") or None,
                     fields.get("author") or None, None, date.group(0) if date else None)
