"""The only filesystem code of ingest: expand PATH arguments and read their bytes."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from ..records import Article, Rejection
from .dispatch import STDIN_LABEL, read_bytes


def _os_reason(exc: OSError) -> str:
    """One-line reason from an OS error ('cannot read: Permission denied')."""
    message = exc.strerror or str(exc) or type(exc).__name__
    return "cannot read: " + " ".join(message.split())


def _is_hidden(name: str) -> bool:
    """Dotfiles and dot-directories (.git, .DS_Store) are skipped when walking."""
    return name.startswith(".")


def walk_files(root: str) -> Iterator[str]:
    """All non-hidden files under `root`, recursively, in sorted path order."""
    for dirpath, dirnames, filenames in os.walk(root, onerror=None, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not _is_hidden(d))
        for name in sorted(filenames):
            if not _is_hidden(name):
                yield os.path.join(dirpath, name)


def _read_file(path: str, walked: bool) -> Iterator[Article | Rejection]:
    """Read one file's bytes and hand them to the readers; OS errors become Rejections."""
    try:
        info = os.stat(path)
        if walked and not stat.S_ISREG(info.st_mode):
            yield Rejection(path, "not a regular file")
            return
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        yield Rejection(path, _os_reason(exc))
        return
    yield from read_bytes(data, path)


def _read_dir(root: str) -> Iterator[Article | Rejection]:
    """Read every non-hidden file below a directory; an empty one is a Rejection."""
    found = False
    for file_path in walk_files(root):
        found = True
        yield from _read_file(file_path, walked=True)
    if not found:
        yield Rejection(root, "directory has no files")


def read_paths(
    paths: Sequence[str | Path], stdin: BinaryIO | None = None
) -> Iterator[Article | Rejection]:
    """Yield an Article per article and a Rejection per unusable input, in PATH order.

    A PATH is a file, a directory (recursive, sorted, hidden entries skipped) or "-"
    for stdin (format sniffed). Bad inputs never raise; they become Rejections.
    """
    for item in paths:
        raw = os.fspath(item)
        if raw == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            try:
                data = stream.read()
            except OSError as exc:
                yield Rejection(STDIN_LABEL, _os_reason(exc))
                continue
            if isinstance(data, str):
                data = data.encode("utf-8")
            yield from read_bytes(data, None)
        elif os.path.isdir(raw):
            yield from _read_dir(raw)
        else:
            yield from _read_file(raw, walked=False)
