"""Storage errors the user can act on, told apart at the vault's boundary.

SQLCipher reports a wrong key and a damaged first page with the same "file is not a database"; the vault
classifies before it speaks (see :mod:`casebinder.vault.header`), so "wrong passphrase" is only ever said when
no page of the file authenticates under the key.
"""

from casebinder.errors import CasebinderError


class VaultError(CasebinderError):
    pass


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class WrongPassphrase(VaultError):
    pass


class VaultDamaged(VaultError):
    pass


class NotAVault(VaultError):
    pass


class VaultTooNew(VaultError):
    pass


class VaultInUse(VaultError):
    pass


class KeychainUnavailable(VaultError):
    pass


class VaultLocked(VaultError):
    """The vault was locked (by the user or auto-lock) while the work waited."""


class DiskFull(VaultError):
    """No space left: nothing was half-written (each change is one transaction), but nothing more fits."""


class StorageFailed(VaultError):
    """The disk refused a read or a write (I/O error, read-only file)."""
