"""Regular expressions for time expressions, compiled once into one master pattern.

Each family is a pattern with named groups. The master pattern is the alternation of all
families (inner group names stripped) so the text is scanned once; the family that matched
is re-run at the match position to read its groups. Families are ordered so that at one
start position the longer, more specific reading wins.
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python's own regex parser (private, unchanged since 3.11), read by `_first_chars`
    from re import _constants as _sre
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover - then no guards: slower, same matches
    _sre = _sre_parser = None

from newsline.temporal.lexicon import (
    DECADE_WORDS,
    FULL_MONTHS,
    ORDINAL_WORDS,
    SEASONS,
    SET_ADVERBS,
    TIMEZONES,
    WEEKDAYS,
)


def C(phrase: str) -> str:
    """Regex for a lower-case phrase whose first letter may be capitalized (sentence start)."""
    head = phrase[0]
    return f"[{head.upper()}{head}]{phrase[1:]}".replace(" ", r"\s+")


def _alt(items: list[str]) -> str:
    """Non-capturing alternation, longest first so prefixes do not shadow longer words."""
    return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"


def _alt_c(phrases: list[str]) -> str:
    """`_alt([C(p) for p in phrases])`, grouped by first character: `a(?:bout|round)|A(?:...)`.

    Each group keeps the alternatives in `_alt`'s order, and alternatives with different first
    characters never match at the same place, so it matches exactly what `_alt` matches (and
    reads the same groups). But the regex engine rejects a whole group with one character
    comparison, instead of testing each alternative's character class in turn.
    """
    groups: dict[str, list[str]] = {}
    for phrase in sorted(phrases, key=lambda p: len(C(p)), reverse=True):
        for first in dict.fromkeys((phrase[0].upper(), phrase[0])):
            groups.setdefault(first, []).append(C(phrase)[4:])  # C(p) = "[Pp]" + the rest
    return "(?:" + "|".join(f"{c}(?:{'|'.join(rests)})" for c, rests in groups.items()) + ")"


def _title_upper(words: list[str]) -> list[str]:
    """Title-case and upper-case spellings of words ("june" -> "June", "JUNE")."""
    return [f for w in words for f in (w.title(), w.upper())]


YEAR4 = r"(?:1[89]\d\d|20\d\d|2100)"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])"
ORDSUF = r"(?:st|nd|rd|th)"
END = r"(?![\w]|[.,]\d)"  # no word character or decimal/thousands continuation after a number

MONTH_FULL = _alt(_title_upper(FULL_MONTHS))
_ABBR = "jan feb mar apr jun jul aug sep sept oct nov dec".split()
MONTH = "(?:" + MONTH_FULL + "|" + _alt(_title_upper(_ABBR)) + r"\.?)"
WEEKDAY = _alt(_title_upper(list(WEEKDAYS)))
WEEKDAY_PL = _alt([w.title() + "s" for w in WEEKDAYS])
SEASON = _alt_c(list(SEASONS))
ORDW = _alt([w.replace(" ", r"\s") for w in ORDINAL_WORDS])
DECW = _alt(list(DECADE_WORDS))
TZ = _alt(TIMEZONES + [r"local\s+time"])
PART = r"(?:morning|afternoon|evening|night)"

_ONES = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMWORD = _alt_c(_TENS) + r"(?:[-\s]" + _alt(_ONES) + ")?|" + _alt_c(_ONES + _TEENS)
_VAGUE = [
    "a dozen", "a couple of", "a couple", "a few", "a handful of", "a number of", "dozens of",
    "couple of", "several", "few", "some", "many", "numerous", "one and a half", "a single", "an",
    "a",
]  # fmt: skip
_HUNDREDS = r"(?:" + _alt_c(["a", "one", *_ONES[1:], *_TEENS]) + r")\s+(?:hundred|thousand)"
NUM = (
    r"(?:\d{1,3}(?:\.\d+|\s+[13]/[24])?|" + _HUNDREDS + "|" + _alt_c(_VAGUE) + "|" + _NUMWORD + ")"
)
MOD = _alt_c(
    [
        "about", "around", "almost", "nearly", "roughly", "approximately", "some",
        "more than", "less than", "fewer than", "at least", "at most",
        "just over", "just under", "up to", "only", "just", "barely", "well over",
    ]
)  # fmt: skip
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?"
    r"|century|centuries)"
)
MODP = _alt(
    [C(m) for m in ("early", "late", "mid", "earlier", "later")]
    + [C("the") + r"\s+(?:beginning|start|middle|end|rest)\s+of"]
)
_TEENS_ALL = _TEENS + ["eighteen", "nineteen"]
# A year in words: "nineteen ninety-six", "nineteen oh five", "two thousand and one".
SPELLED_YEAR = (
    r"(?:[Ee]ighteen|[Nn]ineteen)[\s-]+(?:"
    + _alt(_TENS)
    + r"(?:[-\s]"
    + _alt(_ONES)
    + r")?|"
    + _alt(_TEENS)
    + r"|oh[-\s]"
    + _alt(_ONES)
    + r"|hundred)(?!\w)"
    + r"|[Tt]wo\s+thousand(?:[\s-]+(?:and\s+)?"
    + _alt(_TEENS + _ONES)
    + r")?(?!\w)"
)
HOLIDAY = (
    r"(?:Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?"
    r"|Halloween|(?:Independence|Valentine['’]s|Labor|Memorial|Election|Veterans|Boxing)\s+Day)"
)
# What a HOLIDAY match must start with (its optional endings left out), for the TRIGGER
# lookahead, which only asks whether one can start here.
HOLIDAY_HEADS = [
    "Christmas",
    r"New\s+Year['’]s",
    "Thanksgiving",
    "Halloween",
    *(
        day + r"\s+Day"
        for day in ("Independence", "Valentine['’]s", "Labor", "Memorial", "Election", "Veterans")
    ),
    r"Boxing\s+Day",
]
REL = _alt_c(["this past", "this coming", "last", "this", "next"])

FAMILIES: list[tuple[str, str]] = [
    (
        "finper",
        rf"(?:{C('the')}\s+)?(?:(?:comparable|same|corresponding|prior)\s+)?"
        r"(?P<ago>year-ago|year-earlier|prior-year|year\s+ago|year\s+earlier)\s+"
        r"(?:(?:first|second|third|fourth)\s+)?(?P<pu>quarter|period)(?![\w-])"
        rf"|{C('the')}\s+(?P<lat>latest|current|most\s+recent|just-ended|just-completed)\s+"
        r"(?:fiscal\s+)?(?P<pu2>quarter|period)(?![\w-])"
        rf"|{C('the')}\s+(?:(?P<same>same|comparable|corresponding)\s+)?(?P<pu5>quarter|period)"
        r"(?![\w-])"
        r"(?:\s+(?P<back>a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+previous\s+year))?"
        rf"|(?:{C('the')}\s+)?(?P<y>{YEAR4})\s+(?:(?P<ord>first|second|third|fourth)\s+)?"
        r"(?:fiscal\s+)?(?P<pu3>quarter|period)(?![\w-])"
        rf"|(?P<ry>{C('this')}|{C('last')}|{C('next')})\s+year['’]s\s+"
        r"(?:(?P<ord2>first|second|third|fourth|final)\s+)?(?P<pu4>quarter|period)(?![\w-])"
        rf"|(?P<adj>{C('year-ago')}|{C('year-earlier')})",
    ),
    ("recent", rf"(?P<k>{C('recent')})\s+(?P<u>days|weeks|months|years|decades)(?!\w)"),
    (
        "spyear",
        rf"(?:(?P<mon>{MONTH})\s+(?:of\s+)?|(?P<ty>{C('the')}\s+year\s+)|(?P<se>{C('the')}\s+"
        rf"{SEASON}\s+of\s+))?(?P<sp>{SPELLED_YEAR})",
    ),
    (
        "century",
        rf"(?:{C('the')}\s+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<ow>{ORDW}))[-\s]century(?!\w)",
    ),
    (
        "yearend",
        r"(?P<y>year|Year)(?:-end|\s+end|['’]s\s+end)(?![\w-])",
    ),
    (
        "holiday",
        rf"(?:(?P<rel>{C('last')}|{C('next')}|{C('this')})\s+)?(?P<h>{HOLIDAY})(?!\w)"
        rf"(?:,?\s+(?P<y>{YEAR4}){END})?",
    ),
    (
        "monrelyr",
        rf"(?P<mon>{MONTH})(?:\s+(?P<d>{DAYNUM}){ORDSUF}?)?,?\s+(?:of\s+)?"
        r"(?P<ry>last|this|next)\s+year(?![\w'’])",
    ),
    (
        "iso",
        rf"(?P<y>{YEAR4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
        r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?(?![\d-])",
    ),
    ("slash", r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d\d)(?![\d/])"),
    (
        "mdy",
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<d>{DAYNUM}){ORDSUF}?(?!\w|[.,:]\d)"
        rf"(?:,?\s+(?P<y>{YEAR4}){END})?",
    ),
    (
        "dmy",
        rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:{C('the')}\s+)?(?P<d>{DAYNUM}){ORDSUF}?\s+(?:of\s+)?"
        rf"(?P<mon>{MONTH})(?!\w)(?:,?\s+(?P<y>{YEAR4}){END})?",
    ),
    (
        "ordw",
        rf"(?:{C('the')}\s+)?(?P<ow>{ORDW})\s+of\s+(?P<mon>{MONTH})(?!\w)"
        rf"(?:,?\s+(?P<y>{YEAR4}){END})?",
    ),
    ("monyear", rf"(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR4}){END}"),
    (
        "modmon",
        rf"(?P<mod>{C('early')}|{C('mid')}|{C('late')}|{C('the')}\s+(?:beginning|start|middle|end)"
        rf"\s+of)(?:\s*-\s*|\s+)(?:(?P<mon>{MONTH_FULL})(?:,?\s+(?P<y>{YEAR4}))?"
        rf"|(?P<dec>(?:1[89]|20)\d0)['’]?s|(?P<yr>{YEAR4})){END}",
    ),
    (
        "relunit",
        rf"(?:(?P<mod>{MODP})(?:-|\s+))?(?P<rel>{REL})\s+"
        r"(?P<u>week|weekend|month|year|quarter|decade)(?!\w)"
        rf"|(?P<mod2>{MODP})\s+(?:in\s+)?the\s+(?P<u2>day|week|month|year)(?!\w)"
        rf"|(?P<we>{C('the')}\s+weekend)(?!\w)",
    ),
    (
        "season",
        rf"(?:(?P<pre>{C('this past')}|{C('this coming')}|{C('the')}|{C('this')}|{C('last')}"
        rf"|{C('next')}|{C('early')}|{C('late')}|{C('mid')})(?:-|\s+))?(?P<s>{SEASON})"
        rf"(?:\s+(?:of\s+)?(?P<y>{YEAR4}))?{END}",
    ),
    (
        "quarter",
        rf"(?:{C('the')}\s+)?(?:(?P<ord>{C('first')}|{C('second')}|{C('third')}|{C('fourth')}"
        rf"|{C('final')}|1st|2nd|3rd|4th|(?<=[Tt]he\s)last)(?:-|\s+)quarter|Q(?P<q>[1-4]))"
        rf"(?:\s+(?:of\s+)?(?:(?P<y>{YEAR4})|(?P<ry>this|last|next)\s+year|(?P<ty>the\s+year)"
        rf"|fiscal\s+(?P<fy>{YEAR4})))?(?!-final){END}",
    ),
    (
        "half",
        rf"(?:{C('the')}\s+)?(?P<h>{C('first')}|{C('second')})(?:-|\s+)half\s+(?:of\s+)?"
        rf"(?:(?P<y>{YEAR4})|(?P<ry>this|last|next)\s+year|(?P<ty>the\s+year)){END}",
    ),
    ("fiscal", rf"(?:{C('fiscal')}(?:\s+[Yy]ear)?\s+|FY\s?)(?P<y>{YEAR4}|['’]?\d\d){END}"),
    (
        "decade",
        rf"(?P<full>(?:1[89]|20)\d0)['’]?s(?!\w)|['’](?P<short>\d0)s(?!\w)"
        rf"|{C('the')}\s+(?P<word>{DECW})(?!\w)",
    ),
    (
        "dayrel",
        rf"(?:(?P<mod>{C('early')}|{C('late')}|{C('earlier')}|{C('later')})\s+)?"
        rf"(?:(?P<base>{C('the day before yesterday')}|{C('the day after tomorrow')}"
        rf"|{C('yesterday')}|{C('tomorrow')}|{C('today')})(?:\s+(?P<part>{PART}))?"
        rf"|(?P<tonight>{C('tonight')})|{C('this')}\s+(?P<part2>morning|afternoon|evening)"
        rf"|{C('last')}\s+(?P<lastnight>night))(?!\w)",
    ),
    (
        "that",
        rf"(?:(?P<el>{C('earlier')}|{C('later')})\s+)?{C('that')}\s+(?:same\s+)?"
        r"(?P<u>day|morning|afternoon|evening|night|week|month|year)(?![\w-])",
    ),
    (
        "anch",
        rf"{C('the')}\s+(?:(?P<nx>next|following|previous|prior|preceding|same)\s+"
        rf"(?:(?P<u>day|morning|afternoon|evening|night|week|weekend|month|year)|(?P<wd>{WEEKDAY}))"
        r"|(?P<u2>day|night|week|month|year)\s+(?P<ba>before|after|earlier|later))(?!\w)",
    ),
    (
        "pastdur",
        rf"{C('the')}\s+(?:(?P<mod>{MOD})\s+)?(?P<dir>past|last|next|coming|previous)\s+"
        rf"(?:(?P<n>{NUM})\s+)?(?P<u>{UNIT})(?!\w)",
    ),
    (
        "nowref",
        rf"(?P<present>{C('right now')}|{C('now')}|{C('currently')}|{C('at present')}"
        rf"|{C('nowadays')}|{C('these days')}|{C('at the moment')}|{C('presently')}"
        r")(?![\w-])"
        rf"|(?P<current>{C('current')})(?=\s+(?!account|affairs|events|issue)[a-z])"
        rf"|(?P<past>{C('recently')}|{C('lately')}|{C('the past')}"
        rf"|{C('past')}\s+(?:years|decades))"
        r"(?![\w-])"
        rf"|(?P<future>{C('the')}\s+(?:(?:near|distant|foreseeable|immediate)\s+)?future"
        rf"|{C('the')}\s+(?:near|short)\s+term"
        rf"|{C('coming')}\s+(?:days|weeks|months|years|quarters)|{C('soon')})(?![\w-])",
    ),
    (
        "ago",
        rf"(?:(?:(?P<mod>{MOD})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT})"
        r"|(?P<vu>hours|days|weeks|months|years|decades))\s+ago(?!\w)",
    ),
    (
        "later",
        rf"(?:(?P<mod>{MOD})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT})\s+"
        r"(?P<dir>later|earlier|afterwards?)(?!\w)",
    ),
    ("inn", rf"{C('in')}\s+(?:(?P<mod>{MOD})\s+)?(?P<n>{NUM})\s+(?P<u>{UNIT})(?!\w)"),
    (
        "set",
        rf"(?P<every>{C('every')}|{C('each')})\s+(?:(?P<n>{NUM}|other)\s+)?(?P<u>{UNIT}|{WEEKDAY}"
        rf"|weekend|{PART}|{SEASON}|{MONTH_FULL})(?!\w)"
        rf"|(?P<adv>{_alt_c(list(SET_ADVERBS))})(?!\w)"
        rf"|(?P<freq>{C('once')}|{C('twice')}|{NUM}\s+times)\s+(?:a|an|per|each|every)\s+"
        r"(?P<fu>hour|day|week|month|year)(?!\w)"
        r"|per\s+(?P<pu>day|week|month|year)(?!\w)"
        rf"|(?P<wdp>{WEEKDAY_PL})(?!\w)",
    ),
    (
        "dur",
        rf"(?:(?P<mod>{MOD})\s+)?(?P<n>{NUM})(?:\s+(?:more|additional|further|extra)\s+|\s+|-)"
        rf"(?P<u>{UNIT})(?P<half>\s+and\s+a\s+half)?"
        r"(?!\w|-(?!long\b)|\s+old\b)"
        rf"|(?P<hn>{C('half')})\s+an?\s+(?P<hu>hour|day|year|century)(?!\w)",
    ),
    (
        "forvague",
        r"(?:(?<=[Ff]or\s)|(?<=[Ww]ithin\s))(?P<u>hours|days|weeks|months|years|decades)(?!\w)"
        r"|(?<=[Ff]or\s)(?P<while>(?:quite\s+)?an?\s+(?:long\s+|short\s+|little\s+)?while)(?!\w)"
        rf"|{C('the')}\s+(?P<ua>hours|days|weeks|months|years)\s+ahead(?!\w)",
    ),
    (
        "clock",
        r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*"
        r"(?P<ap>[ap]\.m\.?|[ap]m|[AP]\.M\.?|[AP]M)(?!\w)"
        rf"(?:\s+(?P<tz>{TZ})(?!\w))?",
    ),
    (
        "clock24",
        rf"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?:\s+(?P<tz>{TZ}|hours|hrs)(?!\w))?"
        r"|(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)\s+(?P<tz4>GMT|UTC)(?!\w)",
    ),
    ("oclock", rf"(?P<h>1[0-2]|0?[1-9]|{_alt_c(_ONES + _TEENS[:3])})\s+o['’]clock"),
    ("noon", rf"(?P<k>{C('noon')}|{C('midnight')}|{C('midday')})(?!\w)"),
    (
        "weekday",
        rf"(?:(?P<rel>{C('this past')}|{C('this coming')}|{C('last')}|{C('this')}|{C('next')}"
        rf"|{C('late')}|{C('early')})\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?(?!\w)",
    ),
    (
        "monrel",
        rf"(?P<rel>{C('this past')}|{C('last')}|{C('this')}|{C('next')})\s+"
        rf"(?P<mon>{MONTH_FULL})(?![\w-])",
    ),  # fmt: skip
    ("month", rf"(?P<mon>{MONTH_FULL})(?![\w-])"),
    ("year", rf"(?P<y>{YEAR4})(?![\w]|[.,:]\d|-\d|\s*%|\s+percent)"),
]

# What may follow "the quarter" to name its last day ("the quarter ended Sept. 30").
QUARTER_ENDED = re.compile(rf"\s+(?:ended|ending)\s+(?P<mon>{MONTH})\s+(?P<d>{DAYNUM})(?!\d)")

_GROUP_NAME = re.compile(r"\(\?P<\w+>")

_CATEGORY_CLASSES = {"DIGIT": r"\d", "NOT_DIGIT": r"\D", "SPACE": r"\s", "NOT_SPACE": r"\S"}
_CATEGORY_CLASSES |= {"WORD": r"\w", "NOT_WORD": r"\W"}
_CATEGORIES = {getattr(_sre, f"CATEGORY_{k}", None): v for k, v in _CATEGORY_CLASSES.items()}


class _Unknown(Exception):
    """A construct `_first_chars` does not analyse: no guard for that pattern."""


def _first_of_sequence(items: list[Any]) -> tuple[list[str], bool]:
    """(character-class parts that may come first, whether the sequence can match empty)."""
    parts: list[str] = []
    for op, av in items:
        more, empty = _first_of_item(op, av)
        parts += more
        if not empty:
            return parts, False
    return parts, True


def _first_of_item(op: Any, av: Any) -> tuple[list[str], bool]:
    """`_first_of_sequence` for one parsed regex item."""
    if op is _sre.LITERAL:
        return [re.escape(chr(av))], False
    if op is _sre.IN:
        parts = []
        for kind, arg in av:
            if kind is _sre.LITERAL:
                parts.append(re.escape(chr(arg)))
            elif kind is _sre.RANGE:
                parts.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
            elif kind is _sre.CATEGORY and _CATEGORIES.get(arg):
                parts.append(_CATEGORIES[arg])
            else:  # NEGATE and the like
                raise _Unknown
        return parts, False
    if op is _sre.BRANCH:
        parts, empty = [], False
        for alternative in av[1]:
            more, alt_empty = _first_of_sequence(alternative.data)
            parts += more
            empty = empty or alt_empty
        return parts, empty
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unknown
        return _first_of_sequence(sub.data)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, _high, sub = av
        parts, empty = _first_of_sequence(sub.data)
        return parts, empty or low == 0
    if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        return [], True  # zero-width: the next item supplies the first character
    raise _Unknown


def _first_chars(pattern: str) -> str | None:
    """A character class holding every character a match of `pattern` can start with.

    None when the pattern can match the empty string or uses something not analysed (the
    class may be wider than needed, never narrower). Read from Python's own regex parser.
    """
    try:
        parsed = _sre_parser.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return None
        parts, empty = _first_of_sequence(parsed.data)
    except (_Unknown, AttributeError):  # AttributeError: no parser (see the imports)
        return None
    return None if empty or not parts else "[" + "".join(dict.fromkeys(parts)) + "]"


def _guarded(name: str, pattern: str) -> str:
    """One family in the master pattern: its named group, behind a first-character guard.

    The guard `(?=[...])` rejects a family in one test where the engine would otherwise walk
    its optional prefixes before failing; it never changes which family matches.
    """
    body = f"(?P<{name}>{_GROUP_NAME.sub('(?:', pattern)})"
    first = _first_chars(pattern)
    return body if first is None else f"(?={first}){body}"


FAMILY: dict[str, re.Pattern[str]] = {name: re.compile(p) for name, p in FAMILIES}
# Expressions start at a word start not glued to a number, money sign or hyphen.
_WORD_START = r"(?<![\w'’$€£#@/.,:-])"
_FAMILIES = "(?:" + "|".join(_guarded(name, p) for name, p in FAMILIES) + ")"
MASTER = re.compile(_WORD_START + _FAMILIES)

# Words that can begin a time expression. Scanning for these first and trying MASTER only
# there is several times faster than letting MASTER try every family at every word start.
_NUM_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "several few some many numerous dozens couple"
).split()
_MOD_WORDS = "about around almost nearly roughly approximately more less fewer just over under "
_MOD_WORDS += "up only barely well"
_TRIGGER_WORDS = (
    _NUM_WORDS
    + _MOD_WORDS.split()
    + (
        "half this last next early mid late earlier later every each once twice per today tonight "
        "tomorrow yesterday now right current currently nowadays these presently recently lately "
        "soon recent fiscal first second third fourth final noon midnight midday spring summer "
        "fall autumn winter hours days weeks months years decades year past coming eighteen "
        "nineteen"
    ).split()
)
_TRIGGER_WORDS += list(SET_ADVERBS) + [w.split()[0] for w in ORDINAL_WORDS]
_UNIT_WORDS = "second minute hour day week fortnight month year decade century".split()
_THE_NEXT = (
    _TRIGGER_WORDS
    + list(DECADE_WORDS)
    + "day night week month year following previous prior preceding same past coming start "
    "beginning middle end rest weekend future near distant foreseeable immediate latest current "
    "most just-ended just-completed comparable corresponding quarter period short".split()
)
_A_NEXT = (
    _UNIT_WORDS
    + [u + "s" for u in _UNIT_WORDS]
    + "few couple dozen handful number single hundred thousand additional more further extra "
    "while long short "
    "little".split()
)


def _by_first_char(pairs: list[tuple[str, str]]) -> str:
    r"""Alternation of (first character, rest of a regex) pairs, grouped by first character.

    `[("t", r"en\b"), ("t", r"his\b"), ("T", r"en\b")]` -> `T(?:en\b)|t(?:en\b|his\b)`: it
    matches what the flat alternation matches, but where a word cannot match, the regex engine
    rejects each group with one character comparison instead of trying every alternative.
    TRIGGER runs at every word of every article, so this is most of its cost. Only for
    lookaheads, where the order of the alternatives cannot change what matches.
    """
    groups: dict[str, dict[str, None]] = {}
    for first, rest in pairs:
        groups.setdefault(first, {})[rest] = None
    return "|".join(
        re.escape(c) + "(?:" + "|".join(rests) + ")" for c, rests in sorted(groups.items())
    )


def _either_case(regex: str) -> list[tuple[str, str]]:
    """A regex that starts with a lower-case letter, as `_by_first_char` pairs for both cases."""
    return [(regex[0], regex[1:]), (regex[0].upper(), regex[1:])]


def _whole_words(words: list[str]) -> list[tuple[str, str]]:
    """`_by_first_char` pairs for whole words, first letter either case (spaces: any run)."""
    return [
        pair for w in sorted(set(words)) for pair in _either_case(w.replace(" ", r"\s+") + r"\b")
    ]


def _words(words: list[str]) -> str:
    """Alternation of words, first letter either case, as whole words."""
    return "(?:" + _by_first_char(_whole_words(words)) + ")"


# Month and weekday names as MASTER spells them (Title or UPPER case, weekdays also plural).
_NAMES = (
    _title_upper(FULL_MONTHS)
    + _title_upper(_ABBR)
    + _title_upper(list(WEEKDAYS))
    + [w.title() + "s" for w in WEEKDAYS]
)
_WHILE = r"\s+(?:quite\s+)?(?:an?\s+(?:long\s+|short\s+|little\s+)?while)\b"
_THAT_UNIT = r"\s+(?:same\s+)?(?:day|morning|afternoon|evening|night|week|month|year)\b"
_IN_NEXT = r"\s+(?:\d|an?\s|" + _words(_NUM_WORDS + _MOD_WORDS.split() + ["at"]) + ")"

# A lookahead true at a word start that may begin a time expression: a digit, or a word or
# phrase below (grouped by first character for speed; see `_by_first_char`). Holidays come as
# HOLIDAY_HEADS in those groups: a lookahead holds where HOLIDAY can match exactly where one
# of its heads does, and a plain HOLIDAY alternative would be entered at every word start.
_TRIGGER = (
    r"(?=\d|['’]\d|"
    + _by_first_char(
        _whole_words(_TRIGGER_WORDS)
        + _either_case(r"the\s+(?:\d|Q[1-4]|" + _words(_THE_NEXT) + ")")
        + _either_case("that" + _THAT_UNIT)
        + _either_case(r"an?\s+" + _words(_A_NEXT))
        + _either_case(r"at\s+(?:least|most|present|the\s+moment)\b")
        + _either_case("in" + _IN_NEXT)
        + _either_case("for" + _WHILE)
        + _either_case("within" + _WHILE)
        + [("Q", "[1-4]"), ("F", "Y")]
        + [(name[0], name[1:] + r"\b") for name in _NAMES]
        + [(head[0], head[1:]) for head in HOLIDAY_HEADS]
    )
    + ")"
)  # fmt: skip
# One zero-width match per word start that may begin a time expression.
TRIGGER = re.compile(_WORD_START + _TRIGGER)
# MASTER tried only where TRIGGER holds, in one pattern: its `finditer` gives the matches of
# trying MASTER at each TRIGGER position past the previous match (no family matches empty).
TRIGGERED_MASTER = re.compile(_WORD_START + _TRIGGER + _FAMILIES)
