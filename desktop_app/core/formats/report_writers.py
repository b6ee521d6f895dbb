"""Every format `analyze` writes, by the name `--format` takes."""

from __future__ import annotations

from .analysis_html import write_html
from .analysis_report import Writer, write_json, write_markdown, write_text

WRITERS: dict[str, Writer] = {
    "html": write_html, "json": write_json, "md": write_markdown, "text": write_text}
