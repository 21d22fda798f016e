"""Quote extraction: every attribution form news uses, and bad input that must not mislead."""

from __future__ import annotations

import itertools
import json
from datetime import date
from pathlib import Path

import pytest

from newsline.records import Article
from newsline.text.quotes import Quote, extract_quotes
from newsline.text.sentences import split_sentences

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "quotes"


def article(text: str, published: date | None = date(2026, 4, 6)) -> Article:
    return Article(id="a1", text=text, published=published, sentences=split_sentences(text))


def quotes(text: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.text, q.kind) for q in extract_quotes(article(text))]


def test_quote_record_shape() -> None:
    text = 'Minister Lena Okafor spoke in Port Ellery.\n\n"We cannot wait for rain," Okafor said.'
    (q,) = extract_quotes(article(text))
    assert isinstance(q, Quote)
    assert q.to_dict() == {
        "speaker": "Lena Okafor",
        "speaker_title": "Minister",
        "text": "We cannot wait for rain",
        "kind": "direct",
        "cue": "said",
        "article_id": "a1",
        "sentence_index": 1,
        "date": "2026-04-06",
    }
    json.dumps(q.to_dict())


def test_surname_after_quote_normalizes_to_full_name() -> None:
    text = 'Dana Whitfield chaired the meeting. "The budget holds," Whitfield said.'
    assert quotes(text) == [("Dana Whitfield", "The budget holds", "direct")]


def test_inverted_cue_keeps_the_appositive_title() -> None:
    text = (
        '"The reservoir is at its lowest level," said Tomas Brandvik, the director of the '
        "Greyhaven Water Board."
    )
    (q,) = extract_quotes(article(text))
    assert q.speaker == "Tomas Brandvik"
    assert q.speaker_title == "director of the Greyhaven Water Board"
    assert q.kind == "direct"


def test_colon_introduction() -> None:
    text = 'Asked about the delays, Jonas Keller told reporters: "Nobody here is happy about it."'
    (q,) = extract_quotes(article(text))
    assert (q.speaker, q.kind, q.cue) == ("Jonas Keller", "direct", "told reporters")
    assert q.text == "Nobody here is happy about it."


def test_pronoun_resolves_to_the_only_person_in_reach() -> None:
    text = (
        "Rafael Quintero has fished the bay for thirty years.\n\n"
        '"They never asked any of us," he said. "Not once."'
    )
    assert quotes(text) == [
        ("Rafael Quintero", "They never asked any of us", "direct"),
        ("Rafael Quintero", "Not once.", "direct"),
    ]


def test_indirect_forms() -> None:
    text = (
        "Amina Suleiman, the head of the nurses' union, told reporters that the strike would "
        "continue. The Halvard Mining Company said in a statement that it had suspended work. "
        "No workers were hurt, the company said."
    )
    got = extract_quotes(article(text))
    assert [(q.speaker, q.text, q.kind) for q in got] == [
        ("Amina Suleiman", "the strike would continue", "indirect"),
        ("Halvard Mining Company", "it had suspended work", "indirect"),
        ("Halvard Mining Company", "No workers were hurt", "indirect"),
    ]
    assert got[0].speaker_title == "head of the nurses' union"
    assert got[1].cue == "said in a statement"


def test_social_media_and_adding_that() -> None:
    text = (
        "Senator Jonas Keller wrote on social media that he would challenge the result. "
        '"Safety comes first," said Keller, adding that inspectors would visit every site.'
    )
    assert quotes(text) == [
        ("Jonas Keller", "he would challenge the result", "indirect"),
        ("Jonas Keller", "Safety comes first", "direct"),
        ("Jonas Keller", "inspectors would visit every site", "indirect"),
    ]


def test_partial_quotes_hang_on_the_sentence_subject() -> None:
    text = (
        "Opposition leader Priya Natarajan rejected the proposal, calling the plan "
        '"dead on arrival" in parliament. Marek Dobrev resigned on Friday, saying the governor '
        'had "run out of road" on pensions.'
    )
    assert quotes(text) == [
        ("Priya Natarajan", "dead on arrival", "partial"),
        ("Marek Dobrev", "run out of road", "partial"),
    ]


def test_according_to_front_and_back() -> None:
    text = (
        "According to the Port Ellery Transit Authority, the night buses will return in March. "
        "The bridge will cost 40 million crowns more, according to Hannah Castellano, the "
        'city engineer. The offer was "final and generous," according to the negotiator, '
        "Lars Eklund."
    )
    got = extract_quotes(article(text))
    assert [(q.speaker, q.kind, q.cue) for q in got] == [
        ("Port Ellery Transit Authority", "indirect", "according to"),
        ("Hannah Castellano", "indirect", "according to"),
        ("Lars Eklund", "partial", "according to"),
    ]
    assert got[2].speaker_title == "negotiator"


def test_multi_sentence_and_multi_paragraph_quotes() -> None:
    text = (
        "Ines Moreau spoke to shareholders.\n\n"
        '"This was the hardest year," Moreau said. "Prices doubled.\n\n'
        '"But we kept every store open."'
    )
    assert quotes(text) == [
        ("Ines Moreau", "This was the hardest year", "direct"),
        ("Ines Moreau", "Prices doubled. But we kept every store open.", "direct"),
    ]


def test_organizations_as_speakers() -> None:
    text = (
        'The Ministry of Labour ordered checks. "Safety is first," the ministry said in a '
        "statement. The mayor's office stated that the fireworks would go ahead. "
        '"The airport stays closed," a spokeswoman for Kestrel Airways said.'
    )
    got = extract_quotes(article(text))
    assert [(q.speaker, q.kind) for q in got] == [
        ("Ministry of Labour", "direct"),
        ("the mayor's office", "indirect"),
        ("Kestrel Airways", "direct"),
    ]
    assert got[2].speaker_title == "spokeswoman"


@pytest.mark.parametrize(
    "text",
    [
        "“We will not,” Yusuf Demir said, “accept this deal.”",
        "``We will not,'' Yusuf Demir said, ``accept this deal.''",
        '"We will not," Yusuf Demir said, "accept this deal."',
    ],
)
def test_curly_straight_and_ptb_marks_and_interrupted_quotes(text: str) -> None:
    assert quotes(text) == [("Yusuf Demir", "We will not accept this deal.", "direct")]


def test_role_noun_resolves_to_the_one_person_with_that_title() -> None:
    text = (
        "Clara Vossberg, the health minister, visited the clinic. "
        '"The water came up to here," the minister said.'
    )
    assert quotes(text) == [("Clara Vossberg", "The water came up to here", "direct")]


# --- bad input -----------------------------------------------------------------------------


def test_ambiguous_pronoun_gets_no_speaker() -> None:
    text = (
        "Prime Minister Arvid Solheim was asked whether Water Minister Lena Okafor would lead "
        'the talks. "Leave it to Okafor," he said.'
    )
    assert quotes(text) == [(None, "Leave it to Okafor", "direct")]


def test_pronoun_without_antecedent_gets_no_speaker() -> None:
    assert quotes('"It was like the sky fell in," she said. Rescue teams worked all night.') == [
        (None, "It was like the sky fell in", "direct")
    ]


def test_two_people_sharing_a_surname_get_no_speaker() -> None:
    text = (
        'Lena Okafor and her brother, Daniel Okafor, run the firm. "We will not sell," Okafor said.'
    )
    assert quotes(text) == [(None, "We will not sell", "direct")]


def test_unclosed_quote_does_not_swallow_the_next_quote() -> None:
    text = (
        'Councillor Ada Brightmore said the vote was "a disgrace. "We were given the papers an '
        'hour before the meeting," she said.'
    )
    got = quotes(text)
    assert (
        "Ada Brightmore",
        "We were given the papers an hour before the meeting",
        "direct",
    ) in got
    assert all(speaker == "Ada Brightmore" for speaker, _t, _k in got)


def test_missing_closing_mark_before_the_cue_is_repaired() -> None:
    text = '"We have 40 crews out and more coming, said Nadia Kova, a spokeswoman for Voltria.'
    assert quotes(text) == [("Nadia Kova", "We have 40 crews out and more coming", "direct")]


def test_quote_wrapping_the_whole_article_is_unwrapped() -> None:
    text = (
        '"Residents woke to find their cars under water on Saturday. "I have never seen this," '
        'said Beatriz Lunde, 71. The council said drainage works would begin next month."'
    )
    assert quotes(text) == [
        ("Beatriz Lunde", "I have never seen this", "direct"),
        ("the council", "drainage works would begin next month", "indirect"),
    ]
    assert quotes('"Heavy rain is expected on Sunday. Drivers should avoid the coast road."') == []


def test_nested_quotes_stay_inside_the_outer_quote() -> None:
    text = "“He said “pack your bags” and walked out,” said Dmitri Albescu, a former worker."
    assert quotes(text) == [("Dmitri Albescu", "He said “pack your bags” and walked out", "direct")]


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    text = (
        'Posters reading "No to the tower" appeared. The film "Salt and Iron" opened the '
        "festival on Friday."
    )
    assert quotes(text) == []


def test_quote_date_is_none_without_a_publication_date() -> None:
    (q,) = extract_quotes(article('"Fine," said Lars Eklund.', published=None))
    assert q.date is None


MARKS = ['"', "“", "”", "``", "''", "'", ","]


def test_garbage_quote_marks_never_crash() -> None:
    words = ["Okafor said", "she said", "the ministry", "We", "according to", ".", "\n\n"]
    for combo in itertools.product(MARKS, words, MARKS, words):
        text = "Lena Okafor spoke " + "".join(combo) + " and left" + combo[0]
        for q in extract_quotes(article(text)):
            assert q.speaker in (None, "Lena Okafor", "Ministry", "the ministry")
    assert extract_quotes(article("")) == []
    assert extract_quotes(article('"' * 50)) == []


@pytest.mark.skipif(not (DATA / "quotes.jsonl").exists(), reason="evaluation set not present")
def test_evaluation_set_meets_the_targets() -> None:
    import sys

    sys.path.insert(0, str(DATA.parents[1]))
    from quotes import load, score_item, total  # benchmarks/quotes.py

    items = load(DATA / "quotes.jsonl")
    results = [
        score_item(it, [q.to_dict() for q in extract_quotes(article(it["text"]))]) for it in items
    ]
    t = total(results)
    assert t["precision"] >= 0.95
    assert t["recall"] >= 0.85
    assert t["wrong"] == 0


def test_merge_quotes_normalizes_speakers_and_drops_syndicated_repeats() -> None:
    from newsline.text.quotes import merge_quotes

    wire = Quote(
        "Lena Okafor", "Minister", "We cannot wait for rain", "direct", "said", "a1", 2, None
    )
    repost = Quote(
        "Lena Okafor", None, "We cannot wait for the rain", "direct", "said", "a2", 0, None
    )
    short = Quote(
        "Okafor", None, "The wells will be dug by June", "indirect", "said", "a3", 4, None
    )
    other = Quote(
        "Tomas Brandvik", None, "We cannot wait for rain", "direct", "said", "a3", 5, None
    )
    merged = merge_quotes([wire, repost, short, other])
    assert [(q.speaker, q.article_id) for q in merged] == [
        ("Lena Okafor", "a1"),
        ("Lena Okafor", "a3"),
        ("Tomas Brandvik", "a3"),
    ]


def test_merge_quotes_shows_a_speakers_title_on_all_their_quotes() -> None:
    from newsline.text.quotes import merge_quotes

    def q(speaker: str, title: str | None, text: str, aid: str) -> Quote:
        return Quote(speaker, title, text, "direct", "said", aid, 0, None)

    merged = merge_quotes(
        [
            q("Ada Voss", None, "The cranes stay idle until Monday", "a1"),
            q("Ada Voss", "harbour master", "Nobody crosses the picket line", "a2"),
            q("Ada Voss", "harbour master", "We will reopen the north gate first", "a3"),
            q("Ada Voss", "port official", "The ferries run as normal", "a4"),
            q("Jon Hale", None, "We were never asked", "a5"),
        ]
    )
    assert [m.speaker_title for m in merged] == [
        "harbour master",
        "harbour master",
        "harbour master",
        "port official",  # a title the report gives is kept
        None,  # nobody gave one
    ]


def test_merge_quotes_leaves_an_ambiguous_surname_alone() -> None:
    from newsline.text.actors import Actor
    from newsline.text.quotes import merge_quotes

    q = Quote("Okafor", None, "We will not sell", "direct", "said", "a1", 0, None)
    people = [Actor("Lena Okafor", "person", 1), Actor("Daniel Okafor", "person", 1)]
    assert merge_quotes([q], people)[0].speaker == "Okafor"


def test_quotes_and_actors_share_one_index() -> None:
    from newsline.text.quotes import quotes_and_actors

    text = 'Water Minister Lena Okafor spoke in Velmar. "We will dig," the minister said.'
    found, actors = quotes_and_actors(article(text))
    assert [(q.speaker, q.speaker_title) for q in found] == [("Lena Okafor", "Water Minister")]
    assert {(a.name, a.kind) for a in actors} == {("Lena Okafor", "person"), ("Velmar", "place")}


def test_long_pathological_articles_finish_with_safe_answers() -> None:
    two_people = "Lena Okafor and Tom Berg met. " * 200 + '"We agree on nothing," she said. ' * 500
    got = extract_quotes(article(two_people))
    assert len(got) == 500
    assert all(q.speaker is None for q in got)
    assert extract_quotes(article('Okafor said "' + 'x " ' * 2000)) == []


def test_second_quote_with_its_own_cue_is_not_merged_into_the_first() -> None:
    text = '"We lost," Lena Okafor said, "but we will be back," Tom Berg added.'
    assert quotes(text) == [
        ("Lena Okafor", "We lost", "direct"),
        ("Tom Berg", "but we will be back", "direct"),
    ]


# --- excerpts, datelines and documents ------------------------------------------------------


def test_merge_quotes_keeps_the_full_quote_when_another_outlet_runs_an_excerpt() -> None:
    from newsline.text.quotes import merge_quotes

    full = Quote(
        "Mira Tansel", "spokeswoman", "Both crews have agreed to keep the ferry running, and "
        "the council will meet them again within days.", "direct", "said", "courier", 3, None,
    )  # fmt: skip
    excerpt = Quote(
        "Mira Tansel", None, "Both crews have agreed to keep the ferry running", "direct",
        "said", "wire", 2, None,
    )  # fmt: skip
    other = Quote("Jon Arvik", None, "We sail at dawn", "direct", "said", "wire", 4, None)
    # the excerpt first (an earlier wire copy): the full text and its citation take its place
    merged = merge_quotes([excerpt, other, full])
    assert [(q.speaker, q.article_id, q.sentence_index) for q in merged] == [
        ("Mira Tansel", "courier", 3),
        ("Jon Arvik", "wire", 4),
    ]
    assert merged[0].text == full.text and merged[0].speaker_title == "spokeswoman"
    # the full quote first: the excerpt is dropped
    assert merge_quotes([full, excerpt]) == [full]
    # an ellipsis in the excerpt, and an unattributed copy of it
    cut = Quote(
        None, None, "Both crews have agreed ... the ferry running", "direct", None, "b", 1, None
    )
    assert [q.article_id for q in merge_quotes([full, cut])] == ["courier"]
    assert merge_quotes([cut, full])[0].speaker == "Mira Tansel"


def test_merge_quotes_keeps_short_or_scattered_overlaps_apart() -> None:
    from newsline.text.quotes import merge_quotes

    speech = Quote(
        "Mira Tansel", None, "The ferry is our road, and we will keep it running. We owe the "
        "island that much, and we owe our crews a fair deal.", "direct", "said", "a", 0, None,
    )  # fmt: skip
    short = Quote("Mira Tansel", None, "keep it running", "partial", "said", "b", 1, None)
    scattered = Quote(
        "Mira Tansel", None, "We owe the crews our road", "direct", "said", "b", 2, None
    )
    someone_else = Quote(
        "Jon Arvik", None, "we will keep it running", "direct", "said", "b", 3, None
    )
    assert len(merge_quotes([speech, short, scattered, someone_else])) == 4


def test_dateline_never_becomes_part_of_a_quote_or_a_speaker() -> None:
    text = (
        "SKELLBY, March 4 (Tidewater Wire) - Ferry talks broke up without a deal on Tuesday, "
        "the transport ministry said.\n\n"
        "Mira Tansel, the council's spokeswoman, said the crews would meet again next week."
    )
    assert quotes(text) == [
        ("the transport ministry", "Ferry talks broke up without a deal on Tuesday", "indirect"),
        ("Mira Tansel", "the crews would meet again next week", "indirect"),
    ]
    # the city of a dateline is no speaker; an undated dateline with its outlet is cut too
    text = "SKELLBY, March 4 (Tidewater Wire) - The ministry said that the ferry would sail again."
    assert [(q.speaker, q.text) for q in extract_quotes(article(text))] == [
        ("the ministry", "the ferry would sail again")
    ]
    text = "SKELLBY (Tidewater Wire) - Ferry talks broke up on Tuesday, the ministry said."
    assert quotes(text) == [("the ministry", "Ferry talks broke up on Tuesday", "indirect")]
    # a quote right after the dateline is direct, not a partial quote of the dateline
    text = 'SKELLBY, March 4 (Tidewater Wire) - "We sail at dawn," Jon Arvik said on Tuesday.'
    assert quotes(text) == [("Jon Arvik", "We sail at dawn", "direct")]


def test_dateline_names_no_actor() -> None:
    from newsline.text.actors import extract_actors

    text = (
        "SKELLBY, March 4 (Tidewater Wire) - Ferry crews walked out on Tuesday.\n\n"
        "Mira Tansel of the Skellby Ferry Company said talks would resume."
    )
    names = {a.name for a in extract_actors(article(text))}
    assert "Tidewater Wire" not in names and "SKELLBY" not in names
    assert "Mira Tansel" in names


def test_a_document_is_never_credited_as_the_speaker() -> None:
    from newsline.text.quotes import quotes_and_actors

    text = (
        '"We will sail," Mira Tansel said. "No ferry may sail at night," the Harbour Act states.'
        '\n\n"Every islander has a right to passage," the Constitution says.'
        "\n\nThe Ferry Charter states that crews must rest for ten hours a day."
        '\n\n"Acting is hard work," Jude Law said.'
    )
    found, actors = quotes_and_actors(article(text))
    assert [(q.speaker, q.text) for q in found] == [
        ("Mira Tansel", "We will sail"),
        (None, "No ferry may sail at night"),
        (None, "Every islander has a right to passage"),
        ("Jude Law", "Acting is hard work"),
    ]
    assert {a.name for a in actors} == {"Mira Tansel", "Jude Law"}


# --- rules added for the dev2 set (fictional sentences written for these tests) -------------


def test_he_said_is_refused_when_the_only_person_in_reach_is_a_woman() -> None:
    text = (
        "Harbour pilot Ingrid Solvang said she had never seen the channel so busy.\n\n"
        '"It was chaos out there," he said.'
    )
    assert quotes(text)[-1] == (None, "It was chaos out there", "direct")


def test_possessive_her_marks_gender_so_he_goes_to_the_man() -> None:
    text = (
        "Board chair Odile Fenwick said the budget, which her board had debated for weeks, "
        "was final. Pensioner Tobias Marr, a retired pilot, said it was unfair.\n\n"
        '"I have nothing against savings," he said.'
    )
    assert quotes(text)[-1] == ("Tobias Marr", "I have nothing against savings", "direct")


def test_pronoun_of_a_man_after_a_woman_in_an_earlier_paragraph_is_not_her() -> None:
    text = (
        "Ranger Beatrix Holm found the nest on Monday.\n\n"
        '"We are delighted," said keeper Lucas Brandt.\n\n'
        '"Truly delighted," he said.'
    )
    assert quotes(text)[-1] == ("Lucas Brandt", "Truly delighted", "direct")


def test_first_name_when_two_people_share_a_surname() -> None:
    text = (
        "The Kowalczyk sisters, Irena Kowalczyk and Marta Kowalczyk, run the bakery.\n\n"
        '"We open at five," Irena said. "Every day," Marta said. "Not always," Kowalczyk said.'
    )
    assert quotes(text) == [
        ("Irena Kowalczyk", "We open at five", "direct"),
        ("Marta Kowalczyk", "Every day", "direct"),
        (None, "Not always", "direct"),
    ]


def test_sentence_initial_occupation_is_a_title_not_a_first_name() -> None:
    text = (
        'Shopkeeper Wendell Ashby said the market "has never been quieter." '
        "Lighthousemaster Orla Finch said the lamp had failed twice."
    )
    got = extract_quotes(article(text))
    assert [(q.speaker, q.kind) for q in got] == [
        ("Wendell Ashby", "partial"),
        ("Orla Finch", "indirect"),
    ]
    assert got[0].speaker_title == "Shopkeeper"


def test_unnamed_person_in_reach_is_not_a_speaker() -> None:
    text = (
        "A man in the village of Dunmore Cross, who would not give his name, said the road "
        'flooded every winter. "We just wait it out," he said.'
    )
    assert all(sp is None for sp, _t, _k in quotes(text))


def test_the_company_is_the_articles_one_company_not_the_regulator() -> None:
    text = (
        "Brellin Telecom said on Monday that its network had failed for six hours.\n\n"
        "The energy regulator, Powerwatch, said it would look into the outage. Customers "
        "would get a refund next month, the company said."
    )
    assert quotes(text)[-2:] == [
        ("Powerwatch", "it would look into the outage", "indirect"),
        ("Brellin Telecom", "Customers would get a refund next month", "indirect"),
    ]


def test_named_spokesman_speaks_for_the_organization() -> None:
    text = (
        "Ferry firm Norrvik Lines cancelled two crossings. A Norrvik spokeswoman said the "
        "crews were safe. A Dalmor spokesman said the harbour would reopen on Friday."
    )
    assert quotes(text) == [
        ("Norrvik Lines", "the crews were safe", "indirect"),
        ("Dalmor", "the harbour would reopen on Friday", "indirect"),
    ]


def test_capitalized_word_then_description_then_name() -> None:
    text = (
        "Local baker Hedda Lindgren said the flour price had doubled. Campaign group "
        'Clean Rivers Now said the spill was "the worst in a decade."'
    )
    got = extract_quotes(article(text))
    assert [(q.speaker, q.kind) for q in got] == [
        ("Hedda Lindgren", "indirect"),
        ("Clean Rivers Now", "partial"),
    ]
    assert got[0].speaker_title == "Local baker"


def test_according_to_with_an_occupation_after_a_capitalized_word() -> None:
    text = "According to Maori elder Hemi Walker, the carving will return to the valley."
    assert quotes(text) == [("Hemi Walker", "the carving will return to the valley", "indirect")]


def test_reported_speech_after_a_partial_quote() -> None:
    text = (
        'Union leader Mira Halvorsen called the offer "an insult" and said members would '
        'vote on Friday. The landlord, Pellow Homes, said it had made "a generous offer" and '
        'would not raise it again. She called it "theft" and called on the mayor to act.'
    )
    got = quotes(text)
    assert ("Mira Halvorsen", "members would vote on Friday", "indirect") in got
    assert ("Pellow Homes", "would not raise it again", "indirect") in got
    assert not any("mayor" in t for _s, t, _k in got)  # "and called on": an act, not speech


def test_two_that_clauses_joined_by_but_are_two_quotes() -> None:
    text = (
        "Geologist Tamsin Vrij argued that the cliff was stable but warned that the path "
        "should stay closed."
    )
    assert quotes(text) == [
        ("Tamsin Vrij", "the cliff was stable", "indirect"),
        ("Tamsin Vrij", "the path should stay closed", "indirect"),
    ]


def test_cue_written_inside_one_pair_of_marks() -> None:
    text = (
        "Ferry captain Nils Aaberg said the crossing had been rough. "
        '"We held on and held on, he said. Then it passed."'
    )
    assert quotes(text)[-2:] == [
        ("Nils Aaberg", "We held on and held on", "direct"),
        ("Nils Aaberg", "Then it passed.", "direct"),
    ]


def test_last_quote_of_a_paragraph_left_unclosed() -> None:
    text = (
        'Judge Orla Kemper sentenced the pair. "You knew the risks," the judge said. '
        '"You took them anyway.\n\nThe hearing lasted an hour.'
    )
    assert quotes(text) == [
        ("Orla Kemper", "You knew the risks", "direct"),
        ("Orla Kemper", "You took them anyway.", "direct"),
    ]


def test_pronoun_after_a_multi_paragraph_quote_looks_back_from_its_start() -> None:
    text = (
        "Inspector Rhona Caddick said the search would go on.\n\n"
        '"We are not stopping. Not now.\n\n'
        '"Every lead matters," she said.'
    )
    (q,) = [q for q in extract_quotes(article(text)) if q.kind == "direct"]
    assert q.speaker == "Rhona Caddick"


def test_he_is_the_speaker_just_quoted_when_nobody_else_was_named_since() -> None:
    text = (
        "The trial of Aldo Fenn opened on Monday. His lawyer, Piers Ogunleye, said in his "
        'opening that the evidence was "paper thin." "My client is innocent," he said.'
    )
    assert quotes(text)[-1] == ("Piers Ogunleye", "My client is innocent", "direct")


def test_she_looks_past_a_man_to_the_one_woman_earlier() -> None:
    text = (
        "Council leader Hana Moritz said her cabinet had agreed the cuts. Trader Emil Sauer "
        "said they were unfair.\n\n"
        '"It will ruin us," he said.\n\n'
        "She said that the decision was final."
    )
    assert quotes(text)[-1] == ("Hana Moritz", "the decision was final", "indirect")


def test_the_title_of_a_place_before_the_name_is_a_role() -> None:
    text = (
        "The foreign minister of Carvalia, Dorin Vaskel, met envoys on Monday.\n\n"
        '"We are ready," the foreign minister said.'
    )
    assert quotes(text) == [("Dorin Vaskel", "We are ready", "direct")]


def test_indirect_statement_with_a_context_phrase_after_the_cue() -> None:
    text = (
        "Nurses in Tarnby will return to work on Monday, the Tarnby Nurses Union said on "
        "Friday, following a new pay offer."
    )
    assert quotes(text) == [
        ("Tarnby Nurses Union", "Nurses in Tarnby will return to work on Monday", "indirect")
    ]


def test_claim_verbs_need_a_clause_not_an_object() -> None:
    text = (
        "Treasurer Jonah Pirelli insisted the accounts were sound. "
        "Auditor Mae Okonkwo argued the case in court."
    )
    assert quotes(text) == [("Jonah Pirelli", "the accounts were sound", "indirect")]


def test_named_police_force_and_agency_of_a_place() -> None:
    text = (
        "Two men were arrested after a break-in at the marina, Korrin police said. "
        "The harbour will reopen on Tuesday, the Port Authority of Korrin said."
    )
    assert quotes(text) == [
        ("Korrin police", "Two men were arrested after a break-in at the marina", "indirect"),
        ("Port Authority of Korrin", "The harbour will reopen on Tuesday", "indirect"),
    ]


def test_marks_wrapping_the_whole_article_are_dropped() -> None:
    text = (
        '"Bins in Corley will be collected weekly from June, the Corley District Council said '
        "on Monday.\n\n"
        '"Nobody wants to wait a fortnight," said council leader Ada Voss.\n\n'
        'Residents welcomed the change."'
    )
    assert quotes(text) == [
        (
            "Corley District Council",
            "Bins in Corley will be collected weekly from June",
            "indirect",
        ),
        ("Ada Voss", "Nobody wants to wait a fortnight", "direct"),
    ]


def test_sentence_before_a_cueless_quote_introduces_its_speaker() -> None:
    text = (
        "Lock keeper Ewan Tolley watched the water climb the gates.\n\n"
        '"I have never seen it this high."\n\n'
        'He shook his head. "We were lucky."'
    )
    assert quotes(text) == [
        ("Ewan Tolley", "I have never seen it this high.", "direct"),
        ("Ewan Tolley", "We were lucky.", "direct"),
    ]


def test_cueless_quote_is_not_credited_to_the_person_it_talks_about() -> None:
    text = (
        "Painter Joss Amari died in March. His sister said he painted every day.\n\n"
        "Amari sold his first canvas at nineteen.\n\n"
        '"I still miss him every morning."'
    )
    assert quotes(text)[-1] == (None, "I still miss him every morning.", "direct")


def test_cueless_quote_after_a_sentence_naming_two_people_has_no_speaker() -> None:
    text = 'Nadia Petrov met Colm Hynes at the station.\n\n"We had not spoken in years."'
    assert quotes(text) == [(None, "We had not spoken in years.", "direct")]


def test_the_company_is_never_a_public_body() -> None:
    text = (
        "The Ministry of Health approved the new vaccine on Monday.\n\n"
        "Doses will ship in May, the company said."
    )
    assert quotes(text) == [("the company", "Doses will ship in May", "indirect")]


def test_confirmed_a_clause_but_said_another() -> None:
    text = (
        "A Tessaly spokeswoman confirmed the letter was real but said no decision had been "
        "made. The board confirmed the appointment."
    )
    assert quotes(text) == [
        ("Tessaly", "the letter was real", "indirect"),
        ("Tessaly", "no decision had been made", "indirect"),
    ]


def test_he_after_two_people_named_as_a_pair_has_no_speaker() -> None:
    text = (
        "Board chairman Teodor Vass and union leader Ambrose Kellam walked out of the talks.\n\n"
        '"Nobody listened to a word we said," he told reporters.'
    )
    assert quotes(text)[0][0] is None


def test_shared_surname_keeps_the_pronoun_in_its_paragraph() -> None:
    text = (
        "Radu Penhale lost his farm in the flood. His niece, Corina Penhale, took him in.\n\n"
        "Veterinarian Isolde Marwick said the herd had survived.\n\n"
        'Penhale now keeps bees. "I could not sit still," he said.'
    )
    assert quotes(text)[-1][0] == "Radu Penhale"


def test_detective_constable_is_a_title() -> None:
    text = 'Detective Constable Rhodri Fane said the gang took "every last coin" from the till.'
    assert quotes(text)[0][0] == "Rhodri Fane"


def test_capitalized_hyphenated_modifier_is_not_part_of_the_name() -> None:
    text = 'Long-serving Inspector Petra Quist said the fence was "a sieve" all winter.'
    assert quotes(text)[0][0] == "Petra Quist"


def test_unclosed_quote_before_a_pronoun_cue() -> None:
    text = (
        "Shop owner Osric Tamm said the oven had cracked overnight. "
        '"It went off like a shot, he said. "We lost the lot."'
    )
    got = quotes(text)
    assert ("Osric Tamm", "It went off like a shot", "direct") in got
    assert ("Osric Tamm", "We lost the lot.", "direct") in got


def test_several_lower_case_title_words_before_a_name() -> None:
    text = 'Kestrel Foods chief executive Hilde Anvik said there were "no plans at all" to move.'
    assert quotes(text)[0][0] == "Hilde Anvik"


def test_the_ministry_with_an_adjective_hangs_a_partial_quote() -> None:
    text = 'The energy ministry said it would "look again at every figure."'
    assert quotes(text)[0][:2] == ("the energy ministry", "look again at every figure.")


def test_auxiliary_between_subject_and_reporting_verb() -> None:
    text = "Treasurer Odile Brant had told members in a letter that the fund was nearly empty."
    assert quotes(text) == [("Odile Brant", "the fund was nearly empty", "indirect")]


def test_context_tail_a_day_after_the_cue() -> None:
    text = (
        "Velm has closed its consulate in Arro, the Velmish foreign ministry said on Friday, "
        "a day after protesters broke in."
    )
    got = quotes(text)
    assert got and got[0][0] == "the Velmish foreign ministry"


def test_appositive_subject_whose_name_follows_a_lower_case_title() -> None:
    text = (
        "Quist's deputy, botanist Amos Reddle of the Harl Institute, said the seeds had "
        "survived the frost."
    )
    assert quotes(text)[0][0] == "Amos Reddle"


def test_the_spokesman_speaks_for_the_body_introduced_earlier() -> None:
    text = (
        "A spokesman for the Verrin Water Board confirmed that two pumps had failed.\n\n"
        '"We are working around the clock," the spokesman said.'
    )
    assert quotes(text)[-1][0] == "Verrin Water Board"


def test_according_to_a_police_spokeswoman() -> None:
    text = "The van was found burnt out near the quarry, according to a police spokeswoman."
    assert quotes(text)[0][0] == "police"


def test_but_warned_that_after_a_partial_quote() -> None:
    text = (
        'Harbourmaster Elin Vost said the wall was "holding for now" along the east quay but '
        "warned that a spring tide could breach it."
    )
    got = quotes(text)
    assert ("Elin Vost", "a spring tide could breach it", "indirect") in got


def test_reported_clause_before_a_second_clause_with_a_quote() -> None:
    text = (
        "Curator Yannick Brell said the vase had been restored, and that the work was "
        '"painstaking."'
    )
    got = quotes(text)
    assert ("Yannick Brell", "the vase had been restored", "indirect") in got
    assert ("Yannick Brell", "painstaking.", "partial") in got


def test_the_service_is_the_one_service_named() -> None:
    text = 'The Arlen Postal Service has cut deliveries.\n\n"We had no choice," the service said.'
    assert quotes(text)[-1][0] == "Arlen Postal Service"


def test_company_said_credits_the_start_up_described_in_the_clause() -> None:
    text = (
        "Pellowbright, a start-up in the town of Ardrun that makes bike lamps, has raised "
        "3 million crowns, the company said on Monday."
    )
    assert quotes(text)[0][0] == "Pellowbright"


def test_pronoun_after_a_group_subject_is_nobody() -> None:
    text = (
        'Councillor Rhona Steel said the vote was close. "We lost by one," she said.\n\n'
        'At the shelter, families slept on camp beds. "We have nothing left," she said.'
    )
    got = quotes(text)
    assert got[-1] == (None, "We have nothing left", "direct")


def test_a_group_only_mentioned_late_in_the_sentence_does_not_block() -> None:
    text = (
        'Jonas Veld won the race.\n\nThe Ardrun sprinter was told by doctors to rest. "I did '
        'not listen," he said.'
    )
    assert quotes(text)[-1][0] == "Jonas Veld"


def test_said_before_a_possessive_clause_is_not_an_inverted_speaker() -> None:
    text = "Her trainer, Oskar Lind, said Varga's knee had healed by the spring."
    assert quotes(text) == [("Oskar Lind", "Varga's knee had healed by the spring", "indirect")]


def test_bracketed_aside_in_the_subject_is_skipped() -> None:
    text = "Her lawyer, Mina Roos (who worked without a fee), said she would appeal the ruling."
    assert quotes(text)[0][:2] == ("Mina Roos", "she would appeal the ruling")


def test_pronoun_goes_to_the_partner_named_with_a_woman() -> None:
    text = (
        "The mill belongs to Greta Holm and her partner, Aksel Brunn.\n\n"
        '"We kept every record," Ms. Holm said.\n\n'
        '"We will reopen in May," he said.'
    )
    assert quotes(text)[-1][0] == "Aksel Brunn"


def test_relative_named_by_kinship_resolves_later_mentions() -> None:
    text = (
        'Vera Koss runs the shop with her younger brother, Emil Koss. "We are busy," Vera '
        "Koss said.\n\n"
        'Her brother is less sure. "It will not last," he said.'
    )
    assert quotes(text)[1][0] == "Emil Koss"


def test_his_wife_said_credits_the_woman_introduced_as_his_wife() -> None:
    text = (
        "The campaign is led by Ivo Brandt and his wife, Lene Brandt.\n\n"
        "His wife, a former nurse, said the clinic had been full every day."
    )
    assert quotes(text)[0][:2] == ("Lene Brandt", "the clinic had been full every day")


def test_title_drops_the_owner_before_the_role() -> None:
    text = 'The clinic\'s medical director, Dr. Yara Holt, spoke.\n\n"Beds are full," Holt said.'
    (q,) = extract_quotes(article(text))
    assert q.speaker_title == "medical director"


def test_title_keeps_an_owner_inside_an_of_phrase() -> None:
    text = (
        "Ned Farrow, the secretary of the Pell Anglers' Association, spoke.\n\n"
        '"The river is empty," Farrow said.'
    )
    (q,) = extract_quotes(article(text))
    assert q.speaker_title == "secretary of the Pell Anglers' Association"


# --- blind3 round: rules written from invented sentences --------------------------------------


def test_occupation_before_a_full_name_is_a_title_not_part_of_the_name() -> None:
    text = 'Drummer Tobias Wrenfield left the band on Monday.\n\n"I needed a rest," Wrenfield said.'
    assert quotes(text) == [("Tobias Wrenfield", "I needed a rest", "direct")]
    text = 'Their envoy, Duke Anselm Farrow, said the talks were "nearly done."'
    assert quotes(text)[0][0] == "Anselm Farrow"


def test_live_blog_time_stamp_is_not_part_of_the_speaker_or_the_sentence() -> None:
    text = (
        "Flood updates\n\n"
        "16:40 — Police said they had closed the Marley bridge to all traffic.\n\n"
        '17:05 — "Stay off the river path," said Warden Ilsa Groen.'
    )
    got = quotes(text)
    assert [(s and s.lower(), k) for s, _t, k in got] == [
        ("police", "indirect"),
        ("ilsa groen", "direct"),
    ]


def test_he_after_the_text_called_the_one_person_she_is_someone_else() -> None:
    text = (
        '"Keep away from the shore," said Sergeant Ada Vorne. She added that the pier was shut.'
        '\n\n"I have never seen waves like it," he said, pointing at the harbour wall.'
    )
    got = quotes(text)
    assert got[0][0] == "Ada Vorne"
    assert ("Ada Vorne", "the pier was shut", "indirect") in got
    assert got[-1][0] is None


def test_article_wrapped_in_double_marks_nests_its_quotes_in_single_marks() -> None:
    text = (
        '"TARNE, May 2 - The ferry Gull Maid limped into port on Friday.\n\n'
        "'We bailed for two days,' said her mate, Corwin Ashby. 'The pumps gave up first.'\n\n"
        "Harbour staff said the ship's hull would be surveyed next week.\""
    )
    got = extract_quotes(article(text))
    assert [(q.speaker, q.text) for q in got[:2]] == [
        ("Corwin Ashby", "We bailed for two days"),
        ("Corwin Ashby", "The pumps gave up first."),
    ]
    assert got[0].speaker_title == "mate"


def test_interrupted_quote_with_an_aside_after_the_cue_is_one_quote() -> None:
    text = (
        '"The nets are fine," Ruan Pellow said, knotting a rope, "but the engine is not."\n\n'
        '"We waited," said Ester Kalm, who runs the bakery, "and then the water came in."'
    )
    assert quotes(text) == [
        ("Ruan Pellow", "The nets are fine but the engine is not.", "direct"),
        ("Ester Kalm", "We waited and then the water came in.", "direct"),
    ]


def test_shared_surname_means_the_one_introduced_so_far() -> None:
    text = (
        'Sculptor Wenna Idris opened her kiln. "It took a year," Idris said.\n\n'
        "Her cousin, Marten Idris, sold the clay. Idris said prices would rise."
    )
    got = quotes(text)
    assert got[0][0] == "Wenna Idris"
    assert all(s is None for s, _t, k in got if k == "indirect")


def test_quote_paragraph_carries_on_after_a_cue_or_a_colon() -> None:
    text = (
        'Zookeeper Livia Marsh fed the seals. "They know my boots," Marsh said.\n\n'
        '"Some mornings they wait at the gate."\n\n'
        "Asked about the funding cut, Marsh was blunt:\n\n"
        '"Without it we close in June."'
    )
    assert [s for s, _t, _k in quotes(text)] == ["Livia Marsh"] * 3


def test_quote_paragraph_is_not_carried_over_when_the_next_sentence_names_someone() -> None:
    text = (
        'Manager Odo Brask walked the pitch. "It is soaked," he said.\n\n'
        '"That is our best guess, yes."\n\n'
        "That was Inspector Wilma Tarn's answer when asked about the break-in."
    )
    assert quotes(text)[-1][0] is None


def test_role_noun_from_the_occupation_list_names_the_one_person() -> None:
    text = (
        "The village's only pharmacist, Joss Armitage, opens at six. "
        "The pharmacist said the shelves had been half empty since March."
    )
    assert quotes(text) == [
        ("Joss Armitage", "the shelves had been half empty since March", "indirect")
    ]


def test_unnamed_spokesperson_speaks_for_the_organization_just_named() -> None:
    text = (
        "Brinmoor Assurance confirmed that it had refused the claims. "
        'A spokeswoman said the policy excluded damage "caused by burst mains".\n\n'
        "A spokesperson for Brinmoor said the company would review each case again."
    )
    got = quotes(text)
    assert {s for s, _t, _k in got} == {"Brinmoor Assurance"}
    assert ("Brinmoor Assurance", "caused by burst mains", "partial") in got


def test_partial_quote_after_has_called_a_semicolon_or_according_to() -> None:
    text = (
        'The parish council has called the new bridge "a lifeline".\n\n'
        "Her partner, Iver Stoll, is the treasurer; he said the money was "
        'spent and "every penny accounted for".\n\n'
        'Their shop has, according to Stoll, "about a month of stock, at best".'
    )
    got = quotes(text)
    assert got[0][:2] == ("the parish council", "a lifeline")
    assert got[1][:2] == ("Iver Stoll", "every penny accounted for")
    assert got[2][:2] == ("Iver Stoll", "about a month of stock, at best")


def test_the_capitalized_adjective_descriptor_and_a_stray_mark_in_a_name() -> None:
    text = 'The Velsic interior ministry said in a statement that it was "ready to talk".'
    assert quotes(text)[0][0] == "the Velsic interior ministry"
    text = "Buses will not run on Friday, the Road and Rail Drivers ' Guild said."
    assert all(not (s or "").startswith("'") for s, _t, _k in quotes(text))


def test_according_to_a_described_body_credits_its_name() -> None:
    text = (
        "The ferry will stop running in March, according to the operator, Tarrant Sealink.\n\n"
        "Fares rose by a third, according to the regulator, Orwell Transit Board."
    )
    got = quotes(text)
    assert got[0][0] == "Tarrant Sealink"
    assert got[1][0] == "Orwell Transit Board"


def test_a_possessive_fragment_is_never_a_speaker() -> None:
    text = (
        "The choir will sing at the oldest church in town, St. Aldric’s, "
        "choirmaster Pauline Ostrow said."
    )
    (got,) = quotes(text)
    assert got[0] == "Pauline Ostrow"


def test_a_label_in_scare_quotes_is_nobody_s_words() -> None:
    text = (
        'Neighbors call the new depot the "tin palace," a name that stuck.\n\n'
        'Mayor Ilona Brack said the "tin palace" would be "open to everyone by June."'
    )
    got = [(s, t) for s, t, _k in quotes(text) if s]
    assert got == [("Ilona Brack", "open to everyone by June.")]


def test_a_river_is_never_a_speaker() -> None:
    text = (
        "A new weir on the River Calder near Brindley was approved on Tuesday.\n\n"
        "Work will begin in April, the council said."
    )
    (got,) = quotes(text)
    assert got[0] == "the council"


def test_a_rowing_position_is_a_title_not_part_of_the_name() -> None:
    text = 'Cox Maren Dahl, 19, said the boat felt "light as paper" in the last 500 meters.'
    q = extract_quotes(article(text))[0]
    assert (q.speaker, q.speaker_title) == ("Maren Dahl", "Cox")


def test_the_service_takes_the_fuller_lower_case_description() -> None:
    text = (
        "The regional ambulance service declared a major incident on Sunday.\n\n"
        '"Only call us if a life is at risk," the service said.'
    )
    (got,) = quotes(text)
    assert got[0] == "the regional ambulance service"


def test_she_after_an_unnamed_speaker_is_not_the_earlier_named_one() -> None:
    text = (
        '"The roof held," said Dr. Ines Farrow, the county engineer.\n\n'
        "A nurse at the shelter, who did not give her name, said the beds were full. "
        '"We turned families away at midnight," she said.'
    )
    got = quotes(text)
    assert got[0][0] == "Ines Farrow"
    assert all(s is None for s, t, _k in got if t.startswith("We turned"))


def test_a_pronoun_against_a_given_name_gender_is_refused() -> None:
    text = (
        '"We sleep on the roof when it is this hot," said Marta Szabo, 41, a market trader.\n\n'
        '"The nights are the worst part," he said.'
    )
    got = quotes(text)
    assert got[0][0] == "Marta Szabo"
    assert got[1][0] is None


def test_partial_after_a_long_subject_or_an_action() -> None:
    text = (
        "Otto Brandl, 61, who founded the choir in 1990, said he was "
        '"proud but exhausted." Council member Yara Penn, who chairs the arts panel, said '
        'the grant was "overdue." Constable Rhys Odell searched the lane and said the van '
        'was "nowhere to be seen."'
    )
    got = [s for s, _t, _k in quotes(text)]
    assert got == ["Otto Brandl", "Yara Penn", "Rhys Odell"]


def test_partial_after_a_subject_with_a_lower_case_appositive() -> None:
    text = (
        "The head of the jury, the architect Lorenz Falk, said the winning design was "
        '"quiet, modest and brave."'
    )
    (got,) = quotes(text)
    assert got[0] == "Lorenz Falk"


def test_indirect_clause_before_but_that_and_a_partial() -> None:
    text = (
        "Port director Tove Lind said the ferry had been delayed by fog but that "
        'passengers were "never in any danger."'
    )
    got = quotes(text)
    assert ("Tove Lind", "the ferry had been delayed by fog", "indirect") in got
    assert ("Tove Lind", "never in any danger.", "partial") in got


def test_the_group_s_spokeswoman_speaks_for_the_body_called_a_group() -> None:
    text = (
        "Builder Tessaro Homes will put up 300 flats by the canal, the firm said.\n\n"
        "Residents' group Save Dunmere Green said it would object.\n\n"
        '"We are not against homes," the group\'s spokeswoman said.'
    )
    got = quotes(text)
    assert got[-1][0] == "Save Dunmere Green"
    text = '"We will appeal," the group\'s spokesman said.'
    assert quotes(text)[0][0] is None


def test_said_one_thing_but_warned_that_another_gives_two_clauses() -> None:
    text = (
        "The Lowmoor Water Board said reservoir levels had recovered but warned that "
        "a hosepipe ban could return in August."
    )
    got = [(s, t) for s, t, _k in quotes(text)]
    assert ("Lowmoor Water Board", "reservoir levels had recovered") in got
    assert ("Lowmoor Water Board", "a hosepipe ban could return in August") in got


# -- naming the speaker in its fullest form -----------------------------------------------------


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_title) for q in extract_quotes(article(text))]


def test_role_noun_with_modifiers_resolves_to_the_named_body() -> None:
    text = (
        "Ferries to Skelda were cancelled again on Friday. The Harnby Harbour Authority "
        "blamed the storm.\n\n"
        'The harbour authority said the quay would reopen "as soon as it is safe."'
    )
    assert speakers(text) == [("Harnby Harbour Authority", None)]
    # Named only later, and with a scope word that is not in the name.
    text = (
        "Gardeners in Orlby face a watering ban from May, according to the regional water "
        "board.\n\nThe Orlby Vale Water Board has asked homes to save every drop."
    )
    (q,) = extract_quotes(article(text))
    assert q.speaker == "Orlby Vale Water Board"


def test_role_noun_stays_as_written_when_no_or_several_bodies_fit() -> None:
    text = (
        "Trains between Aske and Mirby stopped on Monday. The port authority said the "
        "tracks were flooded."
    )
    assert speakers(text)[0][0] in (None, "the port authority")
    text = (
        "The Skelda Port Authority and the Harnby Port Authority met on Monday. The port "
        "authority said talks would go on."
    )
    assert all(
        sp not in ("Skelda Port Authority", "Harnby Port Authority") for sp, _ in speakers(text)
    )


def test_role_noun_from_the_bodys_description() -> None:
    text = (
        "Hundreds of flights by budget carrier Flyvora were grounded on Sunday.\n\n"
        'The airline apologised, saying a supplier had made "a serious mistake."'
    )
    assert speakers(text) == [("Flyvora", None)]
    text = "Brenmoor Rail will close four stations on the coast line, the operator said on Tuesday."
    (q,) = extract_quotes(article(text))
    assert q.speaker == "Brenmoor Rail"


def test_members_union_resolves_to_the_one_union_named() -> None:
    text = (
        "Ferry crews will walk out on Friday, the sailors' union said.\n\n"
        "Its leader, Piet Osk, of the Ship and Dock Workers' Association, said talks had failed."
    )
    got = extract_quotes(article(text))
    assert got[0].speaker == "Ship and Dock Workers' Association"


def test_descriptive_word_and_title_before_a_full_name_are_split_off() -> None:
    text = (
        'Headteacher Orla Brennick told parents the plan was "the only fair option."\n\n'
        "Unseeded Tilda Marsk beat the favourite in three sets. "
        '"I just kept swinging," Marsk said.'
    )
    assert speakers(text) == [("Orla Brennick", "Headteacher"), ("Tilda Marsk", None)]


def test_short_form_of_a_body_resolves_to_its_full_name() -> None:
    text = (
        "Drinks group Varrow Holdings will buy the Teel Brewery. "
        '"It is a good fit," Varrow said in a statement.'
    )
    assert speakers(text) == [("Varrow Holdings", None)]
    # A person with that surname keeps the word.
    text = (
        "Drinks group Varrow Holdings hired Ada Varrow as chief executive. "
        '"It is a good fit," Varrow said.'
    )
    assert [sp for sp, _title in speakers(text)] == ["Ada Varrow"]


def test_reporters_question_is_not_the_answerers_quote() -> None:
    text = (
        '"We are sorry," said chief inspector Mila Sorn at a news conference.\n\n'
        '"Who knew about it?" one journalist asked. "Nobody in my team," Sorn replied.'
    )
    got = extract_quotes(article(text))
    question = next(q for q in got if q.text.startswith("Who knew"))
    assert question.speaker is None
    assert [q.speaker for q in got if q.text.startswith("Nobody")] == ["Mila Sorn"]


def test_outlet_that_saw_a_document_is_not_its_speaker() -> None:
    text = (
        "Harlow Mutual will shut 12 offices next year, according to a letter seen by the "
        "Dunmere Herald."
    )
    assert all(q.speaker != "Dunmere Herald" for q in extract_quotes(article(text)))


def test_an_unnamed_speaker_in_the_cue_stops_the_last_speaker_carrying_over() -> None:
    text = (
        "Council chair Wenna Tallis said she had asked the operator for a report.\n\n"
        '"They promised us a bus every ten minutes," said one shopkeeper on Mill Row.'
    )
    got = {t: sp for sp, t, _k in quotes(text)}
    assert got["They promised us a bus every ten minutes"] is None


def test_an_unnamed_role_then_the_name_credits_the_name() -> None:
    text = '"Nothing is coming up the road," said one man, Jory Pellan.'
    (q,) = extract_quotes(article(text))
    assert (q.speaker, q.speaker_title) == ("Jory Pellan", None)


def test_he_said_goes_to_the_subject_of_the_sentence_before_the_quote() -> None:
    text = (
        '"We spoke as neighbours," the envoy of Kell, Ilse Marrow, said after the talks. '
        'Her counterpart, Anto Vesk, was more guarded. "Words are cheap," he said.'
    )
    assert ("Anto Vesk", "Words are cheap", "direct") in quotes(text)


def test_an_object_before_the_quote_is_not_the_subject() -> None:
    text = (
        "Inspectors questioned Tam Rudge and Pell Orrin on Monday. Officers arrested Tam "
        'Rudge. "We are relieved," he said.'
    )
    assert ("Tam Rudge", "We are relieved", "direct") not in quotes(text)


def test_police_said_is_the_one_force_the_text_names() -> None:
    text = (
        "Two men were arrested in Millbrook on Sunday, according to Harrowdale Police.\n\n"
        "A stolen digger was used to pull the cash machine free, police said."
    )
    assert [sp for sp, _t, _k in quotes(text)] == ["Harrowdale Police", "Harrowdale Police"]


def test_a_spokesman_for_the_company_is_the_company_that_spoke() -> None:
    text = (
        "Residents' group Save Orrow Fields welcomed the ruling.\n\n"
        'Tarrin Homes said it was "disappointed" and would appeal.\n\n'
        '"We will study the reasoning carefully," a spokesman for the company said.'
    )
    got = {t: sp for sp, t, _k in quotes(text)}
    assert got["We will study the reasoning carefully"] == "Tarrin Homes"


def test_an_interrupted_quote_around_an_inverted_cue_with_an_appositive_is_one_quote() -> None:
    text = (
        '"What we found in Qarrow," said Amra Dell, the office\'s head of operations, '
        '"is a town living on flour and rainwater."\n\n'
        '"This club," said the trust\'s chairwoman, Mabel Osk, "belongs to the town."'
    )
    assert quotes(text) == [
        ("Amra Dell", "What we found in Qarrow is a town living on flour and rainwater.", "direct"),
        ("Mabel Osk", "This club belongs to the town.", "direct"),
    ]


def test_a_paragraph_ending_she_said_colon_introduces_the_next_quote_paragraph() -> None:
    text = (
        "Aid director Clara Mbeku said the seven were tired but well. In a statement read to "
        "reporters in Ndarra, she said:\n\n"
        '"Our colleagues have been through an ordeal none of us can imagine."'
    )
    got = {t: sp for sp, t, _k in quotes(text)}
    said = "Our colleagues have been through an ordeal none of us can imagine."
    assert got[said] == "Clara Mbeku"


def test_that_after_a_finite_verb_is_a_relative_pronoun_not_the_reported_clause() -> None:
    text = (
        "Inspector Lotta Venn said investigators were examining a section of track that had "
        "been repaired in March."
    )
    (q,) = extract_quotes(article(text))
    assert q.text.startswith("investigators were examining")


def test_an_article_pasted_inside_reopening_marks_yields_its_inner_quotes() -> None:
    text = (
        "“Detectives have appealed for help tracing a ship’s bell stolen on Tuesday.\n\n"
        "“Detective Sergeant Owen Pryce said: ‘It weighs about forty kilos.’\n\n"
        "“Anyone with information should call Greyport police.”"
    )
    assert quotes(text) == [("Owen Pryce", "It weighs about forty kilos.", "direct")]


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        (
            "Halvor Mining will cut 640 jobs at its smelter, the company said on Monday, "
            "blaming energy prices.",
            "Halvor Mining",
            "Halvor Mining will cut 640 jobs at its smelter",
        ),
        (
            "No one was injured, the national rail operator, Estra Rail, said.",
            "Estra Rail",
            "No one was injured",
        ),
        (
            "An inquiry heard from midwife Cat Feeny, who said staff had raised concerns 14 times.",
            "Cat Feeny",
            "staff had raised concerns 14 times",
        ),
        (
            "Mayor Priya Castel told the meeting the council would review the charges.",
            "Priya Castel",
            "the council would review the charges",
        ),
        (
            "Finance Minister Jurg Abel welcomed the decision but said the government would "
            "not cut its spending plans.",
            "Jurg Abel",
            "the government would not cut its spending plans",
        ),
        (
            "Security analyst Mikel Storr of the Sorne Institute for Strategic Studies said the "
            "expulsions were unusual.",
            "Mikel Storr",
            "the expulsions were unusual",
        ),
        ("Commander Rafa Quinter said 900 firefighters were now involved.", "Rafa Quinter", None),
    ],
)
def test_indirect_quote_forms(text: str, speaker: str, clause: str | None) -> None:
    (q,) = extract_quotes(article(text))
    assert q.speaker == speaker
    assert clause is None or q.text == clause


def test_a_body_named_with_of_is_not_cut_to_its_first_words() -> None:
    text = "The Environment Agency of Wessmore said more rain was forecast for Tuesday."
    assert quotes(text)[0][0] != "Environment Agency"


def test_told_the_inquiry_into_is_not_a_reported_clause() -> None:
    text = "Lord Garnet told the inquiry into the use of intelligence that the talks were brief."
    assert all(not t.startswith("into") for _sp, t, _k in quotes(text))


def test_an_interrupted_quote_with_a_day_after_the_cue_is_one_quote() -> None:
    text = '"We are close," club president Marty Kaplin said Thursday, "but not done."'
    assert quotes(text) == [("Marty Kaplin", "We are close but not done.", "direct")]


def test_two_bodies_announcing_together_are_not_one_speaker() -> None:
    text = (
        "Lakeside Health and Pinewood Medical Group announced Monday that they will merge "
        "into one system."
    )
    assert quotes(text) == []


def test_a_stat_after_added_is_not_a_reported_clause() -> None:
    text = "Tobin Grant scored 27 points and Marcus Bell added 19 as Keller beat Rowan 81-74."
    assert quotes(text) == []


def test_a_colon_sentence_with_a_pronoun_in_it_credits_nobody_by_position() -> None:
    text = (
        "Lois Capra brought up testimony in which he confidently stated: “The technology is safe.”"
    )
    assert all(sp != "Lois Capra" for sp, _t, _k in quotes(text))


@pytest.mark.parametrize(
    ("text", "speaker", "clause"),
    [
        (
            "At the Harbour Street loop on Saturday, rider Anil Bhatta, 34, said he had no "
            "other way to get to work.",
            "Anil Bhatta",
            "he had no other way to get to work",
        ),
        (
            "Meteorologist Hanna Szab of the weather service office in Garnet Springs said a "
            "survey team had confirmed a tornado.",
            "Hanna Szab",
            "a survey team had confirmed a tornado",
        ),
        (
            "Provincial police said they had responded to more than 120 collisions.",
            "Provincial police",
            "they had responded to more than 120 collisions",
        ),
        (
            "The deal must be approved by the regulator, the Health Review Board, which said "
            "in a statement that it would hold public hearings first.",
            "Health Review Board",
            "it would hold public hearings first",
        ),
        (
            "Principal Kevin Osey said Delgado regularly stays late to tutor students.",
            "Kevin Osey",
            "Delgado regularly stays late to tutor students",
        ),
        (
            "The county jail held 612 inmates on Friday, Sheriff Karen Dobb told county "
            "commissioners during a budget workshop.",
            "Karen Dobb",
            "The county jail held 612 inmates on Friday",
        ),
        (
            "Nurse Renee Castella gave evidence. Castella said the hospital had been short of "
            "four nurses that night, according to its own records.",
            "Renee Castella",
            None,
        ),
    ],
)
def test_more_indirect_quote_subjects(text: str, speaker: str, clause: str | None) -> None:
    (q,) = extract_quotes(article(text))
    assert q.speaker == speaker
    assert clause is None or q.text == clause


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It is not an excuse, she played better," the Italian said.', None),
        (
            'Colette Amesbury, an analyst at Brightwater Capital, said: "The market expects more."',
            "Colette Amesbury",
        ),
        (
            'The board of Orrin & Vail has rejected the approach, saying it "significantly '
            'undervalues" the company.',
            "Orrin & Vail",
        ),
    ],
)
def test_described_people_and_bodies_are_not_misnamed(text: str, speaker: str | None) -> None:
    assert quotes(text)[0][0] == speaker


def test_an_it_failure_names_no_body() -> None:
    text = (
        "Thousands were stranded after an IT failure grounded every SkyCelt flight. The "
        'airline said the fault was "not the result of a cyber attack" at all.'
    )
    assert all(sp != "IT" for sp, _t, _k in quotes(text))


def test_one_stallholder_said_stops_the_last_speaker_carrying_over() -> None:
    text = (
        "Council leader Becka Amis said the square would be better. “We will add signage,” "
        "she said.\n\n“They’re not listening,” one stallholder said as the meeting broke up."
    )
    got = {t: sp for sp, t, _k in quotes(text)}
    assert got["They’re not listening"] is None


def test_it_said_after_the_board_is_the_named_board() -> None:
    text = (
        "Gareth Lyle of the Ardmore Patients Forum said the Western Health Board had moved the "
        'goalposts.\n\nThe board rejected that claim. "The method is the same one used '
        'everywhere," it said in a statement.'
    )
    got = {t: sp for sp, t, _k in quotes(text)}
    assert got["The method is the same one used everywhere"] == "Western Health Board"


def test_a_title_in_quote_marks_is_nobodys_words() -> None:
    text = 'Director Callum Reys said the season opens with "The Salt Road" in June.'
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“It’s a start,” said one Alliance member of parliament, who asked not to be named.",
            None,
        ),
        (
            "Ruth Adeyemo's Civic Renewal Party said in a statement that it had documented "
            '"at least 19 irregularities" in one province.',
            "Civic Renewal Party",
        ),
        (
            "The governor of the Bank of Westmark told a committee on Wednesday that the bank had "
            "warned the lender three times.",
            None,
        ),
        ('"My lads have done 60 hours on little sleep," said Major Sean Quig.', "Sean Quig"),
    ],
)
def test_unnamed_members_party_owners_office_holders_and_ranks(
    text: str, speaker: str | None
) -> None:
    got = [sp for sp, _t, _k in quotes(text)]
    assert got[:1] == [speaker] if speaker else all(sp is None for sp in got)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ratepayers group Harrow Creek Residents Action said in a statement that it wanted "
            '"a proper look at the bill."',
            "Harrow Creek Residents Action",
        ),
        (
            "Stallard & Pyke, the department store chain, will close seven shops. It said staff "
            "would be offered roles in other stores where possible.",
            "Stallard & Pyke",
        ),
        (
            'Harwick General Hospital said it would "reflect carefully" on the case.',
            "Harwick General Hospital",
        ),
        (
            "The ship’s captain has been questioned by police, according to a Westhaven police "
            "spokeswoman.",
            "Westhaven police",
        ),
        ('"He is the best finisher in the league," the Spaniard added.', None),
        (
            "Oil was seeping into the gulf, Westoil said. Engineers worked all night, the "
            "government said.",
            None,
        ),
    ],
)
def test_body_names_kept_whole_and_described_people_unnamed(text: str, speaker: str | None) -> None:
    got = [sp for sp, _t, _k in quotes(text)]
    assert (
        got[-1:] == [speaker]
        if speaker
        else all(sp in (None, "Westoil", "the government") for sp in got)
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We want lecturers back," said Vice-Chancellor Martin Kessel-Rey.', "Martin Kessel-Rey"),
        (
            '"Talks without preconditions," said Council Secretary-General Amara Dufresne.',
            "Amara Dufresne",
        ),
        (
            '"Please stay at home," said Station Manager Lee Fairclow of Pennard Fire and Rescue.',
            "Lee Fairclow",
        ),
        ("Analysts at the Thornfield Institute said the government would miss its target.", None),
    ],
)
def test_hyphenated_offices_affiliations_and_groups_at_a_body(
    text: str, speaker: str | None
) -> None:
    got = [sp for sp, _t, _k in quotes(text)]
    assert got[:1] == [speaker] if speaker else all(sp is None for sp in got)


# Who the first quote of a short text is credited to, by the construction it tests (the id
# names the family of rule).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            '"We have paid for too long," said state Rep. Carla Muniz, a Democrat.',
            "Carla Muniz",
            id="titles_and_abbreviations_before_a_speakers_name",
        ),
        pytest.param(
            '"Please stay home," said Const. Marie-Josee Tremblin.',
            "Marie-Josee Tremblin",
            id="titles_and_abbreviations_before_a_speakers_name",
        ),
        pytest.param(
            '"It was empty for years," said Fire Marshal Oskar Lindgren.',
            "Oskar Lindgren",
            id="titles_and_abbreviations_before_a_speakers_name",
        ),
        pytest.param(
            "A spokesman for Health Minister Brendan Tolly said 24 beds would open in March.",
            "Brendan Tolly",
            id="titles_and_abbreviations_before_a_speakers_name",
        ),
        pytest.param(
            'Opposition leader Enzo Castel dismissed the deal as "a bribe dressed up as a budget".',
            "Enzo Castel",
            id="partial_quotes_hung_on_more_verbs_and_bodies",
        ),
        pytest.param(
            "Qarast’s defence ministry said in a statement that it had “no hostile intentions” "
            "towards Aldar.",
            "Qarast’s defence ministry",
            id="partial_quotes_hung_on_more_verbs_and_bodies",
        ),
        pytest.param(
            "Defence Minister Joaq Nkemel declined to confirm the numbers but said Aldar would "
            "“defend every metre” of its territory.",
            "Joaq Nkemel",
            id="partial_quotes_hung_on_more_verbs_and_bodies",
        ),
        pytest.param(
            "“This treaty means a lot,” said Vardel’s Health Minister, Johanna Eriks-Bello.",
            "Johanna Eriks-Bello",
            id="said_an_owners_role_then_the_name",
        ),
        pytest.param(
            "“We will be ready to host,” said the Aldar government’s spokeswoman, Lina Duarte.",
            "Lina Duarte",
            id="said_an_owners_role_then_the_name",
        ),
        pytest.param(
            "“Measles is back,” said the agency’s head of immunisation, Dr. Priya Ramanath.",
            "Priya Ramanath",
            id="said_an_owners_role_then_the_name",
        ),
        pytest.param(
            'State media quoted President Oduya Maki as saying the visit marked "a new chapter" '
            "between the two countries.",
            "Oduya Maki",
            id="partial_quote_subjects_in_later_clauses_and_quoted_as_saying",
        ),
        pytest.param(
            "Lumbar's government has kept its border open, but Deputy Interior Minister Joseph "
            'Mwanga warned on Monday that the country\'s "generosity has limits".',
            "Joseph Mwanga",
            id="partial_quote_subjects_in_later_clauses_and_quoted_as_saying",
        ),
        pytest.param(
            'Inside the chamber, Labour Minister Anton Falk told lawmakers the reform was "painful '
            'but unavoidable".',
            "Anton Falk",
            id="partial_quote_subjects_in_later_clauses_and_quoted_as_saying",
        ),
        pytest.param(
            "The Lord Mayor called for an inquiry, while Fennland said it was "
            '"extremely concerned" and condemned the violence.',
            "Fennland",
            id="partial_quote_subjects_in_later_clauses_and_quoted_as_saying",
        ),
        pytest.param(
            '"You are raising the price of a coffee," said Conservative MLA Ray Boisvan.',
            "Ray Boisvan",
            id="party_titles_and_services_in_speaker_names",
        ),
        pytest.param(
            '"This place has covered itself in glory," said Independent MP Rowan Ferro.',
            "Rowan Ferro",
            id="party_titles_and_services_in_speaker_names",
        ),
        pytest.param(
            '"I thought it was a seal," said Lifeguard Sophie Tennant.',
            "Sophie Tennant",
            id="party_titles_and_services_in_speaker_names",
        ),
        pytest.param(
            "Two firefighters were treated for smoke inhalation, according to Corrin Fire and "
            "Rescue.",
            "Corrin Fire and Rescue",
            id="party_titles_and_services_in_speaker_names",
        ),
        pytest.param(
            'Railnor, which operates the line, said in a statement that it was "deeply shocked" '
            "and had suspended services.",
            "Railnor",
            id="bodies_known_by_which_or_a_media_noun_and_legal_titles",
        ),
        pytest.param(
            'Tech site GadgetPilor said the phone was "beautifully made but absurdly priced".',
            "GadgetPilor",
            id="bodies_known_by_which_or_a_media_noun_and_legal_titles",
        ),
        pytest.param(
            "Defence counsel Fiachra Hogg said his client was “profoundly ashamed” and had repaid "
            "the money.",
            "Fiachra Hogg",
            id="bodies_known_by_which_or_a_media_noun_and_legal_titles",
        ),
        pytest.param(
            '"We have been raising this for two years," said Parent Dawn Kitchin.',
            "Dawn Kitchin",
            id="bodies_known_by_which_or_a_media_noun_and_legal_titles",
        ),
        pytest.param(
            '"This is the first sign of tension," said the Herald\'s Arwa Damir.',
            "Arwa Damir",
            id="an_outlet_or_employer_before_a_persons_name_is_not_part_of_it",
        ),
        pytest.param(
            "Westoil's Tony Haywood said he had seen no evidence that safety was compromised.",
            "Tony Haywood",
            id="an_outlet_or_employer_before_a_persons_name_is_not_part_of_it",
        ),
        pytest.param(
            'Turkish PM Recep Erdal said Turkey would not "remain a spectator" to the killings.',
            "Recep Erdal",
            id="an_outlet_or_employer_before_a_persons_name_is_not_part_of_it",
        ),
        pytest.param(
            "The regulator, the Office for Rail Fares, said the operator had overcharged "
            "passengers for two years.",
            "Office for Rail Fares",
            id="a_role_noun_with_the_bodys_name_in_apposition_credits_the_name",
        ),
        pytest.param(
            "Kestrow Robotics, a start-up that builds pruning machines, raised money from "
            "investors led by Harl Capital.\n\n"
            "The company said it would open a factory in Tessmoor next year.",
            "Kestrow Robotics",
            id="the_company_is_the_one_body_the_text_calls_a_business",
        ),
        pytest.param(
            'The borough said in a statement that it was "exploring every option."',
            "the borough",
            id="a_borough_speaks_as_a_body",
        ),
        pytest.param(
            "According to a poll by Orrow Research for the Evening Lamp, the two are separated "
            "by three points.",
            "Orrow Research",
            id="according_to_a_poll_by_a_pollster_for_a_paper_is_the_pollster",
        ),
        pytest.param(
            "The town council of Brennmoor voted 7-2 to close the branch library.\n\n"
            "The collection will be moved to the central library, the council said.",
            "the town council of Brennmoor",
            id="the_council_is_the_council_of_the_place_the_text_named",
        ),
        pytest.param(
            "Prime Minister Selim Aydar addressed the nation on Wednesday evening: “Whole villages "
            "have disappeared. We need help.”",
            "Selim Aydar",
            id="a_sentence_opening_with_the_speaker_and_ending_in_a_colon_introduces_the_quote",
        ),
        pytest.param(
            "Jess Oduba, who runs the Blue Kettle cafe on Market Street, said: “Half my trade is "
            "people popping in after work.”",
            "Jess Oduba",
            id="a_who_clause_before_a_colon_intro_is_not_the_speaker",
        ),
        pytest.param(
            "Roads in Pelton and Hythe Cross were covered in ice.\n\n"
            '"It sounded like gravel," she said.',
            None,
            id="a_place_is_no_antecedent_for_she",
        ),
        pytest.param(
            "Amre Moussan, the Egyptian secretary-general of the Arab League, told CNN that the "
            "country should focus on reforms.",
            "Amre Moussan",
            id="an_appositive_role_of_a_body_does_not_make_the_body_the_speaker",
        ),
        pytest.param(
            "Passengers were stranded after a fault grounded every Skyvarra flight.\n\n"
            "The airline said the fault was “not the result of a cyber attack”.\n\n"
            "“We are sorry,” Skyvarra’s chief operating officer, Ines Dollan, said.",
            "Skyvarra",
            id="a_one_word_name_with_a_chief_officer_is_a_business_at_every_mention",
        ),
        pytest.param(
            "Rural broadband provider Tellwyn has switched on fibre in 40 villages.\n\n"
            "The company, which is backed by a community fund, said speeds had risen tenfold.",
            "Tellwyn",
            id="a_provider_is_a_business_the_company_can_be",
        ),
        pytest.param(
            "Lecturers at the University of Carrowby will return to work after members of the "
            "Federation of Academic Staff voted to accept a revised offer.\n\n"
            "The deal gives staff a 5 per cent rise over two years, the union said.",
            "Federation of Academic Staff",
            id="the_union_is_the_one_federation_of_members_the_text_named",
        ),
        pytest.param(
            "A former Harlow County treasurer was found guilty of embezzlement on Thursday.\n\n"
            "The county said in a statement that it had since hired an outside auditor.",
            "Harlow County",
            id="the_county_is_the_one_county_the_text_named",
        ),
        pytest.param(
            "Orla Venna, the union's branch president, welcomed the deal.\n\n"
            "Recalling the first day of the strike, when Venna described the college as "
            "“a temp agency with a crest,” Rector Martin Kessel said the remark had stung.",
            "Orla Venna",
            id="a_partial_quote_closing_a_when_clause_is_not_the_main_speakers",
        ),
        pytest.param(
            "Trucker Gail Nakamura said she had been parked at the rest area since Monday.",
            "Gail Nakamura",
            id="a_capitalized_occupation_before_a_first_name_is_no_part_of_the_name",
        ),
        pytest.param(
            "DC Mia Hargreaves appealed for witnesses.\n\n"
            "Officers were examining footage from shops on Helmsley Road, DC Hargreaves said.",
            "Mia Hargreaves",
            id="a_police_rank_before_a_surname_is_the_person_named_with_it",
        ),
        pytest.param(
            "Gusts of 90mph are expected, the Estavian Meteorological Service (EMS) warned.\n\n"
            "Ferries will be cancelled, according to the EMS.",
            "Estavian Meteorological Service",
            id="an_acronym_defined_in_brackets_is_the_body_it_abbreviates",
        ),
        pytest.param(
            "Gideon Farrant denies fraud.\n\n"
            "Under cross-examination, prosecutor Saoirse Lindahl put it to him that the "
            "signature was forged. He replied: “That is simply untrue.”",
            "Gideon Farrant",
            id="he_who_replies_is_not_the_one_who_put_it_to_him",
        ),
        pytest.param(
            "Laila Demir-Strand, the ministry's spokeswoman, said: “The minister's door remains "
            "open.”\n\nThe Ministry of Education declined to comment further.",
            "Laila Demir-Strand",
            id="a_named_spokeswoman_before_a_colon_is_the_speaker_not_her_ministry",
        ),
        pytest.param(
            "Dr Selwyn Park, the trust's chief executive, met staff.\n\n"
            "Park said on Tuesday that a discount scheme was being drawn up.",
            "Selwyn Park",
            id="a_titled_person_whose_surname_is_a_place_word_is_a_person",
        ),
        pytest.param(
            "Estavian Rail will run fewer trains while engineers repair the Lowe Viaduct.\n\n"
            "In a statement, the company said: “We know this will be frustrating.”",
            "Estavian Rail",
            id="a_viaduct_is_a_place_so_the_company_is_the_one_business",
        ),
        pytest.param(
            "Copperfield Savings Bank will close 31 branches.\n\n"
            "The Vellmouth-based lender said visits to its branches had fallen by 60 per cent.",
            "Copperfield Savings Bank",
            id="a_place_based_lender_is_the_lender_the_text_named",
        ),
        pytest.param(
            "The figures were published by the National Health Executive. Ronan Ekwueme, the "
            "service's chief executive, apologised.\n\n"
            "According to the executive, only two services met the target.",
            "National Health Executive",
            id="the_executive_is_the_body_named_executive_not_a_chief_executive",
        ),
        pytest.param(
            "Detective Inspector Craig Mullaly appealed for witnesses. “We are treating this very "
            "seriously,” Det Insp Mullaly said.",
            "Craig Mullaly",
            id="a_surname_ending_in_ly_is_no_adverb",
        ),
        pytest.param(
            "Superintendent of Police Rakesh Bhandari said 42 protesters had been detained.",
            "Rakesh Bhandari",
            id="an_office_of_a_body_before_a_name_is_a_title",
        ),
        pytest.param(
            "Opening the case, Rachel Ocampo KC told jurors: “This case is about a minister who "
            "forgot.”\n\nMiss Ocampo said the developer had been granted permission.",
            "Rachel Ocampo",
            id="letters_after_a_name_are_no_part_of_it",
        ),
        pytest.param(
            "The Foreign Secretary, Sir Anthony Belcourt, spoke in Harcastle.\n\n"
            "Sir Anthony said the government would open four new embassies by 2028.",
            "Anthony Belcourt",
            id="sir_and_a_first_name_is_the_knight_named_before",
        ),
        pytest.param(
            "The US has launched what President Marta Holm called “one of the largest relief "
            "efforts in its history”.",
            "Marta Holm",
            id="what_x_called_is_xs_words",
        ),
        pytest.param(
            "The Premier, Daniel Whitcombe, has promised three new hospitals, a pledge the "
            "Opposition Leader, Renae Marchetti, called “a thought bubble with a price tag”.",
            "Renae Marchetti",
            id="a_pledge_another_person_called_so_is_that_persons_words",
        ),
        pytest.param(
            "The main opposition party, the Sarenzan Democratic Union, said it welcomed the "
            "decision but accused Ferro of timing the vote to “take advantage of a divided "
            "opposition.”",
            "Sarenzan Democratic Union",
            id="an_appositive_the_name_after_a_description_is_the_speaker",
        ),
        pytest.param(
            "Saltmarsh’s Ministry of Public Security said Ferrante had been detained for "
            "“filming a restricted security installation”.",
            "Ministry of Public Security",
            id="a_ministry_owned_by_a_place_goes_by_its_own_name",
        ),
        pytest.param(
            "The merger must be approved by the Competition and Consumer Commission (CCC).\n\n"
            "A CCC spokeswoman said the commission would “look carefully at prices.”",
            "Competition and Consumer Commission",
            id="an_acronym_spells_out_the_whole_name_before_its_brackets",
        ),
        pytest.param(
            "The Financial Conduct and Markets Authority fined Pellucid Bank on Wednesday.\n\n"
            "The FCMA said the bank had ignored internal warnings.",
            "Financial Conduct and Markets Authority",
            id="an_undefined_acronym_is_the_one_body_with_those_initials",
        ),
        pytest.param(
            "The Harbour Markets Authority fined Pellucid Bank on Wednesday.\n\n"
            "The fine would have been larger had the bank not cooperated, the regulator said.",
            "Harbour Markets Authority",
            id="the_regulator_is_the_one_public_authority_named",
        ),
        pytest.param(
            "Arnholt Glass, owned by the investment firm Castellane Partners, will shut the "
            "plant. High energy costs had made the site uncompetitive, the company said.",
            "Arnholt Glass",
            id="an_owner_named_in_passing_is_not_the_company",
        ),
        pytest.param(
            "10:21 Ardleshire County Council says 140 people spent the night in its rest centres.",
            "Ardleshire County Council",
            id="a_live_blog_time_is_no_part_of_the_speaker",
        ),
        pytest.param(
            "11:15 Northmoor Rivers Authority flood duty manager Ellen Marsh: “We expect the "
            "river to peak this afternoon.”",
            "Ellen Marsh",
            id="a_live_blog_entry_name_and_colon_introduces_the_quote",
        ),
        pytest.param(
            "The Tremayne family said in a statement that she died peacefully at home, "
            "“surrounded by the people and the books she loved”.",
            "Tremayne family",
            id="the_x_family_speaks_as_the_family",
        ),
        pytest.param(
            "The driver, Stephen Rowe, 52, of Calder Heath, told the inquest: “I will never "
            "forgive myself.”",
            "Stephen Rowe",
            id="an_age_and_a_home_town_after_the_name_are_not_the_speaker",
        ),
        pytest.param(
            "Appearing for Mr Iyengar, senior advocate Vikram Sethi argued that his client had "
            "co-operated fully with investigators.",
            "Vikram Sethi",
            id="appearing_for_x_opens_the_sentence_the_advocate_speaks",
        ),
        pytest.param(
            "“The thing about Chalky,” said the current Sandmoor coach, Nisha Rao, “is that he "
            "never stopped being a teacher.”",
            "Nisha Rao",
            id="the_current_club_coach_then_a_name_is_the_named_coach",
        ),
        pytest.param(
            "British Airways sent a cargo plane.\n\n"
            "The aircraft took off from Heathrow shortly before 0900 GMT, a BA spokesman said.",
            "British Airways",
            id="a_spokesman_for_initials_is_the_body_they_stand_for",
        ),
        pytest.param(
            "A sculpture on the seafront at Greywater has been daubed with paint, police said.\n\n"
            "Greywater police said officers were examining CCTV footage.",
            "Greywater police",
            id="police_said_is_the_force_the_text_writes_as_place_police",
        ),
        pytest.param(
            "The ban was announced by the regional education department.\n\n"
            "Rector Aileen Druce runs Kelvinside Academy, where the day went well. The "
            "department said schools would keep a landline “at all times.”",
            "the regional education department",
            id="the_department_is_no_academy",
        ),
        pytest.param(
            "“I was told by the council at the time,” said Maestra Ilse Vanterpool.",
            "Ilse Vanterpool",
            id="maestra_is_a_title",
        ),
        pytest.param(
            "Parking at Marrowgate Royal Infirmary will be free, the Marrowgate Hospitals Trust "
            "announced.\n\nThe hospital trust said the change would cost £2m a year.",
            "Marrowgate Hospitals Trust",
            id="the_hospital_trust_is_the_hospitals_trust",
        ),
        pytest.param(
            "Members of United Road Transport Workers voted for action.\n\n"
            "Bus drivers in Coldharbour will strike for 48 hours , the drivers ' union said .",
            "United Road Transport Workers",
            id="the_drivers_union_in_ptb_is_the_one_union_named",
        ),
        pytest.param(
            "The Bay Health Workers' Association represents nurses at the hospital.\n\n"
            "Calloway General's staff union said managers had “promised a review three times”.",
            "Bay Health Workers' Association",
            id="a_hospitals_staff_union_is_the_one_union_named",
        ),
        pytest.param(
            "The museum's grant came from the Heritage and Arts Council.\n\n"
            "The council said grant decisions were made by an independent panel.",
            "Heritage and Arts Council",
            id="a_council_of_two_fields_is_one_body",
        ),
        pytest.param(
            "ORLENBURG — Kessler Motors will close its car plant in Orlenburg by the end of next "
            "year, cutting 3,400 jobs, the company said on Friday.",
            "Kessler Motors",
            id="a_bare_dateline_is_no_part_of_the_clause_that_names_the_company",
        ),
        pytest.param(
            "Captain Sanne de Wit leads the Federation of Airline Pilots.\n\n"
            "Aeroverde Airlines will cut 31 routes, the airline said on Thursday.",
            "Aeroverde Airlines",
            id="the_airline_is_no_federation_of_airline_pilots",
        ),
        pytest.param(
            "The Minister for Water Resources, Tilde Marrack, warned of more rain. Agriculture "
            "Minister Osvald Brenn toured the farms.\n\n"
            "“This is not the moment for arguments about numbers,” the minister said.",
            None,
            id="the_minister_with_a_minister_for_x_and_an_x_minister_is_nobody",
        ),
        pytest.param(
            "President Patience Ofori-Larbi spoke on television. The bloc's Commission "
            "President, Esther Bamfo, condemned the coup.\n\n"
            "“I have never refused to talk to anyone,” the president said.",
            None,
            id="the_president_with_two_presidents_is_nobody",
        ),
        pytest.param(
            "Foreign Minister Jorunn van der Wiel spoke to parliament.\n\n"
            "Ms. van der Wiel said trade talks would go ahead.",
            "Jorunn van der Wiel",
            id="a_surname_with_particles_is_the_person_named_before",
        ),
        pytest.param(
            "Former finance minister Valentina Herrera Cuadrado promised more police. "
            "“Nobody,” Herrera said, “should have to pay a gang.”",
            "Valentina Herrera Cuadrado",
            id="a_first_surname_alone_is_the_person_with_two_surnames",
        ),
        pytest.param(
            "The private operator, Aguas del Sur, said the increase was needed to “repair a "
            "network that loses half of its water”.",
            "Aguas del Sur",
            id="a_body_with_a_particle_in_its_name",
        ),
        pytest.param(
            "SANTA INÉS, Valdoria (Meridian Wire) — The rebel group said on Thursday it had "
            "freed four engineers.",
            "the rebel group",
            id="a_dateline_with_accented_capitals_is_no_speaker",
        ),
        pytest.param(
            "Minister for Climate Resilience Peni Waqairatu visited the coast. “Nobody wants to "
            "leave the land of their ancestors,” Waqairatu said.",
            "Peni Waqairatu",
            id="a_minister_for_a_field_before_a_name_is_a_title",
        ),
        pytest.param(
            "Harrowfield MP Joanna Fairlie met the trust.\n\n"
            "“Two years is a breathing space, not a solution,” the MP said.",
            "Joanna Fairlie",
            id="the_mp_is_the_one_mp_named",
        ),
        pytest.param(
            "Paolo Restani's side lost 2-0. Brackmoor manager Dean Lowther was pleased.\n\n"
            "“We were poor, and that is on me,” the Rovers manager said.",
            None,
            id="the_rovers_manager_is_not_the_other_clubs_manager",
        ),
        pytest.param(
            "Churchwarden Mavis Oyelaran said the first full peal would be rung at Christmas.",
            "Mavis Oyelaran",
            id="a_description_opening_the_sentence_before_a_first_name_is_no_part_of_the_name",
        ),
    ],
)
def test_speaker_of_the_first_quote(text: str, speaker: str | None) -> None:
    assert quotes(text)[0][0] == speaker


# Texts where nobody may be credited with any quote.
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Mira Cull, standing for the Fen Party, has promised a clinic within two years, "
            'a pledge her opponents call "a fantasy with a ribbon on it."',
            id="words_that_others_call_the_plan_are_not_the_subjects",
        ),
        pytest.param(
            "The company's former chairman, Gerald Vorn, and its finance director, Simon Achter, "
            'both gave evidence in March. "The board was never asked," he told the court.',
            id="a_known_he_is_not_chosen_over_a_man_known_by_his_given_name",
        ),
        pytest.param(
            "The police commander on duty at Gallowmere Park told the inquiry on Wednesday that "
            "he ordered an exit gate opened to relieve crowding.",
            id="the_place_where_a_described_person_stands_is_not_the_speaker",
        ),
        pytest.param(
            "The former owners, Ruth and Alan Gesby, were delighted. “It was always going to be "
            "the people who make the beer,” Gesby said.",
            id="a_surname_two_people_share_through_x_and_y_surname_credits_nobody",
        ),
        pytest.param(
            "Told that the rules required trips to have “a clear official purpose,” Malcolm "
            "Reid replied that they did.",
            id="words_put_to_a_speaker_in_an_opening_clause_are_not_his",
        ),
        pytest.param(
            "Solvane Batteries will build a cell plant in Drummore, creating 900 jobs, the "
            "company and the regional government announced on Friday.",
            id="a_company_and_a_government_announcing_together_credits_nobody",
        ),
        pytest.param(
            "Rescuers Without Borders sent a team of twelve to the town on Wednesday.\n\n"
            "Rescuers said they heard a small voice from deep in a pile of rubble.",
            id="rescuers_said_is_a_group_not_the_body_whose_name_starts_so",
        ),
    ],
)
def test_nobody_is_credited(text: str) -> None:
    assert all(sp is None for sp, _t, _k in quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Quillon Brannock said he would not sell.\n\n"
            "Quillon Brannock and his finance director, Anders Ruddle, met staff on Tuesday. "
            "“It was the hardest meeting of my working life,” he said afterwards.",
            id="he_after_x_and_his_director_y",
        ),
        pytest.param(
            "Orvin Aldous and Quillon Pettifer clashed at the hustings. Pettifer said Aldous had "
            "“no plan at all, just a grievance”.\n\n"
            "After the event the two men were seen arguing in the car park. “I’ve never been "
            "spoken to like that,” he said later.",
            id="he_after_the_two_men",
        ),
        pytest.param(
            "1.50pm Premier Daniel Moorcroft says emergency accommodation has been opened.\n\n"
            "2.15pm Footage posted online shows flames on the ridge. “We’ve lost the shed but "
            "the house is still standing,” he says in the video.",
            id="he_in_a_live_blog_entry_does_not_reach_the_entry_before",
        ),
        pytest.param(
            "Britta Marlow beat Ines Vasquez in three sets. Vasquez was gracious in defeat. "
            "“She played the big points better than me,” the world No 1 said.\n\n"
            "Both players needed treatment on court during the third set. “It's nothing "
            "serious, and I'll be fine for next week,” she said.",
            id="she_after_both_players",
        ),
    ],
)
def test_the_last_direct_quote_credits_nobody(text: str) -> None:
    assert [sp for sp, _t, kind in quotes(text) if kind == "direct"][-1] is None


def test_a_firms_short_name_with_a_managing_director_is_the_firm() -> None:
    text = (
        "Verdane Environmental lost its challenge.\n\n"
        "“We are disappointed,” Verdane's managing director, Keith Marlowe, said. Verdane "
        "will not appeal the ruling, the company said."
    )
    assert quotes(text)[-1][0] == "Verdane Environmental"


def test_an_interrupted_quote_around_a_name_and_its_office_is_one_quote() -> None:
    text = (
        "“The problem,” said Dr. Teodor Vasquez-Lind, president of the Orvanian Pharmacists’ "
        "Society, “is that we have allowed the supply to depend on two factories.”"
    )
    assert quotes(text) == [
        (
            "Teodor Vasquez-Lind",
            "The problem is that we have allowed the supply to depend on two factories.",
            "direct",
        )
    ]
