"""Give every sentence of an article the day it speaks about.

A sentence that names a day ("on Wednesday", "Sept. 17", "yesterday") is about
that day. A sentence that names none is about the article's *event date*: the
day its lede reports, which for a story filed the morning after is the day
before publication, not the publication date itself.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from newsline.memo import Memo, text_key
from newsline.records import Article, Sentence
from newsline.temporal import dateline_end, value_to_day

LEDE_SENTENCES = 3  # how many opening sentences decide the article's event date
LEDE_LOOKBACK = timedelta(days=7)  # a lede date further back than this is background, not news
DATING_MEMO = 8192  # articles whose sentence days later builds in this process reuse

# Per article: (sentence position, day, explicit, lede day) of each dated sentence.
_Dating = list[tuple[int, date, bool, date | None]]
_DATINGS: Memo[_Dating] = Memo(DATING_MEMO)


@dataclass(frozen=True)
class DatedSentence:
    """A sentence with the day it reports and whether the text names that day."""

    article: Article
    sentence: Sentence
    day: date
    explicit: bool  # True when the sentence itself names the day
    lede_day: date | None = None  # the day the article's lede reports (its event date)

    @property
    def first_hand(self) -> bool:
        """True when the sentence's article reports this day as its news, not as a recap."""
        return self.lede_day == self.day


def sentence_days(article: Article) -> list[list[date]]:
    """For each sentence, the day-granular dates its time expressions resolve to, in order."""
    days: list[list[date]] = [[] for _ in article.sentences]
    if not article.sentences:
        return days
    starts = [s.start for s in article.sentences]
    skip = dateline_end(article.text)
    idx = 0
    for tx in article.timexes:
        if tx.type not in ("DATE", "TIME") or tx.start < skip:
            continue
        resolved = value_to_day(tx.value)
        if not resolved or resolved[1] != "day":
            continue
        try:
            day = date.fromisoformat(resolved[0])
        except ValueError:
            continue
        while idx + 1 < len(starts) and starts[idx + 1] <= tx.start:
            idx += 1
        if article.sentences[idx].start <= tx.start < article.sentences[idx].end:
            days[idx].append(day)
    return days


def event_date(article: Article, days: list[list[date]]) -> date | None:
    """The day an article's lede reports: a recent day named in the lede, else publication."""
    pub = article.published
    lede_days = Counter(d for ds in days[:LEDE_SENTENCES] for d in ds)
    for day, _n in lede_days.most_common():
        if pub is None or pub - LEDE_LOOKBACK <= day <= pub:
            return day
    return pub


def date_sentences(article: Article) -> list[DatedSentence]:
    """Every sentence of the article with the day it reports (sentences with no day are dropped).

    Days after the article's publication are plans and forecasts, not events yet,
    so they do not date a sentence. The days depend only on the article's text, sentences,
    time expressions and date, so later builds in this process reuse them.
    """
    key = (article.id, article.published, *text_key(article.text), len(article.sentences))
    dating = _DATINGS.get(key, lambda: _dating(article))
    sentences = article.sentences
    return [
        DatedSentence(article, sentences[i], day, named, lede) for i, day, named, lede in dating
    ]


def _dating(article: Article) -> _Dating:
    days = sentence_days(article)
    fallback = event_date(article, days)
    out: _Dating = []
    for i, named in enumerate(days):
        past = [d for d in named if article.published is None or d <= article.published]
        if past:
            out.append((i, past[0], True, fallback))
        elif fallback is not None and not named:
            out.append((i, fallback, False, fallback))
    return out
