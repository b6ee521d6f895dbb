"""How an article is stored in a project: its text's fingerprint, its metadata, its source's paths."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import storable_text
from ..model import Document


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def relative_source(source: str, project: Path) -> str | None:
    """The source's path from the project's folder, so a moved folder still finds it."""
    try:
        return os.path.relpath(source, project.resolve().parent)
    except ValueError:  # another drive on Windows
        return None


def absolute_source(source: str) -> str:
    """The source's absolute path as stored (a name that is not UTF-8 is kept escaped)."""
    return storable_text(str(Path(source).absolute())) if source else ""


def metadata_json(document: Document, project: Path) -> str:
    data: dict[str, Any] = {"excluded": [list(region) for region in document.excluded],
                            "author": document.author, "site": document.site}
    if document.path:
        data["relative_path"] = relative_source(str(Path(document.path).absolute()), project)
    return json.dumps(data)


@dataclass(frozen=True)
class StoredDocument:
    """An article as the project keeps it: the text snapshot, its hash, its source's paths.

    `document.path` is absolute; `relative_path` is from the project file's folder.
    """

    document: Document
    hash: str
    relative_path: str | None = None
