"""Which nouns count the same thing (text/data/noun_synonyms.json, built from WordNet by
desktop_app.build_noun_synonyms): "five countries" and "six nations" are two counts of one
thing, "three physicians" and "four doctors" too.

A count's attribute names the class ("count of country" for "nations"), so that the two are
compared as any two counts of one noun are; the value shown keeps the article's own noun.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Claim
from .data_files import data_file


@lru_cache(maxsize=1)
def _classes() -> dict[str, str]:
    classes: dict[str, str] = data_file("noun_synonyms.json")["classes"]
    return classes


def noun_class(noun: str) -> str:
    """The name of the noun's class of synonyms: the noun itself when it has none."""
    return _classes().get(noun, noun)


def counted_unit(claim: Claim) -> str:
    """The unit as figures are compared by it: a count's noun as its class ("nations" counts
    what "countries" do), any other unit as written."""
    return noun_class(claim.unit) if claim.kind == "count" else claim.unit
