"""Figures against figures: which claims of two articles can contradict each other, and how.

Two claims meet when their frames do (claims.frames: the same attribute of the same subject,
in one story and one year, neither denied nor passed on); they conflict when their ranges
cannot overlap and they differ by more than a rounding. Specific frames (an age, a company's
revenue in a year, the population of a named place) are compared wherever they are stated;
the rest only inside sentences the alignment paired.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from itertools import islice

import numpy as np

from ..claims.frames import COMPANY_FIGURES
from ..claims.inclusions import CASUALTIES
from ..claims.subjects import same_subject
from ..compare.story import STORY_FLOOR
from ..ingest.dates import years_apart
from ..model import Claim, Document, Finding, FindingKind, Passage
from ..text.noun_synonyms import counted_unit
from .answered import AnsweredElsewhere, by_sentence
from .article_years import with_article_years
from .attribution import SharedSources
from .clause_copies import FigureClauses
from .copied_figures import CopiedFigures
from .disowned import disowned
from .durations import with_durations_in_hours
from .figure_match import FactTies, distinctive, one_bound, relative_gap, same_figure
from .named_apart import named_apart
from .scopes import held_apart, ranked_apart, whole_and_part
from .table import finding_id
from .unnamed_ages import with_resolved_ages
from .unnamed_companies import with_resolved_companies
from .values import counts_anyone, format_value

CONTEXT_FLOOR = 0.25  # claims in sentences this similar are kept for comparison
# Generic figures ("three soldiers", "$15") conflict only in sentences this similar or more:
# on FNC-1's real articles, looser pairs compared the soldiers of different stories.
GENERIC_CLAIM_FLOOR = 0.55
SPECIFIC_TOPICS = ("population of ", "deaths in ", "distance ", "rank: ")
CASUALTY_MARGIN = 0.1  # casualty figures may align this much below the agreement threshold


def sentence_passage(doc: Document, index: int) -> Passage:
    span = doc.sentences[index]
    return Passage(doc.id, span.start, span.end, doc.text[span.start : span.end])


def _before_in_sentence(doc: Document, claim: Claim) -> str:
    """The claim's sentence up to the claim ("Mexico raised its rate for the first time since")."""
    return doc.text[doc.sentences[claim.sentence].start : claim.start]


def time_gap(a: Document, b: Document) -> bool:
    gap = years_apart(a.date, b.date)
    return gap is not None and gap > 1.0


def _comparable(first: Claim, second: Claim) -> bool:
    return first.kind == second.kind and (counted_unit(first) == counted_unit(second)
                                          or _same_casualties(first, second))


# The units of a toll that count everyone it counts: "killed 23 people" and "32 lives" (or
# "32 deaths", "32 dead", claims.extract's DEATH_NOUNS) both give the whole number of the dead.
WHOLE_TOLL = frozenset({"people", "deaths"})


def _same_casualties(first: Claim, second: Claim) -> bool:
    """The dead (or injured) of one event counted once as "31 injured" and once as "five
    wounded militants": the same frame, since one of them names no group; and "23 people"
    killed against "32 lives" lost, both the whole toll."""
    return (first.attribute in CASUALTIES and first.attribute == second.attribute
            and (counts_anyone(first.unit) or counts_anyone(second.unit)
                 or {first.unit, second.unit} <= WHOLE_TOLL))


def is_specific(claim: Claim) -> bool:
    if claim.topic.startswith("distance ") and "–" not in claim.topic:
        return False
    return claim.topic.startswith(SPECIFIC_TOPICS) and not claim.topic.endswith("None")


def claim_relation(first: Claim, second: Claim) -> FindingKind | None:
    """conflict when the ranges cannot overlap; agree when both are definite and overlap, and,
    when both are bounds, give one figure (one_bound): "at least 12 killed" and "at least 15
    killed" can both be true, but they are not one toll."""
    if not _comparable(first, second):
        return None
    if not same_figure(first, second):
        return "conflict"
    if first.qualifier == "vague" or second.qualifier == "vague":
        return None
    if not one_bound(first, second):
        return None
    return "agree"


def claim_finding(docs: Sequence[Document], ia: int, ca: Claim, ib: int, cb: Claim,
                   kind: FindingKind) -> Finding:
    a_doc, b_doc = docs[ia], docs[ib]
    a, b = sentence_passage(a_doc, ca.sentence), sentence_passage(b_doc, cb.sentence)
    gap = relative_gap(ca, cb)
    label = frame_label(ca)
    explanation = (f"{label}: {format_value(ca)} ({a_doc.id}) vs {format_value(cb)} ({b_doc.id})"
                   if kind == "conflict" else
                   f"{label}: {format_value(ca)} ({a_doc.id}) and {format_value(cb)} ({b_doc.id})")
    score = gap if kind == "conflict" else 1.0 - gap
    return Finding(finding_id("claims", a, b), kind, round(float(score), 3), label, explanation,
                   time_gap(a_doc, b_doc), a, b, "claims", rule="figures", subject=ca.subject or cb.subject,
                   attribute=ca.attribute or ca.unit, values=(format_value(ca), format_value(cb)),
                   marks_a=((ca.start, ca.end),), marks_b=((cb.start, cb.end),))


def _cross_document_pairs(claims: Sequence[tuple[int, Claim]]
                          ) -> Iterator[tuple[tuple[int, Claim], tuple[int, Claim]]]:
    """combinations(claims, 2) in the same order, without pairs from one document (claims come
    grouped by document): one article with thousands of figures on a topic costs nothing."""
    later_document = [len(claims)] * len(claims)
    for index in range(len(claims) - 2, -1, -1):
        same = claims[index + 1][0] == claims[index][0]
        later_document[index] = later_document[index + 1] if same else index + 1
    for index, first in enumerate(claims):
        for position in range(later_document[index], len(claims)):
            yield first, claims[position]


FRAME_FLOOR = CONTEXT_FLOOR  # figures on one named subject: sentences need only share some words
CASUALTY_FLOOR = 0.30  # deaths and injured of one event: its sentences must align a little more
SPECIFIC_ATTRIBUTES = frozenset({"age"})  # one value per person: compared wherever named alike
SPECIFIC_MONEY = COMPANY_FIGURES  # compared wherever the company is named alike and the year agrees
NAMED_STORY_FLOOR = 0.1  # two articles naming the same person or company need less of one story


def comparable(first: Claim, second: Claim, aligned: float, threshold: float, story: float = 1.0,
               anchored: bool = False) -> bool:
    """Whether two claims give the same attribute of the same subject, so that they can agree
    or contradict each other (a passed-on or hedged one only agrees: claim_findings); see
    claims.frames for what a frame is. `story` is how far their
    articles tell the same story (compare.story): a subject named alike needs less of it.
    `anchored`: their sentences give one other fact (the same other casualty figure, or a
    distinctive figure: figure_match.FactTies), so tell of one incident."""
    if (first.attribute, first.kind) != (second.attribute, second.kind) or not _comparable(first, second):
        return False
    if story < NAMED_STORY_FLOOR:
        return False
    if first.negated or second.negated:
        return False  # a denied figure is nobody's statement of it
    if first.time and second.time and first.time != second.time:
        return False
    unnamed_ages = first.attribute in SPECIFIC_ATTRIBUTES and not (first.subject or second.subject)
    if (first.attribute in SPECIFIC_ATTRIBUTES and not unnamed_ages) or (
            first.attribute in SPECIFIC_MONEY and first.time == second.time
            and not (bool(first.subject) ^ bool(second.subject))):
        return same_subject(first.subject, second.subject)
    # a company figure named on one side only ("Revenue fell to $318.4 million" / "Orvane said
    # revenue fell to $338.4 million"): compared as any unnamed figure, inside sentences aligned
    # alike (below). Named on neither side, nothing says the two "the company" are one.
    # an age named on neither side ("died at her home aged 114" / "at the age of 116"): compared
    # as any unnamed figure, inside sentences aligned alike (below)
    if story < STORY_FLOOR:
        return False  # articles about different events: their figures never meet
    if first.kind == "measure" and first.topic != second.topic:
        return False  # "12 miles north of A" and "30 miles east of B" measure different things
    if is_specific(first) and is_specific(second):
        return first.topic == second.topic
    if first.attribute in ("deaths", "injured"):
        return anchored or aligned >= max(CASUALTY_FLOOR, threshold - CASUALTY_MARGIN)
    if first.kind == "money" and first.attribute != "amount" and same_subject(first.subject, second.subject):
        return aligned >= FRAME_FLOOR  # the revenue, price or fine of one named company or person
    # figures that name nobody are one frame in sentences tied to one fact, however worded
    return (anchored and aligned >= CONTEXT_FLOOR) or aligned >= max(GENERIC_CLAIM_FLOOR, threshold)


# Pairs of figures of one attribute compared across articles before only aligned sentences'
# figures are: two articles of 50,000 figures each would otherwise pair 2.5 billion times.
CLAIM_PAIR_BUDGET = 200_000
# Figure pairs compared in one analysis, whatever the route: ten times what the 463 FNC-1 articles
# together (39,000) or 1,000 wire articles (40,000) need. Only text that is mostly figures (a
# sentence of hundreds, in two articles) reaches it: it then costs seconds, not hours.
COMPARISON_BUDGET = 400_000
Located = tuple[int, Claim]


def _candidate_pairs(claims: Sequence[Located], context: dict[tuple[int, int, int, int], float]
                     ) -> Iterator[tuple[Located, Located]]:
    """Every cross-article pair of one attribute's figures while they are few; beyond the budget,
    only the figures of sentences the alignment paired (where every rule but the specific frames
    looks anyway), so the cost follows the scored pairs, not the square of the figures."""
    per_doc = Counter(index for index, _ in claims)
    cross = (len(claims) ** 2 - sum(n * n for n in per_doc.values())) // 2
    if cross <= CLAIM_PAIR_BUDGET:
        yield from _cross_document_pairs(claims)
        return
    per_sentence: dict[tuple[int, int], list[Located]] = defaultdict(list)
    for located in claims:
        per_sentence[(located[0], located[1].sentence)].append(located)
    for (ia, sa, ib, sb) in context:
        for first in per_sentence.get((ia, sa), ()):
            for second in per_sentence.get((ib, sb), ()):
                yield first, second


def claim_findings(docs: Sequence[Document], context: dict[tuple[int, int, int, int], float],
                   threshold: float, story: np.ndarray | None = None) -> Iterator[Finding]:
    """Compare what two documents say about the same attribute of the same subject.

    Ages, populations, distances and ranks of a named subject are compared wherever they
    occur; other figures need their sentences to share words (more when the sentence names
    no subject): measured on 463 real articles (FNC-1), looser pairing turned every two
    prices into a conflict. Two documents conflict on a frame only when none of their
    figures for it can agree: "$15, rising to $18" does not contradict "$18".
    """
    docs = with_article_years(with_durations_in_hours(docs))
    docs = with_resolved_companies(with_resolved_ages(docs, story), story)
    by_pair: dict[tuple[int, int, str], list[tuple[Claim, Claim]]] = defaultdict(list)
    by_attribute: dict[tuple[str, str], list[tuple[int, Claim]]] = defaultdict(list)
    for index, doc in enumerate(docs):
        for claim in doc.claims:
            if disowned(doc, claim):
                continue  # "claims that 500 homes burned are false", "did 500 homes burn?"
            unit = "" if claim.attribute in CASUALTIES else counted_unit(claim)  # tolls: _same_casualties
            by_attribute[(claim.attribute, unit)].append((index, claim))
    casualties = by_sentence(docs, _stated_casualty)
    ties = FactTies(by_sentence(docs, distinctive), COMPARISON_BUDGET)
    answered = AnsweredElsewhere(docs)
    pairs = (pair for claims in by_attribute.values() for pair in _candidate_pairs(claims, context))
    one_incident: dict[tuple[int, int, int, int, str], bool] = {}
    clauses = FigureClauses(docs)
    one_source = SharedSources(docs)  # two accounts of one source's figure contradict each other
    copies = CopiedFigures(docs)
    counterparts: set[tuple[int, int]] = set()  # figures a copy puts in each other's place
    for (ia, ca), (ib, cb) in islice(pairs, COMPARISON_BUDGET):
        if ia == ib:
            continue
        if ia > ib:
            (ia, ca), (ib, cb) = (ib, cb), (ia, ca)
        aligned = context.get((ia, ca.sentence, ib, cb.sentence), 0.0)
        counterpart = copies.counterparts(ia, ca, ib, cb) if aligned >= CONTEXT_FLOOR else None
        if counterpart is False:
            continue  # a copy pairs each figure with the one in its place
        if counterpart:
            counterparts.add((id(ca), id(cb)))
        if CONTEXT_FLOOR <= aligned < GENERIC_CLAIM_FLOOR and clauses.copied(ia, ca, ib, cb):
            aligned = 1.0  # the figure's clause copied word for word, the rest of the sentence not
        anchored = False
        if ca.attribute in CASUALTIES:
            # asked once per sentence pair and attribute: a sentence of thousands of casualty
            # figures would otherwise compare its figures with the other's for each pair of them
            incident = (ia, ca.sentence, ib, cb.sentence, ca.attribute)
            if incident not in one_incident:
                one_incident[incident] = _one_incident(
                    ca, casualties.get((ia, ca.sentence), ()), casualties.get((ib, cb.sentence), ()))
            anchored = one_incident[incident]
        if not anchored and CONTEXT_FLOOR <= aligned < max(GENERIC_CLAIM_FLOOR, threshold):
            anchored = ties.tied(ia, ca, ib, cb)  # asked only where the sentences alone are too far apart
        if comparable(ca, cb, aligned, threshold, 1.0 if story is None else float(story[ia, ib]),
                      anchored):
            by_pair[(ia, ib, frame_label(ca))].append((ca, cb))
    for (ia, ib, _frame), candidates in by_pair.items():
        relations = [(claim_relation(ca, cb), ca, cb) for ca, cb in candidates]
        agreeing = [(ca, cb) for kind, ca, cb in relations if kind == "agree"]
        if agreeing:
            yield claim_finding(docs, ia, agreeing[0][0], ib, agreeing[0][1], "agree")
        unanswered = _unanswered_conflict(relations)
        if unanswered is not None:
            ca, cb = unanswered
            if (ca.hedged or cb.hedged) and not one_source(ia, ca, ib, cb):
                continue  # a passed-on figure may agree with one stated, but contradicts none
            specific = is_specific(ca) and is_specific(cb)  # a population's place: its topic, matched
            if not specific and named_apart(ca, docs[ia].text, cb, docs[ib].text):
                continue
            if whole_and_part(ca, docs[ia].text, cb, docs[ib].text) or ranked_apart(
                    ca, docs[ia].text, cb, docs[ib].text) or held_apart(
                    ca, _before_in_sentence(docs[ia], ca), cb, _before_in_sentence(docs[ib], cb)):
                continue  # "4.3 million vehicles worldwide" / "1.2 million vehicles in Europe"
            if (id(ca), id(cb)) in counterparts or not answered(ia, ca, ib, cb):
                yield claim_finding(docs, ia, ca, ib, cb, "conflict")


def _unanswered_conflict(relations: Sequence[tuple[FindingKind | None, Claim, Claim]]
                         ) -> tuple[Claim, Claim] | None:
    """The first pair of figures that cannot both be true, neither of which the other article
    gives elsewhere: "$15, rising to $18" does not contradict "$18" (the $18 is answered), but a
    shared 23% does not answer "16% reported stomach upsets" against "6% reported them"."""
    answered = {id(claim) for kind, ca, cb in relations if kind != "conflict" and ca.compatible_with(cb)
                for claim in (ca, cb)}
    return next(((ca, cb) for kind, ca, cb in relations
                 if kind == "conflict" and id(ca) not in answered and id(cb) not in answered), None)


def _stated_casualty(claim: Claim) -> bool:
    """Deaths and injured a sentence states (not denied, passed on or vague)."""
    return claim.attribute in CASUALTIES and not (claim.negated or claim.hedged or claim.qualifier == "vague")


def _one_incident(claim: Claim, first: Sequence[Claim], second: Sequence[Claim]) -> bool:
    """Two sentences that give the same figure for the other casualty attribute ("killing 25
    militants and wounding another five" / "at least 25 militants were killed and 31 injured")
    tell of one incident, however differently they are worded: their counts of `claim`'s
    attribute are then one frame."""
    return any(a.attribute != claim.attribute and a.attribute == b.attribute and a.compatible_with(b)
               for a in first for b in second)


def frame_label(claim: Claim) -> str:
    """What a figure is about, as a reader would say it: "age of Igor Kovac", "deaths"."""
    if claim.attribute == "age" or is_specific(claim) or not claim.attribute:
        return claim.topic
    # "suspected count of case" reads as its topic too, "number of suspected cases" (claims.asked_for)
    if claim.attribute.startswith(("count of ", "part of ")) or " count of " in claim.attribute or (
            claim.kind == "measure"):
        return claim.topic
    return f"{claim.attribute} ({claim.subject})" if claim.subject else claim.attribute
