"""Shared fixtures: real vault files on disk, a test keychain, offscreen Qt, and a private Casebinder home."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # subprocesses: never a real keychain

import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest

from casebinder.vault import Vault
from casebinder.vault.keys import parse_recovery_key
from tests.keyrings import MemoryKeyring

REPO = Path(__file__).resolve().parents[1]
PASSPHRASE = "correct horse battery"


@dataclass(frozen=True)
class VaultTemplate:
    path: Path
    passphrase: str
    recovery_key: str

    @property
    def key(self) -> bytes:
        key = parse_recovery_key(self.recovery_key)
        assert key is not None
        return key


@pytest.fixture(autouse=True, scope="session")
def _us_english() -> None:
    """The app writes dates and amounts as the person's locale does; tests read them as in the US
    (12/1/2026, $1,234.50) whatever the machine's own locale. tests/ui/test_translations.py tries others."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> VaultTemplate:
    """One real vault created with the real KDF; tests get copies and open them with the raw key (fast)."""
    path = tmp_path_factory.mktemp("template") / "template.casebinder"
    vault, recovery_key = Vault.create(path, PASSPHRASE)
    vault.close()
    return VaultTemplate(path, PASSPHRASE, recovery_key)


@pytest.fixture
def vault_file(tmp_path: Path, vault_template: VaultTemplate) -> Path:
    """A fresh, closed vault file of this test's own (passphrase PASSPHRASE)."""
    path = tmp_path / "vault" / "case files.casebinder"
    path.parent.mkdir()
    shutil.copy2(vault_template.path, path)
    return path


@pytest.fixture
def vault(vault_file: Path, vault_template: VaultTemplate) -> Iterator[Vault]:
    opened = Vault.open(vault_file, key=vault_template.key)
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEBINDER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CASEBINDER_PASSPHRASE", raising=False)
    monkeypatch.delenv("CASEBINDER_NEW_PASSPHRASE", raising=False)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def run_cli(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m casebinder`` as a user would, in a subprocess with a controlled environment."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CASEBINDER_PASSPHRASE")}
    full_env["PYTHONPATH"] = os.pathsep.join((str(REPO / "app"), str(REPO)))  # this checkout's code, always
    full_env.pop("DISPLAY", None)
    full_env.pop("WAYLAND_DISPLAY", None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "casebinder", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=stdin,
        timeout=timeout,
        check=False,
    )
