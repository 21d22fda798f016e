"""Word lists and compiled cue patterns for the boilerplate classifier.

Data only: `boilerplate.py` combines these cues with layout and lexical features, so
a cue here is evidence, never a verdict by itself. Everything is compiled once at import.
"""

from __future__ import annotations

import re
from typing import NamedTuple

I = re.IGNORECASE  # noqa: E741 - short alias keeps the pattern table readable


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _words(
    """
    a about above across after again against all also am amid among an and any are around as at
    be because been before being below between both but by can could did do does doing down
    during each either even ever every few for from further had has have having he her here hers
    herself him himself his how i if in into is it its itself just last least less like many me
    more most much my near neither next no nor not now of off on once one only onto or other our
    ours out over own per same she should since so some such than that the their theirs them then
    there these they this those though through to too toward towards under until up upon us very
    via was we were what when where whether which while who whom whose why will with within
    without would yet you your yours it's he's she's they're we're don't didn't won't can't isn't
    wasn't aren't weren't hasn't haven't said says say told according
    """
)

# Finite verbs and auxiliaries common in news prose; "-ed"/"-ing" words are caught by regex.
VERBS = _words(
    """
    is are was were be been being am has have had do does did will would can could should shall
    may might must said says say told tells asked asks added adds warned warns called calls made
    makes took takes went goes came comes gave gives got gets saw sees knew knows found finds
    thinks thought want wants wanted need needs needed left leaves began begins became becomes
    remains remain kept keeps felt feels held holds ran runs met meets lost loses won wins rose
    rises fell falls paid pays sent sends built spent set put cut hit let
    """
)

MONTHS_DAYS = _words(
    """
    jan january feb february mar march apr april may jun june jul july aug august sep sept
    september oct october nov november dec december mon monday tue tues tuesday wed wednesday
    thu thur thurs thursday fri friday sat saturday sun sunday
    """
)

# Tokens a timestamp / read-time line may consist of (besides numbers and MONTHS_DAYS).
DATE_VOCAB = MONTHS_DAYS | _words(
    """
    updated update published posted modified last first on at am pm a.m p.m a.m. p.m. gmt utc
    bst cet cest et edt est pst pdt ist aest sgt ago min mins minute minutes hour hours hr hrs h
    day days week weeks month months year years sec secs second seconds today yesterday read
    reading time just now by | • · - — – , / :
    """
)

# Vocabulary of page furniture; a line made (almost) only of these is a menu or a share row.
SHARE_VOCAB = _words(
    """
    facebook twitter x linkedin email e-mail mail print whatsapp reddit pinterest telegram
    messenger flipboard pocket tumblr share shares sharing shared tweet copy link copied bookmark
    save saved gift threads bluesky mastodon sms url options google instagram youtube tiktok
    snapchat rss feed article story pin pins flip send like
    """
)
SHARE_STRONG = _words(
    """
    facebook twitter linkedin whatsapp reddit pinterest telegram messenger flipboard tumblr share
    tweet email e-mail print bluesky mastodon instagram
    """
)
NAV_VOCAB = _words(
    """
    home news world uk us u.s. politics business economy markets money tech technology science
    health sport sports culture arts entertainment lifestyle travel opinion opinions video videos
    podcasts podcast weather menu search sections section login log sign in out account register
    subscribe skip to content main navigation back top close more latest live local national
    international region edition homepage newsletters games puzzles crosswords climate
    environment food style books music tv film obituaries help contact about careers jobs
    """
)
COMMENT_VOCAB = _words(
    """
    comment comments reply replies discussion conversation join view show hide post submit cancel
    name email website required fields notify thoughts
    """
)
AD_VOCAB = _words("advertisement advertisements advert ad ads sponsored promoted skip")
FURNITURE = SHARE_VOCAB | NAV_VOCAB | COMMENT_VOCAB | AD_VOCAB
# Filler that may sit between furniture words without breaking a run.
FILLER = _words("and & the this a to of on in for via or | • · / - — – : ( ) [ ] +")

# Words that mark a "more stories" block when the line is short and otherwise empty.
MARKER_WORDS = _words(
    """
    related recommended trending popular stories story reads picks suggested similar latest
    elsewhere headlines missed must-reads further reading coverage also more next viewed shared
    editor's editors' editors top watch explore discover topics topic
    """
)
MARKER_STRONG = _words(
    """
    related recommended trending popular stories reads picks suggested similar latest elsewhere
    headlines missed must-reads coverage viewed topics
    """
)

# Click-bait vocabulary of promo headlines: listicles, superlatives, the reader addressed.
CLICKBAIT = _words(
    """
    best worst secret secrets trick tricks hack hacks deals deal ways reasons things tips every
    everyone ever revealed reveals reveal shocking surprising amazing incredible celebrity
    celebrities must-have need needs want love stunning perfect ultimate guide quiz you your
    three four five six seven eight nine ten twelve fifteen twenty top
    """
)

# Words that give away an author bio or a contact line.
BIO_WORDS = _words(
    """
    reporter correspondent journalist editor columnist writer contributor freelance freelancer
    photographer producer bureau staff covers covering reporting journalism newsroom
    contributing
    """
)
NEWSLETTER_WORDS = _words(
    """
    newsletter newsletters inbox subscribe subscribed subscriber subscribers subscription
    subscriptions unsubscribe sign-up signup briefing digest membership paywall trial premium
    """
)
COOKIE_WORDS = _words("cookie cookies")
COOKIE_CONTEXT = _words(
    """
    accept agree consent settings preferences policy browser experience site website partners
    personalised personalized tracking gdpr manage
    """
)

# First words of a call to action addressed to the reader.
IMPERATIVES = _words(
    """
    sign subscribe get join download follow share click tap read watch listen continue register
    create support enter try start discover explore learn find see view visit check give donate
    become unlock log login stay keep save add leave tell send contact email never don't sign-up
    open report print skip go scroll expand close hide show load
    """
)

# A heading that introduces a block of other stories' headlines.
MARKER_LINE = re.compile(
    r"^(?:related(?: articles?| stories| coverage| content| links| topics| reading"
    r"| news| posts| videos?)?|more on (?:this|that|the)(?: story| topic| subject)?"
    r"|more (?:from|in|about) [\w .'&-]{2,40}|more (?:stories|news|coverage|headlines)"
    r"|recommended(?: for you| stories| reading| articles| videos?)?"
    r"|you (?:may|might|could) (?:also )?(?:like|enjoy|be interested in|have missed)"
    r"|(?:the )?most (?:read|popular|viewed|shared|commented|emailed)(?: stories| articles)?"
    r"|(?:read|up|watch|coming up) next|also read|also see|see also|trending(?: now| stories)?"
    r"|popular(?: now| stories| on [\w .'-]+)?|don't miss|editor'?s'? picks?|top stories"
    r"|what to read next|further reading|latest(?: news| stories| headlines| videos?)?"
    r"|in other news|around the web|elsewhere on [\w .'-]+|keep reading|must reads?"
    r"|in case you missed it|stories you may have missed)\W*$",
    I,
)


class Cue(NamedTuple):
    """A cue pattern. Patterns with `needs` are searched anywhere in the line, but only when
    the line has one of those words (or, for symbols, substrings) - a cheap prefilter; the
    others are anchored and tried with `match` at the line start."""

    reason: str
    weight: float
    pattern: re.Pattern[str]
    needs: frozenset[str] | None = None


_PHOTO_NEEDS = _words("photo photos image images picture pictures credit credits getty / | ©")
_LETTER_NEEDS = _words(
    """
    sign subscribe subscriber subscribers inbox already unlock trial journalism become enter
    newsletter newsletters free account register
    """
)
_COMMENT_NEEDS = _words("email required")
_COOKIE_NEEDS = _words(
    "cookie cookies accept reject allow decline manage privacy terms continuing using"
)
_LEGAL_NEEDS = _words("reserved may")

# --- cue patterns ------------------------------------------------------------------------
# Weights: 4 = unambiguous page furniture, 3 = strong, 2 = needs support from other features.
CUES: tuple[Cue, ...] = (
    Cue(
        "navigation",
        4.0,
        re.compile(
            r"^(?:skip to (?:main |the )?(?:content|navigation|main|article|search|footer)"
            r"|(?:back|return|go) to (?:the )?(?:top|home ?page|homepage)|jump to\b"
            r"|(?:open|close|toggle) (?:menu|navigation|search)|main menu|site navigation"
            r"|you are here\b|sign in|log ?in|log out|my account|search)\W*$",
            I,
        ),
    ),
    Cue(
        "advertisement",
        4.0,
        re.compile(
            r"^(?:advertisements?|advert(?:isement)?s?|ads?|ads? by \w+"
            r"|sponsored(?: content| post)?|paid (?:content|post|partnership)"
            r"|promoted(?: content| stories)?|partner content"
            r"|(?:the )?(?:story|article) continues (?:below|after)"
            r"(?: (?:this )?(?:advertisement|ad))?"
            r"|continue reading (?:the main story|below)|scroll (?:down )?to continue"
            r"(?: with content)?|skip advert|report this ad|ad feedback|remove ads)\W*$",
            I,
        ),
    ),
    Cue(
        "photo credit",
        4.0,
        re.compile(
            r"^[\[(]?\s*(?:(?:file|top|main|header|hero|lead|cover|featured|feature)\s+)?"
            r"(?:photo(?:graph)?s?|images?|pictures?|pics?|illustrations?|graphics?|credits?"
            r"|photography|video|footage)"
            r"(?:\s+(?:credit|source))?\s*(?::|\||/(?!\w+/)|©)\s*\S",
            I,
        ),
    ),
    Cue(
        "photo credit",
        4.0,
        re.compile(
            r"^[\[(]?\s*(?:photo(?:graph)?s?|images?|pictures?|illustrations?|graphics?)"
            r"\s+(?:by|courtesy(?: of)?|via)\s+\S",
            I,
        ),
    ),
    Cue(
        "photo credit",
        4.0,
        re.compile(
            r"(?:\((?:[A-Z]+ )?(?:photo|image|picture)s?\s*(?:/|:|by)[^)]{2,60}\)"
            r"|\b(?:photo|image|picture|credit)s?\s*:\s*[^.!?]{2,60}"
            r"|(?:/|\|)\s*(?:getty(?: images)?|afp|reuters|ap|associated press|epa(?:-efe)?"
            r"|shutterstock|alamy|pa(?: wire| images)?|bloomberg|xinhua|anadolu|ansa"
            r"|dpa|sipa|zuma|istock(?:photo)?)"
            r"|via getty images|getty images|©\s*[\w .,'&-]{2,40})\W*$",
            I,
        ),
        _PHOTO_NEEDS,
    ),
    Cue("related teaser", 4.0, MARKER_LINE),
    Cue(
        "related teaser",
        3.5,
        re.compile(
            r"^(?:related|read more|read next|see also|also read|also see|more|must read"
            r"|don't miss|recommended|trending|watch|listen|video|podcast|explainer|live"
            r"|latest|opinion|analysis|more on this)\s*(?::|\||—|–|>>|»)\s*\S",
            I,
        ),
    ),
    Cue(
        "read-more link",
        4.0,
        re.compile(
            r"^(?:(?:continue|keep) reading\b|read (?:more|the (?:full|whole|original|complete"
            r"|rest of the) (?:story|article|report|piece|interview))(?:\s+(?:at|on|in|here|from)\b"
            r"|\W*$)"
            r"|(?:this|the) (?:article|story|post|piece) (?:was )?(?:originally|first)"
            r" (?:appeared|published|ran)\b|originally (?:published|appeared)\b"
            r"|(?:click|tap) here\b|(?:see|view|open) (?:the )?(?:full|original) "
            r"(?:story|article|post)\b|source\s*:\s*\S|read (?:it|this) (?:on|at|in) )",
            I,
        ),
    ),
    Cue(
        "newsletter prompt",
        4.0,
        re.compile(
            r"(?:sign up (?:for|to) (?:our|the|a)\b"
            r"|subscribe (?:now|today|here|for|to (?:our|the))"
            r"|(?:get|have) (?:our|the) [\w' -]{1,40} (?:in|to|delivered to) your inbox"
            r"|already a (?:subscriber|member)|subscribers? only|for subscribers"
            r"|unlock (?:this|full|unlimited)|start your (?:free )?trial"
            r"|(?:support|fund) (?:our|independent|quality) journalism"
            r"|become a (?:member|subscriber|supporter)|enter your e-?mail"
            r"|our newsletters?\b|you have \d+ free articles?"
            r"|create (?:a |your )?(?:free )?account|register (?:for free|now|to continue))",
            I,
        ),
        _LETTER_NEEDS,
    ),
    Cue(
        "comment form",
        4.0,
        re.compile(
            r"^(?:leave a (?:reply|comment)|cancel reply|post (?:a )?comment|add (?:a |your )"
            r"?comment|save my name,? email|notify me of (?:new|follow-up)|be the first to comment"
            r"|(?:view|show|hide|see|read|load) (?:all |more )?(?:\d+ )?comments|comments are"
            r" (?:closed|open)|(?:log|sign) in to (?:comment|reply|join)|join the (?:conversation"
            r"|discussion|debate)|have your say|what do you think\b|\d+ (?:comments?|replies)\W*$"
            r"|comments?\s*(?:\(\d+\)|\d+)?\W*$|(?:name|e-?mail|website|comment)\s*\*\W*$"
            r"|you must be logged in to)",
            I,
        ),
    ),
    Cue(
        "comment form",
        4.0,
        re.compile(r"your email address will not be published|required fields are marked", I),
        _COMMENT_NEEDS,
    ),
    Cue(
        "cookie notice",
        4.0,
        re.compile(
            r"^(?:privacy (?:policy|settings|notice)|terms (?:of (?:use|service)|and conditions))"
            r"\W*$",
            I,
        ),
    ),
    Cue(
        "cookie notice",
        4.0,
        re.compile(
            r"we use cookies|this (?:site|website) uses cookies|(?:accept|reject|allow|decline)"
            r" (?:all|cookies|all cookies)\b|cookie (?:policy|settings|preferences|notice)"
            r"|manage (?:cookies|consent|preferences|privacy)|by (?:continuing|using)"
            r" (?:to (?:use|browse) )?(?:this|our) (?:site|website)",
            I,
        ),
        _COOKIE_NEEDS,
    ),
    Cue(
        "legal notice",
        4.0,
        re.compile(
            r"^(?:copyright|©|\(c\))(?:\s*(?:\(c\)|©))?\s*(?:\d{4}|[\w .,'&-]{2,60}\d{4}\W*$)", I
        ),
    ),
    Cue(
        "legal notice",
        4.0,
        re.compile(
            r"all rights reserved|may not be (?:published|reproduced|redistributed|broadcast"
            r"|rewritten)",
            I,
        ),
        _LEGAL_NEEDS,
    ),
    Cue(
        "byline",
        4.0,
        re.compile(
            r"^(?:additional |further )?(?:reporting|writing|editing|compiled|research|graphics"
            r"|produced|written|words|interviews?) by\b",
            I,
        ),
    ),
    Cue(
        "tag list",
        4.0,
        re.compile(r"^(?:tags?|topics?|filed under|categories|category|keywords|tagged)\s*[:|]", I),
    ),
    Cue(
        "page control",
        4.0,
        re.compile(
            r"^(?:listen to (?:this|the) (?:article|story)|play (?:video|audio)|watch(?: the)?"
            r" video|(?:listen|watch|play)\W*\d+:\d\d|\d+:\d\d\W*(?:min|listen|watch)?|now playing"
            r"|audio|video|loading\W*|enable javascript.*|gift (?:this )?article"
            r"|download (?:the|our) app|get the app|print|share|(?:click|tap) to (?:enlarge|expand"
            r"|zoom|play|view|see|read|watch)\b.*|open (?:in|the) app|view (?:gallery|slideshow"
            r"|image|photos?|caption)|(?:see|view) (?:all|more) (?:photos|images|videos)"
            r"|(?:expand|collapse|show|hide) (?:all|more|less|caption|image)"
            r"|report (?:a|an) (?:correction|error|typo|problem)|fullscreen|enlarge (?:this )?image"
            r"|image \d+ (?:of|/) \d+|\d+ (?:of|/) \d+)\W*$",
            I,
        ),
    ),
)

# Bylines at the head: "By Mara Ellison", "By Ana Voss and Tom Lee, Coastline Wire".
BYLINE = re.compile(r"^(?:written |words |story )?by\s+(?P<first>[A-Z][\w.'’-]*)", I)
# Bio sentences: "<Name> is a reporter…", "She covers…", "Follow Ana on X @ana".
BIO_SUBJECT = re.compile(
    r"^(?:[A-Z][\w.'’-]+\s+){1,3}(?:is|was|has|covers|writes|reports|joined|previously|lives"
    r"|edits|leads)\b|^(?i:he|she|they)\s+(?:is|was|has|covers|writes|reports|joined|previously"
    r"|lives|edits|leads)\b|^(?i:about the (?:author|writer|reporter))\b",
)
CONTACT_STARTS = ("follow", "contact", "email", "e-mail", "reach")
CONTACT = re.compile(
    r"(?:^follow (?:\w+ ){0,3}on (?:twitter|x|instagram|facebook|linkedin|bluesky|mastodon|threads)"
    r"|^(?:contact|email|e-mail|reach) (?:the )?(?:author|reporter|writer|her|him|them|us)\b"
    r"|[\w.+-]+@[\w-]+\.[\w.]+|(?:^|\s)@[A-Za-z_]\w{2,}\b)",
    I,
)

# Lines that start a story: "PORT MAREN, Sept. 18 (Coastline Wire) -", "(Reuters) -".
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,4}"
    r"(?:,\s*[A-Z][\w.]*\.?(?:\s+\d{1,2})?(?:,\s*\d{4})?)?\s*(?:\([^)]{2,40}\))?"
    r"|\([^)]{2,40}\))\s*[-–—]{1,2}"
)

URL_ONLY = re.compile(r"^<?(?:(?:https?://|www\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)+/\S*)>?$", I)
URL_ANY = re.compile(r"(?:https?://|www\.)\S+|\b[a-z0-9-]+\.(?:com|org|net|co\.uk|io|news)\b", I)
HAS_ALNUM = re.compile(r"[^\W_]")
TOKEN = re.compile(r"[^\W\d_][\w'’.&-]*|\d[\d.,:/%]*|[|•·/>›»]")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
LIST_SEPARATORS = re.compile(r"\s*(?:[|•·,;/]|\s-\s)\s*")
BREADCRUMB_SPLIT = re.compile(r"\s*(?:>|›|»|→|/|\|)\s*")
TERMINAL = re.compile(r"""[.!?…]["'”’»)\]]*$""")
DOUBLE_QUOTE = re.compile(r"[\"“”«»]")
OPENING_SINGLE = re.compile(r"(?<!\S)[‘']\w")
BULLET = re.compile(r"^(?:[-*•·▪►>]+|\d{1,2}[.)])\s+")
HASHTAG = re.compile(r"#\w+")
VERB_ANY = re.compile(r"\b[a-z]{3,}(?:ed|ing)\b")  # run on lower-cased text
BREADCRUMB_CHARS = re.compile(r"[>›»→/|]")

# Anchored cues fused into one alternation, strongest first, so one `match` call finds the
# best of them; searched cues keep a keyword prefilter regex each.
_ANCHORED = sorted((c for c in CUES if c.needs is None), key=lambda c: -c.weight)
ANCHORED_CUES = re.compile(
    "|".join(f"(?P<c{k}>{c.pattern.pattern})" for k, c in enumerate(_ANCHORED)), I
)
ANCHORED_BY_GROUP = {f"c{k}": c for k, c in enumerate(_ANCHORED)}
SEARCHED_CUES = tuple(c for c in CUES if c.needs is not None)
SEARCHED_BY_KEY: dict[str, tuple[int, ...]] = {}  # prefilter word/symbol -> SEARCHED_CUES index
for _k, _c in enumerate(SEARCHED_CUES):
    for _key in _c.needs or ():
        SEARCHED_BY_KEY[_key] = (*SEARCHED_BY_KEY.get(_key, ()), _k)
SEARCH_WORDS = frozenset(k for k in SEARCHED_BY_KEY if k[:1].isalpha())
SEARCH_SYMBOLS = tuple(k for k in SEARCHED_BY_KEY if not k[:1].isalpha())
