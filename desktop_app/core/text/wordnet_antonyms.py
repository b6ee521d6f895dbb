"""Whether two words are opposites in WordNet (text/data/wordnet_antonyms.json, built by
desktop_app.build_antonyms): "passed" / "failed", "up" / "down", "guilty" / "innocent".

Inflected forms meet through their lemmas (lemminflect, already used for lemmas): "passed" is
"pass", "failed" is "fail". The curated pairs of antonyms.json serve sentences worded
differently; these serve only sentences alike but for the one word (findings.swaps).
"""

from __future__ import annotations

from functools import lru_cache

from lemminflect import getAllLemmas

from .data_files import data_file


@lru_cache(maxsize=1)
def _antonyms() -> dict[str, frozenset[str]]:
    data = data_file("wordnet_antonyms.json")
    found: dict[str, set[str]] = {}
    for first, second in data["pairs"]:
        found.setdefault(first, set()).add(second)
        found.setdefault(second, set()).add(first)
    return {word: frozenset(opposites) for word, opposites in found.items()}


@lru_cache(maxsize=50_000)
def _forms(word: str) -> frozenset[str]:
    """The word and its lemmas in every part of speech lemminflect gives it."""
    lemmas: dict[str, tuple[str, ...]] = getAllLemmas(word)
    return frozenset({word, *(lemma for found in lemmas.values() for lemma in found)})


def opposite_words(first: str, second: str) -> bool:
    """Whether WordNet gives the two (lower-case) words, or their lemmas, as antonyms."""
    antonyms = _antonyms()
    opposites = {word for form in _forms(first) for word in antonyms.get(form, ())}
    return bool(opposites & _forms(second))
