"""Near-duplicate detection: syndicated wire copy, re-posts, updates; no false positives."""

from __future__ import annotations

from datetime import date

import pytest

from newsline.clean.duplicates import (
    MIN_SHINGLES,
    DuplicateGroup,
    cite_copies,
    duplicates_by_article,
    find_duplicates,
    reading_copies,
    shingles,
    similarity,
    words,
)
from newsline.records import Article

# A fictional wire story (Harbor Wire) about a fictional ferry strike in a fictional city.
WIRE = (
    "VELMORA, March 4 (Harbor Wire) - Ferry crews in Velmora walked off the job on Tuesday, "
    "stranding thousands of commuters on both sides of the Tessel estuary as talks over "
    "night-shift pay collapsed.\n\n"
    "The Velmora Ferry Workers Union said its 1,200 members would stay out until the port "
    "authority restored the overtime rate it cut in January. Union secretary Ilse Marrow "
    "told reporters the crews had waited eleven weeks for an answer.\n\n"
    "The port authority said it had offered a phased increase and called the strike "
    "unnecessary. Replacement buses ran every twenty minutes from the north terminal, but "
    "queues stretched for several blocks during the morning rush.\n\n"
    "City councillor Damen Oyelaran urged both sides to return to mediation before the "
    "weekend, when the annual lantern festival is expected to bring visitors to the old harbor."
)

UPDATE = (
    WIRE + "\n\nLate on Tuesday the port authority said mediators would meet both sides on "
    "Wednesday morning at the maritime court, and that buses would run through the night."
)

# Same topic, same people, different story: it must NOT be a duplicate.
OTHER = (
    "VELMORA, March 6 (Estuary Ledger) - Velmora ferries were running again on Thursday after "
    "the port authority and the ferry workers union agreed to a six-month pay review.\n\n"
    "Union secretary Ilse Marrow said the crews accepted the review because it restores the "
    "old overtime rate while an independent panel studies night-shift staffing.\n\n"
    "Commuters at the north terminal said queues were back to normal, though the first "
    "crossing of the day left ten minutes late. The lantern festival will go ahead as planned, "
    "the city said."
)


def article(id_: str, text: str, published: date | None = None, source: str = "") -> Article:
    return Article(id=id_, text=text, published=published, source=source)


def story() -> list[Article]:
    return [
        article("ledger-1", OTHER, date(2026, 3, 6), "Estuary Ledger"),
        # Three fictional sites re-post the wire copy with their own leftover lines.
        article(
            "gazette-7",
            "Tessel Gazette staff\n\n" + WIRE + "\n\nRead more: transport news from the estuary.",
            date(2026, 3, 4),
            "Tessel Gazette",
        ),
        article("wire-1", WIRE, date(2026, 3, 4), "Harbor Wire"),
        article(
            "courier-3",
            WIRE.replace(" - ", " — ") + "\n\nCopyright 2026 Harbor Wire. All rights reserved.",
            date(2026, 3, 5),
            "North Courier",
        ),
        article("update-1", UPDATE, date(2026, 3, 4), "Harbor Wire"),
    ]


def test_wire_copies_and_update_form_one_group_and_other_story_stays_out() -> None:
    groups = find_duplicates(story())
    assert len(groups) == 1
    group = groups[0]
    assert isinstance(group, DuplicateGroup)
    assert set(group.ids) == {"gazette-7", "wire-1", "courier-3", "update-1"}
    assert "ledger-1" not in group.ids
    assert all(0.8 <= c.similarity <= 1.0 for c in group.copies)


def test_reading_copy_is_earliest_then_longest() -> None:
    # wire-1, gazette-7 and update-1 share the earliest date; update-1 has the longest text.
    assert find_duplicates(story())[0].keep == "update-1"
    undated_update = [a if a.id != "update-1" else article(a.id, a.text) for a in story()]
    assert find_duplicates(undated_update)[0].keep == "gazette-7"


def test_duplicates_by_article_lists_the_others_both_ways() -> None:
    index = duplicates_by_article(find_duplicates(story()))
    assert sorted(index["wire-1"]) == ["courier-3", "gazette-7", "update-1"]
    assert "wire-1" in index["courier-3"]
    assert "ledger-1" not in index


def test_reading_copies_drops_only_the_copies() -> None:
    arts = story()
    kept = reading_copies(arts, find_duplicates(arts))
    assert [a.id for a in kept] == ["ledger-1", "update-1"]


def test_threshold_is_configurable() -> None:
    edited = WIRE.replace("urged both sides to return to mediation", "asked the mayor to step in")
    pair = [article("wire-1", WIRE), article("edited-1", edited)]
    sim = similarity(shingles(words(WIRE)), shingles(words(edited)))
    assert 0.8 < sim < 1.0
    assert find_duplicates(pair, threshold=0.8)
    assert not find_duplicates(pair, threshold=min(1.0, sim + 0.01))
    with pytest.raises(ValueError):
        find_duplicates(pair, threshold=0.0)


def test_exact_copy_differing_only_in_case_and_punctuation_is_similarity_one() -> None:
    shouty = WIRE.upper().replace("(", "[").replace(")", "]").replace(" - ", " -- ")
    groups = find_duplicates([article("a", WIRE), article("b", shouty)])
    assert groups[0].copies[0].similarity == 1.0


def test_short_and_empty_texts_do_not_match_by_chance() -> None:
    arts = [
        article("e1", ""),
        article("e2", ""),
        article("p1", "..."),
        article("s1", "Ferry crews walked off the job."),
        article("s2", "Ferry crews walked off the job on Tuesday."),
        article("s3", "Ferry crews returned to work."),
    ]
    assert len(shingles(words(arts[4].text))) < MIN_SHINGLES
    assert find_duplicates(arts) == []


def test_identical_short_texts_are_exact_duplicates() -> None:
    arts = [
        article("s1", "Ferry crews walked off the job."),
        article("s2", "ferry crews walked off the JOB"),
    ]
    groups = find_duplicates(arts)
    assert [g.ids for g in groups] == [["s1", "s2"]]


def test_short_brief_inside_long_roundup_is_not_a_copy() -> None:
    brief = WIRE.split("\n\n")[0]
    roundup = "\n\n".join([OTHER, brief, OTHER.replace("Velmora", "Port Ansel")])
    assert find_duplicates([article("brief", brief), article("roundup", roundup)]) == []


def test_chains_do_not_merge_distant_versions() -> None:
    # v1 -> v2 -> v3 each add a long paragraph: v3 is no longer a copy of v1.
    extra = " ".join(
        f"Paragraph {i} adds new detail number {i} about the crossing." for i in range(40)
    )
    v1 = article("v1", WIRE, date(2026, 3, 4))
    v2 = article("v2", WIRE + "\n\n" + extra, date(2026, 3, 5))
    v3 = article(
        "v3", WIRE + "\n\n" + extra + "\n\n" + extra.replace("new", "more"), date(2026, 3, 6)
    )
    for group in find_duplicates([v1, v2, v3], threshold=0.8):
        assert not {"v1", "v3"} <= set(group.ids)


def test_many_distinct_articles_give_no_groups() -> None:
    arts = [
        article(
            f"n{i}",
            f"Report number {i} from the harbor desk: "
            + " ".join(f"item{i}x{j}" for j in range(60)),
        )
        for i in range(200)
    ]
    assert find_duplicates(arts) == []


def test_cite_copies_keeps_every_copy_as_a_source() -> None:
    groups = find_duplicates(story())
    cited = cite_copies(["ledger-1", "update-1"], groups)
    assert cited[:2] == ["ledger-1", "update-1"]
    assert set(cited) == {"ledger-1", "update-1", "wire-1", "gazette-7", "courier-3"}
    assert cite_copies(["update-1", "wire-1"], groups).count("wire-1") == 1


def test_vectorized_signature_equals_datasketch_update() -> None:
    from datasketch import MinHash

    from newsline.clean.duplicates import NUM_PERM, SEED, _signature

    values = shingles(words(WIRE))
    reference = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int)
    reference.update_batch([int(v) for v in values])
    mine = _signature(MinHash(num_perm=NUM_PERM, seed=SEED), values)
    assert (mine.hashvalues == reference.hashvalues).all()
    assert mine.jaccard(reference) == 1.0
