"""newsline.scale: the per-article stages over partitions (local processes or Dask) into
a Parquet dataset, and a story's articles selected back out of it with DuckDB."""

from __future__ import annotations

from .engines import ScaleError
from .plan import DEFAULT_PARTITION_BYTES, PlanError
from .query import articles_from, dataset_warning, load_rejections, load_story
from .run import RunResult, process, read_manifest

__all__ = [
    "DEFAULT_PARTITION_BYTES",
    "PlanError",
    "RunResult",
    "ScaleError",
    "articles_from",
    "dataset_warning",
    "load_rejections",
    "load_story",
    "process",
    "read_manifest",
]
