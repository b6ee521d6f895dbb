"""What a figure with no unit after it counts, read from the words before it.

"the population of Lisbon is about 500,000", "The blast killed 25", "The death toll from the
quake has climbed to 150": nothing after the figure says what it counts, so the words before
it must. Each rule reads a bounded number of words (the extractor passes at most 16).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lemminflect import getAllLemmas

from ..text.lexicon import (
    LEFT_TOPIC_NOUNS,
    QUALIFIER_WORDS,
    change_verbs,
    frame_words,
    group_noun,
    level_verbs,
)
from .digits import SCALES
from .nouns import is_plural, singular
from .unit import Unit


def unit_before(left_words: list[str]) -> Unit | None:
    """ "the toll stood at 40": the topic noun among the four words before the figure and its
    qualifier."""
    words = [w.lower() for w in left_words]
    while words and words[-1] in QUALIFIER_WORDS:
        words.pop()
    lowered = " ".join(words[-4:])
    for noun, unit in LEFT_TOPIC_NOUNS.items():
        if re.search(rf"\b{noun}\b", lowered):
            return Unit(unit, "count", noun=noun, population=noun == "population")
    return None


def group_counted(left_words: list[str]) -> Unit | None:
    """ "a crowd of 83,214", "a workforce of about 430,000": a bare number after a noun for a
    group (text.lexicon.group_noun) and "of" counts that group."""
    words = [w.lower() for w in left_words]
    for end in range(len(words), 1, -1):  # "a crowd of upwards of 50,000": the qualifier goes first
        if words[end - 1] == "of" and group_noun(words[end - 2]):
            return Unit(singular(words[end - 2]), "count", noun=words[end - 2])
        if words[end - 1] not in QUALIFIER_WORDS:
            break
    return None


# English's simple prepositions, a closed class (Quirk et al. 1985, 9.7), less the words that are
# as often particles or conjunctions ("up", "down", "out", "off", "as", "than", "like", "but").
PREPOSITIONS = frozenset("""aboard about above across after against along alongside amid amidst among
    amongst around at atop before behind below beneath beside besides between beyond by despite
    during except for from in inside into near of on onto opposite outside over past per since
    through throughout to toward towards under underneath until upon via with within without""".split())
PREPOSITION_BEFORE = re.compile(r"([A-Za-z]+)\W*(?:the\s+)?$")
PREPOSITION_REACH = 40  # characters before a name read for its preposition: a bounded cost


def word_before(text: str, at: int) -> str:
    """The word before the name at `at`, past a "the", lower-cased ("" at the text's start)."""
    previous = PREPOSITION_BEFORE.search(text, max(0, at - PREPOSITION_REACH), at)
    return previous.group(1).lower() if previous is not None else ""


def after_preposition(text: str, at: int) -> bool:
    """Whether the name at `at` is a preposition's object ("from Port Ardent to Hallam City
    diverted", "Fatima, daughter of Gul said"): not the subject of the verb after it."""
    return word_before(text, at) in PREPOSITIONS


CLAUSE_OPENERS = frozenset("and but or that which who while as when if because where".split())
# Nouns whose "of" phrase is what is counted: "the number of refugees", "the total of 40 dead".
COUNT_HEADS = frozenset({"number", "total", "tally", "count"})
SUBJECT_REACH = 8  # words of the subject read before its verb
ADVERB_REACH = 3  # "has now already reached"


def _verb_of_level(word: str, level_only: bool = False) -> bool:
    """A verb that states a quantity's level ("reached", "stood") or, unless `level_only`, its
    change ("climbed", "exceeded")."""
    changes, margins = change_verbs()
    verbs = level_verbs() if level_only else changes | margins | level_verbs()
    return bool(set(getAllLemmas(word).get("VERB", ())) & verbs)


def _before_verb_group(words: list[str], end: int) -> int | None:
    """Where "has climbed to", "rose from 12 to", "is now", "stood at" begins, when `words`
    (lower case) end with such a group at `end`; None when they do not."""
    reached = bool(end) and words[end - 1] in ("to", "at")
    if reached:
        end -= 1
        figure = end
        while figure and (words[figure - 1][:1].isdigit() or words[figure - 1] in (",", ".", "%")
                          or (figure < end and words[figure - 1] in SCALES)):
            figure -= 1
        if figure < end and figure and words[figure - 1] in ("from", "by"):
            end = figure - 1  # "rose from 12 to 40", "fell by 13,000 to 209,000": the level reached
    adverbs = 0
    while (end and adverbs < ADVERB_REACH and "ADV" in getAllLemmas(words[end - 1])
           and not _verb_of_level(words[end - 1])):
        end -= 1  # "is now", "stood officially at"
        adverbs += 1
    if not end or not _verb_of_level(words[end - 1]):
        return None
    if not reached and not _verb_of_level(words[end - 1], level_only=True):
        return None  # "rose 12,000 last week": a change, not the level ("rose to 12,000")
    end -= 1
    while end and words[end - 1] not in CLAUSE_OPENERS and (
            {"AUX", "ADV"} & getAllLemmas(words[end - 1]).keys()):
        end -= 1  # "has now", "had already": auxiliaries and adverbs, as lemminflect tags them
    return end


def level_subject(left_words: list[str], read_after: Callable[[list[str]], Unit | None]) -> Unit | None:
    """ "The death toll from the quake has climbed to 150", "the number of refugees is now 2
    million": a bare figure after a verb of level or change is its subject's level, and the
    subject's head (the words before its first preposition) names what is counted: a topic
    noun ("toll", "population"), or "number of" a plural noun, read as if it followed the figure."""
    words = [w.lower() for w in left_words]
    end = len(words)
    while end and words[end - 1] in QUALIFIER_WORDS and words[end - 1] not in ("to", "at"):
        end -= 1  # "about", "more than"; not the "to" of "rose to" (a word of "up to")
    verb_at = _before_verb_group(words, end)
    if verb_at is None:
        return None
    start = verb_at
    while (start and verb_at - start < SUBJECT_REACH and words[start - 1][:1].isalnum()
           and words[start - 1] not in CLAUSE_OPENERS):
        start -= 1
    cut = next((i for i in range(start, verb_at) if words[i] in PREPOSITIONS), verb_at)
    if cut == start:
        return None
    head = " ".join(words[max(start, cut - 2):cut])
    charged = cut < verb_at and words[cut] in ("on", "for", "at")  # "the toll on the bridge"
    for noun, name in LEFT_TOPIC_NOUNS.items():
        if (head == noun or head.endswith(" " + noun)) and not (charged and name == "deaths"):
            return Unit(name, "count", noun=noun, population=noun == "population")
    if words[cut - 1] in COUNT_HEADS and cut < verb_at and words[cut] == "of":
        counted = read_after([w for w in left_words[cut + 1:verb_at] if w.lower() not in ("the", "a", "an")])
        if counted is not None and counted.kind == "count" and is_plural(counted.noun.lower()):
            return counted
    return _plural_head(left_words[start:cut])


def _plural_head(subject: list[str]) -> Unit | None:
    """ "Measles cases rose to 1,603", "Births in Japan fell to 758,631": a plural noun heading
    the subject of a verb of level is what the bare figure after it counts. A name ("Apple
    Daily Sales") is no such head: capitalised, the head must be the subject's only word, the
    first of its sentence or clause."""
    head = subject[-1]
    lower = head.lower()
    capitalised = head[:1].isupper() and head[1:].islower() and len(subject) == 1
    if not head.isalpha() or not (head.islower() or capitalised) or not is_plural(lower) or (
            "NOUN" not in getAllLemmas(lower)):
        return None
    return Unit(singular(lower), "count", noun=head)


# Words between a casualty verb and its bare number ("killing at least 25", "wounding another five").
BARE_COUNT_QUALIFIERS = QUALIFIER_WORDS | {"another", "more", "some", "an", "estimated"}


# Words between a bare number and the participle that says what happened to them.
PASSIVE_BETWEEN = frozenset({"were", "was", "are", "is", "have", "had", "been", "reported", "confirmed",
                             "believed", "feared", "also"})


def casualties(left_words: list[str], after: list[str]) -> Unit | None:
    """ "The blast killed 25 and injured 40", "five more wounded": a bare number beside a
    casualty verb counts people (claims.frames reads which of killed and injured)."""
    injured, deaths, _ = frame_words()
    casualty = injured | deaths
    before = [w.lower() for w in left_words[-4:]]
    while before and before[-1] in BARE_COUNT_QUALIFIERS:
        before.pop()
    following = [w.lower() for w in after[:4]]
    if following[:1] == ["more"]:
        following = following[1:]
    while following and following[0] in PASSIVE_BETWEEN:
        following = following[1:]  # "twelve were reported killed"
    if (before and before[-1] in casualty) or (following and following[0] in casualty):
        return Unit("person", "count")  # nobody named: findings.figures.counts_anyone
    return None
