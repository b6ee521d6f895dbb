"""Claims: value, hedge, unit, topic; dates and identifiers are not quantities."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.claims.extract import extract_claims
from desktop_app.core.claims.nouns import singular
from desktop_app.core.claims.precision import qualifier_before
from desktop_app.core.ingest.loading import document_from_text
from desktop_app.core.model import Claim
from desktop_app.core.pipeline.analysis import analyze
from desktop_app.core.text.segment import PysbdSplitter, split_sentences

SPLITTER = PysbdSplitter()


def claims_of(text: str) -> list[Claim]:
    return list(extract_claims(text, split_sentences(text, SPLITTER)))


def values_and_units(text: str) -> list[tuple[object, str]]:
    """Each claim's value (compared approximately) and unit, in text order."""
    return [(pytest.approx(c.value), c.unit) for c in claims_of(text)]


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit", "qualifier", "topic"),
    [
        ("In Syria, all eyes are on Homs, a pivotal city with a population nearing 800,000.",
         "800,000", 800_000, "people", "nearly", "population of Homs"),
        ("Homs, the large city with its around 1.5 million inhabitants, fell.",
         "1.5 million inhabitants", 1_500_000, "people", "about", "population of Homs"),
        ("The strongholds are Damascus and Latakia, separated by approximately 330 kilometers.",
         "330 kilometers", 330, "km", "about", "distance Damascus–Latakia"),
        ("Rebels reached Izraa, a town approximately 80 kilometers from Damascus.",
         "80 kilometers", 80, "km", "about", "distance Damascus–Izraa"),
        ("During the siege, two foreign journalists lost their lives.",
         "two foreign journalists", 2, "journalist", "", "number of journalists"),
        ("Paris has more than 2 million residents.", "2 million residents", 2_000_000, "people",
         "more than", "population of Paris"),
        ("The road is 50 miles long.", "50 miles", 50 * 1.609344, "km", "", "distance"),
        ("Unemployment rose to 7.5% in March.", "7.5%", 7.5, "percent", "", "percent figure"),
    ],
)
def test_claim_fields(text: str, quote: str, value: float, unit: str, qualifier: str,
                      topic: str) -> None:
    claims = claims_of(text)
    assert len(claims) == 1, claims
    claim = claims[0]
    assert claim.quote == quote == text[claim.start : claim.end]
    assert claim.value == pytest.approx(value)
    assert (claim.unit, claim.qualifier, claim.topic) == (unit, qualifier, topic)


@pytest.mark.parametrize(
    "text",
    [
        "Homs lies at the intersection of the M5 and the M1 highways.",
        "They will not make a breakthrough at Geneva II.",
        "Rebels overran tank base 559 last week.",
        "The uprising began in 2011 and by 2015 Russia had joined.",
        "The article was published on December 6, 2024.",
        "See Source 1 and Source 2.",
        "The meeting starts at 10:30 in the morning.",
        "Two weeks after the flood, the bridge reopened.",  # when, not how long
        "The ferry sank 20 years after its launch.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert [c for c in claims_of(text) if c.kind != "rank"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # an adjective, an adverb or a time after a number is no counted noun
    ("The chain now has 547,000 staff worldwide, up from 20 last year.", [(547000, "staff")]),
    ("The rate fell from 13.3 percent to 10.4 last year.", [(13.3, "percent")]),
    ("The number will rise to 14 million next year.", []),
    ("Orvel will be offered in six different casing options.", [(6, "option")]),
    # the topic noun before a figure and its hedge
    ("Officials said the population of Tarsk is about 500,000.", [(500000, "people")]),
    # a space after the currency sign, as some sources set it
    ("The council offered a $ 2 million reward for the painting.", [(2_000_000, "USD")]),
    # feet, inches and yards are lengths, in metres
    ("The wreck lies 12,000 feet down.", [(3657.6, "m")]),
    ("The slot is 8 inches wide.", [(0.2032, "m")]),
    # a word for a group before a plural noun qualifies it; a participle the lexicon does not
    # know is no plural
    ("Two police officers were hurt in Brno.", [(2, "officer")]),
    ("Kessel won three straight unblemished rounds.", [(3, "round")]),
    # a figure and its unit hyphenated before a noun: the unit stays singular there
    ("Police cleared a one-mile radius around the depot.", [(1.609344, "km")]),
    ("The fire gutted a 4,000-square-foot warehouse.", [(4000 * 9.290304e-8, "km2")]),
    ("Crews built a 5-foot wall and a 10-kilometre levee.", [(1.524, "m"), (10, "km")]),
    ("It was a 30-minute drive to a three-day fair.", [(30, "minutes"), (3, "days")]),
    ("The panel wrote a 1,200-page report.", [(1200, "page")]),
    ("The warehouse covers 4,000 square feet.", [(4000 * 9.290304e-8, "km2")]),
    # ... not an age (claims.ages reads it), nor a word that counts nothing
    ("A 3-fold rise and a 50-odd crowd.", []),
])
def test_what_a_number_counts(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare figure after a verb of level or change is the level of the clause's subject, however
    # far back the subject's head noun stands
    ("The death toll from the flooding in Kerala has climbed to 150, officials said.", [(150, "deaths")]),
    ("The death toll in Kano rose from 12 to 40.", [(40, "deaths")]),  # 12 was the toll before
    ("The population of the island is about 80,000.", [(80000, "people")]),
    ("The town's population has now reached 12,500.", [(12500, "people")]),
    # "the number of" a plural noun counts that noun, as "2 million asylum seekers" would
    ("The number of asylum seekers has risen to 2 million.", [(2_000_000, "seeker")]),
    ("The tally of confirmed cases stood at 3,400 on Friday.", [(3400, "case")]),
    # no plural after "number of", or no verb of level: nothing is counted
    ("The number of the beast is 666.", []),
    # a bare figure after a verb of change, with no "to", is the change (a reviewer's probes)
    ("The number of jobless claims rose 12,000 last week.", []),
    # a toll charged on a bridge or a road is no death toll
    ("The toll on the new bridge has risen to 12.", []),
    ("The death toll, which officials gave on Monday, shocked the 40 who heard it.", []),
])
def test_a_bare_figure_counts_what_its_subject_names(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("About 40 staff left the plant.", 40, "staff"),  # the same word for one and many
    ("There were 3 aircraft on the runway.", 3, "aircraft"),
    ("He owns 3 cars and a boat.", 3, "car"),
    # a number before a noun that stays singular counts that noun: the flat has 2 bedrooms
    ("They rent a 2 bedroom flat near the port.", 2, "bedroom"),
    ("Stacy has a 33 page history paper due.", 33, "page"),
])
def test_counts_of_nouns_whose_plural_is_the_word_or_a_plural(text: str, value: float, unit: str) -> None:
    assert [(c.value, c.unit) for c in claims_of(text)] == [(value, unit)]


@pytest.mark.parametrize(("text", "expected"), [
    # names and model numbers before the counted noun qualify it
    ("The four Estonian Defence League volunteers who went missing were found.", [(4, "volunteer")]),
    ("Kask led three other RAF F-35 pilots on the first sortie.", [(3, "pilot")]),
    # a scale word glued to the digits
    ("The charity lost its $3million annual grant.", [(3_000_000, "USD")]),
    # numbers that name or identify: a lower-camel product's version, a record number, a frequency
    ("Since iOS 9 shipped, the icons are flat.", []),
    ("The parcel marked 20170123456 arrived in June.", []),
    ("Call 5551234567 for tickets.", []),
    ("Listen to the Vikerraadio 104.1 interview.", []),
    ("Reviewers praised the iPad Air 2 before its launch.", []),
    ("The firm plans two large-format xPhone 6 models this year.", [(2, "model")]),
    ("Sales of the Zephyr 6 and 6 Plus as part of the launch were strong.", []),
    # an article stands right before its number word: "a $25 million round" is $25 million
    ("Kask raised a $25 million round in January.", [(25_000_000, "USD")]),
    # a thousands group is no number of its own ("top-1,000": the 1 is cut off by the hyphen)
    ("It sits below the top-1,000 downloaded apps.", []),
    # ... while money written without separators and fractional plurals stay amounts
    ("The city paid $12000000 for the bridge.", [(12_000_000, "USD")]),
    ("It cost 12000000 dollars to build.", [(12_000_000, "USD")]),
    ("About 25000000 people live in the delta.", [(25_000_000, "people")]),
    ("Temperatures saw a 1.5 degree rise.", [(1.5, "degree")]),  # a decimal after no name
    ("Families there have 2.4 children on average.", [(2.4, "child")]),
    # a collective noun in the singular counts people ("30 militia"), as do verbs and compounds
    ("The raid killed 30 militia near Varna.", [(30, "militia")]),
    ("30 die as a ferry capsizes off Varna.", [(30, "die")]),
    ("A nine member panel reviewed the case.", [(9, "member")]),
])
def test_counted_nouns_and_identifiers(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(c.value, c.unit) for c in claims_of(text)] == expected


def test_rank_is_a_rank() -> None:
    (claim,) = claims_of("The loss of Syria’s third largest city is a blow.")
    assert (claim.kind, claim.value, claim.unit) == ("rank", 3, "rank")
    assert claim.topic == "rank: largest city (Syria)"


def test_no_rank_without_ordinal() -> None:
    assert claims_of("As the largest city in central Syria, Homs matters.") == []


@pytest.mark.parametrize(
    ("left", "label", "low", "high"),
    [("a population nearing ", "nearly", 0.9, 1.0), ("more than ", "more than", 1.0, float("inf")),
     ("up to ", "at most", 0.0, 1.0), ("around ", "about", 0.9, 1.1), ("the ", "", 1.0, 1.0)],
)
def test_qualifiers(left: str, label: str, low: float, high: float) -> None:
    assert qualifier_before(left) == (label, low, high)


@pytest.mark.parametrize(("text", "low", "high"), [
    # a round figure: a tenth either way
    ("Some 800,000 people live there.", 720_000, 880_000),
    ("It has revenue of around $90bn.", 81e9, 99e9),
    # written to its tens or hundreds: rounded there, a twentieth either way at least
    ("Its revenue was about $360 million last year.", 342e6, 378e6),
    ("About 3,400 residents fled.", 3_230, 3_570),
    ("About 1,200 people came.", 1_100, 1_300),
    ("Roughly 2.7 million people live there.", 2.565e6, 2.835e6),
    # a last 5 may be a half; a count under a hundred is counted, and keeps its tenth
    ("About 150 people came.", 135, 165),
    ("About $1.25 billion was spent.", 1.125e9, 1.375e9),
    ("About 36 people came.", 32.4, 39.6),
    # one-sided hedges are not symmetric reaches
    ("Nearly 360 people came.", 324, 360),
])
def test_a_hedge_reaches_as_far_as_the_figure_was_rounded(text: str, low: float, high: float) -> None:
    (claim,) = claims_of(text)
    assert (claim.low, claim.high) == (pytest.approx(low), pytest.approx(high))


@given(st.sampled_from(["about", "roughly", "an estimated", "some"]),
       st.from_regex(r"[$]?[0-9][0-9,.]{0,12}(?: ?(?:m|bn|million|billion))?", fullmatch=True))
def test_a_hedged_figure_always_holds_its_own_value(hedge: str, figure: str) -> None:
    for claim in claims_of(f"The firm said {hedge} {figure} people came."):
        assert claim.low <= claim.value <= claim.high


def test_hedged_ranges_decide_compatibility() -> None:
    first = claims_of("Homs has a population nearing 800,000.")[0]
    second = claims_of("Homs has around 1.5 million inhabitants.")[0]
    third = claims_of("Homs has about 780,000 inhabitants.")[0]
    assert not first.compatible_with(second)
    assert first.compatible_with(third)


@pytest.mark.parametrize(("word", "single"), [("lives", "life"), ("cities", "city"),
                                              ("people", "people"), ("journalists", "journalist")])
def test_singular(word: str, single: str) -> None:
    assert singular(word) == single


def test_a_decimal_after_a_sentence_opening_word_is_still_a_figure() -> None:
    assert [c.value for c in claims_of("A 7.8 magnitude earthquake struck central Nepal.")] == [7.8]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("The city has 800,000 people.", 750_000, 850_000),  # half a unit of the last significant digit
    ("Its revenue was $100 billion.", 95e9, 105e9),  # a leading 1 is read to the next digit
    ("There were 10 boats.", 10, 10),  # under a hundred, a count is exact: "20 years" is not 18
    ("He was sentenced to 20 years.", 20, 20),
    ("There were 100 boats.", 95, 105),
    ("There were 1,200 boats.", 1_150, 1_250),
    ("There were 7 boats.", 7, 7),
    ("It has 2 million people.", 1.8e6, 2.2e6),  # at most a tenth either way
    ("There were 300 boats.", 270, 330),
    ("It has 2.5 million people.", 2.45e6, 2.55e6),
])
def test_a_round_figure_admits_what_rounding_to_it_would(text: str, low: float, high: float) -> None:
    (claim,) = claims_of(text)
    assert (claim.low, claim.high) == pytest.approx((low, high))


@pytest.mark.parametrize(("text", "expected"), [
    # signs, codes and names of currencies other than the dollar, euro and pound (CLDR via Babel)
    ("Bread costs 500 Syrian pounds in the market.", [(500, "SYP", "500 Syrian pounds")]),
    ("The studio raised 10 million yuan last month.", [(10_000_000, "CNY", "10 million yuan")]),
    ("Tickets cost ¥10,000 each.", [(10_000, "JPY", "10,000")]),
    ("The bank paid EUR 2 million to settle.", [(2_000_000, "EUR", "2 million")]),
    ("The offer rose to USD 18.50 per share.", [(18.5, "USD", "18.50")]),
    ("The mine was sold for CA$2 million.", [(2_000_000, "CAD", "2 million")]),
    # a dollar sign with letters CLDR does not know is that dollar, not the US one
    ("The mine was sold for C$2 million.", [(2_000_000, "C$", "2 million")]),
    # what English news means by bare "dollars" and "pounds"; "pounds of" weighs something
    ("Revenue reached 3 billion pounds last year.", [(3_000_000_000, "GBP", "3 billion pounds")]),
    ("The boat carried 40 pounds of cocaine.", [(40 * 0.45359237, "kg", "40 pounds")]),
    # a capitalised currency word before a noun is a nationality
    ("The three Afghani soldiers went missing.", [(3, "soldier", "three Afghani soldiers")]),
    # a code that is also an English word is a word (Tonga's TOP, Albania's ALL)
    ("TOP 10 things to know about the raid.", [(10, "thing", "10 things")]),
    ("The army lost 5 TOP officers.", [(5, "officer", "5 TOP officers")]),
])
def test_currencies(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(pytest.approx(c.value), c.unit, c.quote) for c in claims_of(text)] == expected


@pytest.mark.parametrize(("text", "ages"), [
    ("Mensah (42) told the court he was at home.", [42]),
    ("Kask, 42, told the court he was at home.", [42]),
    # a bracketed count after a plural noun is no age
    ("Previous Next Comments (73) A boy was handed an invoice.", []),
    ("Images: Getty Images (3)", []),
])
def test_ages_in_apposition_follow_a_name(text: str, ages: list[float]) -> None:
    from desktop_app.core.claims.ages import age_claims

    assert [c.value for c in age_claims(text, split_sentences(text, SPLITTER))] == ages


@pytest.mark.parametrize("text", ["The flight left at 3 or 4 pm.", "It ended at 9 a.m. and at 10pm.",
                                  "The polls close at 8 GMT."])
def test_clock_times_are_no_figures(text: str) -> None:
    assert claims_of(text) == []


def test_a_counted_noun_after_three_modifiers() -> None:
    (claim,) = claims_of("Police shot 20 suspected red sandalwood smugglers near Tirupati.")
    assert (claim.value, claim.unit) == (20, "smuggler")


@pytest.mark.parametrize(("text", "expected"), [
    # an adjective before a unit leaves the unit ("vertical feet"), unless it makes another one
    ("The jet came within 800 vertical feet of the tower.", [(243.84, "m")]),
    ("The lake covers 5 square miles.", [(5 * 2.589988110336, "km2")]),  # an area, in km2
    # a subordinate clause or an adverb of time after a number is no counted noun
    ("The total will be around 75 when all surveys are complete.", []),
    ("Its population is 5.7bn now.", [(5.7e9, "people")]),
    # a number word capitalised inside a name is no figure; in a headline's title case it is one
    ("Ohio State won the Big Ten championship game.", []),
    ("The Jackson Five sold 100 million records.", [(1e8, "record")]),
])
def test_units_subordinate_clauses_and_names(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare "pounds" weighs unless money is spoken of: a price or fine word, a dollar conversion, a scale
    ("By then he had hit 337 pounds.", [(337 * 0.45359237, "kg")]),
    ("He lost 40 pounds in a year.", [(40 * 0.45359237, "kg")]),
    ("The council fined the landlord 5,000 pounds.", [(5000, "GBP")]),
    ("She won 5,000 pounds ($6,200) in the draw.", [(5000, "GBP"), (6200, "USD")]),
    ("The hotel charged 500 pounds sterling a night.", [(500, "GBP")]),
    ("The club paid 2 million pounds for him.", [(2_000_000, "GBP")]),
    # speeds, in km/h whatever the unit written
    ("Gusts as high as 75 mph downed power lines.", [(75 * 1.609344, "km/h")]),
    ("The train reached 300 km/h on the test run.", [(300, "km/h")]),
    ("The sailor tied three knots in the rope.", [(3, "knot")]),  # knots are tied too
    ("Winds of 100 miles per hour hit the coast.", [(160.9344, "km/h")]),
    ("The town is 30 km/20 miles away.", [(30, "km")]),
    # areas of land, in km2 whatever the unit written
    ("The fire has burned 4,000 hectares of forest.", [(40, "km2")]),
    ("The fire has burned 19 square miles of forest.", [(19 * 2.589988110336, "km2")]),
    ("The fire has burned 12,000 acres of forest.", [(12000 * 0.0040468564224, "km2")]),
    # "one" counts a casualty before a singular noun whose clause dies or is wounded; no other "one"
    ("One person has died in the fire near Dunmore, officials said.", [(1, "person")]),
    ("At least one soldier was wounded in the attack.", [(1, "soldier")]),
    ("No one was killed in the blast.", []),
    ("One of the victims died in hospital.", []),
    ("One day after the attack five people died.", [(5, "people")]),
    ("One Direction member Liam was injured on stage.", []),
    ("One thing is clear: nobody died.", []),
])
def test_weights_and_speeds(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part of a plural whole is counted in the whole's noun; a number in the whole is its own,
    # and the part, counted in the same noun, still is ("won 303 of the 543 seats")
    ("The attackers encrypted 85 of the university's servers.", [(85, "server")]),
    ("About 1,380 of its members walked out on Monday.", [(1380, "member")]),
    ("Two of the arrested cartel members paid the gunmen.", [(2, "member")]),
    ("He won 12 of the 15 races.", [(12, "race"), (15, "race")]),
    ("Labour won 12 of the council's 20 seats.", [(12, "seat"), (20, "seat")]),
    ("One of the victims died in hospital.", []),
    ("Some 40 of them were injured.", []),
])
def test_a_part_is_counted_in_its_wholes_noun(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plain number from 1800 to 2100 is a year unless a plural says what it counts; with a comma
    # it is never one ("$1,920" was read as a year)
    ("The firm laid off 1,915 workers.", [(1915, "worker")]),
    ("The deal cost $1,920 in all.", [(1920, "USD")]),
    ("Police arrested 1800 people during the riots.", [(1800, "people")]),
    ("The museum opened in 1915.", []),
    # after "the", a plain year-like number names by its year (a count would have its comma)
    ("The 1915 killings of Armenians were remembered.", []),
    ("Israel would return to the 1967 borders.", []),
    ("The 1,800 workers at the plant went on strike.", [(1800, "worker")]),
    # a plural that modifies what follows is the year's; a weekday after a count changes nothing
    ("Malaga face 1997 champions Borussia Dortmund.", []),
    ("Tributes came from the 1966 players' families.", []),
    ("Before the late 1980's some nations gave land away.", []),
    ("Police arrested 1800 people Tuesday.", [(1800, "people")]),
    # after a plural possessor a distance or a singular noun names a sport's event
    ("Mutola won the women's 800 metres on Saturday.", []),
    ("Nesbitt won the women's 1,000 speed skating event.", []),
    ("She won the women's ten thousand metres.", []),
    ("She won the girls' 400 metres hurdles.", []),
    ("The protesters' 12 demands were read out.", [(12, "demand")]),
    ("The company's 500 employees walked out.", [(500, "employee")]),
    ("The teachers' 5 dollar fee went up.", [(5, "USD")]),  # money, not an event
    # a place in a ranking, and digits inside a name before a singular noun, count nothing
    ("Italian world No. 13 Sara Errani won.", []),
    ("She was the first woman to lead a Fortune 500 company.", []),
    ("In Wales 300 sheep died in the snow.", [(300, "died")]),  # after a preposition, a place
    ("In Gaza 1 person died on Monday.", [(1, "died")]),
    ("The ashes of Mercury 7 astronaut Gordon Cooper flew.", []),  # a count above one takes a plural
    ("He said no. 3 aides then quit.", [(3, "aide")]),
    ("About 500 company employees quit.", [(500, "employee")]),
    ("Shares rose 2 percent.", [(2, "percent")]),
    # a numbered name that does something; a count after a place, or of those who were hurt, stays
    ("The FTSE 100 closed higher on Friday.", []),
    ("Apollo 11 landed on the moon.", []),
    ("In Gaza 12 fled their homes.", [(12, "fled")]),
    ("About 300 fled the town.", [(300, "fled")]),
    ("Kabul 12 killed in blast.", [(12, "deaths")]),
    ("Officials said 12 were hurt.", [(12, "person")]),
    # a currency code before the amount is no name's number, at a clause's end too
    ("It raised EUR 500 million.", [(5e8, "EUR")]),
    ("He runs Windows 10.", []),
])
def test_years_ranks_and_names_before_nouns(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a capitalised word and a number written together more than once name something
    ("Local 1187 says 1,380 members walked out. Members of Local 1187 voted.", [(1380, "member")]),
    ("Route 9 was shut. Crews cleared Route 9 by noon.", []),
    # once, or after a date's month, the rule says nothing
    ("Local 1187 says 1,380 members walked out.", [(1187, "say"), (1380, "member")]),
    ("On July 10, 40 workers quit. By July 10 the rest had left.", [(40, "worker")]),
])
def test_a_number_named_twice_after_one_capitalised_word_is_a_name(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plural right after a plural is the compound's head; after "and"/"or" the coordinated head
    ("CNN profiles five sports stars who reached the top.", [(5, "star")]),
    ("Police arrested 12 arms dealers.", [(12, "dealer")]),
    ("The ministry quarantined more than 4,700 pig and poultry farms.", [(4700, "farm")]),
    ("Two pilots and three passengers died.", [(2, "pilot"), (3, "passenger")]),
    ("He bought 5 apples and pears.", [(5, "apple")]),
    ("The 12 oil and gas exploration companies agreed.", [(12, "company")]),
    ("It bought 20 oil and the prices rose.", [(20, "oil")]),
    # five words of a compound before its head
    ("Of the 175 baby milk powder production companies, few complied.", [(175, "company")]),
    # an adjective or noun in "-ly" before a plural describes what is counted; an adverb ends the phrase
    ("The app has 5 million monthly active users.", [(5_000_000, "user")]),
    ("She has 20 family members.", [(20, "member")]),
    ("Some 300 deadly attacks were recorded.", [(300, "attack")]),
    ("He counted 20 only yesterday.", []),
    # a preposition after the count ends its phrase; a singular noun describes only a noun after it
    ("Plane crash kills 4 near Anchorage", [(4, "person")]),
    ("Storm kills 3 outside Dallas", [(3, "person")]),
    ("A 33 page paper was released.", [(33, "page")]),
    # the Indian numbering system's scales
    ("It cost ₹3,000 crore.", [(3e10, "INR")]),
    ("Over 5 lakh people attended.", [(5e5, "people")]),
    # an invariant plural before a verb in -s is read as before
    ("The 40 people makes a team.", [(40, "people")]),
])
def test_compound_and_coordinated_heads(text: str, expected: list[tuple[float | None, str]]) -> None:
    found = [(c.value if c.qualifier != "vague" else None, c.unit) for c in claims_of(text)]
    assert found == [(pytest.approx(v) if v is not None else None, u) for v, u in expected]


def test_figures_in_compound_adjectives_conflict_as_any_other() -> None:
    first = "Police ordered everyone living within a one-mile radius of the Tarsk depot to leave."
    second = "Police ordered everyone living within a two-mile radius of the Tarsk depot to leave."
    findings = analyze([document_from_text("a", first), document_from_text("b", second)]).findings
    assert [(f.kind, f.values) for f in findings] == [
        ("conflict", ("one-mile (1.61 km)", "two-mile (3.22 km)"))]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Exposed pupils must stay home for 21 days after their last exposure.", 21, "days"),
    ("Symptoms appear within 14 days after infection.", 14, "days"),
])
def test_for_a_time_after_something_is_a_duration(text: str, value: float, unit: str) -> None:
    """ "For" or "within" before "21 days after" says how long, where "21 days after" alone says when."""
    assert values_and_units(text) == [(value, unit)]


@pytest.mark.parametrize(("text", "expected"), [
    # a number before a verb counts what the sentence counted last, with the verb kept apart
    ("Four of the detainees were moved to Bermuda; 13 remain at the base.",
     [(4, "detainee", "count of detainee"), (13, "detainee", "count of detainee (remain)")]),
    ("The insurer has received 3,400 claims; 295 paid so far.",
     [(3400, "claim", "count of claim"), (295, "claim", "count of claim (paid)")]),
    ("Two of the cartel members paid the gunmen, and two acted as lookouts.",
     [(2, "member", "count of member"), (2, "member", "count of member (acted)")]),
    # a verb of dying stays a toll; with nothing counted before, the verb is all there is
    ("Four miners were trapped and two died.",
     [(4, "miner", "count of miner"), (2, "died", "deaths")]),
    ("The three arrived 11 days ago.", [(3, "arrived", "count of arrived")]),
])
def test_a_count_whose_noun_is_left_out_takes_the_last_counted_noun(
        text: str, expected: list[tuple[float, str, str]]) -> None:
    framed = analyze([document_from_text("d", text)]).documents[0].claims
    assert [(pytest.approx(c.value), c.unit, c.attribute) for c in framed] == expected
