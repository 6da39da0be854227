"""What can be learned from a vault file without opening it: its salt, and why a key does not open it.

SQLCipher 4 authenticates every page with HMAC-SHA512 (key = PBKDF2-HMAC-SHA512(raw key, salt XOR 0x3a,
2 iterations)). When SQLite refuses the file, checking a few pages here tells a wrong key (no page
authenticates) from a damaged file (some do), using nothing but hashlib.
"""

import hashlib
import hmac
import uuid
from pathlib import Path

from casebinder.vault.errors import NotAVault, VaultDamaged, VaultError, VaultNotFound, WrongPassphrase
from casebinder.vault.keys import SALT_SIZE, profile_for_salt

PAGE_SIZE = 4096
_HMAC_SIZE = 64
_HMAC_SALT_MASK = 0x3A
_PAGES_TO_PROBE = 8
_SQLITE_MAGIC = b"SQLite format 3\x00"


def read_salt(path: Path) -> bytes:
    """The vault's salt, or NotAVault when the file cannot be one of ours."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SALT_SIZE)
    except FileNotFoundError:
        raise VaultNotFound("no vault at {path}", path=path) from None
    except IsADirectoryError:
        raise NotAVault("{path} is a folder, not a Casebinder vault", path=path) from None
    except NotADirectoryError:
        raise VaultNotFound(
            "no vault at {path}: {parent} is a file, not a folder", path=path, parent=path.parent.name
        ) from None
    except PermissionError:
        raise NotAVault("{path} cannot be read: permission denied", path=path) from None
    if not head:
        raise NotAVault("{path} is an empty file, not a Casebinder vault", path=path.name)
    if head == _SQLITE_MAGIC:
        raise NotAVault("{path} is an unencrypted SQLite database, not a Casebinder vault", path=path.name)
    if len(head) < SALT_SIZE:
        raise NotAVault("{path} is too short to be a Casebinder vault", path=path.name)
    profile_for_salt(head)  # raises NotAVault for a first byte we never write
    return head


def vault_uuid(path: Path) -> uuid.UUID:
    """The vault's identity, readable without the key: its random salt (it is also stored inside)."""
    return uuid.UUID(bytes=read_salt(path))


def _page_authenticates(page: bytes, pgno: int, hmac_key: bytes) -> bool:
    if len(page) != PAGE_SIZE:
        return False
    start = SALT_SIZE if pgno == 1 else 0
    body, mac = page[start : PAGE_SIZE - _HMAC_SIZE], page[PAGE_SIZE - _HMAC_SIZE :]
    expected = hmac.new(hmac_key, body + pgno.to_bytes(4, "little"), hashlib.sha512).digest()
    return hmac.compare_digest(expected, mac)


def authenticated_pages(
    path: Path, key: bytes, salt: bytes, limit: int | None = _PAGES_TO_PROBE
) -> list[bool]:
    """For the first ``limit`` pages (None: all), whether each authenticates under ``key``."""
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ _HMAC_SALT_MASK for b in salt), 2, 32)
    results = []
    pgno = 0
    with path.open("rb") as handle:
        while limit is None or pgno < limit:
            pgno += 1
            page = handle.read(PAGE_SIZE)
            if not page:
                break
            results.append(_page_authenticates(page, pgno, hmac_key))
    return results


def truncated(path: Path) -> VaultDamaged:
    return VaultDamaged(
        "{path} is damaged: it was truncated (its size is not a whole number of pages). Run “casebinder "
        "vault verify” to see what can still be read, and restore it from a backup.",
        path=path.name,
    )


def classify_refusal(path: Path, key: bytes, salt: bytes) -> VaultError:
    """Why SQLCipher refused ``path`` under ``key``: a wrong key, or damage."""
    if path.stat().st_size % PAGE_SIZE:
        return truncated(path)
    pages = authenticated_pages(path, key, salt)
    if any(pages):
        if False in pages:
            return VaultDamaged(
                "{path} is damaged: the key is right but page {page} fails its integrity check. Restore it "
                "from a backup.",
                path=path.name,
                page=pages.index(False) + 1,
            )
        return VaultDamaged(
            "{path} is damaged: the key is right but the database inside cannot be read.", path=path.name
        )
    return WrongPassphrase("wrong passphrase or recovery key")
