"""Two figures that cannot both be true, yet no contradiction: the other sentence gives the
figure too, in another role. "The three soldiers arrived" / "the three arrived with 200
soldiers and civilians" (a bare count), "he weighed 150 kg" / "he went from 150 kg to 90 kg" (an
earlier value), "$15 a share, with a deal done around $18" / "$15 a share, rising to $18" (the
same two amounts, read in different roles). findings.figures asks AnsweredElsewhere before it
reports a conflict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from ..claims.attributes import FORMER
from ..claims.inclusions import CASUALTIES
from ..model import Claim, Document
from ..text.noun_synonyms import counted_unit
from .values import counts_anyone

BySentence = dict[tuple[int, int], tuple[Claim, ...]]


class AnsweredElsewhere:
    """Whether a pair of conflicting figures is answered by another figure of either sentence."""

    def __init__(self, docs: Sequence[Document]) -> None:
        self._bare = by_sentence(docs, _bare_count)
        self._former = by_sentence(docs, lambda claim: claim.attribute.startswith(FORMER))
        # a denied amount answers nothing: "didn't make $46 million last year but just $11 million"
        self._money = by_sentence(docs, lambda claim: claim.kind == "money" and not claim.negated)

    def __call__(self, ia: int, ca: Claim, ib: int, cb: Claim) -> bool:
        return (_a_bare_count_agrees(ia, ca, ib, cb, self._bare)
                or _a_former_value_agrees(ia, ca, ib, cb, self._former)
                or _the_money_given_there(ia, ca, ib, cb, self._money))


def by_sentence(docs: Sequence[Document], keep: Callable[[Claim], bool]) -> BySentence:
    """The claims `keep` accepts, by (document, sentence)."""
    found: dict[tuple[int, int], list[Claim]] = defaultdict(list)
    for index, doc in enumerate(docs):
        for claim in doc.claims:
            if keep(claim):
                found[(index, claim.sentence)].append(claim)
    return {key: tuple(claims) for key, claims in found.items()}


def _bare_count(claim: Claim) -> bool:
    """A count that names nobody ("the three arrived", "five others")."""
    return claim.kind == "count" and claim.attribute not in CASUALTIES and counts_anyone(claim.unit)


def _a_former_value_agrees(ia: int, ca: Claim, ib: int, cb: Claim,
                           former: BySentence) -> bool:
    """ "He weighed 150 kg" / "he went from 150 kg to 90 kg": a sentence that tells of a change
    gives the other's value as its earlier one, so the two may speak of different times."""
    def agrees(earlier: Claim, value: Claim) -> bool:
        # Money words stand apart from the figures they name ("went from $40 to $25 after the
        # fund bought them"): any amount of the same currency may be the earlier price.
        same = earlier.attribute == FORMER + value.attribute or earlier.kind == value.kind == "money"
        return same and counted_unit(earlier) == counted_unit(value) and earlier.compatible_with(value)
    return (any(agrees(claim, ca) for claim in former.get((ib, cb.sentence), ()))
            or any(agrees(claim, cb) for claim in former.get((ia, ca.sentence), ())))


def _the_money_given_there(ia: int, ca: Claim, ib: int, cb: Claim, money: BySentence) -> bool:
    """ "An offer of $15 a share, with a deal done around $18" / "a bid of $15 a share, rising
    to $18": each sentence also gives the other's amount, whatever each amount was read to be
    (a price, an amount), so the two tell of the same two figures. An amount of another year
    answers nothing ("revenue fell to $27bn last year from $30bn in 2011")."""
    if ca.kind != "money":
        return False
    def given(claim: Claim, there: tuple[Claim, ...]) -> bool:
        return any(other.unit == claim.unit and other.time == claim.time and other.compatible_with(claim)
                   for other in there)
    return given(ca, money.get((ib, cb.sentence), ())) or given(cb, money.get((ia, ca.sentence), ()))


def _a_bare_count_agrees(ia: int, ca: Claim, ib: int, cb: Claim,
                         bare: BySentence) -> bool:
    """ "The three soldiers arrived" / "The three arrived with 200 soldiers and civilians": the
    other sentence's bare count may be these very soldiers, and its 200 someone else; two
    generic counts conflict only when neither sentence has a bare count that agrees."""
    if ca.kind != "count" or ca.attribute in CASUALTIES:
        return False
    return (any(claim.compatible_with(ca) for claim in bare.get((ib, cb.sentence), ()))
            or any(claim.compatible_with(cb) for claim in bare.get((ia, ca.sentence), ())))
