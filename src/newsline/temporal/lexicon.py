"""Word lists for time expressions: months, weekdays, seasons, numbers, units."""

from __future__ import annotations

FULL_MONTHS = (
    "january february march april may june july august september october november december"
).split()
MONTHS: dict[str, int] = {name: i + 1 for i, name in enumerate(FULL_MONTHS)}
MONTHS.update(
    {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8}
    | {"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
)
# Month names that are also common words or first names: alone they need a cue ("in May").
AMBIGUOUS_MONTHS = frozenset({"march", "april", "may", "june", "august"})

WEEKDAYS: dict[str, int] = {
    name: i + 1
    for i, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}
SEASON_MONTHS: dict[str, tuple[int, ...]] = {
    "SP": (3, 4, 5),
    "SU": (6, 7, 8),
    "FA": (9, 10, 11),
    "WI": (12, 1, 2),
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
}

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_ONES)}
NUMBER_WORDS.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
NUMBER_WORDS.update({"a": 1, "an": 1, "one": 1, "a dozen": 12, "dozen": 12, "a couple": 2})
NUMBER_WORDS.update({"a couple of": 2, "couple of": 2, "a single": 1, "single": 1})
VAGUE_NUMBERS = frozenset(
    "a few|few|several|some|many|a number of|dozens of|a handful of|the|numerous".split("|")
)

_ORD_ONES = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
ORDINAL_WORDS: dict[str, int] = {w: i + 1 for i, w in enumerate(_ORD_ONES)}
ORDINAL_WORDS.update({"twentieth": 20, "thirtieth": 30})
for _i, _w in enumerate(_ORD_ONES[:9]):
    ORDINAL_WORDS[f"twenty-{_w}"] = 21 + _i
    ORDINAL_WORDS[f"twenty {_w}"] = 21 + _i
ORDINAL_WORDS["thirty-first"] = ORDINAL_WORDS["thirty first"] = 31

# Unit word stem -> (ISO 8601 duration letter, multiplier, is a time-of-day unit).
UNITS: dict[str, tuple[str, int, bool]] = {
    "second": ("S", 1, True),
    "minute": ("M", 1, True),
    "hour": ("H", 1, True),
    "day": ("D", 1, False),
    "night": ("D", 1, False),
    "week": ("W", 1, False),
    "fortnight": ("W", 2, False),
    "month": ("M", 1, False),
    "year": ("Y", 1, False),
    "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
}

SET_ADVERBS: dict[str, str] = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "yearly": "P1Y",
    "annually": "P1Y",
    "semiannually": "P6M",
}

TIMEZONES = (
    "ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT UTC BST CET CEST WAT EAT IST JST"
).split()

DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def unit_stem(word: str) -> str:
    """Singular lower-case unit stem ("Centuries" -> "century") for UNITS lookups."""
    w = word.lower()
    if w == "centuries":
        return "century"
    return w[:-1] if w.endswith("s") else w


_MULTIPLIERS = {"hundred": 100, "thousand": 1000}


def number_value(words: str) -> float | None:
    """Numeric value of a number phrase ("18", "twenty-one", "a") or None when vague."""
    w = " ".join(words.lower().replace("-", " ").split())
    if not w:
        return None
    if w[0].isdigit():
        whole, _, frac = w.partition(" ")
        try:
            value = float(whole.replace(",", ""))
        except ValueError:
            return None
        if frac:  # "2 1/2"
            num, _, den = frac.partition("/")
            if not (num.isdigit() and den.isdigit() and int(den)):
                return None
            value += int(num) / int(den)
        return value
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    parts = w.split()
    if len(parts) == 2 and parts[1] in _MULTIPLIERS and parts[0] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] * _MULTIPLIERS[parts[1]])
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    if w.endswith("and a half"):
        base = number_value(w[: -len("and a half")])
        return None if base is None else base + 0.5
    return None


def spelled_year(words: str) -> int | None:
    """Year written in words ("nineteen ninety-six" -> 1996, "two thousand one" -> 2001)."""
    w = words.lower().replace("-", " ").split()
    if w[:2] == ["two", "thousand"]:
        rest = [x for x in w[2:] if x != "and"]
        if not rest:
            return 2000
        n = number_value(" ".join(rest))
        return None if n is None or n >= 100 else 2000 + int(n)
    if not w or w[0] not in ("eighteen", "nineteen", "twenty"):
        return None
    century = NUMBER_WORDS[w[0]] * 100
    rest = w[1:]
    if rest == ["hundred"]:
        return century
    if rest[:1] == ["oh"] and len(rest) == 2 and rest[1] in NUMBER_WORDS:
        return century + NUMBER_WORDS[rest[1]]
    n = number_value(" ".join(rest))
    return None if n is None or not 10 <= n < 100 else century + int(n)
