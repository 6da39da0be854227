"""Document bytes inside the vault, in 1 MiB chunks.

Content-addressed by SHA-256, so the same bytes imported twice are stored once. Writing streams from a file
object and reading yields chunk by chunk: a 200 MB scan never sits whole in memory. The caller owns the
transaction, so a document and its bytes land together or not at all.
"""

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from sqlalchemy import delete, func, insert
from sqlalchemy.orm import Session
from sqlmodel import col, select

from casebinder.domain.models import Blob, BlobChunk, Document, _now
from casebinder.errors import CasebinderError

CHUNK_SIZE = 1024 * 1024


@dataclass(frozen=True)
class StoredBlob:
    id: int
    sha256: str
    size: int
    existed: bool


def sha256_of(stream: BinaryIO) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    while piece := stream.read(CHUNK_SIZE):
        digest.update(piece)
        size += len(piece)
    return digest.hexdigest(), size


def find(session: Session, sha256: str) -> Blob | None:
    return session.scalars(select(Blob).where(col(Blob.sha256) == sha256)).first()


def put(session: Session, stream: BinaryIO, sha256: str, size: int) -> StoredBlob:
    """Store ``stream`` (whose hash the caller computed in a first pass) unless those bytes are here.

    The hash is recomputed while writing; if the file changed between the passes nothing is kept.
    """
    existing = find(session, sha256)
    if existing is not None and existing.id is not None:
        return StoredBlob(existing.id, existing.sha256, existing.size, existed=True)
    # Core inserts, not ORM objects: no identity map holding megabytes, and no extra flushes per file.
    expected_chunks = -(-size // CHUNK_SIZE)
    inserted = session.execute(
        insert(Blob).values(sha256=sha256, size=size, chunk_count=expected_chunks, created_at=_now())
    )
    blob_id = int(inserted.inserted_primary_key[0])  # type: ignore[attr-defined]
    digest, written, seq = hashlib.sha256(), 0, 0
    while piece := stream.read(CHUNK_SIZE):
        digest.update(piece)
        written += len(piece)
        session.execute(insert(BlobChunk), [{"blob_id": blob_id, "seq": seq, "data": piece}])
        seq += 1
    if digest.hexdigest() != sha256 or written != size or seq != expected_chunks:
        raise CasebinderError("the file changed while it was being imported; try again")
    return StoredBlob(blob_id, sha256, size, existed=False)


def read_chunks(session: Session, blob_id: int) -> Iterator[bytes]:
    """Yield the bytes of a blob, one chunk (one query) at a time."""
    count = session.scalar(select(col(Blob.chunk_count)).where(col(Blob.id) == blob_id))
    if count is None:
        raise CasebinderError("no stored bytes with id {blob_id}", blob_id=blob_id)
    for seq in range(count):
        data = session.scalar(
            select(col(BlobChunk.data)).where(col(BlobChunk.blob_id) == blob_id, col(BlobChunk.seq) == seq)
        )
        if data is None:
            raise CasebinderError("stored bytes {blob_id} are missing part {seq}", blob_id=blob_id, seq=seq)
        yield data


def check(session: Session, blob: Blob) -> str | None:
    """None when the stored bytes hash to the recorded SHA-256, else what is wrong."""
    assert blob.id is not None
    digest, size = hashlib.sha256(), 0
    try:
        for piece in read_chunks(session, blob.id):
            digest.update(piece)
            size += len(piece)
    except CasebinderError as error:
        return str(error)
    if size != blob.size:
        return f"blob {blob.id}: {size} bytes stored, {blob.size} recorded"
    if digest.hexdigest() != blob.sha256:
        return f"blob {blob.id}: SHA-256 does not match"
    return None


def delete_orphans(session: Session) -> int:
    """Remove blobs no document refers to any more; returns how many."""
    used = select(col(Document.blob_id))
    orphans = list(session.scalars(select(col(Blob.id)).where(col(Blob.id).not_in(used))))
    if orphans:
        session.execute(delete(Blob).where(col(Blob.id).in_(orphans)))
    return len(orphans)


def total_size(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(col(Blob.size)), 0))) or 0)
