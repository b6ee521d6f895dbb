"""The later items of a list of counts share the verb before the first: "killed 12 soldiers, 3
civilians and two children" gives three counts of the dead, "clashes kill 9 Taliban, 4 policemen"
two. Read alone, "3 civilians" has only a comma before it, so its own clause names no verb.

Hand-written: no installed library parses a clause. It reads a bounded window of words back from
the figure, over list items only (a number and at most a few words each, with a comma, "and" or
"or" between), and returns the word before the first item past its hedge ("at least").
"""

from __future__ import annotations

import re

from .casualty_clauses import before_the_phrase
from .nouns import COORDINATORS
from .numbers import NUMBER_WORDS

LIST_WINDOW = 200  # characters read back from the figure
ITEM_WORDS = 4  # words of one item after its number: "9 Taliban fighters", "two U.S. soldiers"
MAX_ITEMS = 8
TOKEN = re.compile(r"[A-Za-z][\w'’.-]*|\d[\d,.]*|[,;:()]")


def _a_number(word: str) -> bool:
    return word[:1].isdigit() or word in NUMBER_WORDS


def word_before_list(left: str) -> str:
    """The lower-case word before the list the figure ends (past the first item's hedge), or ''
    when the figure is no later item of a list of counts. `left`: the sentence's text before
    the figure."""
    tokens = [t.lower() for t in TOKEN.findall(left[-LIST_WINDOW:])]
    at = len(tokens)
    for _ in range(MAX_ITEMS):
        separated = False  # ", and", ",", "and", "or" before the item after it
        while at and tokens[at - 1] in COORDINATORS | {","}:
            at -= 1
            separated = True
        if not separated:
            return ""
        # the item before: a number, then up to ITEM_WORDS words, none a comma or a coordinator
        words = 0
        while at and not _a_number(tokens[at - 1]):
            if tokens[at - 1] in COORDINATORS or not tokens[at - 1][:1].isalpha() or words == ITEM_WORDS:
                return ""
            at -= 1
            words += 1
        if not at or words == 0:
            return ""  # no number, or a bare number ("30 passengers, 12 were killed" is no list)
        at = len(before_the_phrase(tokens[: at - 1]))  # past the number and its hedge
        if at and tokens[at - 1] not in COORDINATORS | {","}:
            return tokens[at - 1] if tokens[at - 1][:1].isalpha() else ""
    return ""
