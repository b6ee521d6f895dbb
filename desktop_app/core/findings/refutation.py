"""Refutation as a relation between articles: one calls a claim untrue, another asserts it.

A refuting sentence is paired only when it says what it refutes ("reports that X are false",
"denied that X"), and with the assertion of each other article that states most of it: most
of what the claim says of its subject, not only whom and where ("Calder Springs" in a name
is no "spring"). Each asserting article is paired with each refuting article once. What an
article itself calls untrue it does not assert: questions, hedged reports ("reportedly"),
negated sentences, and a sentence the next one judges by referring back to it ("Kessler told
a rally that dead people voted. Officials said those claims were baseless.") assert nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ..claims.claim_verbs import claim_verb
from ..compare.scoring import SentenceCorpus
from ..compare.story import STORY_FLOOR, story_similarity
from ..ingest.dates import years_apart
from ..model import Claim, Document, Finding, Passage, Span
from ..text.lexicon import only_a_verb
from ..text.stance import Stance, claim_nouns, lexicon, sentence_stance
from ..text.textnorm import content_tokens
from .opposition import negated, polarity, some_negation_on_shared_words
from .table import finding_id

MIN_SHARED_WORDS = 3  # more than three content words in common: a name and a verb do not make a claim
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


@dataclass(frozen=True)
class _Row:
    row: int
    doc: int
    sentence: int
    stance: Stance
    negated: bool


def _rows(docs: Sequence[Document], corpus: SentenceCorpus, sentence_of: np.ndarray) -> list[_Row]:
    rows = []
    for row, (doc, sentence) in enumerate(zip(corpus.doc_of.tolist(), sentence_of.tolist(), strict=True)):
        text = docs[doc].sentence_text(sentence)
        rows.append(_Row(row, doc, sentence, sentence_stance(text), negated(text)))
    return rows


def refutes_and_asserts(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per sentence: does it call what it reports untrue, and does it state something, itself
    or as someone's report (no refutation, question or negation): "Haldeman resigned, insiders
    said" states what "Reports that Haldeman resigned are false" denies."""
    stances = [sentence_stance(text) for text in texts]  # memoised per sentence
    refutes = np.fromiter((s.refutes for s in stances), dtype=bool, count=len(texts))
    plain = np.fromiter((not (s.refutes or s.question or negated(t))
                         for s, t in zip(stances, texts, strict=True)), dtype=bool, count=len(texts))
    return refutes, plain


def refutation_meets_assertion(refutes: np.ndarray, plain: np.ndarray, first: np.ndarray,
                               second: np.ndarray) -> np.ndarray:
    """Pairs where one sentence calls untrue what the other states or passes on ("Reports that
    Brenner was charged are untrue" / "Brenner was charged, police said"): however many words
    they share, they are no agreement. Two denials of one claim, in whatever words, still agree."""
    result: np.ndarray = (refutes[first] & plain[second]) | (refutes[second] & plain[first])
    return result


def negation_meets_assertion(text_of: Callable[[int], str], first: np.ndarray, second: np.ndarray
                             ) -> np.ndarray:
    """Pairs where one sentence negates what the other states, the negation bearing on words
    the other has ("samples showed no dangerous levels of toxic chemicals" / "officials said the
    smoke contained dangerous levels of toxic chemicals"): however many words they share, they
    are no agreement. Whether they conflict is the negation rule's (opposition), which asks more."""
    result = np.zeros(len(first), dtype=bool)
    for index, (a, b) in enumerate(zip(first.tolist(), second.tolist(), strict=True)):
        text_a, text_b = text_of(a), text_of(b)
        negated_a, negated_b = polarity(text_a).negated, polarity(text_b).negated  # memoised
        # both may negate something: "who has not conceded" / "conceded ..., said people who asked
        # not to be named"
        result[index] = ((negated_a and some_negation_on_shared_words(text_a, text_b))
                         or (negated_b and some_negation_on_shared_words(text_b, text_a)))
    return result


MIN_CLAIM_WORDS = 6  # "Read the full report at TechCrunch." states nothing to refute


def _states_something(doc: Document, sentence: int) -> bool:
    return len(content_tokens(doc.sentence_text(sentence))) >= MIN_CLAIM_WORDS


def _passage(doc: Document, sentence: int) -> Passage:
    span = doc.sentences[sentence]
    return Passage(doc.id, span.start, span.end, doc.text[span.start : span.end])


def _shared_spans(asserted: Passage, refuting: str) -> tuple[Span, ...]:
    wanted = set(content_tokens(refuting))
    return tuple((asserted.start + m.start(), asserted.start + m.end()) for m in WORD.finditer(asserted.quote)
                 if content_tokens(m.group()) and content_tokens(m.group())[0] in wanted)


def _finding(docs: Sequence[Document], asserting: _Row, refuting: _Row, context: str, score: float,
             told_before: bool = False) -> Finding | None:
    """`told_before`: the refuting sentence judges the claim the sentence before it tells ("CLAIM:
    'The water is poisoned.' RATING: FALSE"), and the passage holds both."""
    a_doc, b_doc = docs[asserting.doc], docs[refuting.doc]
    a, b = _passage(a_doc, asserting.sentence), _passage(b_doc, refuting.sentence)
    cue_at = b.start
    if told_before:
        claim = b_doc.sentences[refuting.sentence - 1]
        b = Passage(b_doc.id, claim.start, b.end, b_doc.text[claim.start : b.end])
    marks_a = _shared_spans(a, context)
    if len({a.quote[s - a.start : e - a.start].lower() for s, e in marks_a}) < MIN_SHARED_WORDS:
        return None
    cue = refuting.stance.cue
    word = b_doc.text[cue_at + cue[0] : cue_at + cue[1]] if cue else "not"
    marks_b = ((cue_at + cue[0], cue_at + cue[1]),) if cue else ()
    gap = years_apart(a_doc.date, b_doc.date)
    return Finding(finding_id("refutation", a, b), "conflict", round(score, 3), "refutation",
                   f"{b_doc.id} calls it untrue (“{word}”); {a_doc.id} states it",
                   gap is not None and gap > 1,
                   a, b, "refutation", rule="refutation", subject="", words=("", word),
                   marks_a=marks_a, marks_b=marks_b)


CLAUSE = re.compile(r"\b(?:that|of|about)\b")
THAT = re.compile(r"\bthat\b")
VERDICT_TO_THAT = 30  # characters from a verdict to the "that" of its claim ("no truth to the claims that")
CLAUSE_END = re.compile(r",\s|\s[—–-]\s|;\s")  # "..., saying the report is not true" is another clause


PRONOUN_SUBJECT = re.compile(r"^\s*(?:he|she|it|they|his|her|its|their)\b", re.IGNORECASE)
# The name right before a denial verb, with a lower-case particle ("President Okoro denied",
# "al-Okoro has denied").
DENIER = re.compile(r"((?:[a-z]+-)?[A-Z][\w'’-]*)\s+(?:(?:has|have|had)\s+)?$")


def _pronoun_denier(sentence: str, cue: tuple[int, int]) -> set[str]:
    """In "Okoro denied reports that he offered...", the one who denies is the claim's subject:
    his name (its last word), which the asserting sentence must then name too. Empty when the
    denial is not a verb after a name or the claim does not start with a pronoun."""
    cue_words = sentence[cue[0] : cue[1]].lower().split()
    if not cue_words or cue_words[0] not in lexicon().denial_verbs:
        return set()
    after = CLAUSE_END.split(sentence[cue[1]:], maxsplit=1)[0]
    that = THAT.search(after)
    if not PRONOUN_SUBJECT.match(after[that.end():] if that is not None else after):
        return set()
    name = DENIER.search(sentence, max(0, cue[0] - 80), cue[0])
    return set(content_tokens(name.group(1))) if name is not None else set()


# A verdict on a claim named only by a word for it ("the TechCrunch report is not true", "rated
# the claim false", "those claims were baseless", "it is a hoax"): what it refutes is told in
# the sentence before, or elsewhere in the article.
_CLAIM_NOUN = "|".join(sorted(lexicon().claim_nouns, key=len, reverse=True))
REFERRED_CLAIM = re.compile(
    r"(?:\b(?:the|this|that|these|those|such|its|their|his|her)\s+(?:[\w'’./-]+\s+){0,2}"
    rf"(?:{_CLAIM_NOUN})|\b(?:it|this|that|they))"
    r"(?:\s*(?:'s|’s)|\s+(?:is|was|are|were|be|been|isn't|wasn't|aren't|weren't|isn’t|wasn’t|aren’t"
    r"|weren’t|as|a|an|not|all|also|just|simply|\w+ly))*\s*[\"“‘']?$", re.IGNORECASE)
REFERENCE_REACH = 80  # characters before a verdict that may name the claim it judges


def _refers_back(sentence: str, cue: tuple[int, int], claim: set[str]) -> bool:
    """Whether a refutation judges a claim told before it rather than in its own words."""
    before = sentence[max(0, cue[0] - REFERENCE_REACH) : cue[0]]
    return len(claim) <= MIN_SHARED_WORDS or REFERRED_CLAIM.search(before) is not None


def _claims_refuted(docs: Sequence[Document]) -> dict[tuple[int, int], set[str]]:
    """The claim words of every refuting sentence, by (article, sentence), short sentences too
    ("Officials said those claims were baseless.")."""
    claims = {}
    for index, doc in enumerate(docs):
        for sentence in range(len(doc.sentences)):
            text = doc.sentence_text(sentence)
            stance = sentence_stance(text)  # memoised: asked of every sentence at each analysis
            if stance.refutes and stance.cue is not None:
                claims[(index, sentence)] = _claim_words(text, stance.cue)
    return claims


def _reported_claims(docs: Sequence[Document], claims: dict[tuple[int, int], set[str]]
                     ) -> set[tuple[int, int]]:
    """(article, sentence) of each sentence whose claim the next one calls untrue by referring
    back to it ("Kessler told a rally that... Officials said those claims were baseless.")."""
    reported = set()
    for (index, sentence), claim in claims.items():
        text = docs[index].sentence_text(sentence)
        cue = sentence_stance(text).cue
        if sentence > 0 and cue is not None and _refers_back(text, cue, claim):
            reported.add((index, sentence - 1))
    return reported


# A sentence set out as a claim for the next one to judge, as fact checks set them out: under a
# label ("CLAIM: ...", "The claim: ...") or as a quotation standing alone ("“The water is poisoned.”").
CLAIM_LABEL = re.compile(rf"^\W*(?:the\s+)?(?:{_CLAIM_NOUN})\s*:", re.IGNORECASE)
QUOTATION = re.compile(r"^\s*[\"“‘'][^\"“”]+[\"”’']\W*$")


def _tells_a_claim(sentence: str) -> bool:
    """Whether the sentence is set out as someone's claim, not said in the article's voice: the
    sentence before a verdict that refers back ("Keys based his theory on six countries. It was
    a myth all along.") is often the article's own account, which the verdict does not judge."""
    return CLAIM_LABEL.match(sentence) is not None or QUOTATION.match(sentence) is not None


def claims_judged_untrue(docs: Sequence[Document]) -> set[tuple[int, int]]:
    """(article, sentence) of each claim a fact check sets out for the next sentence to call
    untrue ("CLAIM: Valemont paid the ransom." / "RATING: FALSE"): the article does not state
    it, so it agrees with no article that does."""
    return {(doc, sentence) for doc, sentence in _reported_claims(docs, _claims_refuted(docs))
            if _tells_a_claim(docs[doc].sentence_text(sentence))}


def _told_claim(sentence: str) -> set[str]:
    """The content words of a claim a sentence tells for the next one to judge, less the words
    it negates ("... is poisoned. Do not drink it.": its claim is no drinking)."""
    lex_nouns = claim_nouns()
    denied = set(content_tokens(" ".join(sentence_stance(sentence).negated_words)))
    return {w for w in content_tokens(sentence) if w not in lex_nouns and w not in denied}


def _claim_words(sentence: str, cue: tuple[int, int]) -> set[str]:
    """The content words of the claim a refutation names: the clause after a denial ("denied
    reports that he offered..."), or the clause a verdict closes ("reports that X are false").
    Empty when the sentence does not say what it refutes ("This story seems to be false")."""
    lex_nouns = claim_nouns()
    cue_words = sentence[cue[0] : cue[1]].lower().split()
    before = sentence[: cue[0]]
    if cue_words and cue_words[0] in lexicon().denial_verbs:
        after = CLAUSE_END.split(sentence[cue[1]:], maxsplit=1)[0]
        that = THAT.search(after)
        if that is not None:
            after = after[that.end():]
        words = {w for w in content_tokens(after) if w not in lex_nouns} | _pronoun_denier(sentence, cue)
        if len(words) > MIN_SHARED_WORDS:
            return words
    else:
        # A verdict closes the claim it judges ("outed the third breast as fake", "reports that X
        # are false"): what follows it is evidence ("... after obtaining a theft report"), unless
        # the verdict opens a that-clause ("there is no evidence that X", "no truth to claims that X").
        if cue_words[:1] == ["but"]:
            before = before.rstrip(" ,")  # "… claiming it's from a TV show, but it's not": the clause before
        before = CLAUSE_END.split(before)[-1]
        after = CLAUSE_END.split(sentence[cue[1]:], maxsplit=1)[0]
        that = THAT.search(after[:VERDICT_TO_THAT])
        if that is not None:
            return {w for w in content_tokens(after[that.end():]) if w not in lex_nouns}
    clause = CLAUSE.search(before)
    claim = before[clause.end():] if clause is not None else before
    return {w for w in content_tokens(claim) if w not in lex_nouns}


# A lower-case word right before a capitalised one titles it ("victim Marcus Delaney", "spokesman
# Tayeb Rahim"): it says who someone is, as the name does, not what the claim says of them.
TITLE_BEFORE_NAME = re.compile(r"\b([a-z][\w'’-]*)\s+(?=[A-Z])")


NAME_WORD = re.compile(r"(?<![\w-])(?:[a-z]+-)?[A-Z][\w'’-]*")  # "Abbas", "al-Sisi's"


def _who_words(sentence: str) -> set[str]:
    """The words of a refutation that say whom its claim is about: names and the titles before
    them ("Abbas", "Gaza", "victim Marcus Delaney"). They tell which story, not what it says. A
    verb before a name ("he promised Palestinian President Abbas") is no title."""
    who = {w.lower() for w in NAME_WORD.findall(sentence)}
    who |= {word for word in TITLE_BEFORE_NAME.findall(sentence) if not only_a_verb(word)}
    return {token for word in who for token in content_tokens(word)}


CLAIM_COVERED = 0.5  # share of the refuted claim's words that the asserting sentence states


def _in_claim(figure: Claim, claim: set[str]) -> bool:
    """Whether a figure is the refuted claim's, not the evidence's ("outed the third breast as
    fake after obtaining a report filed by the 21-year-old"): its digits are among the claim's words."""
    return any(any(ch.isdigit() for ch in token) and token in claim for token in content_tokens(figure.quote))


def figure_called_untrue(sentence: str, figure: Claim) -> bool:
    """Whether the sentence calls untrue the claim this figure is in ("Reports that over 500
    homes burned are false"), not evidence it gives against it ("the actual number is 11")."""
    stance = sentence_stance(sentence)
    return (stance.refutes and stance.cue is not None
            and _in_claim(figure, _claim_words(sentence, stance.cue)))


def states_a_figure_of(claimed: Sequence[Claim], stated: Sequence[Claim]) -> bool:
    """Whether an assertion states a figure the refuted claim gives: a claim with figures is
    refuted in them ("more than 1,000 jobs" is false), so a sentence that gives other figures,
    or none, does not assert it, however many words they share."""
    return any(one.kind == other.kind and one.compatible_with(other) for one in claimed for other in stated)


def refutation_findings(docs: Sequence[Document], corpus: SentenceCorpus, sentence_of: np.ndarray
                        ) -> list[Finding]:
    """One conflict per refuting sentence and asserting article, on the assertion closest to
    what it refutes; an assertion is refuted once per refuting article (a fact check that calls
    two rumours false conflicts twice with the article that spread both).

    The refuting sentence must say what it refutes (a claim clause sharing at least three
    words with the assertion, most of its words stated there): a bare "it was a hoax" is
    not paired, since nothing in it says which statement of another article it denies.
    """
    if len(sentence_of) == 0 or len(docs) < 2:
        return []  # a refutation is between two articles
    rows = _rows(docs, corpus, sentence_of)
    refuting = [r for r in rows if r.stance.refutes and r.stance.cue is not None]
    refuted = _claims_refuted(docs)
    # "Kessler told supporters that dead people voted. The clerk said those claims were
    # baseless.": a claim the next sentence calls untrue is reported, not stated; and it is
    # what that sentence refutes
    reported = _reported_claims(docs, refuted)
    compared = {(r.doc, r.sentence) for r in refuting}  # a verdict too short to be compared
    told = {(doc, sentence) for doc, sentence in reported
            if _tells_a_claim(docs[doc].sentence_text(sentence))}
    refuting += [_Row(-1, doc, sentence, sentence_stance(docs[doc].sentence_text(sentence)), False)
                 for doc, sentence in sorted(refuted) if (doc, sentence - 1) in told
                 and (doc, sentence) not in compared]  # ("RATING: FALSE") judges the claim before it
    told_before = [(r.doc, r.sentence - 1) in told for r in refuting]
    texts = [docs[r.doc].sentence_text(r.sentence - 1) if before else docs[r.doc].sentence_text(r.sentence)
             for r, before in zip(refuting, told_before, strict=True)]
    claims = [_told_claim(text) if before else refuted[(r.doc, r.sentence)]
              for r, text, before in zip(refuting, texts, told_before, strict=True)]
    asserting = [r for r in rows if not (r.stance.refutes or r.stance.hedged or r.stance.question
                                         or r.negated) and (r.doc, r.sentence) not in reported
                 and _states_something(docs[r.doc], r.sentence)]
    if not refuting or not asserting:
        return []
    story = story_similarity(corpus, len(docs))
    figures: dict[tuple[int, int], list[Claim]] = {}
    for index, doc in enumerate(docs):
        for figure in doc.claims:
            figures.setdefault((index, figure.sentence), []).append(figure)
    asserted_words = [set(content_tokens(docs[r.doc].sentence_text(r.sentence))) for r in asserting]
    best: dict[tuple[int, int], tuple[float, int, int]] = {}
    for i, (ref, claim, text) in enumerate(zip(refuting, claims, texts, strict=True)):
        assert ref.stance.cue is not None
        if len(claim) <= MIN_SHARED_WORDS:
            continue
        denier = set() if told_before[i] else _pronoun_denier(text, ref.stance.cue)
        # most of what the claim says of its subject must be stated, not only who and where:
        # "Judge Osei ordered restitution to the victims" is no claim that she is related to
        # a victim, nor is "filed a petition to recount every ballot cast in Calder" one that
        # dead voters cast ballots in Calder
        who = _who_words(text)
        predicate = claim - who
        if not predicate:
            continue
        told_in = ref.sentence - 1 if told_before[i] else ref.sentence
        # a claim set out to be judged ("CLAIM: ... 2 million students") is its sentence, figures and all
        claimed = [figure for figure in figures.get((ref.doc, told_in), [])
                   if told_before[i] or _in_claim(figure, claim)]
        # a claim set out whole is asserted only with its verb ("paid the ransom", not "demanded
        # a ransom"); a claim a denial names in a clause is often told in other verbs by the
        # articles it answers ("offered" / "proposed"): the rule would cost more than it saves
        verb = claim_verb(CLAIM_LABEL.sub("", text)) if told_before[i] else ""
        for j, target in enumerate(asserting):
            # a claim set out to be judged ("CLAIM: ...") names its story itself: a fact check's
            # words are not the reporting's, so the story's share of words is not asked
            if (target.doc == ref.doc or (story[target.doc, ref.doc] < STORY_FLOOR and not told_before[i])
                    or not denier <= asserted_words[j] or (verb and verb not in asserted_words[j])):
                continue
            shared = claim & asserted_words[j]
            if shared & who:  # a name meets a name: "Calder Springs" is not "since the spring"
                shared -= who - _who_words(docs[target.doc].sentence_text(target.sentence))
            covered = len(shared) / len(claim)
            if (len(shared) <= MIN_SHARED_WORDS or covered < CLAIM_COVERED
                    or len(shared - who) < CLAIM_COVERED * len(predicate)):
                continue
            if claimed and not states_a_figure_of(claimed, figures.get((target.doc, target.sentence), [])):
                continue  # "cutting 640 jobs" does not assert "more than 1,000 jobs", called false
            key = (target.doc, i)
            if key not in best or covered > best[key][0]:
                best[key] = (covered, i, j)
    closest: dict[tuple[int, int], tuple[float, int, int]] = {}  # by (assertion, refuting article)
    for covered, i, j in best.values():
        key = (j, refuting[i].doc)
        if key not in closest or covered > closest[key][0]:
            closest[key] = (covered, i, j)
    findings = []
    for score, i, j in closest.values():
        ref = refuting[i]
        finding = _finding(docs, asserting[j], ref, texts[i], score, told_before[i])
        if finding is not None:
            findings.append(finding)
    return findings
