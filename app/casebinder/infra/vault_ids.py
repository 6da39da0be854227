"""The identity (salt) of every vault opened on this computer, kept where a rescue can find it.

SQLCipher derives both the key from a passphrase and the page checks from the salt at the start of the file;
when those 16 bytes are damaged, no passphrase or recovery key seems to work. The salt is not secret (it
is the vault's ID, printed on the recovery-key sheet and held by every backup), so this computer keeps a
copy per vault path too: with it, damage to page 1 is told apart from a wrong passphrase, and the
recovery key can still open what is readable. One small private JSON file; best effort, never in the way.
"""

import json
import os
import uuid
from contextlib import suppress
from pathlib import Path

from casebinder.infra.paths import config_dir


def _file() -> Path:
    return config_dir() / "vault-ids.json"


def _load() -> dict[str, str]:
    with suppress(OSError, ValueError):
        data = json.loads(_file().read_text(encoding="utf-8"))
        if isinstance(data, dict):
            return {str(k): str(v) for k, v in data.items()}
    return {}


def remember(path: Path, vault_id: uuid.UUID) -> None:
    entries = _load()
    key = str(path.resolve())
    if entries.get(key) == str(vault_id):
        return
    entries[key] = str(vault_id)
    target = _file()
    with suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(entries, handle, indent=1, sort_keys=True)
        partial.replace(target)


def known(path: Path) -> list[bytes]:
    """The salts this computer knows for the vault at ``path`` (empty when it was never opened here)."""
    value = _load().get(str(path.resolve()))
    with suppress(ValueError, TypeError):
        return [uuid.UUID(value).bytes] if value else []
    return []


def parse(text: str) -> bytes:
    """A vault ID as printed on the recovery-key sheet (a UUID) into its 16 bytes."""
    return uuid.UUID(text.strip()).bytes
