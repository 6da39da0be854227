"""Vault ▸ Check the vault: many small files and a few large ones, next to the floor of reading them once.

    .venv/bin/python -m tests.bench.bench_verify [SMALL_FILES] [LARGE_MB]

Then the same on the family vault of ``tests/bench/family_vault.py`` (10,000 documents and their text).

The floor is the least a check of every stored byte costs: one query reading every chunk of every file out of
SQLCipher (each page decrypted and its HMAC checked on the way) and hashing it with SHA-256. The check does
that per file (it must say which file is damaged), plus SQLite's page-authentication and integrity checks
over the whole file. Target (issue 16): <= 1.5x on both shapes.
"""

import hashlib
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from casebinder.vault import Vault
from casebinder.vault.blobs import CHUNK_SIZE
from casebinder.vault.connection import connect
from casebinder.vault.verify import verify_file
from tests.bench.family_vault import FAMILY, family_vault


def _fill(path: Path, key: bytes, files: list[bytes]) -> None:
    """Stored as imports store them (blob rows and 1 MiB chunks), without parsing: the check is measured."""
    con = connect(path, key)
    con.execute("BEGIN")
    for data in files:
        chunks = -(-len(data) // CHUNK_SIZE)
        cursor = con.execute(
            "INSERT INTO blob (sha256, size, chunk_count, created_at) VALUES (?, ?, ?, datetime('now'))",
            (hashlib.sha256(data).hexdigest(), len(data), chunks),
        )
        for seq in range(chunks):
            piece = data[seq * CHUNK_SIZE : (seq + 1) * CHUNK_SIZE]
            con.execute(
                "INSERT INTO blob_chunk (blob_id, seq, data) VALUES (?, ?, ?)", (cursor.lastrowid, seq, piece)
            )
    con.execute("COMMIT")
    con.close()


def floor(path: Path, key: bytes) -> float:
    con = connect(path, key)
    start = time.perf_counter()
    digest = hashlib.sha256()
    for (piece,) in con.execute("SELECT data FROM blob_chunk ORDER BY blob_id, seq"):
        digest.update(piece)
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def measure(name: str, files: list[bytes], folder: Path, runs: int = 3) -> float:
    vault, _ = Vault.create(folder / f"{name}.casebinder", "benchmark passphrase")
    path, key = vault.path, vault.raw_key
    vault.close()
    _fill(path, key, files)
    total = sum(len(f) for f in files) / 1e6
    return compare(f"{name}: {len(files)} files, {total:.0f} MB", path, key, runs)


def every_page(path: Path, key: bytes) -> float:
    """The floor where the files are not most of the vault (text, thumbnails, the search index): reading
    and authenticating every page of the file once."""
    con = connect(path, key)
    start = time.perf_counter()
    problems = list(con.execute("PRAGMA cipher_integrity_check"))
    elapsed = time.perf_counter() - start
    con.close()
    assert not problems
    return elapsed


def compare(
    label: str, path: Path, key: bytes, runs: int = 3, least: Callable[[Path, bytes], float] = floor
) -> float:
    floors, checks = [], []
    for _ in range(runs):  # alternated, so a busy moment touches both alike
        floors.append(least(path, key))
        start = time.perf_counter()
        report = verify_file(path, key)
        checks.append(time.perf_counter() - start)
        assert report.ok, report.problems
    best_floor, best_check = min(floors), min(checks)
    print(f"{label}: check {best_check:.2f} s, floor {best_floor:.2f} s, {best_check / best_floor:.2f}x")
    return best_check / best_floor


def main() -> None:
    small = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    large_mb = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        measure("small", [os.urandom(2_000 + i % 3_000) for i in range(small)], folder)
        measure("large", [os.urandom(large_mb * 1_000_000 // 4) for _ in range(4)], folder)
    with family_vault(FAMILY) as vault:  # built once (about 150 s), then reused
        with vault.connection() as conn:
            documents = conn.execute(text("SELECT count(*) FROM document")).scalar_one()
        path, key = vault.path, vault.raw_key
    label = (
        f"family vault: {documents} documents, {path.stat().st_size / 1e6:.0f} MB file (floor: every page)"
    )
    compare(label, path, key, least=every_page)


if __name__ == "__main__":
    main()
