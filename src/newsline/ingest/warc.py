"""Read WARC / WARC.gz web archives (Common Crawl, CC-NEWS): HTML responses become Articles.

Each HTML `response` record goes through the HTML reader. The URL is the record's
WARC-Target-URI. The crawl time (WARC-Date) is only a fallback for a page that declares
no date, marked `published_from="crawl"`: it is when the page was fetched, not when it
was published. Non-HTML responses, error statuses and truncated records become
Rejections named `file.warc.gz#record-N`; a bad record never aborts the file.
"""

from __future__ import annotations

import dataclasses
import io
import zlib
from collections.abc import Iterator
from datetime import date
from typing import BinaryIO

from ..records import Article, Rejection
from .html import read_html
from .ids import article_id
from .sniff import decode

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
CRAWL_FROM = "crawl"
CRAWL_NOTE = "no date on the page: WARC-Date (when the page was crawled) used instead"
CRAWL_CONFIDENCE = 0.3
MAX_PAGE_BYTES = 8 * 2**20  # bigger "pages" are feeds or dumps, not articles; bounds memory


def is_warc(name: str, data: bytes) -> bool:
    """True for a .warc/.warc.gz name, or bytes (plain or gzip) starting with a WARC header."""
    if name.lower().endswith(WARC_SUFFIXES):
        return True
    head = data[:64]
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:4096], 64)
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


def _crawl_day(value: str | None) -> date | None:
    """The day of a WARC-Date ("2025-09-18T10:00:00Z"); None when absent or malformed."""
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _media_type(content_type: str | None) -> str:
    """'text/html; charset=utf-8' -> 'text/html'."""
    return (content_type or "").split(";")[0].strip().lower()


def _charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _decode_body(body: bytes, content_type: str | None) -> str | None:
    """Body bytes as text: the declared charset when it works, else the HTML sniffing decoder."""
    charset = _charset(content_type)
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(body, html=True)


def _from_response(record, where: str) -> Iterator[Article | Rejection]:
    """One response record -> an Article (via the HTML reader) or a Rejection."""
    uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip() or None
    http = record.http_headers
    status = http.get_statuscode() if http is not None else None
    content_type = http.get_header("Content-Type") if http is not None else None
    if status and not str(status).startswith("2"):
        yield Rejection(where, f"HTTP status {status} ({uri or 'no URI'})")
        return
    media = _media_type(content_type)
    if media and media not in HTML_TYPES:  # the body is skipped unread
        yield Rejection(where, f"not an HTML page ({media}): {uri or 'no URI'}")
        return
    body = record.content_stream().read(MAX_PAGE_BYTES + 1)
    if len(body) > MAX_PAGE_BYTES:
        yield Rejection(where, f"HTML page over {MAX_PAGE_BYTES // 2**20} MB ({uri or 'no URI'})")
        return
    if getattr(record.raw_stream, "limit", 0) > 0 or record.rec_headers.get_header(
        "WARC-Truncated"
    ):
        yield Rejection(where, f"truncated WARC record ({uri or 'no URI'})")
        return
    html = _decode_body(body, content_type)
    if html is None:
        yield Rejection(where, "cannot decode as text")
        return
    for item in read_html(html, where, where):
        if isinstance(item, Article):
            yield _with_record_metadata(item, uri, record.rec_headers.get_header("WARC-Date"))
        else:
            yield item


def _with_record_metadata(article: Article, uri: str | None, warc_date: str | None) -> Article:
    """Take the URL from the record; use the crawl day only when the page gave no date."""
    changes: dict[str, object] = {}
    if uri:
        changes["url"] = uri
        changes["id"] = article_id(None, uri, article.path, 0, article.text)
    crawled = _crawl_day(warc_date)
    if article.published is None and crawled is not None:
        changes.update(published=crawled, published_from=CRAWL_FROM)
        names = {f.name for f in dataclasses.fields(Article)}
        if "published_note" in names:
            changes["published_note"] = CRAWL_NOTE
        if "published_confidence" in names:
            changes["published_confidence"] = CRAWL_CONFIDENCE
    return dataclasses.replace(article, **changes) if changes else article


def read_warc(
    data: bytes | BinaryIO, path: str | None, label: str | None = None
) -> Iterator[Article | Rejection]:
    """Yield an Article per HTML response record and a Rejection per unusable one.

    `data` is the file's bytes or a binary stream (streamed: a 1 GB WARC is never held
    whole). Non-response records (warcinfo, request, metadata, revisit) are skipped.
    """
    from warcio.archiveiterator import ArchiveIterator

    label = label or path or "<stdin>"
    stream = io.BytesIO(data) if isinstance(data, bytes | bytearray) else data
    n = -1
    records = ArchiveIterator(stream, no_record_parse=False)
    try:
        for n, record in enumerate(records):
            where = f"{label}#record-{n}"
            if record.format != "warc":  # warcio also takes ARC files, and garbage for ARC
                yield Rejection(where, f"not a WARC record ({record.format} format or corrupt)")
                continue
            if record.rec_type != "response":
                continue
            try:
                yield from _from_response(record, where)
            except Exception as exc:  # a broken record must not stop the file
                yield Rejection(where, f"unreadable WARC record: {type(exc).__name__}: {exc}")
    except Exception as exc:  # truncated gzip member or garbage between records
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        yield Rejection(
            f"{label}#record-{n + 1}",
            f"truncated or corrupt WARC record, rest of file skipped ({reason})",
        )
        return
    if records.offset < _size(stream):  # warcio stops quietly at a record cut short
        yield Rejection(f"{label}#record-{n + 1}", "truncated WARC record at the end of the file")
    elif n < 0:
        yield Rejection(label, "WARC file has no records")


def _size(stream: BinaryIO) -> int:
    """Total bytes of a seekable stream (0 when unknown: no truncation check)."""
    try:
        return stream.seek(0, io.SEEK_END)
    except (OSError, ValueError, AttributeError):
        return 0
