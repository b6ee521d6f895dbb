"""Normalise sentences for matching: case, punctuation, stop words, plurals."""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getAllLemmas

from .data_files import data_file

STOP_WORDS = frozenset(
    """a about above after again against all almost also am among an and any are as at be
    because been before being below between both but by can could did do does doing down
    during each even ever every few for from further had has have having he her here hers
    herself him himself his how however i if in into is it its itself just least less let
    like made make many may me might more most much must my myself near nearly no nor not
    now of off often on once one only or other others our ours ourselves out over own per
    perhaps quite rather said same says see seen she should since so some such than that the
    their theirs them themselves then there these they this those though through thus to too
    under until up upon us very via was we were what when where whether which while who whom
    whose why will with within without would yet you your yours yourself yourselves
    according already although another around become becomes became despite either else
    enough ever including indeed instead itself last later meanwhile new now often several
    still therefore toward towards well""".split()
)
# Polarity words are stop words for matching but matter for opposition; kept separately.
NEGATIONS = frozenset({"not", "no", "never", "neither", "nor", "without", "none", "nobody",
                       "nothing", "cannot", "denied", "denies", "deny"})
# A figure's thousands separators stay inside it: "14,200" is one token, not "14" and "200"
# (which would match the "14" of "March 14" in another sentence).
TOKEN = re.compile(r"[^\W_]+(?:[’'.\-][^\W_]+|(?<=\d),\d{3}(?![^\W_]))*", re.UNICODE)


_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("’s", ""),
             ("'s", ""))


def _nominalisations() -> dict[str, str]:
    """Event noun -> the verb it is made from (text/data/nominalisations.json: WordNet 3.0's
    derivational links, built by desktop_app.build_nominalisations)."""
    data = data_file("nominalisations.json")
    return dict(data["nouns"])


NOMINALISATIONS = _nominalisations()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The word's dictionary form, so 'withdrew'/'withdraw', 'men'/'man', 'forces'/'force' and
    'captured'/'capture' meet, and an event noun is its verb ('proposal'/'proposed': propose)."""
    base = _lemma(word)
    return NOMINALISATIONS.get(base, base)


def _lemma(word: str) -> str:
    """lemminflect's lemma (verb first, then noun) when it knows the word, else light suffix
    stripping (names, numbers and rare words it does not know)."""
    if len(word) <= 2 or word.isdigit():
        return word
    lemmas = getAllLemmas(word)
    for pos in ("VERB", "NOUN"):
        found = lemmas.get(pos)
        if found and found[0] != word:
            return str(found[0])
    if lemmas or len(word) <= 4:
        return word
    for suffix, keep in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + keep
    return word


def raw_tokens(text: str) -> list[str]:
    """Word tokens, lower-cased, possessives cut, digits' commas removed."""
    # Lower-casing the text first gives the same tokens in one pass, except with 'İ' (one
    # character that lower-cases to two, the second not a letter) and 'Σ' (lower-cased by
    # what follows it, which a token may not include).
    words = TOKEN.findall(text.lower()) if "İ" not in text and "Σ" not in text else [
        match.group().lower() for match in TOKEN.finditer(text)]
    tokens = []
    for word in words:
        token = word.replace("’", "'")
        if "," in token:
            token = token.replace(",", "")
        if token.endswith("'s"):
            token = token[:-2]
        if token:
            tokens.append(token)
    return tokens


def content_tokens(text: str) -> list[str]:
    """Tokens that carry content: no stop words, stemmed."""
    return [stem(t) for t in raw_tokens(text) if t not in STOP_WORDS and len(t) > 1]


def normalise(text: str) -> str:
    """The string the fuzzy scorers compare: content tokens joined by spaces."""
    return " ".join(content_tokens(text))
