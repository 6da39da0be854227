"""Encrypted storage: the vault file, its keys, its schema versions and the bytes of every document."""

from casebinder.vault.errors import (
    KeychainUnavailable,
    NotAVault,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from casebinder.vault.vault import SUFFIX, Vault, VerifyReport, vault_uuid

__all__ = [
    "SUFFIX",
    "KeychainUnavailable",
    "NotAVault",
    "Vault",
    "VaultDamaged",
    "VaultError",
    "VaultExists",
    "VaultInUse",
    "VaultNotFound",
    "VaultTooNew",
    "VerifyReport",
    "WrongPassphrase",
    "vault_uuid",
]
