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
        raise VaultNotFound(f"no vault at {path}") from None
    except IsADirectoryError:
        raise NotAVault(f"{path} is a folder, not a Casebinder vault") from None
    except NotADirectoryError:
        raise VaultNotFound(f"no vault at {path}: {path.parent.name} is a file, not a folder") from None
    except PermissionError:
        raise NotAVault(f"{path} cannot be read: permission denied") from None
    if not head:
        raise NotAVault(f"{path.name} is an empty file, not a Casebinder vault")
    if head == _SQLITE_MAGIC:
        raise NotAVault(f"{path.name} is an unencrypted SQLite database, not a Casebinder vault")
    if len(head) < SALT_SIZE:
        raise NotAVault(f"{path.name} is too short to be a Casebinder vault")
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
        f"{path.name} is damaged: it was truncated (its size is not a whole number of pages). "
        "Run “casebinder vault verify” to see what can still be read, and restore it from a backup."
    )


def classify_refusal(path: Path, key: bytes, salt: bytes) -> VaultError:
    """Why SQLCipher refused ``path`` under ``key``: a wrong key, or damage."""
    if path.stat().st_size % PAGE_SIZE:
        return truncated(path)
    pages = authenticated_pages(path, key, salt)
    if any(pages):
        return VaultDamaged(
            f"{path.name} is damaged: the key is right but page {pages.index(False) + 1} fails its "
            "integrity check. Restore it from a backup."
            if False in pages
            else f"{path.name} is damaged: the key is right but the database inside cannot be read."
        )
    return WrongPassphrase("wrong passphrase or recovery key")
