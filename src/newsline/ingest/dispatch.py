"""Turn one input's bytes into Articles: gunzip, reject binary/empty/undecodable, pick a reader."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from ..records import Article, Rejection
from .html import read_html
from .jsonfile import read_json
from .sniff import CorruptGzip, decode, gunzip, is_binary, is_gzip, kind_from_name, sniff_kind
from .tabular import read_table
from .txt import read_txt
from .warc import is_warc, read_warc

STDIN_LABEL = "<stdin>"

Reader = Callable[[str, str | None, str], Iterator[Article | Rejection]]
READERS: dict[str, Reader] = {
    "txt": read_txt,
    "html": read_html,
    "json": read_json,
    "csv": partial(read_table, kind="csv"),
    "tsv": partial(read_table, kind="tsv"),
}


def read_bytes(
    data: bytes, path: str | None, name: str | None = None
) -> Iterator[Article | Rejection]:
    """Yield Articles/Rejections for one input's bytes; `path` is None for stdin.

    `name` (default: `path`) decides the format by extension; content sniffing covers
    unknown extensions and stdin. Never raises for bad input.
    """
    label = path or STDIN_LABEL
    name = name if name is not None else (path or "")
    try:
        yield from _read(data, path, name, label)
    except Exception as exc:  # a reader bug must not abort the batch
        yield Rejection(label, f"internal error while reading: {type(exc).__name__}: {exc}")


def _read(data: bytes, path: str | None, name: str, label: str) -> Iterator[Article | Rejection]:
    """The steps of `read_bytes`, without the safety net."""
    if is_warc(name, data):  # before gunzip: a .warc.gz is a series of gzip members
        yield from read_warc(data, path, label)
        return
    if name.lower().endswith(".gz") or is_gzip(data):
        try:
            data = gunzip(data)
        except CorruptGzip:
            yield Rejection(label, "corrupt gzip file")
            return
        name = name[:-3] if name.lower().endswith(".gz") else ""
    if not data.strip():
        yield Rejection(label, "empty file")
        return
    if is_binary(data):
        yield Rejection(label, "binary file")
        return
    kind = kind_from_name(name)
    text = decode(data, html=kind == "html" or data.lstrip()[:1] == b"<")
    if text is None:
        yield Rejection(label, "cannot decode as text")
        return
    if not text.strip("\ufeff \t\r\n\f\v\x00"):
        yield Rejection(label, "empty file")
        return
    kind = kind or sniff_kind(text)
    yield from READERS[kind](text, path, label)
