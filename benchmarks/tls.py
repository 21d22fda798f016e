"""Score newsline on Timeline17 as news-tls does (see `newsline.bench.tls` for the protocol).

Usage: python benchmarks/tls.py [DATA_DIR] [--topics T...] [--save-timelines FILE] [--json]
       [--no-score]
DATA_DIR defaults to ../shared/data/t17 beside the repository. Scoring needs the `bench`
extra (tilse) and Perl's XML::Parser (Debian: libxml-parser-perl).
"""

from __future__ import annotations

from pathlib import Path

from newsline.bench.tls import main

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "t17"

if __name__ == "__main__":
    raise SystemExit(main(default_data=DEFAULT_DATA))
