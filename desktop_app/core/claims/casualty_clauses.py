"""Casualties a figure's clause states further away than its nearest words.

claims.attributes reads the casualty word among the three words on each side of a figure.
Two constructions put it further off:
- the figure's noun phrase goes on before its verb, with a coordinated count or a
  prepositional phrase: "Two pilots and three passengers died", "Three militants from the
  Islamic Jihad group were killed";
- the killing is named by a noun before "of": "the murder of the six Jesuit priests", "the
  killings of 20 protesters".
Hand-written: no installed library parses a clause; each rule reads a bounded number of words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getAllLemmas

from ..text.lexicon import QUALIFIER_WORDS, QUALIFIERS, RELATIVE_TIME, TIME_UNITS, frame_words
from ..text.stance import REPORTING
from .nouns import COORDINATORS
from .numbers import NUMBER_WORDS
from .units_left import PREPOSITIONS

TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*")
PHRASE_REACH = 8  # words of the noun phrase's continuation read before its verb
# Verbs of saying (text.stance's REPORTING) and of reporting and reckoning, whose object may be a
# clause of its own (a closed class of news English): a figure after one is that clause's subject
# ("reported 24 people were killed").
RECKONING = frozenset({"reported", "reports", "announced", "confirmed", "claimed", "claims", "estimated",
                       "estimates", "believed", "believe"})
# Finite forms of "be" before a participle ("being killed" after "reports of" names no event).
PASSIVE = frozenset({"was", "were", "been", "are", "is"})
# Words that open a clause of their own: what follows them says nothing of the figure's noun.
CLAUSE_OPENERS = frozenset({"who", "that", "which", "whom", "whose", "where", "when", "while", "as",
                            "after", "before", "because", "if", "but"})
# The verbs of dying need no passive ("died", "perished"); the verbs of killing do ("were killed"):
# "three militants killed 20 soldiers" kills others. A closed semantic class (Levin 48.2, "die").
DYING = frozenset({"die", "perish"})
# A time phrase after a participle ("killed a year ago", "killed the same day").
TIME_AFTER_DETERMINER = TIME_UNITS | RELATIVE_TIME
QUALIFIER_PHRASES = tuple(sorted((phrase for phrase, *_ in QUALIFIERS), key=len, reverse=True))
QUALIFIER_WORD_PHRASES = tuple(phrase.split() for phrase in QUALIFIER_PHRASES)  # split once, read per figure
QUALIFIER_LAST_WORDS = frozenset(phrase[-1] for phrase in QUALIFIER_WORD_PHRASES)
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "those", "these", "all"})


def _verb_lemmas(word: str) -> tuple[str, ...]:
    lemmas: dict[str, tuple[str, ...]] = getAllLemmas(word)
    return lemmas.get("VERB", ())


def _is_other_verb(word: str) -> bool:
    """A word that can only be a verb (or an adverb in -ly before one) ends the noun phrase."""
    lemmas: dict[str, tuple[str, ...]] = getAllLemmas(word)
    return "VERB" in lemmas and not ({"NOUN", "ADJ", "PROPN"} & set(lemmas))


def casualty_after_phrase(clause_before: list[str], clause_after: str, listed: bool = False) -> str:
    """'deaths' or 'injured' when the figure's noun phrase, continued by a coordinated count or
    a prepositional phrase, is the subject of a verb of dying or a passive of killing or
    wounding; '' otherwise. Only a subject: after a verb ("destroyed 300 homes and 12 people
    were killed") the figure is an object, and what follows "and" is a clause of its own.
    `listed`: `clause_after` follows a comma after the figure's noun phrase, the first item of a
    list ("Five soldiers, two police officers and a civilian were killed"); then it must go on
    with a noun phrase, and the figure must open its clause: after any other word ("Of the 30
    passengers, 12 were killed", "Despite 40 warnings, two workers died") it names others."""
    said = max((at for at, word in enumerate(clause_before)
                if word in RECKONING or REPORTING.fullmatch(word)), default=-1)
    clause_before = clause_before[said + 1 :]  # "Medics reported 24 people in Gaza were killed"
    if any(_is_other_verb(word) or word in PASSIVE for word in clause_before):
        return ""
    if listed and any(word not in DETERMINERS | QUALIFIER_WORDS for word in clause_before):
        return ""  # only words of the figure's own noun phrase ("the", "at least") may stand before it
    injured, deaths, _ = frame_words()
    words = [w.lower() for w in TOKEN.findall(clause_after[:400])][: PHRASE_REACH + 4]
    if listed and words and words[0] not in COORDINATORS:
        words = ["and", *words]  # the comma joins the next item as "and" would
    if not words or not (words[0] in COORDINATORS or words[0] in PREPOSITIONS):
        return ""  # nothing continues the phrase: the nearest words (claims.attributes) decide
    if listed and not any(word[:1].isalpha() and word not in PASSIVE | deaths | injured
                          for word in words[1:3]):
        return ""  # "30 passengers, 12 were killed": a bare number is no other item of a list
    at = 0
    while at < len(words) and words[at] not in PASSIVE | deaths | injured:
        if at >= PHRASE_REACH or words[at] in CLAUSE_OPENERS or (at and _is_other_verb(words[at])):
            return ""
        at += 1
    passive = False
    while at < len(words) and words[at] in PASSIVE:
        passive, at = True, at + 1
    if at < len(words) and words[at].endswith("ly"):
        at += 1  # "were reportedly killed"
    if at >= len(words):
        return ""
    verb = words[at]
    # a headline's participle with no object is a passive too ("Two pilots, three passengers
    # killed"); with one it is active ("three militants killed 20 soldiers")
    passive = passive or _no_object(words[at + 1 : at + 3])
    if verb in deaths and (passive or set(_verb_lemmas(verb)) & DYING):
        return "deaths"
    return "injured" if verb in injured and passive else ""


def _no_object(after_verb: list[str]) -> bool:
    """Nothing after the verb, or a preposition: no object ("killed", "killed in a crash")."""
    return not after_verb or after_verb[0] in PREPOSITIONS


def killing_by_figure(clause_after: str) -> str:
    """ "Three gunmen killed 20 people", "two car bombs in Baghdad kill at least 30": the figure is
    the subject of an active verb of killing that has an object of its own (a number, a
    determiner, "at least" and a number), so it counts the killers, not the dead; "12 killed in
    blast" has no object (a passive). Returns that verb, or ''. `clause_after`: the figure's
    clause after it, up to its first comma."""
    words = [w.lower() for w in TOKEN.findall(clause_after[:160])][:PHRASE_REACH]
    _, deaths, _ = frame_words()
    at = next((i for i, word in enumerate(words[:4]) if word in deaths), None)
    if at is None or any(word in PASSIVE for word in words[:at]):
        return ""  # "were reportedly killed", "were also killed": a passive
    verb = words[at]
    if not _verb_lemmas(verb) or set(_verb_lemmas(verb)) & DYING:
        return ""
    rest = " ".join(words[at + 1 :])
    qualifier = next((phrase for phrase in QUALIFIER_PHRASES if rest.startswith(phrase + " ")), "")
    object_words = rest[len(qualifier) :].split()
    first = object_words[0] if object_words else ""
    if first in DETERMINERS and len(object_words) > 1 and object_words[1] in TIME_AFTER_DETERMINER:
        return ""  # "the 12 people killed a year ago", "killed the previous night": a time, no object
    return verb if first[:1].isdigit() or first in NUMBER_WORDS or first in DETERMINERS else ""


@lru_cache(maxsize=1)
def _killing_nouns() -> frozenset[str]:
    """The nouns that name a killing, made from the verbs of killing of frame_words: the verb
    itself ("murder", "massacre"), its -ing form ("killing") and the -ion of a verb in -ate
    ("assassination"); not "execution", which names the carrying out of a plan as often."""
    _, deaths, _ = frame_words()
    verbs = {lemma for word in deaths for lemma in _verb_lemmas(word)} - DYING
    nouns = set()
    for verb in verbs:
        stem = verb[:-1] if verb.endswith("e") else verb
        nouns |= {verb, verb + "ing", stem + "ing"} | ({stem + "ion"} if verb.endswith("ate") else set())
    return frozenset(nouns)


AGENT_WORDS = 3  # words of a "by" phrase between a killing and its victims ("by security forces")


def killing_before(before: list[str]) -> bool:
    """ "the murder of the six priests", "killings of 20 protesters", "killings by police of 20
    smugglers": the figure is what a killing named by a noun before "of" (past a determiner, and
    a short "by" phrase naming the killer) was done to. `before`: the
    lower-case words before the figure in its clause."""
    words = before[:-1] if before and before[-1] in DETERMINERS else before
    if len(words) < 2 or words[-1] != "of":
        return False
    # the killer may stand between: "the killings by police of 20 suspected smugglers"
    by = next((len(words) - k for k in range(3, 3 + AGENT_WORDS) if words[-k:-k + 1] == ["by"]), 0)
    noun = words[by - 1] if by > 0 else words[-2]
    lemmas: dict[str, tuple[str, ...]] = getAllLemmas(noun)
    return bool(set(lemmas.get("NOUN", ())) & _killing_nouns())


def before_the_phrase(before: list[str]) -> list[str]:
    """The words before the figure's noun phrase: its hedges ("in excess of", "about") and
    determiners ("its") taken off the end, whole phrases only, so the "of" of "a city of" stays."""
    words = [w.lower() for w in before]
    while words:
        if words[-1] in DETERMINERS:
            words.pop()
            continue
        phrase = None if words[-1] not in QUALIFIER_LAST_WORDS else next(
            (p for p in QUALIFIER_WORD_PHRASES if words[-len(p):] == p), None)
        if phrase is None:
            return words
        del words[-len(phrase):]
    return words
