"""The command line shared by the builders of core/text/data from a WordNet 3.0 folder
(build_nominalisations, build_person_nouns): read the folder, write the JSON with its source
and reason, say how many words it holds."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

DATA_FOLDER = Path(__file__).parent / "core" / "text" / "data"


def build_word_data(argv: list[str], usage: str, file_name: str,
                    build: Callable[[Path], Mapping[str, str] | Sequence[str]],
                    source: str, reason: str, module: str) -> int:
    """`argv`: WORDNET_DICT_FOLDER [OUTPUT]; OUTPUT defaults to core/text/data/`file_name`."""
    if not argv:
        print(usage)
        return 2
    output = Path(argv[1]) if len(argv) > 1 else DATA_FOLDER / file_name
    nouns = build(Path(argv[0]))
    data = {"source": source, "reason": reason, "built_by": f"python -m {module}", "nouns": nouns}
    output.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(nouns)} nouns -> {output}")
    return 0
