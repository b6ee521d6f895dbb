"""Turn alignment scores and claims into findings: agreements and conflicts."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from lemminflect import getInflection

from ..claims.frames import same_subject
from ..compare.story import STORY_FLOOR
from ..ingest.dates import years_apart
from ..model import Claim, Document, Finding, FindingKind, Passage, Span
from .opposition import Polarity, negation_words, opposed_polarities, polarity, same_words_but_negation
from .table import finding_id

OPPOSITION_MARGIN = 0.1  # antonym conflicts may align this much below the agreement threshold
OPPOSITION_FLOOR = 0.3
NEGATION_FLOOR = 0.7  # a negation alone needs near-identical sentences ("no show fee" is no denial)
MIN_SHARED_FOR_ANTONYM = 3  # "remained unresolved" vs "taken to court" share one name: not opposed
CONTEXT_FLOOR = 0.25  # claims in sentences this similar are kept for comparison
# Generic figures ("three soldiers", "$15") conflict only in sentences this similar or more:
# on FNC-1's real articles, looser pairs compared the soldiers of different stories.
GENERIC_CLAIM_FLOOR = 0.55
SPECIFIC_TOPICS = ("population of ", "deaths in ", "distance ", "rank: ")
# Figures this close are one figure written two ways ("111,000 jobs", "111,800 jobs"), not a contradiction.
SAME_FIGURE = 0.01


@dataclass(frozen=True)
class AlignedPair:
    """A candidate sentence pair: document indices, sentence indices, score."""

    doc_a: int
    sent_a: int
    doc_b: int
    sent_b: int
    score: float
    best: bool
    row: int = -1  # corpus rows, for looking up shared terms
    col: int = -1
    near_best: bool = False  # the best match of at least one of its two sentences


TermsFunction = Callable[[AlignedPair], tuple[str, ...]]


def sentence_passage(doc: Document, index: int) -> Passage:
    span = doc.sentences[index]
    return Passage(doc.id, span.start, span.end, doc.text[span.start : span.end])


class _Passages:
    """One Passage object per sentence, shared by every finding that quotes it (memory)."""

    def __init__(self, docs: Sequence[Document]) -> None:
        self._docs = docs
        self._made: dict[tuple[int, int], Passage] = {}

    def __call__(self, doc: int, sentence: int) -> Passage:
        key = (doc, sentence)
        passage = self._made.get(key)
        if passage is None:
            passage = self._made[key] = sentence_passage(self._docs[doc], sentence)
        return passage


def format_value(claim: Claim) -> str:
    """'about 1,500,000' or 'about 330 km': a claim's value as a reader would write it."""
    value = claim.value
    number = f"{value:,.0f}" if value >= 100 or value == int(value) else f"{value:,.2f}".rstrip("0")
    unit = "" if claim.unit in ("rank", "people") else f" {claim.unit}"
    if claim.kind == "count" and value != 1 and unit:
        unit = f" {plural(claim.unit)}"  # "3 soldiers", "3 surgeries": the noun is stored singular
    if claim.kind == "rank":
        return f"rank {number}"
    if claim.qualifier == "range":
        return f"{claim.low:,.{0 if claim.low == int(claim.low) else 1}f}–{claim.high:,.0f}{unit}"
    prefix = f"{claim.qualifier} " if claim.qualifier and claim.qualifier != "vague" else ""
    if claim.qualifier == "vague":
        return f"{claim.quote}"
    return f"{prefix}{number}{unit}".strip()


PLURAL_UNITS = frozenset({"deaths", "people", "police", "media", "news", "series", "years"})


def plural(noun: str) -> str:
    """English plural of a counted noun ("surgery" -> "surgeries", "man" -> "men", from
    lemminflect). Counted nouns are stored singular; the canonical plural units stay."""
    if not noun.isalpha() or noun in PLURAL_UNITS:
        return noun
    forms = getInflection(noun, tag="NNS")
    return str(forms[0]) if forms else noun


def time_gap(a: Document, b: Document) -> bool:
    gap = years_apart(a.date, b.date)
    return gap is not None and gap > 1.0


def _comparable(first: Claim, second: Claim) -> bool:
    return first.unit == second.unit and first.kind == second.kind


def is_specific(claim: Claim) -> bool:
    if claim.topic.startswith("distance ") and "–" not in claim.topic:
        return False
    return claim.topic.startswith(SPECIFIC_TOPICS) and not claim.topic.endswith("None")


def claim_relation(first: Claim, second: Claim) -> FindingKind | None:
    """conflict when the ranges cannot overlap; agree when both are definite and overlap."""
    if not _comparable(first, second):
        return None
    if not first.compatible_with(second) and _relative_gap(first, second) > SAME_FIGURE:
        return "conflict"
    if first.qualifier == "vague" or second.qualifier == "vague":
        return None
    return "agree"


def _relative_gap(first: Claim, second: Claim) -> float:
    largest = max(abs(first.value), abs(second.value), 1e-9)
    return min(1.0, abs(first.value - second.value) / largest)


def _claim_finding(docs: Sequence[Document], ia: int, ca: Claim, ib: int, cb: Claim,
                   kind: FindingKind) -> Finding:
    a_doc, b_doc = docs[ia], docs[ib]
    a, b = sentence_passage(a_doc, ca.sentence), sentence_passage(b_doc, cb.sentence)
    gap = _relative_gap(ca, cb)
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
# One value per company and year: compared wherever the company is named alike and the year agrees.
SPECIFIC_MONEY = frozenset({"revenue", "profit", "loss"})
NAMED_STORY_FLOOR = 0.1  # two articles naming the same person or company need less of one story


def comparable(first: Claim, second: Claim, aligned: float, threshold: float, story: float = 1.0) -> bool:
    """Whether two claims give the same attribute of the same subject, so that they can
    contradict each other; see claims.frames for what a frame is. `story` is how far their
    articles tell the same story (compare.story): a subject named alike needs less of it."""
    if (first.attribute, first.unit, first.kind) != (second.attribute, second.unit, second.kind):
        return False
    if story < NAMED_STORY_FLOOR:
        return False
    if first.negated or second.negated or first.hedged or second.hedged:
        return False  # a denied or passed-on figure is nobody's statement of it
    if first.time and second.time and first.time != second.time:
        return False
    if first.attribute in SPECIFIC_ATTRIBUTES or (
            first.attribute in SPECIFIC_MONEY and first.time == second.time):
        return same_subject(first.subject, second.subject)
    if story < STORY_FLOOR:
        return False  # articles about different events: their figures never meet
    if first.kind == "measure" and first.topic != second.topic:
        return False  # "12 miles north of A" and "30 miles east of B" measure different things
    if is_specific(first) and is_specific(second):
        return first.topic == second.topic
    if first.attribute in ("deaths", "injured"):
        return aligned >= max(CASUALTY_FLOOR, threshold - OPPOSITION_MARGIN)
    if first.kind == "money" and first.attribute != "amount" and same_subject(first.subject, second.subject):
        return aligned >= FRAME_FLOOR  # the revenue, price or fine of one named company or person
    return aligned >= max(GENERIC_CLAIM_FLOOR, threshold)


def claim_findings(docs: Sequence[Document], context: dict[tuple[int, int, int, int], float],
                   threshold: float, story: np.ndarray | None = None) -> Iterator[Finding]:
    """Compare what two documents say about the same attribute of the same subject.

    Ages, populations, distances and ranks of a named subject are compared wherever they
    occur; other figures need their sentences to share words (more when the sentence names
    no subject): measured on 463 real articles (FNC-1), looser pairing turned every two
    prices into a conflict. Two documents conflict on a frame only when none of their
    figures for it can agree: "$15, rising to $18" does not contradict "$18".
    """
    by_pair: dict[tuple[int, int, str], list[tuple[Claim, Claim]]] = defaultdict(list)
    by_attribute: dict[tuple[str, str], list[tuple[int, Claim]]] = defaultdict(list)
    for index, doc in enumerate(docs):
        for claim in doc.claims:
            by_attribute[(claim.attribute, claim.unit)].append((index, claim))
    for claims in by_attribute.values():
        for (ia, ca), (ib, cb) in _cross_document_pairs(claims):
            if ia == ib:
                continue
            if ia > ib:
                (ia, ca), (ib, cb) = (ib, cb), (ia, ca)
            aligned = context.get((ia, ca.sentence, ib, cb.sentence), 0.0)
            if comparable(ca, cb, aligned, threshold, 1.0 if story is None else float(story[ia, ib])):
                by_pair[(ia, ib, frame_label(ca))].append((ca, cb))
    for (ia, ib, _frame), candidates in by_pair.items():
        relations = [(claim_relation(ca, cb), ca, cb) for ca, cb in candidates]
        agreeing = [(ca, cb) for kind, ca, cb in relations if kind == "agree"]
        compatible = any(kind != "conflict" and ca.compatible_with(cb) for kind, ca, cb in relations)
        if agreeing:
            yield _claim_finding(docs, ia, agreeing[0][0], ib, agreeing[0][1], "agree")
        elif not compatible:
            _, ca, cb = next(r for r in relations if r[0] == "conflict")
            yield _claim_finding(docs, ia, ca, ib, cb, "conflict")


def frame_label(claim: Claim) -> str:
    """What a figure is about, as a reader would say it: "age of Igor Kovac", "deaths"."""
    if claim.attribute == "age" or is_specific(claim) or not claim.attribute:
        return claim.topic
    if claim.attribute.startswith("count of ") or claim.kind == "measure":
        return claim.topic
    return f"{claim.attribute} ({claim.subject})" if claim.subject else claim.attribute


class _Sentences:
    """Per-sentence facts classification asks again and again, computed once."""

    def __init__(self, docs: Sequence[Document]) -> None:
        self.docs = docs
        self.claims: dict[tuple[int, int], list[Claim]] = defaultdict(list)
        for index, doc in enumerate(docs):
            for claim in doc.claims:
                self.claims[(index, claim.sentence)].append(claim)
        self._polarity: dict[tuple[int, int], Polarity] = {}
        self.passage = _Passages(docs)

    def text(self, doc: int, sentence: int) -> str:
        return self.docs[doc].sentence_text(sentence)

    def polarity(self, doc: int, sentence: int) -> Polarity:
        key = (doc, sentence)
        if key not in self._polarity:
            self._polarity[key] = polarity(self.docs[doc].sentence_text(sentence))
        return self._polarity[key]

    def claims_conflict(self, doc_a: int, sent_a: int, doc_b: int, sent_b: int) -> bool:
        return any(claim_relation(ca, cb) == "conflict"
                   for ca in self.claims.get((doc_a, sent_a), ())
                   for cb in self.claims.get((doc_b, sent_b), ()))


def opposition_floor(threshold: float) -> float:
    """Score an antonym pair needs: antonym conflicts may align a little below the threshold."""
    return max(OPPOSITION_FLOOR, threshold - OPPOSITION_MARGIN)


def negation_floor(threshold: float) -> float:
    """Score a negated near-copy needs ("no show fee" is no denial of a looser match)."""
    return max(NEGATION_FLOOR, threshold)


def candidate_mask(scores: np.ndarray, near_best: np.ndarray, polar_a: np.ndarray, polar_b: np.ndarray,
                   negated_a: np.ndarray, negated_b: np.ndarray, with_figures: np.ndarray,
                   threshold: float) -> np.ndarray:
    """The pairs the rules below may turn into a finding, in numpy over millions of pairs: the
    rules' own floors and preconditions, so a pair this mask drops no rule would accept (a
    property test holds them together): antonyms need both sentences to carry antonym words,
    a negation needs one sentence negated and the other not, figures need figures on both sides."""
    antonyms = (scores >= opposition_floor(threshold)) & near_best & polar_a & polar_b
    negation = (scores >= negation_floor(threshold)) & (negated_a != negated_b)
    figures = (scores >= CONTEXT_FLOOR) & with_figures
    mask: np.ndarray = antonyms | negation | figures
    return mask


def _aligned_finding(facts: _Sentences, pair: AlignedPair, threshold: float, terms: TermsFunction,
                     story: np.ndarray | None = None) -> Finding | None:
    floor = opposition_floor(threshold)
    if pair.score < floor or (story is not None and story[pair.doc_a, pair.doc_b] < STORY_FLOOR):
        return None
    pol_a, pol_b = facts.polarity(pair.doc_a, pair.sent_a), facts.polarity(pair.doc_b, pair.sent_b)
    # Antonyms count only between a sentence and its closest counterpart: on 463 real
    # articles (FNC-1) "held hostage" vs "fell into the hands" of unrelated sentences abounded.
    opposed = opposed_polarities(pol_a, pol_b) if pair.near_best else None
    negation = (pair.score >= negation_floor(threshold) and pol_a.negated != pol_b.negated
                and pol_a.asserts and pol_b.asserts
                and same_words_but_negation(facts.text(pair.doc_a, pair.sent_a),
                                            facts.text(pair.doc_b, pair.sent_b)))
    if not (opposed or negation):
        return None
    a_doc, b_doc = facts.docs[pair.doc_a], facts.docs[pair.doc_b]
    a, b = facts.passage(pair.doc_a, pair.sent_a), facts.passage(pair.doc_b, pair.sent_b)
    gap = time_gap(a_doc, b_doc)
    shared = terms(pair)
    topic = ", ".join(shared[:3])
    if opposed and len(shared) >= MIN_SHARED_FOR_ANTONYM:
        why = f"opposite statements: “{opposed[0]}” ({a_doc.id}) vs “{opposed[1]}” ({b_doc.id})"
        return Finding(finding_id("opposition", a, b), "conflict", round(pair.score, 3), topic,
                       why, gap, a, b, "opposition", rule="opposite words", subject=topic,
                       words=opposed, marks_a=word_spans(a, opposed[0]), marks_b=word_spans(b, opposed[1]))
    if negation:
        negative = a_doc.id if pol_a.negated else b_doc.id
        return Finding(finding_id("opposition", a, b), "conflict", round(pair.score, 3), topic,
                       f"the same statement, negated in {negative}", gap, a, b, "opposition",
                       rule="negation", subject=topic, marks_a=negation_spans(a) if pol_a.negated else (),
                       marks_b=negation_spans(b) if pol_b.negated else ())
    return None


def word_spans(passage: Passage, word: str) -> tuple[Span, ...]:
    """Where a word stands in a passage, as spans of the document's text."""
    return tuple((passage.start + m.start(), passage.start + m.end())
                 for m in re.finditer(rf"\b{re.escape(word)}\b", passage.quote, re.IGNORECASE))


def negation_spans(passage: Passage) -> tuple[Span, ...]:
    return tuple((passage.start + start, passage.start + end) for start, end in negation_words(passage.quote))


def _no_terms(_pair: AlignedPair) -> tuple[str, ...]:
    return ()


def classify(docs: Sequence[Document], pairs: Sequence[AlignedPair], threshold: float,
             terms: TermsFunction = _no_terms, story: np.ndarray | None = None) -> tuple[Finding, ...]:
    """Findings that need reading the words: figure conflicts and agreements, oppositions.

    Plain agreements (mutual best matches above the threshold) are left to the caller,
    which keeps them in arrays (FindingTable). `terms` names the rare words a pair shares.
    """
    context = {(p.doc_a, p.sent_a, p.doc_b, p.sent_b): p.score for p in pairs}
    findings: dict[tuple[str, int, int, str, int, int], Finding] = {}
    for finding in claim_findings(docs, context, threshold, story):
        _keep(findings, finding)
    facts = _Sentences(docs)
    for pair in pairs:
        aligned = _aligned_finding(facts, pair, threshold, terms, story)
        if aligned is not None:
            _keep(findings, aligned)
    return tuple(findings.values())


def merge_findings(first: Sequence[Finding], second: Sequence[Finding]) -> tuple[Finding, ...]:
    """Both lists, one finding per passage pair (a conflict outranks an agreement)."""
    findings: dict[tuple[str, int, int, str, int, int], Finding] = {}
    for finding in (*first, *second):
        _keep(findings, finding)
    return tuple(findings.values())


def _keep(findings: dict[tuple[str, int, int, str, int, int], Finding], new: Finding) -> None:
    """One finding per passage pair; a conflict outranks an agreement."""
    key = (new.a.doc, new.a.start, new.a.end, new.b.doc, new.b.start, new.b.end)
    old = findings.get(key)
    if old is None or (old.kind == "agree" and new.kind == "conflict"):
        findings[key] = new


def pairs_from_arrays(doc_a: np.ndarray, sent_a: np.ndarray, doc_b: np.ndarray,
                      sent_b: np.ndarray, scores: np.ndarray, best: np.ndarray,
                      rows: np.ndarray, cols: np.ndarray, near_best: np.ndarray) -> list[AlignedPair]:
    """Package aligned arrays as pairs for classification (only the kept ones)."""
    columns = (doc_a.tolist(), sent_a.tolist(), doc_b.tolist(), sent_b.tolist(), scores.tolist(),
               best.tolist(), rows.tolist(), cols.tolist(), near_best.tolist())
    return [AlignedPair(*values) for values in zip(*columns, strict=True)]


def figures_conflict(docs: Sequence[Document], doc_a: np.ndarray, sent_a: np.ndarray,
                     doc_b: np.ndarray, sent_b: np.ndarray) -> np.ndarray:
    """For aligned pairs whose sentences both state figures: do the figures clash?"""
    facts = _Sentences(docs)
    return np.fromiter((facts.claims_conflict(a, s, b, t) for a, s, b, t in
                        zip(doc_a.tolist(), sent_a.tolist(), doc_b.tolist(), sent_b.tolist(), strict=True)),
                       dtype=bool, count=len(doc_a))
