"""newsline.bench: evaluation harnesses that score newsline against public benchmarks.

`tls` runs the timeline-summarization benchmark (Timeline17 layout, news-tls protocol,
tilse's alignment-based ROUGE); `t17` reads that data layout. Benchmark-only
dependencies (tilse and its bundled ROUGE-1.5.5) are imported lazily, only to score:
`newsline build` never needs them (install them with the `bench` extra).
"""

from __future__ import annotations

from .tls import format_report, run_tls

__all__ = ["format_report", "run_tls"]
