"""WARC / WARC.gz reading: HTML responses become articles, everything else a one-line rejection.

Every page here is invented (the fictional port city of Lindqvist Bay and its outlets).
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsline.ingest import read_bytes, read_paths
from newsline.ingest.warc import CRAWL_FROM, is_warc, read_warc
from newsline.records import Article, Rejection

CRAWLED = "2024-04-02T06:15:00Z"

DATED_PAGE = """<!doctype html><html><head><title>Ferry workers vote to strike</title>
<meta property="article:published_time" content="2024-03-30T08:00:00Z">
<meta property="og:site_name" content="Lindqvist Bay Gazette"></head><body><article>
<h1>Ferry workers vote to strike</h1>
<p>LINDQVIST BAY - Ferry crews at Lindqvist Bay voted on Sunday to walk out next week
after talks over rosters and pay broke down, the crews' association said in a statement.</p>
<p>Association chair Oskar Wendt said members had waited two years for a new roster
agreement and that the harbour board had ignored repeated warnings about fatigue.</p>
<p>The harbour board said it regretted the vote and remained open to further talks.</p>
</article></body></html>"""

UNDATED_PAGE = """<!doctype html><html><head><title>Harbour board replies to crews</title>
</head><body><article><h1>Harbour board replies to crews</h1>
<p>The Lindqvist Bay harbour board offered ferry crews a new roster plan on Tuesday,
hoping to avert a strike that would cut the island service for thousands of commuters.</p>
<p>Board secretary Maja Ekdahl said the plan added two rest days a month and would be
put to the crews' association at a meeting later in the week.</p>
</article></body></html>"""


def _response(writer: WARCWriter, uri: str, body: bytes, ctype: str, status: str = "200 OK"):
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    return writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": CRAWLED},
    )


def make_warc(gzip: bool = True) -> bytes:
    """A small crawl: two pages, a PDF, a 404, a request record and a warcinfo record."""
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gzip)
    w.write_record(w.create_warcinfo_record("crawl.warc", {"software": "test"}))
    html = "text/html; charset=utf-8"
    w.write_record(_response(w, "https://gazette.example/ferry-vote", DATED_PAGE.encode(), html))
    req = w.create_warc_record(
        "https://gazette.example/board-reply",
        "request",
        payload=io.BytesIO(b"GET /board-reply HTTP/1.1\r\nHost: gazette.example\r\n\r\n"),
    )
    w.write_record(req)
    w.write_record(_response(w, "https://gazette.example/board-reply", UNDATED_PAGE.encode(), html))
    w.write_record(
        _response(w, "https://gazette.example/report.pdf", b"%PDF-1.4 ...", "application/pdf")
    )
    w.write_record(
        _response(w, "https://gazette.example/gone", b"<html>gone</html>", html, "404 Not Found")
    )
    return buf.getvalue()


def test_html_responses_become_articles_with_url_and_dates() -> None:
    items = list(read_warc(make_warc(), "crawl.warc.gz"))
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.url for a in articles] == [
        "https://gazette.example/ferry-vote",
        "https://gazette.example/board-reply",
    ]
    dated, undated = articles
    assert dated.published == date(2024, 3, 30) and dated.published_from == "html"
    assert "Ferry crews at Lindqvist Bay voted" in dated.text
    # No date on the page: the crawl day is used, and said to be a crawl day.
    assert undated.published == date(2024, 4, 2)
    assert undated.published_from == CRAWL_FROM
    assert undated.path == "crawl.warc.gz#record-3"
    assert dated.id != undated.id


def test_non_html_and_error_responses_are_rejected_one_line_each() -> None:
    rejected = [i for i in read_warc(make_warc(), "crawl.warc.gz") if isinstance(i, Rejection)]
    assert [r.input for r in rejected] == ["crawl.warc.gz#record-4", "crawl.warc.gz#record-5"]
    assert "not an HTML page (application/pdf)" in rejected[0].reason
    assert "report.pdf" in rejected[0].reason
    assert rejected[1].reason.startswith("HTTP status 404")
    assert all("\n" not in r.reason for r in rejected)


@pytest.mark.parametrize("gzip", [True, False])
def test_truncated_file_keeps_the_records_before_the_cut(gzip: bool) -> None:
    data = make_warc(gzip=gzip)
    cut = data[: data.index(b"report.pdf") + 200] if not gzip else data[:-150]
    items = list(read_warc(cut, "cut.warc"))
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) == 2  # both pages precede the cut
    last = items[-1]
    assert isinstance(last, Rejection) and "truncated" in last.reason
    assert last.input.startswith("cut.warc#record-")


def test_truncated_record_inside_a_file_is_rejected() -> None:
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    rec = _response(w, "https://gazette.example/ferry-vote", DATED_PAGE.encode(), "text/html")
    w.write_record(rec)
    data = buf.getvalue()
    items = list(read_warc(data[: len(data) - 300], "short.warc"))
    assert len(items) == 1 and isinstance(items[0], Rejection)
    assert items[0].input == "short.warc#record-0" and "truncated" in items[0].reason


@pytest.mark.parametrize("junk", [b"these bytes are no web archive at all", b"not a warc"])
def test_garbage_is_a_rejection_not_an_exception(junk: bytes) -> None:
    items = list(read_warc(junk, "junk.warc"))
    assert len(items) == 1 and isinstance(items[0], Rejection)
    assert items[0].input == "junk.warc#record-0" and "corrupt" in items[0].reason


def test_read_paths_routes_warc_files_by_name_and_by_content(tmp_path: Path) -> None:
    (tmp_path / "crawl.warc.gz").write_bytes(make_warc(gzip=True))
    (tmp_path / "plain.warc").write_bytes(make_warc(gzip=False))
    (tmp_path / "noext").write_bytes(make_warc(gzip=True))
    items = list(read_paths([tmp_path]))
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) == 6
    assert {a.path.split("#")[0] for a in articles} == {
        str(tmp_path / n) for n in ("crawl.warc.gz", "plain.warc", "noext")
    }
    assert is_warc("x.WARC.GZ", b"") and not is_warc("x.html", b"<html>")
    assert list(read_bytes(make_warc(), "a.warc.gz"))  # bytes path too


def test_html_reader_still_reads_gzip_html(tmp_path: Path) -> None:
    import gzip as gz

    (tmp_path / "page.html.gz").write_bytes(gz.compress(UNDATED_PAGE.encode()))
    (item,) = list(read_paths([tmp_path / "page.html.gz"]))
    assert isinstance(item, Article) and item.published_from == "none"
