"""How a sentence stands towards what it reports: calls it untrue, hedges it, or asks.

A refutation ("the report is not true", "X denied claims that...", "the video was
staged") is recognised by the verdict vocabulary of fact-checkers and the reporting
verbs of denial (text/data/refutation_cues.json says where the words come from). A
verdict word under a negation ("this is not a hoax") refutes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .data_files import data_file
from .textnorm import stem

TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")
# English's negators: the closed class of words that make a clause negative ("not", the
# "-n't" forms, and the absolute negators no, none, nobody, nothing, nowhere, never, neither,
# nor: Huddleston & Pullum, The Cambridge Grammar of the English Language, ch. 9).
NEGATORS = frozenset({"not", "no", "never", "n't", "isn't", "wasn't", "aren't", "weren't", "don't",
                      "doesn't", "didn't", "hasn't", "haven't", "hadn't", "cannot", "can't", "won't",
                      "couldn't", "wouldn't", "shouldn't", "nothing", "nobody", "nowhere", "neither",
                      "nor", "none"})
PASSIVE = frozenset({"was", "were", "been", "being", "be", "is", "are", "get", "got"})
DETERMINERS = frozenset({"a", "an", "the", "their", "its", "his", "her", "our", "this", "that", "these",
                         "those", "two", "several", "many", "some"})
PARTICLES = frozenset({"up", "out", "off"})  # adverb particles that end a phrasal verb ("made up")
PARTICLE_PREPOSITIONS = frozenset({"of", "for", "with"})
CONDITIONALS = frozenset({"if", "unless"})
NEGATION_REACH = 5  # tokens before a verdict word that can negate it ("is not a hoax")
OBJECT_REACH = 5  # tokens after a denial verb in which its object (a claim noun, "that") must stand


@dataclass(frozen=True)
class Lexicon:
    verdict_words: frozenset[str]
    verdict_phrases: tuple[tuple[str, ...], ...]
    denial_verbs: frozenset[str]
    strong_denials: frozenset[str]
    claim_nouns: frozenset[str]
    hedge_words: frozenset[str]
    transitive: frozenset[str]
    verdict_nouns: frozenset[str]
    evidence_verbs: frozenset[str]
    cue_words: frozenset[str]  # every word a verdict or a denial can start with


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = data_file("refutation_cues.json")
    phrases = tuple(tuple(p.split()) for p in data["verdict_phrases"])
    evidence = frozenset(data["evidence_verbs"]["words"])
    cues = (frozenset(data["verdict_words"]) | {phrase[0] for phrase in phrases}
            | frozenset(data["denial_verbs"]) | evidence | {"true"})
    return Lexicon(frozenset(data["verdict_words"]), phrases,
                   frozenset(data["denial_verbs"]),
                   frozenset(w for w in data["denial_verbs"] if w.startswith("den")),
                   frozenset(data["claim_nouns"]), frozenset(data["hedge_words"]),
                   frozenset(data["transitive_senses"]["words"]),
                   frozenset(data["verdict_nouns"]["words"]), evidence, cues)


# "X reported that...", "reports say", "according to reports": the sentence passes on someone
# else's claim, all of it.
PASSED_ON = re.compile(
    r"\b(?:report(?:s|ed)?(?:\s+on\s+\w+)?\s+(?:that|says?|states?|claims?)|"
    r"according\s+to\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:reports?|rumou?rs?|media|sources?|accounts?)|"
    r"claim(?:s|ed|ing)?\s+(?:that|it)|rumou?rs?\s+(?:that|say|said)|"
    r"(?:sources?|insiders?)\s+(?:say|said|told|claim)|told\s+\S+\s+that|"
    r"(?:wrote|writes|said|says|reported|reports|claimed|claims)\s*:)")
# "is said to", "could be", "if true", "whether", a forecast: uncertainty about what its own clause
# says ("are expected to bring in $3.1 billion, a fraction of its $100 billion in revenue" hedges
# the first figure only).
UNCERTAIN = re.compile(
    r"\b(?:(?:(?:is|are|was|were)\s+(?:said|reported|rumou?red|believed|expected|forecast|projected|"
    r"predicted)\s+to|if\s+true|(?:may|might|could|would)\s+(?:\w+\s+)?(?:be|have|\w+))\b|"
    # an embedded question asks what its clause says ("will review whether stolen data is used")
    r"\bwhether\b(?!\s+or\s+not)|"
    # a figure someone foresees is no statement of what happened ("analysts expect earnings of 72
    # cents", "predicts that Veltra will ship 2.8 million"); "bigger-than-expected profit of $1
    # billion", "as analysts had predicted" compare with one, "forecasts" is mostly a noun
    r"(?<!than[\s-])(?<!as\s)(?<!had\s)(?:expect|predict|anticipate)(?:s|ed|ing)?"
    r"(?=\s+(?:[\w'’-]+\s+){0,6}?(?:[$€£]|\d))|"
    # ... and the nouns of a foreseen figure ("cut its forecast for full-year revenue to $4.8bn",
    # "raised its guidance to $2 a share"): the figure is what someone expects, not a result; but
    # the figure a result is compared with them by is one ("beat forecasts with a profit of $1.2bn")
    r"\b(?:forecast|projection|outlook|guidance|prediction)s?\b"
    r"(?=\s+(?:(?!(?:with|by|and|but|as|after|while)\b)[\w'’-]+\s+){0,6}?(?:[$€£]|\d)))")


# "Army Radio substantiated earlier claims that X", "police confirmed reports that X": a verb of
# confirming (WordNet's synset confirm/corroborate/substantiate/affirm, and verify) before the
# claim noun stands behind the claim it names, so the sentence asserts it. Only a finite form
# does: "declined to confirm", "have yet to confirm" confirm nothing.
CONFIRMED_CLAIM = re.compile(
    r"\b(?:confirm(?:ed|s)|corroborat(?:ed|es)|substantiat(?:ed|es)|verifie[ds]|affirm(?:ed|s))\s+"
    r"(?:[\w'’-]+\s+){0,2}(?:reports?|claims?|rumou?rs?|allegations?|accounts?)\s+(?:that|of)\b",
    re.IGNORECASE)
DENIED_BEFORE = 3  # words before the verb in which a negation denies it ("has not confirmed")


def _confirms_a_claim(sentence: str) -> bool:
    """Whether the sentence confirms the claim it names, not denying the confirmation ("police
    have not confirmed reports that...", "neither confirmed nor denied reports that...")."""
    for match in CONFIRMED_CLAIM.finditer(sentence):
        before = TOKEN.findall(sentence[max(0, match.start() - 60) : match.start()].lower().replace("’", "'"))
        if not any(_is_negator(word) for word in before[-DENIED_BEFORE:]):
            return True
    return False


def passed_on(sentence: str) -> bool:
    """The whole sentence is someone else's claim, passed on ("TechCrunch reports that ..."),
    unless the sentence confirms the claim it names."""
    if _confirms_a_claim(sentence):
        return False
    return PASSED_ON.search(sentence.lower()) is not None or ATTRIBUTED.search(sentence) is not None


# The modal is written in lower case; "May" is the month ("bought it in May for $3 billion") or
# a name. Masked letter for letter, so offsets into the sentence stay where they were.
MONTH_MAY = re.compile(r"\bMay\b")


def _modal_text(sentence: str) -> str:
    """The sentence in lower case for the uncertainty patterns, the month "May" masked."""
    return MONTH_MAY.sub("m-y", sentence).lower()


# The reporting verbs of news English that attribute what a sentence says (a closed class):
# findings.attribution reads a figure's source beside them, findings.speakers a quotation's.
REPORTING = re.compile(r"\b(?:said|says|told|tells|added|adds|stated|states|wrote|writes|insisted|"
                       r"declared|explained)\b")
# "The government said the bridge would cost $2.5 billion": reported speech shifts "will" back
# to "would" (the sequence of tenses), so after a reporting verb "would" states a plan, as "will"
# does, not a hedge; "would have", and "would" in a sentence with a condition, still hedge.
REPORTED_WOULD = re.compile(r"would\s+(?!have\b)")
CONDITION = re.compile(r"\b(?:if|unless)\b")


def _reported_future(modal_text: str, at: int) -> bool:
    """Whether the hedge found at `at` is a "would" of reported speech (after REPORTING)."""
    return (REPORTED_WOULD.match(modal_text, at) is not None
            and REPORTING.search(modal_text, 0, at) is not None and CONDITION.search(modal_text) is None)


def _uncertain_patterns_at(sentence: str) -> list[int]:
    """Where the uncertainty patterns match, a "would" of reported speech aside."""
    modal_text = _modal_text(sentence)
    return [m.start() for m in UNCERTAIN.finditer(modal_text) if not _reported_future(modal_text, m.start())]


def uncertain_at(sentence: str) -> tuple[int, ...]:
    """Where the sentence hedges what its clause says, as offsets into it: the uncertainty
    patterns and the hedge words of the data file ("reportedly", "allegedly", "unconfirmed")."""
    lower = sentence.lower()
    hedge_words = lexicon().hedge_words
    found = _uncertain_patterns_at(sentence)
    found += [m.start() for m in TOKEN.finditer(lower) if m.group() in hedge_words]
    return tuple(sorted(found))


def claim_nouns() -> frozenset[str]:
    """Words that name a claim ("report", "rumour"): they say nothing of what it claims."""
    return frozenset(w for noun in lexicon().claim_nouns for w in (noun, noun.rstrip("s")))


# "According to TechCrunch, ...": the claim is a named outlet's, passed on ("according to police"
# is the ordinary attribution of a news report's own account and stays an assertion).
ATTRIBUTED = re.compile(r"\b[Aa]ccording to (?:the )?[A-Z]")


@dataclass(frozen=True)
class Stance:
    """What a sentence does with what it reports; `cue` is the span of the refuting words.

    `hedged`: it passes a claim on without standing behind it ("reportedly", "X reported
    that"); `negated_words`: the content words right after each negation in it, the
    predicate it denies ("did not make an offer" -> make, offer).
    """

    refutes: bool
    cue: tuple[int, int] | None
    hedged: bool
    question: bool
    negated_words: tuple[str, ...] = ()


NUMBER_SIGN = re.compile(r"\bno\.(?=\s*\d)")  # "the No. 2 leader": a number, not a negation


def _tokens(sentence: str) -> list[re.Match[str]]:
    # same-length replacements: token offsets stay the sentence's own
    return list(TOKEN.finditer(NUMBER_SIGN.sub("num", sentence.lower().replace("’", "'"))))


def _is_negator(word: str) -> bool:
    return word in NEGATORS or word.endswith("n't")


def _negator_before(words: list[str], index: int) -> int | None:
    """The index of the nearest negator in the few tokens before `index`, if any."""
    for at in range(index - 1, max(0, index - NEGATION_REACH) - 1, -1):
        if _is_negator(words[at]):
            return at
    return None


def _negated_before(words: list[str], index: int) -> bool:
    return _negator_before(words, index) is not None


def _verdict_at(words: list[str], ends: list[int], sentence: str, index: int, lex: Lexicon) -> int:
    """Length in tokens of a verdict starting at `index` (0 when none)."""
    if any(w in CONDITIONALS for w in words[max(0, index - NEGATION_REACH) : index]):
        return 0  # "even if it isn't real", "if the report is false": a condition, no verdict
    for phrase in lex.verdict_phrases:
        if tuple(words[index : index + len(phrase)]) == phrase:
            after = words[index + len(phrase)] if index + len(phrase) < len(words) else ""
            # a phrasal verb with its preposition is another verb: "is made up of 45% fat" (consists
            # of), "made up for lost time": no verdict
            return 0 if phrase[-1] in PARTICLES and after in PARTICLE_PREPOSITIONS else len(phrase)
    word = words[index]
    if word == "true" and _negated_before(words, index):
        return 1  # "none of those things are true", "is not true"
    if word in lex.evidence_verbs:
        # "nothing in the study shows that X", "the data do not prove that X": X is unfounded
        following = words[index + 1] if index + 1 < len(words) else ""
        return int(following == "that" and _negated_before(words, index))
    if word not in lex.verdict_words or _negated_before(words, index):
        return 0
    if sentence[ends[index] : ends[index] + 1] == "-":
        return 0  # the first part of a compound ("the myth-busting site", "a hoax-hunting blog")
    following = words[index + 1] if index + 1 < len(words) else ""
    if word in lex.transitive and following in DETERMINERS:
        return 0  # "staged a protest": a verb with an object, not a verdict
    if word not in lex.verdict_nouns and _attributive(sentence, ends[index], following):
        return 0  # "the fictional Mount Doom": describes a thing, passes no verdict
    return 1


def _attributive(sentence: str, end: int, following: str) -> bool:
    """An adjective directly before a word (no punctuation between) qualifies that word."""
    gap = sentence[end : end + 2]
    return bool(following) and gap[:1] == " " and following not in CONNECTIVES


CONNECTIVES = frozenset({"and", "or", "but", "as", "by", "from", "in", "on", "to", "because",
                         "since", "after", "when", "while", "if", "though", "although"})


def _denial_at(words: list[str], index: int, lex: Lexicon) -> bool:
    word = words[index]
    if word not in lex.denial_verbs or _negated_before(words, index):
        return False
    if index > 0 and words[index - 1] in PASSIVE and word.endswith("ed"):
        return False  # "was denied bail": someone else's refusal, not a denial of a claim
    ahead = words[index + 1 : index + 1 + OBJECT_REACH]
    if any(w in lex.claim_nouns or w == "that" or w.endswith("ing") for w in ahead):
        return True
    return word in lex.strong_denials and (not ahead or ahead[0] in ("it", "this", "them", "the"))


def is_question(sentence: str) -> bool:
    """A question asserts nothing ("Does the fall of Homs mean...?"), as a headline or in the text."""
    return sentence.rstrip().rstrip("”\"'’)").endswith("?")


def _in_brackets(sentence: str, at: int) -> bool:
    """Whether `at` is inside an aside: a "(" ... ")" pair, with words of the sentence outside
    it ("(Velna denied the reports.)" is a whole sentence in brackets, no aside)."""
    opening = sentence.rfind("(", 0, at)
    if opening < 0 or sentence.find(")", opening, at) >= 0:
        return False
    closing = sentence.find(")", at)
    if closing < 0:
        return False  # "Velna Foods (VLN.N denied...": an unclosed bracket encloses nothing
    return bool(sentence[:opening].strip()) and bool(sentence[closing + 1 :].strip(" .!?\"'’”"))


@lru_cache(maxsize=100_000)  # pure, and asked for every sentence at each re-analysis
def sentence_stance(sentence: str) -> Stance:
    lex = lexicon()
    matches = _tokens(sentence)
    words = [m.group() for m in matches]
    hedged = (any(w in lex.hedge_words for w in words) or passed_on(sentence)
              or bool(_uncertain_patterns_at(sentence)))
    question = is_question(sentence)
    denied = _negated_predicates(sentence)
    ends = [m.end() for m in matches]
    lower = sentence.lower()
    for index, word in enumerate(words):
        if word not in lex.cue_words:
            continue  # most words start no verdict and no denial: skip the detailed reading
        if _in_brackets(sentence, matches[index].start()):
            continue  # "this (possibly staged) spectacle": an aside on one noun, no verdict on the claim
        length = _verdict_at(words, ends, lower, index, lex)
        if length or _denial_at(words, index, lex):
            last = matches[index + max(length, 1) - 1]
            # a negated evidence verb's verdict starts at its negator ("Nothing in the study shows")
            first = _negator_before(words, index) if word in lex.evidence_verbs else None
            start = matches[index if first is None else first].start()
            return Stance(not question, (start, last.end()), hedged, question, denied)
    ellipsis = ELLIPTICAL_DENIAL.search(sentence)
    if ellipsis is not None and not question and _passes_on(sentence[: ellipsis.start()], lex):
        return Stance(True, ellipsis.span(), hedged, question, denied)
    return Stance(False, None, hedged, question, denied)


# "Some sites are claiming it's from a TV show, but it's not.": a negated auxiliary that stands
# for the whole predicate before it (verb-phrase ellipsis: a pronoun, an auxiliary and a
# negator, and nothing after them in the clause) denies what that predicate says. Only a claim
# passed on is refuted so: "It looks real, but it isn't" contrasts, it reports no claim.
_AUXILIARIES = r"(?:is|was|are|were|did|does|do|has|have|had)"
ELLIPTICAL_DENIAL = re.compile(
    r"\bbut\s+(?:it|he|she|they|that|this|we|i)"
    rf"(?:['’](?:s|re|m)\s+(?:not|never)|\s+{_AUXILIARIES}\s+(?:not|never)|\s+{_AUXILIARIES}n['’]t)"
    r"(?=\s*(?:[.!;,—–)\"”’]|$))", re.IGNORECASE)


def _passes_on(text: str, lex: Lexicon) -> bool:
    """Whether `text` passes a claim on: a verb of reporting, a hedge word, or a word for a claim
    ("are claiming", "rumours say")."""
    words = TOKEN.findall(text.lower().replace("’", "'"))
    return passed_on(text) or any(w in lex.hedge_words or stem(w) in lex.claim_nouns for w in words)


PREDICATE_REACH = 4  # tokens after a negation that say what it denies


# A negation bears on its own clause: "was not withdrawn in Canada; Health Canada instead
# issued an advisory" denies nothing of Health Canada.
CLAUSE_PUNCTUATION = re.compile(r"[;:()\[\]—–]")


def _negated_predicates(sentence: str) -> tuple[str, ...]:
    """The words a negation bears on: the tokens just after each "not", "never", "-n't"."""
    return tuple(word for scope in _scopes(sentence) for word in scope)


def _scopes(sentence: str) -> list[list[str]]:
    """A negation's scope: the few tokens after it, up to the end of its clause, or of its
    comma phrase when the negated words end there ("Kessler, who has not conceded, asked for a
    recount" denies the conceding, not the asking)."""
    scopes = []
    for clause in CLAUSE_PUNCTUATION.split(sentence):
        matches = _tokens(clause)
        words = [m.group() for m in matches]
        for index, word in enumerate(words):
            if not _is_negator(word):
                continue
            scope = words[index + 1 : index + 1 + PREDICATE_REACH]
            comma = clause.find(",", matches[index].end())
            if comma >= 0:
                following = zip(scope, matches[index + 1 :], strict=False)
                before_comma = [w for w, m in following if m.end() <= comma]
                scope = before_comma or scope  # "not, as some said, ...": the words after the aside
            scopes.append(scope)
    return scopes


# Negators that deny nothing: "not only ... but also", "no doubt", and "No. 2", a number.
NOT_A_NEGATION = re.compile(r"\b(?:not only|not just|not least|no doubt|no matter)\b|" + NUMBER_SIGN.pattern,
                            re.IGNORECASE)


@lru_cache(maxsize=100_000)
def negation_scopes(sentence: str) -> tuple[tuple[str, ...], ...]:
    """The tokens each negation of a sentence bears on, one tuple per negation ("has not
    resigned and has no intention of resigning": two); "not only" and the like deny nothing."""
    masked = NOT_A_NEGATION.sub(lambda m: " " * len(m.group()), sentence)
    return tuple(tuple(scope) for scope in _scopes(masked))
