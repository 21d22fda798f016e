"""Look at raw bytes: gzip, binary or text, how to decode it and which format it is."""

from __future__ import annotations

import codecs
import gzip
import json
import re
import zlib

from charset_normalizer import from_bytes

GZIP_MAGIC = b"\x1f\x8b"
SNIFF_BYTES = 8192

# Magic numbers of common non-text files (gzip is handled separately).
_BINARY_MAGIC = (
    b"\x89PNG", b"%PDF-", b"PK\x03\x04", b"PK\x05\x06", b"GIF87a", b"GIF89a", b"\xff\xd8\xff",
    b"RIFF", b"OggS", b"\x7fELF", b"7z\xbc\xaf\x27\x1c", b"Rar!", b"BZh", b"\xfd7zXZ\x00",
    b"ID3", b"\x00\x00\x01\x00", b"II*\x00", b"MM\x00*", b"SQLite format 3", b"\xd0\xcf\x11\xe0",
    b"(\xb5/\xfd", b"wOFF", b"wOF2", b"\x00asm",
)  # fmt: skip
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)  # fmt: skip

EXTENSION_KINDS = {
    ".txt": "txt", ".text": "txt", ".md": "txt", ".markdown": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".json": "json", ".jsonl": "json", ".ndjson": "json",
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
}  # fmt: skip
# Western single-byte codecs that charset-normalizer often confuses with each other.
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
# Non-letter characters that legitimately touch letters in Western-European prose.
_TYPOGRAPHY = "’‘“”„«»‹›–—…·•´°€©®™\u00a0"

_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|main|section|h[1-6])\b",
    re.IGNORECASE,
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class CorruptGzip(ValueError):
    """Raised when bytes claim to be gzip but cannot be decompressed."""


def is_gzip(data: bytes) -> bool:
    """True for bytes that start with the gzip magic number."""
    return data.startswith(GZIP_MAGIC)


def gunzip(data: bytes) -> bytes:
    """Decompress gzip bytes (all members), raising CorruptGzip on any damage."""
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error, ValueError) as exc:
        raise CorruptGzip(str(exc)) from exc


def _bom_codec(data: bytes) -> str | None:
    """The codec named by a leading byte-order mark, if any."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def is_binary(data: bytes) -> bool:
    """True for non-text bytes: a known magic number or NULs near the start (not UTF-16/32)."""
    if data.startswith(_BINARY_MAGIC):
        return True
    if _bom_codec(data) in ("utf-16", "utf-32"):
        return False
    return b"\x00" in data[:SNIFF_BYTES]


def _try(data: bytes, codec: str) -> str | None:
    """Decode strictly with `codec`, or None."""
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _western(data: bytes) -> str | None:
    """cp1252 text when it looks like Western-European prose (few accented letters per word).

    charset-normalizer often misreads short Latin-1/cp1252 text as a Central European
    code page; text in other scripts decoded as cp1252 is mostly high-byte letters.
    """
    text = _try(data, "cp1252")
    if text is None:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    high = sum(1 for ch in letters if ord(ch) > 127)
    if not letters or high > 0.25 * len(letters):
        return None
    if any(ord(ch) < 32 and ch not in "\t\n\r\f" for ch in text):
        return None
    for i in range(1, len(text) - 1):  # symbols inside words: "mo¿e", "£odzi" are cp1250
        ch = text[i]
        if ord(ch) > 127 and not ch.isalpha() and ch not in _TYPOGRAPHY:
            inside = text[i - 1].isalpha() and text[i + 1].isalpha()
            if inside or (ch in "£¥¤" and text[i + 1].isalpha()):
                return None
    return text


def _guess(data: bytes) -> str | None:
    """charset-normalizer's best guess, preferring cp1252 when it fits as well."""
    results = from_bytes(data)
    best = results.best()
    if best is None:
        return None
    if best.encoding not in _WESTERN:
        for alt in results:
            if (
                alt.encoding in _WESTERN
                and alt.chaos <= best.chaos
                and alt.coherence >= best.coherence
            ):
                return str(alt)
    return str(best)


def html_charset(data: bytes) -> str | None:
    """The charset declared in an HTML <meta> tag near the top, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


def decode(data: bytes, html: bool = False) -> str | None:
    """Bytes to text: BOM, UTF-8, declared HTML charset, then a charset-normalizer guess."""
    bom = _bom_codec(data)
    if bom:
        return _try(data, bom)
    text = _try(data, "utf-8")
    if text is not None:
        return text
    if html:
        declared = html_charset(data)
        if declared and declared.lower().replace("-", "").replace("_", "") != "utf8":
            text = _try(data, declared)
            if text is not None:
                return text
    return _western(data) or _guess(data)


def kind_from_name(name: str) -> str | None:
    """Format from a file name's extension (after dropping .gz), or None if unknown."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    dot = lower.rfind(".")
    slash = max(lower.rfind("/"), lower.rfind("\\"))
    if dot <= slash:
        return None
    return EXTENSION_KINDS.get(lower[dot:])


def _looks_json(text: str) -> bool:
    """True when text parses as JSON, or its first line does (JSON Lines)."""
    if text.startswith("{"):
        return True
    try:
        json.loads(text)
        return True
    except ValueError:
        pass
    first = text.split("\n", 1)[0].strip()
    try:
        return isinstance(json.loads(first), dict | list)
    except ValueError:
        return False


def _looks_table(first_line: str) -> str | None:
    """'csv' or 'tsv' when the first line is a header row with a text-like column."""
    from .fields import has_text_field  # local import: fields imports nothing from here

    for delimiter, kind in (("\t", "tsv"), (",", "csv"), (";", "csv")):
        cells = [c.strip().strip('"').strip() for c in first_line.split(delimiter)]
        if len(cells) < 2 or any(not c or len(c) > 40 for c in cells):
            continue
        if has_text_field(cells):
            return kind
    return None


def sniff_kind(text: str) -> str:
    """Guess the format of decoded text with no helpful extension: html, json, csv, tsv, txt."""
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("<") and _HTML_TAG.search(head[:SNIFF_BYTES]):
        return "html"
    if head[:1] in "{[" and head and _looks_json(head):
        return "json"
    table = _looks_table(head.split("\n", 1)[0].rstrip("\r"))
    return table or "txt"
