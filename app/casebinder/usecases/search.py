"""Full-text search over a vault: documents (their text too), calls, letters, notes and cases.

What people type becomes a safe FTS5 query: words are ANDed, "quoted words" are phrases, a trailing ``*``
asks for a prefix, and ``OR`` between words means either. Everything else is quoted, so punctuation in a
reference number (``CS-77810432``) never becomes query syntax. Diacritics are folded by the index's tokenizer
(``remove_diacritics 2``), for the query and the text alike.
"""

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from casebinder.errors import InvalidInput
from casebinder.usecases.registry import query as query_op
from casebinder.vault import Vault

_TOKEN = re.compile(r'"([^"]*)"(\*?)|(\S+)')
_HIGHLIGHT = ("\u27e8", "\u27e9")  # ⟨match⟩: never in ordinary text, easy to style or strip


@dataclass(frozen=True)
class Hit:
    kind: str  # case, document, call, correspondence, note
    id: int
    case_id: int
    case_title: str
    title: str
    snippet: str
    score: float
    when: str = ""  # the record's date (a document's own, a call's time), "" when it has none
    page: int | None = None  # a document's page, from 1, where the words first appear


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def to_fts_query(query: str) -> str:
    parts: list[str] = []
    for match in _TOKEN.finditer(query):
        phrase, phrase_star, word = match.groups()
        if phrase is not None:
            if phrase.strip():
                parts.append(_quote(phrase) + phrase_star)
            continue
        if word == "OR" and parts and parts[-1] != "OR":
            parts.append("OR")
            continue
        prefix = word.endswith("*")
        core = word.rstrip("*")
        if not re.search(r"\w", core):
            continue
        parts.append(_quote(core) + ("*" if prefix else ""))
    while parts and parts[-1] == "OR":
        parts.pop()
    return " ".join(parts)


# Rank first, then dress only what is shown: SQLite computes every selected column of every match before it
# sorts, so a snippet and a join in the ranking query cost a snippet and a join per match (18,849 of them
# for a common word over 20,000 records: 481 ms, against 51 ms for the ranking alone).
_RANKED = text(
    """
    SELECT rowid, bm25(search_index, 4.0, 1.0) AS score
    FROM search_index
    WHERE search_index MATCH :query
    ORDER BY score
    LIMIT :limit
    """
)
# One case's: by the rowid each record owns (id * 8 + kind code, see vault.search_index), checked against
# the case's own ids, never by the index's case_id column: reading that column for each of 10,000 matches
# took 130-170 ms, the rowids 4-10 ms.
_RANKED_IN_CASE = text(
    """
    WITH matched AS (
        SELECT rowid AS r, bm25(search_index, 4.0, 1.0) AS score FROM search_index
        WHERE search_index MATCH :query
    )
    SELECT r AS rowid, score FROM matched
    WHERE (r % 8 = 1 AND r / 8 = :case_id)
       OR (r % 8 = 2 AND r / 8 IN (SELECT id FROM document WHERE case_id = :case_id))
       OR (r % 8 = 3 AND r / 8 IN (SELECT id FROM call WHERE case_id = :case_id))
       OR (r % 8 = 4 AND r / 8 IN (SELECT id FROM correspondence WHERE case_id = :case_id))
       OR (r % 8 = 5 AND r / 8 IN (SELECT id FROM event WHERE case_id = :case_id))
    ORDER BY score
    LIMIT :limit
    """
)
_SHOWN = """
    SELECT s.rowid, s.kind, s.ref_id, s.case_id, c.title AS case_title, s.title,
           snippet(search_index, -1, :open, :close, '…', 14) AS snippet
    FROM search_index AS s JOIN insurance_case AS c ON c.id = s.case_id
    WHERE search_index MATCH :query AND s.rowid IN ({rowids})
"""


@query_op("search.run")
def search(vault: Vault, query: str, *, case_id: int | None = None, limit: int = 50) -> list[Hit]:
    """Hits ranked by relevance (BM25, titles weighing 4x), each with a snippet and its record."""
    fts = to_fts_query(query)
    if not fts:
        raise InvalidInput("type at least one word to search for")
    params = {"query": fts, "case_id": case_id, "limit": limit, "open": _HIGHLIGHT[0], "close": _HIGHLIGHT[1]}
    with vault.connection() as conn:
        ranking = _RANKED if case_id is None else _RANKED_IN_CASE
        ranked = {int(rowid): float(score) for rowid, score in conn.execute(ranking, params)}
        if not ranked:
            return []
        shown_sql = text(_SHOWN.format(rowids=", ".join(map(str, ranked))))  # integers from the index
        rows = sorted(conn.execute(shown_sql, params), key=lambda r: ranked[r.rowid])
        words = [w.strip('"*').lower() for w in query.split() if w.upper() != "OR"]
        return [
            Hit(
                kind=r.kind,
                id=r.ref_id,
                case_id=r.case_id,
                case_title=r.case_title,
                title=r.title or "",
                snippet=" ".join((r.snippet or "").split()),
                score=-ranked[r.rowid],
                **_where(conn, r.kind, r.ref_id, [w for w in words if w]),
            )
            for r in rows
        ]


_DATES = {
    "document": "SELECT d.date, t.text FROM document AS d LEFT JOIN blob_text AS t ON t.blob_id = d.blob_id "
    "WHERE d.id = :id",
    "call": "SELECT at, NULL FROM call WHERE id = :id",
    "correspondence": "SELECT date, NULL FROM correspondence WHERE id = :id",
    "note": "SELECT at, NULL FROM event WHERE id = :id",
}


def _where(conn: Any, kind: str, record_id: int, words: list[str]) -> dict[str, Any]:
    """The hit's date, and for a document the page (from 1) where the words first appear: only for the
    hits shown (50 at most), one small query each."""
    sql = _DATES.get(kind)
    if sql is None:
        return {}
    row = conn.execute(text(sql), {"id": record_id}).first()
    if row is None:
        return {}
    when = str(row[0])[:16] if row[0] else ""
    page = None
    if kind == "document" and row[1] and words:
        pages = [page_text.lower() for page_text in str(row[1]).split("\f")]
        for test in (all, any):  # the first page with every word, else the first with one of them
            page = next(
                (n for n, lowered in enumerate(pages, start=1) if test(w in lowered for w in words)), None
            )
            if page is not None:
                break
    return {"when": when, "page": page}


def plain_snippet(snippet: str, open_mark: str = "[", close_mark: str = "]") -> str:
    return snippet.replace(_HIGHLIGHT[0], open_mark).replace(_HIGHLIGHT[1], close_mark)
