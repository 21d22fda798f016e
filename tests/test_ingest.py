"""Ingest reads every supported format into Articles and turns bad inputs into Rejections."""

from __future__ import annotations

import gzip
import io
import json
import os
from datetime import date
from pathlib import Path

import pytest

from newsline.ingest import read_bytes, read_paths
from newsline.ingest.dates import parse_header_date, parse_metadata_date
from newsline.ingest.sniff import sniff_kind
from newsline.ingest.txt import parse_header_line
from newsline.records import Article, Rejection

# --- fictional fixtures -----------------------------------------------------------------

BODY = (
    "The Port Maren harbor bridge closed on Tuesday for emergency repairs after inspectors "
    "found cracks in two support beams, city officials said.\n\n"
    "Traffic will be diverted through the old ferry road for at least three weeks, "
    "according to the transport department."
)
PARAGRAPHS = [
    "The Port Maren harbor bridge closed on Tuesday for emergency repairs after inspectors "
    "found cracks in two support beams, city officials said.",
    "Traffic will be diverted through the old ferry road for at least three weeks, according "
    "to the transport department, which urged drivers to plan their trips ahead of time.",
    '"We could not take any risks," said mayor Lena Ostrova at a press briefing held on '
    "the windy waterfront near the fish market.",
]


def page(head: str = "", body_extra: str = "", paragraphs: list[str] | None = None) -> str:
    """A small fictional news page with nav and footer around an <article>."""
    paras = "".join(f"<p>{p}</p>" for p in (PARAGRAPHS if paragraphs is None else paragraphs))
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Harbor bridge closes for repairs | Port Maren Gazette</title>"
        f"{head}</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Harbor bridge closes for repairs</h1>{body_extra}{paras}</article>"
        "<footer>Contact the newsroom</footer></body></html>"
    )


def run(*paths: str | Path, stdin: bytes | None = None) -> list[Article | Rejection]:
    return list(read_paths(list(paths), stdin=io.BytesIO(stdin) if stdin is not None else None))


def articles(results: list[Article | Rejection]) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def rejections(results: list[Article | Rejection]) -> list[Rejection]:
    return [r for r in results if isinstance(r, Rejection)]


def one_article(results: list[Article | Rejection]) -> Article:
    assert len(results) == 1, results
    assert isinstance(results[0], Article), results
    return results[0]


def one_rejection(results: list[Article | Rejection]) -> Rejection:
    assert len(results) == 1, results
    assert isinstance(results[0], Rejection), results
    return results[0]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --- plain text -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Date: 2021-05-04", date(2021, 5, 4)),
        ("date 2021-05-04", date(2021, 5, 4)),
        ("DATE:2021-05-04", date(2021, 5, 4)),
        ("Published: May 4, 2021", date(2021, 5, 4)),
        ("  published: Sept. 18, 2025", date(2025, 9, 18)),
        ("Publication date: 4 May 2021", date(2021, 5, 4)),
        ("pubdate 2021/05/04", date(2021, 5, 4)),
        ("Posted on May 4, 2021 at 9:30 a.m. EDT", date(2021, 5, 4)),
        ("**Published:** Tue, 04 May 2021 10:15:00 +0100", date(2021, 5, 4)),
        ("Updated: 2021-05-06", date(2021, 5, 6)),
    ],
)
def test_txt_date_header_styles(tmp_path: Path, header: str, expected: date) -> None:
    path = write(tmp_path, "story.txt", f"{header}\n\n{BODY}\n")
    article = one_article(run(path))
    assert article.published == expected
    assert article.published_from == "header"
    assert article.text == BODY
    assert article.title is None
    assert article.path == str(path)


def test_txt_full_header_block(tmp_path: Path) -> None:
    text = (
        "Title: Harbor bridge closes for repairs\n"
        "URL: https://gazette.example/news/bridge\n"
        "Source: Port Maren Gazette\n"
        "By: Ada Quill\n"
        "Published: May 4, 2021\n"
        "Updated: May 5, 2021\n"
        "\n"
        f"{BODY}\n"
    )
    article = one_article(run(write(tmp_path, "a.txt", text)))
    assert article.title == "Harbor bridge closes for repairs"
    assert article.url == "https://gazette.example/news/bridge"
    assert article.source == "Port Maren Gazette"
    assert article.author == "Ada Quill"
    assert article.published == date(2021, 5, 4)  # published wins over updated
    assert article.text == BODY


def test_txt_colonless_weak_headers_count_inside_a_block(tmp_path: Path) -> None:
    text = f"headline Harbor bridge closes\nby Ada Quill\ndate 2021-05-04\n{BODY}"
    article = one_article(run(write(tmp_path, "a.md", text)))
    assert article.title == "Harbor bridge closes"
    assert article.author == "Ada Quill"
    assert article.published == date(2021, 5, 4)
    assert article.text.startswith("The Port Maren harbor bridge")


@pytest.mark.parametrize(
    "first_line",
    [
        "Date night is back in Port Maren as the old cinema reopens",
        "Title fight set for Saturday at the harbor arena",
        "Published reports said the ferry was late.",
        "By the time inspectors arrived, the bridge had closed.",
        "Source material for the exhibition came from local families",
        "Posted guards now stand at both ends of the bridge",
        "Updated figures show 12 people were hurt in 2021.",
    ],
)
def test_txt_prose_first_line_is_not_a_header(tmp_path: Path, first_line: str) -> None:
    text = f"{first_line}\n\n{BODY}\n"
    article = one_article(run(write(tmp_path, "a.txt", text)))
    assert article.text.startswith(first_line)
    assert article.published is None
    assert article.published_from == "none"
    assert article.title is None and article.author is None and article.source is None


def test_txt_header_block_stops_at_first_prose_line(tmp_path: Path) -> None:
    text = "Date: 2021-05-04\nDate night is back in Port Maren.\n\nMore news followed.\n"
    article = one_article(run(write(tmp_path, "a.txt", text)))
    assert article.published == date(2021, 5, 4)
    assert article.text.startswith("Date night is back in Port Maren.")


def test_header_line_parser() -> None:
    assert parse_header_line("URL: https://gazette.example/x").field == "url"
    assert parse_header_line("URL: not a link") is None
    assert parse_header_line("Link to the past is a game") is None
    assert parse_header_line("Date: tomorrow") is None
    assert parse_header_line("Date: March 3") is None  # no year
    assert parse_header_line("Title fight set for Saturday").strong is False
    assert parse_header_line("Title: fight night").strong is True


def test_txt_one_paragraph_per_line_gets_blank_lines(tmp_path: Path) -> None:
    text = "First paragraph ends here.\nSecond paragraph ends here.\nThird one too.\n"
    article = one_article(run(write(tmp_path, "a.text", text)))
    assert article.text == (
        "First paragraph ends here.\n\nSecond paragraph ends here.\n\nThird one too."
    )


def test_txt_crlf_and_hard_wrapped_text_kept(tmp_path: Path) -> None:
    text = "The bridge closed on\r\nTuesday after cracks were\r\nfound in two beams.\r\n"
    article = one_article(run(write(tmp_path, "a.txt", text)))
    assert article.text == "The bridge closed on\nTuesday after cracks were\nfound in two beams."


def test_txt_with_only_headers_has_no_usable_text(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Date: 2021-05-04\nTitle: Nothing here\n")
    assert one_rejection(run(path)) == Rejection(str(path), "no usable text")


# --- HTML -------------------------------------------------------------------------------


def test_html_with_meta_date_and_metadata(tmp_path: Path) -> None:
    head = (
        "<meta property='og:site_name' content='Port Maren Gazette'>"
        "<link rel='canonical' href='https://gazette.example/news/bridge'>"
        "<meta name='author' content='Ada Quill'>"
        "<meta property='article:published_time' content='2023-03-14T08:00:00+00:00'>"
    )
    path = write(tmp_path, "bridge.html", page(head))
    article = one_article(run(path))
    assert article.published == date(2023, 3, 14)
    assert article.published_from == "html"
    assert article.title == "Harbor bridge closes for repairs"
    assert article.source == "Port Maren Gazette"
    assert article.author == "Ada Quill"
    assert article.url == "https://gazette.example/news/bridge"
    assert "cracks in two support beams" in article.text
    assert "\n\n" in article.text
    assert "Contact the newsroom" not in article.text
    assert article.id != ""


def test_html_with_date_only_in_time_element(tmp_path: Path) -> None:
    extra = "<p class='meta'><time datetime='2022-11-08'>November 8, 2022</time></p>"
    article = one_article(run(write(tmp_path, "page.htm", page(body_extra=extra))))
    assert article.published == date(2022, 11, 8)
    assert article.published_from == "html"


def test_html_without_date(tmp_path: Path) -> None:
    article = one_article(run(write(tmp_path, "page.html", page())))
    assert article.published is None
    assert article.published_from == "none"


def test_html_without_body_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "menu.html", page(paragraphs=["Subscribe now."]))
    assert one_rejection(run(path)) == Rejection(str(path), "HTML page has no article body")


def test_html_in_declared_latin1(tmp_path: Path) -> None:
    html = page(paragraphs=[p + " Le café était fermé." for p in PARAGRAPHS])
    html = html.replace("charset='utf-8'", "charset='iso-8859-1'")
    article = one_article(run(write(tmp_path, "fr.html", html.encode("latin-1"))))
    assert "Le café était fermé." in article.text


# --- JSON / JSON Lines ------------------------------------------------------------------


def test_jsonl_aliases_and_dates(tmp_path: Path) -> None:
    lines = [
        {
            "headline": "Bridge closes",
            "link": "https://gazette.example/a",
            "outlet": "Port Maren Gazette",
            "byline": "Ada Quill",
            "pubDate": "Thu, 18 Sep 2025 09:30:00 +0000",
            "content": BODY,
        },
        {
            "Title": "Ferry resumes",
            "Article_Text": "The ferry service resumed on Friday morning.",
            "publishedAt": 1758187800,
            "source": {"id": "harbor-news", "name": "Harbor News"},
            "authors": ["Ada Quill", "Ben Roe"],
        },
        {"story": "Fishermen protested the closure.", "timestamp": 1758187800000},
        {"body": "Tolls will be waived.", "date": "next Tuesday-ish"},
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(json.dumps(line) for line in lines))
    got = articles(run(path))
    assert len(got) == 4
    first, second, third, fourth = got
    assert (first.title, first.url, first.source, first.author) == (
        "Bridge closes",
        "https://gazette.example/a",
        "Port Maren Gazette",
        "Ada Quill",
    )
    assert first.published == date(2025, 9, 18)
    assert first.published_from == "metadata"
    assert first.text == BODY
    assert second.source == "Harbor News"
    assert second.author == "Ada Quill, Ben Roe"
    assert second.published == date(2025, 9, 18)
    assert third.published == date(2025, 9, 18)  # epoch milliseconds
    assert fourth.published is None and fourth.published_from == "none"
    assert all(a.path == str(path) for a in got)


def test_jsonl_bad_lines_do_not_stop_the_rest(tmp_path: Path) -> None:
    text = (
        json.dumps({"text": "The bridge closed on Tuesday."})
        + "\n\n"
        + '{"text": "broken" "x"}\n'
        + json.dumps({"title": "No text here", "url": "https://gazette.example/b"})
        + "\n"
        + "[1, 2]\n"
        + json.dumps({"text": "The ferry resumed on Friday."})
        + "\n"
    )
    path = write(tmp_path, "feed.ndjson", text)
    results = run(path)
    assert [a.text for a in articles(results)] == [
        "The bridge closed on Tuesday.",
        "The ferry resumed on Friday.",
    ]
    assert rejections(results) == [
        Rejection(f"{path}:3", "invalid JSON on line 3: Expecting ',' delimiter"),
        Rejection(f"{path}:4", "no usable text"),
        Rejection(f"{path}:5", "line 5 is not a JSON object"),
    ]


def test_json_list_wrapper_and_single_object(tmp_path: Path) -> None:
    items = [{"id": "a-1", "text": "The bridge closed."}, {"id": 7, "text": "It reopened."}]
    listed = run(write(tmp_path, "list.json", json.dumps(items, indent=2)))
    assert [a.id for a in articles(listed)] == ["a-1", "7"]
    wrapped = run(write(tmp_path, "wrapped.json", json.dumps({"articles": items})))
    assert [a.text for a in articles(wrapped)] == ["The bridge closed.", "It reopened."]
    single = one_article(run(write(tmp_path, "one.json", json.dumps(items[0], indent=2))))
    assert single.id == "a-1"


def test_json_text_as_paragraph_list_and_html_fragment(tmp_path: Path) -> None:
    items = [
        {"text": ["First paragraph.", "Second paragraph."]},
        {"content": "<p>The bridge <b>closed</b>.</p><p>Traffic was diverted.</p>"},
    ]
    got = articles(run(write(tmp_path, "x.json", json.dumps(items))))
    assert got[0].text == "First paragraph.\n\nSecond paragraph."
    assert got[1].text == "The bridge closed.\n\nTraffic was diverted."


def test_json_record_with_only_html(tmp_path: Path) -> None:
    head = "<meta property='article:published_time' content='2023-03-14'>"
    record = {"url": "https://gazette.example/c", "html": page(head)}
    article = one_article(run(write(tmp_path, "pages.jsonl", json.dumps(record))))
    assert "cracks in two support beams" in article.text
    assert article.url == "https://gazette.example/c"
    assert article.title == "Harbor bridge closes for repairs"
    assert article.published == date(2023, 3, 14)
    assert article.published_from == "html"


def test_invalid_pretty_json_is_one_rejection(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.json", '[\n  {"text": "a"},\n  {"text": "b",}\n]\n')
    rejection = one_rejection(run(path))
    assert rejection.input == str(path)
    assert rejection.reason.startswith("invalid JSON on line 3:")


# --- CSV / TSV --------------------------------------------------------------------------


def test_csv_rows_with_aliases(tmp_path: Path) -> None:
    text = (
        "ID,Headline,Link,Site_Name,Date,Body\n"
        'r1,Bridge closes,https://gazette.example/a,Port Maren Gazette,2021-05-04,"The bridge '
        'closed.\n\nTraffic was diverted."\n'
        "r2,Ferry resumes,,Harbor News,05/06/2021,The ferry resumed.\n"
        "r3,Empty row,,,,\n"
    )
    path = write(tmp_path, "stories.csv", text)
    results = run(path)
    got = articles(results)
    assert [a.id for a in got] == ["r1", "r2"]
    assert got[0].text == "The bridge closed.\n\nTraffic was diverted."
    assert got[0].source == "Port Maren Gazette"
    assert got[0].published == date(2021, 5, 4)
    assert got[0].published_from == "metadata"
    assert got[1].published == date(2021, 5, 6)
    assert rejections(results) == [Rejection(f"{path}:6", "no usable text")]


def test_tsv(tmp_path: Path) -> None:
    text = "title\tpublished\ttext\nBridge closes\t2021-05-04\tThe bridge closed on Tuesday.\n"
    article = one_article(run(write(tmp_path, "stories.tsv", text)))
    assert article.title == "Bridge closes"
    assert article.text == "The bridge closed on Tuesday."
    assert article.published == date(2021, 5, 4)


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = write(tmp_path, "links.csv", "id,title,url\n1,Bridge,https://gazette.example/a\n")
    assert one_rejection(run(path)) == Rejection(
        str(path), "CSV has no text column (columns: id, title, url)"
    )


def test_csv_with_huge_cell(tmp_path: Path) -> None:
    big = "word " * 60_000
    article = one_article(run(write(tmp_path, "big.csv", f'text\n"{big}"\n')))
    assert len(article.text) > 200_000


# --- gzip, stdin, directories -----------------------------------------------------------


def test_gzip_txt_and_jsonl(tmp_path: Path) -> None:
    txt = write(tmp_path, "a.txt.gz", gzip.compress(f"Date: 2021-05-04\n\n{BODY}".encode()))
    lines = "\n".join(json.dumps({"text": t}) for t in ("One story.", "Two stories."))
    jsonl = write(tmp_path, "b.jsonl.gz", gzip.compress(lines.encode()))
    results = run(txt, jsonl)
    got = articles(results)
    assert len(got) == 3 and not rejections(results)
    assert got[0].published == date(2021, 5, 4) and got[0].text == BODY
    assert got[0].path == str(txt)
    assert [a.text for a in got[1:]] == ["One story.", "Two stories."]


def test_stdin_is_sniffed() -> None:
    jsonl = b'{"text": "From a pipe."}\n{"text": "Another one."}\n'
    assert [a.text for a in articles(run("-", stdin=jsonl))] == ["From a pipe.", "Another one."]
    html_article = one_article(run("-", stdin=page().encode()))
    assert html_article.path is None
    assert "cracks in two support beams" in html_article.text
    txt_article = one_article(run("-", stdin=f"Date: 2021-05-04\n\n{BODY}".encode()))
    assert txt_article.published == date(2021, 5, 4)
    gz_article = one_article(run("-", stdin=gzip.compress(b"Just some plain text.")))
    assert gz_article.text == "Just some plain text."
    assert one_rejection(run("-", stdin=b"")) == Rejection("<stdin>", "empty file")


def test_sniffing_unknown_extensions(tmp_path: Path) -> None:
    assert sniff_kind(page()) == "html"
    assert sniff_kind('[{"text": "x"}]') == "json"
    assert sniff_kind("title,body\nA,B\n") == "csv"
    assert sniff_kind("[Updated] The bridge closed on Tuesday.") == "txt"
    assert sniff_kind("The bridge, the ferry, and the road closed.") == "txt"
    results = run(
        write(tmp_path, "a.dat", "headline,body\nBridge,The bridge closed.\n"),
        write(tmp_path, "b", page()),
        write(tmp_path, "c.out", '{"text": "Sniffed JSON."}'),
    )
    got = articles(results)
    assert [a.title for a in got[:2]] == ["Bridge", "Harbor bridge closes for repairs"]
    assert got[2].text == "Sniffed JSON."


def test_directory_recursion_sorted_and_hidden_skipped(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root, "b.txt", "Second story text.")
    write(root, "a.txt", "First story text.")
    write(root, "sub/c.txt", "Third story text.")
    write(root, ".git/config.txt", "Hidden story text.")
    write(root, "sub/.notes.txt", "Hidden note text.")
    results = run(root)
    assert [a.text for a in articles(results)] == [
        "First story text.",
        "Second story text.",
        "Third story text.",
    ]
    assert [a.path for a in articles(results)] == [
        str(root / "a.txt"),
        str(root / "b.txt"),
        str(root / "sub" / "c.txt"),
    ]


def test_empty_directory_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert one_rejection(run(tmp_path / "empty")).reason == "directory has no files"


# --- ids --------------------------------------------------------------------------------


def test_ids_are_stable_and_distinct(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", "Same words in both files.")
    b = write(tmp_path, "b.txt", "Other words in this file.")
    copy = write(tmp_path, "copy/a.txt", "Same  words in both files.\n")
    feed = write(tmp_path, "f.jsonl", '{"text": "One."}\n{"text": "Two."}\n')
    first = [r.id for r in articles(run(a, b, feed))]
    second = [r.id for r in articles(run(a, b, feed))]
    assert first == second
    assert len(set(first)) == 4
    # the id follows the content, not the folder it is read from
    assert one_article(run(copy)).id == first[0]
    with_url = write(tmp_path, "u.txt", "URL: https://gazette.example/x\n\nBody text here.")
    moved = write(tmp_path, "moved/u.txt", with_url.read_text())
    assert one_article(run(with_url)).id == one_article(run(moved)).id  # URL decides
    stdin_ids = {one_article(run("-", stdin=t)).id for t in (b"Alpha text.", b"Beta text.")}
    assert len(stdin_ids) == 2
    assert one_article(run("-", stdin=b"Alpha text.")).id in stdin_ids


# --- bad inputs -------------------------------------------------------------------------


def test_every_bad_input_is_a_rejection_and_the_batch_goes_on(tmp_path: Path) -> None:
    good1 = write(tmp_path, "good1.txt", "The bridge closed on Tuesday.")
    nul = write(tmp_path, "nul.txt", b"abc\x00\x01\x02def")
    png = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n" + b"rest of image")
    pdf = write(tmp_path, "doc.html", b"%PDF-1.7\n%stuff\n")
    empty = write(tmp_path, "empty.txt", b"")
    blank = write(tmp_path, "blank.jsonl", "  \n\t\n")
    undecodable = write(tmp_path, "weird.txt", bytes(range(128, 256)) * 3)
    corrupt = write(tmp_path, "broken.txt.gz", gzip.compress(b"hello world")[:-6] + b"xx")
    notgz = write(tmp_path, "plain.jsonl.gz", b'{"text": "not compressed"}')
    empty_gz = write(tmp_path, "empty.txt.gz", gzip.compress(b""))
    missing = tmp_path / "missing.txt"
    broken_link = tmp_path / "link.txt"
    broken_link.symlink_to(tmp_path / "nowhere.txt")
    good2 = write(tmp_path, "good2.jsonl", '{"text": "The ferry resumed."}')
    inputs = [good1, nul, png, pdf, empty, blank, undecodable, corrupt, notgz, empty_gz]
    results = run(*inputs, missing, broken_link, good2)
    assert [a.text for a in articles(results)] == [
        "The bridge closed on Tuesday.",
        "The ferry resumed.",
    ]
    assert rejections(results) == [
        Rejection(str(nul), "binary file"),
        Rejection(str(png), "binary file"),
        Rejection(str(pdf), "binary file"),
        Rejection(str(empty), "empty file"),
        Rejection(str(blank), "empty file"),
        Rejection(str(undecodable), "cannot decode as text"),
        Rejection(str(corrupt), "corrupt gzip file"),
        Rejection(str(notgz), "corrupt gzip file"),
        Rejection(str(empty_gz), "empty file"),
        Rejection(str(missing), "cannot read: No such file or directory"),
        Rejection(str(broken_link), "cannot read: No such file or directory"),
    ]


def test_binary_in_a_directory_does_not_stop_it(tmp_path: Path) -> None:
    write(tmp_path, "a.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path, "b.txt", "The bridge closed.")
    results = run(tmp_path)
    assert [type(r).__name__ for r in results] == ["Rejection", "Article"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read unreadable files")
def test_permission_denied(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", "Hidden words.")
    path.chmod(0)
    assert one_rejection(run(path)) == Rejection(str(path), "cannot read: Permission denied")


def test_os_error_while_reading_is_one_line(tmp_path: Path, monkeypatch) -> None:
    import newsline.ingest.paths as paths_module

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied\nsecond line")

    path = write(tmp_path, "secret.txt", "Hidden words.")
    monkeypatch.setattr(paths_module, "open", refuse, raising=False)
    assert one_rejection(run(path)) == Rejection(
        str(path), "cannot read: Permission denied second line"
    )


def test_latin1_and_cp1252_text_still_read(tmp_path: Path) -> None:
    text = "Le maire de Port Maren a annoncé que le café était déjà fermé à midi.\n"
    latin = one_article(run(write(tmp_path, "fr.txt", text.encode("latin-1"))))
    assert latin.text == text.strip()
    smart = "The mayor said “we’re ready” — at 9 a.m. on Tuesday."
    cp = one_article(run(write(tmp_path, "q.txt", smart.encode("cp1252"))))
    assert cp.text == smart


def test_utf8_bom_and_utf16(tmp_path: Path) -> None:
    bom = one_article(run(write(tmp_path, "bom.txt", "\ufeffDate: 2021-05-04\n\nBody.".encode())))
    assert bom.published == date(2021, 5, 4)
    utf16 = one_article(run(write(tmp_path, "u16.txt", "Unicode text body.".encode("utf-16"))))
    assert utf16.text == "Unicode text body."


def test_read_bytes_never_raises_on_garbage() -> None:
    for data in (b"{", b"[", b"<", b"<html>", b"\xff\xfe", b"{}", b"[]", b"null", b'"x"'):
        for name in ("x.json", "x.html", "x.csv", "x.txt", ""):
            for result in read_bytes(data, "in", name=name):
                assert isinstance(result, Article | Rejection)


# --- date parsing -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-05-04", date(2021, 5, 4)),
        ("2021-05-04T23:30:00-05:00", date(2021, 5, 4)),
        ("2025-09-18T09:30:00Z", date(2025, 9, 18)),
        ("Thu, 18 Sep 2025 09:30:00 +0000", date(2025, 9, 18)),
        ("20250918T093000Z", date(2025, 9, 18)),
        ("20210504", date(2021, 5, 4)),
        (1758187800, date(2025, 9, 18)),
        (1758187800000, date(2025, 9, 18)),
        ("1758187800", date(2025, 9, 18)),
        (date(2020, 1, 2), date(2020, 1, 2)),
        ("May 2021", None),
        ("2021", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        (True, None),
        ({"a": 1}, None),
        ("0001-01-01", None),
    ],
)
def test_parse_metadata_date(value: object, expected: date | None) -> None:
    assert parse_metadata_date(value) == expected


def test_parse_header_date_requires_year_and_month() -> None:
    assert parse_header_date("May 4, 2021") == (True, date(2021, 5, 4))
    assert parse_header_date("May 2021") == (True, None)
    assert parse_header_date("March 3") == (False, None)
    assert parse_header_date("night is back in Port Maren") == (False, None)
    assert parse_header_date("12 people died in 2021") == (False, None)
