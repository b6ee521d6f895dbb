"""Sentence ends cut without pySBD are the ends pySBD itself finds (see text/plain_sentences)."""

from __future__ import annotations

import pysbd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.core.text.plain_sentences import plan
from desktop_app.core.text.segment import PysbdSplitter, _in_order

SEGMENTER = pysbd.Segmenter(language="en", clean=False)
SPLITTER = PysbdSplitter()


def pysbd_alone(block: str) -> list[str]:
    """pySBD reading the whole block, without any cut made beforehand (its own English)."""
    return [s.strip() for s in _in_order(block, SEGMENTER.processor(block).process()) if s.strip()]


def ours(block: str) -> list[str]:
    return [s.strip() for s in SPLITTER(block) if s.strip()]


WORDS = st.sampled_from([
    "Homs", "city", "the", "fell", "army", "said", "Syria", "he", "She", "They", "It", "rebels", "war",
    "Mr", "Dr", "St", "Gen", "etc", "al", "Inc", "U.S", "e.g", "No", "no", "is", "vs", "Jan", "p",
    "ii", "iv", "XI", "a", "b", "I", "A", "i", "1", "12", "2015", "3.5", "1,200", "10:30", "$3bn", "15%",
    "don't", "it’s", "Yahoo", "well-known", "ATTACKS", "Ünïcode", "حمص", "x2", "W", "(a)", "b)", "(iv)",
    "c", "ii)", "{dr}", "8c", "3D", "G7a", "1.5", "(AP)", "“Yes”", '"no"', "(see", "it)", "“It", "is”",
    "'Hi", "it'", "6's", "’90s", "pulse)", "go”", 'no"',
])
SEPARATORS = st.sampled_from([
    " ", " ", " ", " ", ", ", ". ", ". ", ". ", "? ", "! ", ": ", "; ", " - ", " -- ", " – ", "  ",
    ".  ", "...", " (", ") ", " [", "] ", ' "', '" ', " “", "” ", " ‘", "’ ", " '", "' ", "«", "»",
    ".\" ", ".” ", "?” ", ".) ", " 1. ", " a) ", "\t", ".", "?", "!", "“", "”", '"', "(", ")", ",” ",
    ',"', "”.", ").", "’", "”” ", " (“",
])
BLOCKS = st.lists(st.tuples(WORDS, SEPARATORS), min_size=1, max_size=40).map(
    lambda pairs: "".join(word + sep for word, sep in pairs))


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(BLOCKS)
@example("He left. She said “go. Now.” Then it ended. The end.")
@example('She said: "This is nothing. It is a dispute. But I need it.')
@example("It fell. (See the map. It is old.) Then he left.")
@example("Homs fell. A. Smith said so. The war went on.")
@example("b) a) Homs ")
@example("“Yes”” Homs. ")
@example("'Hi Homs. Homs' Homs ")
@example("Homs. “It go” Homs ")
@example('no"" Homs. Homs. Homs "')
@example("12. Homs ")
@example('Homs,"Homs “Homs." Homs. go” ')
@example("Homs. “Yes” U.S ")
@example("“If I got a third breast, most would think that. Then he said.")
@example("It was impressed,” Steward said. “If I go” He left. (See it) Then.")
@example('Homs”” (AP) "Homs ')
def test_sentences_are_the_ones_pysbd_finds_alone(block: str) -> None:
    assert ours(block) == pysbd_alone(block)


@pytest.mark.parametrize(
    ("block", "judged"),
    [
        ("Homs fell to the army. The rebels left the city. It was over.", ""),
        ("Homs fell to the army. Dr. Smith said so. It was over.", "Dr. Smith said so."),
        ("The city has 1.5 million people. It is old.", ""),
        ("It fell (said “the army”) today. It was over.", ""),
        ('He said "Go." Then he left. It was over.', ""),
        ("He said “go.” then he left. It was over.", "He said “go.” then he left."),
    ],
)
def test_only_sentences_needing_judgement_go_to_pysbd(block: str, judged: str) -> None:
    given_to_pysbd = " ".join(block[start:end] for start, end, needs in plan(block) if needs)
    assert given_to_pysbd == judged
