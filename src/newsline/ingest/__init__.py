"""newsline.ingest: read files, directories and stdin into `Article` records.

Formats: plain text (with optional header lines), saved HTML pages, JSON / JSON Lines,
CSV / TSV, and gzip of any of them. Anything unusable becomes a `Rejection` with a
one-line reason; a bad file or line never stops the batch.
"""

from __future__ import annotations

from .dispatch import read_bytes
from .paths import read_paths

__all__ = ["read_bytes", "read_paths"]
