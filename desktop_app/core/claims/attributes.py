"""Which property a figure gives (its attribute), and what it measures of it.

"killed 25 and injured five": the closest casualty or money word of the figure's own clause
and predicate decides ('deaths', 'injured', 'revenue', 'count of <noun>'). Then what the figure
measures of that property: a rate ("8,000 victims per day" is no death toll), a change
("increased by 65,000 soldiers, to a total of 547,000": the 65,000 is no troop strength) or a
value the sentence says was superseded ("from its original 12 member states, it has grown to
20"). Each of these is an attribute of its own, so it is never compared with the plain one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import zip_longest

from lemminflect import getAllLemmas, getInflection, getLemma

from ..model import Claim
from ..text.lexicon import (
    MEASURED,
    QUALIFIER_WORDS,
    STOP_AFTER_NUMBER,
    change_verbs,
    frame_words,
    only_a_verb,
)
from ..text.noun_synonyms import noun_class
from .appositives import RELATIVE
from .casualty_clauses import DETERMINERS, casualty_after_phrase, killing_before, killing_by_figure
from .inclusions import aside_length
from .listed_objects import list_lead
from .nouns import COORDINATORS, singular
from .numbers import words_to_number

WORD = re.compile(r"[A-Za-z][\w'’-]*")


CLAUSE_WINDOW = 200
CLAUSE_BREAK = re.compile(r"[,;:()—–]")


def _clause_words(sentence: str, start: int, end: int, skip: int = 0) -> tuple[list[str], list[str]]:
    """Lower-case words before and after a figure, within its clause (no comma or semicolon);
    `skip` leaves out that many words right before it."""
    # Four words fit in a bounded window: the cost per figure stays fixed however long the sentence.
    left = CLAUSE_BREAK.split(sentence[max(0, start - CLAUSE_WINDOW) : start])[-1]
    right = CLAUSE_BREAK.split(sentence[end : end + CLAUSE_WINDOW])[0]
    before = [w.group().lower() for w in WORD.finditer(left)]
    return (before[: len(before) - skip][-4:], [w.group().lower() for w in WORD.finditer(right)][:4])


# "29 people have lost their lives": the idiom of dying, past the three nearest words. A bare
# "lives" further off is no death ("300 families have had their lives turned upside down").
LOST_LIVES = re.compile(r"^\s*(?:(?:have|has|had)\s+)?(?:[a-z]+ly\s+)?(?:lost|lose|loses|losing)\s+"
                        r"(?:their|his|her|its)\s+lives?\b", re.IGNORECASE)
# "Two people are being treated for serious injuries", "were treated in hospital for burns": the
# figure's subject treated for a wound is injured, past the three nearest words. Treated for
# anything else ("treated for shock", "for dehydration") is not counted among the injured.
TREATED_FOR_INJURIES = re.compile(
    r"^\s*(?:(?:are|is|were|was|have|has|had|been|being)\s+){0,3}(?:[a-z]+ly\s+)?treated\s+"
    r"(?:(?:in|at)\s+(?:a\s+|the\s+)?(?:local\s+)?hospitals?\s+)?for\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:injuries|injury|wounds|burns)\b", re.IGNORECASE)
# "13 civilians are among the wounded", "two Americans were among those killed": the figure is
# counted with the casualties the phrase names, past the three nearest words.
AMONG_CASUALTIES = re.compile(
    r"^\s*(?:(?:are|is|were|was|have|has|had|been|being)\s+){0,2}(?:[a-z]+ly\s+|also\s+)?among\s+"
    r"(?:the|those)\s+(?:[a-z]+ly\s+)?([a-z]+)\b", re.IGNORECASE)
LIGHT_VERB = frozenset({"make", "makes", "made"})  # a verb of earning only with its amount as object
CLAUSE_COORDINATORS = frozenset({"but", "while", "whereas"})  # closed class: starts another clause


# "Three of the 31 children", "most of the 200 workers": the figure is the whole a part is taken
# from, so the clause's verb tells of the part ("were hospitalized"), not of the whole. The part is
# a number or one of the closed class of English quantifiers.
PARTITIVE_BEFORE = re.compile(r"\b([\w-]+)\s+of\s+(?:(?:the|those|these|its|their|his|her|our|all)\s+)?"
                              r"(?:[\w-]+['’]s\s+)?$",  # "12 of the council's 20 seats"
                              re.IGNORECASE)
WHOLE = "count of all "  # "of the 17 counts": the whole a part is taken from
# "Two of the people treated were firefighters": a part of a group the sentence does not number,
# which is no count of the group ("19 people were treated") however alike the sentences are.
PART_OF_A_GROUP = re.compile(r"^[\w,.-]+(?:\s+[\w-]+)?\s+of\s+(?:the|those|these|its|their|his|her|our)\s",
                             re.IGNORECASE)
PART = "part of "
SAID_TO_BE = re.compile(r"\b(?:were|are|was|is)\s+([a-z][\w-]*)")  # "... were volunteer firefighters"


def _names_a_part(quote: str, clause: str) -> bool:
    """ "Two of the people treated were firefighters": a part of a group, told what it is (a
    copula before no participle). "Twenty-two of the miners were rescued" counts the rescued."""
    if PART_OF_A_GROUP.match(quote) is None:
        return False
    said = SAID_TO_BE.search(clause)
    if said is None:
        return False
    word = said.group(1)
    if "VERB" not in getAllLemmas(word):
        return True
    lemma = getLemma(word, upos="VERB")[0]
    return word not in (*getInflection(lemma, tag="VBN"), *getInflection(lemma, tag="VBG"))  # no participle
QUANTIFIERS = frozenset({"some", "most", "many", "several", "none", "half", "few", "each", "any", "both",
                         "all"})


def _times(claim: Claim) -> bool:
    """A count of times ("injured 3 times"), also when it is read as the deed it counts
    ("shot 3 times": claims.occurrences)."""
    return claim.unit == "time" or claim.quote.lower().endswith((" times", " time"))


def _whole_of_a_part(left: str) -> bool:
    match = PARTITIVE_BEFORE.search(left)
    if match is None:
        return False
    part = match.group(1).lower()
    return (part in QUANTIFIERS or part.replace(",", "").isdigit()
            or words_to_number(part.replace("-", " ").split()) is not None)


def _new_predicate(words: list[str], at: int) -> bool:
    """A coordinator that starts another predicate: "while", "whereas", "but" always; "and" or
    "or" when a verb follows ("causing 800 deaths and infecting...") rather than a noun phrase
    ("killed 5 children and 3 women": one predicate, two objects)."""
    if words[at] in CLAUSE_COORDINATORS:
        return True
    if words[at] not in COORDINATORS or at + 1 >= len(words):
        return False
    return only_a_verb(words[at + 1])


def _own_predicate(before: list[str], after: list[str]) -> tuple[list[str], list[str]]:
    """The words of a figure's clause that belong to its own predicate (see _new_predicate)."""
    own_before = before[max((i + 1 for i in range(len(before)) if _new_predicate(before, i)), default=0):]
    own_after = after[: next((i for i in range(len(after)) if _new_predicate(after, i)), len(after))]
    return own_before, own_after


def _another_noun_phrase(after: list[str]) -> int:
    """Where a coordinated noun phrase with its own determiner starts: "restitution of $1.5
    million and a fine of $250,000" names the fine of another sum, not of the $1.5 million."""
    return next((i for i in range(len(after) - 1)
                 if after[i] in COORDINATORS and after[i + 1] in DETERMINERS), len(after))


PRICE_REACH = 16  # words before "for $2.5bn" read for the verb of a sale, past an apposition
PRICE_WINDOW = 300  # characters that hold them
# Where the buying verb's clause ends, reading back: coordinators and relative pronouns.
PRICE_STOPS = COORDINATORS | CLAUSE_COORDINATORS | RELATIVE


def _sale_or_amount(before: str, money: dict[str, str]) -> str:
    """ "agreed to buy snack maker Crisp & Co for $2.5bn", "will buy Mojang, the creator of
    Minecraft, for $2.5 billion": money after "for" is a price ('price', else 'amount') when the
    nearest money word before it, past an apposition's commas but not past another verb or
    clause, is one of buying or selling."""
    clause = re.split(r"[;:()—–]", before[-PRICE_WINDOW:])[-1]  # a fixed cost per figure
    for word in reversed([w.group().lower() for w in WORD.finditer(clause)][-PRICE_REACH:]):
        if word in money and word not in LIGHT_VERB:
            return "price" if money[word] == "price" else "amount"
        if word in PRICE_STOPS or only_a_verb(word):
            break  # "who bought the stock sued for $500 million": the suing is what it is for
    return "amount"


def attribute_of(claim: Claim, sentence: str, offset: int) -> str:
    """The property a figure gives: 'age', 'population', 'deaths', 'injured', 'revenue',
    'price'..., 'count of <noun>', or its unit for measures."""
    if claim.attribute:
        return claim.attribute  # read already (an age, a share)
    if claim.unit == "years old":
        return "age"
    if claim.unit == "km2":
        return "area"  # acres, hectares and square miles are read in km2
    if claim.topic.startswith("population"):
        return "population"
    if claim.kind == "rank":
        return "rank"
    injured, deaths, money = frame_words()
    before, after = _clause_words(sentence, claim.start - offset, claim.end - offset)
    if claim.qualifier:
        # "killing over 25 insurgents and injuring...": the qualifier's words are the figure's own
        skip = next((k for k in range(len(before), 0, -1) if all(w in QUALIFIER_WORDS for w in before[-k:])),
                    0)
        before, _ = _clause_words(sentence, claim.start - offset, claim.end - offset, skip=skip)
    own = [w.group().lower() for w in WORD.finditer(claim.quote)]
    nearest = own + [w for pair in zip_longest(after[:3], before[::-1][:3]) for w in pair if w]
    if claim.kind == "money":
        # "make" earns money only with the amount as its object ("made $46 million"): "costs $216
        # to make", "make off with thousands of dollars" and "make a $15 offer" say nothing of profit.
        # A coordinated predicate is another's: "pay restitution of $1.2 million and fined him
        # $200,000" fines nothing of the $1.2 million.
        direct = before[-1] if before else ""
        own_before, own_after = _own_predicate(before, after)
        own_after = own_after[:_another_noun_phrase(own_after)]
        nearest = own + [w for pair in zip_longest(own_after[:3], own_before[::-1][:3]) for w in pair if w]
        found = next((money[w] for w in nearest + own_after[3:] + own_before[::-1][3:]
                      if w in money and (w not in LIGHT_VERB or w == direct)), "")
        if found or direct != "for":
            return found or "amount"
        return _sale_or_amount(sentence[: claim.start - offset], money)
    if claim.kind == "count" and _whole_of_a_part(sentence[max(0, claim.start - offset - LOOK) :
                                                            claim.start - offset]):
        # "Three of the 31 infected children were hospitalized": the verb tells of the three; only
        # the whole's own words say what it counts ("two of the 12 people killed": 12 deaths). A
        # whole is never the count its verb gives: "convicted on 14 of the 17 counts" convicted on
        # 14, so the 17 is an attribute of its own, not a "convicted on 14 counts" to contradict.
        casualty = [w for w in own + after[:1] if w in injured or w in deaths]
        return ("injured" if casualty[0] in injured else "deaths") if casualty else f"{WHOLE}{claim.unit}"
    if claim.kind == "count" and not _times(claim):  # "injured 3 times", "shot 3 times" count no one
        # A coordinated predicate is another's: "causing 800 deaths and infecting 16,000 people"
        # gives no deaths for the 16,000, "killed 25 and injured five" no deaths for the five.
        following = sentence[claim.end - offset : claim.end - offset + CLAUSE_WINDOW]
        aside = aside_length(following)  # "14 others, including nine children, had died"
        if aside:
            following = following[aside:]
            after = [w.group().lower() for w in WORD.finditer(CLAUSE_BREAK.split(following)[0])][:4]
        own_before, own_after = _own_predicate(before, after)
        right = CLAUSE_BREAK.split(following)[0]
        killers = killing_by_figure(right)  # "three gunmen killed 20 people": no deaths of the three
        nearest = own + [w for pair in zip_longest([w for w in own_after[:3] if w != killers],
                                                   own_before[::-1][:3]) for w in pair if w]
        if LOST_LIVES.match(right):
            return "deaths"
        if TREATED_FOR_INJURIES.match(right):
            return "injured"
        among = AMONG_CASUALTIES.match(right)
        if among is not None and (among.group(1).lower() in injured or among.group(1).lower() in deaths):
            return "injured" if among.group(1).lower() in injured else "deaths"
        for word in nearest:  # the closest casualty word decides
            if word in injured:
                return "injured"
            if word in deaths:
                return "deaths"
        if claim.unit == "deaths" or killing_before(own_before):
            return "deaths"
        listed_in = list_lead(sentence[max(0, claim.start - offset - CLAUSE_WINDOW) : claim.start - offset])
        # An item with a verb of its own ("3 civilians escaped") does not share the list's verb,
        # but a list after a killing noun and "of" is that noun's, whatever verb follows it ("the
        # murder of six priests and their two maids took place in 1989").
        own_verb = bool(own_after[:1]) and only_a_verb(own_after[0])
        lead = "" if own_verb else next((w for w in listed_in.verbs if w in injured or w in deaths), "")
        if lead:  # "killed 12 soldiers, 3 civilians and two children"
            return "injured" if lead in injured else "deaths"
        named = listed_in.before[-2:-1] if listed_in.before[-1:] == ("of",) else ()
        if killing_before(list(listed_in.before)) or set(named) & deaths:
            return "deaths"  # "the massacre of 300 villagers and 20 monks", "the deaths of 3 … and 2 …"
        listed = not right.strip() and following[len(right) : len(right) + 1] == ","
        return (casualty_after_phrase(own_before, following[len(right) + 1 :] if listed else right, listed)
                or f"{PART if _names_a_part(claim.quote, right) else 'count of '}{noun_class(claim.unit)}")
    if claim.kind == "count":
        return f"count of {noun_class(claim.unit)}"  # "six nations" and "five countries": one count
    if claim.kind == "percent":
        return "share"
    return MEASURED.get(claim.unit, claim.unit)


PERIOD = r"(?:day|night|week|month|year|hour|minute|quarter|season)"
WORDS = r"(?:[^\W\d]+\s+)"
MONEY_SIGN = r"(?:US)?[$€£]?"
# "8,000 victims per day", "$5 a day", "300 cars every week", "20 tonnes daily"; not "a year ago".
# "in a day of violence", "an hour north of the city", "a week into the strike" are no rates.
NOT_A_RATE_BEFORE = r"(?<!in\s)(?<!on\s)(?<!within\s)(?<!for\s)(?<!of\s)"
# A time or place after the period ("a year ago", "a week into", "an hour north of", "a day's
# drive"): the closed classes of temporal adverbs and compass points, and the possessive.
NOT_A_RATE_AFTER = (r"(?!['’]s\b|\s+(?:ago|earlier|later|before|after|old|into|north|south|east|west|away)"
                    r"\b)")
# A rate may be hyphenated into a modifier: "a $2 million-a-day income", "a $5-an-hour job".
RATE = re.compile(
    rf"^[\s-]*{WORDS}{{0,2}}?(?:{NOT_A_RATE_BEFORE}(?:per|a|an|each|every)[\s-]+({PERIOD})\b{NOT_A_RATE_AFTER}"
    r"|(daily|nightly|weekly|monthly|yearly|annually|hourly))\b", re.IGNORECASE)
# "$42 per user", "30 deaths per 100,000 people", "79 cents a diluted share", "28 points a game": a
# ratio to something other than time. Names, numbers and modifiers before the noun belong to the
# denominator ("per Whatsapp user"); after "a"/"an"/"each" the noun must end the phrase ("a share
# price" is no ratio) and be no period ("$2 a day after the results": see RATE for rates in time).
RATIO_WORD = re.compile(r"\d[\d,.]*\d|[\w'’-]+|[^\w\s]")
RATIO_START = frozenset({"per", "a", "an", "each"})
NOT_A_DENOMINATOR = frozenset({"cent", "cents"})  # "per cent": a share, read as one already
DENOMINATOR_REACH = 3  # words after "per" searched for its noun
PERIOD_OF = {"daily": "day", "nightly": "night", "weekly": "week", "monthly": "month", "yearly": "year",
             "annually": "year", "hourly": "hour"}
# "increased by 65,000", "cut its forecast by almost $2 billion": a change verb among the three
# words before "by"; "rose 5%", "fell 12 percent": a share right after one.
BY_BEFORE = re.compile(rf"\b({WORDS}{{1,3}})by\s+{WORDS}{{0,2}}?{MONEY_SIGN}$", re.IGNORECASE)
LAST_WORD = re.compile(r"([a-z]+)\s+$", re.IGNORECASE)
OF_AFTER = re.compile(r"\s*of\b", re.IGNORECASE)
# "up from 12", "compared with 12"; "from its original 12 ..." when a later "to 20" gives the new
# value, but not "ranging from $7 to $27", a range. "an earlier count of 14", "the initial death
# toll of 37", "officials initially said 14": a value the writer marks as superseded. The words
# of precedence are a closed class; the nouns of counting and the verbs that report a figure
# are the general ones of news English, none taken from a sentence it had to read.
PRECEDENCE = r"(?:earlier|previous|prior|initial|original|preliminary)"
COUNTING_NOUN = r"(?:count|toll|estimate|figure|tally|total|number|forecast|projection)s?"
SAYING = r"(?:said|say|says|reported|put|gave|estimated|counted|announced|stated)"
FORMER_BEFORE = re.compile(
    rf"\b(?:(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus)\s+{WORDS}{{0,2}}?"
    rf"|{PRECEDENCE}\s+{WORDS}?{COUNTING_NOUN}\s+(?:of|was|stood\s+at|at)\s+{WORDS}{{0,2}}?"
    rf"|(?:initially|originally)\s+{WORDS}{{0,2}}?{SAYING}\s+{WORDS}{{0,3}}?){MONEY_SIGN}$", re.IGNORECASE)
NOT_A_CHANGE = r"(?<!range\s)(?<!ranges\s)(?<!ranged\s)(?<!ranging\s)(?<!anywhere\s)"
FROM_BEFORE = re.compile(rf"\b{NOT_A_CHANGE}from\s+{WORDS}{{0,3}}?{MONEY_SIGN}$", re.IGNORECASE)
TO_AFTER = re.compile(rf"\b(?:to|into)\s+{WORDS}{{0,2}}?{MONEY_SIGN}\d", re.IGNORECASE)
# "rose to 19 from 14", "cut it to $2 billion, from $3 billion": the level reached comes first
TO_THEN_FROM = re.compile(rf"\b(?:to|into)\s+{WORDS}{{0,2}}?{MONEY_SIGN}\d[\d,.]*(?:\s*[^\W\d]+)?\s*,?\s+"
                          rf"{NOT_A_CHANGE}from\s+{WORDS}{{0,3}}?{MONEY_SIGN}$", re.IGNORECASE)
TO_LEVEL = re.compile(rf"\s*,?\s*(?:to|at)\s+(?:a\s+(?:record|new|high|low)\s+)?{MONEY_SIGN}\d")
# "four more people", "another five", "a further 12", "two additional soldiers": an increment on an
# earlier figure, which no level contradicts. The closed class of English words of addition
# (claims.increments: after a count of something else they name other people).
INCREMENT_AFTER = re.compile(r"\s*(?:more|additional|further|extra)\s+(?!than\b)[a-z]", re.IGNORECASE)
# "Four more people"
INCREMENT_IN_QUOTE = re.compile(r"\S+\s+(?:more|additional|further|extra)\s", re.IGNORECASE)
INCREMENT_BEFORE = re.compile(r"\b(?:another|(?:an?\s+)?(?:additional|further|extra))\s+$", re.IGNORECASE)
LOOK = 60  # characters read on each side: a fixed cost per figure
FORMER = "former "  # the prefix of a superseded value's attribute (findings.figures reads it)


@lru_cache(maxsize=10_000)
def is_change_verb(word: str, margin: bool = False) -> bool:
    changes, margins = change_verbs()
    verbs = changes | margins if margin else changes
    return bool(verbs & set(getAllLemmas(word.lower()).get("VERB", (word.lower(),))))


def _ends_phrase(rest: list[str]) -> bool:
    """Nothing that could go on the noun phrase follows: the end, punctuation, a function word or
    a word that is no noun ("a share versus 70 cents", "a share excluding costs")."""
    if not rest or not rest[0][:1].isalnum():
        return True
    lower = rest[0].lower()
    return lower in STOP_AFTER_NUMBER or "NOUN" not in getAllLemmas(lower)


def _denominator(claim: Claim, after: str) -> str:
    """What a figure is given per, other than a period: 'user' in "$42 per Whatsapp user"."""
    words = RATIO_WORD.findall(after[:LOOK])
    start = words[0].lower() if words else ""
    if start != "per" and not (start in RATIO_START and claim.kind in ("money", "count")):
        return ""
    for index in range(1, min(len(words), DENOMINATOR_REACH + 1)):
        word = words[index]
        if not word[:1].isalnum() or word.endswith(("'s", "’s")):
            return ""  # punctuation, or a possessive: "a day's drive" is no ratio
        if word[:1].isupper() or word[:1].isdigit() or "NOUN" not in getAllLemmas(word.lower()):
            continue  # a name, a number or a modifier of the denominator
        noun = singular(word)
        if word.lower() in NOT_A_DENOMINATOR or re.fullmatch(PERIOD, noun):
            return ""
        if start != "per" and not _ends_phrase(words[index + 1 :]):
            return ""
        return noun
    return ""


def _increment(claim: Claim, before: str, after: str) -> bool:
    """A count of more of something ("four more people")."""
    marked = (INCREMENT_AFTER.match(after) or INCREMENT_IN_QUOTE.match(claim.quote)
              or INCREMENT_BEFORE.search(before))
    return claim.kind == "count" and marked is not None


def marks_increment(claim: Claim, sentence: str, offset: int) -> bool:
    """ "more", "another", "a further" or "additional" with a count (claims.increments says
    when it adds to an earlier count and when it names other people)."""
    start, end = claim.start - offset, claim.end - offset
    return _increment(claim, sentence[max(0, start - LOOK) : start], sentence[end : end + LOOK])


def measured_as(attribute: str, claim: Claim, sentence: str, offset: int,
                after_a_figure: bool = False) -> str:
    """The attribute with what the figure measures of it: 'deaths per day', 'change in count
    of soldier', 'former count of state', or the attribute itself. `after_a_figure`: the
    sentence counts something else before this figure (claims.increments)."""
    start, end = claim.start - offset, claim.end - offset
    before, after = sentence[max(0, start - LOOK) : start], sentence[end : end + LOOK]
    rate = RATE.match(after)
    if rate is not None:
        period = rate.group(1).lower() if rate.group(1) else PERIOD_OF[rate.group(2).lower()]
        if not (claim.kind == "money" and period == "year"):  # revenue, profit, a salary: yearly anyway
            return f"{attribute} per {period}"
    denominator = _denominator(claim, after)
    if denominator:
        return f"{attribute} per {denominator}"
    by = BY_BEFORE.search(before)
    # "won 52 percent of the vote", "exceeded 60 percent": a margin verb's percent is a share; any
    # figure right after a change verb and right before the level it reached is a change ("rose 12
    # cents to $45.10"), while "lost $2 billion" and "raised $77 million" alone are levels
    changed_to = TO_LEVEL.match(after) is not None
    verb = (LAST_WORD.search(before) if (claim.kind == "percent" or changed_to) and not OF_AFTER.match(after)
            else None)
    if ((by is not None and any(is_change_verb(w, margin=True) for w in by.group(1).split()))
            or (verb is not None and is_change_verb(verb.group(1)))
            or (not after_a_figure and _increment(claim, before, after))):
        return f"change in {attribute}"
    later = sentence[end : end + 2 * LOOK]
    if FORMER_BEFORE.search(before) or TO_THEN_FROM.search(before) or (
            FROM_BEFORE.search(before) and TO_AFTER.search(later)):
        return FORMER + attribute
    return attribute
