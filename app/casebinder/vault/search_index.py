"""The full-text index inside the vault (FTS5, so it is encrypted like everything else).

Triggers keep it in step with every table it covers, whoever writes (CLI, GUI, a migration), so no service
can forget to index. Each indexed record owns one row whose rowid is ``id * 8 + kind code``, so updates and
deletes find their row without scanning.

Enum columns hold the enum *names* (``NOTE``), as SQLAlchemy stores them.
"""

KIND_CODES = {"case": 1, "document": 2, "call": 3, "correspondence": 4, "note": 5}

CREATE_TABLE = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "title, body, kind UNINDEXED, ref_id UNINDEXED, case_id UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)

# kind -> (table, WHEN clause or "", title expression, body expression, case id expression)
_SOURCES: dict[str, tuple[str, str, str, str, str]] = {
    "case": (
        "insurance_case",
        "",
        "{r}.title",
        "concat_ws(' ', {r}.procedure, {r}.insurer, {r}.member_id, {r}.group_number, {r}.claim_number, "
        "{r}.authorization_number, {r}.notes)",
        "{r}.id",
    ),
    "document": (
        "document",
        "",
        "{r}.title",
        "concat_ws(' ', {r}.filename, {r}.source, {r}.notes, "
        "(SELECT text FROM blob_text WHERE blob_text.blob_id = {r}.blob_id))",
        "{r}.case_id",
    ),
    "call": (
        "call",
        "",
        "'Call with ' || concat_ws(', ', nullif({r}.rep_name, ''), nullif({r}.with_whom, ''), "
        "CASE WHEN {r}.reference_number != '' THEN 'ref ' || {r}.reference_number END, "
        "CASE WHEN {r}.rep_id != '' THEN 'rep ID ' || {r}.rep_id END)",
        "concat_ws(' ', {r}.summary, {r}.promised)",
        "{r}.case_id",
    ),
    "correspondence": (
        "correspondence",
        "",
        "{r}.subject",
        "concat_ws(' ', {r}.counterparty, {r}.proof, {r}.notes)",
        "{r}.case_id",
    ),
    "note": ("event", "WHEN {r}.kind = 'NOTE'", "{r}.title", "{r}.detail", "{r}.case_id"),
}


def _insert(kind: str, row: str) -> str:
    _table, _when, title, body, case_id = _SOURCES[kind]
    code = KIND_CODES[kind]
    return (
        "INSERT INTO search_index(rowid, title, body, kind, ref_id, case_id) VALUES ("
        f"{row}.id * 8 + {code}, {title.format(r=row)}, {body.format(r=row)}, '{kind}', {row}.id, "
        f"{case_id.format(r=row)})"
    )


def _delete(kind: str, row: str) -> str:
    return f"DELETE FROM search_index WHERE rowid = {row}.id * 8 + {KIND_CODES[kind]}"


def triggers() -> list[str]:
    statements = []
    for kind, (table, when, *_rest) in _SOURCES.items():
        new_when = when.format(r="new")
        old_when = when.format(r="old")
        insert_new, delete_old = _insert(kind, "new"), _delete(kind, "old")
        statements += [
            f"CREATE TRIGGER search_{kind}_insert AFTER INSERT ON {table} {new_when} BEGIN {insert_new}; END",
            f"CREATE TRIGGER search_{kind}_delete AFTER DELETE ON {table} {old_when} BEGIN {delete_old}; END",
            f"CREATE TRIGGER search_{kind}_update AFTER UPDATE ON {table} BEGIN {_delete(kind, 'old')}; "
            + (f"{_insert(kind, 'new')}; " if not when else "")
            + "END",
        ]
        if when:  # a note edited (or turned into another kind of event) is re-indexed only while a note
            statements.append(
                f"CREATE TRIGGER search_{kind}_update_again AFTER UPDATE ON {table} {new_when} "
                f"BEGIN {_insert(kind, 'new')}; END"
            )
    # Text read from a file (or re-read by OCR later) reaches every document sharing those bytes.
    document_rows = (
        "SELECT d.id * 8 + {code}, d.title, concat_ws(' ', d.filename, d.source, d.notes, new.text), "
        "'document', d.id, d.case_id FROM document AS d WHERE d.blob_id = new.blob_id"
    ).format(code=KIND_CODES["document"])
    for event in ("INSERT", "UPDATE"):
        statements.append(
            f"CREATE TRIGGER search_blob_text_{event.lower()} AFTER {event} ON blob_text BEGIN "
            f"DELETE FROM search_index WHERE rowid IN (SELECT id * 8 + {KIND_CODES['document']} "
            "FROM document WHERE blob_id = new.blob_id); "
            f"INSERT INTO search_index(rowid, title, body, kind, ref_id, case_id) {document_rows}; END"
        )
    return statements


def rebuild() -> list[str]:
    """Statements that fill the index from scratch (after a migration or a repair)."""
    statements = ["DELETE FROM search_index"]
    for kind, (table, when, title, body, case_id) in _SOURCES.items():
        where = when.replace("WHEN", "WHERE").format(r="r")
        statements.append(
            "INSERT INTO search_index(rowid, title, body, kind, ref_id, case_id) "
            f"SELECT r.id * 8 + {KIND_CODES[kind]}, {title.format(r='r')}, {body.format(r='r')}, '{kind}', "
            f"r.id, {case_id.format(r='r')} FROM {table} AS r {where}"
        )
    return statements


def ddl() -> list[str]:
    return [CREATE_TABLE, *triggers()]
