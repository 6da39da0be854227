"""The OS keychain behind one small port ("Remember on this computer").

Only the raw vault key (64 hex characters, well under Windows Credential Manager's 2,560-byte limit) is ever
stored, never the passphrase, and only in a real OS keychain: a plaintext backend (``keyrings.alt``) is
refused. Every failure becomes a reason the UI can show next to the passphrase prompt.
"""

from dataclasses import dataclass
from uuid import UUID

import keyring
import keyring.errors

from casebinder.vault.errors import KeychainUnavailable

SERVICE = "Casebinder vault key"
_PLAINTEXT_BACKENDS = ("keyrings.alt", "keyring.backends.null")


@dataclass(frozen=True)
class KeychainStatus:
    available: bool
    name: str
    reason: str = ""


@dataclass(frozen=True)
class KeyLookup:
    key: bytes | None
    reason: str = ""


def _backend_name(backend: object) -> str:
    name = getattr(backend, "name", None) or type(backend).__name__
    return str(name)


def status() -> KeychainStatus:
    backend = keyring.get_keyring()
    name = _backend_name(backend)
    module = type(backend).__module__
    if module.startswith("keyring.backends.fail"):
        return KeychainStatus(False, name, "no keychain is available on this computer")
    if module.startswith(_PLAINTEXT_BACKENDS):
        return KeychainStatus(False, name, f"the configured keychain ({name}) does not encrypt secrets")
    return KeychainStatus(True, name)


def load(vault_uuid: UUID) -> KeyLookup:
    state = status()
    if not state.available:
        return KeyLookup(None, state.reason)
    try:
        secret = keyring.get_password(SERVICE, str(vault_uuid))
    except keyring.errors.KeyringLocked:
        return KeyLookup(None, "the keychain is locked")
    except keyring.errors.KeyringError as error:
        return KeyLookup(None, f"the keychain could not be read ({type(error).__name__})")
    if secret is None:
        return KeyLookup(None, "this vault is not remembered on this computer")
    try:
        return KeyLookup(bytes.fromhex(secret))
    except ValueError:
        return KeyLookup(None, "the keychain entry for this vault is not a Casebinder key")


def store(vault_uuid: UUID, key: bytes) -> str:
    """Store the key; returns the keychain's name. Raises KeychainUnavailable with the reason."""
    state = status()
    if not state.available:
        raise KeychainUnavailable("cannot remember this vault: {reason}", reason=state.reason)
    try:
        keyring.set_password(SERVICE, str(vault_uuid), key.hex())
    except keyring.errors.KeyringLocked:
        raise KeychainUnavailable("cannot remember this vault: the keychain is locked") from None
    except keyring.errors.KeyringError as error:
        raise KeychainUnavailable(
            "cannot remember this vault: {problem}", problem=type(error).__name__
        ) from None
    return state.name


def forget(vault_uuid: UUID) -> bool:
    """Remove the entry; True when there was one."""
    if not status().available:
        return False
    try:
        keyring.delete_password(SERVICE, str(vault_uuid))
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError:
        return False
    return True


def is_remembered(vault_uuid: UUID) -> bool:
    return load(vault_uuid).key is not None
