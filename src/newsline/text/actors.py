"""Who takes part in a story: people, organizations and places named in an article.

No NER model ships on PyPI for offline use, so the default extractor is rules: capitalized
spans, titles and honorifics ("Deputy Foreign Minister Elif Sarac", "union leader Gustav
Brennan", "Anton Petrov, the auditor"), small gazetteers (countries, capitals, major
international organizations, organization and place head words) and surname coreference
("Okafor", "Mr. Okafor", "the minister" -> Lena Okafor when only one person fits).
`extract_actors(article, ner="spacy:MODEL")` uses an installed spaCy pipeline for the spans
instead and keeps the same normalization. `ActorIndex` is what the quote extractor uses to
resolve speakers.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from newsline.records import Article
from newsline.temporal import dateline_end
from newsline.text.data import gazetteer as gz

ACTOR_KINDS = ("person", "organization", "place")
# Token tuples whose reading (split, title, kind) is cached: the same names recur in every
# article of a story, and reading them is pure.
_NAME_CACHE = 1 << 16


@dataclass(frozen=True)
class Actor:
    """A person, organization or place in an article or event, with how often it is named."""

    name: str
    kind: str  # person | organization | place
    mentions: int
    titles: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """The JSON shape: {"name", "kind", "mentions", "titles"}."""
        return {
            "name": self.name,
            "kind": self.kind,
            "mentions": self.mentions,
            "titles": list(self.titles),
        }


class NERUnavailable(RuntimeError):
    """The requested spaCy pipeline cannot be used (spaCy or the model is not installed)."""


# ---------------------------------------------------------------------------------------------
# Capitalized spans
# ---------------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_][\w'’\-]*\.?|&")
_CONNECTORS = frozenset(
    "of for the on de del della van von der den da di du la le al bin ibn y and &".split()
)
_PARTICLES = frozenset("de del della van von der den da di du la le al bin ibn y".split())
NAME_PARTICLES = _PARTICLES
_SPLIT_CONNECTORS = frozenset("of for the on and &".split())
_KEEP_PERIOD = frozenset({*gz.HONORIFICS, "Inc.", "Corp.", "Ltd.", "Co.", "St.", "U.N.", "E.U."})
_STOP = frozenset(
    """
    a an the and or but of for to in on at by with from as that this these those who whom
    which whose when where while if than then so not no nor is are was were be been being has
    have had do does did will would can could may might must shall should its his her their our
    my your said says say told tells added adds stated wrote asked according led whether about
    after before against among between during into over under until upon via also
    """.split()
)
_PLACE_PREPOSITIONS = frozenset("in near across outside at into".split())
_SUBJECT_GENDER = {"he": "m", "his": "m", "himself": "m", "she": "f", "herself": "f", "her": "f"}
# he/his/she, and "her" when a noun follows it (possessive), not "her of"/"her the".
_SUBJECT_PRONOUN = re.compile(
    r"\b(he|his|himself|she|herself|her(?=\s+(?!(?:of|to|the|a|an|that|and|for|in|on|with|as|"
    r"at|by|from|it|this|back|up|out|down|off|over|into|about)\b)[a-z]))\b",
    re.I,
)

# A preposition (then perhaps title words) before a name: the name is an object there, so a
# pronoun later in the sentence is more likely its subject's than this person's.
_OBJECT_BEFORE = re.compile(
    r"\b(?:of|by|against|with|for)\s+(?:[a-z][\w\-]*\s+){0,3}(?:[A-Z][\w.\-]*\s+)?$"
)

_SUBORDINATORS = frozenset("when after before until once because since if unless while as".split())

# Extra lower-case title heads that only count before a name or in appositives. Words that
# are also common surnames ("Singer", "Painter", "Banker") are in _LEADING_TITLES only.
_TITLE_HEADS = gz.TITLE_HEADS | frozenset(
    """
    engineer lawyer doctor nurse teacher researcher scientist owner founder worker farmer
    fisherman student activist official organizer whip aide envoy deputy lawmaker
    objector campaigner protester resident volunteer survivor witness neighbour neighbor
    landlord landlady publican pensioner veteran curator historian architect novelist
    composer photographer journalist reporter columnist surgeon paramedic firefighter
    caretaker pupil skipper midfielder referee ferryman postman policeman policewoman elder
    builder chemist physicist botanist pharmacist dentist therapist driver member
    headteacher headmistress critic reviewer umpire vet veterinarian
    investor entrepreneur designer artist sculptor musician actor actress
    producer author poet playwright chef grocer plumber electrician mechanic striker
    defender jockey cyclist sprinter swimmer climber crofter rancher vintner
    strategist consultant lecturer statistician lobbyist pollster barrister solicitor
    magistrate juror vicar imam rabbi diplomat mediator accountant commentator
    presenter broadcaster publisher blogger coroner archivist librarian landowner
    tenant homeowner commuter motorist physician psychiatrist organiser labourer supervisor
    selectman selectwoman assemblyman assemblywoman comptroller registrar provost trustee
    ombudsman consul counsel rep maestro maestra
    """.split()
)
# Every title or occupation noun the rules know ("mayor", "nurse", "resident").
TITLE_WORDS = _TITLE_HEADS
# Compound occupations read by their ending: "shopkeeper", "harbourmaster", "winemaker".
_TITLE_SUFFIXES = ("keeper", "master", "maker", "ologist", "teacher")


def is_title_word(tok: str) -> bool:
    """True for a title or occupation noun, singular or plural ("Goalkeepers", "Coach"), or
    a hyphenated office ("Vice-Chancellor", "Secretary-General")."""
    low = tok.lower()
    if "-" in low and low.split("-")[0] in ("vice", "deputy", "secretary", "director", "attorney"):
        return True
    if low in _TITLE_HEADS or (low.endswith("s") and low[:-1] in _TITLE_HEADS):
        return True
    return low.rstrip("s").endswith(_TITLE_SUFFIXES) and len(low) > 7


@dataclass(frozen=True)
class Span:
    """A capitalized span in the text: its offsets, tokens and how it reads."""

    start: int
    end: int
    tokens: tuple[str, ...]
    sentence_start: bool

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


_INITIAL = re.compile(r"[A-Z]\.")


def _clean_token(tok: str) -> tuple[str, bool]:
    """Strip a sentence period or possessive; return (token, ends_span)."""
    ends = False
    if tok.endswith(".") and tok not in _KEEP_PERIOD and not _INITIAL.fullmatch(tok):
        tok, ends = tok[:-1], True
    for poss in ("'s", "’s"):
        if tok.endswith(poss) and len(tok) > 2:
            return tok[: -len(poss)], True
    return tok, ends


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or tok == "&"


_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_CAP_WORD = rf"[{_UPPER}][\w'’\-]*\.?"
# Candidate runs: capitalized words, possibly joined by up to two connector words.
_CAP_RUN = re.compile(
    rf"(?<![\w'’\-]){_CAP_WORD}(?: (?:(?:{'|'.join(sorted(_CONNECTORS - {'&'}))}|&) ){{0,2}}"
    rf"{_CAP_WORD})*"
)


def capitalized_spans(text: str) -> list[Span]:
    """Maximal runs of capitalized words (joined by "of", "van", "and"...) in `text`."""
    spans: list[Span] = []
    for run in _CAP_RUN.finditer(text):
        word = run.group()
        if " " not in word:  # one word, as most runs are: no connector or possessive to read
            clean, _ends = _clean_token(word)
            if _is_cap(clean) and clean != "&":
                start = run.start()
                spans.append(
                    Span(start, start + len(clean), (clean,), _at_sentence_start(text, start))
                )
            continue
        words = [
            (m.group(), m.start(), m.end()) for m in _WORD.finditer(text, run.start(), run.end())
        ]
        spans.extend(_spans_in(text, words))
    return spans


def _spans_in(text: str, words: list[tuple[str, int, int]]) -> list[Span]:
    """Split one run of words into spans at sentence periods and possessives."""
    spans: list[Span] = []
    i = 0
    while i < len(words):
        tok, start, end = words[i]
        if not tok[:1].isupper():
            i += 1
            continue
        toks: list[str] = []
        span_end = end
        j = i
        while j < len(words):
            raw, s, e = words[j]
            if j > i:
                gap = text[words[j - 1][2] : s]
                if gap != " ":
                    break
            clean, ends = _clean_token(raw)
            if ends and clean != raw.rstrip(".") and j + 1 < len(words):
                # "St. Brendan's Hospital": a possessive inside an organization or place name.
                nxt_word = words[j + 1][0].rstrip(".")
                if (
                    nxt_word in _ORG_HEADS or nxt_word in gz.PLACE_HEADS
                ) and nxt_word not in _STATE_BODIES:
                    clean, ends = raw, False
            if _is_cap(clean) and clean != "&":
                toks.append(clean)
                span_end = s + len(clean)
                j += 1
                if ends:
                    break
                continue
            # A connector joins only when a capitalized word follows it.
            if clean.lower() in _CONNECTORS and toks and not ends:
                k = j
                conns = []
                while k < len(words) and words[k][0].lower() in _CONNECTORS and len(conns) < 2:
                    if text[words[k - 1][2] : words[k][1]] != " ":
                        break
                    conns.append(words[k][0])
                    k += 1
                if (
                    k < len(words)
                    and len(conns) > 0
                    and text[words[k - 1][2] : words[k][1]] == " "
                    and words[k][0][:1].isupper()
                    and all(c.lower() in _CONNECTORS for c in conns)
                ):
                    toks.extend(conns)
                    j = k
                    continue
            break
        if toks and toks[-1].endswith(("s'", "s’")) and len(toks[-1]) > 3:
            toks[-1] = toks[-1][:-1]  # "Altamar Grocers' shares": the name ends before the mark
            span_end -= 1
        if toks:
            spans.append(Span(start, span_end, tuple(toks), _at_sentence_start(text, start)))
        i = max(j, i + 1)
    return spans


def _at_sentence_start(text: str, pos: int) -> bool:
    """True when only quote marks/brackets separate `pos` from a sentence or paragraph start."""
    k = pos - 1
    while k >= 0 and text[k] in "\"'“‘`([«":
        k -= 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or text[k] == "\n":
        return True
    if text[k] in ".!?:":
        return True
    return text[k] in "\"”’'" and k > 0 and text[k - 1] in ".!?"


# "Second-placed", "Long-serving": a capitalized compound with a lower-case tail describes
# the name after it (hyphenated names capitalize both halves: "Idrissi-Vale").
_MODIFIER = re.compile(r"[A-Z][a-z]+-[a-z][\w\-]*")


def _descriptive(tok: str) -> bool:
    """A describing word that opens a sentence before a full name, neither name nor title:
    "Unseeded", "Reigning", and any "Un…ed" ("Unheralded", "Unbeaten")."""
    low = tok.lower()
    if low in gz.DESCRIPTIVE_WORDS:
        return True
    return low.startswith("un") and low.endswith("ed") and len(low) > 6 and tok[1:].islower()


@lru_cache(maxsize=_NAME_CACHE)
def strip_leading(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Drop sentence-initial function words and connectors ("The", "According", "Yesterday")."""
    tokens = tuple(t for t in tokens if not t.lower().endswith(("-based", "-born", "-led")))
    if not tokens:
        return ()
    i = 0
    while i < len(tokens) - 1 and (
        tokens[i] in gz.NOT_NAMES
        or tokens[i].lower() in _CONNECTORS
        or _MODIFIER.fullmatch(tokens[i])
        or (i < len(tokens) - 2 and _descriptive(tokens[i]))
    ):
        i += 1
    if len(tokens) == 1 and tokens[0] in gz.NOT_NAMES:
        return ()
    while tokens[i:] and tokens[-1].lower() in _CONNECTORS:
        tokens = tokens[:-1]
    return tokens[i:]


# ---------------------------------------------------------------------------------------------
# Datelines
# ---------------------------------------------------------------------------------------------

# "WASHINGTON (Reuters) -", "PORT MAREN, Kestria (Coastline Wire) —": an undated dateline
# needs its capitalized city and the outlet in brackets; dated ones are read by `temporal`.
_UNDATED_DATELINE = re.compile(
    rf"\s*[{_UPPER}][{_UPPER}.'’\-]+(?:\s+[{_UPPER}][{_UPPER}.'’\-]+){{0,3}}"
    r"(?:,\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2})?"
    r"\s*\([^()\n]{1,40}\)\s*(?:--|[-–—])\s*"
)
# "ORLENBURG — ", "PORT SELLA -- ": a city in capitals and a dash, with no outlet.
_BARE_DATELINE = re.compile(
    rf"\s*[{_UPPER}][{_UPPER}.'’\-]{{2,}}(?:\s+[{_UPPER}][{_UPPER}.'’\-]+){{0,3}}"
    r"(?:,\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2})?\s*(?:--|[–—])\s+"
)
# Datelines open an article: look at the start of this many of its first paragraphs (a
# headline or a kicker line may come first).
DATELINE_PARAGRAPHS = 3


def dateline_length(text: str) -> int:
    """Characters of a wire dateline at the start of `text` (0 when there is none)."""
    head = text[:240]
    n = dateline_end(head)
    if n:
        return n
    m = _UNDATED_DATELINE.match(head) or _BARE_DATELINE.match(head)
    return m.end() if m else 0


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the datelines that open the text's first paragraphs.

    A dateline ("ALDSUND, Sept 23 (Coastline Wire) - ") says where and when the copy was
    filed and by which outlet: it is never an actor, a speaker or part of a quote.
    """
    spans = []
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", text[:4000])]
    for start in starts[:DATELINE_PARAGRAPHS]:
        n = dateline_length(text[start : start + 240])
        if n:
            spans.append((start, start + n))
    return spans


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _org_like(tokens: Iterable[str]) -> bool:
    return any(t in _ORG_HEADS for t in tokens)


# Bodies a country or city owns: "Saltmarsh's Ministry of Public Security" is the ministry.
_STATE_BODIES = frozenset("Ministry Department Embassy Government Parliament Army Navy".split())

# Honorifics that are no office: "President Ofori-Larbi" is "the president", "Dr Park" is
# not "the doctor" by that word alone.
_COURTESY = frozenset(
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Lady Lord Brother Sister Father Hon.".split()
)

# Letters written after a name: "Rachel Ocampo KC", "Ann Lowe MP".
POST_NOMINALS = frozenset(
    "KC QC SC MP MSP MLA MEP TD OBE MBE CBE KBE DBE PhD Jr Jr. Sr Sr.".split()
)


def _office_of_body(tokens: tuple[str, ...]) -> bool:
    """ "Superintendent of Police Rakesh Bhandari", "Minister for Climate Resilience Peni
    Waqairatu": an office named as "<title> of/for <body>", then a two-word name."""
    if not 5 <= len(tokens) <= 8 or tokens[1] not in ("of", "for") or not is_title_word(tokens[0]):
        return False
    first, last = tokens[-2], tokens[-1]
    return (
        not is_title_word(first)
        and first.lower() not in _CONNECTORS
        and last not in _ORG_HEADS
        and last not in gz.PLACE_HEADS
    )


@lru_cache(maxsize=_NAME_CACHE)
def split_span(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Split a span at connectors unless it names one thing ("Bank of England", "Bosnia and...")."""
    tokens = strip_leading(tokens)
    if not tokens:
        return ()
    joined = " ".join(tokens)
    if joined in gz.ORG_ALIASES or joined in gz.PLACES:
        return (tokens,)
    if _office_of_body(tokens):
        return (tokens,)  # "Superintendent of Police Rakesh Bhandari": an office, then a name
    for i, t in enumerate(tokens):
        if t.lower() in _SPLIT_CONNECTORS and i > 0:
            if _and_district(tokens) or _and_pair_body(tokens):
                return (tokens,)  # "Pellworth and District Railway": a place and its area
            left = tokens[:i]
            after = tokens[i + 1] if i + 1 < len(tokens) else ""
            # "Greyhaven Zoo on Sunday": a day or month after the connector is not in a name.
            if t == "&":
                continue  # "Stallard & Pike", "Marks & Sparrow": one firm's name
            if t.lower() in ("and", "&") and _and_service(tokens, i):
                return (tokens,)  # "Northshire Fire and Rescue Service": one body
            if t.lower() in ("and", "&") or not _org_like(left) or after in gz.NOT_NAMES:
                rest = split_span(tokens[i + 1 :])
                if (
                    t.lower() == "and"
                    and len(left) == 1
                    and is_given_name(left[0])
                    and rest
                    and len(rest[0]) >= 2
                    and is_given_name(rest[0][0])
                ):
                    left = (left[0], *rest[0][1:])  # "Ruth and Alan Gesby": Ruth Gesby too
                return (left, *rest) if strip_leading(left) else rest
            # "Ministry of Labour", "National Union of Miners": one organization.
            return (tokens,)
    return (tokens,)


# Last words of a body's name beyond the gazetteer's: "Highmoor Assurance", "Corran Mutual",
# "the Fishermen's Cooperative", "the Tram Workers' Guild", "Brandle Railway".
_ORG_HEADS = gz.ORG_HEADS | frozenset(
    """
    Assurance Mutual Railway Tramway Cooperative Co-operative Guild Freight Dairies Dairy
    Homes Robotics Farms Labs Laboratories Stores Supplies Networks Bakeries Creamery
    Fisheries Engineering Minerals Metals Textiles Haulage Couriers Broadband Software
    Analytics Biotech Investments Securities Apparel Resorts Therapeutics Brands
    Rescue Semiconductors Electronics Devices Components Instruments Materials Plastics Packaging
    Aerospace Automotive Pharma Genomics Diagnostics Cosmetics Beverages Shipyards Renewables
    """.split()
)


# Last words of a firm's name that are also surnames: a firm only after a word that is not a
# given name ("Arnholt Glass", "Tellund Steel"; "Philip Glass" is a person).
_SOFT_ORG_HEADS = frozenset("Glass Steel Mills Brothers Bros Sons Motor Arc".split())


# "Harwick and District Rugby Club": a place "and" its surrounding area, in one body's name.
_AREA_WORDS = frozenset("District County Borough Area Region Counties".split())


def _and_district(tokens: tuple[str, ...]) -> bool:
    """ "Pellworth and District Railway": one word, "and", an area word, then the body."""
    return len(tokens) >= 4 and tokens[1] == "and" and tokens[2] in _AREA_WORDS


def _and_service(tokens: tuple[str, ...], i: int) -> bool:
    """ "Northshire Fire and Rescue Service": two capitalized words on each side of "and",
    one body's head word at the end and none before "and" (so not two bodies)."""
    left, right = tokens[:i], tokens[i + 1 :]
    return (
        len(left) >= 2
        and 1 <= len(right) <= 3
        and right[-1].rstrip(".") in _ORG_HEADS
        and not any(t in _ORG_HEADS for t in left)
        and all(t[:1].isupper() for t in left + right)
        and not is_given_name(left[0])
    )


def _and_pair_body(tokens: tuple[str, ...]) -> bool:
    """ "Tram and Bus Workers' Association": one word, "and", then its members ("Bus
    Workers'") and a body's head word; the first word is not a place or body of its own."""
    if len(tokens) < 4 or tokens[1] not in ("and", "&") or tokens[-1] not in _ORG_HEADS:
        return False
    first = tokens[0]
    if first in gz.PLACES or first in _ORG_HEADS or first.endswith(("'s", "’s")):
        return False
    members = tokens[-2].endswith(("'", "’")) or (
        tokens[-1] == "Union" and tokens[-2].endswith("ers")  # "Grocery and Retail Workers Union"
    )
    # "Heritage and Arts Council", "Arts and Humanities Research Council": two fields, a body
    fields = tokens[-1] in _FIELD_BODY_HEADS and not is_given_name(first)
    return (members or fields) and all(t[:1].isupper() for t in tokens[2:])


# Heads of bodies named for the fields they serve: "Heritage and Arts Council".
_FIELD_BODY_HEADS = frozenset(
    "Council Commission Board Trust Society Foundation Authority Agency Institute".split()
)


@dataclass(frozen=True)
class Name:
    """How one capitalized span reads: kind, the bare name and any title before it."""

    kind: str  # person | organization | place | single
    name: str
    title: str | None = None
    gender: str | None = None


# Occupations and ranks that open a name of three or more words ("Singer Dessa Quinlan",
# "Count Ferdinand Ashgrove"). Many are also surnames ("Peter Singer"), so they count only
# in front of a first name and a surname, never as the last word of a name.
_LEADING_TITLES = frozenset(
    """
    singer rower sailor runner swimmer cyclist climber skier sprinter athlete drummer
    guitarist pianist violinist cellist musician artist painter sculptor actor actress poet
    author writer playwright filmmaker chef pilot soldier priest vicar rabbi imam pastor monk
    nun mechanic plumber electrician diver boxer jockey golfer striker defender winger dancer
    comedian designer entrepreneur investor banker solicitor barrister coroner magistrate
    clerk warden astronaut explorer mountaineer passenger tenant homeowner commuter trader
    midwife critic umpire vet referee count countess duke duchess baron baroness earl
    viscount marquess alderman dean marshal ranger corporal cardinal reverend principal
    controller delegate substitute rookie debutant teenager youngster newcomer developer
    lifeguard coastguard mp mla msp mep mpp mha td parent recorder major pm dc ds di dci pc
    pcso
    stroke cox coxswain bowman helmsman helmswoman navigator quarterback pitcher shortstop
    goalie fullback halfback flanker hooker forward
    trucker farmer fisherman fisherwoman driver nurse builder grower breeder miner welder
    carpenter joiner bricklayer butcher barber florist publican landlord landlady postman
    postwoman firefighter paramedic carer cleaner caretaker gardener photographer veteran
    pensioner retiree student volunteer campaigner activist protester shopper cabbie porter
    forecaster meteorologist economist analyst spokesman spokeswoman spokesperson
    """.split()
)


# British police ranks written as capitals before a surname alone ("DC Hargreaves" after
# "DC Mia Hargreaves"); with a first name they open a longer name through the list above.
POLICE_RANKS = frozenset("DC DS DI DCI DCS DSupt PC WPC PCSO".split())


# "Full Name (ABC)": a short form defined in brackets right after a name.
_ACRONYM_DEFINED = re.compile(
    r"([A-Z][\w'’&\-]*(?:\s+(?:of|and|for|the|on|&|[A-Z][\w'’&\-]*)){1,9})\s+\(([A-Z]{2,7})\)"
)


_ACRONYM_MARK = re.compile(r"\([A-Z]{2,7}\)")
_SHORT_FORM = re.compile(r"[A-Z]{2,7}")


def _spelled_out(short: str, phrase: str, known: str) -> str | None:
    """The end of `phrase` (which ends with the body `known`) whose capital initials are
    `short`: "Competition and Consumer Commission" for "CCC"."""
    words = phrase.split()
    for i in range(len(words) - len(known.split()), -1, -1):
        tail = words[i:]
        if tail[0][:1].isupper() and "".join(w[0] for w in tail if w[:1].isupper()) == short:
            return " ".join(tail)
    return None


def _abbreviates(short: str, full: str) -> bool:
    """Whether `short` is made of the initials of `full`, in order, from the first word:
    "AURTW" of "Amalgamated Union of Rail and Tram Workers"."""
    initials = [w[0].upper() for w in full.split() if w[:1].isalpha()]
    if not initials or short[0] != initials[0]:
        return False
    it = iter(initials)
    return all(ch in it for ch in short)


# Small words that make a run of capitals a heading ("NEWS IN BRIEF", "LATEST ON THE …").
_HEADING_WORDS = frozenset("in on at the of for to a an and with from by".split())


def split_description(part: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """ "Churchwarden Mavis Oyelaran", "Cub Scout Freya Lund" opening a sentence: words that
    are no given name before a given name and a surname describe the person. Returns
    (description, name); the description is empty when the words do not read so."""
    if len(part) < 3 or _INITIAL.fullmatch(part[0]):
        return (), part  # "J. Peter Pham": an initial is part of the name
    for k in (1, 2):
        if k <= len(part) - 2 and is_given_name(part[k]):
            if not any(is_given_name(t) for t in part[:k]):
                return part[:k], part[k:]
            break
    return (), part


def _described_at_start(part: tuple[str, ...], name: Name) -> Name:
    """The person `name` read from `part`, less a description that opens the sentence."""
    desc, bare = split_description(part)
    if name.title or not desc:
        return name
    return Name("person", " ".join(bare), " ".join(desc), name.gender)


def _plural_title(tok: str) -> bool:
    """ "Residents", "Workers": a title noun in the plural, which never stands before a name."""
    low = tok.lower()
    return low.endswith("s") and low not in _TITLE_HEADS and low[:-1] in _TITLE_HEADS


@lru_cache(maxsize=_NAME_CACHE)
def split_title(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """("Deputy", "Foreign", "Minister", "Elif", "Sarac") -> (title tokens, name tokens)."""
    if _office_of_body(tokens):
        n = 3 if _INITIAL.fullmatch(tokens[-2]) or is_given_name(tokens[-3]) else 2
        return tokens[:-n], tokens[-n:]  # "… Intelligence Dennis C. Blair": three words
    if len(tokens) > 2 and tokens[-1] in _ORG_HEADS and tokens[-2] in ("General", "Major"):
        return (), tokens  # "Harwick General Hospital": an adjective, not a rank
    last = -1
    for i, t in enumerate(tokens[:-2]):
        # "Umpire Dilys Hebron", "Fire Marshal Oscar Lind": a two-word name follows
        if t.lower() in _LEADING_TITLES and tokens[i + 1][:1].isupper():
            last = i
            break
    for i, t in enumerate(tokens[:-1]):
        if (is_title_word(t) and not _plural_title(t)) or t in gz.HONORIFICS:
            last = i  # not "Residents" in "Harrow Creek Residents Action": a plural names a body
    if last < 0:
        return (), tokens
    name = tokens[last + 1 :]
    if any(t.lower() in _SPLIT_CONNECTORS for t in name):
        return (), tokens
    return tokens[: last + 1], name


def _gender_of(words: Iterable[str]) -> str | None:
    for w in words:
        lw = w.lower()
        if lw in gz.KIN_GENDER:
            return gz.KIN_GENDER[lw]
        if lw in gz.MALE_MARKERS:
            return "m"
        if lw in gz.FEMALE_MARKERS:
            return "f"
    return None


def is_given_name(token: str) -> bool:
    """Whether a word is a common given name of either list ("Jonas", "Maria")."""
    return token in gz.MALE_FIRST_NAMES or token in gz.FEMALE_FIRST_NAMES


def _first_name_gender(name: str) -> str | None:
    """The gender a person's given name nearly always has ("Maria Rossi": f), else None."""
    words = name.split()
    if len(words) < 2:
        return None
    if words[0] in gz.FEMALE_FIRST_NAMES:
        return "f"
    return "m" if words[0] in gz.MALE_FIRST_NAMES else None


# Last words of a document's name: "the Harbour Act", "the Ferry Charter" name no actor.
DOCUMENT_HEADS = frozenset(
    """
    Act Acts Charter Treaty Constitution Bill Accord Accords Protocol Directive Ordinance
    Decree Statute Regulation Regulations
    """.split()
)


# Last words of an occasion's name: "the Allingford Agricultural Show", "the Vell Marathon".
EVENT_HEADS = frozenset(
    """
    Show Festival Fair Carnival Regatta Marathon Games Olympics Championship Championships
    Tournament Cup Trophy Exhibition Expo Conference Summit Awards Week Parade
    """.split()
)


def _head_before_of(tokens: tuple[str, ...]) -> bool:
    """ "Ministry of Labour", "Environment Agency of Ashcombe": a head word before "of"/"for"."""
    return any(
        t in _ORG_HEADS and tokens[i + 1].lower() in ("of", "for") and i + 2 < len(tokens)
        for i, t in enumerate(tokens[:-1])
    )


@lru_cache(maxsize=_NAME_CACHE)
def read_name(tokens: tuple[str, ...]) -> Name | None:
    """Classify one (already split) span of capitalized tokens (cached: names recur)."""
    while tokens and not tokens[0][:1].isalnum():
        tokens = tokens[1:]  # "' Guild" from "Workers ' Guild": no name starts with a mark
    if not tokens:
        return None
    if len(tokens) > 2 and tokens[-1] in POST_NOMINALS and tokens[-2][:1].isupper():
        tokens = tokens[:-1]  # "Rachel Ocampo KC": the letters after a name are no part of it
    if len(tokens) > 1 and all(t.isupper() for t in tokens if t.isalpha()):
        if any(t.lower() in _HEADING_WORDS for t in tokens):
            return None  # "NEWS IN BRIEF": a heading in capitals, no actor
    joined = " ".join(tokens)
    if joined in gz.ORG_ALIASES:
        return Name("organization", gz.ORG_ALIASES[joined])
    if joined in gz.PLACES:
        return Name("place", joined)
    if (len(tokens) > 1 and tokens[-1] in _ORG_HEADS) or _head_before_of(tokens):
        return Name("organization", joined)
    if len(tokens) > 1 and tokens[-1] in _SOFT_ORG_HEADS and not is_given_name(tokens[0]):
        return Name("organization", joined)  # "Arnholt Glass", not "Philip Glass"
    if _and_district(tokens):
        return Name("organization", joined)
    if (
        tokens[-1] == "Executive"
        and len(tokens) > 1
        and not any(t.lower() in _TITLE_HEADS for t in tokens[:-1])
    ):
        return Name("organization", joined)  # "National Health Executive": a public body
    if tokens[-1].lower() in _TITLE_HEADS:
        return None  # "Vice President": a title without a name
    if len(tokens) > 1 and tokens[-1] in DOCUMENT_HEADS and not split_title(tokens)[0]:
        return None  # "the Harbour Act", "the Water Bill": a document, not an actor
    if len(tokens) > 1 and tokens[-1] in EVENT_HEADS:
        return None  # "the Allingford Agricultural Show": an occasion, not an actor
    title, name = split_title(tokens)
    if title and name:
        inner = read_name(name)
        if (
            inner
            and inner.kind == "place"
            and len(name) == 2
            and (is_given_name(name[0]) or title[-1] in gz.HONORIFICS)
        ):
            inner = Name("person", inner.name)  # "Dr Selwyn Park": a titled person, not a park
        if inner and inner.kind in ("person", "single"):
            return Name("person", inner.name, " ".join(title), _gender_of(title))
        return inner
    if tokens[0] in gz.PLACE_PREFIXES or tokens[-1] in gz.PLACE_HEADS:
        return Name("place", joined)
    if len(tokens) == 1:
        tok = tokens[0]
        if len(tok) >= 2 and tok.isupper():
            return Name("organization", tok)
        return Name("single", tok)
    if "&" in tokens:
        return Name("organization", joined)  # "Castell & Wray"
    if any(t.lower() in ("of", "for", "the", "on", "and") for t in tokens):
        return None
    if all(t[:1].isupper() or t.lower() in _PARTICLES for t in tokens):
        return Name("person", joined)
    return None


def _title_before(text: str, start: int) -> str | None:
    """A lower-case or mixed title right before a name: "union leader", "Halvard spokesman"."""
    window = text[max(0, start - 60) : start]
    words = re.findall(r"[\w'’\-]+|[^\w\s]", window)
    if not words or words[-1].lower() not in _TITLE_HEADS:
        return None
    if not window.endswith(" "):
        return None
    title = [words[-1]]
    for w in reversed(words[:-1]):
        if (
            len(title) >= 3
            or not re.fullmatch(r"[\w'’\-]*[^\W\d_][\w'’\-]*", w)
            or w.lower() in _STOP
        ):
            break
        if w in gz.NOT_NAMES:
            break
        title.insert(0, w)
    return " ".join(title)


_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an)\s+([^,.;:\"“”()\n]{2,90}?)"
    r"(?=\s*(?:,|\.(?:\s|$)|;|:|$|\s+(?:who|which|whose|said|says|told)\b))"
)
# "the company's negotiator, Lars Eklund", "Her coach, Abdi Farrah", "Belmar's chief
# negotiator, Mirela Tosk": a determiner or an owner, then the role.
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would)\b")
_PRE_APPOSITIVE = re.compile(
    r"(?:\b[Tt]he|\b[Aa]n?|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Ii]ts|(?<=['’]s))\s+"
    r"((?:(?!\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er)\s)[\w'’ \-]){2,50}?),\s+$"
)


def _appositive_after(text: str, end: int) -> str | None:
    """ "Tomas Brandvik, the director of the Greyhaven Water Board," -> the title phrase."""
    m = _APPOSITIVE.match(text, end)
    if not m:
        return None
    phrase = m.group(1).strip()
    if len(phrase.split()) > 10 or not phrase[:1].islower():
        return None
    if _FINITE_VERB.search(phrase):
        return None  # "According to the officer, Helen Marr, a bundle had been …": a clause
    return phrase


# "his wife, Priya Hallam", "her younger brother, Josef Ambry": a relative named after.
_KIN_BEFORE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+((?:[a-z\-]+\s+)?(?:"
    + "|".join(sorted(gz.KIN_GENDER))
    + r")),\s+$"
)


def _appositive_before(text: str, start: int) -> str | None:
    """ "the company's negotiator, Lars Eklund" -> "company's negotiator"; "his wife,
    Priya Hallam" -> "wife" (a kinship noun: the gender and how the text refers back)."""
    window = text[max(0, start - 60) : start]
    kin = _KIN_BEFORE.search(window)
    if kin:
        return kin.group(1)
    m = _PRE_APPOSITIVE.search(window)
    if not m:
        return None
    phrase = m.group(1).strip()
    # "prime minister of Sarnavia", "Minister for Water Resources" -> "minister"
    head = re.split(r" (?:of|for) ", phrase)[0].split()
    last = head[-1].lower() if head else ""
    return phrase if last in _TITLE_HEADS else None


# ---------------------------------------------------------------------------------------------
# The per-article index
# ---------------------------------------------------------------------------------------------


@dataclass
class Mention:
    """One place where an actor is named: offsets, surface form and canonical name.

    kind "shared" is a surname that several people in the text share (name = the surname).
    """

    start: int
    end: int
    surface: str
    name: str
    kind: str


@dataclass
class _Entity:
    name: str
    kind: str
    titles: list[str] = field(default_factory=list)
    gender: str | None = None
    first: int = 0


class ActorIndex:
    """Actors named in one text, with surname and role coreference for speaker resolution."""

    def __init__(self, text: str, spans: list[tuple[int, int, str]] | None = None) -> None:
        self.text = text
        self.entities: dict[tuple[str, str], _Entity] = {}
        self.mentions: list[Mention] = []
        self._singles: list[tuple[Span, str]] = []
        self._surnames: tuple[int, dict[str, list[str]]] | None = None
        self._starts: list[int] = []
        if spans is None:
            self._read_rules()
        else:
            self._read_spans(spans)
        self._resolve_singles()
        self.aliases = self._read_acronyms()
        self.mentions.sort(key=lambda m: m.start)
        self._genders_from_pronouns()

    # -- building ---------------------------------------------------------------------------

    def _add(self, kind: str, name: str, start: int, end: int, surface: str) -> _Entity:
        ent = self.entities.get((kind, name))
        if ent is None:
            ent = self.entities[(kind, name)] = _Entity(name, kind, first=start)
        self.mentions.append(Mention(start, end, surface, name, kind))
        return ent

    def _add_person(self, name: Name, start: int, end: int, surface: str) -> None:
        ent = self._add("person", name.name, start, end, surface)
        titles = [
            name.title,
            _title_before(self.text, start) if not name.title else None,
            _appositive_after(self.text, end),
            _appositive_before(self.text, start),
        ]
        for t in titles:
            if t and t not in ent.titles and t not in _COURTESY:
                ent.titles.append(t)
        ent.gender = ent.gender or name.gender or _gender_of(" ".join(filter(None, titles)).split())

    def _read_rules(self) -> None:
        text = self.text
        datelines = dateline_spans(text)
        for span in capitalized_spans(text):
            if datelines and _in_spans(span.start, datelines):
                continue  # "ALDSUND, Sept 23 (Coastline Wire) -": filing place and outlet
            pos = span.start
            for part in split_span(span.tokens):
                # Locate this part's offsets inside the span's text.
                surface = " ".join(part)
                at = text.find(part[0], pos, span.end + 1)
                at = at if at >= 0 else span.start
                part_end = at + len(surface)
                if text[at:part_end] != surface:  # spacing differs: fall back to the span
                    part_end = min(span.end, at + len(surface))
                pos = part_end
                sentence_start = span.sentence_start and at == span.start
                name = read_name(part)
                if sentence_start and name is not None and name.kind == "person":
                    name = _described_at_start(part, name)
                if name is None:
                    continue
                self._add_name(name, part, at, part_end, surface, sentence_start)

    def _add_name(
        self, name: Name, part: tuple[str, ...], at: int, end: int, surface: str, sent_start: bool
    ) -> None:
        text = self.text
        if len(part) == 2 and part[0] in POLICE_RANKS:
            known = self.persons_with_surname(part[1])
            if len(known) == 1:
                # "DC Hargreaves" after "DC Mia Hargreaves": the officer named before
                self.mentions.append(Mention(at, end, surface, known[0], "person"))
                return
        if name.kind == "person" and " " not in name.name:
            self._singles.append((Span(at, end, (name.name,), sent_start), name.title or ""))
        elif name.kind == "person":
            before = text[max(0, at - 24) : at].split()
            if (
                len(before) >= 2
                and before[-1] == "of"
                and before[-2].lower() in _TITLE_HEADS
                and ("person", name.name) not in self.entities
            ):
                # "chief executive of Brightwell Foods": an employer, not a person.
                self._add("organization", name.name, at, end, surface)
            elif (
                before
                and before[-1].lower() in _PLACE_PREPOSITIONS
                and not name.title
                and ("person", name.name) not in self.entities
            ):
                self._add("place", name.name, at, end, surface)
            elif not name.title and ("person", name.name) not in self.entities:
                kind = _kind_from_context(text, at, end)
                if kind:
                    self._add(kind, name.name, at, end, surface)
                else:
                    self._add_person(name, at, end, surface)
            else:
                self._add_person(name, at, end, surface)
        elif name.kind == "single":
            self._singles.append((Span(at, end, part, sent_start), name.title or ""))
        else:
            self._add(name.kind, name.name, at, end, surface)

    def _read_spans(self, spans: list[tuple[int, int, str]]) -> None:
        """Spans from an NER model: (start, end, kind) with kind person/organization/place."""
        datelines = dateline_spans(self.text)
        for start, end, kind in spans:
            if datelines and _in_spans(start, datelines):
                continue
            surface = self.text[start:end]
            tokens = strip_leading(tuple(surface.split()))
            if not tokens:
                continue
            if kind == "person":
                title, bare = split_title(tokens)
                if len(bare) == 1:
                    self._singles.append((Span(start, end, bare, False), " ".join(title)))
                    continue
                name = Name("person", " ".join(bare), " ".join(title) or None, _gender_of(title))
                self._add_person(name, start, end, surface)
            else:
                joined = " ".join(tokens)
                self._add(kind, gz.ORG_ALIASES.get(joined, joined), start, end, surface)

    def _resolve_singles(self) -> None:
        """One-word names: a known person's surname, a gazetteer entry, or a place by context.
        A word the text shows to be a business once ("SkyCeltic's chief operating officer")
        is that business at every mention ("every SkyCeltic flight")."""
        firms = {
            span.tokens[0]
            for span, title in self._singles
            if not title and _business_context(self.text, span.start, span.end)
        }
        for span, title in self._singles:
            tok = span.tokens[0]
            if tok in gz.NOT_NAMES:
                continue
            if tok in firms and not self.persons_with_surname(tok):
                fuller = [
                    n for k, n in self.entities if k == "organization" and n.startswith(tok + " ")
                ]
                # "Verdane's managing director" after "Verdane Environmental": that firm
                name = fuller[0] if len(fuller) == 1 else tok
                self._add("organization", name, span.start, span.end, tok)
                continue
            full = self.persons_with_surname(tok)
            if len(full) == 1:
                ent = self.entities[("person", full[0])]
                if title and title not in ent.titles and title not in gz.HONORIFICS:
                    ent.titles.append(title)
                ent.gender = ent.gender or _gender_of([title])
                self.mentions.append(Mention(span.start, span.end, tok, full[0], "person"))
                continue
            if len(full) > 1:
                named = self.persons_with_surname_before(tok, span.start)
                if len(named) == 1:
                    # "Okafor" before the second Okafor is introduced: the first one.
                    self.mentions.append(Mention(span.start, span.end, tok, named[0], "person"))
                    continue
                # "Idrissi-Vale" with two Idrissi-Vales named: a mention of one of them.
                self.mentions.append(Mention(span.start, span.end, tok, tok, "shared"))
                continue
            before = self.text[max(0, span.start - 12) : span.start].split()
            prep = before[-1].lower() if before else ""
            first = self.persons_with_first_name(tok) if title in ("Sir", "Dame") else []
            if len(first) == 1:
                # "Sir Anthony" after "Sir Anthony Belcourt": the knight by his first name
                self.mentions.append(Mention(span.start, span.end, tok, first[0], "person"))
            elif title:
                self._add_person(Name("person", tok, title, _gender_of([title])), *_se(span), tok)
            elif (prep in gz.ORG_NOUNS and not span.sentence_start) or _kind_from_context(
                self.text, span.start, span.end, after_the=False
            ) == "organization":
                # "the grid operator Voltria", "the airline Kestrel", "The regulator, Ofcal,".
                self._add("organization", tok, span.start, span.end, tok)
            elif prep in _PLACE_PREPOSITIONS and not span.sentence_start:
                self._add("place", tok, span.start, span.end, tok)

    def _read_acronyms(self) -> dict[str, str]:
        """Short forms the text defines: "the Estavian Meteorological Service (EMS)" makes
        every "EMS" that body. Mentions of the short form are renamed to the full name."""
        aliases: dict[str, str] = {}
        defined = _ACRONYM_DEFINED.finditer(self.text) if _ACRONYM_MARK.search(self.text) else ()
        for m in defined:  # most texts define none: the slower pattern is skipped
            phrase, short = " ".join(m.group(1).split()), m.group(2)
            words = phrase.split()
            while len(words) > 1 and ("organization", " ".join(words)) not in self.entities:
                words = words[1:]  # "The Amalgamated Union …", "Friday's Estavian Met Service"
            known = " ".join(words)
            if ("organization", known) not in self.entities:
                continue
            full = known
            if not _abbreviates(short, known):
                # "Competition and Consumer Commission (CCC)" read as "Consumer Commission":
                # the whole phrase the short form spells out is the name
                full = _spelled_out(short, phrase, known)
                if full is None:
                    continue
                aliases[known] = full
                self.entities.setdefault(
                    ("organization", full), _Entity(full, "organization", first=m.start())
                )
            aliases[short] = full
        for short, full in self._initialisms().items():
            aliases.setdefault(short, full)
        if not aliases:
            return aliases
        for i, mention in enumerate(self.mentions):
            if mention.kind == "organization" and mention.name in aliases:
                self.mentions[i] = Mention(
                    mention.start,
                    mention.end,
                    mention.surface,
                    aliases[mention.name],
                    "organization",
                )
        for short in aliases:
            self.entities.pop(("organization", short), None)
        return aliases

    def _initialisms(self) -> dict[str, str]:
        """Short forms the text uses without defining them, each the capital initials of
        exactly one body it names: "The FCMA said" after "the Financial Conduct and Markets
        Authority"."""
        found: dict[str, list[str]] = {}
        shorts = {n for k, n in self.entities if k == "organization" and _SHORT_FORM.fullmatch(n)}
        if not shorts:
            return {}
        for kind, name in self.entities:
            words = name.split()
            if kind != "organization" or len(words) < 2:
                continue
            caps = "".join(w[0] for w in words if w[:1].isupper())
            if caps in shorts:
                found.setdefault(caps, []).append(name)
        return {short: names[0] for short, names in found.items() if len(names) == 1}

    def _genders_from_pronouns(self) -> None:
        """A person's gender from the pronoun that follows them in their own sentence.

        "Coach Leontine Achterhof said she had no plans", "Farah Quayle, who was working in
        her aunt's bakery": when the sentence names nobody else, its first he/his/she/her
        refers to that person. A quote mark stops the look (quoted words speak of others);
        conflicting evidence leaves the gender unknown. Speaker resolution uses the gender to
        refuse a "he said" that would go to the one woman in reach (and the other way round).
        """
        votes: dict[str, set[str]] = {}
        persons = [m for m in self.mentions if m.kind == "person"]  # sorted by start
        starts = [m.start for m in persons]
        for m in persons:
            end = _sentence_end_at(self.text, m.end)
            begin = _sentence_begin_at(self.text, m.start)
            lo, hi = bisect.bisect_left(starts, begin), bisect.bisect_left(starts, end)
            if any(o.name != m.name for o in persons[lo:hi]):
                continue
            tail = self.text[m.end : min(end, m.end + 80)]
            if tail.startswith(("'s", "’s")):
                continue  # "Jane Smith's husband said he …": the pronoun is the husband's
            tail = re.split(r"[\"“”]|``|''", tail, maxsplit=1)[0]
            # Not "him" nor an object "her": an object pronoun in the subject's own sentence
            # is someone else ("Varn hit back, accusing her of …"); "her side's" is possessive.
            pron = _SUBJECT_PRONOUN.search(tail)
            if pron and self._pronoun_of_other(begin, m.start, tail[: pron.start()]):
                continue
            if pron and _OBJECT_BEFORE.search(self.text, max(begin, m.start - 60), m.start):
                continue  # "the trial of Corwin Ames … she", "by barrister Quentin Hale, she"
            if pron:
                votes.setdefault(m.name, set()).add(_SUBJECT_GENDER[pron.group(1).lower()])
        for name, genders in votes.items():
            ent = self.entities.get(("person", name))
            if ent is not None and ent.gender is None and len(genders) == 1:
                gender = genders.pop()
                if _first_name_gender(name) in (None, gender):
                    ent.gender = gender  # a "Quentin" that a nearby "she" follows: unknown

    def _pronoun_of_other(self, begin: int, start: int, before_pronoun: str) -> bool:
        """Whether the pronoun after a name likely means someone else: the sentence opened
        with a pronoun for another person ("His apprentice, Beth Carrow, will take it over
        when he retires") and the later one starts a subordinate clause, as that person's
        again. "His barrister, Quentin Moss, said in his statement" stays Moss's."""
        if not _SUBJECT_PRONOUN.search(self.text, begin, start):
            return False
        words = before_pronoun.split()
        return bool(words) and words[-1].lower() in _SUBORDINATORS

    def set_gender(self, name: str, gender: str) -> None:
        """Record a gender learned elsewhere (a "she said" resolved to this person)."""
        ent = self.person(name)
        if ent is not None and ent.gender is None:
            ent.gender = gender

    # -- lookups ----------------------------------------------------------------------------

    def persons(self) -> list[str]:
        """Full names of every person the text names."""
        return [name for kind, name in self.entities if kind == "person"]

    def persons_with_surname(self, surname: str) -> list[str]:
        """Full person names in the text ending in `surname` (or equal to it)."""
        if self._surnames is None or self._surnames[0] != len(self.entities):
            table: dict[str, list[str]] = {}
            for kind, name in self.entities:
                if kind == "person":
                    table.setdefault(name.split()[-1], []).append(name)
            self._surnames = (len(self.entities), table)
        return list(self._surnames[1].get(surname, []))

    def persons_with_surname_before(self, surname: str, pos: int) -> list[str]:
        """People with this surname whose first mention comes before `pos`: a surname
        written before another person of that name is introduced means the one named."""
        return [
            name
            for name in self.persons_with_surname(surname)
            if self.entities[("person", name)].first < pos
        ]

    def person(self, name: str) -> _Entity | None:
        return self.entities.get(("person", name))

    def normalize_person(self, surface: str) -> str | None:
        """ "Okafor"/"Mr. Okafor"/"Minister Lena Okafor" -> "Lena Okafor"; None if ambiguous."""
        tokens = strip_leading(tuple(surface.replace("’s", "").split()))
        _title, tokens = split_title(tokens)
        if not tokens:
            return None
        bare = " ".join(tokens)
        if len(tokens) > 1:
            return bare
        full = self.persons_with_surname(tokens[-1])
        if len(tokens) > 1:
            full = [n for n in full if n.split()[0] == tokens[0]] or full
        if len(full) == 1:
            return full[0]
        if not full:
            by_first = self.persons_with_first_name(bare)
            return by_first[0] if len(by_first) == 1 else bare
        return None

    def persons_with_first_name(self, first: str) -> list[str]:
        """Full names that start with `first`: "Anton" -> "Anton Reinholt".

        News writes people by first name when a surname is shared ("Anton Reinholt" and
        "Matthias Reinholt": "Anton said") and for children and private people.
        """
        return [
            name
            for kind, name in self.entities
            if kind == "person" and len(name.split()) > 1 and name.split()[0] == first
        ]

    def titles_of(self, name: str) -> list[str]:
        ent = self.person(name)
        return list(ent.titles) if ent else []

    def gender_of(self, name: str) -> str | None:
        ent = self.person(name)
        return ent.gender if ent else None

    def given_name_gender(self, name: str) -> str | None:
        """The gender the person's given name nearly always has, when the text gives none.

        Weak evidence, used only to refuse ("he said" with only a Maria in reach), never to
        choose between people: given-name lists cover some people in a text and not others.
        """
        ent = self.person(name)
        if ent is None or ent.gender is not None:
            return None
        return _first_name_gender(name)

    def persons_with_role(self, role: str) -> list[str]:
        """People whose title contains the role noun ("minister" -> "Water Minister ...")."""
        role = role.lower().strip()
        out = []
        for (kind, name), ent in self.entities.items():
            if kind != "person":
                continue
            if any(re.search(rf"\b{re.escape(role)}\b", t.lower()) for t in ent.titles):
                out.append(name)
        return out

    def organizations_with_head(self, head: str) -> list[str]:
        """Organizations whose name contains the head noun ("ministry" -> "Ministry of Labour")."""
        head = head.lower()
        return [
            name
            for (kind, name) in self.entities
            if kind == "organization" and head in name.lower().split()
        ]

    def names_ending_in(self, word: str) -> list[str]:
        """Organizations (or two-word names read as people) whose last word is `word`: "zoo"."""
        word = word.lower()
        return [
            name
            for (kind, name) in self.entities
            if kind in ("organization", "person")
            and len(name.split()) > 1
            and name.split()[-1].lower() == word
        ]

    def mentions_between(self, start: int, end: int, kind: str = "person") -> list[Mention]:
        """Mentions of one kind starting in [start, end), in text order."""
        if len(self._starts) != len(self.mentions):
            self.mentions.sort(key=lambda m: m.start)
            self._starts = [m.start for m in self.mentions]
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [m for m in self.mentions[lo:hi] if m.kind == kind]

    def actors(self) -> list[Actor]:
        """The index as Actors, most-mentioned first."""
        counts: dict[tuple[str, str], int] = {}
        for m in self.mentions:
            counts[(m.kind, m.name)] = counts.get((m.kind, m.name), 0) + 1
        self._count_roles(counts)
        out = [
            Actor(ent.name, ent.kind, counts.get(key, 0), tuple(ent.titles))
            for key, ent in self.entities.items()
            if counts.get(key, 0) > 0
        ]
        first = {key: ent.first for key, ent in self.entities.items()}
        out.sort(key=lambda a: (-a.mentions, first[(a.kind, a.name)]))
        return out

    def _count_roles(self, counts: dict[tuple[str, str], int]) -> None:
        """ "the minister" / "the company" count as mentions of the one actor that fits."""
        for m in re.finditer(r"\b[Tt]he ([a-z]+(?: [a-z]+)?)\b", self.text):
            words = m.group(1).split()
            if len(words) == 2 and words[1] not in _TITLE_HEADS and words[1] not in gz.ORG_NOUNS:
                words = words[:1]
            head = words[-1]
            if head in _TITLE_HEADS:
                people = self.persons_with_role(head)
                if len(people) == 1:
                    counts[("person", people[0])] = counts.get(("person", people[0]), 0) + 1
            elif head in gz.ORG_NOUNS and len(words) == 1:
                orgs = self.organizations_with_head(head)
                if len(orgs) == 1:
                    key = ("organization", orgs[0])
                    counts[key] = counts.get(key, 0) + 1


# Lower-case nouns that name a business or body right before or after its name ("the
# shipping group Kessling Maritime", "Tolmere Power, the regional grid operator").
_ORG_DESCRIPTORS = frozenset(
    """
    company firm group operator insurer airline regulator carmaker automaker retailer lender
    broker supplier charity union broadcaster publisher chain maker manufacturer consultancy
    agency utility watchdog conglomerate bank network start-up startup carrier provider
    """.split()
)
# "the village of Pell Crossing", "the island of Skerra": a place, whatever its words.
_PLACE_NOUNS = frozenset(
    "village town city island county region province district parish borough hamlet".split()
)
# First words of the name of a natural or built feature: "the River Teme", "the Lake
# Orva", "the Gulf of Varn". Such a name is a place; it never speaks.
FEATURE_WORDS = frozenset(
    "River Lake Loch Mount Canal Bay Gulf Isle Island Sea Ocean Forest Valley Glen Strait".split()
)
# Last words of a natural feature's name ("Orva Lake", "the Kessel Mountains").
FEATURE_HEADS = frozenset(
    "River Lake Sea Ocean Bay Gulf Valley Island Islands Mountains Hills Peninsula Strait".split()
)


def is_natural_feature(name: str) -> bool:
    """Whether `name` names a river, lake, sea or the like, which never speaks (a country
    such as "Solomon Islands" and a body such as "Thames Valley Police" do)."""
    words = name.split()
    if len(words) < 2 or name in gz.PLACES or words[-1] in gz.ORG_HEADS:
        return False  # "Mount Carrow Hospital", "Thames Valley Police": bodies
    return words[0] in FEATURE_WORDS or words[-1] in FEATURE_HEADS


_THE_BEFORE = re.compile(r"(?:^|[^\w'’])[Tt]he\s+$")
_NOUN_BEFORE = re.compile(r"([a-z]+)\s+$")
_PLACE_OF_BEFORE = re.compile(r"\b([a-z]+)\s+of\s+$")
# The descriptor ends the appositive or opens a qualifier: "Lumenfold, a start-up in the
# city of Caraway that makes …" is described as a start-up.
_ORG_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an|its)\s+(?:[\w'’\-]+\s+){0,3}?([a-z]+(?:-[a-z]+)?)"
    r"\s*(?:[,.;]|$|\s(?:in|based|that|which|whose|with|from)\s)"
)
# "The telecoms regulator, Ofcal,"; not "The chief executive of the bank, Ines Marlow,": the
# name after "of the <noun>," is the role holder's.
_ORG_PRE_APPOSITIVE = re.compile(
    r"(?:^|(?<!\bof)[^\w'’])[Tt]he\s+(?:[\w'’\-]+\s+){0,3}?([a-z]+)\s*,\s*$"
)


# What only a business has: "SkyCeltic's chief operating officer", "Fernlink's founder",
# "Corvane's shares", "shares in Corvane".
_BUSINESS_OWNED = re.compile(
    r"['’]s\s+(?:(?:(?:chief|managing|finance|financial|operating|executive|deputy|interim|"
    r"acting)\s+)+(?:executive|officer|director)|founder|co-founder|chairman|chairwoman|"
    r"chairperson|shares|shareholders|share\s+price|CEO|COO|CFO|board\s+of\s+directors)\b"
)
_SHARES_IN = re.compile(r"\b(?:[Ss]hares|[Ss]tock)\s+(?:in|of)\s+$")


def _business_context(text: str, start: int, end: int) -> bool:
    """Whether the one-word name at [start, end) is written as a business's name."""
    return bool(
        _BUSINESS_OWNED.match(text, end) or _SHARES_IN.search(text[max(0, start - 12) : start])
    )


def _kind_from_context(text: str, start: int, end: int, after_the: bool = True) -> str | None:
    """ "organization"/"place" when the words around an untitled two-word name say so.

    People are not written "the Amberlow Players" or "the group Kessling Maritime", and a
    name in apposition to "the regional grid operator" or after "the village of" is a body
    or a place. None keeps the default reading (a person). `after_the=False` skips the
    "the X" reading (one word after "the" may be a title: "the Pope").
    """
    window = text[max(0, start - 60) : start]
    if after_the and _THE_BEFORE.search(window):
        first = text[start:end].split(None, 1)[0]
        return "place" if first in FEATURE_WORDS else "organization"
    m = _PLACE_OF_BEFORE.search(window)
    if m and m.group(1) in _PLACE_NOUNS:
        return "place"
    first = text[start:end].split(None, 1)[0]
    if is_given_name(first):
        return None  # "crane operator Jonas Petrak": a person with a job, not a body
    return "organization" if org_descriptor(text, start, end) else None


def org_descriptor(text: str, start: int, end: int) -> str | None:
    """The noun that describes the name at [start, end) as a body, if the text gives one.

    "the shipping group Kessling Maritime" -> "group"; "The telecoms regulator, Ofcal," ->
    "regulator"; "Tolmere Power, the regional grid operator" -> "operator".
    """
    window = text[max(0, start - 60) : start]
    for m in (
        _NOUN_BEFORE.search(window),
        _ORG_PRE_APPOSITIVE.search(window),
        _ORG_APPOSITIVE.match(text[end : end + 80]),
    ):
        if m and m.group(1) in _ORG_DESCRIPTORS:
            return m.group(1)
    return None


def _sentence_end_at(text: str, pos: int) -> int:
    """Offset of the end of the sentence holding `pos` (a paragraph break also ends it)."""
    m = re.compile(r"[.!?](?=[\"”'’]*\s)|\n").search(text, pos)
    return m.end() if m else len(text)


def _sentence_begin_at(text: str, pos: int) -> int:
    """Offset of the start of the sentence holding `pos` (rough: last [.!?] or newline)."""
    k = pos - 1
    while k >= 0 and text[k] not in ".!?\n":
        k -= 1
    return k + 1


def _se(span: Span) -> tuple[int, int]:
    return span.start, span.end


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


def actor_index(article: Article, ner: str | None = None) -> ActorIndex:
    """The article's ActorIndex (rules, or `ner="spacy:MODEL"` spans); share it with quotes."""
    text = article.text or ""
    if not ner or ner == "rules":
        return ActorIndex(text)
    if ner.startswith("spacy:"):
        nlp = load_spacy(ner.split(":", 1)[1])
        return ActorIndex(text, spans=_spacy_spans(nlp, text))
    raise ValueError(f"unknown ner {ner!r}: use 'rules' or 'spacy:MODEL'")


def extract_actors(article: Article, ner: str | None = None) -> list[Actor]:
    """People, organizations and places in an article; `ner="spacy:MODEL"` uses spaCy spans."""
    return actor_index(article, ner).actors()


_SPACY_KINDS = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organization",
    "NORP": None,
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}


@lru_cache(maxsize=4)
def load_spacy(model: str):  # noqa: ANN201 - spacy.Language when spaCy is installed
    """spacy.load(model), or NERUnavailable with how to fix it."""
    if not model:
        raise NERUnavailable(
            "no spaCy model named: use --ner spacy:MODEL, e.g. spacy:en_core_web_sm"
        )
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is installed in the dev venv
        raise NERUnavailable(
            f"--ner spacy:{model} needs spaCy: "
            f"pip install spacy && python -m spacy download {model}"
        ) from exc
    try:
        return spacy.load(model)
    except (OSError, ImportError) as exc:
        raise NERUnavailable(
            f"spaCy model {model!r} is not installed (python -m spacy download {model}, "
            "or use the built-in rules: --ner rules)"
        ) from exc


def _spacy_spans(nlp, text: str) -> list[tuple[int, int, str]]:  # noqa: ANN001
    doc = nlp(text)
    spans = []
    for ent in doc.ents:
        kind = _SPACY_KINDS.get(ent.label_)
        if kind:
            spans.append((ent.start_char, ent.end_char, kind))
    return spans


def _merge_key(a: Actor) -> tuple[str, str]:
    name = a.name
    if a.kind == "organization" and name.lower().startswith("the "):
        name = name[4:]
    return a.kind, name.lower()


def merge_actors(lists: Iterable[Iterable[Actor]]) -> list[Actor]:
    """One list for an event: same actor across articles merged, "Okafor" -> "Lena Okafor"."""
    merged: dict[tuple[str, str], Actor] = {}
    order: list[tuple[str, str]] = []
    for actors in lists:
        for a in actors:
            key = _merge_key(a)
            if key in merged:
                old = merged[key]
                titles = tuple(dict.fromkeys([*old.titles, *a.titles]))
                merged[key] = Actor(old.name, old.kind, old.mentions + a.mentions, titles)
            else:
                merged[key] = a
                order.append(key)
    # Surname-only people join the one full name that ends with that surname.
    by_surname: dict[str, list[tuple[str, str]]] = {}
    for k in order:
        words = merged[k].name.split()
        if k[0] == "person" and words:
            by_surname.setdefault(words[-1].lower(), []).append(k)
    for key in list(order):
        a = merged.get(key)
        if a is None or a.kind != "person" or " " in a.name:
            continue
        full = [k for k in by_surname.get(a.name.lower(), ()) if k != key and k in merged]
        if len(full) == 1:
            target = merged[full[0]]
            titles = tuple(dict.fromkeys([*target.titles, *a.titles]))
            merged[full[0]] = Actor(target.name, "person", target.mentions + a.mentions, titles)
            del merged[key]
    out = [merged[k] for k in order if k in merged]
    out.sort(key=lambda a: -a.mentions)
    return out
