"""Tokens for matching: lower-casing the text first gives what lower-casing each token gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.text.textnorm import TOKEN, raw_tokens, stem


def tokens_one_by_one(text: str) -> list[str]:
    """raw_tokens as first written: each token found, then lower-cased."""
    tokens = []
    for match in TOKEN.finditer(text):
        token = match.group().lower().replace("’", "'").replace(",", "")
        if token.endswith("'s"):
            token = token[:-2]
        if token:
            tokens.append(token)
    return tokens


PIECES = st.sampled_from(["Homs", "İstanbul", "ΟΔΟΣ", "ΑΣ:Β", "Σ", "don’t", "U.S.", "1,200", "3.5", "'s",
                          "’s", "x-ray", "_", " ", "ß", "Ǆ", "ﬁ", "K", "e\u0301", "٣٤", "-", ".", "'"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=20).map("".join))
def test_tokens_are_the_same_as_token_by_token(text: str) -> None:
    assert raw_tokens(text) == tokens_one_by_one(text)


@given(st.text(alphabet=st.sampled_from("aeisdngy’'1"), max_size=10))
def test_stem_of_an_unknown_word_strips_the_same_suffixes(word: str) -> None:
    """Words lemminflect does not know (most of these random strings) get the light suffix
    stripping; known words get their lemma (test below)."""
    from lemminflect import getAllLemmas

    if len(word) <= 2 or getAllLemmas(word):
        return
    expected = word
    if len(word) > 4 and not word.isdigit():
        for suffix, keep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""),
                             ("’s", ""), ("'s", "")):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                expected = word[: -len(suffix)] + keep
                break
    assert stem(word) == expected
    assert re.fullmatch(r"[\w’']*", stem(word))


@pytest.mark.parametrize(("word", "lemma"), [("withdrew", "withdraw"), ("men", "man"), ("days", "day"),
                                             ("captured", "capture"), ("forces", "force"), ("homs", "homs"),
                                             ("2014", "2014")])
def test_stem_of_a_known_word_is_its_lemma(word: str, lemma: str) -> None:
    assert stem(word) == lemma


@pytest.mark.parametrize(("text", "tokens"), [
    ("followed 14,200 diabetics", ["followed", "14200", "diabetics"]),
    ("1,234,567 people", ["1234567", "people"]),
    # no thousands separator: a date and a year, a list, a decimal comma
    ("March 14, 2020", ["march", "14", "2020"]),
    ("1,2,3", ["1", "2", "3"]),
    ("3,50 euros", ["3", "50", "euros"]),
    ("apples,123", ["apples", "123"]),
])
def test_a_figures_thousands_separators_stay_in_one_token(text: str, tokens: list[str]) -> None:
    """ "14,200" read as "14" and "200" would share "14" with "March 14" and "200" with "$1,200"."""
    assert raw_tokens(text) == tokens
