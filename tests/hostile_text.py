"""Hostile texts: each slow shape of issue 13.2 as a function of a size in characters.

Every generator returns a string of about `size` characters (never more than `size` plus one
repeated piece) so that tests and the benchmark can compare the work done at n and 4n.
"""

from __future__ import annotations

from collections.abc import Callable


def _repeat(piece: str, size: int, separator: str = "") -> str:
    unit = piece + separator
    return (unit * max(1, size // len(unit) + 1))[:max(size, len(piece))].rstrip()


def million_run(size: int) -> str:
    """'million million million …': one endless run of scale words."""
    return _repeat("million", size, " ")


def hundred_and_run(size: int) -> str:
    """'one hundred and one hundred and …': number words joined by connectors."""
    return _repeat("one hundred and", size, " ")


def word_dot_line(size: int) -> str:
    """One line of 'Word. Word. …': thousands of one-word sentences in one block."""
    return _repeat("Word.", size, " ")


def letter_digit_run(size: int) -> str:
    """'A1A1A1…': one word of capitals and digits, a name could start at each capital."""
    return _repeat("A1", size)


def percent_run(size: int) -> str:
    """'1% 1% 1% …': a figure with a unit at every step."""
    return _repeat("1%", size, " ")


def al_chain(size: int) -> str:
    """'Abu al Bakr al. Abu al-Bakr …': a name with optional connectors, repeated without end,
    with the abbreviation 'al.' that makes pySBD rewrite the whole text at each occurrence."""
    return _repeat("Abu al Bakr al. Abu al-Bakr al", size, " ")


def mixed_direction(size: int) -> str:
    """Right-to-left and left-to-right words mixed with control and format characters."""
    piece = "حمص \u202e Homs 800,000 \u200f\x07 مدينة \u202c One hundred \x1b[0m \u2066Damascus\u2069 "
    return _repeat(piece, size)


def single_word(size: int) -> str:
    """One word with no space at all."""
    return "a" * max(size, 1)


def long_number(size: int) -> str:
    """A digit string far too long for a float ('1e309' and beyond overflow)."""
    return "There are " + "9" * max(size - 30, 1) + " people living there."


def comma_digits(size: int) -> str:
    """'1,111,111,…,111x': a grouped number that fails only at its very end."""
    return "1" + _repeat(",111", size) + "x"


def title_case_chain(size: int) -> str:
    """'The The The …': one name-shaped run made only of words names drop."""
    return _repeat("The", size, " ")


def wrapped_lines(size: int) -> str:
    """Thousands of short lines, each continuing the previous one's sentence."""
    return _repeat("and so on", size, "\n")


def spelled_sentence_flood(size: int) -> str:
    """One sentence that never ends, with a figure every few words."""
    return _repeat("the army said 1,200 soldiers and two hundred tanks moved", size, " ") + "."


def age_apposition(size: int) -> str:
    """Age hints, long mixed-case words and numbers: each number once looked back over its
    whole sentence for a name in apposition ("Kovac, 42"), backtracking on every such word."""
    return _repeat("he was aged 30 and " + "Aa" * 100 + " 1 2 3 4", size, " ") + "."


SHAPES: dict[str, Callable[[int], str]] = {
    "million million": million_run,
    "one hundred and": hundred_and_run,
    "Word. line": word_dot_line,
    "A1 run": letter_digit_run,
    "1% run": percent_run,
    "X al Y chain": al_chain,
    "mixed direction": mixed_direction,
    "single word": single_word,
    "long number": long_number,
    "1,111,…x": comma_digits,
    "The The chain": title_case_chain,
    "wrapped lines": wrapped_lines,
    "endless sentence": spelled_sentence_flood,
    "aged Aa… 1 1 1": age_apposition,
}
# The sizes issue 13 measured each shape at (characters).
ISSUE_SIZES: dict[str, int] = {
    "million million": 8_000,
    "one hundred and": 500 * len("one hundred and "),
    "Word. line": 20_000 * len("Word. "),
    "A1 run": 50_000 * len("A1"),
    "1% run": 150_000,
    "X al Y chain": 400_000,
    "mixed direction": 400_000,
    "single word": 20_000_000,
    "long number": 1_000,
    "1,111,…x": 400_000,
    "The The chain": 400_000,
    "wrapped lines": 400_000,
    "endless sentence": 400_000,
    "aged Aa… 1 1 1": 4_000,  # the reviewer's 2 KB sentence took 30 s before the fix
}
