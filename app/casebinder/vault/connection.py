"""Opening SQLCipher connections, keyed and pinned, for SQLAlchemy's ``creator=``.

The key never goes into a URL or a log: it is handed to each new connection by the creator closure and
SQLAlchemy is told to hide bound parameters in its errors. Every setting Casebinder relies on is set and
read back on every connection, because SQLite silently ignores a pragma it cannot honour.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

BUSY_TIMEOUT_MS = 10_000

# pragma -> value read back when it took effect
PINNED: dict[str, str] = {
    "temp_store": "2",  # MEMORY: SQLCipher encrypts database and journal pages only, never temp files
    "foreign_keys": "1",
    "journal_mode": "wal",
    "synchronous": "2",  # FULL
}

# What ``cipher_compatibility = 4`` sets (the pragma itself cannot be read back), plus quiet logging.
CIPHER_PINNED: dict[str, str] = {
    "cipher_page_size": "4096",
    "cipher_hmac_algorithm": "HMAC_SHA512",
    "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512",
    "cipher_use_hmac": "1",
    "cipher_plaintext_header_size": "0",
    "cipher_log_level": "NONE",
}


def connect(path: Path, key: bytes, *, create: bool = False, salt: bytes | None = None) -> Any:
    """A keyed sqlcipher3 connection with every pinned setting checked.

    Raises sqlcipher3.DatabaseError when the key does not open the file; the caller classifies that.
    """
    mode = "rwc" if create else "rw"
    uri = f"file:{quote(str(path.resolve()))}?mode={mode}"
    con = sqlcipher3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        key_hex = key.hex() + (salt.hex() if salt else "")
        con.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        con.execute("PRAGMA cipher_compatibility = 4")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the first read checks the key
        con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        for name, value in (("temp_store", "MEMORY"), ("foreign_keys", "ON"), ("synchronous", "FULL")):
            con.execute(f"PRAGMA {name} = {value}")
        con.execute("PRAGMA journal_mode = WAL").fetchone()
        check_pinned(con)
    except BaseException:
        con.close()
        raise
    return con


def check_pinned(con: Any) -> None:
    """Read every pinned setting back: SQLite ignores a pragma it cannot honour instead of failing."""
    for pinned in (PINNED, CIPHER_PINNED):
        for name, expected in pinned.items():
            row = con.execute(f"PRAGMA {name}").fetchone()
            actual = str(row[0]) if row else "(nothing)"
            if actual.lower() != expected.lower():
                raise RuntimeError(f"PRAGMA {name} is {actual!r}, expected {expected!r}")


def make_engine(creator: Callable[[], Any], *, immediate: bool = False) -> Engine:
    """An engine whose transactions are real SQLite transactions (DDL and reads included).

    pysqlite's legacy mode neither begins before DDL nor before SELECT, so migrations would not be atomic;
    connections are opened with isolation_level=None and SQLAlchemy's ``begin`` emits BEGIN itself (the
    recipe from SQLAlchemy's SQLite dialect documentation).
    """
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=creator,
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        hide_parameters=True,
    )

    # Writes take the write lock at BEGIN (IMMEDIATE): a deferred transaction that reads first and then writes
    # gets SQLITE_BUSY at once, without waiting, when another connection committed in between (WAL's snapshot
    # rule); seen as "database is locked" when a backup and an import ran together.
    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    return engine
