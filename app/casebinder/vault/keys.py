"""Passphrases, raw keys and recovery keys.

The vault is encrypted by SQLCipher with a raw 256-bit key. That key is Argon2id(passphrase, salt), where the
salt is the 16 bytes SQLCipher keeps at the start of the file. The first salt byte names the KDF profile (its
cost parameters), so parameters can be raised for new vaults without breaking old ones and without any
plaintext side file. The recovery key is the raw key itself, printed in Crockford base32 with a checksum.
"""

import hashlib
import os
import secrets
import unicodedata
from dataclasses import dataclass

from casebinder.vault.errors import NotAVault

KEY_SIZE = 32
MIN_PASSPHRASE = 8
SALT_SIZE = 16


@dataclass(frozen=True)
class KdfProfile:
    """Argon2id cost parameters. Never change a released profile: add a new id."""

    id: int
    time_cost: int
    memory_kib: int
    parallelism: int


# Profile 1: 192 MiB, 4 passes, 2 lanes: about 0.35-0.55 s here, well above OWASP's minimum
# (19 MiB, t=2, p=1).
PROFILES: dict[int, KdfProfile] = {1: KdfProfile(id=1, time_cost=4, memory_kib=192 * 1024, parallelism=2)}
CURRENT_PROFILE = 1


def new_salt(profile_id: int = CURRENT_PROFILE) -> bytes:
    return bytes([profile_id]) + os.urandom(SALT_SIZE - 1)


def profile_for_salt(salt: bytes) -> KdfProfile:
    profile = PROFILES.get(salt[0]) if salt else None
    if profile is None:
        raise NotAVault("this file is not a Casebinder vault (unknown key-derivation profile)")
    return profile


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC so the same passphrase typed on macOS (often NFD) and Windows derives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes) -> bytes:
    from argon2.low_level import Type, hash_secret_raw  # loaded when a passphrase is typed, not at start-up

    profile = profile_for_salt(salt)
    return hash_secret_raw(
        normalize_passphrase(passphrase),
        salt,
        time_cost=profile.time_cost,
        memory_cost=profile.memory_kib,
        parallelism=profile.parallelism,
        hash_len=KEY_SIZE,
        type=Type.ID,
    )


def new_raw_key() -> bytes:
    return secrets.token_bytes(KEY_SIZE)


# --- recovery key: 32 key bytes + 3 checksum bytes = 280 bits = 56 base32 characters, 14 groups of 4 -------
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(_ALPHABET)} | {"O": 0, "I": 1, "L": 1}
_CHECKSUM_SIZE = 3
_GROUP = 4


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"casebinder-recovery-key" + key).digest()[:_CHECKSUM_SIZE]


def format_recovery_key(key: bytes) -> str:
    if len(key) != KEY_SIZE:
        raise ValueError("a vault key is 32 bytes")
    number = int.from_bytes(key + _checksum(key), "big")
    chars = []
    for _ in range((KEY_SIZE + _CHECKSUM_SIZE) * 8 // 5):
        chars.append(_ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def parse_recovery_key(text: str) -> bytes | None:
    """The raw key if ``text`` is a well-formed recovery key (checksum included), else None.

    Lenient about what people do when copying codes by hand: case, dashes, spaces, O for 0, I or L for 1.
    """
    cleaned = "".join(ch for ch in text.upper() if ch not in "- \t\r\n")
    if len(cleaned) != (KEY_SIZE + _CHECKSUM_SIZE) * 8 // 5:
        return None
    number = 0
    for ch in cleaned:
        value = _DECODE.get(ch)
        if value is None:
            return None
        number = (number << 5) | value
    raw = number.to_bytes(KEY_SIZE + _CHECKSUM_SIZE, "big")
    key, check = raw[:KEY_SIZE], raw[KEY_SIZE:]
    return key if secrets.compare_digest(check, _checksum(key)) else None
