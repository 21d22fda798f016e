"""Tell article prose from web leftovers (share rows, teasers, credits, prompts) in copied text.

Each line gets a transparent score: positive evidence (regex cues, page-furniture vocabulary,
headline shape, no words shared with the story, head/tail position, boilerplate neighbours)
plus negative prose evidence (sentence shape, attribution, datelines, words shared with the
story, sitting between two paragraphs like a subhead). A line is boilerplate when the sum
reaches THRESHOLD; the largest positive term names the reason, so verdicts can be audited.
Prose protection is deliberately strong: dropping a real sentence is worse than keeping a
leftover.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter

from newsline.clean import boilerplate_patterns as P

THRESHOLD = 1.5  # score at or above which a line is boilerplate
STRONG_CUE = 3.0  # cue weight that needs no help from shape or context
_TEASER_LIMIT = 4  # headlines taken after a "Related"/"Most read" marker
_CONTEXT_ROUNDS = 4  # passes that let neighbour verdicts settle
_LOOKAROUND = 12  # lines searched for a kept neighbour or a marker's headlines
_NEAR = "short non-sentence near boilerplate"

Term = tuple[float, str]  # (weight, reason) - one piece of evidence


@dataclass(frozen=True)
class LineVerdict:
    """The classifier's decision for one line, with its score and a human-readable reason."""

    text: str
    boilerplate: bool
    score: float
    reason: str


@dataclass(slots=True)
class _Line:
    """Features of one non-blank line, computed once (`cap_ratio` when asked, see there)."""

    text: str
    core: str  # text without a leading bullet
    lower: list[str]  # alphabetic words, lower-cased
    wordset: frozenset[str]
    tokens: list[str]  # lower-cased tokens incl. numbers and separators (short lines only)
    n: int  # number of words
    terminal: bool  # ends in . ! ? … (plus closing quotes)
    period: bool  # ends in a full stop specifically
    stop_ratio: float
    has_verb: bool
    content: frozenset[str]  # stemmed content words
    quote: bool
    voice: bool  # we/our/you/your outside quotes: the site talking to the reader
    imperative: bool
    sentence: bool  # prose-shaped
    cue: Term | None
    dateline: bool
    bio: bool  # "<Name> is a…", "She covers…", with a BIO_WORDS word (see `_features`)
    contact: bool  # e-mail address, @handle, "Follow … on X"

    @property
    def strong_cue(self) -> bool:
        return self.cue is not None and self.cue[0] >= STRONG_CUE

    @property
    def cap_ratio(self) -> float:
        """Share of non-stop words (after the first) that are capitalised; 0 past 25 words.

        Computed on demand (it re-reads the words as written): only the headline-shaped lines
        ask, once each, so most lines never pay for it.
        """
        if self.n > 25:
            return 0.0
        words = P.WORD.findall(self.core)
        non_stop = [w for w in words[1:] if len(w) > 1 and w.lower() not in P.STOPWORDS]
        if not non_stop:
            return 0.0
        return sum(1 for w in non_stop if w[0].isupper()) / len(non_stop)


_VOICE = frozenset({"we", "our", "us", "you", "your", "you're", "we're", "we've", "you've"})
_REPORTING = frozenset({"said", "says", "told", "according"})
_NOT_CONTENT = P.STOPWORDS | P.VERBS


def _stems(words: frozenset[str]) -> frozenset[str]:
    """Content words, crudely stemmed to a 5-letter prefix so flood/floods/flooding match."""
    return frozenset(
        (w[:-2] if w[-2] in "'’" else w)[:5] for w in words - _NOT_CONTENT if len(w) > 2
    )


def _best_cue(core: str, low: str, words: frozenset[str], n: int) -> Term | None:
    """Strongest matching cue pattern, if any (searched cues only on lines of <= 60 words)."""
    cue: Term | None = None
    m = P.ANCHORED_CUES.match(core)
    if m is not None and m.lastgroup is not None:
        c = P.ANCHORED_BY_GROUP[m.lastgroup]
        cue = (c.weight, c.reason)
    if n > 60:
        return cue
    keys = [*(words & P.SEARCH_WORDS), *(sym for sym in P.SEARCH_SYMBOLS if sym in low)]
    if not keys:  # most lines: no searched cue can match
        return cue
    todo = {k for key in keys for k in P.SEARCHED_BY_KEY[key]}
    for k in sorted(todo):
        c = P.SEARCHED_CUES[k]
        if (cue is None or c.weight > cue[0]) and c.pattern.search(core):
            cue = (c.weight, c.reason)
    return cue


def _has_quote(core: str) -> bool:
    """Double quotes anywhere, or an opening single quote."""
    if P.DOUBLE_QUOTE.search(core):
        return True
    return ("'" in core or "‘" in core) and P.OPENING_SINGLE.search(core) is not None


def _features(text: str) -> _Line:
    """Compute every per-line feature once; later passes only read them."""
    core = P.BULLET.sub("", text) if P.BULLET.match(text) else text
    low = core.lower()
    lower = P.WORD.findall(low)
    wordset = frozenset(lower)
    n = len(lower)
    end = core.rstrip("\"'”’»)]")
    terminal = end.endswith((".", "!", "?", "…"))
    stops = sum(map(P.STOPWORDS.__contains__, lower))
    stop_ratio = stops / n if n else 0.0
    imperative = False
    if n <= 25:  # imperatives only matter for short lines: "Sign up…", "Get the app"
        first = P.WORD.search(core)
        imperative = first is not None and lower[0] in P.IMPERATIVES and first[0][0].isupper()
    quote = _has_quote(core)
    return _Line(
        text=text,
        core=core,
        lower=lower,
        wordset=wordset,
        tokens=[t.rstrip(".,;:") or t for t in P.TOKEN.findall(low)] if n <= 20 else [],
        n=n,
        terminal=terminal,
        period=end.endswith("."),
        stop_ratio=stop_ratio,
        has_verb=not wordset.isdisjoint(P.VERBS) or P.VERB_ANY.search(low) is not None,
        content=_stems(wordset),
        quote=quote,
        voice=not quote and not wordset.isdisjoint(_VOICE),
        imperative=imperative,
        sentence=(terminal and n >= 6 and stop_ratio >= 0.15) or (n >= 25 and stop_ratio >= 0.25),
        cue=_best_cue(core, low, wordset, n),
        dateline=P.DATELINE.match(core) is not None,
        # Every reader of `bio` also asks for a BIO_WORDS word, so the regex runs only then.
        bio=not wordset.isdisjoint(P.BIO_WORDS) and P.BIO_SUBJECT.match(core) is not None,
        contact=("@" in core or low.startswith(P.CONTACT_STARTS))
        and P.CONTACT.search(core) is not None,
    )


def _is_anchor(line: _Line) -> bool:
    """A line that is certainly story prose: long, sentence-shaped, no cue, no reader address."""
    if line.cue is not None or line.voice or line.contact:
        return False
    if line.bio and not line.wordset.isdisjoint(P.BIO_WORDS):
        return False
    return (line.terminal and line.n >= 12 and line.stop_ratio >= 0.2) or (
        line.n >= 25 and line.stop_ratio >= 0.25
    )


# --- positive evidence that needs no context ----------------------------------------------


def _furniture(line: _Line) -> Term | None:
    """Menu, share, comment and ad words run together: 'Facebook Twitter LinkedIn Email Print'."""
    if line.terminal and line.n > 3:
        return None
    words = [t for t in line.tokens if t not in P.FILLER and not t[0].isdigit()]
    if len(words) < 2:
        return None
    hits = sum(map(P.FURNITURE.__contains__, words))
    strong = any(t in P.SHARE_STRONG or t in P.AD_VOCAB for t in words)
    if hits < 0.8 * len(words) or (len(words) < 3 and not strong):
        return None
    counts = {
        "share row": sum(map(P.SHARE_VOCAB.__contains__, words)),
        "navigation": sum(map(P.NAV_VOCAB.__contains__, words)),
        "comment form": sum(map(P.COMMENT_VOCAB.__contains__, words)),
        "advertisement": sum(map(P.AD_VOCAB.__contains__, words)),
    }
    return 3.5, max(counts, key=counts.__getitem__)


def _breadcrumb(line: _Line) -> bool:
    """'Home > News > World' or 'News / Local / Port Maren'."""
    if line.terminal or line.n > 15 or not P.BREADCRUMB_CHARS.search(line.text):
        return False
    parts = [p for p in P.BREADCRUMB_SPLIT.split(line.text) if p]
    if len(parts) < 2 or len(parts) < 3 and parts[0].lower() not in {"home", "homepage", "news"}:
        return False
    return all(1 <= len(p.split()) <= 4 and P.WORD.match(p) for p in parts)


def _lone_menu_item(tokens: list[str]) -> bool:
    """One or two tokens besides filler, all menu words: "Sections", "World", "Home | News".

    Stops at the first token that rules it out (a third word, or one off the menu): most
    lines do so at their first non-filler word, instead of filtering all their tokens.
    """
    found = 0
    for token in tokens:
        if token in P.FILLER:
            continue
        if token not in P.NAV_VOCAB or found == 2:
            return False
        found += 1
    return found > 0


def _timestamp(line: _Line) -> bool:
    """'Updated 3 hours ago', '5 min read', 'Sept. 18, 2024 at 3:04 p.m. EDT'."""
    if not line.tokens or line.n > 16:
        return False
    dated = False
    for tok in line.tokens:
        bare = tok.rstrip(".")
        if tok[0].isdigit():
            dated = True
        elif bare in {"ago", "today", "yesterday"} or bare in P.MONTHS_DAYS:
            dated = dated or bare != "may"
        elif bare[:-2].isdigit() and bare[-2:] in {"st", "nd", "rd", "th"}:
            dated = True
        elif tok not in P.DATE_VOCAB and bare not in P.DATE_VOCAB:
            return False
    return dated


def _tag_list(line: _Line) -> float:
    """Hashtag runs are strong; 'Flooding · Port Maren · Climate' style lists are weak alone."""
    if "#" in line.text:
        tags = P.HASHTAG.findall(line.text)
        if len(tags) >= 2 and len("".join(tags)) >= 0.5 * len(line.text.replace(" ", "")):
            return 4.0
    if line.terminal or line.has_verb or line.n > 15:
        return 0.0
    items = [i for i in P.LIST_SEPARATORS.split(line.text) if i]
    if len(items) >= 3 and all(1 <= len(i.split()) <= 3 for i in items):
        return 1.0
    return 0.0


def _marker(line: _Line) -> bool:
    """A 'more stories' heading: 'Related articles', 'Stories readers shared this week'."""
    if line.cue is not None:
        return line.cue[1] == "related teaser" and P.MARKER_LINE.match(line.text) is not None
    if line.n == 0 or line.n > 6 or line.period or line.wordset.isdisjoint(P.MARKER_STRONG):
        return False
    non_stop = [w for w in line.lower if w not in P.STOPWORDS]
    return sum(map(P.MARKER_WORDS.__contains__, non_stop)) >= 0.5 * max(1, len(non_stop))


def _teaser_shaped(line: _Line) -> bool:
    """Could be a teaser headline: short-ish, not a full-stop sentence, not a dateline."""
    return line.n <= 25 and not (line.period and line.n >= 4) and not line.dateline


def _byline(line: _Line) -> bool:
    """'By Mara Ellison', 'By Ana Voss and Tom Lee, Coastline Wire' (not 'By Friday, …')."""
    if line.n > 10 or line.has_verb:
        return False
    m = P.BYLINE.match(line.text)
    if m is None:
        return False
    first = m.group("first")
    return first[0].isupper() and first.lower() not in P.MONTHS_DAYS | P.STOPWORDS


# --- scoring ------------------------------------------------------------------------------


class _Scorer:
    """Document-level state (vocabulary, zones, teaser windows) for one list of lines.

    Positions `p` index the non-blank lines only.
    """

    def __init__(self, lines: list[str], title: str | None) -> None:
        self.raw = lines
        self.orig = [k for k, s in enumerate(lines) if s.strip()]
        self.lines = [_features(lines[k].strip()) for k in self.orig]
        anchors = [p for p, line in enumerate(self.lines) if _is_anchor(line)]
        self.title_words = _features(title.strip()).content if title and title.strip() else None
        # Story vocabulary, first from anchor sentences only (document frequency per stem).
        self._set_vocabulary(set(anchors))
        self.anchors = set(anchors)
        # Tail anchors that read like a bio (journalism words, off-topic) are not story prose.
        dropped = []
        while anchors and self._bioish(anchors[-1]):
            dropped.append(anchors.pop())
            self.anchors.discard(dropped[-1])
        self.first = anchors[0] if anchors else None
        self.last = anchors[-1] if anchors else None
        self.markers = [_marker(line) for line in self.lines]
        self.teasers = self._teaser_windows()
        # Then add the other body lines (lists, subheads) that carry no cue and are no teaser,
        # so that a fact box shares words with the story; teasers and furniture never count.
        extra = [
            p
            for p in range(self.first or 0, (self.last or -1) + 1)
            if p not in self.anchors
            and self.lines[p].cue is None
            and p not in self.teasers
            and not self.markers[p]
        ]
        self._update_vocabulary(add=extra, remove=dropped)  # now from self.anchors | extra
        self.sims = [self._sim(p) for p in range(len(self.lines))]

    def _set_vocabulary(self, lines: set[int], df: Counter[str] | None = None) -> None:
        """Take the story vocabulary from these lines (document frequency per stem).

        Also keeps, for `_sim`, the stems "found elsewhere": in the title or in some vocabulary
        line (any stem of `df`), and for a vocabulary line itself in another one (df > 1).
        `df`, when given, is those lines' counts already (see `_update_vocabulary`).
        """
        self.vocab_lines = lines
        if df is None:
            df = Counter(chain.from_iterable(self.lines[p].content for p in lines))
        self.df = df
        title = self.title_words or frozenset()
        self._elsewhere = title | self.df.keys()
        self._elsewhere_own = title | {w for w, n in self.df.items() if n > 1}

    def _update_vocabulary(self, add: list[int], remove: list[int]) -> None:
        """`_set_vocabulary` of the vocabulary lines without `remove` and with `add`.

        `remove` are vocabulary lines and `add` are not, so the new counts are the old ones
        less each removed line's stems (a stem counted 0 times is no key, as `Counter` would
        build it) plus each added line's: the same `df`, without counting every line again.
        """
        df = self.df
        for p in remove:
            for stem in self.lines[p].content:
                df[stem] -= 1
                if not df[stem]:
                    del df[stem]
        df.update(chain.from_iterable(self.lines[p].content for p in add))
        self._set_vocabulary((self.vocab_lines - set(remove)) | set(add), df)

    def _sim(self, p: int) -> float | None:
        """Share of the line's content words found elsewhere in the story or the title."""
        line = self.lines[p]
        if not line.content or (not self.df and not self.title_words):
            return None
        elsewhere = self._elsewhere_own if p in self.vocab_lines else self._elsewhere
        return len(line.content & elsewhere) / len(line.content)

    def _bioish(self, p: int) -> bool:
        """A line with journalism words that shares little with the story so far."""
        if self.lines[p].wordset.isdisjoint(P.BIO_WORDS):
            return False
        sim = self._sim(p)
        return sim is not None and sim < 0.3

    def zone(self, p: int) -> str:
        """'head' before the first anchor sentence, 'tail' after the last, else 'body'."""
        if self.first is None or self.last is None:
            return "body"
        if p < self.first:
            return "head"
        return "tail" if p > self.last else "body"

    def _teaser_windows(self) -> set[int]:
        """Lines taken as teaser headlines: up to 4 after each 'Related'-style marker."""
        taken: set[int] = set()
        for p, is_marker in enumerate(self.markers):
            if not is_marker:
                continue
            count = 0
            for q in range(p + 1, min(len(self.lines), p + 1 + _LOOKAROUND)):
                line = self.lines[q]
                if line.strong_cue or not P.HAS_ALNUM.search(line.text):
                    continue  # other furniture inside the block: skip, do not count
                if self.markers[q] or q in self.anchors or not _teaser_shaped(line):
                    break
                taken.add(q)
                count += 1
                if count == _TEASER_LIMIT:
                    break
        return taken

    def base(self, p: int) -> list[Term]:
        """Evidence that does not depend on neighbour verdicts."""
        line = self.lines[p]
        text = line.text
        zone = self.zone(p)
        edge = zone != "body"
        sim = self.sims[p]
        if not P.HAS_ALNUM.search(text):
            return [(5.0, "symbol line")]  # emoji, bullets, "* * *"
        if P.URL_ONLY.match(text):
            return [(5.0, "lone URL")]
        terms: list[Term] = []
        if line.n == 0:
            terms.append((3.0, "symbol line"))  # bare numbers: counters, page numbers

        # Cue patterns (weights in boilerplate_patterns) and furniture vocabulary.
        if line.cue:
            terms.append(line.cue)
        if (furniture := _furniture(line)) is not None:
            terms.append(furniture)
        if _breadcrumb(line):
            terms.append((3.5, "navigation"))
        if _timestamp(line):
            terms.append((4.0, "timestamp"))
        if tag := _tag_list(line):  # a weak separator list counts at the page edges
            terms.append((tag + (1.5 if edge and tag < 4 else 0.0), "tag list"))
        if self.markers[p] and line.cue is None and p + 1 in self.teasers:
            terms.append((3.5, "related teaser"))  # lexical marker followed by a headline
        if p in self.teasers:
            terms.append((3.5, "related teaser"))
        if _byline(line):
            terms.append((3.5, "byline"))
        if _lone_menu_item(line.tokens):
            terms.append((1.0, "navigation"))  # a lone menu item: "Sections", "World"

        # Author bios and contact lines weigh most once the story has ended.
        bio_word = not line.wordset.isdisjoint(P.BIO_WORDS)
        if line.bio and bio_word:
            terms.append((4.5 if zone == "tail" else 0.5, "author bio"))
        elif bio_word and zone == "tail" and sim is not None and sim < 0.3:
            terms.append((2.5, "author bio"))
        if line.contact:  # "Email us" is a prompt; "Contact the author" part of a bio
            terms.append((3.0 if edge else 1.5, "call to action" if line.voice else "author bio"))

        # Prompts to the reader: lexicons plus the site's own voice.
        if not line.wordset.isdisjoint(P.NEWSLETTER_WORDS):
            terms.append((1.5, "newsletter prompt"))
        if not line.wordset.isdisjoint(P.COOKIE_WORDS) and not line.wordset.isdisjoint(
            P.COOKIE_CONTEXT
        ):
            terms.append((2.5, "cookie notice"))
        if line.voice:
            terms.append((0.8, "call to action"))  # news prose rarely says "you" or "our"
        if line.imperative and not line.quote:
            terms.append((1.0, "call to action"))  # "Sign…", "Get…", "Follow…"
        if line.n <= 12 and not line.sentence and P.URL_ANY.search(text):
            terms.append((2.5, "read-more link"))

        # Shape and similarity, for non-sentences without a strong cue.
        if not line.terminal and not line.strong_cue:
            terms.extend(self._shape(line, sim, edge))

        # Prose evidence. Sentences that address the reader get half the protection.
        scale = 0.5 if line.voice else 1.0
        if line.terminal and line.n >= 16 and line.stop_ratio >= 0.15:
            terms.append((-3.0 * scale, "sentence"))
        elif line.terminal and line.n >= 8 and line.stop_ratio >= 0.15:
            terms.append((-2.0 * scale, "sentence"))
        elif line.terminal and line.n >= 3 and line.has_verb:
            terms.append((-1.2 * scale, "short sentence"))
        elif line.terminal and line.n >= 2:
            terms.append((-0.8 * scale, "short sentence"))  # "Not yet." "No comment."
        elif not line.terminal and line.n >= 25 and line.stop_ratio >= 0.25:
            terms.append((-2.0 * scale, "prose"))
        if not line.wordset.isdisjoint(_REPORTING) or (line.quote and line.has_verb):
            terms.append((-1.0, "attributed statement"))
        if line.dateline:
            terms.append((-4.0, "dateline"))  # "PORT MAREN, Sept. 18 (Wire) -", "(Reuters) -"
        return terms

    @staticmethod
    def _shape(line: _Line, sim: float | None, edge: bool) -> list[Term]:
        """Headline-shaped lines: off-topic ones look like promos, on-topic ones like subheads."""
        terms: list[Term] = []
        n_content = len(line.content)
        if line.n >= 3 and line.cap_ratio >= 0.75:
            terms.append((0.4, "promo headline"))  # Headline Case
        if sim is not None and n_content >= 3:
            if sim == 0:  # shares no word with the story: the longer, the surer
                terms.append((min(1.8, 0.8 + 0.25 * (n_content - 2)), "promo headline"))
            elif sim < 0.25:
                terms.append((0.6, "promo headline"))
        if sim is None or sim < 0.34:  # click-bait words only count in off-topic lines
            bait = sum(map(P.CLICKBAIT.__contains__, line.lower))
            if bait:
                terms.append((min(1.2, 0.4 * bait), "promo headline"))
        if sim is not None and sim >= 0.5:
            terms.append((-1.0, "related to story"))
        elif sim is not None and sim >= 0.34:
            terms.append((-0.5, "related to story"))
        if edge:
            terms.append((0.6, _NEAR))  # before the first or after the last sentence
        if line.n <= 2:
            terms.append((0.4, _NEAR))
        return terms

    def _subhead(self, p: int, flags: list[bool]) -> bool:
        """True when the nearest kept lines on both sides are sentences."""
        lo, hi = max(-1, p - 1 - _LOOKAROUND), min(len(self.lines), p + 1 + _LOOKAROUND)
        before = next((q for q in range(p - 1, lo, -1) if not flags[q]), None)
        after = next((q for q in range(p + 1, hi) if not flags[q]), None)
        return (
            before is not None
            and after is not None
            and self.lines[before].sentence
            and self.lines[after].sentence
        )

    def context(self, p: int, flags: list[bool]) -> list[Term]:
        """Neighbour evidence: boilerplate runs absorb short lines, prose protects subheads."""
        line = self.lines[p]
        if line.dateline or line.strong_cue or (line.terminal and line.n > 1) or line.n > 10:
            return []
        terms: list[Term] = []
        bp_prev = p > 0 and flags[p - 1]
        bp_next = p + 1 < len(flags) and flags[p + 1]
        if bp_prev and bp_next:
            terms.append((1.5, _NEAR))
        elif bp_prev or bp_next:
            terms.append((1.0 if self.zone(p) != "body" else 0.5, _NEAR))
        if self.zone(p) == "body" and self._subhead(p, flags):
            sim = self.sims[p]
            weak = sim is not None and sim < 0.25 and len(line.content) >= 4
            terms.append((-0.3 if weak else -1.0, "subhead between paragraphs"))
        return terms

    def _final_terms(self) -> list[list[Term]]:
        """Every line's evidence, base terms plus settled neighbour terms."""
        base = [self.base(p) for p in range(len(self.lines))]
        base_sum = [sum(w for w, _ in t) for t in base]
        base_flags = [s >= THRESHOLD for s in base_sum]
        flags = base_flags
        terms = base
        # Only short non-sentences take context; iterate so that verdicts can propagate.
        open_ = [p for p, line in enumerate(self.lines) if line.n <= 10 and not line.strong_cue]
        for _ in range(_CONTEXT_ROUNDS):
            terms = list(base)
            new = list(base_flags)  # only the open lines' scores can change
            for p in open_:
                terms[p] = base[p] + self.context(p, flags)
                new[p] = sum(w for w, _ in terms[p]) >= THRESHOLD
            if new == flags:
                break
            flags = new
        return terms

    def run(self) -> list[LineVerdict]:
        terms = self._final_terms()
        scored = {}
        for p, k in enumerate(self.orig):
            score = round(sum(w for w, _ in terms[p]), 2)
            flag = score >= THRESHOLD
            scored[k] = LineVerdict(self.raw[k], flag, score, _reason(terms[p], flag))
        return [
            scored.get(k) or LineVerdict(raw, False, 0.0, "blank") for k, raw in enumerate(self.raw)
        ]

    def boilerplate(self) -> list[bool]:
        """`run`'s verdict per line (blank lines are not boilerplate), without the reasons."""
        terms = self._final_terms()
        flags = [False] * len(self.raw)
        for p, k in enumerate(self.orig):
            flags[k] = round(sum(w for w, _ in terms[p]), 2) >= THRESHOLD
        return flags


def _reason(terms: list[Term], boilerplate: bool) -> str:
    """Name a verdict after its strongest supporting term."""
    if boilerplate:
        return max(terms, key=itemgetter(0))[1]
    negatives = [t for t in terms if t[0] < 0]
    return min(negatives, key=itemgetter(0))[1] if negatives else "no boilerplate evidence"


def score_lines(lines: list[str], title: str | None = None) -> list[LineVerdict]:
    """Score each line (one paragraph each) as prose or boilerplate; blank lines stay blank."""
    if not lines:
        return []
    return _Scorer(lines, title).run()


_JOINERS = frozenset("a an the of to and or but in on at by for from with that as than".split())


def _continues(line: str, nxt: str) -> bool:
    """True when `line` stops mid-sentence and `nxt` carries on (lower-case, dangling word)."""
    if len(line) < 40 or P.TERMINAL.search(line):
        return False
    last = line.rsplit(None, 1)[-1].lower()
    return nxt[:1].islower() or line.endswith((",", ";", "-", "–")) or last in _JOINERS


def _units(text: str) -> list[str]:
    """Paragraph units: one per line, except hard-wrapped lines rejoined into their paragraph.

    A block is hard-wrapped when its lines share a width (40-150 characters) and most of them
    stop mid-sentence; a list of headlines has the width but not the mid-sentence breaks.
    """
    units: list[str] = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        if "\n" not in block:  # one line: its own unit (what the general case gives, faster)
            if line := block.strip():
                units.append(line)
            continue
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        width = max(len(ln) for ln in lines)
        pairs = list(zip(lines, lines[1:], strict=False))
        full = sum(1 for ln, _ in pairs if len(ln) >= 0.7 * width)
        mid = sum(1 for ln, nxt in pairs if _continues(ln, nxt))
        wrapped = (
            len(pairs) >= 2 and 40 <= width <= 150 and full >= 0.6 * len(pairs)
            and mid >= 0.5 * len(pairs)
        )  # fmt: skip
        current = [lines[0]]
        for ln in lines[1:]:
            prev = current[-1]
            if (wrapped and len(prev) >= 0.7 * width) or _continues(prev, ln):
                current.append(ln)
            else:
                units.append(" ".join(current))
                current = [ln]
        units.append(" ".join(current))
    return units


def split_boilerplate(text: str, title: str | None = None) -> tuple[str, list[str]]:
    """Return (kept_text, removed_lines). kept_text keeps the article lines in order joined by
    "\\n\\n" between paragraphs (one paragraph per non-empty kept line/block); removed_lines
    are the dropped lines, stripped, in order."""
    if not text or not text.strip():
        return "", []
    units = _units(text)
    flags = _Scorer(units, title).boilerplate() if units else []  # as `score_lines`, faster
    kept = [u.strip() for u, bp in zip(units, flags, strict=True) if u.strip() and not bp]
    removed = [u.strip() for u, bp in zip(units, flags, strict=True) if bp]
    return "\n\n".join(kept), removed
