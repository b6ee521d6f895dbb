"""The later items of a list of counts share the verb of the list: "killed 12 soldiers, 3
civilians and two children" gives three counts of the dead, "clashes kill 9 Taliban, 4 policemen"
two, and "2,100 Palestinians killed as well as 66 soldiers" two, the verb after the first item.
Read alone, "3 civilians" has only a comma before it, so its own clause names no verb.

Hand-written: no installed library parses a clause. It reads a bounded window of words back from
the figure, over list items only (a number and at most a few words each, with a comma, "and",
"or" or "as well as" between), and returns the words that could be the list's verb: the last
word of each earlier item that has more than its noun ("Palestinians killed"), nearest first,
then the word before the first item past its hedge ("at least"), and the words before the
first item, which may name a killing ("the deaths of 3 soldiers and 2 civilians").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .casualty_clauses import before_the_phrase
from .nouns import COORDINATORS
from .numbers import NUMBER_WORDS

LIST_WINDOW = 200  # characters read back from the figure
ITEM_WORDS = 4  # words of one item after its number: "9 Taliban fighters", "two U.S. soldiers"
MAX_ITEMS = 8
HEDGE_REACH = 8  # words before a number that may be its hedge and determiner ("in excess of all the")
TOKEN = re.compile(r"[A-Za-z][\w'’.-]*|\d[\d,.]*|[,;:()]")


def _a_number(word: str) -> bool:
    return word[:1].isdigit() or word in NUMBER_WORDS


def _phrase_start(tokens: list[str], at: int) -> int:
    """Where the hedges and determiners before `at` begin ("in excess of", "their"): read over
    the last few words only, so a list of many items costs each item the same."""
    window = max(0, at - HEDGE_REACH)
    return window + len(before_the_phrase(tokens[window:at]))


def _separator_before(tokens: list[str], at: int) -> int:
    """Where the separators before `at` begin (", and", ",", "or", "as well as"); `at` if none."""
    while at:
        if tokens[at - 1] in COORDINATORS | {","}:
            at -= 1
        elif tokens[max(0, at - 3) : at] == ["as", "well", "as"]:
            at -= 3
        else:
            break
    return at


@dataclass(frozen=True)
class ListLead:
    """What a later item of a list of counts shares with the list: the words that could be its
    verb, nearest first ("killed" in "12 soldiers killed, 3 civilians"), and the words before its
    first item ("the deaths of" in "the deaths of 3 soldiers and 2 civilians")."""

    verbs: tuple[str, ...] = ()
    before: tuple[str, ...] = ()


def list_lead(left: str) -> ListLead:
    """What the list the figure ends has before it and between its items (ListLead), empty
    when the figure is no later item of a list of counts. `left`: the sentence's text before the
    figure."""
    tokens = [t.lower() for t in TOKEN.findall(left[-LIST_WINDOW:])]
    at = len(tokens)
    verbs: list[str] = []
    for _ in range(MAX_ITEMS):
        at = _phrase_start(tokens, at)  # the item's own hedge or determiner ("and their 4")
        separated = _separator_before(tokens, at)
        if separated == at:
            return ListLead()
        at = separated
        # the item before: a number, then up to ITEM_WORDS words, none a comma or a coordinator
        words = 0
        while at and not _a_number(tokens[at - 1]):
            if tokens[at - 1] in COORDINATORS or not tokens[at - 1][:1].isalpha() or words == ITEM_WORDS:
                return ListLead()
            at -= 1
            words += 1
        if not at or words == 0:
            return ListLead()  # no number, or a bare number ("30 passengers, 12 were killed" is no list)
        if words > 1:
            verbs.append(tokens[at + words - 1])  # "Palestinians killed"
        first = at - 1  # where this item starts, if it is the first
        at = _phrase_start(tokens, first)  # past the number and its hedge
        if at and _separator_before(tokens, at) == at:
            lead = (tokens[at - 1],) if tokens[at - 1][:1].isalpha() else ()
            return ListLead((*verbs, *lead), tuple(tokens[:first]))
    return ListLead()
