"""The engine on the seeds: the findings a reader expects, and none of the noise."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from desktop_app.core.claims.claim_verbs import claim_verb
from desktop_app.core.formats.analysis_report import report_data, report_markdown, report_text
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.model import Finding
from desktop_app.core.pipeline.analysis import Analysis, analyze
from desktop_app.core.pipeline.version import ENGINE_VERSION
from tests.conftest import ROOT, assert_quotes_slice, seed_id


def test_population_conflict_between_003_and_004(seed_analysis: Analysis) -> None:
    conflicts = [f for f in seed_analysis.findings
                 if f.kind == "conflict" and f.topic == "population of Homs"]
    assert len(conflicts) == 1
    finding = conflicts[0]
    assert {finding.a.doc[:3], finding.b.doc[:3]} == {"003", "004"}
    assert "800,000" in finding.explanation and "1,500,000" in finding.explanation
    assert "nearing 800,000" in (finding.a.quote + finding.b.quote)
    assert "1.5 million inhabitants" in (finding.a.quote + finding.b.quote)


def test_distances_found_and_not_in_conflict(seed_analysis: Analysis) -> None:
    doc = next(d for d in seed_analysis.documents if d.id.startswith("003"))
    distances = {c.topic: c.value for c in doc.claims if c.unit == "km"}
    assert distances == {"distance Damascus–Latakia": 330, "distance Damascus–Izraa": 80}
    assert not [f for f in seed_analysis.findings if f.topic.startswith("distance")
                and f.kind == "conflict"]


def test_no_quantity_from_highway_names(seed_analysis: Analysis) -> None:
    for doc in seed_analysis.documents:
        for claim in doc.claims:
            assert "M5" not in claim.quote and "M1" not in claim.quote


def test_largest_and_third_largest_are_not_a_conflict(seed_analysis: Analysis) -> None:
    for finding in seed_analysis.findings:
        if finding.kind == "conflict":
            text = finding.a.quote + finding.b.quote
            assert not ("largest city in central Syria" in text and "third largest" in text)


def test_aleppo_hama_agreement(seed_analysis: Analysis) -> None:
    agree = [f for f in seed_analysis.findings if f.kind == "agree"
             and "pattern observed in Aleppo and Hama" in f.a.quote + f.b.quote
             and "First Aleppo, then Hama, now Homs" in f.a.quote + f.b.quote]
    assert len(agree) == 1


def test_few_conflicts_on_seeds(seed_analysis: Analysis) -> None:
    conflicts = [f for f in seed_analysis.findings if f.kind == "conflict"]
    assert 1 <= len(conflicts) <= 6


def test_seed_agreement_precision_against_labels(seed_analysis: Analysis) -> None:
    labels = json.loads((ROOT / "desktop_app/data/seed_alignment_labels.json").read_text())
    starts = {d.id[:3]: d for d in seed_analysis.documents}

    def key(doc: str, index: int) -> tuple[str, int]:
        return doc, starts[doc].sentences[index].start

    positives = {frozenset([key(a, i), key(b, j)]) for a, i, b, j, _ in labels["agree"]}
    negatives = {frozenset([key(a, i), key(b, j)]) for a, i, b, j, _ in labels["unrelated"]}
    found = [frozenset([(f.a.doc[:3], f.a.start), (f.b.doc[:3], f.b.start)])
             for f in seed_analysis.findings if f.kind == "agree"]
    hits = sum(pair in positives for pair in found)
    assert not negatives & set(found)
    assert hits >= 6
    assert hits / len(found) >= 0.6


def test_quotes_equal_text_slices(seed_analysis: Analysis) -> None:
    assert_quotes_slice(report_data(seed_analysis))


def test_reclassify_reuses_scores(seed_analysis: Analysis) -> None:
    strict = seed_analysis.reclassify(0.6)
    loose = seed_analysis.reclassify(0.3)
    assert strict.pairs is seed_analysis.pairs is loose.pairs
    count = lambda a: sum(f.kind == "agree" for f in a.findings)  # noqa: E731
    assert count(strict) < count(seed_analysis) < count(loose)


def test_matrix_is_symmetric_with_unit_diagonal(seed_analysis: Analysis) -> None:
    matrix = seed_analysis.similarity
    assert matrix.shape == (5, 5)
    assert np.allclose(matrix, matrix.T) and np.allclose(np.diag(matrix), 1.0)
    assert ((matrix >= 0) & (matrix <= 1)).all()


def test_time_gap_marks_conflicts_years_apart() -> None:
    old = document_from_text("old", "Old\nMarch 1, 2010\n\nParis has about 2 million residents.")
    new = document_from_text("new", "New\nMarch 1, 2020\n\nParis has about 3 million residents.")
    (finding,) = [f for f in analyze([old, new]).findings if f.kind == "conflict"]
    assert finding.time_gap
    assert finding.topic == "population of Paris"


def test_opposite_statements_conflict() -> None:
    a = document_from_text("a", "A\n\nGovernment forces remain entrenched in the city of Homs "
                                "despite the rebel offensive on Friday.")
    b = document_from_text("b", "B\n\nRebel forces have captured the city of Homs after the "
                                "offensive on Friday.")
    kinds = {(f.kind, f.reason) for f in analyze([a, b]).findings}
    assert ("conflict", "opposition") in kinds


def test_reports_render(seed_analysis: Analysis) -> None:
    text, md = report_text(seed_analysis), report_markdown(seed_analysis)
    assert "CONFLICTS" in text and "population of Homs" in text
    assert md.startswith("# Source comparison") and "| # | topic |" in md


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_version_names_the_program_and_the_engine() -> None:
    result = run_cli("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("source-compare ") and f"engine version {ENGINE_VERSION}" in result.stdout


def test_cli_json_contract() -> None:
    result = run_cli("analyze", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == 2
    assert data["engine_version"] == ENGINE_VERSION  # which engine made the findings
    for key in ("id", "title", "path", "date", "text", "sentences", "claims"):
        assert key in data["documents"][0]
    population = next(c for d in data["documents"] for c in d["claims"] if c["attribute"] == "population")
    assert population["subject"] == "Homs" and population["hedged"] is False  # each claim's frame
    assert set(data["matrix"]) >= {"ids", "similarity"}
    for key in ("id", "kind", "score", "topic", "explanation", "time_gap", "a", "b", "group", "articles",
                "members_a", "members_b"):
        assert key in data["findings"][0]


def test_cli_bad_inputs_report_and_continue(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02\x03" * 50)
    good = ROOT / "seeds" / f"{seed_id_prefix('003')}.txt"
    out = tmp_path / "out.json"
    result = run_cli("analyze", str(tmp_path / "missing.txt"), str(empty), str(binary), str(good),
                     "--format", "json", "--output", str(out))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    errors = [line for line in lines if line.startswith("error: ")]
    assert len(errors) == 3
    # the one article left is analysed, with a note that findings need two
    assert [line for line in lines if not line.startswith("error: ")] == [
        "note: one article read: conflicts and agreements are found between two articles or more; "
        "give another article or a folder"]
    assert "Traceback" not in result.stderr
    assert len(json.loads(out.read_text())["documents"]) == 1


@pytest.mark.parametrize(("name", "noted"), [("report.csv", True), ("report.txt", False),
                                            ("report.md", False)])
def test_cli_says_which_format_an_unknown_suffix_gets(tmp_path: Path, name: str, noted: bool) -> None:
    result = run_cli("analyze", "--output", str(tmp_path / name))
    assert result.returncode == 0, result.stderr
    assert ("no report format has that suffix" in result.stderr) is noted


def seed_id_prefix(prefix: str) -> str:
    return next(p.stem for p in (ROOT / "seeds").iterdir() if p.name.startswith(prefix))


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_cli_formats(fmt: str) -> None:
    result = run_cli("analyze", "--format", fmt, "--threshold", "0.5")
    assert result.returncode == 0 and "population of Homs" in result.stdout


def test_seed_id_helper(seed_analysis: Analysis) -> None:
    assert seed_id(seed_analysis, "003").startswith("003_")


def test_remain_versus_taken_over_is_a_conflict(seed_analysis: Analysis) -> None:
    oppositions = [f for f in seed_analysis.findings if f.reason == "opposition"]
    texts = [f.a.quote + " | " + f.b.quote for f in oppositions]
    assert any("remain entrenched" in t and "taken over" in t for t in texts)
    assert all(f.kind == "conflict" for f in oppositions)


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("The army did not withdraw from the city on Friday.", "The army withdrew from the city on Friday.",
     True),
    ("you could not win an election without it", "you couldn’t win an election without it", False),
    ("Principal Greer did not comment, and said all student stuff is confidential.",
     "All student stuff is confidential, Greer said.", False),
])
def test_negation_needs_the_same_words(first: str, second: str, expected: bool) -> None:
    from desktop_app.core.findings.opposition import negated, same_words_but_negation

    contrast = negated(first) != negated(second) and same_words_but_negation(first, second)
    assert contrast is expected


def test_large_sets_report_each_articles_nearest_articles_not_the_whole_matrix(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from desktop_app.core.formats import analysis_report

    docs = [document_from_text(f"d{i}", f"Report {i}\n\nThe river Arno rose by {i} metres near Pisa.")
            for i in range(6)]
    analysis = analyze(docs)
    monkeypatch.setattr(analysis_report, "MATRIX_LIMIT", 4)
    monkeypatch.setattr(analysis_report, "NEAREST", 2)
    out = io.StringIO()
    analysis_report.write_json(analysis, out)
    matrix = json.loads(out.getvalue())["matrix"]
    assert matrix["similarity"] is None and len(matrix["nearest"]) == 6
    assert all(len(row) == 2 and all(j != i for j, _ in row) for i, row in enumerate(matrix["nearest"]))


def _conflicts(first: str, second: str) -> list[str]:
    docs = [document_from_text("a", first), document_from_text("b", second)]
    return [f.explanation for f in analyze(docs).findings if f.kind == "conflict"]


@pytest.mark.parametrize(("negated", "plain", "expected"), [
    ("The mayor of Tarsk has not banned the parade on Sunday.",
     "The mayor of Tarsk has banned the parade on Sunday.", True),
    # the negation bears on a further clause of the quote, which the other sentence does not state
    ("“I moved to Tarsk because I wanted a quiet life near the sea. Because I don’t want crowds.”",
     "I moved to Tarsk because I wanted a quiet life near the sea.", False),
])
def test_a_negation_conflicts_only_on_the_predicate_both_state(negated: str, plain: str,
                                                               expected: bool) -> None:
    from desktop_app.core.findings.opposition import negation_on_shared_words

    assert negation_on_shared_words(negated, plain) is expected
    assert bool(_conflicts(negated, plain)) is expected


@pytest.mark.parametrize(("first", "second"), [
    ("In the Harlow trial, the new inhaler increased the risk of throat infections, its authors found.",
     "In the Harlow trial, the new inhaler reduced the risk of throat infections, its authors found."),
    ("Tolls on the Brisk bridge increased the traffic on the old ferry road, the council said.",
     "Tolls on the Brisk bridge lowered the traffic on the old ferry road, the council said."),
])
def test_reducing_is_the_opposite_of_increasing(first: str, second: str) -> None:
    assert any("opposite statements" in explanation for explanation in _conflicts(first, second))


@pytest.mark.parametrize(("first", "second", "opposed"), [
    ("Ferry captain Ivo Lind was acquitted of negligence by the Tarsk court.",
     "Ferry captain Ivo Lind was found guilty of negligence by the Tarsk court.", True),
    ("Ferry captain Ivo Lind was convicted of negligence by the Tarsk court.",
     "Ferry captain Ivo Lind was acquitted of negligence by the Tarsk court.", True),
    # a plea of not guilty asserts no guilt
    ("Ferry captain Ivo Lind pleaded not guilty to negligence at the Tarsk court.",
     "Ferry captain Ivo Lind was acquitted of negligence at the Tarsk court.", False),
])
def test_acquitted_is_the_opposite_of_convicted(first: str, second: str, opposed: bool) -> None:
    explanations = _conflicts(first, second)
    assert any("opposite statements" in explanation for explanation in explanations) is opposed


def test_opposite_words_about_two_people_oppose_nothing() -> None:
    assert not _conflicts("A video released in Tarsk showed Ivo Lind being killed by the militants.",
                          "Aro Kask was seen alive at the end of the video released in Tarsk by militants.")


@pytest.mark.parametrize(("first", "second"), [
    ("Two guards were being held after they were taken into custody in Velna.",
     "Two guards remain in custody in Velna on charges of theft."),
    ("Three miners were taken to hospital in Velna after the blast.",
     "Three miners remain in hospital in Velna after the blast."),
])
def test_taking_someone_somewhere_captures_nothing(first: str, second: str) -> None:
    assert not _conflicts(first, second)


@pytest.mark.parametrize(("first", "first_word", "second", "second_word", "expected"), [
    # the opposed words bear on one thing: a common word beside both says what
    ("Army units remain entrenched in the port of Velna.", "remain",
     "Militia fighters have captured the port of Velna.", "captured", True),
    ("Exports of copper rose sharply this spring.", "rose",
     "Exports of copper fell sharply this spring.", "fell", True),
    # only a time in common: two events of one month
    ("Ivo Lind, the reporter who was killed last month, had filed from Tarsk.", "killed",
     "Aro Kask was seen alive last month in a second recording.", "alive", False),
    # a change written as a noun is of its complement: shipments and demand are two quantities
    ("Analyst Mira Sol models a rise in shipments of older zPhone units.", "rise",
     "Mira Sol also anticipates a drop in demand for the zPhone overall.", "drop", False),
    # ... and the fall of a city named on both sides is the city's
    ("The fall of Velna is a heavy blow to the regime.", "fall",
     "Since 2012, Velna has remained firmly under the regime's control.", "remained", True),
    # a verb's object is what it is about: losing a fight or an appeal is no losing of the title
    ("Dara Osei was stripped of her Velna City title win on Monday.", "win",
     "Six weeks later Dara Osei has lost her fight to keep the Velna City title.", "lost", False),
    ("Osei stripped of Velna marathon victory for cutting the course", "victory",
     "Osei loses appeal as Velna marathon result is settled", "loses", False),
    # ... and the same object on both sides keeps them opposed
    ("The new drug reduced the risk of stroke in older patients.", "reduced",
     "The new drug increased the risk of stroke in older patients.", "increased", True),
])
def test_opposite_words_need_a_common_word_beyond_a_time_and_the_same_complement(
        first: str, first_word: str, second: str, second_word: str, expected: bool) -> None:
    from desktop_app.core.findings.opposition import same_argument

    assert same_argument(first, first_word, second, second_word) is expected


@pytest.mark.parametrize(("first", "second", "kinds"), [
    # a sentence that calls a claim untrue never agrees with one that states it plainly
    ("Captain Tomas Brenner was charged with negligence over the Lake Marrow ferry sinking.",
     "Reports that Captain Tomas Brenner was charged with negligence over the Lake Marrow ferry sinking "
     "are untrue, his lawyer said.", []),
    # nor with one that passes the claim on: the claim and its denial are no "same statement"
    ("Captain Tomas Brenner was charged with negligence over the Lake Marrow ferry sinking, "
     "police sources said.",
     "Reports that Captain Tomas Brenner was charged with negligence over the Lake Marrow ferry sinking "
     "are untrue, his lawyer said.", []),
    # two denials of one claim still agree, in other words too
    ("Reports that Captain Tomas Brenner was charged with negligence over the ferry sinking are untrue.",
     "Claims that Captain Tomas Brenner was charged with negligence over the ferry sinking are false.",
     ["agree"]),
    # a negation on what the other states is no agreement either, in attributed words too
    ("The Keldby water agency said samples taken near the mill showed no dangerous levels of mercury.",
     "State water officials said the river near the Keldby mill contained dangerous levels of mercury "
     "and closed it to fishing.", []),
    # one of two negations on what the other states is enough to keep them apart
    ("\"Director Ilves has not resigned and has no intention of leaving the Keldby mill,\" a spokesman said.",
     "Director Ilves resigned from the Keldby mill on Monday, a spokesman said.", []),
    # "not only" denies nothing
    ("The flood not only destroyed the Keldby bridge but also cut power to the town, though no one was hurt.",
     "The flood destroyed the Keldby bridge and cut power to the town on Monday.", ["agree"]),
    # a negation elsewhere in the sentence denies nothing the other states
    ("Water tests taken near the Keldby mill showed high levels of mercury, and no one was told.",
     "Water tests taken near the Keldby mill showed high levels of mercury, officials said.", ["agree"]),
    # a negation bears on its own clause, up to a semicolon, not on the next one's words
    ("The drug Velcor was withdrawn in Keldby last week, the company said.",
     "Contrary to some reports, the drug Velcor was not withdrawn in Keldby; regulators instead "
     "issued a safety advisory.", []),
    # "No. 2" is a number, not a negation
    ("Marta Ilves, the No. 2 official at the Keldby mill, resigned on Monday after the mercury tests.",
     "Marta Ilves, the second official at the Keldby mill, resigned on Monday after the mercury tests.",
     ["agree"]),
])
def test_a_refutation_is_no_agreement_with_its_claim(first: str, second: str, kinds: list[str]) -> None:
    found = analyze([document_from_text("a", first), document_from_text("b", second)]).findings
    assert [f.kind for f in found if f.kind == "agree"] == kinds


def test_a_figure_both_give_does_not_hide_one_they_give_differently() -> None:
    """The agreement on 23% answers neither 16% nor 6%: both findings are reported."""
    shared = ("Patients who took velocitrine had a 23% lower risk of heart attack or stroke than those "
              "on placebo. ")
    a = document_from_text("a", shared + "16% of participants on the drug reported stomach upsets, "
                                          "compared with 4% on placebo.")
    b = document_from_text("b", shared + "Stomach upset was reported by 6% of those on the drug, "
                                          "compared with 4% on placebo.")
    found = analyze([a, b]).findings
    assert [f.values for f in found if f.kind == "conflict"] == [("16 percent", "6 percent")]
    assert any(f.kind == "agree" for f in found)


def test_a_figure_the_other_article_also_gives_is_answered() -> None:
    """ "destroyed 120 homes and damaged 300 homes" does not contradict "damaged 300 homes": the
    300 is given by both, and nothing in the other article answers the 120 differently."""
    a = document_from_text("a", "The Keldby fire destroyed 120 homes and damaged 300 homes on Monday.")
    b = document_from_text("b", "The Keldby fire damaged 300 homes on Monday.")
    found = analyze([a, b]).findings
    assert [f.kind for f in found] == ["agree"]


def test_sentences_whose_small_counts_differ_are_not_the_same_statement() -> None:
    """Too unlike for a conflict of unnamed figures (GENERIC_CLAIM_FLOOR), yet alike enough to
    agree: 18 years asked and 20 years sought are not one statement."""
    found = analyze([document_from_text("a", "Prosecutors had asked for 18 years."),
                     document_from_text("b", "Prosecutors had sought 20 years.")]).findings
    assert list(found) == []
    same = analyze([document_from_text("a", "Prosecutors had asked for 20 years."),
                    document_from_text("b", "Prosecutors had sought 20 years.")]).findings
    assert [f.kind for f in same] == ["agree"]


@pytest.mark.parametrize(("first", "second", "kind"), [
    ("2 million", "2.5 million", "conflict"),   # a round figure admits at most a tenth either way
    ("200", "250", "conflict"),
    ("2 million", "2.1 million", "agree"),
    ("800,000", "840,000", "agree"),             # half a unit of the last digit, under a tenth
    ("20", "18", "conflict"),                    # under a hundred a count is exact
])
def test_round_figures_against_precise_ones(first: str, second: str, kind: str) -> None:
    a = document_from_text("a", f"A\n\nThe flood forced {first} residents of Vantara to leave their homes.")
    b = document_from_text("b", f"B\n\nThe flood forced {second} residents of Vantara to leave their homes.")
    kinds = {f.kind for f in analyze([a, b]).findings}
    assert kinds == {kind}  # an agreement of figures may be shown as the sentences' agreement


OSEI = "Judge Harriet Osei is related to victim Marcus Delaney"
BALLOTS = "hundreds of ballots in Ashford Crossing were filled in by dead voters"


@pytest.mark.parametrize(("claim", "statement", "refuted"), [
    (OSEI, "Judge Harriet Osei is related to victim Marcus Delaney through her late husband, posts "
           "said.", True),
    # who the claim is about, named with their titles, is not what it says of them
    (OSEI, "Brandt was ordered to pay $1.2 million to the victims' families by Judge Harriet Osei of the "
           "Pell County court.", False),
    (BALLOTS, "Hundreds of ballots in Ashford Crossing were filled in by dead voters, a campaign "
              "said.", True),
    # the place and the topic words, not what the claim says happened there
    (BALLOTS, "The campaign asked for a recount of every ballot filled in across Ashford Crossing on "
              "Tuesday.", False),
    # a name meets a name: "Ashford Crossing" is not "a crossing"
    (BALLOTS, "Ballots were filled in by voters at the old ashford crossing depot, clerks said.", False),
    # a claim the article itself calls untrue in the next sentence is reported, not stated
    (BALLOTS, "Hundreds of ballots in Ashford Crossing were filled in by dead voters, Kessler told a rally. "
              "Officials said those claims were baseless.", False),
    (BALLOTS, "Hundreds of ballots in Ashford Crossing were filled in by dead voters, Kessler told a rally. "
              "A fact check rated the claim false.", False),
])
def test_a_refutation_meets_what_the_claim_says(claim: str, statement: str, refuted: bool) -> None:
    assert bool(_refutations(statement, f"Claims that {claim} are false.\n")) is refuted


BRANDT_LEAD = ("Builder Lucas Brandt was convicted over the Riverside Plaza garage collapse in Ashford "
               "Crossing, which killed three people.")


def _refutations(statement: str, fact_check: str) -> list[Finding]:
    """Refutation conflicts between an article stating `statement` and a fact check ending with
    `fact_check`, both opening on one story's lead."""
    article = f"Brandt verdict\n{BRANDT_LEAD}\n{statement}\n"
    checked = f"Fact check\n{BRANDT_LEAD}\n{fact_check}"
    found = analyze([document_from_text("a", article), document_from_text("b", checked)]).findings
    return [f for f in found if f.kind == "conflict" and f.rule == "refutation"]


STATED = BALLOTS[0].upper() + BALLOTS[1:]
TRUST = "Residents should trust the count of every ballot in Ashford Crossing, clerks said."


@pytest.mark.parametrize(("fact_check", "statement", "refuted"), [
    # a claim set out under a label, or quoted alone, then a verdict that refers back to it
    (f"CLAIM: “{STATED}. Do not trust the count.”\nRATING: FALSE\n", f"{STATED}, a campaign said.", True),
    (f"“{STATED}.”\nThat is false.\n", f"{STATED}, a campaign said.", True),
    # the sentence before a verdict in the article's own voice is not what the verdict judges
    (f"{STATED} until 2019, when the rolls were cleaned.\nThe rest was a myth.\n",
     f"{STATED}, a campaign said.", False),
    # the claim's own negated words are no part of it: "do not trust the count" claims no trust
    (f"CLAIM: “{STATED}. Do not trust the count of voters' ballots.”\nRATING: FALSE\n", TRUST, False),
    # a claim with a figure is refuted in its figure: other figures, or none, do not assert it
    ("CLAIM: Brandt's firm is cutting more than 1,000 jobs at its Ashford Crossing yard.\nRATING: FALSE\n",
     "Brandt's firm is cutting more than 1,200 jobs at its Ashford Crossing yard, a union said.", True),
    ("CLAIM: Brandt's firm is cutting more than 1,000 jobs at its Ashford Crossing yard.\nRATING: FALSE\n",
     "Brandt's firm is cutting 640 jobs at its Ashford Crossing yard, a union said.", False),
    ("CLAIM: Brandt's firm is cutting more than 1,000 jobs at its Ashford Crossing yard.\nRATING: FALSE\n",
     "Brandt's firm is cutting jobs at its Ashford Crossing yard, a union said.", False),
    # every figure of a claim set out is the claim's, a single digit too ("2 million")
    ("CLAIM: Brandt's firm is cutting 2 million jobs at its Ashford Crossing yard.\nRATING: FALSE\n",
     "Brandt's firm is cutting jobs at its Ashford Crossing yard, a union said.", False),
    ("CLAIM: Brandt's firm is cutting 2 million jobs at its Ashford Crossing yard.\nRATING: FALSE\n",
     "Brandt's firm is cutting 2 million jobs at its Ashford Crossing yard, a union said.", True),
])
def test_a_verdict_judges_the_claim_set_out_before_it(fact_check: str, statement: str, refuted: bool) -> None:
    refutations = _refutations(statement, fact_check)
    assert bool(refutations) is refuted
    assert not refuted or refutations[0].b.quote.startswith(("CLAIM", "“"))  # the claim and its verdict


CLAIM_SET_OUT = "Valemont Health System paid the ransom demanded by the hackers who attacked its hospitals."


@pytest.mark.parametrize(("statement", "kinds"), [
    # the article states the claim's verb: the verdict refutes it
    ("Valemont Health System paid the ransom to the hackers who attacked its hospitals, two people said.",
     ["conflict"]),
    # most of the claim's words, not what it says happened: neither refuted nor the same statement
    ("The hackers who attacked Valemont Health System hospitals demanded a ransom in bitcoin.", []),
    ("Ransomware attack cripples Valemont Health System hospitals as hackers demand ransom.", []),
])
def test_a_claim_set_out_to_be_rated_false(statement: str, kinds: list[str]) -> None:
    article = document_from_text("a", f"Hack\n\n{statement}")
    fact_check = document_from_text("b", f"Fact check\n\nCLAIM: {CLAIM_SET_OUT}\n\nRATING: FALSE\n\nWe found "
                                         "no evidence that any payment was made to the group.")
    assert [f.kind for f in analyze([article, fact_check]).findings] == kinds


@pytest.mark.parametrize(("claim", "verb"), [
    ("Valemont Health System paid the ransom demanded by the hackers", "pay"),
    ("Brandt's firm is cutting more than 1,000 jobs", "cut"),
    ("the water is poisoned", "poison"),
    ("Beats Music is being shut down", "shut"),
    ("Drones over Calder", ""),
])
def test_the_verb_of_a_claim(claim: str, verb: str) -> None:
    assert claim_verb(claim) == verb
