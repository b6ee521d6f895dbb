"""Which nouns count the same thing (text/data/noun_synonyms.json, built from WordNet by
desktop_app.build_noun_synonyms): "five countries" and "six nations" are two counts of one
thing, "three physicians" and "four doctors" too.

A count's attribute names the class ("count of country" for "nations"), so that the two are
compared as any two counts of one noun are; the value shown keeps the article's own noun.
"""

from __future__ import annotations

from functools import lru_cache

from .data_files import data_file


@lru_cache(maxsize=1)
def _classes() -> dict[str, str]:
    classes: dict[str, str] = data_file("noun_synonyms.json")["classes"]
    return classes


def noun_class(noun: str) -> str:
    """The name of the noun's class of synonyms: the noun itself when it has none."""
    return _classes().get(noun, noun)
