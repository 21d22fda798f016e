"""Select one story's articles from a processed directory with DuckDB, as Article records.

Only the matching rows are read into memory: DuckDB filters the Parquet files by query
terms, publication dates and sources, then fetches the sentences and time expressions of
the selected articles. The result is what `process_all` would have produced for those
articles: the same records in input order, repeats of an id dropped, and year-less
datelines settled against the story's own dates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from newsline.pipeline import is_relevant, repeat_rejection, settle_dateline_years
from newsline.records import Article, Rejection
from newsline.text.query import query_terms

from . import schema
from .engines import ScaleError
from .partition import table_path
from .plan import partition_name
from .run import read_manifest

# Articles published this long after `end` still recap the story's days: keep them.
RECAP_WINDOW = timedelta(days=30)
MAX_REJECTED = 1000
# SQL (RE2) counterpart of text.query.term_pattern: RE2 has no look-behind and an ASCII
# \s, so "(?<!\w)" becomes a non-word character or the start, and \s a Unicode class.
_RE2_NOT_WORD = r"(^|[^\pL\pN_])"
_RE2_SPACE = r"[\s\x{0b}\x{1c}-\x{1f}\x{85}\pZ]+"
_DOC = "coalesce(a.title, '') || chr(10) || a.text"


def terms_regex(terms: Sequence[str]) -> str:
    """One RE2 pattern matching any term at a word start, case-insensitively."""
    alternatives = [_RE2_SPACE.join(re.escape(w) for w in t.split()) for t in terms]
    return "(?is)" + _RE2_NOT_WORD + "(" + "|".join(alternatives) + ")"


def _done_parts(processed_dir: Path) -> list[str]:
    """Names of the partitions written completely, after checking the schema still fits."""
    manifest = read_manifest(processed_dir)
    if manifest.get("schema_fingerprint") != schema.fingerprint():
        raise ScaleError(
            f"{processed_dir} was processed with another record schema"
            f" ({manifest.get('newsline_version')}): run `newsline process` again"
        )
    return [p["partition"] for p in manifest.get("partitions", []) if p.get("status") == "done"]


def _files(processed_dir: Path, table: str, parts: Sequence[str]) -> list[str]:
    return [str(table_path(processed_dir, table, p)) for p in parts]


def _connect(processed_dir: Path, parts: Sequence[str]) -> Any:
    """A DuckDB connection with an `a` view over the done partitions' articles."""
    import duckdb

    con = duckdb.connect()
    files = _files(processed_dir, schema.ARTICLES, parts)
    con.execute(f"CREATE VIEW a AS SELECT * FROM read_parquet({_sql_list(files)})")
    con.execute(
        "CREATE VIEW firsts AS SELECT part, pos, id,"
        " row_number() OVER (PARTITION BY id ORDER BY part, pos) AS n FROM a"
    )
    return con


def _arrow(relation: Any) -> Any:
    """A DuckDB relation as a pyarrow Table (`to_arrow_table` from DuckDB 1.4, `arrow` before)."""
    to_table = getattr(relation, "to_arrow_table", None) or relation.arrow
    return to_table()


def _sql_list(values: Sequence[str]) -> str:
    """A SQL list literal of file names (quotes doubled)."""
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def load_story(
    processed_dir: str | Path,
    query: str | None = None,
    start: date | None = None,
    end: date | None = None,
    sources: Sequence[str] | None = None,
) -> list[Article]:
    """The story's articles, with sentences and time expressions, in input order.

    `query` matches like `newsline build --query` (each term at a word start in title +
    text). `start` drops articles published before it (they cannot report its days);
    `end` drops those published more than RECAP_WINDOW after it. Undated articles stay.
    `sources` keeps only those outlets (case-insensitive).
    """
    root = Path(processed_dir)
    parts = _done_parts(root)
    if not parts:
        return []
    terms = query_terms(query)
    where = ["f.n = 1"]
    params: list[Any] = []
    if terms:
        where.append(f"regexp_matches({_DOC}, ?)")
        params.append(terms_regex(terms))
    if start is not None:
        where.append("(a.published IS NULL OR a.published >= ?)")
        params.append(start)
    if end is not None:
        where.append("(a.published IS NULL OR a.published <= ?)")
        params.append(end + RECAP_WINDOW)
    if sources:
        where.append("lower(a.source) IN (SELECT unnest(?))")
        params.append([s.lower() for s in sources])
    con = _connect(root, parts)
    try:
        selected = _arrow(
            con.sql(
                "SELECT a.* FROM a JOIN firsts f ON a.part = f.part AND a.pos = f.pos"
                f" WHERE {' AND '.join(where)} ORDER BY a.part, a.pos",
                params=params,
            )
        )
        keys = selected.select(["part", "pos"])
        con.register("selected_keys", keys)
        chosen_parts = sorted({partition_name(p) for p in keys["part"].to_pylist()})
        children: dict[tuple[int, int], dict[str, list[dict[str, Any]]]] = {}
        for child in schema.child_tables():
            if not chosen_parts:
                break
            files = _files(root, child.field, chosen_parts)
            rows = _arrow(
                con.sql(
                    f"SELECT c.* FROM read_parquet({_sql_list(files)}) c"
                    " SEMI JOIN selected_keys k ON c.part = k.part AND c.pos = k.pos"
                )
            )
            for row in rows.to_pylist():
                key = (row["part"], row["pos"])
                children.setdefault(key, {}).setdefault(child.field, []).append(row)
    finally:
        con.close()
    articles = []
    for row in selected.to_pylist():
        article = schema.article_from(row, children.get((row["part"], row["pos"]), {}))
        if is_relevant(article, terms):  # the exact Python semantics decide
            articles.append(article)
    return settle_dateline_years(articles)


def load_rejections(processed_dir: str | Path, limit: int | None = None) -> list[Rejection]:
    """Every rejected input, in input order, as `process_all` reports them (repeats included).

    `limit` caps the list (a day of a news crawl rejects hundreds of thousands of pages);
    the full list stays queryable in the `rejections/` table.
    """
    root = Path(processed_dir)
    parts = _done_parts(root)
    if not parts:
        return []
    con = _connect(root, parts)
    files = _files(root, schema.REJECTIONS, parts)
    sql = (
        f"SELECT part, pos, input, reason, NULL, NULL, NULL, NULL, NULL, NULL"
        f" FROM read_parquet({_sql_list(files)})"
        " UNION ALL"
        " SELECT r.part, r.pos, NULL, NULL, r.id, r.path, r.url, o.id, o.path, o.url"
        " FROM firsts f JOIN a r ON r.part = f.part AND r.pos = f.pos"
        " JOIN firsts g ON g.id = f.id AND g.n = 1"
        " JOIN a o ON o.part = g.part AND o.pos = g.pos"
        " WHERE f.n > 1"
        " ORDER BY part, pos"
    )
    if limit is not None:
        sql += f" LIMIT {int(max(limit, 0))}"
    try:
        rows = con.execute(sql).fetchall()
    finally:
        con.close()
    return [Rejection(r[2], r[3]) if r[2] is not None else _repeat(*r[4:]) for r in rows]


def _repeat(rid: str, rpath: str | None, rurl: str | None, *first: str | None) -> Rejection:
    """The Rejection `process_all` gives a second article with an id already read."""
    repeat = Article(id=rid, text="", path=rpath, url=rurl)
    seen = Article(id=first[0] or rid, text="", path=first[1], url=first[2])
    return repeat_rejection(repeat, seen.label)


def dataset_warning(processed_dir: str | Path) -> str | None:
    """A one-line warning when the dataset is not complete (killed run, failed partitions)."""
    manifest = read_manifest(processed_dir)
    totals = manifest.get("totals", {})
    if manifest.get("status") == "complete":
        return None
    return (
        f"{processed_dir} is incomplete ({manifest.get('status')}: {totals.get('done', 0)} of"
        f" {totals.get('partitions', '?')} partitions done, {totals.get('failed', 0)} failed);"
        " run `newsline process` again to finish it"
    )


def articles_from(
    processed_dir: str | Path,
    query: str | None = None,
    start: date | None = None,
    end: date | None = None,
    sources: Sequence[str] | None = None,
    max_rejected: int | None = MAX_REJECTED,
) -> tuple[list[Article], list[Rejection]]:
    """For `newsline build --from`: the story's articles and the dataset's rejected inputs."""
    return (
        load_story(processed_dir, query, start, end, sources),
        load_rejections(processed_dir, max_rejected),
    )
