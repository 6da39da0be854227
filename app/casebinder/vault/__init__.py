"""Encrypted storage: the vault file, its keys, its schema versions and the bytes of every document.

The errors are light and imported at once; the vault itself (SQLAlchemy, SQLCipher) loads on first use, so
the unlock dialog can paint before the database stack is imported.
"""

from typing import TYPE_CHECKING, Any

from casebinder.vault.errors import (
    DiskFull,
    KeychainUnavailable,
    NotAVault,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)

if TYPE_CHECKING:
    from casebinder.vault.header import vault_uuid
    from casebinder.vault.vault import SUFFIX, Vault
    from casebinder.vault.verify import VerifyReport

_LAZY = {"SUFFIX", "Vault", "VerifyReport"}


def __getattr__(name: str) -> Any:
    if name == "vault_uuid":
        from casebinder.vault.header import vault_uuid

        return vault_uuid
    if name in _LAZY:
        from casebinder.vault import vault

        return getattr(vault, name)
    raise AttributeError(f"module 'casebinder.vault' has no attribute {name!r}")


__all__ = [
    "SUFFIX",
    "DiskFull",
    "KeychainUnavailable",
    "NotAVault",
    "Vault",
    "VaultDamaged",
    "VaultError",
    "VaultExists",
    "VaultInUse",
    "VaultLocked",
    "VaultNotFound",
    "VaultTooNew",
    "VerifyReport",
    "WrongPassphrase",
    "vault_uuid",
]
