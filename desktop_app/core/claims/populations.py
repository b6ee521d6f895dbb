"""Whether a count of residents is a place's population or the number of people something
happened to.

"Homs has 800,000 residents" and "a city of 1.5 million inhabitants" give a population, which
is compared wherever the place is named. "The fire forced about 3,400 residents from their
homes" and "Roughly 2,100 residents were ordered to leave" count the people an event touched:
a count of residents, compared only where the sentences align as counts must. The verb that
governs the noun phrase decides: hand-written, as no installed library parses a clause; it
reads a bounded number of words on each side.
"""

from __future__ import annotations

from lemminflect import getAllLemmas

from ..text.lexicon import only_a_verb
from .casualty_clauses import before_the_phrase
from .nouns import singular
from .unit import Unit
from .units_left import PREPOSITIONS

# Words right before the figure (past its hedge and determiner) that say a place holds the
# people: "has", "with its", "a city of". A closed class of having and containing; "to" only in
# "home to" ("sent letters to 3,400 residents" counts them).
HOLDING = frozenset({"has", "have", "had", "having", "with", "hold", "holds", "held", "house", "houses",
                     "housed", "of", "population", "counts", "numbers"})
AUXILIARIES = frozenset({"are", "were", "was", "is", "have", "has", "had", "be", "been", "being",
                         "will", "would", "could", "may", "might", "must", "should", "can"})
DWELLING = frozenset({"live", "reside", "dwell", "inhabit"})  # lemmas: "3,400 residents live there"
HOME_TO = ["home", "to"]
AFTER_REACH = 6  # words after the counted noun read for its verb


def _verb_after(after: list[str]) -> str | None:
    """The noun phrase's verb after the counted noun: the word after an auxiliary ("were
    ordered"), or the first word that can only be a verb ("fled")."""
    auxiliary = False
    for word in (w.lower() for w in after[1 : 1 + AFTER_REACH]):
        if not word[:1].isalpha():
            return None  # a comma or a bracket: an aside, nothing read past it
        if word in AUXILIARIES:
            auxiliary = True
        elif only_a_verb(word) or auxiliary:
            return word
    return None


def counts_a_population(before: list[str], after: list[str]) -> bool:
    """Whether the residents counted are a place's population. `before`: the words before the
    figure; `after`: the counted noun and the words after it."""
    words = before_the_phrase(before)
    if words and (words[-1] in HOLDING or words[-2:] == HOME_TO):
        return True
    if words and (words[-1] in PREPOSITIONS or (words[-1][:1].isalpha() and only_a_verb(words[-1]))):
        return False  # "forced about 3,400 residents", "evacuated 900", "sent letters to 3,400 residents"
    verb = _verb_after(after)
    if verb is None:
        return True
    lemmas = {lemma for forms in getAllLemmas(verb).values() for lemma in forms}
    return bool(lemmas & DWELLING)  # "were ordered to leave", "fled" count; "live" is a population


def population_or_count(unit: Unit, before: list[str], after: list[str]) -> Unit:
    """The unit a population noun gives: a population, or a count of the noun ("resident").
    People a place is home to are its population too ("home to about 3,000 people"), as only
    a place can be home to people."""
    if (unit.kind == "count" and not unit.population and unit.noun.lower() in ("people", "persons")
            and before_the_phrase(before)[-2:] == HOME_TO):
        return Unit("people", "count", noun=unit.noun, population=True)
    if unit.population and [w.lower() for w in after[:1]] == ["of"]:
        return Unit(singular(unit.noun), "count", noun=unit.noun)  # "450 of the island's residents": a part
    if not unit.population or unit.noun.lower() not in (w.lower() for w in after[:1]):
        return unit  # "the population is 5.7 billion": the noun before the figure names it
    if counts_a_population(before, after):
        return unit
    return Unit(singular(unit.noun), "count", noun=unit.noun)
