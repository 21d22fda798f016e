"""Plan partitions: the input files in `read_paths` order, cut into runs of about N bytes.

The plan is a pure function of the inputs (paths, sizes, modification times) and the
partition size, so a re-run finds the same partitions and can skip the ones done.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from newsline.ingest.paths import walk_files
from newsline.records import Rejection

DEFAULT_PARTITION_BYTES = 8 * 1024 * 1024  # ~2,000 web articles: a few seconds to a minute


class PlanError(ValueError):
    """The inputs cannot be planned (missing path, stdin)."""


def partition_name(number: int) -> str:
    """File stem of a partition in every table: part-00042."""
    return f"part-{number:05d}"


@dataclass(frozen=True)
class InputFile:
    """One input file and what identifies its content for the plan."""

    path: str
    size: int
    mtime_ns: int


Entry = InputFile | Rejection  # a file to read, or an input already rejected while planning


@dataclass(frozen=True)
class Partition:
    """A run of inputs processed together and written as one part of every table.

    Inputs rejected while planning (an empty directory) travel in their input-order place,
    so the partition reports them exactly where `read_paths` would.
    """

    number: int
    entries: tuple[Entry, ...]

    @property
    def files(self) -> tuple[InputFile, ...]:
        return tuple(e for e in self.entries if isinstance(e, InputFile))

    @property
    def name(self) -> str:
        return partition_name(self.number)

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    def fingerprint(self, salt: str) -> str:
        """Hash of the files (path, size, mtime) and `salt` (schema, run date, version)."""
        items = [
            [e.path, e.size, e.mtime_ns] if isinstance(e, InputFile) else [e.input, e.reason]
            for e in self.entries
        ]
        blob = json.dumps([salt, items])
        return hashlib.sha1(blob.encode()).hexdigest()[:16]


def _input_file(path: str) -> InputFile | Rejection:
    try:
        info = os.stat(path)
    except OSError as exc:
        return Rejection(path, "cannot read: " + " ".join((exc.strerror or str(exc)).split()))
    if not stat.S_ISREG(info.st_mode):
        return Rejection(path, "not a regular file")
    return InputFile(path, info.st_size, info.st_mtime_ns)


def expand(paths: Sequence[str | Path]) -> list[Entry]:
    """Every input file in `read_paths` order (directories walked: sorted, hidden skipped),
    with unusable inputs (an empty directory, a fifo) as Rejections in their place."""
    entries: list[Entry] = []
    for item in paths:
        raw = os.fspath(item)
        if raw == "-":
            raise PlanError("stdin cannot be processed in partitions: save it to a file")
        if os.path.isdir(raw):
            found = False
            for path in walk_files(raw):
                found = True
                entries.append(_input_file(path))
            if not found:
                entries.append(Rejection(raw, "directory has no files"))
        elif os.path.exists(raw):
            entries.append(_input_file(raw))
        else:
            raise PlanError(f"no such file or directory: {raw}")
    return entries


def plan(
    paths: Sequence[str | Path], partition_bytes: int = DEFAULT_PARTITION_BYTES
) -> list[Partition]:
    """Cut the inputs into partitions of about `partition_bytes` (a bigger file is alone)."""
    if partition_bytes < 1:
        raise PlanError("partition size must be positive")
    partitions: list[Partition] = []
    run: list[Entry] = []
    size = 0
    for entry in expand(paths):
        grows = entry.size if isinstance(entry, InputFile) else 0
        if run and grows and size + grows > partition_bytes:
            partitions.append(Partition(len(partitions), tuple(run)))
            run, size = [], 0
        run.append(entry)
        size += grows
    if run:
        partitions.append(Partition(len(partitions), tuple(run)))
    return partitions
