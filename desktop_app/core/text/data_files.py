"""The word lists shipped in core/text/data, each a JSON object with its source and reason."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def data_file(name: str) -> dict[str, Any]:
    """The JSON object of core/text/data/`name` ("antonyms.json"), read from the package."""
    text = resources.files("desktop_app.core.text").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return dict(json.loads(text))
