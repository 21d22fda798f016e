"""Actor extraction: people, organizations, places, titles and surname coreference."""

from __future__ import annotations

import pytest

from newsline.records import Article
from newsline.text.actors import (
    Actor,
    ActorIndex,
    NERUnavailable,
    extract_actors,
    merge_actors,
)


def actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(Article(id="a", text=text))}


def test_surname_title_and_role_mentions_join_one_person() -> None:
    text = (
        "Water Minister Lena Okafor visited Port Ellery on Monday. Okafor met farmers. "
        "The minister promised new wells, and Ms. Okafor stayed in Velmar."
    )
    got = actors(text)
    okafor = got["Lena Okafor"]
    assert okafor.kind == "person"
    assert okafor.mentions == 4  # full name, surname, "the minister", "Ms. Okafor"
    assert okafor.titles[0] == "Water Minister"
    assert "Okafor" not in got
    assert got["Port Ellery"].kind == "place"
    assert got["Velmar"].kind == "place"


def test_organizations_from_heads_gazetteer_and_role_nouns() -> None:
    text = (
        "The Halvard Mining Company closed its pit. The company blamed a collapse. "
        "The World Health Organization and NATO were not involved, Kenya said."
    )
    got = actors(text)
    assert got["Halvard Mining Company"].kind == "organization"
    assert got["Halvard Mining Company"].mentions == 2
    assert got["World Health Organization"].kind == "organization"
    assert got["North Atlantic Treaty Organization"].kind == "organization"  # alias NATO
    assert got["Kenya"].kind == "place"


def test_titles_before_and_after_names() -> None:
    text = (
        "Union leader Gustav Brennan spoke first. Tomas Brandvik, the director of the "
        "Greyhaven Water Board, replied. The offer came from the company's negotiator, "
        "Lars Eklund."
    )
    got = actors(text)
    assert got["Gustav Brennan"].titles == ("Union leader",)
    assert got["Tomas Brandvik"].titles == ("director of the Greyhaven Water Board",)
    assert got["Lars Eklund"].titles == ("company's negotiator",)
    assert got["Greyhaven Water Board"].kind == "organization"


def test_sentence_initial_words_and_pairs_are_split() -> None:
    text = "Yesterday Tariq Benali and Sofia Lindgren met in Aldmere. Critics were unconvinced."
    got = actors(text)
    assert set(got) == {"Tariq Benali", "Sofia Lindgren", "Aldmere"}


def test_ambiguous_surname_is_not_merged() -> None:
    index = ActorIndex("Lena Okafor and Daniel Okafor run the ferry. Okafor spoke.")
    assert index.normalize_person("Okafor") is None
    assert index.normalize_person("Lena Okafor") == "Lena Okafor"


def test_merge_actors_across_articles_of_one_event() -> None:
    a = [Actor("Lena Okafor", "person", 3, ("Water Minister",)), Actor("Velmar", "place", 1)]
    b = [
        Actor("Okafor", "person", 2, ("minister",)),
        Actor("the Ministry of Water", "organization", 1),
    ]
    c = [Actor("Ministry of Water", "organization", 2), Actor("Velmar", "place", 2)]
    merged = {x.name: x for x in merge_actors([a, b, c])}
    assert merged["Lena Okafor"].mentions == 5
    assert merged["Lena Okafor"].titles == ("Water Minister", "minister")
    assert "Okafor" not in merged
    assert merged["Velmar"].mentions == 3
    orgs = [x for x in merged.values() if x.kind == "organization"]
    assert len(orgs) == 1 and orgs[0].mentions == 3


def test_actor_to_dict() -> None:
    assert Actor("Lena Okafor", "person", 2, ("Minister",)).to_dict() == {
        "name": "Lena Okafor",
        "kind": "person",
        "mentions": 2,
        "titles": ["Minister"],
    }


def test_spacy_model_that_is_not_installed_gives_a_clear_error() -> None:
    pytest.importorskip("spacy")
    with pytest.raises(NERUnavailable, match="not installed"):
        extract_actors(Article(id="a", text="Lena Okafor spoke."), ner="spacy:xx_no_such_model")


def test_unknown_ner_backend_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown ner"):
        extract_actors(Article(id="a", text="Lena Okafor spoke."), ner="stanza:en")


def test_spacy_spans_go_through_the_same_normalization() -> None:
    text = "Minister Lena Okafor spoke in Velmar. Okafor left."
    spans = [(0, 20, "person"), (30, 36, "place"), (38, 44, "person")]
    got = {a.name: a for a in ActorIndex(text, spans=spans).actors()}
    assert got["Lena Okafor"].mentions == 2
    assert got["Lena Okafor"].titles[0] == "Minister"
    assert got["Velmar"].kind == "place"


def test_empty_and_odd_text_do_not_crash() -> None:
    for text in ["", "   ", "A", "THE END.", "O'Brien-Smith & Co. of the", "\n\n\n", "“”"]:
        extract_actors(Article(id="a", text=text))


def test_context_makes_two_word_names_organizations_or_places() -> None:
    text = (
        "The Brackwater Singers toured in May. Shipping group Halloran Marine posted a loss. "
        "Vestry Power, the regional grid operator, cut supply. She grew up in the village of "
        "Ember Ford. Visitors left Marrow Zoo on Sunday."
    )
    got = actors(text)
    assert got["Brackwater Singers"].kind == "organization"
    assert got["Halloran Marine"].kind == "organization"
    assert got["Vestry Power"].kind == "organization"
    assert got["Ember Ford"].kind == "place"
    assert got["Marrow Zoo"].kind == "organization"


def test_gender_from_the_persons_own_sentence() -> None:
    index = ActorIndex(
        "Coach Ilse Marten said she would rest three players. Mayor Dov Keller said his "
        "office was closed. Judge Ana Wolde, accusing him of lying, left."
    )
    assert index.gender_of("Ilse Marten") == "f"
    assert index.gender_of("Dov Keller") == "m"
    assert index.gender_of("Ana Wolde") is None  # "him" is someone else


def test_first_name_reference_and_occupation_titles() -> None:
    index = ActorIndex("Harbourmaster Tilde Rask met Objector Jonas Brekke.")
    assert index.normalize_person("Tilde") == "Tilde Rask"
    assert index.titles_of("Jonas Brekke") == ["Objector"]


def test_start_up_described_after_its_name_is_an_organization() -> None:
    text = "Pellowbright, a start-up in the town of Ardrun that makes bike lamps, hired 40 staff."
    assert actors(text)["Pellowbright"].kind == "organization"


def test_capital_ends_an_investment_firm_name() -> None:
    text = "The round was led by Tarnhollow Capital, whose partner Ines Varga backed it."
    assert actors(text)["Tarnhollow Capital"].kind == "organization"


def test_kinship_appositive_gives_title_and_gender() -> None:
    text = "Dario Menck runs the bakery with his older sister, Oona Menck."
    index = ActorIndex(text)
    assert index.titles_of("Oona Menck") == ["older sister"]
    assert index.gender_of("Oona Menck") == "f"


def test_pronoun_in_a_clause_after_another_persons_pronoun_gives_no_gender() -> None:
    text = (
        "Ivo Parrish has run the kiln for 40 years. His assistant, Kit Selby, will take it "
        "over when he retires."
    )
    assert ActorIndex(text).gender_of("Kit Selby") is None


def test_role_after_a_possessive_before_the_name_is_a_title() -> None:
    text = "Kelvar's chief negotiator, Anja Rusk, left early. Her coach, Timo Saar, stayed."
    index = ActorIndex(text)
    assert index.titles_of("Anja Rusk") == ["chief negotiator"]
    assert index.titles_of("Timo Saar") == ["coach"]


def test_clause_after_a_name_is_not_an_appositive_title() -> None:
    text = "According to the treasurer, Rita Mole, a box of receipts had been filed twice."
    assert ActorIndex(text).titles_of("Rita Mole") == ["treasurer"]


def test_leading_occupation_and_area_names_and_extra_org_heads() -> None:
    got = actors(
        "Singer Maren Oskarsdottir sang. The Dunhill and District Railway ran late. "
        "Peter Singer wrote a book. Talks with Corran Assurance failed."
    )
    assert got["Maren Oskarsdottir"].titles == ("Singer",)
    assert got["Peter Singer"].kind == "person"
    assert got["Dunhill and District Railway"].kind == "organization"
    assert got["Corran Assurance"].kind == "organization"


def test_business_plural_heads_name_companies() -> None:
    got = actors(
        "Altamar Grocers' shares fell. Cairnloch Minerals cut jobs. Brightwell Homes sold out."
    )
    assert got["Altamar Grocers"].kind == "organization"
    assert got["Cairnloch Minerals"].kind == "organization"
    assert got["Brightwell Homes"].kind == "organization"


def test_an_acronym_defined_in_brackets_names_the_body_and_x_and_y_share_a_surname() -> None:
    got = actors(
        "The Amalgamated Union of Rail and Tram Workers (AURTW) called a strike. The AURTW "
        "said talks had failed. The former owners, Ruth and Alan Gesby, sold the brewery."
    )
    assert got["Amalgamated Union of Rail and Tram Workers"].mentions >= 2
    assert "AURTW" not in got
    assert got["Ruth Gesby"].kind == "person" and got["Alan Gesby"].kind == "person"


def test_a_description_opening_a_sentence_and_initials_and_headings() -> None:
    got = actors(
        "Cub Scout Freya Lund won a badge. J. Peter Pham spoke. NEWS IN BRIEF ran on page two."
    )
    assert got["Freya Lund"].titles == ("Cub Scout",)
    assert "J. Peter Pham" in got
    assert "NEWS IN BRIEF" not in got


def test_surname_before_a_namesake_is_introduced_is_the_first_person() -> None:
    text = "Rena Voss spoke first. Voss said no. Later Aldo Voss arrived. Voss left."
    index = ActorIndex(text)
    first = [m for m in index.mentions if m.surface == "Voss"]
    assert first[0].name == "Rena Voss" and first[0].kind == "person"
    assert first[1].kind == "shared"


def test_the_river_name_is_a_place_and_crew_positions_are_titles() -> None:
    got = actors("Anglers on the River Hollin said the water was low. Stroke Jonas Beck rowed.")
    assert got["River Hollin"].kind == "place"
    assert got["Jonas Beck"].kind == "person"
    assert got["Jonas Beck"].titles[0] == "Stroke"


def test_given_name_gender_is_only_a_fallback() -> None:
    index = ActorIndex("Maria Voss and Sasha Rell met. Piotr Adler said he agreed.")
    assert index.given_name_gender("Maria Voss") == "f"
    assert index.given_name_gender("Sasha Rell") is None  # worn by both: not listed
    assert index.gender_of("Maria Voss") is None  # weak evidence is not a known gender


def test_descriptive_words_and_titles_before_a_name_are_not_part_of_it() -> None:
    got = actors(
        "Unseeded Tilda Marsk beat the favourite. Headteacher Orla Brennick closed the school."
    )
    assert got["Tilda Marsk"].kind == "person"
    assert got["Orla Brennick"].titles[0] == "Headteacher"
    assert not any(name.startswith(("Unseeded", "Headteacher")) for name in got)


def test_members_body_joined_by_and_is_one_organization() -> None:
    got = actors("Piet Osk leads the Ship and Dock Workers' Association in Harnby.")
    assert got["Ship and Dock Workers' Association"].kind == "organization"


def test_described_single_name_and_rail_company_are_organizations() -> None:
    got = actors("Flights by budget carrier Flyvora stopped. Brenmoor Rail cut two trains.")
    assert got["Flyvora"].kind == "organization"
    assert got["Brenmoor Rail"].kind == "organization"


def test_appositive_after_a_role_of_a_body_names_a_person() -> None:
    got = actors("The chief executive of the bank, Ines Marlow, confirmed the cuts.")
    assert got["Ines Marlow"].kind == "person"


def test_a_pronoun_after_a_name_that_is_an_object_gives_no_gender() -> None:
    index = ActorIndex("Under cross-examination by barrister Orrin Hale, she agreed it was late.")
    assert index.gender_of("Orrin Hale") is None


def test_a_pronoun_against_the_given_name_leaves_the_gender_unknown() -> None:
    index = ActorIndex("Quentin Marle said she would go.")
    assert index.gender_of("Quentin Marle") is None


def test_an_occasion_is_not_an_actor() -> None:
    got = actors("More than 3,000 people came to the Allmoor Agricultural Show on Saturday.")
    assert "Allmoor Agricultural Show" not in got


def test_a_person_with_a_job_noun_before_the_name_stays_a_person() -> None:
    got = actors(
        'The claim was dismissed on the North Gate picket line. "Come and count us," said '
        "crane operator Jonas Petrak."
    )
    assert got["Jonas Petrak"].kind == "person"
    assert got["North Gate"].kind == "place"


def test_police_rank_capitals_are_titles_only_before_a_full_name() -> None:
    got = actors("DC Mia Hargreaves led the inquiry. Shares in PC World fell.")
    assert got["Mia Hargreaves"].titles == ("DC",)
    assert "World" not in got


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Critic Hollin Marsh praised the hang.", "Hollin Marsh", "Critic"),
        ("Umpire Dilys Wren called off play.", "Dilys Wren", "Umpire"),
        ("Substitute Yuri Tembo scored.", "Yuri Tembo", "Substitute"),
        ("Supervisor Greta Hallam voted against.", "Greta Hallam", "Supervisor"),
    ],
)
def test_an_occupation_or_office_before_a_name_is_its_title(
    text: str, name: str, title: str
) -> None:
    assert actors(text)[name].titles == (title,)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Frostwell Dairies recalled yoghurt.", "Frostwell Dairies"),
        ("Vestor Semiconductors will build a plant.", "Vestor Semiconductors"),
        (
            "The Grocery and Retail Workers Union said it would strike.",
            "Grocery and Retail Workers Union",
        ),
        (
            "Nobody was hurt, according to Northmoor Fire and Rescue Service.",
            "Northmoor Fire and Rescue Service",
        ),
    ],
)
def test_trade_words_and_joined_names_make_one_body(text: str, name: str) -> None:
    assert actors(text)[name].kind == "organization"
