"""Who said what: direct, partial and indirect quotes with their speakers, from one article.

Pure rules over the clean text, fast enough to run on every article:

1. Quote marks (curly, straight, PTB ``…'') are paired per paragraph with a stack, so nested
   quotes stay inside the outer one, a stray mark is ignored and an unclosed quote is dropped
   instead of swallowing the text after it. A paragraph that opens a quote without closing it
   continues into the next paragraph when that one opens with a quote mark (news style).
   A quote wrapping the whole article is a scraping artifact and is unwrapped (also when
   its two marks stand alone at the very start and end). A cue written inside one pair of
   marks (`"A, she said. B."`) splits it; a last quote left open at a paragraph end after a
   closed one is closed there.
2. Each quote gets its attribution from the words around it: `"…," Okafor said` ·
   `"…," said Lena Okafor, the spokeswoman` · `Okafor said: "…"` · `"…," she said` ·
   `according to …` · an interrupted `"…," X said, "…"` · a partial quote inside the
   writer's sentence (`…, calling the plan "dead on arrival"`) · a quote that continues the
   previous speaker's quote in the same paragraph · a first-person quote with no cue after
   a sentence about exactly one person (`Fisherman X watched the sea.\n\n"I've never…"`).
3. Sentences without quote marks give indirect quotes: `X told reporters that …`,
   `…, the company said.`, `According to X, …`, `…, adding that …`.
4. Speakers go through `ActorIndex`: "Okafor" -> "Lena Okafor", "the minister" -> the one
   minister named, "the ministry" -> "Ministry of Labour", "she" -> the one person in reach.
   When more than one person fits, the speaker is None: no speaker beats a wrong one.
   Pronouns use the genders the text gives (`X said she…`) and refuse a "he" whose only
   candidate is a woman; "Anton" -> "Anton Reinholt" when the surname is shared.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace

from newsline.records import Article, Sentence
from newsline.text.actors import (
    NAME_PARTICLES,
    POLICE_RANKS,
    POST_NOMINALS,
    TITLE_WORDS,
    Actor,
    ActorIndex,
    actor_index,
    dateline_length,
    dateline_spans,
    is_given_name,
    is_natural_feature,
    is_title_word,
    org_descriptor,
    read_name,
    split_description,
    split_title,
    strip_leading,
)
from newsline.text.data import gazetteer as gz
from newsline.text.sentences import ABBREVIATIONS, paragraph_spans, split_sentences

QUOTE_KINDS = ("direct", "partial", "indirect")
# How far back (characters) "he"/"she" looks for its person: the paragraph, at most this much.
PRONOUN_REACH = 1500


@dataclass(frozen=True)
class Quote:
    """One attributed (or unattributable) statement in an article."""

    speaker: str | None
    speaker_title: str | None
    text: str
    kind: str  # direct | partial | indirect
    cue: str | None  # the attributing words: "said", "told reporters", "according to"
    article_id: str
    sentence_index: int
    date: str | None  # the article's publication date; the pipeline may set the event date

    def to_dict(self) -> dict:
        """The JSON shape of issue 5: speaker, speaker_title, text, kind, cue, article_id..."""
        return asdict(self)


# ---------------------------------------------------------------------------------------------
# Word lists
# ---------------------------------------------------------------------------------------------

_STOP_VERBS = "is are was were has have had be been being giving taking making"
SPEECH_VERBS = frozenset(
    """
    said says say told tells added adds stated states asked asks explained explains noted notes
    wrote writes declared declares insisted insists warned warns argued argues replied replies
    responded responds continued continues recalled recalls announced announces claimed claims
    acknowledged acknowledges admitted admits conceded concedes countered counters observed
    remarked tweeted posted confirmed confirms denied denies suggested suggests predicted
    promised vowed urged maintained maintains complained complains cautioned lamented quipped
    joked emphasized emphasised stressed shouted yelled cried whispered testified reported
    agreed objected pleaded boasted concluded answered answers reiterated wondered mused
    """.split()
)
# Verbs that introduce an indirect "that"-clause (speech plus a few of reporting/belief).
_THAT_VERBS = SPEECH_VERBS | frozenset("believes believed thinks thought fears feared".split())
# Participles that hang a partial quote on the subject: "…, calling the plan "dead"".
_PARTIAL_LINKS = frozenset(
    """
    calling saying describing adding warning arguing insisting noting accusing branding dubbing
    labelling labeling terming declaring vowing promising urging
    """.split()
)
_PARTIAL_VERBS = SPEECH_VERBS | frozenset(
    """
    called calls described describes dubbed branded labelled labeled termed dismissed
    dismisses welcomed welcomes hailed hails denounced denounces condemned condemns praised
    praises criticised criticized criticises criticizes slammed blasted decried derided
    characterised characterized accused accuses rejected rejects defended defends
    """.split()
)
_GROUPS = frozenset(
    """
    officials residents critics analysts experts witnesses sources diplomats lawmakers
    protesters organizers organisers observers economists investors officers people workers
    neighbours neighbors doctors nurses teachers parents students authorities prosecutors
    investigators engineers scientists researchers activists voters fans locals
    rescuers volunteers firefighters paramedics medics soldiers troops survivors
    """.split()
)
# A document "speaks" only through whoever wrote it: "the Constitution states", "the Harbour
# Act says", "the report said" credit nobody. "bill" and "law" are also names ("Jude Law"),
# so they count only after a determiner.
# Plural people (and a crowd) a pronoun speaker may belong to: "the two women", "families".
_GROUP_WORD = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            _GROUPS
            | {"women", "men", "families", "crowd", "couple", "villagers", "players", "both"}
        )
    )
    + r")\b",
    re.I,
)
# "the two men", "the three women": a counted group, the subject wherever it stands.
_COUNTED_GROUP = [["the", n] for n in ("two", "three", "four")]
_DOCUMENTS = frozenset(
    """
    constitution act charter treaty report statement law bill accord protocol directive
    ordinance decree statute regulation resolution memo memorandum document filing
    indictment ruling judgment judgement agreement study survey manifesto
    """.split()
)
_DOCUMENT_NAMES = frozenset("bill law".split())
_DETERMINERS = frozenset("the a an this that its his her their our".split())
_PRONOUNS = {"he": "m", "she": "f", "it": "it", "they": None, "we": None, "i": None}
_ADVERB_SKIP = frozenset("also later again then earlier previously separately further".split())
_TAIL_STOP = frozenset(
    """
    on in at after before during while when who whose which as with from to late last this
    outside inside yesterday today tonight adding saying noting warning and but because
    """.split()
)
_NOT_TITLE_WORDS = frozenset(
    """
    at of for to with from in on by into about our their his her its my your we i
    """.split()
) | frozenset(w for w in _STOP_VERBS.split())
_CONJUNCTIONS = frozenset(
    "while and but as when because although though after before since whereas if so or".split()
)
_OPEN_CONTEXT = set(" \t\n([{—–-/")
_CLOSE_CONTEXT = set(" \t\n.,;:!?)]}—–-/")


# ---------------------------------------------------------------------------------------------
# Quote marks and pairing
# ---------------------------------------------------------------------------------------------

_MARK = re.compile(r"``|''|[\"“”]")


@dataclass
class _Mark:
    pos: int
    end: int
    role: str  # open | close | amb


@dataclass
class _Raw:
    """A paired quote: where its marks are and the text segments (one per paragraph)."""

    open_pos: int  # the opening mark
    close_pos: int  # the closing mark
    close_end: int
    segments: list[tuple[int, int]]


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    out = []
    for m in _MARK.finditer(text, start, end):
        ch = m.group()
        if ch in ("“", "``"):
            role = "open"
        elif ch in ("”", "''"):
            role = "close"
        else:
            prev = text[m.start() - 1] if m.start() > start else "\n"
            nxt = text[m.end()] if m.end() < end else "\n"
            opens = prev in _OPEN_CONTEXT and nxt not in " \t\n"
            closes = nxt in _CLOSE_CONTEXT and prev not in " \t\n"
            role = "open" if opens and not closes else "close" if closes and not opens else "amb"
        out.append(_Mark(m.start(), m.end(), role))
    return out


def _pair_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[_Raw]:
    """All quote pairs, nested ones included; multi-paragraph quotes carry their segments."""
    pairs: list[_Raw] = []
    carry: tuple[int, list[tuple[int, int]]] | None = None  # (open_pos, earlier segments)
    for n, (ps, pe) in enumerate(paragraphs):
        marks = _marks(text, ps, pe)
        stack: list[tuple[int, list[tuple[int, int]], int]] = []  # (open_pos, segments, seg_start)
        if carry is not None:
            if marks and marks[0].pos == ps and marks[0].role != "close":
                stack.append((carry[0], carry[1], marks[0].end))
                marks = marks[1:]
            carry = None
        for mk in marks:
            role = mk.role
            if role == "amb":
                role = "close" if stack else "open"
            if role == "open":
                stack.append((mk.pos, [], mk.end))
            elif stack:
                open_pos, segs, seg_start = stack.pop()
                pairs.append(_Raw(open_pos, mk.pos, mk.end, [*segs, (seg_start, mk.pos)]))
        if len(stack) == 1 and n + 1 < len(paragraphs):
            nxt = paragraphs[n + 1][0]
            if (
                _MARK.match(text, nxt)
                and text[nxt] not in "”"
                and not text.startswith("''", nxt)
                and (stack[0][1] or _opens_sentence(text, stack[0][0], ps))
            ):
                open_pos, segs, seg_start = stack[0]
                carry = (open_pos, [*segs, (seg_start, pe)])
                stack = []
        for open_pos, segs, seg_start in stack:
            repaired = _repair_unclosed(text, open_pos, seg_start, pe)
            if repaired is None and not segs and len(stack) == 1:
                repaired = _close_at_paragraph_end(text, pairs, open_pos, seg_start, (ps, pe))
            if repaired and not segs:
                pairs.append(repaired)
    return pairs


def _opens_sentence(text: str, pos: int, floor: int) -> bool:
    """True when the mark at `pos` starts a sentence (only a full quote runs on)."""
    before = text[floor:pos].rstrip()
    return not before or before[-1] in ".!?:\"”'"


_UNCLOSED_CUE = re.compile(
    r"(?P<inner>[^\"“”`]{3,}?,)\s+(?=(?:"
    + "|".join(sorted(SPEECH_VERBS))
    + r")\s+[A-Z]|(?:[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}|he|she)\s+(?:"
    + "|".join(sorted(SPEECH_VERBS))
    + r")\b)"
)


def _repair_unclosed(text: str, open_pos: int, seg_start: int, end: int) -> _Raw | None:
    """`"We have 40 crews out, said Nadia Kova` / `"…, he said.`: the closing mark is missing
    before the cue (a name or he/she, then a speech verb)."""
    m = _UNCLOSED_CUE.match(text, seg_start, end)
    if not m:
        return None
    close = m.end("inner")
    return _Raw(open_pos, close, close, [(seg_start, close)])


def _close_at_paragraph_end(
    text: str, pairs: list[_Raw], open_pos: int, seg_start: int, para: tuple[int, int]
) -> _Raw | None:
    """`"A," the judge said. "B.` + paragraph end: the last closing mark is missing.

    Only for a quote that opens a sentence after a closed quote of the same paragraph and
    runs to a paragraph end that closes a sentence; a stray mark elsewhere stays ignored.
    """
    ps, pe = para
    if not any(ps <= p.open_pos and p.close_end <= open_pos for p in pairs):
        return None
    if not _opens_sentence(text, open_pos, ps) or text[pe - 1] not in ".!?":
        return None
    return _Raw(open_pos, pe, pe, [(seg_start, pe)])


# `"We asked and asked, she said. Nobody came."`: a cue inside one pair of marks means the
# writer left out the marks around it.
_INNER_CUE = re.compile(
    r",\s+(?:he|she|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+(?:said|says|added)\.\s+(?=[A-Z])"
)


def _split_inner_cues(text: str, raws: list[_Raw]) -> list[_Raw]:
    """Split a one-paragraph quote at a cue written inside it into two quotes."""
    out = []
    for raw in raws:
        (start, end), *more = raw.segments
        m = None if more else _INNER_CUE.search(text, start, end)
        if m is None:
            out.append(raw)
            continue
        cut = m.start() + 1  # after the comma
        out.append(_Raw(raw.open_pos, cut, cut, [(start, cut)]))
        out.append(_Raw(m.end(), raw.close_pos, raw.close_end, [(m.end(), end)]))
    return out


def _unwrap_article(
    text: str, sentences: list[Sentence], paragraphs: list[tuple[int, int]]
) -> tuple[str, list[Sentence]]:
    """Blank out a pair of marks that wraps the whole article (a scraping artifact).

    `"First paragraph …\n\n"Quote," X said.\n\nLast paragraph."`: the text opens and ends
    with a mark, and without those two every paragraph pairs its own marks, so they belong
    to no quote. (A real quote running over paragraphs reopens each one and stays.)
    Offsets are kept: the marks become spaces, in the text and in the sentences.
    """
    if len(paragraphs) < 2:
        return text, sentences
    reopened = _unwrap_reopened(text, paragraphs)
    if reopened is not None:
        return reopened, [replace(s, text=reopened[s.start : s.end]) for s in sentences]
    first = _MARK.match(text, paragraphs[0][0])
    last_start = paragraphs[-1][1] - 2 if text.endswith("''", 0, paragraphs[-1][1]) else None
    last = _MARK.match(text, last_start if last_start is not None else paragraphs[-1][1] - 1)
    if not first or not last or first.group() in ("”", "''") or last.group() in ("“", "``"):
        return text, sentences
    masked = (
        text[: first.start()] + " " * len(first.group()) + text[first.end() : last.start()]
        + " " * len(last.group()) + text[last.end() :]
    )  # fmt: skip
    for ps, pe in paragraphs:
        roles = [mk.role for mk in _marks(masked, ps, pe)]
        if roles.count("open") > roles.count("close") + roles.count("amb") or len(roles) % 2:
            return text, sentences
    if not _MARK.search(masked):
        masked = _single_marks(masked, paragraphs)
    return masked, [replace(s, text=masked[s.start : s.end]) for s in sentences]


def _unwrap_reopened(text: str, paragraphs: list[tuple[int, int]]) -> str | None:
    """The text without a wrapper that reopens every paragraph, else None.

    `"First paragraph.\n\n"Second, with 'a quote,' X said.\n\n"Last."`: each paragraph opens
    with a double mark and only the last one closes, as when a whole article is pasted
    inside quote marks; the single marks inside are then the article's own quotes.
    """
    opens = [_MARK.match(text, ps) for ps, _pe in paragraphs]
    if not all(m and m.group() in ("“", "``", '"') for m in opens):
        return None
    pe = paragraphs[-1][1]
    end = text[:pe].rstrip()
    close = "''" if end.endswith("''") else end[-1:]
    if close not in ("”", "''", '"'):
        return None
    inner = [text[m.end() : p[1]] for m, p in zip(opens, paragraphs, strict=True)]
    inner[-1] = inner[-1].rstrip()[: -len(close)]
    if any(_MARK.search(part) for part in inner):
        return None  # double marks inside: real quotes, not one wrapper
    out = list(text)
    for m in opens:
        out[m.start() : m.end()] = " " * len(m.group())
    at = len(end) - len(close)
    out[at : at + len(close)] = " " * len(close)
    return _single_marks("".join(out), paragraphs)


_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))['‘](?=[^\W_])", re.M)
_SINGLE_CLOSE = re.compile(
    r"(?<=[,.!?—–])['’](?=[\s,.;:!?)\]—–]|$)|(?<=\w)['’](?=[,.;:!?]|$)", re.M
)


def _single_marks(text: str, paragraphs: list[tuple[int, int]]) -> str:
    """Single quote marks as double ones, in an article unwrapped from one pair of double
    marks: `"CITY - … 'We ate ship's biscuit,' said her master. …"` nests its quotes in
    single marks. An opener follows a space and precedes a word; a closer follows the
    quote's last punctuation or word and precedes punctuation or a space (so the apostrophe
    in "ship's" and most plural possessives are neither). Offsets are kept."""
    chars = list(text)
    for ps, pe in paragraphs:
        opens = [m.start() for m in _SINGLE_OPEN.finditer(text, ps, pe)]
        closes = [m.start() for m in _SINGLE_CLOSE.finditer(text, ps, pe)]
        at = ps
        for o in opens:
            if o < at:
                continue
            c = next((c for c in closes if c > o), None)
            if c is None:
                break
            chars[o], chars[c] = "“", "”"
            at = c
    return "".join(chars)


def _top_level(text: str, pairs: list[_Raw], n_sentences: int) -> list[_Raw]:
    """Outermost quotes; a quote wrapping the whole article is unwrapped, not kept."""
    body_start = len(text) - len(text.lstrip())
    body_end = len(text.rstrip())
    kept = [
        p
        for p in pairs
        if not (p.open_pos <= body_start and p.close_end >= body_end and n_sentences > 1)
    ]
    kept.sort(key=lambda p: (p.open_pos, -p.close_end))
    top: list[_Raw] = []
    reach = -1  # the furthest close of any quote opened earlier
    for p in kept:
        if p.close_end > reach:
            top.append(p)
            reach = p.close_end
    return top


# ---------------------------------------------------------------------------------------------
# Speaker phrases
# ---------------------------------------------------------------------------------------------


@dataclass
class _Speaker:
    """A resolved speaker phrase: name (None when unresolvable) and title."""

    name: str | None
    title: str | None = None
    person: bool = False


# The nouns of an unnamed spokesperson, who speaks for a body, never for themself.
_SPOKES_NOUNS = ("spokesman", "spokeswoman", "spokesperson")
_SPOKES_ALT = "|".join(_SPOKES_NOUNS)
_PLACE_POLICE_SPOKES = re.compile(
    rf"^(?:[Aa]n?|[Tt]he)\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+police\s+({_SPOKES_ALT})$"
)
_POLICE_SPOKES = re.compile(rf"^(?:an?|the)\s+police\s+({_SPOKES_ALT})$")
# "A spokesman for the service said …" earlier in the text: what "the spokesman" speaks for.
_SPOKES_FOR = re.compile(
    rf"\b[Aa]n?\s+(?:[\w'’\-]+\s+)?(?:{_SPOKES_ALT})\s+(?:for|of|at|with|from)"
    r"\s+((?:the\s+)?[\w'’\-]+(?:\s+[A-Z][\w'’\-]*){0,4})"
)
_SPOKES = re.compile(
    rf"^[Aa]n?\s+(?:[\w'’\-]+\s+)?({_SPOKES_ALT}|representative|official)"
    r"\s+(?:for|of|at|with|from)\s+(.+)$"
)


# "Qarastan's defence ministry", "the mayor's office": an owner, then a body's noun.
_OWNED_BODY = re.compile(
    r"((?:[Tt]he\s+[a-z]+|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}))['’]s\s+((?:[a-z][\w\-]*\s+){0,3}?"
    r"(?:"
    + "|".join(sorted((n for n in gz.ORG_NOUNS if " " not in n), key=len, reverse=True))
    + r"))\b"
)
# "the Italian", "the Spaniard": a nationality standing for a person the text described.
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ch|i|an|ard|er)")
# "an analyst at Brightwater Capital", "a man in the village of Dunmore": a person, not the place.
_ROLE_AT = re.compile(r"(?:[a-z][\w\-]*\s+){1,3}(?:at|of|for|with|from|in|near)\s+.*[A-Z].*")
# Words that make "the <…>" a clause, not a body's description.
_CLAUSE_WORDS = frozenset(
    "is are was were be been must will would has have had by can could should did does".split()
)
# "the Office for Energy Markets": "the", then a name (capitalized words and connectors only),
# not "the Egyptian secretary-general of the Arab League" (a role).
_THE_BODY_NAME = re.compile(r"the\s+[A-Z][\w'’&.\-]*(?:\s+(?:[A-Z][\w'’&.\-]*|of|for|and|the|on))*")
# "Provincial police", "State police": a kind of force named as written.
_FORCE_KINDS = frozenset(
    "provincial state federal regional county city municipal metropolitan military border "
    "traffic transport railway national local".split()
)
# "a board spokesperson", "a ministry spokesman": the body the text names with that noun.
_SPOKES_NOUN_BEFORE = re.compile(rf"^[Aa]n?\s+([a-z]+)\s+({_SPOKES_ALT})$")
# "the group's spokeswoman", "the ministry's spokesman": a body's unnamed spokesperson.
_SPOKES_OWNED = re.compile(rf"^[Tt]he\s+([a-z]+)['’]s\s+({_SPOKES_ALT}|representative)$")


# "A Kessling spokesman", "an Orrin Telecom spokeswoman": the organization named first.
_SPOKES_BEFORE = re.compile(
    r"^(?:[Aa]n?|[Tt]he)\s+([A-Z][\w'’&\-]*(?:\s+[A-Z][\w'’&\-]*){0,3})\s+"
    rf"({_SPOKES_ALT})$"
)


_ROLE_MENTION = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+((?:[a-z]+\s+)?(?:"
    + "|".join(sorted(TITLE_WORDS | {"man", "woman", "boy", "girl"}))
    + r"))\b(?!\s+of\b|\s+[A-Z])"
)


# "Her brother", "his wife": a relative introduced earlier ("her younger brother, Josef").
_KIN_MENTION = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+((?:[a-z]+\s+)?(?:" + "|".join(sorted(gz.KIN_GENDER)) + r"))\b"
)


def _roles_between(text: str, start: int, pos: int) -> list[re.Match]:
    """Role mentions ("the mayor", "her brother") in [start, pos), in text order."""
    found = [*_ROLE_MENTION.finditer(text, start, pos), *_KIN_MENTION.finditer(text, start, pos)]
    return sorted(found, key=lambda m: m.start())


def _is_document(words: list[str]) -> bool:
    """ "the Constitution", "the Harbour Act", "the Treaty of Velm", "the ministry's report"."""
    det = words[0].lower() in _DETERMINERS
    rest = [w.lower().removesuffix("’s").removesuffix("'s") for w in words[det:]]
    if not rest:
        return False
    if "of" in rest[1:]:
        rest = rest[: rest.index("of", 1)]  # "the Treaty of Velm", "the Bill of Rights"
    head = rest[-1]
    if head not in _DOCUMENTS and not (head.endswith("s") and head[:-1] in _DOCUMENTS):
        return False
    return det or head.rstrip("s") not in _DOCUMENT_NAMES


_STOPWORDS_GRAMMAR = frozenset(
    "a an the and or of in on at to for with from by is was are were be has had have".split()
)


# Nouns for a business: "the company" may be what the text called "the grid operator".
_BUSINESS_NOUNS = frozenset(
    """
    company firm group operator insurer airline carmaker automaker retailer lender supplier
    broadcaster publisher chain maker manufacturer consultancy utility conglomerate bank
    start-up startup carrier provider
    """.split()
)


# Business nouns that name only a business ("group" may be a residents' group).
_FIRM_NOUNS = _BUSINESS_NOUNS - {"group"}


# Name words of public bodies and associations: "the company" is never one of these.
_PUBLIC_BODY_WORDS = frozenset(
    """
    Ministry Council Committee Police Court Parliament Senate Congress Assembly Department
    Agency Authority Commission Board University College Hospital Party Union Federation
    Association Society Institute Foundation Trust Tribunal Directorate Bureau Cabinet Office
    Service Guard Forces League Movement Front Coalition Alliance Workers
    """.split()
)


# Modifiers of a role noun that say where a body works, not which body it is: "the regional
# water board" may be the Lowther Valley Water Board.
_SCOPE_WORDS = frozenset(
    "regional national local state federal city municipal county provincial district".split()
)

# Nouns ending in "-ly" that a speaker phrase may end with: "The Tremayne family".
_LY_NOUNS = frozenset("family ally rally assembly supply monopoly".split())

# A live blog's timestamp before an entry: "10:21", "9.40am", "14:05 BST".
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:am|pm)?|BST|GMT|CET|EST|EDT|PST|AEST|IST|ET|PT|CT|UTC")

# A paragraph that opens with its time, as live-blog entries do: "6.40am …".
_CLOCK_ENTRY = re.compile(r"\d{1,2}[:.]\d{2}(?:am|pm)?\s")

# Offices written in capitals that "the …" refers back to: "the MP said".
_ROLE_ABBREVIATIONS = frozenset("MP MSP MLA MEP MPP MHA TD PM CEO".split())

# Prepositions after which a capitalized name is where a described person is.
_PLACE_PREP = frozenset("at in on from near outside inside".split())

# "owned by the investment firm Castellane Partners": a body named as another's owner.
_OWNER_BEFORE = re.compile(
    r"\b(?:owned|backed|controlled|bought|acquired)\s+by\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}$"
)
# Nouns for a body that oversees others: "the regulator said" is a public authority.
_WATCHDOG_NOUNS = frozenset("regulator watchdog".split())

# A place before "police": the force as news writes it ("Greywater police").
_PLACE_POLICE = re.compile(r"\b([A-Z][\w'’\-]+) police\b")

# Public bodies "the <noun>" may mean only when their name has that noun: "the department" is
# not Kelvinside Academy (a club's name need not say "Club", so clubs are not here).
_NAMED_BY_HEAD = frozenset(
    """
    department ministry council agency authority board commission committee court office
    service tribunal trust hospital university school college embassy institute foundation
    """.split()
)

# Places that speak through their own government: "the county said" of Marlow County.
_COUNCIL_PLACES = frozenset("county city borough province state district".split())

# Last words of a labour union's name other than "Union": "the Tram Workers' Association".
_UNION_HEADS = frozenset("Association Federation Guild Society Alliance Congress".split())


def _name_head(name: str) -> str:
    """The noun a body's name is built on: "Ministry of Health" -> "ministry", "Port Maren
    Authority" -> "authority"."""
    words = name.lower().split()
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1]


def _union_name(name: str) -> bool:
    """Whether `name` is a union's: "…Union", members ("Drivers'") then an association, or
    an association of members ("Federation of Academic Staff")."""
    words = name.split()
    if words[-1] == "Union":
        return True
    if len(words) > 2 and words[0] in _UNION_HEADS and words[1] == "of":
        return True
    if len(words) > 1 and words[-1] == "Workers":
        return True  # "United Road Transport Workers"
    return len(words) > 1 and words[-1] in _UNION_HEADS and words[-2].endswith(("s'", "s’"))


def _same_kind_of_body(name: str, descriptor: str | None, head: str) -> bool:
    """Whether the body `name`, described as `descriptor`, can be called "the <head>"."""
    if head in _BUSINESS_NOUNS and _PUBLIC_BODY_WORDS.intersection(name.split()):
        return False  # "the company said" does not mean the Ministry of Health
    if head == "government" and "Government" not in name.split():
        return False  # "the government said" does not mean BP
    if head in _NAMED_BY_HEAD and descriptor != head:
        return head in name.lower().split()  # "the department" is no academy
    if descriptor is None or descriptor == head:
        return True
    return descriptor in _BUSINESS_NOUNS and head in _BUSINESS_NOUNS


# Words before a body's noun that do not describe which body it is: "the same agency".
_VAGUE_MODIFIERS = (
    frozenset(
        """
    same other new whole entire only first last next previous current former said local
    this that these those its their his her our
    """.split()
    )
    | _STOPWORDS_GRAMMAR
)

# What joins two people named as a pair: "X and Y", "X and union leader Y", "X and his
# finance director, Y".
_PAIR_GAP = re.compile(
    r"\s+(?:and|&)\s+(?:[a-z][\w'’\-]*\s+){0,3}(?:(?<=\s)[a-z][\w'’\-]*,\s+)?"
)  # "X and his finance director, Y"


class _Resolver:
    """Turns speaker phrases into names using the article's actor index and context."""

    def __init__(self, text: str, index: ActorIndex, paragraphs: list[tuple[int, int]]) -> None:
        self.text = text
        self.index = index
        self.paragraphs = paragraphs
        self.para_starts = [p[0] for p in paragraphs]
        self.sentence_starts: list[int] = []
        self.quote_spans: list[tuple[int, int]] = []
        self._quote_starts: list[int] = []
        self.spoken: list[tuple[int, str, bool]] = []  # (pos, speaker, is_person)

    def _sentence_start(self, pos: int) -> bool:
        k = pos - 1
        while k >= 0 and self.text[k] in " \t\"“”'`":
            k -= 1
        return k < 0 or self.text[k] in ".!?\n:"

    def resolve(self, phrase: str, pos: int) -> _Speaker | None:
        """A speaker for `phrase` found at `pos`; None when the phrase is not a speaker."""
        sp = self._resolve(phrase, pos)
        if sp is not None and sp.name and is_natural_feature(sp.name):
            return _Speaker(None)  # "the River Teme", "Lake Orva": a place never speaks
        if sp is not None and sp.name and sp.name.endswith(("s’", "s'")):
            sp.name = sp.name[:-1]  # "Fennick Foods’ chief executive said": Fennick Foods
        return sp

    def _resolve(self, phrase: str, pos: int) -> _Speaker | None:
        if "," in phrase.strip(" ,") or len(phrase) > 90:
            return None
        words = phrase.strip(" ,").split()
        for i in range(len(words) - 1, 0, -1):
            if words[i] in ("'", "’") and words[i - 1].endswith("s"):
                words[i - 1 : i + 1] = [words[i - 1] + words[i]]  # PTB "drivers ' union"
        while words and _CLOCK.fullmatch(words[0]):
            words = words[1:]  # "10:21 Ardleshire County Council says": a live blog's time
        if len(words) == 1 and _CLOCK.fullmatch(words[0]):
            return None
        while words and (
            words[-1].lower() in _ADVERB_SKIP
            or (words[-1].endswith("ly") and words[-1].islower() and words[-1] not in _LY_NOUNS)
        ):  # "Mullaly" is a name, "quietly" an adverb, "family" a noun
            words = words[:-1]
        while words and (words[0].lower() in _ADVERB_SKIP):
            words = words[1:]
        if not words or len(words) > 9:
            return None
        if words[-1].endswith(("'s", "’s", "s'", "s’")) or words[-1] in ("'", "’"):
            return None  # "St. Bride's", "the workers'": an owner without what it owns
        phrase = " ".join(words)
        low = phrase.lower()
        if low in _PRONOUNS:
            return self._pronoun(low, pos)
        m = _OWNED_BODY.fullmatch(phrase)
        if m and m.group(2).split()[-1] == "union":
            unions = {n for n in self._organizations(0, len(self.text), "union") if _union_name(n)}
            if len(unions) == 1:
                return _Speaker(unions.pop())  # "Calloway General's staff union": the one union
        if m and m.group(2).split()[-1] in gz.ORG_NOUNS:
            # "Qarastan's defence ministry", "the mayor's office": that body, as written
            return _Speaker("the" + phrase[3:] if phrase.startswith("The ") else phrase)
        if _is_document(words):
            return _Speaker(None)
        if low in _GROUPS or (len(words) == 1 and low.rstrip("s") in ("official", "source")):
            return _Speaker(None)
        if words[-1] in _GROUPS or words[-1].rstrip("s") in ("official", "source"):
            return _Speaker(None)  # "U.S. officials", "Western diplomats": nobody in particular
        if len(words) > 2 and words[0].lower() in _GROUPS and words[1] in ("at", "from", "with"):
            return _Speaker(None)  # "Analysts at the Thornfield Institute": unnamed people
        if low in ("police", "the police"):
            return _Speaker(self._named_force() or "police")
        if len(words) == 2 and words[1] == "police" and words[0].lower() in _FORCE_KINDS:
            # "Provincial police said", "State police said": that force, as written
            return _Speaker(self._named_force() or f"{words[0]} police")
        m = _PLACE_POLICE_SPOKES.match(phrase)
        if m:  # "a Westhaven police spokeswoman": that force
            return _Speaker(self._named_force() or f"{m.group(1)} police", m.group(2))
        m = _POLICE_SPOKES.match(low)
        if m:
            # "a police spokeswoman": the force
            return _Speaker(self._named_force() or "police", m.group(1))
        force = self._police_force(words, pos)
        if force:
            return _Speaker(force)
        m = _SPOKES_BEFORE.match(phrase)
        if m:
            org = self._spoken_for(m.group(1))
            return _Speaker(org, m.group(2)) if org else _Speaker(None, m.group(2))
        m = _SPOKES.match(phrase)
        if m and m.group(2)[:1].isupper():
            boss = self._name(m.group(2).split(), pos)
            if boss is not None and boss.name and boss.person:
                return boss  # "a spokesman for Health Minister Brendan Tully": speaks for him
        if m:
            org = self.organization(m.group(2))
            if org is not None and org.startswith("the ") and org == m.group(2).strip().lower():
                # "a spokesman for the company": the company the text names, if it does
                body = self._the_phrase(org.split(), pos)
                org = body.name if body is not None and body.name and not body.person else org
            if org is None and re.fullmatch(
                r"[A-Z][\w'’&\-]*(?:\s+[A-Z][\w'’&\-]*){0,3}", m.group(2)
            ):
                org = self._spoken_for(m.group(2))  # "a spokesperson for Castell": Castell Mutual
            return _Speaker(org, m.group(1)) if org else _Speaker(None, m.group(1))
        m = _SPOKES_NOUN_BEFORE.match(phrase)
        if m and m.group(1) in gz.ORG_NOUNS:
            # "a board spokesperson": the one body whose name ends in "Board", else nobody
            orgs = self.index.organizations_with_head(m.group(1))
            return _Speaker(orgs[0] if len(orgs) == 1 else None, m.group(2))
        m = _SPOKES_OWNED.match(phrase)
        if m:
            # "the group's spokeswoman": whoever "the group" is, it is the speaker.
            body = self._the_phrase(["the", m.group(1)], pos)
            if body is not None and body.name and not body.person:
                if not body.name.startswith("the "):
                    return _Speaker(body.name, m.group(2))
            return _Speaker(None, m.group(2))
        if words[0] in ("one", "another") and len(words) > 1 and words[1][:1].isupper():
            return _Speaker(None)  # "one Alliance member of parliament": somebody unnamed
        if words[0].lower() == "the" or words[0].lower() in ("a", "an"):
            return self._the_phrase(words, pos)
        if _KIN_MENTION.fullmatch(phrase):
            return self._relative(words[-1].lower())
        if not words[-1][:1].isupper():
            return None
        return self._name(words, pos)

    def resolve_subject(self, phrase: str, pos: int) -> _Speaker | None:
        """A subject that may carry an appositive: "the hospital's director, Dr. Farah Qureshi,"."""
        phrase = phrase.strip(" ,")
        if "," not in phrase:
            return self.resolve(phrase, pos)
        parts = [p.strip() for p in phrase.split(",") if p.strip()]
        if len(parts) != 2:
            return None
        left, right = parts
        order = [(right, left)] if right[:1].isupper() else [(left, right)]
        if _THE_BODY_NAME.fullmatch(right):
            order.insert(0, (right, left))  # "The regulator, the Office for Energy Markets,"
        elif not right[:1].isupper() and re.search(r"\s[A-Z]", right):
            order.append((right, left))  # "Vask's co-author, glaciologist Emil Straand,"
        found = next(
            (
                (sp, described)
                for named, described in order
                if (sp := self.resolve(named, pos + max(0, phrase.find(named)))) is not None
                and sp.name is not None
            ),
            None,
        )
        if found is None:
            return None
        sp, described = found
        if sp.person:
            m = re.match(r"^(?:the|a|an|its|his|her|their)\s+(.+)$", described, flags=re.I)
            if m:
                sp.title = m.group(1)
            elif re.match(r"^[A-Z][\w'’]+['’]s\s", described):
                sp.title = described
        return sp

    def _the_phrase(self, words: list[str], pos: int) -> _Speaker | None:
        rest = words[1:]
        if not rest:
            return None
        if (
            len(rest) > 2
            and rest[1] in ("of", "for")
            and rest[0][:1].islower()
            and is_title_word(rest[0])
        ):
            # "the governor of the Bank of Westria": the person in that office, not the bank
            people = self.index.persons_with_role(rest[0])
            if len(people) == 1:
                return _Speaker(people[0], self._title(people[0]), person=True)
            return _Speaker(None, " ".join(rest))
        if len(rest) == 1 and _DEMONYM.fullmatch(rest[0]):
            if not self.index.persons_with_surname(rest[0]):
                return _Speaker(None)  # "the Italian said": a person described, not a name
        if words[0].lower() in ("a", "an") and _ROLE_AT.fullmatch(" ".join(rest)):
            return _Speaker(None)  # "an analyst at Brightwater Capital": a person, not the firm
        if len(rest) == 1 and rest[0] in _ROLE_ABBREVIATIONS:
            people = self.index.persons_with_role(rest[0].lower())  # "the MP said"
            if len(people) == 1:
                return _Speaker(people[0], self._title(people[0]), person=True)
            return _Speaker(None)
        if rest[-1][:1].isupper():
            if rest[0][:1].islower() and _PLACE_PREP.intersection(rest):
                # "The police commander on duty at Gallowgate Park": the person, not the place
                return _Speaker(None)
            org = self.organization(" ".join(rest))
            return _Speaker(org) if org else self._name(rest, pos)
        head = rest[-1].lower()
        if head == "family" and len(rest) == 2 and rest[0][:1].isupper():
            return _Speaker(f"{rest[0]} family")  # "The Tremayne family said": the family
        if words[0].lower() != "the":
            if len(rest) == 1 and head in _SPOKES_NOUNS:
                org = self._one_organization(pos)
                return _Speaker(org, head) if org else _Speaker(None)
            return _Speaker(None)
        if head in _SPOKES_NOUNS and len(rest) == 1:
            if not self.index.persons_with_role(head):
                org = self._spokes_org(pos)
                if org:
                    return _Speaker(org, head)
        if len(rest) == 1 and is_title_word(head):
            bodies = [
                n for n in self.index.organizations_with_head(head) if n.split()[-1] == head.title()
            ]
            if len(bodies) == 1:
                return _Speaker(bodies[0])  # "the executive" after the National Health Executive
        if head not in gz.TITLE_HEADS and is_title_word(head):
            people = self.index.persons_with_role(head)  # "The doctor said": the one doctor
            if len(people) == 1:
                return _Speaker(people[0], self._title(people[0]), person=True)
        if head in gz.TITLE_HEADS:
            named_for = [  # "the Rovers manager" (not "the German coach")
                w for w in rest[:-1] if w[:1].isupper() and not _DEMONYM.fullmatch(w)
            ]
            for role in (" ".join(rest).lower(), head):
                people = self.index.persons_with_role(role)
                if role == head and named_for:
                    # "the Rovers manager" is not the Brackmoor manager the text named
                    people = [p for p in people if self._titled_for(p, named_for)]
                if len(people) == 1:
                    return _Speaker(people[0], self._title(people[0]), person=True)
                if len(people) > 1:
                    return _Speaker(None)
            return _Speaker(None, " ".join(rest))
        if len(rest) == 1 and head not in gz.ORG_NOUNS:
            named = self.index.names_ending_in(head)
            if len(named) == 1:
                return _Speaker(named[0])
        written = " ".join(rest)
        if len(rest) > 1 and all(w.lower().endswith("-based") for w in rest[:-1]):
            rest = rest[-1:]  # "the Vellmouth-based lender": where it is, not which it is
        if head in gz.ORG_NOUNS or head in ("union", "office"):
            if len(rest) > 1:
                named = self._named_body(rest)
                if named:
                    return _Speaker(named)  # "the port authority": Port Maren Authority
            if len(rest) == 1:
                orgs = [
                    n for n in self.index.organizations_with_head(head) if _name_head(n) == head
                ]  # "the airline" is no Federation of Airline Pilots
                if len(orgs) == 1:
                    return _Speaker(orgs[0])
                if not orgs and head in _COUNCIL_PLACES:
                    # "Marlow County … The county said": the one place of that kind named
                    places = [
                        name
                        for kind, name in self.index.entities
                        if kind == "place" and name.split()[-1] == head.capitalize()
                    ]
                    if len(places) == 1:
                        return _Speaker(places[0])
                if not orgs and head == "union":
                    unions = {n for n in self._organizations(0, pos, head) if _union_name(n)}
                    if len(unions) == 1:
                        return _Speaker(unions.pop())  # the one union the text has named
                if not orgs:
                    # "…, a spokeswoman for the grid operator Voltria. …, the company said."
                    para = bisect.bisect_right(self.para_starts, pos) - 1
                    here = self.paragraphs[para][0] if para >= 0 else 0
                    near = self._organizations(here, pos, head)
                    near = near or self._organizations(0, pos, head)
                    if len(near) > 1:
                        # "Arnholt Glass, owned by the investment firm Castellane Partners":
                        # the owner named in passing is not "the company"
                        near = {n for n in near if not self._named_as_owner(n)} or near
                    if len(near) > 1 and head in _WATCHDOG_NOUNS:
                        # "the regulator said": the one public authority among them
                        public = {n for n in near if _PUBLIC_BODY_WORDS.intersection(n.split())}
                        near = public if len(public) == 1 else near
                    if len(near) == 1:
                        return _Speaker(near.pop())
                    exact = self._organizations(0, pos, head, exact=True)
                    if len(near) > 1 and len(exact) == 1:
                        return _Speaker(exact.pop())  # the one the text called "the group"
                    if len(near) > 1 and not exact and head in _FIRM_NOUNS:
                        # "Brightwell Homes said it was "disappointed"" then "…," a spokesman
                        # for the company said: the one of them that has spoken already;
                        # else "Brightwell Robotics, a start-up …" with its investor also
                        # named: the one the text calls a business.
                        spoke = {n for p, n, person in self.spoken if p < pos and not person}
                        firms = near & spoke
                        if len(firms) != 1:
                            firms = self._organizations(0, pos, head, business=True)
                        if len(firms) == 1:
                            return _Speaker(firms.pop())
                    fuller = self._described_before(head, pos)
                    if fuller:
                        return _Speaker(fuller)
            if any(w.lower() in _CLAUSE_WORDS for w in rest):
                return None  # "the deal must be approved by the regulator": a clause
            if "and" in rest:
                return _Speaker(None)  # "the company and the regional government": two
            return _Speaker("the " + written)
        return None

    def _titled_for(self, person: str, words: list[str]) -> bool:
        """Whether a title of `person` names one of `words` ("Rovers" in "Rovers manager")."""
        ent = self.index.person(person)
        titles = " ".join(ent.titles).lower() if ent is not None else ""
        return any(w.lower().rstrip("'’s") in titles for w in words)

    def _named_body(self, rest: list[str]) -> str | None:
        """The one organization the text names that "the <modifiers> <head>" fits: its name
        has the head noun ("the port authority": Port Maren Authority; a union's name may end
        in Association, Federation or Guild after its members: "Bus Workers' Association"),
        or the text describes it so ("the budget airline SkyVesta"), and every modifier but
        a scope word ("regional", "national") is in its name or description. None when no
        organization or more than one fits."""
        head = rest[-1].lower()
        mods = [
            w.lower().rstrip("'’").removesuffix("'s").removesuffix("’s")
            for w in rest[:-1]
            if w.lower() not in _VAGUE_MODIFIERS and w.lower() not in _SCOPE_WORDS
        ]
        members = head == "union" and len(mods) == 1 and rest[0].endswith(("s'", "s’"))
        fits: set[str] = set()
        for m in self.index.mentions_between(0, len(self.text), "organization"):
            if m.name in fits or self._inside_quote(m.start):
                continue
            words = [w.lower().rstrip("'’") for w in m.name.split()]
            described = org_descriptor(self.text, m.start, m.end) == head
            if head in words or (head == "union" and _union_name(m.name)):
                singular = {w.rstrip("s") for w in words}
                if all(w in words or w.rstrip("s") in singular for w in mods) or members:
                    fits.add(m.name)
            elif described:
                around = self.text[max(0, m.start - 60) : m.end + 80].lower()
                if all(re.search(rf"\b{re.escape(w)}\b", around) for w in mods):
                    fits.add(m.name)
        return fits.pop() if len(fits) == 1 else None

    def _named_as_owner(self, name: str) -> bool:
        """Whether every mention of the body names it as another's owner or backer."""
        mentions = [
            m for m in self.index.mentions_between(0, len(self.text), "organization")
            if m.name == name
        ]  # fmt: skip
        return bool(mentions) and all(
            _OWNER_BEFORE.search(self.text, max(0, m.start - 50), m.start) for m in mentions
        )

    def _described_before(self, head: str, pos: int) -> str | None:
        """ "the national weather service" when the text, before `pos` and outside quotes,
        calls a body by that fuller lower-case description and by no other ending in `head`:
        "The national weather service issued … "…," the service said". A place after "of"
        stays with it: "the town council of Brenna"."""
        found = {
            "the " + " ".join(m.group(1).lower().split() + [head]) + (m.group(2) or "")
            for m in re.finditer(
                rf"\b[Tt]he\s+((?:[a-z][\w\-]*\s+){{1,4}}){re.escape(head)}\b"
                r"( of [A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2})?",  # "… council of Brenna"
                self.text[:pos],
            )
            if not self._inside_quote(m.start())
            and not _VAGUE_MODIFIERS.intersection(m.group(1).split())
        }
        return found.pop() if len(found) == 1 else None

    def _one_organization(self, pos: int) -> str | None:
        """The one organization the paragraph names (outside quotes) before `pos`, and no
        person: `Halden Freight confirmed the delay. A spokeswoman said …` speaks for it."""
        para = bisect.bisect_right(self.para_starts, pos) - 1
        here = self.paragraphs[para][0] if para >= 0 else 0
        orgs = {
            m.name
            for m in self.index.mentions_between(here, pos, "organization")
            if not self._inside_quote(m.start)
        }
        if len(orgs) != 1 or self._people(here, pos):
            return None
        return orgs.pop()

    def _relative(self, kin: str) -> _Speaker:
        """ "His wife said …": the one person the text introduced as a wife, else nobody."""
        people = self.index.persons_with_role(kin)
        if len(people) == 1:
            return _Speaker(people[0], self._title(people[0]), person=True)
        return _Speaker(None)

    def _spokes_org(self, pos: int) -> str | None:
        """The organization "the spokesman" speaks for: the one an unnamed spokesperson was
        introduced for within reach before `pos` ("A spokesman for the service confirmed …
        "…," the spokesman said"), when all such introductions name the same one."""
        start = max(0, pos - PRONOUN_REACH)
        orgs = {self.organization(m.group(1)) for m in _SPOKES_FOR.finditer(self.text, start, pos)}
        return orgs.pop() if len(orgs) == 1 else None

    def _organizations(
        self, start: int, pos: int, head: str, exact: bool = False, business: bool = False
    ) -> set[str]:
        """Organizations named (outside quotes) in [start, pos) that "the <head>" may mean.

        An organization the text describes with another noun ("The telecoms regulator,
        Ofcal,") is not "the company". Called for the paragraph, then for the whole article
        before `pos`: "…, the company said" is the article's one organization, if only one.
        `exact`: only those the text describes as "<head>"; `business`: only those it
        describes with a business noun ("a start-up", "the carmaker").
        """
        found = set()
        for m in self.index.mentions_between(start, pos, "organization"):
            if self._inside_quote(m.start) or len(m.name) < 2 or m.name.endswith("."):
                continue  # "U." from "U.S. Attorney" is no body
            descriptor = org_descriptor(self.text, m.start, m.end)
            if exact:
                fits = descriptor == head
            elif business:
                fits = descriptor in _FIRM_NOUNS
            else:
                fits = _same_kind_of_body(m.name, descriptor, head)
            if fits:
                found.add(m.name)
        return found

    def _name(self, words: list[str], pos: int) -> _Speaker | None:
        tokens = strip_leading(tuple(words))
        if len(tokens) > 2 and tokens[-1] in POST_NOMINALS:
            tokens = tokens[:-1]  # "Rachel Ocampo KC"
        if not tokens:
            return None
        joined = " ".join(tokens)
        if NAME_PARTICLES.intersection(tokens) and ("organization", joined) in self.index.entities:
            return _Speaker(joined)  # "Aguas del Sur": a body the text names so
        bare_tokens = tokens[1:] if tokens[0] in gz.HONORIFICS else tokens
        if len(bare_tokens) > 1 and bare_tokens[0] in NAME_PARTICLES:
            tail = " " + " ".join(bare_tokens)
            known = [p for p in self.index.persons() if p.endswith(tail)]
            if len(known) == 1:  # "van der Wiel said" after "Jorunn van der Wiel"
                return _Speaker(known[0], self._title(known[0]), person=True)
        if len(tokens) == 2 and tokens[0] in POLICE_RANKS:
            known = self.index.persons_with_surname(tokens[1])
            if len(known) == 1:  # "DC Hargreaves" after "DC Mia Hargreaves"
                return _Speaker(known[0], self._title(known[0]), person=True)
        owner = [i for i, t in enumerate(tokens[:-1]) if t.endswith(("'s", "’s"))]
        if owner and len(tokens) - owner[-1] > 2 and tokens[0][:1].isupper():
            person = self._name(list(tokens[owner[-1] + 1 :]), pos)
            if person is not None and person.name and person.person:
                return person  # "CNN's Arwa Damon", "BP's Tony Hayward": the person
            body = read_name(tokens[owner[-1] + 1 :])
            if body is not None and body.kind == "organization":
                if body.name.split()[-1] in _PARTY_HEADS:
                    return _Speaker(body.name)  # "Ruth Adeyemi's Civic Renewal Party"
                if body.name.split()[0] in ("Ministry", "Department", "Embassy"):
                    return _Speaker(body.name)  # "Saltmarsh's Ministry of Public Security"
        media = [i for i, t in enumerate(tokens[:-1]) if t in _MEDIA_NOUNS]
        if media and all(t[:1].isupper() for t in tokens[media[-1] + 1 :]):
            return _Speaker(" ".join(tokens[media[-1] + 1 :]))  # "Tech site GadgetPilot"
        if (
            ("and" in tokens or "&" in tokens)
            and "of" not in tokens[: tokens.index("and") if "and" in tokens else tokens.index("&")]
            and all(t[:1].isupper() or t in ("and", "&", "of", "for") for t in tokens)
        ):
            whole = read_name(tokens)
            if whole is not None and whole.kind == "organization":
                return _Speaker(whole.name)  # "Corrin Fire and Rescue": one body
        lead = 0
        while lead < len(tokens) - 1 and tokens[lead][:1].islower():
            lead += 1
        if lead and tokens[lead - 1].lower() not in gz.TITLE_HEADS:
            # "keeper Maya Lund", "fire service commander Rui Salgado": a lower-case title.
            desc, tokens = tokens[:lead], tokens[lead:]
            if any(t.lower() in _NOT_TITLE_WORDS for t in desc):
                return None  # "analyst at brokerage Arbuthnot", "giving evidence to Congress"
            sp = self._name(list(tokens), pos)
            if sp and sp.person:
                sp.title = " ".join(desc)
            return sp
        inner = self._described_name(tokens, pos)
        if inner is not None:
            return inner
        affil = next(
            (
                i
                for i, t in enumerate(tokens)
                if t in ("of", "for", "at") and 1 < i < len(tokens) - 1
            ),
            None,
        )
        if affil is not None and not any(t in gz.ORG_HEADS for t in tokens[:affil]):
            # "Jeremy Symons of the National Wildlife Federation": person, then affiliation.
            sp = self._name(list(tokens[:affil]), pos)
            if sp and sp.person and not sp.title:
                sp.title = " ".join(tokens[affil:])
            return sp
        title_toks, bare = split_title(tokens)
        if not title_toks and len(bare) > 2 and self._sentence_start(pos):
            desc, rest = split_description(bare)
            if desc and self.index.person(" ".join(rest)) is not None:
                title_toks, bare = desc, rest  # "Churchwarden Mavis Oyelaran said"
        if not bare or not all(t[:1].isalnum() or t == "&" for t in bare):
            return None  # `Workers ' Guild`: a stray mark is no part of a name
        name = read_name(bare)
        if name is None:
            return None
        if name.kind == "place" and len(bare) == 1:
            known = self.index.persons_with_surname(bare[0])
            if len(known) == 1:  # "Park said" after "Dr Selwyn Park": him, not a park
                return _Speaker(known[0], self._title(known[0]), person=True)
        if name.kind in ("organization", "place"):
            return _Speaker(name.name)
        if name.kind == "single" and ("organization", name.name) in self.index.entities:
            return _Speaker(name.name)  # "The regulator, Ofcal, said": read as a body
        if name.kind == "single" and not title_toks:
            body = self._body_named_from(name.name)
            if body:
                return _Speaker(body)  # "Calloway said" after "Calloway Holdings"
        if name.kind == "single" and not title_toks and self._sentence_start(pos):
            known = self.index.persons_with_surname(bare[0])
            known = known or self.index.persons_with_first_name(bare[0])
            if not known and bare[0] not in gz.ORG_ALIASES:
                return _Speaker(None)
        if len(bare) == 1 and title_toks and title_toks[-1] in ("Sir", "Dame"):
            known = self.index.persons_with_first_name(bare[0])
            if len(known) == 1:  # "Sir Anthony said" after "Sir Anthony Belcourt"
                return _Speaker(known[0], self._title(known[0]), person=True)
        full = self.index.normalize_person(" ".join(bare))
        if full is None and len(bare) == 1:
            named = self.index.persons_with_surname_before(bare[0], pos)
            full = named[0] if len(named) == 1 else None  # the one introduced so far
        if (full is None or " " not in full) and len(bare) == 1:
            # "Herrera" for Valentina Herrera Cuadrado: a first surname, written alone
            middle = [
                p for p in self.index.persons() if len(p.split()) == 3 and p.split()[1] == bare[0]
            ]
            full = middle[0] if len(middle) == 1 else full
        if full is None:
            return _Speaker(None)
        title = " ".join(title_toks) if title_toks else None
        if title and title in gz.HONORIFICS:
            title = None
        return _Speaker(full, title or self._title(full), person=True)

    def _body_named_from(self, word: str) -> str | None:
        """The one organization whose name starts with `word` ("Calloway": Calloway
        Holdings) when no person, place or other body in the text goes by that word."""
        if word in gz.PLACES or word in gz.NOT_NAMES or ("place", word) in self.index.entities:
            return None
        if self.index.persons_with_surname(word) or self.index.persons_with_first_name(word):
            return None
        prefix = word + " "
        orgs = [
            name
            for kind, name in self.index.entities
            if name.startswith(prefix) or (kind != "organization" and name == word)
        ]
        if len(orgs) != 1 or ("organization", orgs[0]) not in self.index.entities:
            return None
        return orgs[0]

    def _named_force(self) -> str | None:
        """The one police force the text names ("Northvale Police"): what "police said" means."""
        forces = {
            name
            for kind, name in self.index.entities
            if kind == "organization" and "Police" in name.split()
        }
        if not forces:
            # "Greywater police said officers were …": the force as the text writes it
            forces = {
                f"{m.group(1)} police"
                for m in _PLACE_POLICE.finditer(self.text)
                if ("place", m.group(1)) in self.index.entities or m.group(1) in gz.PLACES
            }
        return forces.pop() if len(forces) == 1 else None

    def _police_force(self, words: list[str], pos: int) -> str | None:
        """ "Halsgrove police" as written: a place name before "police" (news names a force
        so). At a sentence start the word must be a known place ("Local police": no)."""
        if words[0].lower() == "the":
            words = words[1:]
        place = " ".join(words[:-1])
        if not place or words[-1] != "police" or len(words) > 3:
            return None
        if not all(w[:1].isupper() for w in words[:-1]) or place in gz.NOT_NAMES:
            return None
        known = place in gz.PLACES or any(
            (kind, place) in self.index.entities for kind in ("place", "organization")
        )
        if self._sentence_start(pos) and not known:
            return None
        return " ".join(words)

    def _spoken_for(self, words: str) -> str | None:
        """The organization in "A Kessling spokesman": the one whose name starts with the
        words, or the words themselves when they name no person or place in the text."""
        if words in self.index.aliases:
            return self.index.aliases[words]  # "a BA spokesman" after "British Airways"
        orgs = [
            name
            for kind, name in self.index.entities
            if kind == "organization"
            and ((name + " ").startswith(words + " ") or name.endswith(" " + words))
        ]  # "Kessling" for Kessling Maritime, "Environment Agency" for the Estavian one
        if len(orgs) == 1:
            return orgs[0]
        if orgs or self.index.persons_with_surname(words.split()[-1]):
            return None
        if ("place", words) in self.index.entities or words in gz.PLACES:
            return None  # "a Velloran spokesman": for whom, the text does not say
        return words

    def _described_name(self, tokens: tuple[str, ...], pos: int) -> _Speaker | None:
        """ "Local builder Greer Macallister", "Consumer group Fair Tap": a capitalized word,
        then a lower-case description, then the name. The words before the name are its
        title (or, for an organization, dropped); None when the tokens are not built so.
        """
        lower = [i for i, t in enumerate(tokens) if t[:1].islower()]
        if not lower or lower[0] == 0 or not tokens[0][:1].isupper():
            return None
        k = lower[-1]
        desc = tokens[: k + 1]
        if k + 1 >= len(tokens) or any(t.lower() in _NOT_TITLE_WORDS for t in desc):
            return None
        if any(t.lower() in ("de", "van", "von", "da", "di", "du", "la", "le") for t in desc):
            return None  # "Ursula von der Leyen": particles, not a description
        sp = self._name(list(tokens[k + 1 :]), pos)
        if sp and sp.person:
            sp.title = " ".join(desc)
        return sp

    def _title(self, name: str) -> str | None:
        titles = [t for t in self.index.titles_of(name) if t not in gz.HONORIFICS]
        return titles[0] if titles else None

    def organization(self, phrase: str) -> str | None:
        words = phrase.strip(" ,.").split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if not words:
            return None
        if all(w[:1].islower() for w in words):
            head = words[-1].lower()
            if head in gz.ORG_NOUNS or head == "union":
                orgs = self.index.organizations_with_head(head) if len(words) == 1 else []
                if len(words) > 1:
                    named = self._named_body(words)
                    orgs = [named] if named else []
                return orgs[0] if len(orgs) == 1 else "the " + " ".join(words)
            return None
        # "the aid arrived as the Disasters Emergency Committee": keep the trailing name only.
        tail: list[str] = []
        for w in reversed(words):
            if w[:1].isupper() or (tail and w.lower() in ("of", "for", "on", "and", "&")):
                tail.insert(0, w)
            else:
                break
        while tail and tail[0].lower() in ("of", "for", "on", "and", "&"):
            tail = tail[1:]  # "the board of Orrin & Vale": the body is Orrin & Vale
        if not tail:
            return None
        name = read_name(tuple(w.rstrip(".,") for w in tail))
        return name.name if name and name.kind in ("organization", "place") else None

    def set_quote_spans(self, spans: list[tuple[int, int]]) -> None:
        self.quote_spans = sorted(spans)
        self._quote_starts = [s for s, _e in self.quote_spans]

    def _inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and pos < self.quote_spans[i][1]

    def _people(self, start: int, pos: int) -> set[str]:
        """People named (outside quotes) between start and pos; "the mayor" adds an unknown."""
        people = {
            m.name
            for m in self.index.mentions_between(start, pos, "person")
            if not self._inside_quote(m.start)
        }
        people |= {s for p, s, person in self.spoken if start <= p < pos and person}
        for m in self.index.mentions_between(start, pos, "shared"):
            if not self._inside_quote(m.start):
                people.update(self.index.persons_with_surname(m.name))  # any of them
        for m in _roles_between(self.text, start, pos):
            if self._inside_quote(m.start()):
                continue
            fits = self.index.persons_with_role(m.group(1).split()[-1])
            people.add(fits[0] if len(fits) == 1 else f"?{m.start()}")
        return people

    def _reach(self, start: int, pos: int) -> int | None:
        """Where a look-back from `pos` starts: `start`, or a sentence start within reach."""
        if pos - start <= PRONOUN_REACH:
            return start
        i = bisect.bisect_left(self.sentence_starts, pos - PRONOUN_REACH)
        if i < len(self.sentence_starts) and self.sentence_starts[i] < pos:
            return self.sentence_starts[i]
        return None

    def _opening_paragraph(self, para: int) -> int:
        """The paragraph where a quote running into paragraph `para` opened (else `para`).

        `"…\n\n"… ," she said`: the cue closes a quote that began a paragraph earlier, so
        "she" looks back from there, not from inside the quote.
        """
        while para > 0:
            start = self.paragraphs[para][0]
            i = bisect.bisect_right(self._quote_starts, start) - 1
            if i < 0 or not (self.quote_spans[i][0] < start < self.quote_spans[i][1]):
                break
            para = bisect.bisect_right(self.para_starts, self.quote_spans[i][0]) - 1
        return para

    def _quote_cued_at(self, pos: int) -> tuple[int, int] | None:
        """(start of the quote whose cue holds `pos`, index of the sentence it starts in), for
        a pronoun cue right after a quote (`"…," he said`); None when no quote ends there."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        if i < 0 or not re.fullmatch(r"[\s,]*", self.text[self.quote_spans[i][1] : pos]):
            return None
        q_start = self.quote_spans[i][0]
        return q_start, bisect.bisect_right(self.sentence_starts, q_start) - 1

    def _body_before_quote(self, pos: int) -> str | None:
        """The named body a sentence before a quote opens with as "The <noun>", for `"…," it
        said` at pos: `The board rejected that claim. "…," it said` is the board."""
        cued = self._quote_cued_at(pos)
        if cued is None or cued[1] < 0:
            return None
        q_start, k = cued
        opens = self.sentence_starts[k] == q_start
        begin = self.sentence_starts[k - 1] if opens and k >= 1 else self.sentence_starts[k]
        m = re.match(r"\s*The\s+([a-z]+)\s+[a-z]+", self.text[begin:q_start])
        if m is None or m.group(1) not in gz.ORG_NOUNS:
            return None
        body = self._the_phrase(["the", m.group(1)], begin)
        if body is None or not body.name or body.person or body.name.startswith("the "):
            return None
        return body.name

    def _subject_before_quote(self, pos: int) -> str | None:
        """The person the sentence just before a quote is about, for `"…," he said` at pos.

        `Her counterpart, Jiri Halamka, was more guarded. "…," he said.`: news puts the
        speaker in the subject of the sentence that leads into the quote. Only a subject
        (the name opens the sentence, after title words or an appositive head), so
        `Police arrested Tom Reed. "…," he said` gives nobody.
        """
        cued = self._quote_cued_at(pos)
        if cued is None:
            return None
        q_start, k = cued
        if k < 1 or self.text[self.sentence_starts[k] : q_start].strip():
            return None
        s_start, s_end = self.sentence_starts[k - 1], self.sentence_starts[k]
        if _MARK.search(self.text, s_start, s_end) or "\n\n" in self.text[s_start:s_end].strip():
            return None
        return self.opening_subject(s_start, s_end, speaking=True)

    def opening_subject(self, start: int, end: int, speaking: bool = False) -> str | None:
        """The one person a sentence names, when the name opens it as its subject (after
        title words, or after an appositive head: "Her counterpart, Jiri Halamka, …").
        `speaking`: others may be named after the subject's speech verb ("X said she had
        raised it with Dr Y")."""
        mentions = self.index.mentions_between(start, end, "person")
        if not mentions:
            return None
        if len({m.name for m in mentions}) != 1 and not (
            speaking and _SPEECH_AFTER_SUBJECT.match(self.text, mentions[0].end)
        ):
            return None
        head = [w for w in self.text[start : mentions[0].start].split() if not _CLOCK.fullmatch(w)]
        if len(head) > 5 and not (head and is_title_word(head[-1])):
            return None
        if head and not head[-1].endswith(",") and not is_title_word(head[-1]):
            for w in head:
                low = w.lower()
                if not (w[:1].isupper() or is_title_word(low) or low in _DETERMINERS):
                    return None
        return mentions[0].name

    def _last_speaker(self, start: int, pos: int, people: set[str]) -> set[str] | None:
        """{the last speaker} when nobody else was named after their words; else None.

        `His barrister, Quentin Moss, said the case was "thin." "…," he said.`: with the
        defendant also in reach, "he" is the one who was just speaking.
        """
        spoken = [(p, name) for p, name, person in self.spoken if start <= p < pos and person]
        if not spoken:
            return None
        at, name = spoken[-1]
        if name not in people or self._people(at + 1, pos) - {name}:
            return None
        return {name}

    def _called_otherwise(self, name: str, pos: int, gender: str) -> bool:
        """Whether, since `name` was last named before `pos`, a sentence outside quotes opened
        with the other gender's pronoun while `name` was the one person in reach: `…," said
        Inspector Noor Vale. She added that …` makes a later "he" somebody else."""
        last = max(
            [m.end for m in self.index.mentions_between(0, pos, "person") if m.name == name]
            + [p for p, s, person in self.spoken if s == name and p < pos],
            default=None,
        )
        if last is None:
            return False
        other = "She" if gender == "m" else "He"
        for m in re.finditer(rf"(?:^|[.!?][\"”’']?\s+|\n\s*){other}\s", self.text[last:pos]):
            at = last + m.end() - len(other) - 1
            if not self._inside_quote(at) and self._people(last, at) <= {name}:
                return True
        return False

    def _gendered_further_back(self, pos: int, gender: str) -> set[str] | None:
        """{the one person of this gender} within PRONOUN_REACH when everyone nearer is of
        the other gender: `"…," he said.\n\nShe said …` after a woman named two paragraphs
        up. None when anybody in that stretch has an unknown gender (they might be meant).
        """
        start = self._reach(0, pos)
        if start is None:
            return None
        people = self._people(start, pos)
        unknown = {p for p in people if self.index.gender_of(p) is None}
        match = {p for p in people if self.index.gender_of(p) == gender}
        if not match and len(unknown) == 1 and self._named_together(unknown, start, pos):
            return unknown  # "Ms. Fairweather and her partner, Tom Bellamy" … "he said"
        return match if len(match) == 1 and not unknown else None

    def _named_together(self, one: set[str], start: int, pos: int) -> bool:
        """Whether the one person of unknown gender is named in the same sentence as one of
        the people of the other gender: introduced as a pair ("X and her partner, Y"), the
        writer's pronoun tells them apart."""
        name = next(iter(one))
        mentions = [
            m for m in self.index.mentions_between(start, pos, "person")
            if not self._inside_quote(m.start)
        ]  # fmt: skip
        for m in mentions:
            if m.name != name:
                continue
            begin = _sentence_begin(self.text, m.start, start)
            if any(o.name != name and begin <= o.start < m.start for o in mentions):
                return True
        return False

    def _coordinated(self, name: str, others: set[str], start: int, pos: int) -> bool:
        """Whether `name` and one of `others` are named as a pair in [start, pos).

        `Chairman Gideon Holt and union leader Remi Odum left. "…," he said.`: a known
        "he" for the chairman does not make the pair's other half a woman, so "he" stays
        unresolved even though only one of the two has a known gender.
        """
        mentions = [
            m for m in self.index.mentions_between(start, pos, "person")
            if not self._inside_quote(m.start)
        ]  # fmt: skip
        for a, b in zip(mentions, mentions[1:], strict=False):
            if {a.name, b.name} & {name} and {a.name, b.name} & others:
                if _PAIR_GAP.fullmatch(self.text, a.end, b.start):
                    return True
        return False

    def _group_before(self, start: int, pos: int) -> bool:
        """Whether [start, pos) names a group of people (outside quotes) and nobody in it.

        `The two women met privately. "…," she said later.` and `Families slept on camp
        beds. "…," she said.`: the writer has moved to a group, so "she" is one of its
        members, not the person quoted a paragraph earlier.
        """
        return any(
            not self._inside_quote(m.start()) and self._opens_subject(m.start(), start)
            for m in _GROUP_WORD.finditer(self.text, start, pos)
        )

    def _opens_subject(self, at: int, floor: int) -> bool:
        """Whether the word at `at` heads its sentence's subject: at most three words,
        none capitalized past the first, before it and after any fronted phrase ("The two
        women", "At the shelter, families"). "…was told by doctors" is not about doctors."""
        lead = self.text[_sentence_begin(self.text, at, floor) : at].rsplit(",", 1)[-1].split()
        if len(lead) > 3 and [w.lower() for w in lead[-2:]] in _COUNTED_GROUP:
            return True  # "After the event the two men were seen arguing"
        return len(lead) <= 3 and all(w[:1].islower() or w.isdigit() for w in lead[1:])

    def _addresser(self, start: int, pos: int, gender: str) -> str | None:
        """The one person who, in the sentence before `pos`, speaks to a "him"/"her" of the
        pronoun's gender: that person is not the one who answers."""
        end = pos
        while end > start and self.text[end - 1] not in ".!?":
            end -= 1
        if end <= start:
            return None
        begin = _sentence_begin(self.text, end - 1, start)
        m = _ADDRESSED[gender].search(self.text, begin, end)
        if m is None:
            return None
        people = self._people(begin, m.start())
        return people.pop() if len(people) == 1 else None

    def _pronoun(self, pronoun: str, pos: int) -> _Speaker:
        gender = _PRONOUNS[pronoun]
        if gender is None:
            return _Speaker(None)
        para = self._opening_paragraph(bisect.bisect_right(self.para_starts, pos) - 1)
        para_start = self.paragraphs[para][0] if para >= 0 else 0
        prev_start = self.paragraphs[max(0, para - 1)][0] if para >= 0 else 0
        here = self._reach(para_start, pos)
        if here is None:
            return _Speaker(None)  # a paragraph this long: nobody is near enough to be sure
        window = self._reach(prev_start, pos) if here == para_start else None
        window = here if window is None else window
        if _CLOCK_ENTRY.match(self.text, para_start):
            window = here  # a live blog's timed entry: the entry before is another story
        if gender == "it":
            body = self._body_before_quote(pos)
            if body is not None:
                return _Speaker(body)  # `The board rejected that. "…," it said`: the board
            orgs = {
                m.name
                for m in self.index.mentions_between(window, pos, "organization")
                if not self._inside_quote(m.start)
            }
            orgs |= {s for p, s, person in self.spoken if window <= p < pos and not person}
            return _Speaker(orgs.pop()) if len(orgs) == 1 else _Speaker(None)
        people = self._people(here, pos)
        if not people and self._group_before(here, pos):
            return _Speaker(None)  # "Families slept on camp beds. "…," she said": one of them
        addresser = self._addresser(here, pos, gender)
        if addresser in people:
            people = people - {addresser}  # `X put it to him that …. He replied: "…"`
        if not people:
            people = self._people(window, pos) - {addresser}
        if len(people) > 1:
            fits = [p for p in people if self.index.gender_of(p) in (None, gender)]
            known = [p for p in fits if self.index.gender_of(p) == gender]
            if len(known) == 1 and self._coordinated(known[0], set(fits) - set(known), window, pos):
                known = []
            if len(known) == 1 and any(self.index.given_name_gender(p) == gender for p in fits):
                known = []  # "Gerald Pike and Simon Achebe … he": Simon may be meant as well
            people = set(known) if len(known) == 1 else set(fits)
        if len(people) > 1:
            topic = self._subject_before_quote(pos)
            if topic in people and self.index.gender_of(topic) in (None, gender):
                people = {topic}
        if len(people) > 1:
            people = self._last_speaker(window, pos, people) or people
        if people and all(self.index.gender_of(p) not in (None, gender) for p in people):
            people = self._gendered_further_back(pos, gender) or people
        if len(people) == 1:
            name = people.pop()
            if name.startswith("?"):
                return _Speaker(None)  # "a woman in the village": unnamed, so nobody to credit
            if self.index.gender_of(name) not in (None, gender):
                return _Speaker(None)  # "he said" with only a woman in reach: someone unnamed
            if self.index.given_name_gender(name) not in (None, gender):
                return _Speaker(None)  # "he said" with only a Maria Rossi in reach
            if self.index.gender_of(name) is None and self._called_otherwise(name, pos, gender):
                return _Speaker(None)  # `X said. She added …` then `"…," he said`: not X
            self.index.set_gender(name, gender)
            return _Speaker(name, self._title(name), person=True)
        return _Speaker(None)


# `…, a pledge the Opposition Leader, Renae Marchetti, called "…"`: the one who named it.
_OBJECT_CALLED = re.compile(
    r",\s+(?:a|an)\s+[a-z]+\s+(?P<subj>(?:the\s+)?[A-Z][^;:\"“”]{1,80}?)\s+"
    r"(?P<verb>called|calls|described\s+as|dubbed|branded|labelled|labeled|termed)\s*$"
)

# `Told that the rules required "a clear purpose," he replied`: words put to the speaker
# inside an opening clause are not the speaker's.
_PUT_TO = re.compile(r"(?:Told|Asked|Reminded|Pressed|Challenged|Confronted|Questioned)\b[^,]*$")

# `what he called "…"`: the words are the one who called it so.
_WHAT_CALLED = re.compile(
    r"\bwhat\s+(he|she|(?:[A-Z][\w'’\-]*\s+){0,2}[A-Z][\w'’\-]*)\s+(?:has\s+|had\s+)?"
    r"(called|calls|described\s+as|describes\s+as|termed|dubbed)\s*$"
)

# A speech verb right after a sentence's subject: "Carys Ndlovu said she had …".
_SPEECH_AFTER_SUBJECT = re.compile(
    r"\s+(?:(?:also|later|then|had|has)\s+)?(?:said|says|told|added|explained|insisted)\b"
)

# Someone spoken to: "put it to him that", "asked her whether".
_ADDRESSED = {
    g: re.compile(
        r"\b(?:to|asked|told|pressed|questioned|urged|challenged|reminded|accused|"
        rf"interrupted)\s+{obj}(?=\s+(?:that|whether|if|why|how|about|what|again)\b|\s*[,.;:])"
    )
    for g, obj in (("m", "him"), ("f", "her"))
}


# ---------------------------------------------------------------------------------------------
# Cues around a quote
# ---------------------------------------------------------------------------------------------

_WORDS = re.compile(r"[\w'’\-\.]+|[,;:.!?]")


def _sentence_end(text: str, pos: int, limit: int) -> int:
    """Offset just after the sentence that `pos` is in (abbreviations do not end it)."""
    limit = min(limit, pos + 600)
    for m in re.finditer(r"[.!?]+(?=[\"”'’]*(?:\s|$))", text[pos:limit]):
        if m.group() == ".":
            before = text[pos : pos + m.start()].split()
            tok = before[-1].lstrip('"“(').lower() if before else ""
            if tok in ABBREVIATIONS or (len(tok) == 1 and tok.isalpha()):
                continue
        return pos + m.end()
    return limit


def _sentence_begin(text: str, pos: int, floor: int) -> int:
    """Offset where the sentence holding `pos` starts (not before `floor`)."""
    floor = max(floor, pos - 600)
    k = pos
    while k > floor:
        k -= 1
        if text[k] in ".!?" and k + 1 < len(text) and text[k + 1] in " \n\"”'’":
            before = text[floor:k].split()
            tok = before[-1].lstrip('"“(').lower() if before else ""
            if text[k] == "." and (tok in ABBREVIATIONS or (len(tok) == 1 and tok.isalpha())):
                continue
            j = k + 1
            while j < pos and text[j] in "\"”'’ \n":
                j += 1
            return j
    return floor


_AFTER_INVERTED = re.compile(
    r"^\s*,?\s*(?P<verb>" + "|".join(sorted(SPEECH_VERBS)) + r")\s+(?P<rest>.+)$", re.S
)
_ACCORDING = re.compile(r"^\s*,?\s*according\s+to\s+(?P<rest>.+)$", re.S | re.I)


# A comma, colon or sentence period ends a speaker phrase; "U.S." and "Mr." do not.
_PHRASE_END = re.compile(
    r"[,;:!?](?=\s|$)|(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt))"
    r"(?<!\b(?:Mrs|Rep|Sen|Gov|Gen|Col|Sgt|Det|Adm|Amb|Rev|Hon|Maj|Cpl))"
    r"(?<!\b(?:Capt|Insp|Supt|Prof|Atty|Cmdr|Coun))(?<!\bConst)\.(?=\s|$)|\s[—–-]\s"
)


# Lower-case words inside a speaker's name: "Aguas del Sur", "Jorunn van der Wiel".
_PHRASE_JOINERS = frozenset({"of", "for", "the"}) | NAME_PARTICLES


def _cut_name_phrase(rest: str) -> str:
    """Speaker words at the start of `rest`: stop at a comma, a period or a following clause."""
    rest = _PHRASE_END.split(rest, maxsplit=1)[0]
    words = rest.split()
    out: list[str] = []
    seen_cap = False
    i = 0
    while i < len(words):
        w = words[i]
        lw = w.lower()
        if lw in _TAIL_STOP and (seen_cap or out):
            if lw in ("and", "&") and seen_cap and _one_body_across_and(out, words, i):
                out.append(w)  # "Corrin Fire and Rescue", "Grocery and Retail Workers Union"
                i += 1
                continue
            if not (seen_cap and lw in ("of", "for", "on") and out and out[-1][:1].isupper()):
                break
        if seen_cap and w[:1].islower() and lw not in _PHRASE_JOINERS:
            n = _descriptor_run(words, i, out[0].lower() in ("the", "a", "an") and len(out) <= 3)
            if not n:
                break
            out.extend(words[i : i + n])
            i += n
            continue
        out.append(w)
        seen_cap = seen_cap or w[:1].isupper()
        i += 1
    while out and out[-1].lower() in ("of", "for", "the"):
        out.pop()
    return " ".join(out)


# Last words of a party or movement's name, which news may give with its leader's possessive.
_PARTY_HEADS = frozenset("Party Alliance Front Movement Union Coalition League".split())
# Nouns that describe a name after them as a publication or brand: "Tech site GadgetPilot".
_MEDIA_NOUNS = frozenset(
    "site website magazine newspaper outlet blog podcast channel platform app brand label".split()
)


def _one_body_across_and(out: list[str], words: list[str], i: int) -> bool:
    """Whether "and" at words[i] joins one body's name: the capitalized run after it, with
    the words before, reads as one organization."""
    j = i + 1
    while j < len(words) and words[j][:1].isupper():
        j += 1
    if j == i + 1:
        return False
    name = read_name(tuple(w.rstrip(".,") for w in [*out, *words[i:j]]))
    return name is not None and name.kind == "organization" and "and" in name.name.split()


def _descriptor_run(words: list[str], i: int, after_the: bool) -> int:
    """How many lower-case words from `i` describe the name after them (0: none).

    "Consumer group Fair Tap", "Orvane chief executive Beatriz Lunde", "District health
    manager Oswin Fair": up to three lower-case words ending in a title or body noun, then a
    capitalized word. After a bare "The" the run may end the phrase: "The interior ministry".
    """
    for n in range(1, 4):
        if i + n > len(words):
            return 0
        run = [w.lower() for w in words[i : i + n]]
        if not all(w[:1].isalpha() and w not in _TAIL_STOP for w in run):
            return 0
        if any(w in _NOT_TITLE_WORDS or w in SPEECH_VERBS for w in run):
            return 0
        if not (
            is_title_word(run[-1])
            or run[-1] in gz.ORG_NOUNS
            or run[-1] in _MEDIA_NOUNS
            or run[-1] == "family"  # "The Tremayne family said"
        ):
            continue
        follows = words[i + n] if i + n < len(words) else ""
        if follows[:1].isupper() or (after_the and not follows[:1].isupper()):
            return n
    return 0


@dataclass
class _Cue:
    speaker: _Speaker
    cue: str | None  # None: the speaker is introduced by the sentence before the quote
    end: int  # where the cue words end in the text


_APPOS_SUBJECT = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’]+['’]s)\s+[\w'’\- ]{2,40}?,\s+"
    r"(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3},"
)
_INTRO_TAIL = re.compile(r"(?:\s+[\w'’]+){0,5}?\s*[:,]\s*")
_PARTIAL_VERB = re.compile(
    r"(?P<appos>,[^,]{2,90},)?\s+(?:(?:has|have|had)\s+)?(?:(?:also|later|\w+ly)\s+)?"
    r"(?:[a-z]+ed\s+(?:[^,;:\"“”]{0,50}?\s+)?(?:and|but)\s+(?=(?:also\s+)?[a-z]+\s))?(?:also\s+)?"
    r"(?P<verb>[a-z]+)\b"
)
# The same after two appositives: "Greta Moss, 52, who runs the shop, said she was …".
_PARTIAL_VERB_2 = re.compile(
    _PARTIAL_VERB.pattern.replace("(?P<appos>,[^,]{2,90},)?", "(?P<appos>,[^,]{2,90},[^,]{2,90},)")
)


# A subject and its appositive, one of them a name, before the verb: "The chair of the
# judges, the critic Manfred Oyelaran, said", "Its founder, Ada Voss, told".
_PAIR_SUBJECT = re.compile(
    r"(?P<subj>[A-Z][^,;:\"“”]{1,60},\s+[^,;:\"“”]{2,60},)\s+(?:also\s+|later\s+)?(?P<verb>[a-z]+)\b"
)
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+([^,;:\"“”]{2,60}),\s*$")
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b")
_THIRD_PERSON = {"m": r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b", "f": r"\b(?:[Ss]he|[Hh]er)\b"}


# "the insurer, Halbrook Mutual", "its operator, Velm Rail": a lower-case description of a
# body, then the body's name.
_BODY_DESCRIPTION = re.compile(r"^(?:the|its|their|a|an)\s+(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*$")


# "according to a memo seen by the Kessel Gazette": the outlet that saw a document did not
# say what it says.
_WORK_BY = re.compile(
    r"^(?:an?|the)\s+(?:[a-z]+\s+)?(?:poll|survey|study|report|analysis|estimate|count|tally|"
    r"review|audit|investigation|assessment)\s+(?:by|from|of)\s+(.+?)(?:\s+for\s+.+)?$"
)
_SEEN_BY = re.compile(r"\s+(?:seen|obtained|reviewed)\s+by\b")


def _according_speaker(r: _Resolver, phrase: str, pos: int) -> _Speaker | None:
    """The speaker of "according to <phrase>"; the name after a comma when the words
    before it describe it: "the company's negotiator, Lars Eklund", "the insurer, X"."""
    if "," in phrase:
        left, right = phrase.rsplit(",", 1)
        right = _cut_name_phrase(right.strip())
        sp = r.resolve(right, pos + phrase.rfind(right)) if right else None
        if sp and sp.name and sp.person:
            title = re.sub(r"^(?:the|a|an)\s+", "", left.strip())
            return _Speaker(sp.name, title if title[:1].islower() else sp.title, True)
        if sp and sp.name and _BODY_DESCRIPTION.match(left.strip()):
            head = left.split()[-1].lower()
            if head in gz.ORG_NOUNS or head in _BUSINESS_NOUNS:
                return sp
        phrase = left
    phrase = _SEEN_BY.split(phrase, maxsplit=1)[0]  # "a memo seen by the Gazette": not it
    m = _WORK_BY.match(phrase)
    if m:
        phrase = m.group(1)  # "a poll by Marrowby Research for the Courier": the pollster
    if _PLACE_POLICE_SPOKES.match(phrase.strip()):
        return r.resolve(phrase.strip(), pos)  # "according to a Westhaven police spokeswoman"
    phrase = _cut_name_phrase(phrase)
    sp = r.resolve(phrase, pos) if phrase else None
    return sp if sp and sp.name else None


# Words that open a setting phrase before a sentence's subject: "Inside the chamber, …",
# "Asked about the cuts, …", "Meanwhile, …".
_OPENERS = (
    "In|At|On|After|Before|Speaking|Asked|Writing|Responding|Inside|Outside|Later|Earlier|"
    "Meanwhile|Separately|Elsewhere|During|Addressing|Interviewed|However|Instead|Still|Yet|"
    "Afterwards|Appearing|Acting|Representing|Opening|Closing|Summing|Giving|Recalling|"
    "Reacting|Commenting|Testifying|Visiting|Announcing|Unveiling|Launching"
)
# A subordinate clause whose own subject names what the partial quote says.
_SUBORDINATE_CALL = re.compile(
    r"\b(?:when|after|as|because|since|while|before|until)\s+"
    r"(?P<subj>(?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*)\s+(?:had\s+|has\s+)?"
    r"(?P<verb>called|described|dubbed|branded|labelled|labeled|termed|dismissed)\s+"
    r"[^,;:\"“”]{0,60}?(?:\bas\s+)?$"
)
_QUOTED_AS = re.compile(r"\bquoted\s+([^,;:\"“”]{2,80}?)\s+as\s+saying\b")
# A clause that opens with its own named subject: "Deputy Minister Joseph Mwanga warned".
_CLAUSE_SUBJECT_START = re.compile(r"(?:[A-Z][\w'’.\-]*\s+){1,5}(?:[a-z]+ly\s+)?[a-z]+")
# `… a pledge her opponents call "…"`: a plural noun right before a naming verb is the one
# who says the quoted words, not the subject of the sentence.
_OTHERS_CALL = re.compile(
    r"(?:\b(?:his|her|their|its|the|some|many|most|other|several)\s+(?:[a-z\-]+\s+)?"
    r"(?!(?:has|was|is|as|also|always|thus)\b)[a-z]+s|"
    r"\b(?:critics|opponents|rivals|detractors|sceptics|skeptics|residents|campaigners|"
    r"supporters|opposition\s+\w+))"
    r"\s+(?:have\s+|had\s+)?(?:call|called|describe|described|dub|dubbed|term|termed|label|"
    r"labelled|labeled)(?:\s+as)?\s*$"
)


# A sentence ending in a colon whose subject is he/she: `Later, she said:`, `He described
# what he saw on the ward:`.
_PRONOUN_INTRO = re.compile(r"(?:^|(?<=[,.]\s)|(?<=\n))\s*([Hh]e|[Ss]he)\s+[a-z][^:\n]{0,120}:\s*$")


# "one stallholder", "a woman", "another resident": an unnamed individual as a cue's subject.
_UNNAMED_ONE = re.compile(r"(?:one|a|an|another|some)\s+(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*$")
_OWNER_ROLE = re.compile(r"(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}[A-Za-z][\w\-]*\s?['’]s\s+\S")
_NAME_AFTER = re.compile(r",\s+([A-Z][^,.;:!?\"“”]{1,60}?)(?=\s*[,.;:!?])")


class _Attributor:
    def __init__(self, text: str, resolver: _Resolver) -> None:
        self.text = text
        self.r = resolver

    def after(self, raw: _Raw, limit: int) -> _Cue | None:
        """`"…," Okafor said` / `"…," said Lena Okafor, the …` / `"…," according to X`."""
        text = self.text
        inner = text[raw.segments[-1][0] : raw.segments[-1][1]].rstrip().rstrip("'’")
        end = _sentence_end(text, raw.close_end, limit)
        after = text[raw.close_end : end]
        stripped = after.lstrip()
        if not stripped:
            return None
        starts_comma = stripped.startswith(",")
        if not (inner.endswith((",", "?", "!", "—", "-")) or starts_comma):
            return None
        if inner.endswith(".") and not starts_comma:
            return None
        body = stripped.lstrip(", ")
        offset = raw.close_end + (len(after) - len(body))
        m = _ACCORDING.match(body)
        if m:
            phrase = m.group("rest").strip().rstrip('.!?"”')
            sp = self._according_speaker(phrase, offset)
            return _Cue(sp, "according to", end) if sp else None
        m = _AFTER_INVERTED.match(body)
        if m:
            phrase = _cut_name_phrase(m.group("rest"))
            role = m.group("rest").split(",", 1)[0].rstrip()
            if _OWNER_ROLE.match(role) and len(role) <= 60:
                # `said Vardenland's Health Minister, Johanna Bello`: the name after the role
                named = self._named_after(role, offset + m.start("rest"), m.group("verb"))
                if named is not None:
                    return named
            sp = self.r.resolve(phrase, offset + m.start("rest")) if phrase else None
            if (sp is None or sp.name is None) and phrase:
                named = self._named_after(phrase, offset + m.start("rest"), m.group("verb"))
                if named is not None:
                    return named
            if sp is None:
                # `"…," said one shopkeeper`: the writer names the speaker here, and names
                # nobody we can credit, so no earlier speaker may carry over to this quote.
                return _Cue(_Speaker(None), m.group("verb"), offset + m.start("rest"))
            end = offset + m.start("rest") + len(phrase)
            if sp.person and not sp.title:
                sp.title = self._appositive(end)
            if sp.person and sp.name:
                # `said the trust's chairwoman, Mabel Osgood, "…"`: the cue runs to the name
                n = _NAME_AFTER.match(text[end : end + 80])
                if n and sp.name.endswith(n.group(1).split()[-1]):
                    end += n.end()
            return _Cue(sp, m.group("verb"), end)
        words = list(re.finditer(r"[\w'’\-.]+", body[:200]))
        for i, w in enumerate(words[:10]):
            tok = w.group().rstrip(".").lower()
            if tok in SPEECH_VERBS and i > 0:
                phrase = body[: w.start()].strip()
                if re.search(r"[;:!?]", phrase) or phrase.split()[0].lower() in _CONJUNCTIONS:
                    return None
                sp = self.r.resolve_subject(phrase, offset)
                if sp is None and _UNNAMED_ONE.match(phrase):
                    # `"…," one stallholder said`: the cue names somebody we cannot credit,
                    # so no earlier speaker carries over to the quote
                    return _Cue(_Speaker(None), w.group().rstrip("."), offset + w.end())
                if sp is None:
                    return None
                cue = self._cue_words(body, w)
                return _Cue(sp, cue, offset + w.end())
        return None

    def _named_after(self, phrase: str, pos: int, verb: str) -> _Cue | None:
        """`"…," said her skipper, Captain Ruth Amsel.`: a role phrase, then the name."""
        m = re.match(
            r"(?:(?:his|her|their|its|the|one|an?)\s+|(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}[A-Za-z]"
            r"[\w\-]*\s?['’]s\s+)([a-zA-Z][\w'’\- ]{1,40}?),\s+",
            phrase + ", ",
        )
        if m is None or m.end() < len(phrase):
            return None
        tail = self.text[pos + len(phrase) :]
        n = re.match(
            r",\s+((?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gen|Col|Capt|Sgt|Lt|Gov)\.\s+)?"
            r"[A-Z][^,.;:!?\"“”]{1,60}?)(?=\s*(?:[,.;:!?]|$))",
            tail,
        )
        if n is None:
            return None
        name = _cut_name_phrase(n.group(1))
        sp = self.r.resolve(name, pos + len(phrase) + n.start(1)) if name else None
        if sp is None or sp.name is None or not sp.person:
            return None
        # "said one man, Jean Wilfried": "man" describes nobody's office.
        sp.title = None if m.group(1) in ("man", "woman", "person") else m.group(1)
        end = pos + len(phrase) + n.start(1) + len(name)
        return _Cue(sp, verb, end)

    def _cue_words(self, body: str, verb: re.Match) -> str:
        """ "told reporters", "said in a statement", "wrote on social media", else the verb."""
        tail = body[verb.end() :]
        m = re.match(
            r"\s+(reporters|journalists|in a statement|on social media|in an interview|"
            r"in a post|in a letter)\b",
            tail,
        )
        word = verb.group().rstrip(".")
        return f"{word} {m.group(1)}" if m else word

    def _appositive(self, pos: int) -> str | None:
        m = re.match(
            r",\s+(?:the|a|an)\s+([^,.;:\"“”\n]{2,90}?)(?=\s*(?:,|\.(?:\s|$)|;|$|\s+who\b))",
            self.text[pos : pos + 120],
        )
        return m.group(1).strip() if m and m.group(1)[:1].islower() else None

    def _according_speaker(self, phrase: str, pos: int) -> _Speaker | None:
        return _according_speaker(self.r, phrase, pos)

    def before(self, raw: _Raw, floor: int) -> tuple[_Cue | None, str]:
        """`Okafor said: "…"`; returns the cue (if any) and the sentence text before the quote."""
        text = self.text
        begin = _sentence_begin(text, raw.open_pos, floor)
        before = text[begin : raw.open_pos]
        if not re.search(r"[:,]\s*$", before):
            return None, before
        for m in re.finditer(r"[\w'’]+", before):
            if m.group().lower() not in SPEECH_VERBS:
                continue
            if not _INTRO_TAIL.fullmatch(before, m.end()):
                continue
            head = before[: m.start()].rstrip(" ,")
            while re.search(r",\s*(?:\d{1,3}|(?:of|from)\s+[A-Z][^,]*)$", head):
                head = head[: head.rfind(",")]  # "Stephen Rowe, 52, of Calder Heath, told"
            subj_start = head.rfind(",") + 1
            phrase = head[subj_start:].strip()
            relative = phrase.split()[0].lower() in ("who", "which", "whose") if phrase else False
            sp = self.r.resolve(phrase, begin + subj_start) if phrase and not relative else None
            if sp is not None and sp.name and not sp.person and phrase[:1].islower():
                # "Laila Demir-Strand, the ministry's spokeswoman, said:": the named person
                named = self.r.resolve_subject(
                    head[head.rfind(",", 0, subj_start - 1) + 1 :], begin
                )
                if named is not None and named.name and named.person:
                    sp = named
            if (sp is None or sp.name is None) and head.count(",") >= 1:
                # "Its chairman, Rupert Ashdown, said:" -> the appositive name, titled.
                sp = self.r.resolve_subject(head[head.rfind(",", 0, subj_start - 1) + 1 :], begin)
            if sp is not None:
                cue = before[m.start() :].strip().rstrip(":,").strip()
                return _Cue(sp, cue, raw.open_pos), ""
        words = {w.lower() for w in re.findall(r"[\w'’]+", before)}
        if before.rstrip().endswith(":") and not words & {"he", "she", "they", "we", "i"}:
            # `Prime Minister Selim Aydar addressed the nation on Wednesday: "…"` (a pronoun in
            # the sentence may be the speaker: then nobody)
            name = self.r.opening_subject(begin, raw.open_pos)
            if name is not None:
                return _Cue(_Speaker(name, self.r._title(name), True), None, raw.open_pos), ""
        return None, before

    def introduced(self, raw: _Raw, inner: str, floor: int) -> _Cue | None:
        """A quote with no cue, spoken by the one person the sentence before it is about.

        `Fisherman Iain Moss watched the sea rise.\n\n"I've never seen it so high."` and
        `He laughed. "I have forgotten a lot."`: news lets the sentence before a quote
        introduce its speaker. Only for first-person quotes that open a sentence, after a
        sentence without quote marks (from `floor`, the previous paragraph, on) that names
        exactly one person, within its first words, or opens with he/she; and not when the
        quote speaks of that person as "he"/"she" (then someone else is talking about them).
        """
        if not _FIRST_PERSON.search(inner):
            return None
        starts = self.r.sentence_starts
        k = bisect.bisect_right(starts, raw.open_pos) - 1
        if k < 1 or self.text[starts[k] : raw.open_pos].strip() or starts[k - 1] < floor:
            return None
        s_start, s_end = starts[k - 1], starts[k]
        sentence = self.text[s_start:s_end]
        if _MARK.search(sentence):
            return None
        m = re.match(r"\s*(He|She)\s", sentence)
        if m:
            sp = self.r.resolve(m.group(1), s_start + m.start(1))
        else:
            sp = self._subject_person(s_start, s_end)
        if sp is None or not sp.name or not sp.person:
            return None
        gender = self.r.index.gender_of(sp.name)
        if gender and re.search(_THIRD_PERSON[gender], inner):
            return None
        return _Cue(sp, None, raw.open_pos)

    def carried_over(self, last: dict | None, para: tuple[int, int], raw: _Raw) -> _Cue | None:
        """The speaker of a quote paragraph with no cue, from the paragraph before it.

        `"…," Voss said.\n\n"We started again."`: the paragraph before ends with a quote
        that its cue gave to a person, so the speaker goes on. `Voss was blunter:\n\n"…"`:
        the paragraph before ends with a colon after a sentence (no quote marks) naming
        exactly one person. Not when the sentence after the quote names somebody else
        (`"…"\n\nThat was Inspector Mora's answer.`): the writer attributes it there.
        """
        ps, pe = para
        after = _sentence_end(self.text, raw.close_end + 1, len(self.text))
        if after > raw.close_end and _MARK.search(self.text, raw.close_end, after):
            after = raw.close_end  # the next quote: nobody named after this one
        later = self.r._people(raw.close_end, after)
        if last is not None:
            sp = last["speaker"]
            tail = self.text[last["end"] : pe].strip()
            if sp is None or not sp.person or last["cue"] is None or tail or later - {sp.name}:
                return None
            return _Cue(_Speaker(sp.name, sp.title, True), None, pe)
        if not self.text[ps:pe].rstrip().endswith(":"):
            return None
        begin = _sentence_begin(self.text, pe - 1, ps)
        if _MARK.search(self.text, begin, pe):
            return None
        m = _PRONOUN_INTRO.search(self.text, begin, pe)
        if m:
            # `In a statement read to reporters, she said:` then the quote paragraph
            sp = self.r.resolve(m.group(1), m.start(1))
            if sp is None or not sp.name or not sp.person:
                return None
            if later - {sp.name} or self.r._people(begin, pe) - {sp.name}:
                return None
            return _Cue(_Speaker(sp.name, sp.title, True), None, pe)
        people = self.r._people(begin, pe)
        if len(people) != 1 or next(iter(people)).startswith("?") or later - people:
            return None
        name = people.pop()
        return _Cue(_Speaker(name, self.r._title(name), person=True), None, pe)

    def _subject_person(self, start: int, end: int) -> _Speaker | None:
        """The one person a sentence names, when it names them within its first words."""
        people = self.r._people(start, end)
        mentions = self.r.index.mentions_between(start, end, "person")
        if len(people) != 1 or not mentions or next(iter(people)).startswith("?"):
            return None
        if len(self.text[start : mentions[0].start].split()) > 5:
            return None
        name = mentions[0].name
        return _Speaker(name, self.r._title(name), person=True)

    def clause_subject(self, before: str, pos: int) -> _Cue | None:
        """The person whose subordinate clause a partial quote closes: `Recalling the day
        when Venning described the university as "…"` is Venning's, whoever speaks next."""
        m = _SUBORDINATE_CALL.search(before)
        if not m:
            return None
        sp = self.r.resolve(m.group("subj"), pos + m.start("subj"))
        if sp is None or not sp.name or not sp.person:
            return None
        return _Cue(sp, m.group("verb"), pos + len(before))

    def partial(self, before: str, pos: int) -> _Cue | None:
        """The subject of the writer's sentence that a partial quote is hung on."""
        named = _OBJECT_CALLED.search(before)
        if named:  # `…, a pledge the Opposition Leader, Renae Marchetti, called "…"`
            sp = self.r.resolve_subject(named.group("subj"), pos + named.start("subj"))
            if sp is not None and sp.name:
                return _Cue(sp, named.group("verb"), pos + len(before))
        if _OTHERS_CALL.search(before):
            return None  # `a pledge her opponents call "a fantasy"`: not the subject's words
        quoted = _QUOTED_AS.search(before)
        if quoted:  # `state media quoted President X as saying the visit marked "…"`
            sp = self.r.resolve(_cut_name_phrase(quoted.group(1)), pos + quoted.start(1))
            return _Cue(sp, "quoted", pos + len(before)) if sp and sp.name else None
        for sep in (", but ", ", while ", ", and "):
            cut = before.rfind(sep)
            if cut > 0 and _CLAUSE_SUBJECT_START.match(before, cut + len(sep)):
                # `…kept its border open, but Minister X warned that the country's "…"`
                tail_pos = pos + cut + len(sep)
                got = self.partial(before[cut + len(sep) :], tail_pos)
                if got is not None:
                    return got
        what = _WHAT_CALLED.search(before)
        if what:  # `… to set out what he called "a foreign policy for a more dangerous decade"`
            sp = self.r.resolve(what.group(1), pos + what.start(1))
            if sp is not None and sp.name:
                return _Cue(sp, what.group(2), pos + len(before))
            return None
        acc = _ACCORDING_BEFORE.search(before)
        if acc:  # `… and, according to Voss, "two weeks of fuel"`
            sp = self._according_speaker(acc.group(1), pos + acc.start(1))
            return _Cue(sp, "according to", pos + len(before)) if sp else None
        if ";" in before:  # `X is her brother; he said it "played no part"`: the last clause
            cut = before.rindex(";") + 1
            before, pos = (
                before[cut:].lstrip(),
                pos + cut + len(before[cut:]) - len(before[cut:].lstrip()),
            )
            m = re.match(r"(he|she)\s+(?:(?:also|later)\s+)?([a-z]+)\b", before)
            if m and m.group(2) in _PARTIAL_VERBS:
                sp = self.r.resolve(m.group(1), pos)
                return _Cue(sp, m.group(2), pos + len(before)) if sp and sp.name else None
        m = re.match(rf"^(?:(?:{_OPENERS})\b[^,]{{0,60}},\s+)?", before)
        start = m.end() if m else 0
        appos = _APPOS_SUBJECT.match(before, start)
        if appos:
            sp = self.r.resolve_subject(appos.group(0), pos + start)
            rest = before[appos.end() :]
            vm = re.match(r"\s*(?:(?:also|later|\w+ly)\s+)?([a-z]+)\b", rest)
            link = re.search(r",\s+(" + "|".join(_PARTIAL_LINKS) + r")\b", rest)
            if sp and sp.name and vm and (vm.group(1) in _PARTIAL_VERBS or link):
                cue = vm.group(1) if vm.group(1) in _PARTIAL_VERBS else link.group(1)
                return _Cue(sp, cue, pos + len(before))
        owned = _OWNED_BODY.match(before, start)
        if owned:  # "Qarastan's defence ministry said it had "no hostile intentions""
            vm = _PARTIAL_VERB.match(before, owned.end())
            if vm and vm.group("verb") in _PARTIAL_VERBS:
                sp = self.r.resolve(owned.group(0), pos + start)
                if sp is not None and sp.name:
                    return _Cue(sp, vm.group("verb"), pos + len(before))
        subj = _cut_name_phrase(before[start:])
        if not subj:
            return None
        pair = _PAIR_SUBJECT.match(before, start)
        if pair and pair.group("verb") in _PARTIAL_VERBS:
            # "The chair of the judges, the critic Manfred Oyelaran, said …"
            sp = self.r.resolve_subject(pair.group("subj"), pos + start)
            if sp is not None and sp.name and sp.person:
                return _Cue(sp, pair.group("verb"), pos + len(before))
        if not before.startswith(subj, start):
            return None
        for rx in (_PARTIAL_VERB, _PARTIAL_VERB_2):
            m = rx.match(before, start + len(subj))
            if not m:
                continue
            verb = m.group("verb")
            link = re.search(r",\s+(" + "|".join(_PARTIAL_LINKS) + r")\b", before[m.end("verb") :])
            if verb in _PARTIAL_VERBS or link:
                break
        else:
            return None
        sp = self.r.resolve(subj, pos + start)
        appos = m.group("appos") or ""
        if (sp is None or sp.name is None) and re.match(r",\s+which\b", appos):
            if re.fullmatch(r"[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,3}", subj):
                sp = _Speaker(subj)  # "Railnet, which operates the line, said": a body
        if (sp is None or sp.name is None) and appos.count(",") == 2:
            # "The chair of the judges, the critic Manfred Oyelaran, said …": the appositive
            sp = self.r.resolve_subject(subj + appos, pos + start)
        if sp is None or sp.name is None:
            return None
        cue = link.group(1) if link and verb not in _PARTIAL_VERBS else verb
        return _Cue(sp, cue, pos + len(before))


# ---------------------------------------------------------------------------------------------
# Indirect quotes (no quote marks)
# ---------------------------------------------------------------------------------------------

_VERB_ALT = "|".join(sorted(_THAT_VERBS, key=len, reverse=True))
_INDIRECT_THAT = re.compile(
    r"^(?P<subj>[^\"“”]{1,140}?)\s+(?:[a-z]+ed\s+and\s+)?(?P<verb>" + _VERB_ALT + r")\b"
    r"(?P<comp>(?:\s+(?!that\b|but\b)[\w'’\-]+){0,7}?)\s+that\s+(?P<clause>.{8,})$",
    re.S,
)
_INDIRECT_BARE = re.compile(
    r"^(?P<subj>[^\"“”]{1,140}?)\s+(?:(?:also|later|[a-z]+ed\s+and)\s+)?"
    r"(?P<verb>said|says|added|told\s+reporters|told\s+(?:the|a)\s+(?:[a-z]+\s+)?"
    r"(?:meeting|court|tribunal|inquiry|committee|hearing|jury|conference|parliament|assembly|"
    r"council|audience|crowd|rally|briefing|panel|commission|senate|house)|told\s+(?:county\s+|"
    r"city\s+)?(?:commissioners|councillors|councilors|legislators|lawmakers|senators|MPs|"
    r"supporters|journalists|investors|analysts|shareholders|delegates|parliament|Congress))"
    r"(?P<comp>\s+on\s+[A-Z]\w+day)?\s+(?P<clause>(?!(?:in|on|at|after|before|during|by|with|"
    r"for|to|from|into|of|against|late|early|earlier|last|this|when|while|"
    r"through|so|goodbye|nothing|no)\b)"
    r"(?:[a-z][\w'’\-]*|(?<!added\s)\d[\d,.]*|(?:[A-Z][\w'’\-]*\s+){1,3}(?=(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+s|[a-z]+ed|will|would|had|has|was|is|could|should|must|can)\b))\b.{8,})$",
    re.S,
)
# `…, the union said late on Sunday, following an improved offer.`: a closing phrase after
# the cue that is the writer's context, not part of the speaker.
_CONTEXT_TAIL = (
    r"(?:,\s+(?:following|after|as|amid|ahead\s+of|despite|before|citing|while|when|"
    r"blaming|pointing|referring|reflecting|marking|ending|bringing|raising|signall?ing|"
    r"reversing|easing|fuell?ing|sending|leaving|putting|taking|giving|making|setting|creating|"
    r"causing|prompting|triggering|sparking|scattering|forcing|killing|injuring|affecting|"
    r"costing|hitting|pushing|cutting|lifting|boosting|wiping|"
    r"(?:a|an|one|two|three|hours|days|weeks)\s+(?:\w+\s+)?(?:after|before))\b"
    r"[^\"“”]{0,150}?)?"
)
_INDIRECT_AFTER = re.compile(
    r"^(?P<clause>[^\"“”]{12,}?),\s+(?P<subj>[^,\"“”]{1,80}?)\s+(?:(?:also|later)\s+)?"
    r"(?P<verb>said|says|added|stated|told|wrote|announced|reported|warned|confirmed)"
    r"(?P<tail>\s+[^,\"“”]{0,60})?" + _CONTEXT_TAIL + r"[.!]?$",
    re.S,
)
# `Vance insisted the deal was affordable`: verbs that also take a plain object ("argued
# the case") count only before a clause with its own verb, within its first words.
_INDIRECT_BARE_CLAIM = re.compile(
    r"^(?P<subj>[^\"“”]{1,140}?)\s+(?P<verb>said|says|insisted|argued|warned|claimed|admitted|"
    r"acknowledged|conceded|maintained|predicted|stressed|believes|believed|fears|feared|"
    r"confirmed|announced|noted|suggested)\s+"
    r"(?P<clause>(?:the|a|an|this|these|those|it|he|she|they|we|there|his|her|their|its|our|"
    r"[A-Z][\w'’\-]*)\b(?:\s+[\w'’\-]+){0,5}?\s+(?:was|were|is|are|had|has|have|would|will|"
    r"could|should|might|must|can|did|does|do)\b.{3,})$",
    re.S,
)
_INDIRECT_AFTER_APPOS = re.compile(
    r"^(?P<clause>[^\"“”]{12,}?),\s+(?P<subj>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,3},"
    r"\s+[^,\"“”]{2,60}?)\s+(?P<verb>said|says|added|told\s+reporters)(?P<tail>\s+[^,\"“”]{0,60})?[.!]?$",
    re.S,
)
# "… midwife Catriona Feeney, who said …", "the Health Review Board, which said …".
_WHO_SAID = re.compile(
    r"(?:^|\s)(?P<subj>(?:[A-Z][\w'’\-.]*\s+){0,5}[A-Z][\w'’\-]*),\s+(?:\d{1,3},\s+)?"
    r"(?P<rel>who|which)\s+(?:(?:also|later)\s+)?"
    r"(?P<verb>said|says|told\s+reporters)(?:\s+in\s+a\s+statement|\s+on\s+[A-Z]\w+day)?\s+"
    r"(?:that\s+)?(?P<clause>(?!(?:in|on|at|of|to|it\s+was\s+"
    r"time)\b)[a-z][^\"“”]{8,}?)[.!]?$",
    re.S,
)
# `…, the national rail operator, Estran Rail, said.`: a description, then the name.
_INDIRECT_AFTER_ROLE = re.compile(
    r"^(?P<clause>[^\"“”]{12,}?),\s+(?P<subj>(?:the|its|their|his|her)\s+[a-z][^,\"“”]{1,50},"
    r"\s+[A-Z][^,\"“”]{1,60}?),\s+(?P<verb>said|says|added)(?P<tail>\s+[^,\"“”]{0,60})?[.!]?$",
    re.S,
)
_INDIRECT_AFTER_INV = re.compile(
    r"^(?P<clause>[^\"“”]{12,}?),\s+(?P<verb>said|says|added)\s+(?P<subj>[^\"“”]{2,120}?)[.!]?$",
    re.S,
)
# "Lakeshore Health and Pinecrest Medical Group": two names joined, so no one speaker.
_PAIR_SUBJECT_AND = re.compile(
    r"(?:[A-Z][\w'’&.\-]*\s+){0,4}[A-Z][\w'’&.\-]*\s+(?:and|&)\s+"
    r"(?!(?:Co|Sons|Partners|Company|Associates|Daughters)\b)(?:[A-Z][\w'’&.\-]*\s+){0,4}"
    r"[A-Z][\w'’&.\-]*"
)
_LEAD_PHRASE = re.compile(rf"^(?:{_OPENERS})\b[^,]{{0,60}},\s+(?=(?:[a-z]+\s+){{0,3}}[A-Z])")
# ", 34," after a name: an age.
_AGE = re.compile(r",\s+\d{1,3},?$|,\s+\d{1,3}(?=,)")
# What may follow a speaker's name inside an indirect quote's subject: a first verb phrase
# joined to "said" by "but"/"and", or the body the person works for.
_SUBJECT_BUT = re.compile(r"^(.*?[A-Z][\w'’\-]+)\s+[a-z]+ed\s+[^,]{0,60}?\s+(?:but|and)$")
_SUBJECT_OF = re.compile(
    r"^(.*?[A-Z][\w'’\-]+)\s+(?:of|at|from|with)\s+(?:the\s+)?"
    r"(?:(?!(?:I|you|we|he|she|they|it|if|that)\b)[\w'’&.]+\s*){1,9}$"
)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|would|will|could|should|can|did)\b")
# `…, said Wilde's training had …`: a possessive after "said" opens a clause, not a speaker.
_POSSESSIVE_START = re.compile(r"^\s*[A-Z][\w\-]*['’]s\b")
_ACCORDING_FRONT = re.compile(r"^According\s+to\s+(?P<subj>[^,\"“”]{2,80}),\s+(?P<clause>.{8,})$")
_ACCORDING_BACK = re.compile(
    r"^(?P<clause>[^\"“”]{8,}?),\s+according\s+to\s+(?P<subj>[^\"“”]{2,120}?)[.!]?$", re.S
)
# Every indirect pattern above needs one of these words: a sentence without any is skipped
# before the (slower, anchored) patterns are tried.
_INDIRECT_WORDS = _THAT_VERBS | frozenset(
    """said says added stated told wrote announced reported warned confirmed insisted argued
    claimed admitted acknowledged conceded maintained predicted stressed believes believed
    fears feared noted suggested""".split()
)
_INDIRECT_WORDS_ALL = _INDIRECT_WORDS | {"according", "According"}
_LETTERS = re.compile(r"[A-Za-z]+")


def _may_report(sentence: str) -> bool:
    """Whether the sentence has a word some indirect pattern needs (a cheap test first)."""
    return not _INDIRECT_WORDS_ALL.isdisjoint(_LETTERS.findall(sentence))


_ADDING = re.compile(
    r",\s+(?P<verb>adding|saying|noting|warning|arguing|insisting)\s+that\s+(?P<clause>.{8,})$",
    re.S,
)


# "… argued that the results were promising but warned that the trial was short."
_SECOND_THAT = re.compile(
    r",?\s+(?:but|and)\s+(?:also\s+)?(?:(?P<verb>" + _VERB_ALT + r")\s+that|"
    r"(?P<said>said|added)(?:\s+that)?)\s+(?P<clause>.{8,})$",
    re.S,
)
# What follows a partial quote in the writer's sentence and is still reported speech:
# `… "a stunt" and said the text should be published`, `… made "a fair offer" and would
# wait`, `… "holding the line" but warned that …`. Not `and called on …` (an act).
# `… and that it would sue` is left alone: the earlier sets annotate only the partial quote
# in that sentence.
_AFTER_PARTIAL = re.compile(
    r"[\s.,]*(?:and\s+(?:(?:also\s+)?(?P<verb>said|added|warned|insisted|argued|noted)\s+"
    r"(?:that\s+)?|(?=(?:would|will|could|should|might|must)\s))|(?:[^\"“”`,.;]{0,40}\s)?but\s+(?:also\s+)?"
    r"(?P<but>said|added|warned|insisted|argued|noted|cautioned|conceded|admitted)\s+that\s+)"
    r"(?P<clause>[^\"“”`]{8,})$",
    re.S,
)


def _after_partial(text: str, pos: int, limit: int) -> tuple[str, str] | None:
    """(cue, clause) of reported speech that continues the sentence after a partial quote."""
    end = _sentence_end(text, pos, limit)
    if end == limit and _MARK.match(text, limit):
        return None  # `… and insisted that shortages were caused by "delays …"`: a partial
    m = _AFTER_PARTIAL.match(text[pos:end])
    if not m:
        return None
    clause = _clean_clause(m.group("clause"))
    if len(clause.split()) < 3:
        return None
    return m.group("verb") or m.group("but") or "said", clause


def _clean_clause(clause: str) -> str:
    clause = clause[dateline_length(clause) :]
    clause = re.sub(r"``|''|[\"“”]", "", clause)
    clause = clause.strip().rstrip(".!?").strip()
    return re.sub(r"\s+", " ", clause).strip(" ,")


# `His lawyer, Celeste Nakamura (who took the case for free), said …`: an aside in
# brackets is no part of the speaker phrase.
_PARENTHESIS = re.compile(r"\s*\([^()\"“”]{1,100}\)")
# `Krause had told councillors that …`: a tense auxiliary between subject and verb.
_AUXILIARY_TAIL = re.compile(r"\s+(?:had|has|have|has\s+been|had\s+been)$")


class _Indirect:
    def __init__(self, text: str, resolver: _Resolver) -> None:
        self.text = text
        self.r = resolver

    def _subject(self, subj: str, pos: int) -> _Speaker | None:
        """Try the whole subject, then without an appositive, then without a leading clause."""
        subj = _AUXILIARY_TAIL.sub("", _PARENTHESIS.sub("", subj).strip())
        subj = _AGE.sub("", _LEAD_PHRASE.sub("", subj))  # "At the loop, rider Anil Bhatt, 34,"
        if _PAIR_SUBJECT_AND.fullmatch(subj):
            return None  # "Lakeshore Health and Pinecrest Medical Group announced": both
        if subj.count(",") == 2 and subj.endswith(","):
            sp = self.r.resolve_subject(subj, pos)
            if sp is not None and sp.name:
                return sp
        cands = [subj]
        if "," in subj:
            cands = [subj.split(",", 1)[0], subj.rsplit(",", 1)[1]]
        m = _SUBJECT_BUT.match(cands[-1].strip())
        if m:
            cands.append(m.group(1))  # "Abelsen welcomed the decision but (said)"
        m = _SUBJECT_OF.match(cands[-1].strip())
        person_only = m.group(1) if m else None
        if person_only:
            cands.append(person_only)  # "Mikael Storm of the Sorne Institute (said)"
        for c in cands:
            sp = self.r.resolve(c.strip(), pos + max(0, subj.find(c.strip())))
            if sp is not None and c is person_only and not sp.person:
                continue  # "the Environment Agency (of Wessmoor)": a body's own name
            if sp is not None:
                if sp.name and sp.person and not sp.title and c is not subj:
                    rest = subj[len(c) :]
                    m = re.match(r",\s+(?:the|a|an)\s+([^,]{2,90})", rest)
                    if m and m.group(1)[:1].islower():
                        sp.title = m.group(1).strip()
                return sp
        return None

    def sentence(self, sent: Sentence, start: int = 0) -> tuple[_Speaker, str, str] | None:
        """(speaker, cue, clause) for an indirect quote in a sentence without quote pairs.

        `start`: read the sentence from this offset of the text (after a dateline) when later.
        """
        if start > sent.start:
            s = self.text[start : sent.end].strip()
            pos = start
        else:
            s = sent.text.strip()
            pos = sent.start
        if not s or not _may_report(s):
            return None
        for rx, cue in (
            (_ACCORDING_FRONT, "according to"),
            (_ACCORDING_BACK, "according to"),
        ):
            m = rx.match(s)
            if m:
                sp = _according_speaker(self.r, m.group("subj"), pos + m.start("subj"))
                if sp and sp.name:
                    return sp, cue, m.group("clause")
                if rx is _ACCORDING_FRONT:
                    return None
                # "X said the ward was short-staffed, according to its own records": the
                # sentence may still report X; read it without the closing source
                s = s[: m.end("clause")]
        m = _WHO_SAID.search(s)
        if m:
            # "… heard from midwife Catriona Feeney, who said staff had raised concerns"
            sp = self.r.resolve(_cut_name_phrase(m.group("subj")), pos + m.start("subj"))
            if sp is not None and sp.name and sp.person == (m.group("rel") == "who"):
                return sp, m.group("verb"), m.group("clause")
        m = _INDIRECT_THAT.match(s)
        if m:
            sp = self._subject(m.group("subj"), pos)
            if sp is not None:
                comp = m.group("comp") or ""
                if _FINITE.search(comp):
                    # "said investigators were examining a track that had been repaired":
                    # the clause starts after the verb; "that" is a relative pronoun
                    return sp, m.group("verb"), f"{comp.strip()} that {m.group('clause')}"
                return sp, (m.group("verb") + comp).strip(), m.group("clause")
        m = _INDIRECT_BARE.match(s)
        if m and len(m.group("clause").split()) >= 3:
            sp = self._subject(m.group("subj"), pos)
            if sp is not None:
                return sp, " ".join(m.group("verb").split()), m.group("clause")
        m = _INDIRECT_BARE_CLAIM.match(s)
        if m:
            sp = self._subject(m.group("subj"), pos)
            if sp is not None:
                return sp, m.group("verb"), m.group("clause")
        m = _INDIRECT_AFTER_APPOS.match(s)
        if m:
            sp = self.r.resolve_subject(m.group("subj"), pos + m.start("subj"))
            if sp is not None:
                return sp, " ".join(m.group("verb").split()), m.group("clause")
        m = _INDIRECT_AFTER_ROLE.match(s)
        if m:
            sp = self.r.resolve_subject(m.group("subj"), pos + m.start("subj"))
            if sp is not None and sp.name:
                return sp, m.group("verb"), m.group("clause")
        m = _INDIRECT_AFTER.match(s)
        if m:
            sp = self.r.resolve(m.group("subj"), pos + m.start("subj"))
            if sp is not None and sp.name and sp.name.startswith("the "):
                sp = _Speaker(_clause_subject_body(m.group("clause"), sp.name), sp.title)
            if sp is not None:
                return sp, " ".join(m.group("verb").split()), m.group("clause")
        m = _INDIRECT_AFTER_INV.match(s)
        if m and not _POSSESSIVE_START.match(m.group("subj")):
            phrase = _cut_name_phrase(m.group("subj"))
            sp = self.r.resolve(phrase, pos + m.start("subj")) if phrase else None
            if sp is not None:
                return sp, m.group("verb"), m.group("clause")
        return None


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


_CLAUSE_SUBJECT = re.compile(
    r"((?:[A-Z][\w&'’\-]*\s+){1,4}?[A-Z][\w&'’\-]*\.?)\s+(?:will|would|has|had|is|was|plans|"
    r"planned|expects|expected|agreed|reported|posted|cut|cuts|made|makes)\b"
)


def _clause_subject_body(clause: str, unnamed: str) -> str:
    """ "Halden Copper Works will cut 340 jobs …, the company said": the body that opens the
    reported clause is the one "the company" is; else the unnamed body as written."""
    head = unnamed.split()[-1]
    if head not in _FIRM_NOUNS and head not in gz.ORG_NOUNS:
        return unnamed
    m = _CLAUSE_SUBJECT.match(clause)
    if m is None:
        return unnamed
    tokens = tuple(m.group(1).split())
    name = read_name(tokens)
    if name is None or name.kind not in ("organization", "person") or name.title:
        return unnamed
    if is_given_name(tokens[0]):
        return unnamed  # a person's name opens the clause
    if name.kind == "person" and head not in _FIRM_NOUNS:
        return unnamed
    return name.name


def _writer_words_before(text: str, raw: _Raw) -> bool:
    """Whether the writer's own words precede the quote in its sentence (a partial quote)."""
    k = raw.open_pos
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k > 0 and text[k - 1] not in "\n.!?:"


def _looks_like_title(inner: str) -> bool:
    """ "Salt and Iron": every content word capitalized, so a name of a work, not speech."""
    words = re.findall(r"[\w'’]+", inner)
    content = [w for w in words if w.lower() not in _STOPWORDS]
    return bool(content) and len(words) <= 8 and all(w[:1].isupper() for w in content)


_STOPWORDS = frozenset("a an the and or of in on at to for with from by".split())


# `"…," Voss said, wiping her hands, "but …"` / `said Ada Voss, who runs the yard, "and …"`:
# an aside after the cue (a participle or a relative clause) inside an interrupted quote.
_WHEN_COMMA = re.compile(
    r"\s+(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today|tonight|afterwards|later)\s*,\s*"
)
_ASIDE = re.compile(
    r",\s+(?:[a-z][\w\-]*|[A-Z][\w\-]*['’]s)\b"  # ", president of the Society, ""
    r"[^\"“”.!?;:]{0,120},\s*"
)


def _interruption(between: str, inner: str) -> bool:
    """Whether the text between a cue and the next quote joins the two into one quote:
    a bare comma, or a comma-bounded aside when the second part opens in lower case."""
    if between.strip() == "," or _WHEN_COMMA.fullmatch(between):
        return True  # `"We're close," X said Thursday, "but …"`
    return bool(_ASIDE.fullmatch(between)) and inner[:1].islower()


# `14:05 — Organisers have …`: a live blog's time stamp opens the paragraph like a dateline.
_TIMESTAMP = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?[ \t]*(?:--|[-–—])[ \t]+")


def _timestamps(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the time stamps that open paragraphs (live coverage)."""
    return [(m.start(), m.end()) for ps, _pe in paragraphs if (m := _TIMESTAMP.match(text, ps))]


# `the "big move" would …`: a short quoted phrase after "the" that is the subject of a verb
# is what something is called (a scare quote), not words the sentence's speaker said.
_LABEL_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|so-called)\s*$")
_LABEL_AFTER = re.compile(
    r"\s+(?:would|will|was|were|is|are|had|has|have|could|should|might|must|can|may)\s"
)


def _is_label(text: str, raw: _Raw, inner: str) -> bool:
    """Whether the quote is a label: `the "big move" would`, `the "summit" was`."""
    if len(raw.segments) != 1 or len(inner.split()) > 4 or re.search(r"[.,;:!?]", inner):
        return False
    return bool(
        _LABEL_BEFORE.search(text, max(0, raw.open_pos - 12), raw.open_pos)
        and _LABEL_AFTER.match(text, raw.close_end)
    )


# After a quoted question: somebody unnamed asked it ("one reporter asked", "he was asked",
# "a question put to the minister"), so it is not the words of whoever answers.
_ASKED_AFTER = re.compile(
    r"\s*,?\s*(?:[\w'’\-]+\s+){0,4}?(?:asked|put\s+to|directed\s+(?:at|to))\b"
)


def _asked(text: str, raw: _Raw, inner: str, limit: int) -> bool:
    """Whether the quote is a question that the words after it say was asked (of
    somebody) by a speaker the cue does not name: `"How did it leak?" one reporter asked.`"""
    if not inner.rstrip("'’\"” ").endswith("?"):
        return False
    end = _sentence_end(text, raw.close_end, limit)
    return _ASKED_AFTER.match(text, raw.close_end, end) is not None


def extract_quotes(article: Article, index: ActorIndex | None = None) -> list[Quote]:
    """Direct, partial and indirect quotes of one cleaned article, in text order."""
    text = article.text or ""
    if not text.strip():
        return []
    sentences = article.sentences or split_sentences(text)
    paragraphs = paragraph_spans(text)
    text, sentences = _unwrap_article(text, sentences, paragraphs)
    starts = [s.start for s in sentences]
    datelines = sorted(dateline_spans(text) + _timestamps(text, paragraphs))
    index = index or ActorIndex(text)
    resolver = _Resolver(text, index, paragraphs)
    resolver.sentence_starts = starts
    attributor = _Attributor(text, resolver)
    date = article.published.isoformat() if article.published else None

    def sentence_index(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    raws = _split_inner_cues(text, _top_level(text, _pair_quotes(text, paragraphs), len(sentences)))
    resolver.set_quote_spans([(r.open_pos, r.close_end) for r in raws])
    pstarts = [p[0] for p in paragraphs]
    para_of = [bisect.bisect_right(pstarts, r.open_pos) - 1 for r in raws]

    found: list[tuple[int, Quote]] = []
    prev: dict | None = None  # the last quote in this paragraph: raw, speaker, cue end
    used_sentences: set[int] = set()
    for i, raw in enumerate(raws):
        p_start, p_end = paragraphs[para_of[i]]
        last_para = bisect.bisect_right(pstarts, raw.close_pos) - 1
        limit_after = paragraphs[last_para][1]
        if i + 1 < len(raws):
            limit_after = min(limit_after, raws[i + 1].open_pos)
        if prev is not None and prev["para"] != para_of[i]:
            before_para = prev if prev["para"] == para_of[i] - 1 else None
            prev = None
        else:
            before_para = None
        floor = max(p_start, prev["raw"].close_end if prev else p_start)
        for d_start, d_end in datelines:
            if d_start <= floor < d_end <= raw.open_pos:
                floor = d_end  # `ALDSUND, Sept 23 (Wire) - "…," X said`: no partial quote
        inner = " ".join(text[s:e].strip() for s, e in raw.segments).strip()
        inner_text = inner.rstrip(",").strip()
        for s_idx in range(sentence_index(raw.open_pos), sentence_index(raw.close_pos) + 1):
            used_sentences.add(s_idx)
        if not re.search(r"\w", inner_text):
            continue

        # Interrupted quote: `"We will not," Demir said, "accept …"` continues the previous one.
        if (
            prev is not None
            and prev["cue"] is not None
            and prev["cue"].end <= raw.open_pos
            and _interruption(text[prev["cue"].end : raw.open_pos], inner_text)
            and attributor.after(raw, limit_after) is None  # not `"A," X said, "B," Y said`
        ):
            q = prev["quote"]
            merged = Quote(
                q.speaker,
                q.speaker_title,
                q.text.rstrip(",") + " " + inner_text,
                q.kind,
                q.cue,
                q.article_id,
                q.sentence_index,
                q.date,
            )
            found[prev["slot"]] = (found[prev["slot"]][0], merged)
            prev = {**prev, "raw": raw, "quote": merged, "cue": None}
            continue

        if _is_label(text, raw, inner_text):
            continue  # `said the "big move" would …`: a name for a thing, nobody's words
        if (
            _looks_like_title(inner_text)
            and len(inner_text.split()) <= 6
            and _writer_words_before(text, raw)
        ):
            continue  # `a new staging of "The Salt Road"`: a work's title inside a sentence
        cue = attributor.after(raw, limit_after)
        if (cue is None or cue.speaker.name is None) and _asked(text, raw, inner_text, limit_after):
            cue = _Cue(_Speaker(None), "asked", raw.close_end)  # a reporter's question
        before_cue, before = attributor.before(raw, floor)
        kind = "direct"
        put_to = False
        if before.strip():
            kind = "partial"
            own = attributor.clause_subject(before, raw.open_pos - len(before))
            if own is not None:
                cue = own  # `when Venning described it as "…", Kessel-Ray said`: Venning's
            elif _PUT_TO.match(before.strip()):
                cue = _Cue(_Speaker(None), None, raw.close_end)  # `Told that … "…," he replied`
                put_to = True
        if cue is None:
            cue = before_cue
        if cue is None and kind == "partial":
            cue = attributor.partial(before.strip(), raw.open_pos - len(before))
        if (
            cue is None
            and kind == "direct"
            and prev is not None
            and prev["speaker"] is not None
            and re.fullmatch(r"[\s.,]*", text[prev["end"] : raw.open_pos])
        ):
            cue = _Cue(prev["speaker"], prev["cue_word"], raw.open_pos)
        if cue is None and kind == "direct" and raw.open_pos == p_start and para_of[i] > 0:
            cue = attributor.carried_over(before_para, paragraphs[para_of[i] - 1], raw)
        if cue is None and kind == "direct":
            cue = attributor.introduced(raw, inner_text, paragraphs[max(0, para_of[i] - 1)][0])
        if kind == "partial" and (cue is None or cue.speaker.name is None) and not put_to:
            if _looks_like_title(inner_text) or len(inner_text.split()) < 8:
                prev = None
                continue
        if cue is None and _looks_like_title(inner_text):
            continue
        speaker = cue.speaker if cue else _Speaker(None)
        quote = Quote(
            speaker=speaker.name,
            speaker_title=speaker.title,
            text=inner_text,
            kind=kind,
            cue=cue.cue if cue else None,
            article_id=article.id,
            sentence_index=sentence_index(raw.open_pos),
            date=date,
        )
        found.append((raw.open_pos, quote))
        if speaker.name:
            resolver.spoken.append((raw.open_pos, speaker.name, speaker.person))
        prev = {
            "para": bisect.bisect_right(pstarts, raw.close_pos) - 1,
            "raw": raw,
            "speaker": speaker if speaker.name else None,
            "cue": cue if cue and cue.end > raw.close_end else None,
            "cue_word": cue.cue if cue else None,
            "end": _sentence_end(text, cue.end, limit_after)
            if cue and cue.end > raw.close_end
            else raw.close_end,
            "slot": len(found) - 1,
            "quote": quote,
        }
        # `X said the strike was "unlawful" and that it would sue`: the rest is reported too.
        more = _after_partial(text, raw.close_end, limit_after) if kind == "partial" else None
        if more and speaker.name:
            cue_word, clause = more
            s_idx = sentence_index(raw.open_pos)
            reported = Quote(
                speaker.name, speaker.title, clause, "indirect", cue_word, article.id, s_idx, date
            )
            found.append((raw.close_end, reported))
        # `…," the ministry said in a statement, adding that …`: an indirect quote too.
        if cue and speaker.name and cue.end > raw.close_end:
            s_end = _sentence_end(text, cue.end, limit_after)
            m = _ADDING.search(text[cue.end : s_end])
            if m:
                found.append(
                    _adding(m, cue.end, speaker, article.id, sentence_index(raw.open_pos), date)
                )

    indirect = _Indirect(text, resolver)
    for sent in sentences:
        if sent.index in used_sentences:
            sent = _clause_before_quote(text, sent, resolver)
            if sent is None:
                continue
        skip = max((e for s, e in datelines if s <= sent.start < e), default=0)
        if skip >= sent.end:
            continue  # the sentence is all dateline
        got = indirect.sentence(sent, skip)
        if got is None:
            continue
        sp, cue_word, clause = got
        if sp.name is None:
            continue
        second = _SECOND_THAT.search(clause)
        if second:  # "argued that A but warned that B": two reported clauses
            clause = clause[: second.start()]
            found.append(_adding(second, sent.start + 1, sp, article.id, sent.index, date))
        adding = _ADDING.search(clause)
        clause = _clean_clause(clause[: adding.start()] if adding else clause)
        if len(clause.split()) < 3:
            continue
        if sp.name:
            resolver.spoken.append((sent.start, sp.name, sp.person))
        found.append(
            (
                sent.start,
                Quote(
                    sp.name, sp.title, clause, "indirect", cue_word, article.id, sent.index, date
                ),
            )
        )
        m = _ADDING.search(sent.text)
        if m:
            found.append(_adding(m, sent.start, sp, article.id, sent.index, date))
    found.sort(key=lambda t: t[0])
    aliases = resolver.index.aliases
    return [
        _with_role_title(replace(q, speaker=aliases[q.speaker]) if q.speaker in aliases else q)
        for _pos, q in found
    ]


# "hospital's medical director", "Ostravia's energy minister": an owner before the role.
_TITLE_OWNER = re.compile(r"^(?:[\w\-]+\s+){0,2}[\w\-]+['’]s\s+(?=\S)")


def _with_role_title(q: Quote) -> Quote:
    """The quote with its speaker's title cut to the role: "the hospital's medical director"
    is a medical director (the hospital is the affiliation, not the job). An owner inside
    an "of" phrase stays: "secretary of the Fishermen's Association"."""
    title = q.speaker_title
    if not title:
        return q
    head = title.split(" of ", 1)
    role = _TITLE_OWNER.sub("", head[0])
    if role == head[0] or not role:
        return q
    return replace(q, speaker_title=" of ".join([role, *head[1:]]))


# Where a reported clause ends and a second one, holding a quote, begins: `X said A and
# that B "…"`, `X said A, though she called it "…"`.
_CLAUSE_BREAK = re.compile(
    r",?\s+(?:and|but)\s+that\s|,\s+(?:though|although|but|while)\s+(?:he|she|it|they)\s"
)


def _clause_before_quote(text: str, sent: Sentence, resolver: _Resolver) -> Sentence | None:
    """The part of a sentence with quotes that is a complete indirect quote before them.

    `Okafor said the plant would reopen, and that the delay was "regrettable."`: the
    partial quote belongs to the second clause; the first is reported speech of its own.
    None when the sentence opens with a quote or has no such break before its first one.
    """
    i = bisect.bisect_left(resolver._quote_starts, sent.start)
    if i >= len(resolver._quote_starts) or resolver._quote_starts[i] >= sent.end:
        return None
    prefix = text[sent.start : resolver._quote_starts[i]]
    m = _CLAUSE_BREAK.search(prefix)
    if m is None or _MARK.search(prefix, 0, m.start()):
        return None
    return replace(sent, text=prefix[: m.start()], end=sent.start + m.start())


def _adding(
    m: re.Match[str], offset: int, speaker: _Speaker, article_id: str, index: int, day: str | None
) -> tuple[int, Quote]:
    """`…, adding that …` after a quote or statement: an indirect quote by the same speaker."""
    clause = _clean_clause(m.group("clause"))
    verb = m.groupdict().get("said") or f"{m.group('verb')} that"
    quote = Quote(
        speaker.name, speaker.title, clause, "indirect", verb, article_id,
        index, day,
    )  # fmt: skip
    return offset + m.start(), quote


def quotes_and_actors(article: Article, ner: str | None = None) -> tuple[list[Quote], list[Actor]]:
    """Quotes and actors of one article from one shared ActorIndex (the per-article call)."""
    index = actor_index(article, ner)
    return extract_quotes(article, index=index), index.actors()


def _speaker_key(speaker: str) -> str:
    key = " ".join(speaker.replace("’", "'").split()).casefold()
    return key[4:] if key.startswith("the ") else key


def merge_quotes(quotes: Iterable[Quote], actors: Iterable[Actor] = ()) -> list[Quote]:
    """One list for an event: "Okafor" -> "Lena Okafor" across articles, repeats dropped.

    Pass the quotes in the order readers should see them (earliest article first): a
    quote whose speaker and words repeat an earlier one (syndicated copy, a re-post) is
    dropped, so the first report of it stays. An excerpt of another quote by the same speaker
    (or where one of the two has no speaker) is the same quote: one copy stays, in the place
    of the first, with the longer text and that text's citation (article and sentence).
    Surname-only speakers take the one full name among all the quotes' speakers and the
    given person actors that ends with that surname.
    """
    quotes = list(quotes)
    full: dict[str, set[str]] = {}
    names = [q.speaker for q in quotes if q.speaker]
    names += [a.name for a in actors if a.kind == "person"]
    for name in names:
        parts = name.split()
        if len(parts) > 1:
            full.setdefault(parts[-1], set()).add(name)
    kept: list[_Kept] = []
    for q in quotes:
        if q.speaker and " " not in q.speaker and len(full.get(q.speaker, ())) == 1:
            name = next(iter(full[q.speaker]))
            q = replace(q, speaker=name)
        new = _Kept(q)
        if any(k.key == new.key and _dice(new.words, k.words) >= REPEAT_SIMILARITY for k in kept):
            continue
        at = next(
            (
                i
                for i, k in enumerate(kept)
                if (k.key == new.key or not k.key or not new.key) and _excerpt(k, new)
            ),
            None,
        )
        if at is None:
            kept.append(new)
        else:
            kept[at] = _fuller(kept[at], new)
    return _with_titles([k.quote for k in kept])


def _with_titles(quotes: list[Quote]) -> list[Quote]:
    """A speaker's title, given with one of their quotes, shown with all of them (the most
    frequent when the reports differ): "Tomas Brandt, general secretary" in every row."""
    titles: dict[str, Counter[str]] = {}
    for q in quotes:
        if q.speaker and q.speaker_title:
            titles.setdefault(q.speaker, Counter())[q.speaker_title] += 1
    return [
        replace(q, speaker_title=titles[q.speaker].most_common(1)[0][0])
        if q.speaker in titles and not q.speaker_title
        else q
        for q in quotes
    ]


# Two quotes by one speaker whose words overlap this much (Dice) are the same quote.
REPEAT_SIMILARITY = 0.8
# A quote of at least EXCERPT_MIN_WORDS words is an excerpt of a longer one when its words
# run on in the longer one, or when EXCERPT_CONTAINMENT of them (an ellipsis, a bracketed
# word) lie in one stretch of the longer one at most EXCERPT_SPREAD times as long.
EXCERPT_MIN_WORDS = 4
EXCERPT_CONTAINMENT = 0.9
EXCERPT_SPREAD = 1.5


class _Kept:
    """A quote kept by merge_quotes, with its speaker key and words."""

    __slots__ = ("key", "quote", "tokens", "words")

    def __init__(self, quote: Quote) -> None:
        self.quote = quote
        self.key = _speaker_key(quote.speaker) if quote.speaker else ""
        self.tokens = re.findall(r"\w+", quote.text.lower())
        self.words = Counter(self.tokens)


def _dice(a: Counter, b: Counter) -> float:
    n = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / n if n else 1.0


def _excerpt(a: _Kept, b: _Kept) -> bool:
    """True when the shorter quote's words are (nearly all) a stretch of the longer one's."""
    short, long = (a, b) if len(a.tokens) <= len(b.tokens) else (b, a)
    n = len(short.tokens)
    if n < EXCERPT_MIN_WORDS:
        return False
    need = EXCERPT_CONTAINMENT * n
    if sum((short.words & long.words).values()) < need:
        return False
    if f" {' '.join(short.tokens)} " in f" {' '.join(long.tokens)} ":
        return True
    width = int(EXCERPT_SPREAD * n) + 2
    firsts = set(short.tokens[:3])
    for i, tok in enumerate(long.tokens):
        if tok in firsts:
            window = Counter(long.tokens[i : i + width])
            if sum((short.words & window).values()) >= need:
                return True
    return False


def _fuller(first: _Kept, other: _Kept) -> _Kept:
    """The merged copy of two reports of one quote: the longer text, the known speaker."""
    longer, shorter = (other, first) if len(other.tokens) > len(first.tokens) else (first, other)
    q = longer.quote
    if q.speaker is None and shorter.quote.speaker:
        q = replace(q, speaker=shorter.quote.speaker, speaker_title=shorter.quote.speaker_title)
    elif not q.speaker_title and shorter.key == longer.key and shorter.quote.speaker_title:
        q = replace(q, speaker_title=shorter.quote.speaker_title)
    return longer if q is longer.quote else _Kept(q)
