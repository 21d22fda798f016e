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
