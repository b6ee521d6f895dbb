"""Spot two aligned sentences that say opposite things: a negation or an antonym."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text.data_files import data_file
from ..text.lexicon import MONTHS, TIME_UNITS, WEEKDAYS, is_a_noun, only_a_verb
from ..text.names import find_names, lower_case_words
from ..text.stance import NEGATORS, NOT_A_NEGATION, negation_scopes, sentence_stance
from ..text.textnorm import content_tokens, raw_tokens, stem
from .dating import YEAR


def _antonyms() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Opposite word pairs (text/data/antonyms.json says where they come from)."""
    data = data_file("antonyms.json")
    return tuple((frozenset(a.split()), frozenset(b.split())) for a, b in data["pairs"])


# Each pair: words of one side, words of the other. A pair of sentences is opposed when
# one has a word of one side only and the other of the other side only.
ANTONYMS = _antonyms()
NEGATION = re.compile(  # the negators (text.stance.NEGATORS), "no longer", and any "-n't" form
    r"\b(?:no longer|" + "|".join(sorted((w for w in NEGATORS if w != "n't"), key=lambda w: (-len(w), w)))
    + r"|\w+n't|(?<=\s)n't)\b",
    re.IGNORECASE,
)


# "Homs fell to the regime" says who gained it: the verb alone does not give a side. "Taken into
# custody", "taken to hospital", "took to the streets" move someone somewhere: nothing is captured.
TRANSFER = re.compile(
    r"\b(?:(?:fell|fall|falls|lost|lose|loses)\s+to|(?:taken|took|takes|take)\s+(?:in)?to)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Polarity:
    """What opposition needs of one sentence, computed once per sentence."""

    words: frozenset[str]  # only the words that take part in an antonym pair
    negated: bool
    asserts: bool


POLAR_WORDS = frozenset(word for pair in ANTONYMS for side in pair for word in side)


MODALS = frozenset({"would", "could", "might", "may", "should", "if", "unless"})  # and conditions


CLAUSES = re.compile(r"[,;:—–()]")


def _asserted_polar_words(sentence: str) -> frozenset[str]:
    """Antonym words the sentence asserts: none after a modal or a condition in the same clause
    ("we should try to increase HDL and decrease LDL", "would have killed him" did not happen,
    "threatened unless the U.S. stopped airstrikes" says no one stopped them), none that a
    negation denies ("the road was not closed" asserts no closing; the negation rule reads it)."""
    found: set[str] = set()
    for clause in CLAUSES.split(TRANSFER.sub(" ", sentence)):
        tokens = raw_tokens(clause)
        modal = next((i for i, word in enumerate(tokens) if word in MODALS), len(tokens))
        found.update(word for word in tokens[:modal] if word in POLAR_WORDS)
    denied = {word.lower() for scope in negation_scopes(sentence) for word in scope}
    return frozenset(found - denied)


@lru_cache(maxsize=100_000)  # pure, and asked again for every sentence at each re-analysis
def polarity(sentence: str) -> Polarity:
    words, negative = _asserted_polar_words(sentence), negated(sentence)
    # Whether it asserts matters only to a sentence that could oppose another (reading its stance
    # costs more than the rest of this together).
    return Polarity(words, negative, asserts(sentence) if words or negative else True)


def asserts(sentence: str) -> bool:
    """Questions ("Does the fall of Homs mean...?") and passed-on reports ("sources say...",
    "X reportedly...") assert nothing of the writer's own to contradict."""
    stance = sentence_stance(sentence)
    return not (stance.question or stance.hedged)


def negation_words(sentence: str) -> list[tuple[int, int]]:
    """Spans of the real negations in a sentence ('not only' does not count)."""
    plain = sentence.replace("’", "'")  # "isn’t" and "isn't" are the same word (same length)
    masked = NOT_A_NEGATION.sub(lambda m: " " * len(m.group()), plain)
    return [m.span() for m in NEGATION.finditer(masked)]


def negated(sentence: str) -> bool:
    """True when the sentence contains a real negation ('not only' does not count)."""
    return bool(negation_words(sentence))


def opposed_polarities(first: Polarity, second: Polarity) -> tuple[str, str] | None:
    """An antonym pair that sets the two sentences against each other, if any."""
    if not (first.asserts and second.asserts and first.words and second.words):
        return None
    words_a, words_b = first.words, second.words
    for side_one, side_two in ANTONYMS:
        for left, right in ((side_one, side_two), (side_two, side_one)):
            in_a, in_b = words_a & left, words_b & right
            if in_a and in_b and not words_a & right and not words_b & left:
                return sorted(in_a)[0], sorted(in_b)[0]
    return None


NEGATION_WORDS = NEGATORS
AUXILIARIES = frozenset("do does did has have had is are was were be been will would can could".split())
SAME_WORDS = 0.7


def same_words_but_negation(first: str, second: str) -> bool:
    """Two wordings of one statement, one of them negated: their words, negations
    aside, nearly coincide (a long sentence that merely quotes the other does not)."""
    a, b = _statement_words(first), _statement_words(second)
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= SAME_WORDS


# Where a sentence's clauses part: punctuation, and the conjunctions that start another clause
# (English's closed classes of subordinators, relative pronouns and contrastive coordinators).
CLAUSE_BREAK = re.compile(rf"({CLAUSES.pattern}|\b(?:though|although|but|while|whereas|because|since|"
                          r"after|before|until|unless|if|when|where|which|who)\b)", re.IGNORECASE)
# A clause these introduce asserts nothing of its own: a condition, or a relative clause that
# picks out whom the main clause is about ("Investors who did not sell … lost everything").
NOT_ASSERTING = frozenset({"if", "unless", "which", "who"})
COUNTERFACTUAL = re.compile(r"^\s*(?:had|were|should)\b", re.IGNORECASE)  # "Had they not reached…"
MIN_CLAUSE_WORDS = 5  # "the road was not closed" is too little to be sure two clauses say one thing
MIN_CLAUSE_CONTENT = 3  # of which words that carry content


def _statement_words(text: str) -> set[str]:
    """Words that say what a statement is, negation and auxiliaries aside, stemmed: a negation
    takes the verb's tense off it ("includes" / "does not include")."""
    return {stem(w) for w in raw_tokens(text.replace("’", "'"))
            if w not in NEGATION_WORDS and w not in AUXILIARIES}


def _name_words(text: str) -> set[str]:
    """The words of the names a text holds (text.names: a capitalised English word that only
    starts the sentence, "Officials said…", is none), stemmed as _statement_words stems."""
    return {stem(word) for name in find_names(text, 0, lower_case_words(text))
            for word in raw_tokens(name.text)}


def names_differ(first: str, second: str) -> bool:
    """Each names someone or something the other does not ("Britain did not supply tanks" /
    "Germany supplied tanks"): two statements about two subjects."""
    return (bool(_name_words(first) - _statement_words(second))
            and bool(_name_words(second) - _statement_words(first)))


def _clauses(sentence: str) -> list[tuple[str, str]]:
    """(clause, the word or mark that introduced it) of a sentence."""
    parts = CLAUSE_BREAK.split(sentence)
    return [(parts[i], parts[i - 1].lower() if i else "") for i in range(0, len(parts), 2)]


def same_clause_but_negation(negated_sentence: str, plain_sentence: str) -> bool:
    """A clause of the negated sentence, the one with its negation, says what a clause of the
    other says, negation aside, and both clauses assert it ("Route 9 was not closed between A
    and B on Wednesday, though…" / "Route 9 was closed between A and B on Wednesday, and the
    department said…"): the sentences may go on to say different things, and a "said" in a
    further clause passes on that clause only. A condition, a counterfactual or a relative
    clause asserts nothing; clauses that name different subjects say different things."""
    if sentence_stance(negated_sentence).question or sentence_stance(plain_sentence).question:
        return False
    plain = [(clause, words) for clause, introducer in _clauses(plain_sentence)
             if introducer not in NOT_ASSERTING
             and len(words := _statement_words(clause)) >= MIN_CLAUSE_WORDS]
    for clause, introducer in _clauses(negated_sentence):
        if (not negation_words(clause) or introducer in NOT_ASSERTING or COUNTERFACTUAL.match(clause)
                or len(content_tokens(clause)) < MIN_CLAUSE_CONTENT):
            continue
        words = _statement_words(clause)
        if len(words) < MIN_CLAUSE_WORDS:
            continue
        for other_clause, other in plain:
            if (len(words & other) / len(words | other) >= SAME_WORDS
                    and not names_differ(clause, other_clause)
                    and asserts(clause) and asserts(other_clause)):
                return True
    return False


# When a statement is dated: weekday and month names (the lexicon's, without the three-letter
# abbreviations, which are also words: "may", "sun") and years.
STATED_TIME_WORDS = WEEKDAYS | frozenset(month for month in MONTHS if len(month) > 3) | frozenset(
    "today yesterday tomorrow tonight".split())


@lru_cache(maxsize=100_000)  # pure, and asked again for each aligned pair a sentence is in
def stated_times(sentence: str) -> frozenset[str]:
    """The weekday and month names and years a sentence says (lower case)."""
    return frozenset(word for word in raw_tokens(sentence)
                     if word in STATED_TIME_WORDS or YEAR.fullmatch(word))


def times_apart(first: str, second: str) -> bool:
    """Both sentences say when, and never the same time: "closed on Wednesday" and "reopened on
    Friday", or "was not open on Monday" and "was open on Tuesday", tell of a change, not of
    two accounts of one moment."""
    one, two = stated_times(first), stated_times(second)
    return bool(one) and bool(two) and not one & two


def negation_on_shared_words(negated_sentence: str, plain_sentence: str) -> bool:
    """The negation bears on what the other sentence says: every content word right after it
    is in the other sentence ("has not banned the parade" / "has banned the parade"). A "don't"
    in a further clause of a quote ("…because I don't want to date anymore") denies nothing the
    other sentence states."""
    denied = set(content_tokens(" ".join(sentence_stance(negated_sentence).negated_words)))
    return bool(denied) and denied <= set(content_tokens(plain_sentence))


MOSTLY_DENIED = 2 / 3  # "no patient data was taken" / "patient data was stolen": the verb in other words


def some_negation_on_shared_words(negated_sentence: str, plain_sentence: str) -> bool:
    """One of the sentence's negations bears on what the other says ("The mayor has not
    resigned and has no intention of resigning" / "The mayor resigned on Saturday"): enough to
    keep the two from agreeing, not to call them a conflict (negation_on_shared_words)."""
    plain = set(content_tokens(plain_sentence))
    # what the other sentence denies itself is no assertion of it ("asked not to be named")
    denied_there = {w for scope in negation_scopes(plain_sentence) for w in content_tokens(" ".join(scope))}
    for scope in negation_scopes(negated_sentence):
        denied = set(content_tokens(" ".join(scope)))
        if denied and not denied & denied_there and (
                denied <= plain or len(denied & plain) >= MOSTLY_DENIED * len(denied) >= 2):
            return True
    return False


ARGUMENT_REACH = 3  # content words on each side of an opposed word that say what it is about


def _argument(sentence: str, word: str) -> set[str]:
    tokens = raw_tokens(sentence)
    if word not in tokens:
        return set()
    at = tokens.index(word)
    before = [t for t in (content_tokens(w) for w in tokens[:at]) if t][-ARGUMENT_REACH:]
    after = [t for t in (content_tokens(w) for w in tokens[at + 1 :]) if t][:ARGUMENT_REACH]
    return {t[0] for t in before + after}


# When something happened is no part of what happened: "killed last month" and "seen alive last
# month" share only their time: month and weekday names (the lexicon's), and English's closed class
# of time units and deictic time words.
TIME_WORDS = MONTHS | WEEKDAYS | TIME_UNITS | frozenset(
    "today yesterday tomorrow tonight last next ago earlier later early late".split())
COMPLEMENT = re.compile(r"\s+(?:in|of)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?([^\W\d_][\w'’-]*)",
                        re.IGNORECASE)


def _right_after(sentence: str, word: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """`pattern` matched right after the word's first occurrence in the sentence."""
    found = re.search(rf"\b{re.escape(word)}\b", sentence, re.IGNORECASE)
    return pattern.match(sentence, found.end()) if found is not None else None


def _complement(sentence: str, word: str) -> str | None:
    """What a change or outcome written as a noun is of: "a rise in shipments" -> "shipment",
    "the fall of Homs" -> "homs"; None when the word is not followed by "in" or "of"."""
    match = _right_after(sentence, word, COMPLEMENT)
    tokens = content_tokens(match.group(1)) if match is not None else []
    return tokens[0] if tokens else None


# The object right after a verb, past a determiner or possessive: "lost his fight" -> "fight".
OBJECT = re.compile(r"\s+(?:(?:the|a|an|his|her|its|their|our|my|your|this|that)\s+)?([a-z][\w'’-]*)")


def _object(sentence: str, word: str) -> str | None:
    """What an opposite verb acts on, when a noun follows it: "lost his fight" -> "fight",
    "loses appeal" -> "appeal"; None for a noun ("victory"), an adverb or a preposition after it."""
    if not only_a_verb(word):
        return None
    match = _right_after(sentence, word, OBJECT)
    if match is None or not is_a_noun(match.group(1)):
        return None
    tokens = content_tokens(match.group(1))
    return tokens[0] if tokens else None


def same_argument(first: str, first_word: str, second: str, second_word: str) -> bool:
    """Opposite words about one thing: some content word beside one of them stands beside the
    other ("forces remain entrenched in the city" / "had taken over the city"). "Foley being
    killed" and "Sotloff was seen alive" oppose nothing: the dead and the living are two men.
    A time near both ("last month") does not make them about one thing, and a change written as
    a noun is a change of its complement: "a rise in shipments" and "a drop in demand" are two
    quantities, whoever forecasts both."""
    first_argument, second_argument = _argument(first, first_word), _argument(second, second_word)
    for sentence, word, other in ((first, first_word, second_argument),
                                  (second, second_word, first_argument)):
        complement = _complement(sentence, word)
        if complement is not None and complement not in other:
            return False
        # a verb's object is what it is about: "lost his fight to be restored" opposes no "win"
        acted_on = _object(sentence, word)
        if acted_on is not None and acted_on not in other:
            return False
    return bool(first_argument & second_argument - TIME_WORDS)
