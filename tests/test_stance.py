"""Sentence stance (refutes, hedged, question) and refutation between articles: made-up cases
of each kind, none taken from the seeds or the labelled articles."""

from __future__ import annotations

import pytest

from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.pipeline.analysis import analyze
from desktop_app.core.text.stance import sentence_stance


@pytest.mark.parametrize(("sentence", "refutes"), [
    ("The ministry denied reports that the bridge had collapsed.", True),
    ("Claims that the singer had retired were untrue.", True),
    ("The photo of the shark on the highway is a hoax.", True),
    ("None of those things are true, the agency said.", True),
    ("The video was clearly staged.", True),
    ("The council said the story was fabricated.", True),
    ("This is not a hoax, the scientists insist.", False),  # a negated verdict affirms
    ("Protesters staged a sit-in outside parliament.", False),  # a verb with an object
    ("He was denied bail on Monday.", False),  # passive: someone else's refusal
    ("The club rejected the offer from the league.", False),  # no claim is denied
    ("Fans queued for the fictional wizard's wand replica.", False),  # an adjective before a noun
    ("Is the footage fake?", False),  # a question asserts nothing
    # an aside in brackets judges one noun, not what the sentence states
    ("The brand made this (possibly staged) clip to show that 7 in 10 women are harassed.", False),
    ("The clip (which the brand later admitted was staged) shows seven women.", False),
    # a whole sentence in brackets, or an unclosed bracket, is no aside
    ("(Velna Foods has denied the reports.)", True),
    ("Velna Foods (VLN.N denied reports that its chief executive resigned.", True),
    # a phrasal verb with its preposition is another verb: "made up of" consists, no verdict
    ("The alloy is made up of 45% copper and 55% zinc.", False),
    ("The striker made up for the miss with two late goals.", False),
    ("The whole interview was made up, the station said.", True),
    # a verdict word that begins a compound names a kind of thing ("the myth-busting site")
    ("The hoax-hunting blog traced the picture to a 2009 film set.", False),
    # a verdict under a condition passes none
    ("Even if the clip is fake, it is worth watching.", False),
    ("If the report is false, the senator will sue.", False),
    # a negated auxiliary standing for the predicate of a claim passed on denies that claim
    ("Several blogs are claiming the mayor banned the parade, but he didn't.", True),
    ("Fans reported that the band had split up, but they have not.", True),
    ("Rumours say the ferry sank near Tarsk, but it’s not.", True),
    # ... not when nothing is passed on (a contrast), nor when the clause goes on
    ("The ferry looks like a wreck, but it isn't.", False),
    ("The mayor wanted to ban the parade, but he didn't.", False),
    ("Several blogs are claiming the ferry sank, but it's not clear where.", False),
    ("Are blogs claiming the ferry sank, but it's not?", False),
])
def test_refuting_sentences(sentence: str, refutes: bool) -> None:
    assert sentence_stance(sentence).refutes is refutes


@pytest.mark.parametrize(("sentence", "hedged"), [
    ("The company reportedly plans to close three factories.", True),
    ("Sources say the minister will resign on Friday.", True),
    ("The newspaper reported that the mayor had resigned.", True),
    ("If true, the deal would be the largest this year.", True),
    # a report cited for what it found is the article's own account, not a rumour passed on
    ("A UN report released on Monday found that 300 civilians died in the shelling.", False),
    ("The mayor resigned on Friday.", False),
    ("Officials counted 300 boats in the harbour.", False),
    # the month is no modal: "in May for $3 billion" states the price
    ("Orlan bought the mill in May for $3 billion.", False),
    ("Prices may rise again in May.", True),
    ("The merger may be approved in June.", True),
    # a claim confirmed is asserted; one merely named is passed on
    ("Army radio substantiated earlier claims that the minister had offered to resign.", False),
    ("Police confirmed reports that the bridge had collapsed.", False),
    ("Police are investigating reports that the bridge had collapsed.", True),
    # a confirmation denied, declined or not yet given confirms nothing
    ("Police did not confirm reports that the bridge had collapsed.", True),
    ("Police haven’t confirmed reports that the bridge had collapsed.", True),
    ("A spokesman declined to confirm reports that the bridge had collapsed.", True),
    ("Officials have yet to confirm reports that the bridge had collapsed.", True),
    ("Shares rose on unconfirmed reports that the firm will cut 500 jobs.", True),
    # an embedded question asks what its clause says; "whether or not" concedes and states the rest
    ("The unit will review whether any stolen data is used to file false claims.", True),
    ("Investigators asked whether the driver had been drinking.", True),
    ("Whether or not he resigns, the council met on Friday.", False),
])
def test_hedged_sentences(sentence: str, hedged: bool) -> None:
    assert sentence_stance(sentence).hedged is hedged


def _conflicts(first: str, second: str) -> list[str]:
    docs = [document_from_text("one", first), document_from_text("two", second)]
    return [f.rule for f in analyze(docs).findings if f.kind == "conflict"]


def test_an_article_that_calls_a_claim_untrue_conflicts_with_one_that_states_it() -> None:
    first = ("Pilot Maria Lenz shot down a dozen drones over the northern border last week.\n\n"
             "She has flown for the air force for nine years.\n")
    second = ("Claims that Maria Lenz shot down a dozen drones over the border were untrue, "
              "the air force said on Tuesday.\n\nThe pilot has flown for nine years.\n")
    assert "refutation" in _conflicts(first, second)



def test_a_negated_auxiliary_refutes_the_claim_of_the_clause_before_it() -> None:
    """ "…, but it's not": the claim is the clause before the comma, not the empty rest."""
    first = ("The mayor of Velna banned the harvest parade through the old town on Sunday.\n\n"
             "Stalls will stay closed.\n")
    second = ("Several blogs are claiming the mayor of Velna banned the harvest parade through the old "
              "town, but he didn't.\n\nThe parade starts at noon.\n")
    assert "refutation" in _conflicts(first, second)

def test_a_fact_check_that_refutes_two_claims_conflicts_twice() -> None:
    spread = ("Rumours\n\nThe flood in Varna was caused by a broken dam at the Orvel paper works.\n\n"
              "Councillor Ada Brenn ordered rescuers to save the marina before the houses in Lark Hill.\n")
    check = ("Fact check\n\nClaims that the flood in Varna was caused by a broken dam at the Orvel paper "
             "works are false.\n\nReports that Councillor Ada Brenn ordered rescuers to save the "
             "marina first are untrue.\n\nReports that Ada Brenn ordered rescuers to save the marina "
             "are baseless, her office said.\n")
    assert _conflicts(spread, check) == ["refutation", "refutation"]  # the second claim once


def test_a_verdict_judges_the_claim_before_it_not_the_evidence_after_it() -> None:
    verdict = ("The Tarsk woman who claimed to have had plastic surgery to add a third arm is fake, "
               "according to a local paper.")
    assert _conflicts("A Tarsk woman announced that she had undergone plastic surgery to add a third arm.",
                      verdict)
    outed = ("The local station outed her third arm as fake after obtaining a luggage theft report filed at "
             "Tarsk airport earlier this month.")
    assert not _conflicts("She filed a luggage theft report at Tarsk airport earlier this month, it said.",
                          outed)


def test_the_pronoun_after_a_denial_is_the_one_who_denies() -> None:
    """"Okoro denied reports that he offered..." denies that Okoro offered it; the claim
    "Mensah offered..." shares too little with Okoro's offer to be its denial."""
    assertion = "Some lawmakers in Tarsk have backed Okoro's offer to extend the ferry."
    denial = "President Okoro has denied local reports stating that he offered to extend the ferry."
    assert "refutation" in _conflicts(assertion, denial)
    other = "President Okoro has denied local reports stating that Mensah offered to extend the ferry."
    assert "refutation" not in _conflicts(assertion, other)
    # "he" is the one who denies, so another person's offer is not what he denies
    someone_else = "President Okoro has offered to extend the ferry, lawmakers in Tarsk said."
    mensah_denies = "President Mensah has denied local reports stating that he offered to extend the ferry."
    assert "refutation" not in _conflicts(someone_else, mensah_denies)


def test_a_name_with_a_lower_case_particle_is_the_whole_name() -> None:
    """ "President al-Okoro denied...": the one who denies is "al-Okoro", as the assertion
    writes him, not "Okoro"."""
    assertion = "Some lawmakers in Tarsk have backed al-Okoro's offer to extend the ferry line."
    denial = "President al-Okoro denied reports that he had offered to extend the ferry line to Velna."
    assert "refutation" in _conflicts(assertion, denial)


def test_a_negated_statement_conflicts_with_the_statement() -> None:
    first = "The mayor of Dunmore has banned the harvest parade this autumn.\n"
    second = "The mayor of Dunmore has not banned the harvest parade this autumn.\n"
    assert "negation" in _conflicts(first, second)


def test_a_question_neither_agrees_nor_conflicts() -> None:
    docs = [document_from_text("q", "Does the new bypass mean the end of traffic in Kelso town centre?\n"),
            document_from_text("s", "The new bypass means the end of traffic in Kelso town centre.\n")]
    assert not analyze(docs).findings


def test_what_would_have_happened_opposes_nothing() -> None:
    first = "The climber Jon Aske is lucky to be alive after the avalanche on Mount Brenna.\n"
    second = "The avalanche on Mount Brenna would certainly have killed the climber Jon Aske.\n"
    assert _conflicts(first, second) == []


@pytest.mark.parametrize(("sentence", "elsewhere", "names"), [
    ("Strategically, Velda matters to the army.", "It is strategically placed.", ["Velda"]),
    ("Located near Arlon, the camp is small.", "The camp is located in a valley.", ["Arlon"]),
    ("President Okafor met Ruth Mensah in May.", "The president left.", ["Okafor", "Ruth Mensah"]),
    ("However, the UN said on Monday it would stay.", "", ["UN"]),
    # an English word capitalised only where a sentence starts is no name ...
    ("Pre-tax profit amounted to $2 billion.", "Veltra said so.", []),
    ("Roughly 12 soldiers took part.", "Veltra said so.", []),
    # ... while a name is capitalised mid-sentence too, even when it is also a word
    ("Apple sold fewer phones.", "Analysts expect Apple to recover.", ["Apple"]),
    ("Mensah said he was at home.", "Nobody else spoke.", ["Mensah"]),
    # English words in capitals are shouted, not names; acronyms and unknown words stay names
    ("FLOOD OF TEARS: Varna mourns its dead", "", ["Varna"]),
    ("BREAKING: NATO says the UN convoy is safe.", "", ["NATO", "UN"]),
    # a dateline says where the story was filed and who reports it, not whom it is about
    ("OSLO, June 3 (NTB) - Kari Berg said the talks had failed.", "", ["Kari Berg"]),
    ("TALLINN (Reuters) — Estonia said it would stay.", "", ["Estonia"]),
    ("CALLOWELL, Ore., Aug. 15, 2025 - The toll in Miller Flats rose.", "", ["Miller Flats"]),
    ("WASHINGTON — Senator Reyes said the bill failed.", "", ["Senator Reyes"]),
    ("NASA - the agency - said the launch had failed.", "", ["NASA"]),  # a name, no dateline
])
def test_names_by_rule(sentence: str, elsewhere: str, names: list[str]) -> None:
    """A capitalised word the article also writes in lower case is no name, nor a function word."""
    from desktop_app.core.text.names import find_names, lower_case_words

    found = find_names(sentence, 0, lower_case_words(sentence + " " + elsewhere))
    assert [n.text for n in found] == names


@pytest.mark.parametrize(("verdict", "refutes"), [
    ("There is no evidence that the Orvel tablet reverses heart disease in diabetics.", True),
    ("There is no truth to the claims that the Orvel tablet reverses heart disease.", True),
    # a verdict that opens no that-clause judges what comes before it, not after
    ("Doctors found no evidence of harm in the trial of the Orvel tablet for heart disease.", False),
    # a negated verb of evidence before a that-clause: the clause is unfounded
    ("Nothing in the trial shows that the Orvel tablet reverses heart disease in diabetics.", True),
    ("The results do not prove that the Orvel tablet reverses heart disease in diabetics.", True),
    # the same verb asserted, or a negation that is not on it, passes no verdict
    ("The trial shows that the Orvel tablet reverses heart disease in diabetics.", False),
    ("Dr Lind did not say that the Orvel tablet reverses heart disease in diabetics.", False),
])
def test_a_verdict_that_opens_a_that_clause_judges_that_clause(verdict: str, refutes: bool) -> None:
    assertion = "The Orvel tablet reverses heart disease in diabetics, the trial showed."
    conflicts = _conflicts(assertion, verdict)
    # a verdict that shares most of its words with the claim may be read as its negation first
    assert bool(conflicts) is refutes and set(conflicts) <= {"refutation", "negation"}


@pytest.mark.parametrize(("first", "second"), [
    ("The researchers said patients should not start taking Orvel without first talking to their doctor.",
     "The researchers say nobody should start taking Orvel without talking to their doctor first."),
    ("Nothing was stolen from the Keldby museum during the night, the police said.",
     "The police said that the Keldby museum had not been robbed during the night."),
])
def test_every_negator_negates(first: str, second: str) -> None:
    """ "nobody", "nothing", "none" and "nowhere" negate as "not" does: two negated wordings of
    one statement are no negation of each other."""
    assert "negation" not in _conflicts(first, second) and _conflicts(first, second) == []


@pytest.mark.parametrize(("sentence", "scopes"), [
    # a negation in a comma phrase denies the words up to its comma
    ("Mayor Vask, who has not conceded, asked for a recount.", [("conceded",)]),
    ("The mayor has not banned the parade, officials said.", [("banned", "the", "parade")]),
    # an aside right after the negation: the words after it
    ("He did not, however, resign.", [("however", "resign")]),
    ("She did not resign and was not fired.", [("resign", "and", "was", "not"), ("fired",)]),
])
def test_a_negations_scope_ends_with_its_comma_phrase(sentence: str, scopes: list[tuple[str, ...]]) -> None:
    from desktop_app.core.text.stance import negation_scopes

    assert list(negation_scopes(sentence)) == scopes


@pytest.mark.parametrize(("first", "second", "agree"), [
    # one denies what the other states, though both negate something
    ("Mayor Vask, who has not conceded, asked the Tarsk county board for a recount on Nov. 12.",
     "Mayor Vask conceded to the Tarsk county board on Nov. 21, said aides who asked not to be named.",
     False),
    # both deny it: no veto
    ("Mayor Vask has not conceded the race to the Tarsk county board, his aides said on Monday.",
     "Mayor Vask has still not conceded the race to the Tarsk county board, aides said on Monday.",
     True),
])
def test_a_negation_on_what_the_other_states_keeps_them_apart(first: str, second: str,
                                                              agree: bool) -> None:
    docs = [document_from_text("one", first), document_from_text("two", second)]
    assert any(f.kind == "agree" for f in analyze(docs).findings) is agree
